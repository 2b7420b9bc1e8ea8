








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


def clause_try_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(5)
            return 6
        except E1:
            pass
        finally:
            pass


def named_clause_try_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
        return 9
    except E2 as e:
        try:
            x(5)
        except E1:
            t(7)
        else:
            return 6
        finally:
            pass
        return 9


def clause_try_returns_empty_finally_then_code(c, t, x, n, m):
    v = 0
    try:
        x(1)
    except E1:
        t(2)
        try:
            v = x(5)
            return v
        except E2:
            v = 7
        finally:
            pass
        t(8)
    return v


def clause_try_else_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
        return 9
    except E1:
        try:
            x(5)
            return 6
        except E1:
            pass
        finally:
            pass
        return 9

assert run([], clause_try_returns_empty_finally) in ((None, [-1]), FELL)
assert run([1], clause_try_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2], clause_try_returns_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_returns_empty_finally) in ((None, [-1, -5]), FELL)
assert run([1, 2], clause_try_returns_empty_finally) in (('E2', [-1, -5]), FELL)
assert run([], named_clause_try_returns_empty_finally) in ((9, [-1]), FELL)
assert run([1], named_clause_try_returns_empty_finally) in (('E1', [-1]), FELL)
assert run([2], named_clause_try_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2, 1], named_clause_try_returns_empty_finally) in ((9, [-1, -5, 7]), FELL)
assert run([2, 2], named_clause_try_returns_empty_finally) in (('E2', [-1, -5]), FELL)
assert run([], clause_try_returns_empty_finally_then_code) in ((0, [-1]), FELL)
assert run([1], clause_try_returns_empty_finally_then_code) in ((None, [-1, 2, -5]), FELL)
assert run([2], clause_try_returns_empty_finally_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_returns_empty_finally_then_code) in (('E1', [-1, 2, -5]), FELL)
assert run([1, 2], clause_try_returns_empty_finally_then_code) in ((7, [-1, 2, -5, 8]), FELL)
assert run([], clause_try_else_returns_empty_finally) in ((9, [-1]), FELL)
assert run([1], clause_try_else_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2], clause_try_else_returns_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_empty_finally) in ((9, [-1, -5]), FELL)
assert run([1, 2], clause_try_else_returns_empty_finally) in (('E2', [-1, -5]), FELL)
