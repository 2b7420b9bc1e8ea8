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
                pass
            else:
                t(1)
        except E1:
            while True:
                if c():
                    break
                t(2)
    t(3)


def f2(c, t, x, n, m):
    if c():
        try:
            if c():
                pass
            else:
                x(1)
        except E1:
            while True:
                if c():
                    break
                t(2)
    t(3)


def f3(c, t, x, n, m):
    while c():
        try:
            if c():
                break
            x(1)
        except E1:
            while True:
                if c():
                    break
                t(2)
        else:
            break
    t(3)


def f4(c, t, x, n, m):
    if c():
        try:
            if c():
                x(1)
                return 5
            raise E1(1)
        except E1:
            while True:
                if c():
                    break
                t(2)
    t(3)

assert run([], f1) in ((None, [3]), FELL)
assert run([1], f1) in ((None, [1, 3]), FELL)
assert run([], f2) in ((None, [3]), FELL)
assert run([1], f2) in ((None, [-1, 3]), FELL)
assert run([1, 0, 1], f2) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 0, 2], f2) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 0, 1], f2) in ((None, [-1, 2, 3]), FELL)
assert run([1, 0, 1, 0, 0, 1], f2) in ((None, [-1, 2, 2, 3]), FELL)
assert run([1, 0, 1, 0, 0, 0, 1], f2) in ((None, [-1, 2, 2, 2, 3]), FELL)
assert run([], f3) in ((None, [3]), FELL)
assert run([1], f3) in ((None, [-1, 3]), FELL)
assert run([1, 0, 1], f3) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 0, 2], f3) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 0, 1], f3) in ((None, [-1, 2, 3]), FELL)
assert run([1, 0, 1, 1, 1], f3) in ((None, [-1, -1, 3]), FELL)
assert run([1, 0, 1, 0, 0, 1], f3) in ((None, [-1, 2, 2, 3]), FELL)
assert run([1, 0, 1, 0, 1, 1], f3) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 0, 1, 0, 0, 0, 1], f3) in ((None, [-1, 2, 2, 2, 3]), FELL)
assert run([1, 0, 1, 0, 0, 1, 1], f3) in ((None, [-1, 2, 2, -1, 3]), FELL)
assert run([1, 0, 1, 1, 1, 0, 1], f3) in (('Budget', [-1, -1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([], f4) in ((None, [3]), FELL)
assert run([1], f4) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 1], f4) in ((5, [-1]), FELL)
assert run([1, 1, 1], f4) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 1, 2], f4) in (('E2', [-1]), FELL)
assert run([1, 0, 0, 1], f4) in ((None, [2, 3]), FELL)
assert run([1, 1, 1, 1], f4) in ((None, [-1, 3]), FELL)
assert run([1, 0, 0, 0, 1], f4) in ((None, [2, 2, 3]), FELL)
assert run([1, 1, 1, 0, 1], f4) in ((None, [-1, 2, 3]), FELL)
assert run([1, 0, 0, 0, 0, 1], f4) in ((None, [2, 2, 2, 3]), FELL)
assert run([1, 1, 1, 0, 0, 1], f4) in ((None, [-1, 2, 2, 3]), FELL)
assert run([1, 0, 0, 0, 0, 0, 1], f4) in ((None, [2, 2, 2, 2, 3]), FELL)
assert run([1, 1, 1, 0, 0, 0, 1], f4) in ((None, [-1, 2, 2, 2, 3]), FELL)
assert run([1, 0, 1, 1, 1, 0, 0], f2) in ((None, [-1, 3]), FELL)
assert run([1, 0, 1, 1, 1, 0, 1, 1, 0], f2) in ((None, [-1, 3]), FELL)
assert run([1, 1, 0, 1, 1, 1, 0], f4) in ((5, [-1]), FELL)
assert run([1, 0, 1, 1, 1], f4) in ((None, [3]), FELL)
