# Found on 2026-12-05 (twenty-third session): unseen tails seed 41 f44, f179 (--verify withdrew them on
# 3.11-3.14), and, reducing them, a silent wrong on every version: a return of a computed value from an
# except clause binding a name, nested in another clause binding a name. The value is computed inside both
# clauses, then each clause's POP_EXCEPT and name cleanup run in turn; the inner cleanup was printed as
# code (`d = None` / `del d` before the return). ExceptClauses.exitPastCleanups: a cleanup followed by
# the enclosing clauses' cleanups and an exit is the compiler's. A return of a constant through a finally
# body around the inner try (inside the outer clause) runs that body's copy between the two clauses' ends:
# ExceptClauses.enclosingClauseExit reads past it. A break or continue there still falls back.
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




def named_in_named_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            return t(3)


def same_name_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return t(3)


def named_in_named_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            return 38
        finally:
            t(39)


def same_name_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return 38
        finally:
            t(39)
    t(40)


def same_name_return_value_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return t(38)
        finally:
            t(39)


def named_in_plain_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2:
        try:
            x(2)
        except E1 as f:
            return 5
        finally:
            t(39)
    return 6


def loop_named_break_finally(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E2 as e:
            try:
                x(2)
            except E1:
                break
            finally:
                t(39)
    t(40)


def three_named_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            try:
                x(3)
            except E2 as f:
                return t(4)

assert run([], named_in_named_return_value) in ((None, [-1]), FELL)
assert run([1], named_in_named_return_value) in (('E1', [-1]), FELL)
assert run([2], named_in_named_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], named_in_named_return_value) in ((None, [-1, -2, 3]), FELL)
assert run([2, 2], named_in_named_return_value) in (('E2', [-1, -2]), FELL)

assert run([], same_name_return_value) in ((None, [-1]), FELL)
assert run([1], same_name_return_value) in (('E1', [-1]), FELL)
assert run([2], same_name_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], same_name_return_value) in ((None, [-1, -2, 3]), FELL)
assert run([2, 2], same_name_return_value) in (('E2', [-1, -2]), FELL)

assert run([], named_in_named_return_const_finally) in ((None, [-1]), FELL)
assert run([1], named_in_named_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], named_in_named_return_const_finally) in ((None, [-1, -2, 39]), FELL)
assert run([2, 1], named_in_named_return_const_finally) in ((38, [-1, -2, 39]), FELL)
assert run([2, 2], named_in_named_return_const_finally) in (('E2', [-1, -2, 39]), FELL)

assert run([], same_name_return_const_finally) in ((None, [-1, 40]), FELL)
assert run([1], same_name_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], same_name_return_const_finally) in ((None, [-1, -2, 39, 40]), FELL)
assert run([2, 1], same_name_return_const_finally) in ((38, [-1, -2, 39]), FELL)
assert run([2, 2], same_name_return_const_finally) in (('E2', [-1, -2, 39]), FELL)

assert run([], same_name_return_value_finally) in ((None, [-1]), FELL)
assert run([1], same_name_return_value_finally) in (('E1', [-1]), FELL)
assert run([2], same_name_return_value_finally) in ((None, [-1, -2, 39]), FELL)
assert run([2, 1], same_name_return_value_finally) in ((None, [-1, -2, 38, 39]), FELL)
assert run([2, 2], same_name_return_value_finally) in (('E2', [-1, -2, 39]), FELL)

assert run([], named_in_plain_return_const_finally) in ((6, [-1]), FELL)
assert run([1], named_in_plain_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], named_in_plain_return_const_finally) in ((6, [-1, -2, 39]), FELL)
assert run([2, 1], named_in_plain_return_const_finally) in ((5, [-1, -2, 39]), FELL)
assert run([2, 2], named_in_plain_return_const_finally) in (('E2', [-1, -2, 39]), FELL)

assert run([], loop_named_break_finally) in ((None, [40]), FELL)
assert run([1], loop_named_break_finally) in ((None, [-1, 40]), FELL)
assert run([2], loop_named_break_finally) in ((None, [-1, -1, 40]), FELL)
assert run([1, 1], loop_named_break_finally) in (('E1', [-1]), FELL)
assert run([1, 2], loop_named_break_finally) in ((None, [-1, -2, 39, 40]), FELL)
assert run([2, 2], loop_named_break_finally) in ((None, [-1, -2, 39, -1, 40]), FELL)

assert run([], three_named_return_value) in ((None, [-1]), FELL)
assert run([1], three_named_return_value) in (('E1', [-1]), FELL)
assert run([2], three_named_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], three_named_return_value) in ((None, [-1, -2, -3]), FELL)
assert run([2, 2], three_named_return_value) in (('E2', [-1, -2]), FELL)
assert run([2, 1, 1], three_named_return_value) in (('E1', [-1, -2, -3]), FELL)

