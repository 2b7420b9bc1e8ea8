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


def f1(c, t, x, n, m):
    if c():
        try:
            if c():
                x(1)
            else:
                x(2)
        except:
            t(3)
    else:
        t(4)


def f2(c, t, x, n, m):
    if c():
        try:
            if c():
                x(5)
            else:
                x(6)
        except E1:
            t(7)
    else:
        return 8


def f3(c, t, x, n, m):
    if not c():
        try:
            if c():
                x(9)
            else:
                x(10)
        except:
            t(11)
    elif c():
        return 12
    else:
        while True:
            t(13)
            if c():
                continue
            return 14

assert run([], f1) in ((None, [4]), FELL)
assert run([1], f1) in ((None, [-2]), FELL)
assert run([1, 1], f1) in ((None, [-1]), FELL)
assert run([1, 0, 1], f1) in ((None, [-2, 3]), FELL)
assert run([1, 1, 1], f1) in ((None, [-1, 3]), FELL)
assert run([], f2) in ((8, []), FELL)
assert run([1], f2) in ((None, [-6]), FELL)
assert run([1, 1], f2) in ((None, [-5]), FELL)
assert run([1, 0, 1], f2) in ((None, [-6, 7]), FELL)
assert run([1, 0, 2], f2) in (('E2', [-6]), FELL)
assert run([1, 1, 1], f2) in ((None, [-5, 7]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-5]), FELL)
assert run([], f3) in ((None, [-10]), FELL)
assert run([1], f3) in ((14, [13]), FELL)
assert run([0, 1], f3) in ((None, [-9]), FELL)
assert run([1, 1], f3) in ((12, []), FELL)
assert run([0, 0, 1], f3) in ((None, [-10, 11]), FELL)
assert run([0, 1, 1], f3) in ((None, [-9, 11]), FELL)
assert run([1, 0, 1], f3) in ((14, [13, 13]), FELL)
assert run([1, 0, 1, 1], f3) in ((14, [13, 13, 13]), FELL)
assert run([1, 0, 1, 1, 1], f3) in ((14, [13, 13, 13, 13]), FELL)
assert run([1, 0, 1, 1, 1, 1], f3) in ((14, [13, 13, 13, 13, 13]), FELL)
