






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


def reduced(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    match {'k': len(n())}:
        case {'k': (1 | 2) as z}:
            for i in n():
                t(-z if c() else z)
                return 117


def plain_case(c, t, x, n, m):
    match len(n()):
        case 1 | 2:
            for i in n():
                t(3 if c() else 4)
                return 5
            return None
        case _:
            t(6)
            return None

assert run([], reduced) in ((None, []), FELL)
assert run([1, 1], reduced) in ((117, [1]), FELL)
assert run([2, 1], reduced) in ((117, [2]), FELL)
assert run([1, 1, 1], reduced) in ((117, [-1]), FELL)
assert run([2, 1, 1], reduced) in ((117, [-2]), FELL)
assert run([], plain_case) in ((None, [6]), FELL)
assert run([1], plain_case) in ((None, []), FELL)
assert run([1, 1], plain_case) in ((5, [4]), FELL)
assert run([1, 1, 1], plain_case) in ((5, [3]), FELL)
