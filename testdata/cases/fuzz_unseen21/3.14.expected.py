



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


def for_if_not_try_clause_break_then_code(c, t, x, n, m):
    for j in n():
        if not c():
            try:
                x(20)
            except E1:
                break
            except E2 as e:
                pass
            else:
                pass
        t(29)
    t(44)


def for_if_try_clause_break_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                break
        t(5)
    t(6)


def for_if_try_clause_return_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                return 4
        t(5)
    t(6)


def for_if_try_clauses_break_continue_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                break
            except E2:
                continue
        t(5)
    t(6)


def while_if_try_clause_break_then_code(c, t, x, n, m):
    while c():
        if c():
            try:
                x(2)
            except E1:
                break
        t(5)
    t(6)


def for_for_if_try_clause_break_then_code(c, t, x, n, m):
    for i in n():
        for j in n():
            if c():
                try:
                    x(3)
                except E1 as e:
                    break
            t(6)
        t(7)
    t(8)


def for_if_try_else_clause_break_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                break
            else:
                t(3)
        elif c():
            t(4)
        t(5)
    t(6)

assert run([], for_if_not_try_clause_break_then_code) in ((None, [44]), FELL)
assert run([1], for_if_not_try_clause_break_then_code) in ((None, [-20, 29, 44]), FELL)
assert run([2], for_if_not_try_clause_break_then_code) in ((None, [-20, 29, -20, 29, 44]), FELL)
assert run([3], for_if_not_try_clause_break_then_code) in ((None, [-20, 29, -20, 29, -20, 29, 44]), FELL)
assert run([1, 1], for_if_not_try_clause_break_then_code) in ((None, [29, 44]), FELL)
assert run([2, 1], for_if_not_try_clause_break_then_code) in ((None, [29, -20, 29, 44]), FELL)
assert run([], for_if_try_clause_break_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_clause_break_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_clause_break_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_clause_break_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_clause_break_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([2, 1], for_if_try_clause_break_then_code) in ((None, [-2, 5, 5, 6]), FELL)
assert run([], for_if_try_clause_return_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_clause_return_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_clause_return_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_clause_return_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_clause_return_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([2, 1], for_if_try_clause_return_then_code) in ((None, [-2, 5, 5, 6]), FELL)
assert run([], for_if_try_clauses_break_continue_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_clauses_break_continue_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_clauses_break_continue_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_clauses_break_continue_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_clauses_break_continue_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([2, 1], for_if_try_clauses_break_continue_then_code) in ((None, [-2, 5, 5, 6]), FELL)
assert run([], while_if_try_clause_break_then_code) in ((None, [6]), FELL)
assert run([1], while_if_try_clause_break_then_code) in ((None, [5, 6]), FELL)
assert run([1, 1], while_if_try_clause_break_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([1, 0, 1], while_if_try_clause_break_then_code) in ((None, [5, 5, 6]), FELL)
assert run([1, 1, 1], while_if_try_clause_break_then_code) in ((None, [-2, 6]), FELL)
assert run([1, 1, 2], while_if_try_clause_break_then_code) in (('E2', [-2]), FELL)
assert run([], for_for_if_try_clause_break_then_code) in ((None, [8]), FELL)
assert run([1], for_for_if_try_clause_break_then_code) in ((None, [7, 8]), FELL)
assert run([2], for_for_if_try_clause_break_then_code) in ((None, [7, 7, 8]), FELL)
assert run([3], for_for_if_try_clause_break_then_code) in ((None, [7, 7, 7, 8]), FELL)
assert run([1, 1], for_for_if_try_clause_break_then_code) in ((None, [6, 7, 8]), FELL)
assert run([1, 2], for_for_if_try_clause_break_then_code) in ((None, [6, 6, 7, 8]), FELL)
assert run([], for_if_try_else_clause_break_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_else_clause_break_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_else_clause_break_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_else_clause_break_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_else_clause_break_then_code) in ((None, [-2, 3, 5, 6]), FELL)
assert run([2, 1], for_if_try_else_clause_break_then_code) in ((None, [-2, 3, 5, 5, 6]), FELL)
