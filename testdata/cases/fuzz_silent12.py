# Silent wrongs found by scripts/fuzz-shapes.py at 0d28c500, reduced: a while True ending an enclosing
# while True's body, left by a test's break and by a with's break, its only jump back the with's
# suppressing path (seed 910 f277, 3.12 and 3.13: the test's break was printed as pass); a while True
# ending a tested loop's body, its test's break jumping to the enclosing loop's test copy and an except
# clause returning through a finally (rich seed 109 f135, 3.12 and 3.13: the clause's return was read as
# a copy of the code after the loop, the test's break lost); a while True in an except clause of a
# try/finally, left by a break and by `if not c(): return` laid out past the jump back (seed 911 f18, 3.14:
# the break was printed as pass). Each function checks itself on the paths below, whether or not it fell
# back; `c` and `n` give out after 60 calls (Budget).
# Now: the inner loop ends at the enclosing loop's jump back its test's break jumps to
# (WhileTrue.jumpedToFrom); a loop a break leaves for the code after it has no clause copies of that code
# (ClauseBreakCopies.breaksToExit); a then-branch leaving the except clause out of a loop inside it fails
# the function (ClauseEndBreaks.loopInClause): 3.14 clause_while_true_break_return_in_finally falls back.





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


def while_true_with_break_ends_while_true(c, t, x, n, m):
    while True:
        if c():
            break
        while True:
            if c():
                break
            with m(1) as w:
                break
    t(3)


def while_true_ends_tested_loop_clause_returns_in_finally(c, t, x, n, m):
    while not (c() and c()):
        while True:
            if c() and c():
                break
            try:
                x(5)
            except E1:
                pass
            except E2 as e:
                return 7
            finally:
                t(9)


def while_true_ends_tested_loop_clause_returns(c, t, x, n, m):
    while not c():
        while True:
            if c():
                break
            try:
                x(5)
            except E2:
                return 7
            finally:
                t(9)


def clause_while_true_break_return_in_finally(c, t, x, n, m):
    try:
        x(2)
    except E1:
        while True:
            if c() and c():
                break
            while not c():
                return 27
    finally:
        pass


def clause_while_true_break_if_return_in_finally(c, t, x, n, m):
    try:
        x(2)
    except E1:
        while True:
            if c():
                break
            if not c():
                return 27
    finally:
        t(9)

assert run([], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([0, 1], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([0, 1, 0, 1], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([2], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([3], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([0, 2], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 3], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 2], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([0, 0, 3], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)

assert run([], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in ((None, []), FELL)
assert run([0, 0, 2], while_true_ends_tested_loop_clause_returns_in_finally) in ((7, [-5, 9]), FELL)
assert run([0, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1, 0, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 1, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 2], while_true_ends_tested_loop_clause_returns_in_finally) in ((7, [-5, 9, -5, 9]), FELL)
assert run([1, 0, 1, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([2], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([3], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)

assert run([], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([0, 1], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 1], while_true_ends_tested_loop_clause_returns) in (('E1', [-5, 9]), FELL)
assert run([0, 0, 2], while_true_ends_tested_loop_clause_returns) in ((7, [-5, 9]), FELL)
assert run([0, 1, 0, 1], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_ends_tested_loop_clause_returns) in (('E1', [-5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 2], while_true_ends_tested_loop_clause_returns) in ((7, [-5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 1, 1], while_true_ends_tested_loop_clause_returns) in ((None, [-5, 9]), FELL)
assert run([2], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([3], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([0, 2], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)

assert run([], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([2], clause_while_true_break_return_in_finally) in (('E2', [-2]), FELL)
assert run([1, 1, 1], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1, 1, 0, 1, 1, 1], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1, 1, 0, 0], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([1, 0, 0, 1, 1], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)

assert run([], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1], clause_while_true_break_if_return_in_finally) in ((27, [-2, 9]), FELL)
assert run([2], clause_while_true_break_if_return_in_finally) in (('E2', [-2, 9]), FELL)
assert run([1, 1, 1], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 1, 0, 1, 1, 1], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 1, 0, 0], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 0, 0, 1, 1], clause_while_true_break_if_return_in_finally) in ((27, [-2, 9]), FELL)
