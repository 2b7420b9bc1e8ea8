# min-version: 3.11
# Found on 2026-12-07 (thirty-fifth session): unseen set 193 q66 f67 (3.12-3.14 fell back, "code between a
# with body and its handler"), reduced: `match [c()]: case [0]: with m(): return x()` then `return 3`. The case's
# region ends at the subject's pops where its pattern fails, before the code after the match; the with's
# suppressing path runs a copy of that code (3.12+), which WithSuppressedPaths compared with the pops. It now
# looks past them. f5 (the with in a case other than the last, its region ending at the next case) still falls back.
class E1(Exception):
    pass


class E2(Exception):
    pass


FELL = ('fell back',)


class Budget(Exception):
    pass


def run(answers, f):
    """f's result (or the name of the exception it raised) and what it logged; answers drive every test,
    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).
    FELL when f fell back to its disassembly (its honest raise)."""
    seen = []
    it = iter(answers)

    calls = [0]

    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()        # a loop the answers no longer drive
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
            raise Budget()        # a loop over loops the answers no longer drive
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
    match [c()]:
        case [0]:
            with m(1):
                return x(2)
    return 3


def f2(c, t, x, n, m):
    match {'k': c()}:
        case {'k': 0}:
            with m(4):
                t(5)
                return x(6)
    return 7


def f3(c, t, x, n, m):
    match (c(), c()):
        case (1, z) | (2, z):
            with m(8):
                return z
    return 9


def f4(c, t, x, n, m):
    match [c(), c()]:
        case [a, b] if a:
            with m(10):
                return x(b)
    return 11


def f5(c, t, x, n, m):
    match {'k': c()}:
        case {'k': 0}:
            with m(12):
                return x(13)
        case {'k': 1}:
            t(14)
    return 15

assert run([], f1) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], f1) in ((3, []), FELL)
assert run([0, 1], f1) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 2], f1) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], f1) in ((3, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], f2) in ((None, [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([1], f2) in ((7, []), FELL)
assert run([0, 1], f2) in (('E1', [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([0, 2], f2) in (('E2', [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([0, 1, 1], f2) in ((7, [('enter', 4), 5, -6, ('exit', 4, True)]), FELL)
assert run([], f3) in ((9, []), FELL)
assert run([1], f3) in ((0, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([1, 1], f3) in ((1, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([1, 2], f3) in ((2, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([], f4) in ((11, []), FELL)
assert run([1], f4) in ((None, [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], f4) in ((None, [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 0, 1], f4) in (('E1', [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 0, 2], f4) in (('E2', [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], f4) in (('E1', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 2], f4) in (('E2', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2, 1], f4) in (('E1', [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 2, 2], f4) in (('E2', [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 0, 1, 1], f4) in ((11, [('enter', 10), 0, ('exit', 10, True)]), FELL)
assert run([1, 1, 1, 1], f4) in ((11, [('enter', 10), -1, ('exit', 10, True)]), FELL)
assert run([], f5) in ((None, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1], f5) in ((15, [14]), FELL)
assert run([2], f5) in ((15, []), FELL)
assert run([0, 1], f5) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2], f5) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1], f5) in ((15, [('enter', 12), -13, ('exit', 12, True)]), FELL)
