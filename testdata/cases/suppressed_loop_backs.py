# Loops closed only by a with's suppressing path: a while True whose body ends with a with that returns,
# so its only jump back is laid out after the with's handler. Found as fuzz-shapes seed 20 f494 (3.12,
# 3.13), where the return after the with's exit call was read as code after the loop and the if's break
# to the enclosing loop's head then returned. Exact on 3.11-3.14 now (WhileTrue.withTailExit places the
# loop's exit after the return; WhileTrue.breaksElsewhere keeps its guard). Each function checks itself
# on the paths below, whether or not it fell back.


class E1(Exception):
    pass


class E2(Exception):
    pass


FELL = ('fell back',)


def run(answers, f):
    """f's result (or the name of the exception it raised) and what it logged; answers drive every test,
    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).
    FELL when f fell back to its disassembly (its honest raise)."""
    seen = []
    it = iter(answers)

    def c():
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


def for_while_true_with_return(c, t, x, n, m):
    # seed 20 f494 (3.12, 3.13): the while True's only jump back is the with's suppressing path; the
    # return after the with's exit call read as code after the loop, the if's break to the for's head
    # then returned (falls back now: WhileTrue.breaksElsewhere)
    for j in n():
        while True:
            if c():
                break
            with m(6) as w:
                return 7
    t(8)


def for_while_true_with_log_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            with m(6):
                x(1)
                return 7
    t(8)


def while_while_true_with_return(c, t, x, n, m):
    while c():
        while True:
            if c():
                break
            with m(6):
                return x(7)
        t(5)


assert run([1, 3, 0, 0, 0], for_while_true_with_return) in ((None, [8]), FELL)
assert run([1, 0, 2, 1, 0, 1], for_while_true_with_return) in ((7, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 3], for_while_true_with_log_return) in ((None, [8]), FELL)
assert run([1, 0], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 0, 2, 0, 3], for_while_true_with_log_return) in (('E2', [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 2, 0, 1, 2, 2], for_while_true_with_log_return) in (('E1', [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2, 0, 2, 3, 2, 3], for_while_true_with_log_return) in ((None, [('enter', 6), -1, ('exit', 6, True), 8]), FELL)
assert run([3, 0, 1, 3, 1], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2, 0, 1, 3, 0, 1, 0], for_while_true_with_log_return) in (('E1', [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 0, 1, 1, 1, 0, 2, 3], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2], while_while_true_with_return) in ((None, [('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([1, 0, 2], while_while_true_with_return) in (('E2', [('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([0, 2], while_while_true_with_return) in ((None, []), FELL)
assert run([2, 2, 0, 2, 0, 3], while_while_true_with_return) in ((None, [5]), FELL)
assert run([2, 2, 3, 2, 3, 3, 2, 3], while_while_true_with_return) in ((None, [5, 5, 5, 5]), FELL)
assert run([1, 3, 3, 3, 1, 0], while_while_true_with_return) in ((None, [5, 5, ('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([2, 3, 1], while_while_true_with_return) in ((None, [5, ('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([2, 3, 2, 3, 0, 3], while_while_true_with_return) in ((None, [5, 5]), FELL)
