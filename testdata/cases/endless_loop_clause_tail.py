# Found on 2026-12-05 (nineteenth session), unseen rich seed 146 f138, silently wrong on 3.12 and 3.13 (older
# than the session; --verify withdrew it). In a while loop, the code an except clause goes on to after a
# try whose body leaves is laid out past the handlers with the copy of the loop's test; when that code was
# a loop of its own, its exits jumping to the copy made the copy a jump target, read as the whole tail of
# the body, and the loop was printed after the while loop (after a `while True` that never breaks). Now:
# - pipeline.UnreachableCode fails a function printing a statement after a while True loop with no break
#   of its own (3.10+ drop such code), so such a misreading falls back;
# - DisplacedLoopTails reads a tail holding statements with jumps of their own (structuredTailCopy).
# 3.14 still falls back on the while True shapes ("unstructured backward jump"): known misses.
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




def while_true_inner_clause_then_loop(c, t, x, n, m):
    while True:
        while c():
            try:
                raise E1(5)
            except E1:
                x(7)
            while c():
                t(8)
        t(1)


def while_true_inner_clause_then_call(c, t, x, n, m):
    while True:
        while c():
            try:
                raise E1(5)
            except E1:
                x(7)
            t(2)
        t(1)


def while_inner_clause_then_loop(c, t, x, n, m):
    while c():
        try:
            raise E1(5)
        except E1:
            x(7)
        while c():
            t(8)
    t(1)


def while_inner_clause_then_if_else(c, t, x, n, m):
    while c():
        try:
            x(5)
            return 3
        except E1:
            x(7)
        if c():
            t(8)
        else:
            t(9)
    t(1)


def while_inner_clause_then_for(c, t, x, n, m):
    while c():
        try:
            raise E2(5)
        except E2:
            t(7)
        for k in n():
            t(k)
    return 4

assert run([], while_true_inner_clause_then_loop) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_inner_clause_then_loop) in (('Budget', [-7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], while_true_inner_clause_then_loop) in (('Budget', [1, -7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], while_true_inner_clause_then_loop) in (('E1', [-7]), FELL)
assert run([1, 2], while_true_inner_clause_then_loop) in (('E2', [-7]), FELL)
assert run([0, 0, 1], while_true_inner_clause_then_loop) in (('Budget', [1, 1, -7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)

assert run([], while_true_inner_clause_then_call) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_inner_clause_then_call) in (('Budget', [-7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], while_true_inner_clause_then_call) in (('Budget', [1, -7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], while_true_inner_clause_then_call) in (('E1', [-7]), FELL)
assert run([1, 2], while_true_inner_clause_then_call) in (('E2', [-7]), FELL)
assert run([0, 0, 1], while_true_inner_clause_then_call) in (('Budget', [1, 1, -7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)

assert run([], while_inner_clause_then_loop) in ((None, [1]), FELL)
assert run([1], while_inner_clause_then_loop) in ((None, [-7, 1]), FELL)
assert run([1, 1], while_inner_clause_then_loop) in (('E1', [-7]), FELL)
assert run([1, 2], while_inner_clause_then_loop) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_inner_clause_then_loop) in ((None, [-7, 8, 1]), FELL)
assert run([1, 0, 0, 1], while_inner_clause_then_loop) in ((None, [-7, -7, 1]), FELL)

assert run([], while_inner_clause_then_if_else) in ((None, [1]), FELL)
assert run([1], while_inner_clause_then_if_else) in ((3, [-5]), FELL)
assert run([1, 1], while_inner_clause_then_if_else) in ((None, [-5, -7, 9, 1]), FELL)
assert run([1, 2], while_inner_clause_then_if_else) in (('E2', [-5]), FELL)
assert run([1, 1, 1], while_inner_clause_then_if_else) in (('E1', [-5, -7]), FELL)
assert run([1, 1, 2], while_inner_clause_then_if_else) in (('E2', [-5, -7]), FELL)

assert run([], while_inner_clause_then_for) in ((4, []), FELL)
assert run([1], while_inner_clause_then_for) in ((4, [7]), FELL)
assert run([1, 1], while_inner_clause_then_for) in ((4, [7, 0]), FELL)
assert run([1, 2], while_inner_clause_then_for) in ((4, [7, 0, 1]), FELL)
assert run([1, 0, 1], while_inner_clause_then_for) in ((4, [7, 7]), FELL)
assert run([1, 1, 1], while_inner_clause_then_for) in ((4, [7, 0, 7]), FELL)

