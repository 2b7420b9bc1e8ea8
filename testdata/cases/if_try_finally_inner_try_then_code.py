# min-version: 3.11
# Found on 2026-12-06 (thirty-third session), unseen set 189 f213 reduced (3.12-3.13 withdrawn by --verify,
# silently wrong on the plain output; the second function, simpler, on 3.12-3.14): an if's branch holding a
# try/finally whose body starts with `try: x(1); return 2 / except E1: ...` and goes on after it. The
# outer range protects nothing before the inner try's body, and 3.12+ lay the code after the inner try out
# past its handler: the if took the outer statement to end with the inner try, and the code after it,
# protected by the same finally handler, was read after the if as a second try/finally (its finally body
# printed, and run, twice). A finally handler read as two statements now fails the reading (Walker.triesRead,
# kept with the walk's marks): 3.12-3.14 fall back, honestly.
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


def if_try_finally_inner_try_return_then_code(c, t, x, n, m):
    if c():
        try:
            try:
                x(1)
                return 2
            except E1:
                pass
            try:
                x(4)
            finally:
                pass
            try:
                return 7
            finally:
                pass
        finally:
            t(14)


def if_try_finally_inner_try_return_then_call(c, t, x, n, m):
    if c():
        try:
            try:
                x(1)
                return 2
            except E1:
                t(3)
            x(4)
        finally:
            t(14)
    return 5

assert run([], if_try_finally_inner_try_return_then_code) in ((None, []), FELL)
assert run([1], if_try_finally_inner_try_return_then_code) in ((2, [-1, 14]), FELL)
assert run([1, 1], if_try_finally_inner_try_return_then_code) in ((7, [-1, -4, 14]), FELL)
assert run([1, 2], if_try_finally_inner_try_return_then_code) in (('E2', [-1, 14]), FELL)
assert run([1, 1, 1], if_try_finally_inner_try_return_then_code) in (('E1', [-1, -4, 14]), FELL)
assert run([1, 1, 2], if_try_finally_inner_try_return_then_code) in (('E2', [-1, -4, 14]), FELL)
assert run([], if_try_finally_inner_try_return_then_call) in ((5, []), FELL)
assert run([1], if_try_finally_inner_try_return_then_call) in ((2, [-1, 14]), FELL)
assert run([1, 1], if_try_finally_inner_try_return_then_call) in ((5, [-1, 3, -4, 14]), FELL)
assert run([1, 2], if_try_finally_inner_try_return_then_call) in (('E2', [-1, 14]), FELL)
assert run([1, 1, 1], if_try_finally_inner_try_return_then_call) in (('E1', [-1, 3, -4, 14]), FELL)
assert run([1, 1, 2], if_try_finally_inner_try_return_then_call) in (('E2', [-1, 3, -4, 14]), FELL)
