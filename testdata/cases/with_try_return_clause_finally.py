# Found on 2026-12-06 (twenty-sixth session), from the note: a with whose body is a try/except/finally
# whose body returns (`with m(): try: x(); return 5 / except E: pass / finally: t()`). 3.12+ unwind the return
# through the finally body's copy and the with's exit call, which ends the with's first range piece; the
# except clause goes on to the normal exit's copy of the finally body, laid out after the handler, then
# jumps to the with's normal exit (or the rest of its body) laid out after the finally's handler. The with's
# body was cut at the return's exit call ("except clauses fall off past the end of their region"). Now the
# with's range runs on past the return to its last piece (TryBodyEnds.innerHandlerGoesOn skips the enclosing
# finally's copy), and the rest of the with's body after the statement, reached only from that cold copy,
# is read up to the with's exit (TryFinally.coldRestToRegionEnd). A return of a value computed at the end of
# the inner try's range unwinds through the finally's copy and the exit call (TryBodyEnds.returnTail; it was a
# "stack underflow" on 3.12+). Functions that still fall back say so.
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




def with_try_return_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
            return 5
        except E1:
            t(2)
        finally:
            t(6)


def with_try_return_except_finally_then_call(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
            return 5
        except E1:
            pass
        finally:
            t(6)
        t(7)


def with_try_return_except_finally_then_branch(c, t, x, n, m):
    with m(1):
        try:
            x(4)
            return 5
        except E1:
            pass
        finally:
            t(6)
        if c():
            t(7)
    return 8


def two_withs_try_return_except_finally(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(4)
            return 5
        except E1 as e:
            t(3)
        finally:
            t(6)
        t(7)


def loop_with_try_return_except_finally(c, t, x, n, m):
    for i in range(n):
        with m(1):
            try:
                x(4)
                return 5
            except E1:
                pass
            finally:
                t(6)
        t(7)
    return 8


def loop_with_try_break_except_finally(c, t, x, n, m):
    while c():
        with m(1):
            try:
                x(4)
                break
            except E1:
                continue
            finally:
                t(6)
            t(7)
    return 8


def branch_with_try_return_except_finally(c, t, x, n, m):
    if c():
        with m(1):
            try:
                x(4)
                return 5
            except E1:
                pass
            finally:
                t(6)
            t(7)
    else:
        t(8)
    return 9


def with_try_return_value_else_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            v = x(4)
            if c():
                return v
        except E1:
            t(2)
        else:
            return 3
        finally:
            t(6)
        t(7)


def try_with_try_return_except_finally(c, t, x, n, m):
    try:
        with m(1):
            try:
                x(4)
                return 5
            except E1:
                pass
            finally:
                t(6)
            t(7)
    except E2:
        return 8
    return 9


def with_try_return_value_in_branch_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            v = x(4)
            if c():
                return v
        except E1:
            t(2)
        finally:
            t(6)
        t(7)

assert run([], with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 2, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

assert run([], with_try_return_except_finally_then_call) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_call) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

assert run([], with_try_return_except_finally_then_branch) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_branch) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

assert run([], two_withs_try_return_except_finally) in ((5, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 3, 6, 7, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], two_withs_try_return_except_finally) in (('E2', [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, True)]), FELL)

assert run([], loop_with_try_return_except_finally) in (('TypeError', []), FELL)

assert run([], loop_with_try_break_except_finally) in ((8, []), FELL)
assert run([1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([1, 1, 1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)

assert run([], branch_with_try_return_except_finally) in ((9, [8]), FELL)
assert run([1], branch_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1, 2], branch_with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

assert run([], with_try_return_value_else_finally) in ((3, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_else_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

assert run([], try_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_return_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

assert run([], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_in_branch_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)

