# min-version: 3.11
# Found on 2026-12-06 (thirty-third session), reducing the family of elif_try_with_suppressed_return: `try:
# with m(): x(); return 5 / except E1: return 6 / finally: pass` then code, which only the with's suppressing
# path reaches. 3.12 lays that path out as two jumps (to the body's normal exit, then to the normal exit's
# copy of the finally body) and TryFinally.suppressedInto followed one: it fell back at top level ("code
# after a try/finally reached only through a handler in its body"). 3.11, in an elif, found no return
# ending that code (it jumps over the else): TryFinally.straightToFollow reads it up to that jump. The
# elif form still falls back on 3.12-3.14.
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


def try_with_return_except_empty_finally_then_code(c, t, x, n, m):
    try:
        with m(3):
            x(4)
            return 5
    except E1:
        return 6
    finally:
        pass
    t(7)


def try_with_return_except_empty_finally_then_return(c, t, x, n, m):
    t(1)
    try:
        with m(3) as w:
            x(w)
            return 5
    except E2:
        return 6
    finally:
        pass
    t(7)
    return t(8)


def elif_try_with_return_empty_finally_code_else(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            with m(3):
                x(4)
                return 5
        except E1:
            return 6
        finally:
            pass
        t(7)
    else:
        t(8)
    return 9

assert run([], try_with_return_except_empty_finally_then_code) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], try_with_return_except_empty_finally_then_code) in ((6, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2], try_with_return_except_empty_finally_then_code) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], try_with_return_except_empty_finally_then_code) in ((None, [('enter', 3), -4, ('exit', 3, True), 7]), FELL)
assert run([], try_with_return_except_empty_finally_then_return) in ((5, [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1], try_with_return_except_empty_finally_then_return) in (('E1', [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([2], try_with_return_except_empty_finally_then_return) in ((6, [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1, 1], try_with_return_except_empty_finally_then_return) in ((None, [1, ('enter', 3), -3, ('exit', 3, True), 7, 8]), FELL)
assert run([], elif_try_with_return_empty_finally_code_else) in ((9, [8]), FELL)
assert run([1], elif_try_with_return_empty_finally_code_else) in ((9, [1]), FELL)
assert run([0, 1], elif_try_with_return_empty_finally_code_else) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], elif_try_with_return_empty_finally_code_else) in ((6, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2], elif_try_with_return_empty_finally_code_else) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1, 1], elif_try_with_return_empty_finally_code_else) in ((9, [('enter', 3), -4, ('exit', 3, True), 7]), FELL)
