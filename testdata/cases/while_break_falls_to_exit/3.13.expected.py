









class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return next(it, 0)
    def t(k):
        seen.append(k)
    def x(k):
        seen.append(-k)
        a = next(it, 0)
        if a == 1:
            raise E1(k)
        if a == 2:
            raise E2(k)
    def n():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return range(next(it, 0))








    class m:
        def __init__(self, k):
            self.k = k
        def __enter__(self):
            seen.append(('enter', self.k))
            return self.k
        def __exit__(self, typ, value, tb):
            suppress = typ is not None and next(it, 0) % 2 == 1
            seen.append(('exit', self.k, suppress))
            return suppress
    try:
        result = f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def continue_then_break(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            t(6)
        except E1:
            continue
        else:
            break
    t(15)
    return c.__name__


def elif_continues_then_break(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            if c() and c():
                continue
            t(6)
        except E1:
            continue
        else:
            break
    t(15)
    return c.__name__


def continue_then_break_clause_pass(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            t(6)
        except E1:
            pass
        else:
            break
    t(15)
    return c.__name__


def continue_then_call_break(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            x(6)
        except E1:
            t(7)
            continue
        else:
            break
    t(15)
    return x(16)


def continue_then_break_no_return(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            x(6)
        except E1:
            continue
        else:
            break
    t(15)


def continue_then_break_two_clauses(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            x(6)
        except E1:
            continue
        except E2:
            t(8)
            continue
        else:
            break
    t(15)
    return 3


def body_only_continues(c, t, x, n, m):
    while c():
        try:
            if not c():
                continue
            t(6)
        except E1:
            continue
    t(15)
    return c.__name__


def break_in_branch(c, t, x, n, m):
    while c():
        try:
            if c():
                t(6)
                break
            t(7)
        except E1:
            continue
    t(15)
    return c.__name__

assert run([], continue_then_break) in (('c', [15]), FELL)
assert run([1, 1], continue_then_break) in (('c', [6, 15]), FELL)
assert run([], elif_continues_then_break) in (('c', [15]), FELL)
assert run([1, 1], elif_continues_then_break) in (('c', [6, 15]), FELL)
assert run([], continue_then_break_clause_pass) in (('c', [15]), FELL)
assert run([1, 1], continue_then_break_clause_pass) in (('c', [6, 15]), FELL)
assert run([], continue_then_call_break) in ((None, [15, -16]), FELL)
assert run([0, 1], continue_then_call_break) in (('E1', [15, -16]), FELL)
assert run([0, 2], continue_then_call_break) in (('E2', [15, -16]), FELL)
assert run([1, 1], continue_then_call_break) in ((None, [-6, 15, -16]), FELL)
assert run([1, 1, 1], continue_then_call_break) in ((None, [-6, 7, 15, -16]), FELL)
assert run([1, 1, 2], continue_then_call_break) in (('E2', [-6]), FELL)
assert run([], continue_then_break_no_return) in ((None, [15]), FELL)
assert run([1, 1], continue_then_break_no_return) in ((None, [-6, 15]), FELL)
assert run([1, 1, 2], continue_then_break_no_return) in (('E2', [-6]), FELL)
assert run([1, 1, 1, 1, 1], continue_then_break_no_return) in ((None, [-6, -6, 15]), FELL)
assert run([1, 1, 1, 1, 1, 2], continue_then_break_no_return) in (('E2', [-6, -6]), FELL)
assert run([], continue_then_break_two_clauses) in ((3, [15]), FELL)
assert run([1, 1], continue_then_break_two_clauses) in ((3, [-6, 15]), FELL)
assert run([1, 1, 2], continue_then_break_two_clauses) in ((3, [-6, 8, 15]), FELL)
assert run([1, 1, 1, 1, 1], continue_then_break_two_clauses) in ((3, [-6, -6, 15]), FELL)
assert run([1, 1, 2, 1, 1], continue_then_break_two_clauses) in ((3, [-6, 8, -6, 15]), FELL)
assert run([1, 1, 1, 1, 1, 2], continue_then_break_two_clauses) in ((3, [-6, -6, 8, 15]), FELL)
assert run([], body_only_continues) in (('c', [15]), FELL)
assert run([1, 1], body_only_continues) in (('c', [6, 15]), FELL)
assert run([1, 1, 1, 1], body_only_continues) in (('c', [6, 6, 15]), FELL)
assert run([1, 1, 1, 1, 1, 1], body_only_continues) in (('c', [6, 6, 6, 15]), FELL)
assert run([], break_in_branch) in (('c', [15]), FELL)
assert run([1], break_in_branch) in (('c', [7, 15]), FELL)
assert run([1, 1], break_in_branch) in (('c', [6, 15]), FELL)
assert run([1, 0, 1], break_in_branch) in (('c', [7, 7, 15]), FELL)
assert run([1, 0, 1, 1], break_in_branch) in (('c', [7, 6, 15]), FELL)
assert run([1, 0, 1, 0, 1], break_in_branch) in (('c', [7, 7, 7, 15]), FELL)
