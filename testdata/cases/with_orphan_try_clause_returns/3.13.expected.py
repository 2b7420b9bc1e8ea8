




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


def with_orphan_clause_returns(c, t, x, n, m):
    with m(1):
        t(4)
        try:
            return 5
        except E1:
            x(6)
            return 8
    return 9


def two_withs_orphan_clause_returns(c, t, x, n, m):
    with m(1), m(2):
        t(4)
        try:
            return 5
        except E1:
            x(6)
            t(7)
            return 8
        except E2:
            t(9)
            return 10
    return E1.__name__

assert run([], with_orphan_clause_returns) in ((5, [('enter', 1), 4, ('exit', 1, False)]), FELL)
assert run([], two_withs_orphan_clause_returns) in ((5, [('enter', 1), ('enter', 2), 4, ('exit', 2, False), ('exit', 1, False)]), FELL)
