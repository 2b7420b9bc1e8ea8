class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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


def clause_finally_copy_over_else(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 16
        except E1:
            t(2)
        finally:
            t(3)
    else:
        t(4)
    t(41)


def clause_finally_copy_over_elif(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(1)
            return 16
        except E1 as e:
            t(e.args[0])
        finally:
            t(3)
    else:
        t(4)
        t(5)
    return 41


def clause_finally_copy_over_else_in_loop(c, t, x, n, m):
    for i in n():
        if c():
            try:
                x(i)
                return i
            except E2:
                t(2)
            finally:
                t(3)
        else:
            t(4)
        t(5)
    return 41


def clause_finally_copy_over_else_two_clauses(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 16
        except E1:
            t(2)
        except E2:
            t(6)
        finally:
            t(3)
    else:
        t(4)
    t(41)

assert run([], clause_finally_copy_over_else) in ((None, [4, 41]), FELL)
assert run([1], clause_finally_copy_over_else) in ((16, [-1, 3]), FELL)
assert run([1, 1], clause_finally_copy_over_else) in ((None, [-1, 2, 3, 41]), FELL)
assert run([1, 2], clause_finally_copy_over_else) in (('E2', [-1, 3]), FELL)
assert run([], clause_finally_copy_over_elif) in ((41, [4, 5]), FELL)
assert run([1], clause_finally_copy_over_elif) in ((41, [1]), FELL)
assert run([0, 1], clause_finally_copy_over_elif) in ((16, [-1, 3]), FELL)
assert run([0, 1, 1], clause_finally_copy_over_elif) in ((41, [-1, 1, 3]), FELL)
assert run([0, 1, 2], clause_finally_copy_over_elif) in (('E2', [-1, 3]), FELL)
assert run([], clause_finally_copy_over_else_in_loop) in ((41, []), FELL)
assert run([1], clause_finally_copy_over_else_in_loop) in ((41, [4, 5]), FELL)
assert run([2], clause_finally_copy_over_else_in_loop) in ((41, [4, 5, 4, 5]), FELL)
assert run([1, 1], clause_finally_copy_over_else_in_loop) in ((0, [0, 3]), FELL)
assert run([1, 1, 1], clause_finally_copy_over_else_in_loop) in (('E1', [0, 3]), FELL)
assert run([1, 1, 2], clause_finally_copy_over_else_in_loop) in ((41, [0, 2, 3, 5]), FELL)
assert run([2, 0, 1], clause_finally_copy_over_else_in_loop) in ((1, [4, 5, -1, 3]), FELL)
assert run([2, 1, 2], clause_finally_copy_over_else_in_loop) in ((41, [0, 2, 3, 5, 4, 5]), FELL)
assert run([], clause_finally_copy_over_else_two_clauses) in ((None, [4, 41]), FELL)
assert run([1], clause_finally_copy_over_else_two_clauses) in ((16, [-1, 3]), FELL)
assert run([1, 1], clause_finally_copy_over_else_two_clauses) in ((None, [-1, 2, 3, 41]), FELL)
assert run([1, 2], clause_finally_copy_over_else_two_clauses) in ((None, [-1, 6, 3, 41]), FELL)
