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
        while True:
            try:
                x(1)
                break
            except E1 as e:
                t(3)
            except E2:
                pass
            t(2)


def f2(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            if c():
                t(2)
            t(4)


def f3(c, t, x, n, m):
    while True:
        try:
            x(1)
            break
        except E1:
            pass
        t(2)
    t(5)


def f4(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            t(2)
    t(5)


def f5(c, t, x, n, m):
    while c():
        t(0)
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            t(2)
        t(6)


def f6(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(2)
                break
            except E1:
                pass
            t(5)
        t(6)


def f7(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            if c():
                t(2)
            else:
                t(3)
            t(4)


def f8(c, t, x, n, m):
    while c():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            if c():
                break
            t(4)


def f9(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            if c() and c():
                t(2)
            t(4)
        t(5)


def f10(c, t, x, n, m):
    while c():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            if c():
                continue
            t(4)

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((None, [-1]), FELL)
assert run([1, 1], f1) in ((None, [-1, 3, 2, -1]), FELL)
assert run([1, 2], f1) in ((None, [-1, 2, -1]), FELL)
assert run([1, 0, 1], f1) in ((None, [-1, -1]), FELL)
assert run([1, 1, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2], f1) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 1], f1) in ((None, [-1, -1, 3, 2, -1]), FELL)
assert run([1, 0, 1, 2], f1) in ((None, [-1, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1], f1) in ((None, [-1, 3, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 1, 2], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 2, 0, 1], f1) in ((None, [-1, 2, -1, -1]), FELL)
assert run([1, 2, 1, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 1, 2], f1) in ((None, [-1, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 2, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2, 2], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 0, 1], f1) in ((None, [-1, -1, -1]), FELL)
assert run([1, 0, 1, 1, 1], f1) in ((None, [-1, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 0, 1, 1, 2], f1) in ((None, [-1, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 2, 1], f1) in ((None, [-1, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 0, 1, 2, 2], f1) in ((None, [-1, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1, 1], f1) in ((None, [-1, 3, 2, -1, -1, 3, 2, -1]), FELL)
assert run([1, 1, 0, 1, 2], f1) in ((None, [-1, 3, 2, -1, -1, 2, -1]), FELL)
assert run([1, 1, 1, 0, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 1, 1, 2], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 2, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 1, 2, 2], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2, 0, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, -1]), FELL)
assert run([1, 1, 2, 1, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2, 1, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2, 2, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2, 2, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 2, 0, 1, 1], f1) in ((None, [-1, 2, -1, -1, 3, 2, -1]), FELL)
assert run([1, 2, 0, 1, 2], f1) in ((None, [-1, 2, -1, -1, 2, -1]), FELL)
assert run([1, 2, 1, 0, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, -1]), FELL)
assert run([1, 2, 1, 1, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 1, 1, 2], f1) in ((None, [-1, 2, -1, 3, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 1, 2, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 1, 2, 2], f1) in ((None, [-1, 2, -1, 3, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 2, 2, 0, 1], f1) in ((None, [-1, 2, -1, 2, -1, -1]), FELL)
assert run([1, 2, 2, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2, 1, 2], f1) in ((None, [-1, 2, -1, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 2, 2, 1], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2, 2, 2], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f2) in ((None, []), FELL)
assert run([1], f2) in ((None, [-1]), FELL)
assert run([2], f2) in ((None, [-1, -1]), FELL)
assert run([1, 1], f2) in ((None, [-1, 4, -1]), FELL)
assert run([1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1], f2) in ((None, [-1, 4, -1, -1]), FELL)
assert run([1, 1, 1], f2) in ((None, [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1], f2) in ((None, [-1, -1, 4, -1]), FELL)
assert run([2, 0, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1], f2) in ((None, [-1, 2, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1], f2) in ((None, [-1, 4, -1, 4, -1]), FELL)
assert run([1, 1, 0, 2], f2) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 4, -1]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 1], f2) in ((None, [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 1], f2) in ((None, [-1, 4, -1, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1, 1], f2) in ((None, [-1, 4, -1, 2, 4, -1]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 0, 1], f2) in ((None, [-1, -1, 4, -1, 4, -1]), FELL)
assert run([2, 0, 1, 0, 2], f2) in (('E2', [-1, -1, 4, -1]), FELL)
assert run([2, 0, 1, 1, 1], f2) in ((None, [-1, -1, 2, 4, -1, 4, -1]), FELL)
assert run([2, 0, 1, 1, 2], f2) in (('E2', [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 0, 1], f2) in ((None, [-1, 4, -1, -1, 4, -1]), FELL)
assert run([2, 1, 0, 0, 2], f2) in (('E2', [-1, 4, -1, -1]), FELL)
assert run([2, 1, 0, 1, 1], f2) in ((None, [-1, 4, -1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 0, 1], f2) in ((None, [-1, 2, 4, -1, -1, 4, -1]), FELL)
assert run([2, 1, 1, 0, 2], f2) in (('E2', [-1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 2, 4, -1, -1]), FELL)
assert run([], f3) in ((None, [-1, 5]), FELL)
assert run([1], f3) in ((None, [-1, 2, -1, 5]), FELL)
assert run([2], f3) in (('E2', [-1]), FELL)
assert run([1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 2], f3) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 2], f3) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 2], f3) in (('E2', [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 1, 2], f3) in (('E2', [-1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f4) in ((None, [5]), FELL)
assert run([1], f4) in ((None, [-1, 5]), FELL)
assert run([1, 1], f4) in ((None, [-1, 2, -1, 5]), FELL)
assert run([1, 2], f4) in (('E2', [-1]), FELL)
assert run([1, 1, 1], f4) in ((None, [-1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 2], f4) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1, 1], f4) in ((None, [-1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 2], f4) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1, 1], f4) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 1, 2], f4) in (('E2', [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f5) in ((None, []), FELL)
assert run([1], f5) in ((None, [0, -1, 6]), FELL)
assert run([1, 1], f5) in ((None, [0, -1, 2, -1, 6]), FELL)
assert run([1, 2], f5) in (('E2', [0, -1]), FELL)
assert run([1, 0, 1], f5) in ((None, [0, -1, 6, 0, -1, 6]), FELL)
assert run([1, 1, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 1, 2], f5) in (('E2', [0, -1, 2, -1]), FELL)
assert run([1, 0, 1, 1], f5) in ((None, [0, -1, 6, 0, -1, 2, -1, 6]), FELL)
assert run([1, 0, 1, 2], f5) in (('E2', [0, -1, 6, 0, -1]), FELL)
assert run([1, 1, 0, 1], f5) in ((None, [0, -1, 2, -1, 6, 0, -1, 6]), FELL)
assert run([1, 1, 1, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 1, 1, 2], f5) in (('E2', [0, -1, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 0, 1], f5) in ((None, [0, -1, 6, 0, -1, 6, 0, -1, 6]), FELL)
assert run([1, 0, 1, 1, 1], f5) in ((None, [0, -1, 6, 0, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 0, 1, 1, 2], f5) in (('E2', [0, -1, 6, 0, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1, 1], f5) in ((None, [0, -1, 2, -1, 6, 0, -1, 2, -1, 6]), FELL)
assert run([1, 1, 0, 1, 2], f5) in (('E2', [0, -1, 2, -1, 6, 0, -1]), FELL)
assert run([1, 1, 1, 0, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 6, 0, -1, 6]), FELL)
assert run([1, 1, 1, 1, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 1, 1, 1, 2], f5) in (('E2', [0, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f6) in ((None, []), FELL)
assert run([1], f6) in ((None, [6]), FELL)
assert run([2], f6) in ((None, [6, 6]), FELL)
assert run([1, 1], f6) in ((None, [-2, 6]), FELL)
assert run([2, 1], f6) in ((None, [-2, 6, 6]), FELL)
assert run([1, 1, 1], f6) in ((None, [-2, 5, 6]), FELL)
assert run([1, 1, 2], f6) in (('E2', [-2]), FELL)
assert run([2, 0, 1], f6) in ((None, [6, -2, 6]), FELL)
assert run([2, 1, 1], f6) in ((None, [-2, 5, 6, 6]), FELL)
assert run([1, 1, 1, 1], f6) in ((None, [-2, 5, -2, 6]), FELL)
assert run([2, 0, 1, 1], f6) in ((None, [6, -2, 5, 6]), FELL)
assert run([2, 0, 1, 2], f6) in (('E2', [6, -2]), FELL)
assert run([2, 1, 0, 1], f6) in ((None, [-2, 6, -2, 6]), FELL)
assert run([2, 1, 1, 1], f6) in ((None, [-2, 5, -2, 6, 6]), FELL)
assert run([1, 1, 1, 1, 1], f6) in ((None, [-2, 5, -2, 5, 6]), FELL)
assert run([1, 1, 1, 1, 2], f6) in (('E2', [-2, 5, -2]), FELL)
assert run([2, 0, 1, 1, 1], f6) in ((None, [6, -2, 5, -2, 6]), FELL)
assert run([2, 1, 0, 1, 1], f6) in ((None, [-2, 6, -2, 5, 6]), FELL)
assert run([2, 1, 0, 1, 2], f6) in (('E2', [-2, 6, -2]), FELL)
assert run([2, 1, 1, 0, 1], f6) in ((None, [-2, 5, 6, -2, 6]), FELL)
assert run([2, 1, 1, 1, 1], f6) in ((None, [-2, 5, -2, 5, 6, 6]), FELL)
assert run([], f7) in ((None, []), FELL)
assert run([1], f7) in ((None, [-1]), FELL)
assert run([2], f7) in ((None, [-1, -1]), FELL)
assert run([1, 1], f7) in ((None, [-1, 3, 4, -1]), FELL)
assert run([1, 2], f7) in (('E2', [-1]), FELL)
assert run([2, 1], f7) in ((None, [-1, 3, 4, -1, -1]), FELL)
assert run([1, 1, 1], f7) in ((None, [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1], f7) in ((None, [-1, -1, 3, 4, -1]), FELL)
assert run([2, 0, 2], f7) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1], f7) in ((None, [-1, 2, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1], f7) in ((None, [-1, 3, 4, -1, 3, 4, -1]), FELL)
assert run([1, 1, 0, 2], f7) in (('E2', [-1, 3, 4, -1]), FELL)
assert run([1, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 3, 4, -1]), FELL)
assert run([1, 1, 1, 2], f7) in (('E2', [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 1], f7) in ((None, [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 1], f7) in ((None, [-1, 3, 4, -1, 3, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 3, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1, 1], f7) in ((None, [-1, 3, 4, -1, 2, 4, -1]), FELL)
assert run([1, 1, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 0, 1], f7) in ((None, [-1, -1, 3, 4, -1, 3, 4, -1]), FELL)
assert run([2, 0, 1, 0, 2], f7) in (('E2', [-1, -1, 3, 4, -1]), FELL)
assert run([2, 0, 1, 1, 1], f7) in ((None, [-1, -1, 2, 4, -1, 3, 4, -1]), FELL)
assert run([2, 0, 1, 1, 2], f7) in (('E2', [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 0, 1], f7) in ((None, [-1, 3, 4, -1, -1, 3, 4, -1]), FELL)
assert run([2, 1, 0, 0, 2], f7) in (('E2', [-1, 3, 4, -1, -1]), FELL)
assert run([2, 1, 0, 1, 1], f7) in ((None, [-1, 3, 4, -1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 0, 1], f7) in ((None, [-1, 2, 4, -1, -1, 3, 4, -1]), FELL)
assert run([2, 1, 1, 0, 2], f7) in (('E2', [-1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 2, 4, -1, -1]), FELL)
assert run([], f8) in ((None, []), FELL)
assert run([1], f8) in ((None, [-1]), FELL)
assert run([1, 1], f8) in ((None, [-1, 4, -1]), FELL)
assert run([1, 2], f8) in (('E2', [-1]), FELL)
assert run([1, 0, 1], f8) in ((None, [-1, -1]), FELL)
assert run([1, 0, 1, 1], f8) in ((None, [-1, -1, 4, -1]), FELL)
assert run([1, 0, 1, 2], f8) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], f8) in ((None, [-1, 4, -1, 4, -1]), FELL)
assert run([1, 1, 0, 2], f8) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 0, 1, 0, 1], f8) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1, 0, 0, 1], f8) in ((None, [-1, 4, -1, -1]), FELL)
assert run([], f9) in ((None, []), FELL)
assert run([1], f9) in ((None, [-1, 5]), FELL)
assert run([2], f9) in ((None, [-1, 5, -1, 5]), FELL)
assert run([1, 1], f9) in ((None, [-1, 4, -1, 5]), FELL)
assert run([1, 2], f9) in (('E2', [-1]), FELL)
assert run([2, 1], f9) in ((None, [-1, 4, -1, 5, -1, 5]), FELL)
assert run([2, 0, 1], f9) in ((None, [-1, 5, -1, 4, -1, 5]), FELL)
assert run([2, 0, 2], f9) in (('E2', [-1, 5, -1]), FELL)
assert run([1, 1, 0, 1], f9) in ((None, [-1, 4, -1, 4, -1, 5]), FELL)
assert run([1, 1, 0, 2], f9) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 5]), FELL)
assert run([2, 1, 0, 1], f9) in ((None, [-1, 4, -1, 4, -1, 5, -1, 5]), FELL)
assert run([2, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 5, -1, 5]), FELL)
assert run([1, 1, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 4, -1, 5]), FELL)
assert run([1, 1, 1, 1, 2], f9) in (('E2', [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 0, 1], f9) in ((None, [-1, 5, -1, 4, -1, 4, -1, 5]), FELL)
assert run([2, 0, 1, 0, 2], f9) in (('E2', [-1, 5, -1, 4, -1]), FELL)
assert run([2, 0, 1, 1, 1], f9) in ((None, [-1, 5, -1, 2, 4, -1, 5]), FELL)
assert run([2, 1, 0, 0, 1], f9) in ((None, [-1, 4, -1, 5, -1, 4, -1, 5]), FELL)
assert run([2, 1, 0, 0, 2], f9) in (('E2', [-1, 4, -1, 5, -1]), FELL)
assert run([2, 1, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 4, -1, 5, -1, 5]), FELL)
assert run([], f10) in ((None, []), FELL)
assert run([1], f10) in ((None, [-1]), FELL)
assert run([1, 1], f10) in ((None, [-1, 4, -1]), FELL)
assert run([1, 2], f10) in (('E2', [-1]), FELL)
assert run([1, 0, 1], f10) in ((None, [-1, -1]), FELL)
assert run([1, 0, 1, 1], f10) in ((None, [-1, -1, 4, -1]), FELL)
assert run([1, 0, 1, 2], f10) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], f10) in ((None, [-1, 4, -1, 4, -1]), FELL)
assert run([1, 1, 0, 2], f10) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 0, 1, 0, 1], f10) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1, 0, 0, 1], f10) in ((None, [-1, 4, -1, -1]), FELL)
