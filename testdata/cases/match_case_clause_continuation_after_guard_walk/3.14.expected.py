







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


def f1(c, t, x, n, m):
    v = 0
    match {'k': c()}:
        case {**rest}:
            if c():
                try:
                    x(1)
                except E1:
                    t(2)
            elif not c():
                try:
                    raise E2(3)
                except E2 as e:
                    t(4)
                v |= 5
                t([v + i for i in n() if c()])
            if c():
                t(6)
    t(7)


def f2(c, t, x, n, m):
    match [c()]:
        case [*_]:
            if c():
                t(8)
            elif not c():
                try:
                    x(9)
                    raise E1(10)
                except E1:
                    t(11)
                t(12)
            if c():
                pass
    t(13)


def f3(c, t, x, n, m):
    v = c()
    t([v + i for i in n() if c()])

assert run([], f1) in ((None, [4, [], 7]), FELL)
assert run([0, 1], f1) in ((None, [-1, 7]), FELL)
assert run([0, 0, 1], f1) in ((None, [7]), FELL)
assert run([0, 1, 1], f1) in ((None, [-1, 2, 7]), FELL)
assert run([0, 1, 2], f1) in (('E2', [-1]), FELL)
assert run([0, 0, 1, 1], f1) in ((None, [6, 7]), FELL)
assert run([0, 1, 0, 1], f1) in ((None, [-1, 6, 7]), FELL)
assert run([0, 1, 1, 1], f1) in ((None, [-1, 2, 6, 7]), FELL)
assert run([0, 0, 0, 0, 1], f1) in ((None, [4, [], 6, 7]), FELL)
assert run([0, 0, 0, 1, 1], f1) in ((None, [4, [5], 7]), FELL)
assert run([0, 0, 0, 1, 1, 1], f1) in ((None, [4, [5], 6, 7]), FELL)
assert run([0, 0, 0, 2, 0, 1], f1) in ((None, [4, [6], 7]), FELL)
assert run([], f2) in ((None, [-9, 11, 12, 13]), FELL)
assert run([0, 1], f2) in ((None, [8, 13]), FELL)
assert run([0, 0, 1], f2) in ((None, [13]), FELL)
assert run([0, 0, 0, 2], f2) in (('E2', [-9]), FELL)
assert run([], f3) in ((None, [[]]), FELL)
assert run([0, 1, 1], f3) in ((None, [[0]]), FELL)
assert run([1, 1, 1], f3) in ((None, [[1]]), FELL)
assert run([2, 1, 1], f3) in ((None, [[2]]), FELL)
assert run([0, 2, 1, 1], f3) in ((None, [[0, 1]]), FELL)
assert run([1, 2, 1, 1], f3) in ((None, [[1, 2]]), FELL)
assert run([2, 2, 0, 1], f3) in ((None, [[3]]), FELL)
assert run([2, 2, 1, 1], f3) in ((None, [[2, 3]]), FELL)
