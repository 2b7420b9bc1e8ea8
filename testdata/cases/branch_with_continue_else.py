# Found on 2026-12-05 (twenty-first session) by --verify on unseen seed 166 f150 (3.12, 3.13 printed wrong
# code): `if c(): with m(): ...; continue / else: with m(): return 9` in a while loop. The then-branch
# ends in a continue, so the else's code reads as the code after the if; the with's suppressing path goes
# to the copy of the loop's test laid out after the handlers, which the loop had read, and nothing was
# written for it: suppressing, the printed code ran into the else's code. Withs.codeAfterLoopExit writes
# the continue (layout differs: the else is printed after the if).
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




def branch_with_continue_else_return(c, t, x, n, m):
    while c():
        if c():
            with m(5) as w:
                x(6)
                continue
        else:
            with m(7):
                return 9
    t(10)


def branch_with_continue_else_withs_return(c, t, x, n, m):
    while c() and c():
        if c() or c():
            t(1)
            with m(5) as w:
                x(6)
                continue
        else:
            with m(7), m(8):
                return 9
    t(10)


def branch_with_continue_else_code(c, t, x, n, m):
    while c():
        if c():
            with m(5):
                x(6)
                continue
        else:
            t(7)
        x(8)
    return 10

assert run([], branch_with_continue_else_return) in ((None, [10]), FELL)
assert run([1], branch_with_continue_else_return) in ((9, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 1], branch_with_continue_else_return) in ((None, [('enter', 5), -6, ('exit', 5, False), 10]), FELL)
assert run([1, 1, 1], branch_with_continue_else_return) in (('E1', [('enter', 5), -6, ('exit', 5, False)]), FELL)
assert run([1, 1, 2], branch_with_continue_else_return) in (('E2', [('enter', 5), -6, ('exit', 5, False)]), FELL)
assert run([1, 1, 0, 1], branch_with_continue_else_return) in ((9, [('enter', 5), -6, ('exit', 5, False), ('enter', 7), ('exit', 7, False)]), FELL)

assert run([], branch_with_continue_else_withs_return) in ((None, [10]), FELL)
assert run([1, 1], branch_with_continue_else_withs_return) in ((9, [('enter', 7), ('enter', 8), ('exit', 8, False), ('exit', 7, False)]), FELL)
assert run([1, 1, 1], branch_with_continue_else_withs_return) in ((None, [1, ('enter', 5), -6, ('exit', 5, False), 10]), FELL)
assert run([1, 1, 1, 1], branch_with_continue_else_withs_return) in (('E1', [1, ('enter', 5), -6, ('exit', 5, False)]), FELL)
assert run([1, 1, 1, 2], branch_with_continue_else_withs_return) in (('E2', [1, ('enter', 5), -6, ('exit', 5, False)]), FELL)
assert run([1, 1, 1, 1, 1], branch_with_continue_else_withs_return) in ((None, [1, ('enter', 5), -6, ('exit', 5, True), 10]), FELL)

assert run([], branch_with_continue_else_code) in ((10, []), FELL)
assert run([1], branch_with_continue_else_code) in ((10, [7, -8]), FELL)
assert run([1, 1], branch_with_continue_else_code) in ((10, [('enter', 5), -6, ('exit', 5, False)]), FELL)
assert run([1, 0, 1], branch_with_continue_else_code) in (('E1', [7, -8]), FELL)
assert run([1, 0, 2], branch_with_continue_else_code) in (('E2', [7, -8]), FELL)
assert run([1, 1, 1], branch_with_continue_else_code) in (('E1', [('enter', 5), -6, ('exit', 5, False)]), FELL)

