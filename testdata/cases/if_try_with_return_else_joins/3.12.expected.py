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
            with m(4):
                x(5)
                return 6
        except E2 as e:
            pass
        else:
            t(13)
    return 14


def f2(c, t, x, n, m):
    if c():
        try:
            with m(3) as w, m(4):
                return 6
        except E2 as e:
            pass
        else:
            t(13)
    return 14


def f3(c, t, x, n, m):
    if c():
        return 14
    if not c():
        try:
            with m(4):
                x(5)
                return 6
        except E2 as e:
            pass
        else:
            t(13)
    return 14


def f4(c, t, x, n, m):
    if c() and c():
        try:
            with m(3), m(4):
                return 5
        finally:
            t(7)
    else:
        pass
    t(26)


def f5(c, t, x, n, m):
    if c() and c():
        try:
            with m(3), m(4):
                return 5
        finally:
            t(7)
    else:
        x(25)
    t(26)


def f6(c, t, x, n, m):
    if c():
        try:
            with m(3):
                x(4)
                return 5
        finally:
            t(7)
    else:
        t(25)
        t(24)
    t(26)


def f7(c, t, x, n, m):
    if c() and c():
        try:
            with m(3), m(4):
                x(4)
                return 5
        finally:
            t(7)
    else:
        pass
    t(26)


def f8(c, t, x, n, m):
    if c():
        try:
            with m(3), m(4):
                x(4)
                return 5
        finally:
            t(7)
    else:
        x(25)
    t(26)

assert run([], f1) in ((14, []), FELL)
assert run([1], f1) in ((6, [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([1, 1], f1) in (('E1', [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([1, 2], f1) in ((14, [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([1, 1, 1], f1) in ((14, [('enter', 4), -5, ('exit', 4, True), 13]), FELL)
assert run([], f2) in ((14, []), FELL)
assert run([1], f2) in ((6, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([], f3) in ((6, [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([1], f3) in ((14, []), FELL)
assert run([0, 0, 1], f3) in (('E1', [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([0, 0, 2], f3) in ((14, [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([0, 0, 1, 1], f3) in ((14, [('enter', 4), -5, ('exit', 4, True), 13]), FELL)
assert run([], f4) in ((None, [26]), FELL)
assert run([1, 1], f4) in ((5, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([], f5) in ((None, [-25, 26]), FELL)
assert run([0, 1], f5) in (('E1', [-25]), FELL)
assert run([0, 2], f5) in (('E2', [-25]), FELL)
assert run([1, 1], f5) in ((5, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([], f6) in ((None, [25, 24, 26]), FELL)
assert run([1], f6) in ((5, [('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([1, 1], f6) in (('E1', [('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([1, 2], f6) in (('E2', [('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([1, 1, 1], f6) in ((None, [('enter', 3), -4, ('exit', 3, True), 7, 26]), FELL)
assert run([], f7) in ((None, [26]), FELL)
assert run([1, 1], f7) in ((5, [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([1, 1, 1], f7) in (('E1', [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([1, 1, 2], f7) in (('E2', [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([1, 1, 1, 1], f7) in ((None, [('enter', 3), ('enter', 4), -4, ('exit', 4, True), ('exit', 3, False), 7, 26]), FELL)
assert run([1, 1, 1, 0, 1], f7) in ((None, [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, True), 7, 26]), FELL)
assert run([], f8) in ((None, [-25, 26]), FELL)
assert run([1], f8) in ((5, [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([0, 1], f8) in (('E1', [-25]), FELL)
assert run([0, 2], f8) in (('E2', [-25]), FELL)
assert run([1, 1], f8) in (('E1', [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([1, 2], f8) in (('E2', [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, False), 7]), FELL)
assert run([1, 1, 1], f8) in ((None, [('enter', 3), ('enter', 4), -4, ('exit', 4, True), ('exit', 3, False), 7, 26]), FELL)
assert run([1, 1, 0, 1], f8) in ((None, [('enter', 3), ('enter', 4), -4, ('exit', 4, False), ('exit', 3, True), 7, 26]), FELL)
