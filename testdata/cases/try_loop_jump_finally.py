# `try: break` / `try: continue` with a finally body that runs straight: the body protects nothing, so
# no exception-table entry reaches the finally handler (3.12+ lay it out last); the try's body is the
# break's or continue's unwinding (compile.c, compiler_break / compiler_continue: the finally body's copy,
# then a for loop's iterator pop for a break) and its jump (OrphanHandlers.loopJumpFinallyStarts,
# TryFinally.loopJumpEnd). Each function checks itself on the paths below, whether or not it fell back.
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


def for_try_break_finally(c, t, x, n, m):
    for i in n():
        try:
            break
        finally:
            t(24)
    t(36)


def while_try_continue_finally(c, t, x, n, m):
    while c():
        try:
            continue
        finally:
            t(24)
    t(36)


def for_if_try_break_finally(c, t, x, n, m):
    for i in n():
        t(i)
        if c():
            try:
                break
            finally:
                t(24)
        t(30)
    else:
        t(35)
    t(36)


def while_if_try_continue_finally(c, t, x, n, m):
    while c():
        if c():
            try:
                continue
            finally:
                t(24)
                t(25)
        t(30)
    t(36)
assert run([], for_try_break_finally) in ((None, [36]), FELL)
assert run([1], for_try_break_finally) in ((None, [24, 36]), FELL)
assert run([2], for_try_break_finally) in ((None, [24, 36]), FELL)
assert run([3], for_try_break_finally) in ((None, [24, 36]), FELL)

assert run([], while_try_continue_finally) in ((None, [36]), FELL)
assert run([1], while_try_continue_finally) in ((None, [24, 36]), FELL)
assert run([1, 1], while_try_continue_finally) in ((None, [24, 24, 36]), FELL)
assert run([1, 1, 1], while_try_continue_finally) in ((None, [24, 24, 24, 36]), FELL)
assert run([1, 1, 1, 1], while_try_continue_finally) in ((None, [24, 24, 24, 24, 36]), FELL)
assert run([1, 1, 1, 1, 1], while_try_continue_finally) in ((None, [24, 24, 24, 24, 24, 36]), FELL)

assert run([], for_if_try_break_finally) in ((None, [35, 36]), FELL)
assert run([1], for_if_try_break_finally) in ((None, [0, 30, 35, 36]), FELL)
assert run([2], for_if_try_break_finally) in ((None, [0, 30, 1, 30, 35, 36]), FELL)
assert run([3], for_if_try_break_finally) in ((None, [0, 30, 1, 30, 2, 30, 35, 36]), FELL)
assert run([1, 1], for_if_try_break_finally) in ((None, [0, 24, 36]), FELL)
assert run([2, 0, 1], for_if_try_break_finally) in ((None, [0, 30, 1, 24, 36]), FELL)

assert run([], while_if_try_continue_finally) in ((None, [36]), FELL)
assert run([1], while_if_try_continue_finally) in ((None, [30, 36]), FELL)
assert run([1, 1], while_if_try_continue_finally) in ((None, [24, 25, 36]), FELL)
assert run([1, 0, 1], while_if_try_continue_finally) in ((None, [30, 30, 36]), FELL)
assert run([1, 1, 1], while_if_try_continue_finally) in ((None, [24, 25, 30, 36]), FELL)
assert run([1, 0, 1, 1], while_if_try_continue_finally) in ((None, [30, 24, 25, 36]), FELL)


