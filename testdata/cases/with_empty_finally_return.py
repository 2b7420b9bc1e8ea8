# min-version: 3.11
# Found on 2026-12-06 (twenty-eighth session): unseen seed 179 f69 (3.12-3.14, "conditional jump out of
# the region"), reduced. A return inside `try: ... finally: pass` inside a with: the return unwinds past
# the try's range through the finally body's copy (a line NOP) and the with's exit call, the constant
# loaded last; the try body ended at its range, so the test jumping past that unwinding left its region.
# The unwinding is now the try body's (Tries: an empty finally's return through enclosing withs).
# non_empty_finally (a finally body that does something) still falls back, on 3.11 too.
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




def reduced(c, t, x, n, m):
    with m(2) as w:
        try:
            while c():
                return 5
        finally:
            pass


def if_return(c, t, x, n, m):
    with m(2):
        try:
            t(1)
            if c():
                return 5
            t(2)
        finally:
            pass


def two_withs(c, t, x, n, m):
    with m(1), m(2):
        try:
            if c():
                return 5
        finally:
            pass
    t(3)


def non_empty_finally(c, t, x, n, m):
    with m(2) as w:
        try:
            while c():
                return 5
        finally:
            t(1)

assert run([], reduced) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], reduced) in ((5, [('enter', 2), ('exit', 2, False)]), FELL)

assert run([], if_return) in ((None, [('enter', 2), 1, 2, ('exit', 2, False)]), FELL)
assert run([1], if_return) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)

assert run([], two_withs) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 3]), FELL)
assert run([1], two_withs) in ((5, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)

assert run([], non_empty_finally) in ((None, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([1], non_empty_finally) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)

