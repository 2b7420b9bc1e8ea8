







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
    with m(1):
        try:
            with m(2):
                return 3
        except E1:
            pass
        if c():
            pass


def f2(c, t, x, n, m):
    with m(4):
        try:
            with m(5):
                return 6
        except E1:
            t(7)
        if c() and c():
            pass


def f3(c, t, x, n, m):
    with m(8):
        try:
            with m(9):
                return 10
        except E1:
            pass
        if c():
            pass
        else:
            t(11)


def f4(c, t, x, n, m):
    with m(12):
        try:
            x(13)
            return 14
        except E1:
            pass
        if c() or c():
            t(15)
    t(16)


def f5(c, t, x, n, m):
    for i in n():
        with m(17):
            try:
                with m(18):
                    return 19
            except E1:
                pass
            if c():
                pass


def f6(c, t, x, n, m):
    with m(20):
        try:
            with m(21):
                return 22
        except E1:
            pass
        for i in n():
            pass


def f7(c, t, x, n, m):
    with m(23):
        try:
            with m(24):
                return 25
        except E1:
            t(26)
        while c():
            t(27)

assert run([], f1) in ((3, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], f2) in ((6, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([], f3) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], f4) in ((14, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1], f4) in ((None, [('enter', 12), -13, ('exit', 12, False), 16]), FELL)
assert run([2], f4) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 12), -13, 15, ('exit', 12, False), 16]), FELL)
assert run([2, 1], f4) in ((None, [('enter', 12), -13, ('exit', 12, True), 16]), FELL)
assert run([], f5) in ((None, []), FELL)
assert run([1], f5) in ((19, [('enter', 17), ('enter', 18), ('exit', 18, False), ('exit', 17, False)]), FELL)
assert run([], f6) in ((22, [('enter', 20), ('enter', 21), ('exit', 21, False), ('exit', 20, False)]), FELL)
assert run([], f7) in ((25, [('enter', 23), ('enter', 24), ('exit', 24, False), ('exit', 23, False)]), FELL)
