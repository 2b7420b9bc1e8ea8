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
    while True:
        if c() and c():
            try:
                t(5)
            except E1:
                pass
            else:
                return 7
        else:
            with m(8), m(9):
                return 10


def f2(c, t, x, n, m):
    while True:
        if c():
            try:
                x(5)
            except E1:
                pass
            else:
                return 7
        else:
            with m(8):
                x(9)
                return 10


def f3(c, t, x, n, m):
    while True:
        if c():
            return None
        if c() and c():
            try:
                t(5)
            except E1:
                pass
            else:
                return 7
        else:
            with m(8), m(9):
                return 10


def f4(c, t, x, n, m):
    while True:
        if c():
            return None
        if c():
            try:
                x(5)
            except E1:
                pass
            else:
                return 7
        else:
            with m(8):
                x(9)
                return 10

assert run([], f1) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([1, 1], f1) in ((7, [5]), FELL)
assert run([], f2) in ((10, [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1], f2) in ((7, [-5]), FELL)
assert run([0, 1], f2) in (('E1', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1], f2) in ((10, [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 2], f2) in (('E2', [-5]), FELL)
assert run([0, 1, 1], f2) in ((10, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1], f2) in ((7, [-5, -5]), FELL)
assert run([0, 1, 1, 1], f2) in ((7, [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([1, 1, 0, 1], f2) in (('E1', [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 0, 2], f2) in (('E2', [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 1], f2) in ((10, [-5, -5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-5, -5]), FELL)
assert run([0, 1, 1, 0, 1], f2) in (('E1', [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 0, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1, 1], f2) in ((10, [('enter', 8), -9, ('exit', 8, True), -5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([1, 1, 0, 1, 1], f2) in ((10, [-5, ('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((7, [-5, -5, -5]), FELL)
assert run([], f3) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([1], f3) in ((None, []), FELL)
assert run([0, 1, 1], f3) in ((7, [5]), FELL)
assert run([], f4) in ((10, [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1], f4) in ((None, []), FELL)
assert run([0, 1], f4) in ((7, [-5]), FELL)
assert run([0, 0, 1], f4) in (('E1', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 0, 2], f4) in (('E2', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1], f4) in ((10, [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 2], f4) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], f4) in ((10, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1], f4) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 1], f4) in ((None, [('enter', 8), -9, ('exit', 8, True)]), FELL)
assert run([0, 1, 1, 0, 1], f4) in ((7, [-5, -5]), FELL)
assert run([0, 0, 1, 1, 0, 1, 0], f4) in ((7, [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([0, 0, 1, 1, 1], f4) in ((None, [('enter', 8), -9, ('exit', 8, True)]), FELL)
assert run([0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0], f4) in ((7, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, True), -5]), FELL)
