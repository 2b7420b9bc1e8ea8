







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


def clause_while_try_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        else:
            return 26
    t(33)


def clause_for_loop_try_break_else_return(c, t, x, n, m):
    try:
        for i in n():
            x(2)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        else:
            try:
                pass
            except E2 as e:
                pass
            return 26
    t(33)


def clause_while_try_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        t(20)
    t(33)


def clause_for_try_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        for i in n():
            try:
                x(18)
            except E1:
                break
        else:
            return 26
    t(33)


def for_named_clause_try_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1 as e:
            try:
                x(18)
            except E1:
                break
            else:
                continue
    t(33)


def for_named_clauses_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1 as e:
            try:
                x(18)
            except E2 as d:
                t(19)
                break
            t(20)
    t(33)

assert run([], clause_while_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_try_break_else_return) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_for_loop_try_break_else_return) in ((None, [33]), FELL)
assert run([1], clause_for_loop_try_break_else_return) in ((None, [-2, 33]), FELL)
assert run([2], clause_for_loop_try_break_else_return) in ((None, [-2, -2, 33]), FELL)
assert run([1, 1], clause_for_loop_try_break_else_return) in ((26, [-2]), FELL)
assert run([1, 2], clause_for_loop_try_break_else_return) in (('E2', [-2]), FELL)
assert run([1, 1, 1], clause_for_loop_try_break_else_return) in ((26, [-2, -18]), FELL)
assert run([], clause_while_try_break) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_break) in ((None, [-1, 20, 33]), FELL)
assert run([2], clause_while_try_break) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_break) in ((None, [-1, -18, 20, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break) in (('E2', [-1, -18]), FELL)
assert run([1, 1, 0, 1], clause_while_try_break) in ((None, [-1, -18, -18, 20, 33]), FELL)
assert run([], clause_for_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_for_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_for_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_for_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 2], clause_for_try_break_else_return) in ((26, [-1, -18, -18]), FELL)
assert run([1, 1, 1], clause_for_try_break_else_return) in ((None, [-1, -18, 33]), FELL)
assert run([], for_named_clause_try_break) in ((None, [33]), FELL)
assert run([1], for_named_clause_try_break) in ((None, [-1, 33]), FELL)
assert run([2], for_named_clause_try_break) in ((None, [-1, -1, 33]), FELL)
assert run([1, 1], for_named_clause_try_break) in ((None, [-1, -18, 33]), FELL)
assert run([1, 2], for_named_clause_try_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_named_clause_try_break) in ((None, [-1, -18, -1, 33]), FELL)
assert run([], for_named_clauses_break) in ((None, [33]), FELL)
assert run([1], for_named_clauses_break) in ((None, [-1, 33]), FELL)
assert run([2], for_named_clauses_break) in ((None, [-1, -1, 33]), FELL)
assert run([1, 1], for_named_clauses_break) in ((None, [-1, -18, 20, 33]), FELL)
assert run([1, 2], for_named_clauses_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_named_clauses_break) in ((None, [-1, -18, 20, -1, 33]), FELL)
