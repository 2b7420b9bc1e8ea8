# min-version: 3.11
# Found on 2026-12-06 (thirty-third session), unseen set 186 q59 f256 reduced (3.12-3.13 withdrawn by --verify,
# silently wrong on the plain output: the loop's break read as `pass`, the code after the loop inside it):
# `while True: if c() or c(): break` then a try whose else is `try: return 8 / finally: t(9)`, a finally
# protecting nothing (an orphan handler, laid out last), and code after the loop. Three readings missed that
# finally: WhileTrue's return ending the try took no copy of an orphan's finally body before the return
# (ColdLoopEnds.finallyCopyEnd knew only handlers a range targets); OrphanHandlers.startsBefore placed the
# orphan's body at the function's last `return None` after a line NOP (a `try: return CONST` runs its own
# finally body's copy first); TryFinally read no return after an enclosing finally body's copy.
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


def while_true_try_else_return_finally(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            pass
        else:
            try:
                return 8
            finally:
                t(9)
    try:
        pass
    except E1:
        pass
    if c() or c():
        t(10)


def while_true_try_else_return_finally_match_after(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            pass
        else:
            try:
                return 8
            finally:
                t(9)
    try:
        pass
    except E1:
        pass
    match len(n()):
        case z if z > 1:
            t(z)
        case _:
            pass


def while_true_try_else_return_finally_enclosing_finally(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            pass
        else:
            try:
                return 8
            finally:
                t(9)
        finally:
            t(10)
    try:
        pass
    except E1:
        pass
    if c() or c():
        t(11)

assert run([], while_true_try_else_return_finally) in ((8, [-5, 9]), FELL)
assert run([1], while_true_try_else_return_finally) in ((None, []), FELL)
assert run([1, 1], while_true_try_else_return_finally) in ((None, [10]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally) in ((8, [-5, -5, 9]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 1], while_true_try_else_return_finally) in ((None, [-5, 10]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally) in ((8, [-5, -5, -5, 9]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally) in (('E2', [-5, -5]), FELL)
assert run([], while_true_try_else_return_finally_match_after) in ((8, [-5, 9]), FELL)
assert run([1], while_true_try_else_return_finally_match_after) in ((None, []), FELL)
assert run([1, 2], while_true_try_else_return_finally_match_after) in ((None, [2]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally_match_after) in ((8, [-5, -5, 9]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally_match_after) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally_match_after) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 2], while_true_try_else_return_finally_match_after) in ((None, [-5, 2]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally_match_after) in ((8, [-5, -5, -5, 9]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally_match_after) in (('E2', [-5, -5]), FELL)
assert run([], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 9, 10]), FELL)
assert run([1], while_true_try_else_return_finally_enclosing_finally) in ((None, []), FELL)
assert run([1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [11]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 10, -5, 9, 10]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally_enclosing_finally) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [-5, 10]), FELL)
assert run([0, 0, 1, 1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [-5, 10, 11]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 10, -5, 10, -5, 9, 10]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally_enclosing_finally) in (('E2', [-5, 10, -5, 10]), FELL)
