








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
    if c():
        try:
            t(1)
            return 2
        except E1:
            pass
        return x(3)
    t(4)


def f2(c, t, x, n, m):
    if c():
        try:
            t(1)
            return 2
        except E1:
            t(3)
        return E1.__name__
    t(4)


def f3(c, t, x, n, m):
    with m(5):
        if c():
            try:
                x(1)
                return 2
            except E1:
                pass
            return x(3)
        else:
            t(4)
            return None


def f4(c, t, x, n, m):
    with m(5):
        if c() == 0:
            try:
                x(1)
                return 2
            except E1:
                pass
            return x(3)
        else:
            t(4)
            return None


def f5(c, t, x, n, m):
    if c() == 0:
        try:
            x(1)
            return 2
        except E1:
            pass
        return E2.__name__
    t(4)


def f6(c, t, x, n, m):
    with m(5):
        if c():
            try:
                x(1)
                return 2
            except E1:
                t(6)
            return E1.__name__
        else:
            return 7
    return 7


def f7(c, t, x, n, m):
    with m(5):
        match [i for i in n()]:
            case [0]:
                try:
                    x(1)
                    return 2
                except E1:
                    pass
                return E2.__name__
        t(4)
        return None

assert run([], f1) in ((None, [4]), FELL)
assert run([1], f1) in ((2, [1]), FELL)
assert run([], f2) in ((None, [4]), FELL)
assert run([1], f2) in ((2, [1]), FELL)
assert run([], f3) in ((None, [('enter', 5), 4, ('exit', 5, False)]), FELL)
assert run([1], f3) in ((2, [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1, 1], f3) in ((None, [('enter', 5), -1, -3, ('exit', 5, False)]), FELL)
assert run([1, 2], f3) in (('E2', [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1, 1, 1], f3) in (('E1', [('enter', 5), -1, -3, ('exit', 5, False)]), FELL)
assert run([1, 1, 2], f3) in (('E2', [('enter', 5), -1, -3, ('exit', 5, False)]), FELL)
assert run([1, 2, 1], f3) in ((None, [('enter', 5), -1, ('exit', 5, True)]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [('enter', 5), -1, -3, ('exit', 5, True)]), FELL)
assert run([], f4) in ((2, [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1], f4) in ((None, [('enter', 5), 4, ('exit', 5, False)]), FELL)
assert run([0, 1], f4) in ((None, [('enter', 5), -1, -3, ('exit', 5, False)]), FELL)
assert run([0, 2], f4) in (('E2', [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([0, 1, 1], f4) in (('E1', [('enter', 5), -1, -3, ('exit', 5, False)]), FELL)
assert run([0, 1, 2], f4) in (('E2', [('enter', 5), -1, -3, ('exit', 5, False)]), FELL)
assert run([0, 2, 1], f4) in ((None, [('enter', 5), -1, ('exit', 5, True)]), FELL)
assert run([0, 1, 1, 1], f4) in ((None, [('enter', 5), -1, -3, ('exit', 5, True)]), FELL)
assert run([], f5) in ((2, [-1]), FELL)
assert run([1], f5) in ((None, [4]), FELL)
assert run([0, 1], f5) in (('E2', [-1]), FELL)
assert run([], f6) in ((7, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1], f6) in ((2, [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1, 1], f6) in (('E1', [('enter', 5), -1, 6, ('exit', 5, False)]), FELL)
assert run([1, 2], f6) in (('E2', [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1, 2, 1], f6) in ((7, [('enter', 5), -1, ('exit', 5, True)]), FELL)
assert run([], f7) in ((None, [('enter', 5), 4, ('exit', 5, False)]), FELL)
assert run([1], f7) in ((2, [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1, 1], f7) in (('E2', [('enter', 5), -1, ('exit', 5, False)]), FELL)
assert run([1, 2, 1], f7) in ((None, [('enter', 5), -1, ('exit', 5, True)]), FELL)
