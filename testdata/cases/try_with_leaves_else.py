# min-version: 3.11
# Found on 2026-12-06 (thirtieth session): unseen seed 183 f92 (3.14, silently wrong; found only by
# --verify), reduced. A try whose body ends with a with that leaves (break, continue, return): the try's
# else clause is reached only by the with's suppressing path, laid out after the with's handler. The
# with took that code for its own code after it in the try body, so the else's statements became
# protected by the except clause. The with now leaves code the try's handler does not protect to the try
# (3.13, 3.14 read the else; 3.11, 3.12 and the break followed by code still fall back).
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




def loop_try_with_break_else_if(c, t, x, n, m):
    while c():
        try:
            with m(16) as w:
                break
        except E1:
            pass
        else:
            if not c():
                pass


def loop_try_with_break_else_if_then_code(c, t, x, n, m):
    while c():
        try:
            with m(16) as w:
                x(1)
                break
        except E1:
            t(2)
        else:
            if not c():
                x(3)
    t(4)


def loop_try_with_continue_else(c, t, x, n, m):
    while c():
        try:
            with m(16) as w:
                x(1)
                continue
        except E1:
            t(2)
        else:
            if c():
                t(3)
                return 4


def for_try_with_return_else(c, t, x, n, m):
    for i in n():
        try:
            with m(16) as w:
                t(1)
                return 2
        except E1:
            t(3)
        else:
            t(4)
            if c():
                break

assert run([], loop_try_with_break_else_if) in ((None, []), FELL)
assert run([1], loop_try_with_break_else_if) in ((None, [('enter', 16), ('exit', 16, False)]), FELL)

assert run([], loop_try_with_break_else_if_then_code) in ((None, [4]), FELL)
assert run([1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, 4]), FELL)
assert run([1, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), -3, 4]), FELL)
assert run([1, 1, 0, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), 4]), FELL)
assert run([1, 1, 0, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 2, 4]), FELL)
assert run([1, 1, 0, 1, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1, 0, 1], loop_try_with_break_else_if_then_code) in (('E1', [('enter', 16), -1, ('exit', 16, True), -3]), FELL)
assert run([1, 1, 1, 0, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, True), -3]), FELL)
assert run([1, 1, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1, 0, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, True), -3, 4]), FELL)
assert run([1, 1, 1, 0, 0, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), -3, ('enter', 16), -1, ('exit', 16, False), 4]), FELL)

assert run([], loop_try_with_continue_else) in ((None, []), FELL)
assert run([1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, True)]), FELL)
assert run([1, 0, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 0, 1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1, 1], loop_try_with_continue_else) in ((4, [('enter', 16), -1, ('exit', 16, True), 3]), FELL)
assert run([1, 0, 1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 0, 1, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, True)]), FELL)
assert run([1, 1, 0, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 1, 0, 1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)

assert run([], for_try_with_return_else) in ((None, []), FELL)
assert run([1], for_try_with_return_else) in ((2, [('enter', 16), 1, ('exit', 16, False)]), FELL)

