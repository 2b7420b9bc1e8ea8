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
    while c():
        while c():
            try:
                x(55)
            except E1:
                break
        else:
            t(61)
            continue


def f2(c, t, x, n, m):
    while c():
        t(1)
        while c():
            try:
                x(2)
            except E1:
                t(3)
                break
        else:
            t(4)
            continue
    return 5


def f3(c, t, x, n, m):
    for k in n():
        while c():
            try:
                x(2)
            except E2:
                break
        else:
            t(4)
            continue


def f4(c, t, x, n, m):
    while c():
        while c():
            try:
                x(55)
            except E1:
                break
            finally:
                t(60)
        else:
            t(61)

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((None, [61]), FELL)
assert run([1, 1], f1) in ((None, [-55, 61]), FELL)
assert run([1, 0, 1], f1) in ((None, [61, 61]), FELL)
assert run([1, 1, 1], f1) in ((None, [-55]), FELL)
assert run([1, 1, 2], f1) in (('E2', [-55]), FELL)
assert run([1, 0, 1, 1], f1) in ((None, [61, -55, 61]), FELL)
assert run([1, 1, 0, 1], f1) in ((None, [-55, -55, 61]), FELL)
assert run([1, 0, 1, 0, 1], f1) in ((None, [61, 61, 61]), FELL)
assert run([1, 0, 1, 1, 1], f1) in ((None, [61, -55]), FELL)
assert run([1, 0, 1, 1, 2], f1) in (('E2', [61, -55]), FELL)
assert run([1, 1, 0, 0, 1], f1) in ((None, [-55, 61, 61]), FELL)
assert run([1, 1, 0, 1, 1], f1) in ((None, [-55, -55]), FELL)
assert run([1, 1, 0, 1, 2], f1) in (('E2', [-55, -55]), FELL)
assert run([1, 0, 1, 0, 1, 1], f1) in ((None, [61, 61, -55, 61]), FELL)
assert run([1, 0, 1, 1, 0, 1], f1) in ((None, [61, -55, -55, 61]), FELL)
assert run([], f2) in ((5, []), FELL)
assert run([1], f2) in ((5, [1, 4]), FELL)
assert run([1, 1], f2) in ((5, [1, -2, 4]), FELL)
assert run([1, 0, 1], f2) in ((5, [1, 4, 1, 4]), FELL)
assert run([1, 1, 1], f2) in ((5, [1, -2, 3]), FELL)
assert run([1, 1, 2], f2) in (('E2', [1, -2]), FELL)
assert run([1, 0, 1, 1], f2) in ((5, [1, 4, 1, -2, 4]), FELL)
assert run([1, 1, 0, 1], f2) in ((5, [1, -2, -2, 4]), FELL)
assert run([1, 1, 1, 1], f2) in ((5, [1, -2, 3, 1, 4]), FELL)
assert run([1, 0, 1, 0, 1], f2) in ((5, [1, 4, 1, 4, 1, 4]), FELL)
assert run([1, 0, 1, 1, 1], f2) in ((5, [1, 4, 1, -2, 3]), FELL)
assert run([1, 0, 1, 1, 2], f2) in (('E2', [1, 4, 1, -2]), FELL)
assert run([1, 1, 0, 0, 1], f2) in ((5, [1, -2, 4, 1, 4]), FELL)
assert run([1, 1, 0, 1, 1], f2) in ((5, [1, -2, -2, 3]), FELL)
assert run([1, 1, 0, 1, 2], f2) in (('E2', [1, -2, -2]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((5, [1, -2, 3, 1, -2, 4]), FELL)
assert run([], f3) in ((None, []), FELL)
assert run([1], f3) in ((None, [4]), FELL)
assert run([2], f3) in ((None, [4, 4]), FELL)
assert run([1, 1], f3) in ((None, [-2, 4]), FELL)
assert run([2, 1], f3) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 1], f3) in (('E1', [-2]), FELL)
assert run([1, 1, 2], f3) in ((None, [-2]), FELL)
assert run([2, 0, 1], f3) in ((None, [4, -2, 4]), FELL)
assert run([1, 1, 0, 1], f3) in ((None, [-2, -2, 4]), FELL)
assert run([2, 0, 1, 1], f3) in (('E1', [4, -2]), FELL)
assert run([2, 0, 1, 2], f3) in ((None, [4, -2]), FELL)
assert run([2, 1, 0, 1], f3) in ((None, [-2, -2, 4, 4]), FELL)
assert run([1, 1, 0, 1, 1], f3) in (('E1', [-2, -2]), FELL)
assert run([1, 1, 0, 1, 2], f3) in ((None, [-2, -2]), FELL)
assert run([2, 0, 1, 0, 1], f3) in ((None, [4, -2, -2, 4]), FELL)
assert run([2, 1, 0, 0, 1], f3) in ((None, [-2, 4, -2, 4]), FELL)
assert run([], f4) in ((None, []), FELL)
assert run([1], f4) in ((None, [61]), FELL)
assert run([1, 1], f4) in ((None, [-55, 60, 61]), FELL)
assert run([1, 0, 1], f4) in ((None, [61, 61]), FELL)
assert run([1, 1, 1], f4) in ((None, [-55, 60]), FELL)
assert run([1, 1, 2], f4) in (('E2', [-55, 60]), FELL)
assert run([1, 0, 1, 1], f4) in ((None, [61, -55, 60, 61]), FELL)
assert run([1, 1, 0, 1], f4) in ((None, [-55, 60, -55, 60, 61]), FELL)
assert run([1, 0, 1, 0, 1], f4) in ((None, [61, 61, 61]), FELL)
assert run([1, 0, 1, 1, 1], f4) in ((None, [61, -55, 60]), FELL)
assert run([1, 0, 1, 1, 2], f4) in (('E2', [61, -55, 60]), FELL)
assert run([1, 1, 0, 0, 1], f4) in ((None, [-55, 60, 61, 61]), FELL)
assert run([1, 1, 0, 1, 1], f4) in ((None, [-55, 60, -55, 60]), FELL)
assert run([1, 1, 0, 1, 2], f4) in (('E2', [-55, 60, -55, 60]), FELL)
assert run([1, 0, 1, 0, 1, 1], f4) in ((None, [61, 61, -55, 60, 61]), FELL)
assert run([1, 0, 1, 1, 0, 1], f4) in ((None, [61, -55, 60, -55, 60, 61]), FELL)
assert run([1, 1, 1, 0], f4) in ((None, [-55, 60]), FELL)
assert run([1, 1, 1, 1, 1, 0, 0], f4) in ((None, [-55, 60, -55, 60, 61]), FELL)
assert run([1, 1, 0, 1, 1, 1, 0], f4) in ((None, [-55, 60, -55, 60, 61]), FELL)
