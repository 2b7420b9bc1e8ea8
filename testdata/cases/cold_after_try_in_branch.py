# A try whose body returns, inside an if branch (or a loop's), its except clauses going on with the code
# after it: 3.12+ lay that code out after the handlers, ending with a jump back to where the if goes on
# (ColdContinuations). The body's `return` lies past the protected range (compile.c's compiler_return
# unwinds the try's block first; for a constant also before loading it), which the try read as the code
# after the statement, and 3.14's `LOAD_SMALL_INT; RETURN_VALUE` was not taken for the body's return: every
# function here fell back on 3.12-3.14 at 5ddd2da1 (Tries.unprotectedReturnEnd, ColdContinuations.returnsFrom).
# Each function checks itself on the paths below, whether or not it fell back.
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


def try_return_in_then_branch_then_code(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_else_branch_then_code(c, t, x, n, m):
    if c():
        pass
    else:
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_else_after_then_code(c, t, x, n, m):
    if c():
        t(1)
    else:
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_negated_branch_then_code(c, t, x, n, m):
    if not c():
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_branch_then_while(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    while c():
        t(30)


def try_return_in_branch_then_while_true(c, t, x, n, m):
    if c():
        pass
    else:
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    while True:
        if c():
            break
        t(30)


def try_value_return_in_branch_then_code(c, t, x, n, m):
    if c():
        try:
            v = c()
            x(1)
            return v
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_branch_in_loop(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(1)
                return 10
            except E1:
                pass
            t(20)
        t(30)


def try_with_return_in_else_then_code(c, t, x, n, m):
    # the with's suppressing path goes where the clauses do, to the code after the try laid out after the
    # handlers (3.12: through a lone jump after the with's handler)
    if c():
        pass
    else:
        try:
            with m(7):
                return 10
        except E1:
            pass
        t(20)
    t(30)


def try_with_return_in_else_then_while_true(c, t, x, n, m):
    if c():
        pass
    else:
        try:
            with m(7):
                x(1)
                return 10
        except E1:
            pass
        t(20)
    while True:
        t(5)
        if c():
            break


assert run([], try_return_in_then_branch_then_code) in ((None, [30]), FELL)
assert run([1], try_return_in_then_branch_then_code) in ((10, [-1]), FELL)
assert run([1, 1], try_return_in_then_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([1, 2], try_return_in_then_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_then_branch_then_code) in ((10, [-1]), FELL)
assert run([3], try_return_in_then_branch_then_code) in ((10, [-1]), FELL)
assert run([2, 1], try_return_in_then_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([2, 2], try_return_in_then_branch_then_code) in (('E2', [-1]), FELL)
assert run([3, 1], try_return_in_then_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([3, 2], try_return_in_then_branch_then_code) in (('E2', [-1]), FELL)

assert run([], try_return_in_else_branch_then_code) in ((10, [-1]), FELL)
assert run([1], try_return_in_else_branch_then_code) in ((None, [30]), FELL)
assert run([0, 1], try_return_in_else_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([0, 2], try_return_in_else_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_else_branch_then_code) in ((None, [30]), FELL)
assert run([3], try_return_in_else_branch_then_code) in ((None, [30]), FELL)

assert run([], try_return_in_else_after_then_code) in ((10, [-1]), FELL)
assert run([1], try_return_in_else_after_then_code) in ((None, [1, 30]), FELL)
assert run([0, 1], try_return_in_else_after_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([0, 2], try_return_in_else_after_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_else_after_then_code) in ((None, [1, 30]), FELL)
assert run([3], try_return_in_else_after_then_code) in ((None, [1, 30]), FELL)

assert run([], try_return_in_negated_branch_then_code) in ((10, [-1]), FELL)
assert run([1], try_return_in_negated_branch_then_code) in ((None, [30]), FELL)
assert run([0, 1], try_return_in_negated_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([0, 2], try_return_in_negated_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_negated_branch_then_code) in ((None, [30]), FELL)
assert run([3], try_return_in_negated_branch_then_code) in ((None, [30]), FELL)

assert run([], try_return_in_branch_then_while) in ((None, []), FELL)
assert run([1], try_return_in_branch_then_while) in ((10, [-1]), FELL)
assert run([0, 1], try_return_in_branch_then_while) in ((None, [30]), FELL)
assert run([1, 1], try_return_in_branch_then_while) in ((None, [-1, 20]), FELL)
assert run([1, 2], try_return_in_branch_then_while) in (('E2', [-1]), FELL)
assert run([0, 1, 1], try_return_in_branch_then_while) in ((None, [30, 30]), FELL)
assert run([1, 1, 1], try_return_in_branch_then_while) in ((None, [-1, 20, 30]), FELL)
assert run([0, 1, 1, 1], try_return_in_branch_then_while) in ((None, [30, 30, 30]), FELL)
assert run([1, 1, 1, 1], try_return_in_branch_then_while) in ((None, [-1, 20, 30, 30]), FELL)
assert run([0, 1, 1, 1, 1], try_return_in_branch_then_while) in ((None, [30, 30, 30, 30]), FELL)

assert run([], try_return_in_branch_then_while_true) in ((10, [-1]), FELL)
assert run([1], try_return_in_branch_then_while_true) in (('Budget', [30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]), FELL)
assert run([0, 1], try_return_in_branch_then_while_true) in (('Budget', [-1, 20, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]), FELL)
assert run([0, 2], try_return_in_branch_then_while_true) in (('E2', [-1]), FELL)
assert run([1, 1], try_return_in_branch_then_while_true) in ((None, []), FELL)
assert run([0, 1, 1], try_return_in_branch_then_while_true) in ((None, [-1, 20]), FELL)
assert run([1, 0, 1], try_return_in_branch_then_while_true) in ((None, [30]), FELL)
assert run([0, 1, 0, 1], try_return_in_branch_then_while_true) in ((None, [-1, 20, 30]), FELL)
assert run([1, 0, 0, 1], try_return_in_branch_then_while_true) in ((None, [30, 30]), FELL)
assert run([0, 1, 0, 0, 1], try_return_in_branch_then_while_true) in ((None, [-1, 20, 30, 30]), FELL)

assert run([], try_value_return_in_branch_then_code) in ((None, [30]), FELL)
assert run([1], try_value_return_in_branch_then_code) in ((0, [-1]), FELL)
assert run([1, 1], try_value_return_in_branch_then_code) in ((1, [-1]), FELL)
assert run([1, 2], try_value_return_in_branch_then_code) in ((2, [-1]), FELL)
assert run([1, 3], try_value_return_in_branch_then_code) in ((3, [-1]), FELL)
assert run([1, 0, 1], try_value_return_in_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([1, 0, 2], try_value_return_in_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_value_return_in_branch_then_code) in ((0, [-1]), FELL)
assert run([3], try_value_return_in_branch_then_code) in ((0, [-1]), FELL)
assert run([2, 1], try_value_return_in_branch_then_code) in ((1, [-1]), FELL)

assert run([], try_return_in_branch_in_loop) in ((None, []), FELL)
assert run([1], try_return_in_branch_in_loop) in ((None, [30]), FELL)
assert run([2], try_return_in_branch_in_loop) in ((None, [30, 30]), FELL)
assert run([3], try_return_in_branch_in_loop) in ((None, [30, 30, 30]), FELL)
assert run([1, 1], try_return_in_branch_in_loop) in ((10, [-1]), FELL)
assert run([1, 1, 1], try_return_in_branch_in_loop) in ((None, [-1, 20, 30]), FELL)
assert run([1, 1, 2], try_return_in_branch_in_loop) in (('E2', [-1]), FELL)
assert run([2, 0, 1], try_return_in_branch_in_loop) in ((10, [30, -1]), FELL)
assert run([2, 1, 1], try_return_in_branch_in_loop) in ((None, [-1, 20, 30, 30]), FELL)
assert run([3, 1, 1], try_return_in_branch_in_loop) in ((None, [-1, 20, 30, 30, 30]), FELL)


assert run([], try_with_return_in_else_then_code) in ((10, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([1], try_with_return_in_else_then_code) in ((None, [30]), FELL)
assert run([2], try_with_return_in_else_then_code) in ((None, [30]), FELL)
assert run([3], try_with_return_in_else_then_code) in ((None, [30]), FELL)
assert run([], try_with_return_in_else_then_while_true) in ((10, [('enter', 7), -1, ('exit', 7, False)]), FELL)
assert run([0, 2], try_with_return_in_else_then_while_true) in (('E2', [('enter', 7), -1, ('exit', 7, False)]), FELL)
assert run([1, 1], try_with_return_in_else_then_while_true) in ((None, [5]), FELL)
assert run([1, 0, 1], try_with_return_in_else_then_while_true) in ((None, [5, 5]), FELL)
assert run([0, 1, 0, 1], try_with_return_in_else_then_while_true) in ((None, [('enter', 7), -1, ('exit', 7, False), 20, 5]), FELL)
assert run([0, 1, 1, 1], try_with_return_in_else_then_while_true) in ((None, [('enter', 7), -1, ('exit', 7, True), 20, 5]), FELL)
assert run([1, 0, 0, 1], try_with_return_in_else_then_while_true) in ((None, [5, 5, 5]), FELL)
assert run([0, 1, 0, 0, 1], try_with_return_in_else_then_while_true) in ((None, [('enter', 7), -1, ('exit', 7, False), 20, 5, 5]), FELL)
assert run([0, 1, 1, 0, 1], try_with_return_in_else_then_while_true) in ((None, [('enter', 7), -1, ('exit', 7, True), 20, 5, 5]), FELL)
