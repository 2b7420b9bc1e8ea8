# The functions scripts/fuzz-shapes.py (seeds 1-5, rich 1-4) knew to decompile into code behaving differently
# (testdata/fuzz/known-wrong-3.1x.txt), reduced: a while
# True ending an except clause with a name, whose breaks copy the clause's end, read with the name's cleanup
# handler after it as code (3.13, 3.14); an assert ending an elif in a for body that went on with the next elif
# (3.12); a nested with whose body returns, the code after it reached only by suppressing, dropped (3.12,
# 3.13); a while True filling a try/except/finally body whose clause returns, that return read as the
# loop's breaks' copy (3.14); a chained comparison's jump to a return past the end of the except's range
# (3.14, read right now, 3.12-3.14); a for-else ending a try body in a while, whose break jumps back to the while's
# head while its else breaks out through a copied return (3.14, falls back now). Each function checks itself
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


def while_true_ending_named_clause(c, t, x, n, m):
    # the loop's break is a copy of the clause's end; after its jump back lies the name's cleanup
    # handler (3.13), not code after the loop
    try:
        x(22)
    except E2 as e:
        if not c():
            pass
        else:
            while True:
                if c() != 1:
                    break
    t(1)


def while_true_ending_named_clause_body(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        if c():
            pass
        else:
            while True:
                if c() != 1:
                    break
                t(17)
    t(18)


def assert_ending_elif_in_for(c, t, x, n, m):
    # 3.12: the assert's passing test jumps back to the loop's head, past the elif after it
    for k in n():
        if c() and (c() or c()):
            pass
        elif c() in (1, 2, 3):
            assert c() and c(), 27
        elif c():
            t(31)


def nested_with_return_suppressed(c, t, x, n, m):
    # the outer with's normal exit is reached only by the inner one suppressing (3.12, 3.13): the code
    # after the statement is the outer's suppressing path's
    with m(2) as w, m(3):
        return x(23) or w
    t(24)


def while_true_filling_try_finally_body(c, t, x, n, m):
    # the try's ranges cover the whole loop, its jump back too (3.14): the except clause's return
    # (a copy of the finally body, then the return) is the clause's own, not a break's copy
    try:
        while True:
            if not c():
                break
            x(1)
    except E1:
        while c():
            return 12
    finally:
        t(42)


def chain_return_ending_try_in_while(c, t, x, n, m):
    # the chain jumps over its cleanup to the return, laid out past the except's range (3.13+; fell back,
    # exact now: Chains, RangeTailExits.thenEnd past the dead cleanup, TryFinally's empty finally copy)
    while c():
        try:
            if 0 < c() < 5:
                return 1
        except E1:
            pass
        finally:
            pass

def plain_return_ending_try_in_while(c, t, x, n, m):
    # the same without the chain (3.12+): the clause jumps back to the empty finally body's copy, a NOP
    while c():
        try:
            if c() < 5:
                return 1
        except E1:
            pass
        finally:
            pass

def for_else_break_ending_try_in_while(c, t, x, n, m):
    # 3.14 seed 5 f159: the for's break jumps back to the while's head, the else's break is a copy of the
    # return after the while, laid past the try's range, where it read as code after the for: the for's
    # break then returned (falls back now: ForLoops.backBreakElseFallsOff)
    while c() and c():
        try:
            for k in n():
                x(2)
                break
            else:
                t(3)
                break
        except E1:
            pass
        except E2 as e:
            pass


assert run([], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([1], while_true_ending_named_clause) in (('E1', [-22]), FELL)
assert run([2, 0], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([2, 1, 1, 0], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([2, 1, 1, 1, 2], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([], while_true_ending_named_clause_body) in ((None, [-1, 18]), FELL)
assert run([1], while_true_ending_named_clause_body) in (('E1', [-1]), FELL)
assert run([2, 0, 1], while_true_ending_named_clause_body) in ((None, [-1, 17, 18]), FELL)
assert run([2, 0, 1, 1], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 18]), FELL)
assert run([2, 0, 1, 1, 1], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 17, 18]), FELL)
assert run([2, 0, 1, 1, 1, 1, 3, 0, 2, 0], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 17, 17, 18]), FELL)
assert run([2, 1, 0], while_true_ending_named_clause_body) in ((None, [-1, 18]), FELL)
assert run([2, 0, 1, 1, 0], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 18]), FELL)
assert run([], assert_ending_elif_in_for) in ((None, []), FELL)
assert run([1, 0, 2], assert_ending_elif_in_for) in (('AssertionError', []), FELL)
assert run([1, 0, 0, 2], assert_ending_elif_in_for) in ((None, [31]), FELL)
assert run([3, 0, 0, 3, 0, 2], assert_ending_elif_in_for) in (('AssertionError', [31]), FELL)
assert run([2, 0, 0, 1, 3, 0, 0, 0, 2], assert_ending_elif_in_for) in ((None, [31, 31]), FELL)
assert run([1, 0, 2, 1, 1, 1], assert_ending_elif_in_for) in ((None, []), FELL)
assert run([2, 0, 2, 1, 1, 0, 3, 1, 1, 1], assert_ending_elif_in_for) in ((None, []), FELL)
assert run([], nested_with_return_suppressed) in ((2, [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([2], nested_with_return_suppressed) in (('E2', [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1], nested_with_return_suppressed) in (('E1', [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([2, 1], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, True), ('exit', 2, False), 24]), FELL)
assert run([2, 0, 3], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, True), 24]), FELL)
assert run([1, 1], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, True), ('exit', 2, False), 24]), FELL)
assert run([2, 2, 1], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, True), 24]), FELL)
assert run([], while_true_filling_try_finally_body) in ((None, [42]), FELL)
assert run([2], while_true_filling_try_finally_body) in ((None, [-1, 42]), FELL)
assert run([3, 2], while_true_filling_try_finally_body) in (('E2', [-1, 42]), FELL)
assert run([1, 3, 3], while_true_filling_try_finally_body) in ((None, [-1, -1, 42]), FELL)
assert run([1, 1, 1], while_true_filling_try_finally_body) in ((12, [-1, 42]), FELL)
assert run([3, 0, 2, 2], while_true_filling_try_finally_body) in (('E2', [-1, -1, 42]), FELL)
assert run([1, 3, 3, 1, 2], while_true_filling_try_finally_body) in ((12, [-1, -1, 42]), FELL)
assert run([3, 0, 2, 3, 3], while_true_filling_try_finally_body) in ((None, [-1, -1, -1, 42]), FELL)
assert run([2, 0, 2, 3, 2, 2], while_true_filling_try_finally_body) in (('E2', [-1, -1, -1, 42]), FELL)
assert run([2, 3, 2, 3, 3, 1, 3], while_true_filling_try_finally_body) in ((12, [-1, -1, -1, 42]), FELL)
assert run([2, 0, 1, 0, 2, 0, 1], while_true_filling_try_finally_body) in ((None, [-1, -1, -1, -1, 42]), FELL)
assert run([3, 3, 1, 0, 1, 0, 2, 2], while_true_filling_try_finally_body) in (('E2', [-1, -1, -1, -1, 42]), FELL)
assert run([], chain_return_ending_try_in_while) in ((None, []), FELL)
assert run([2, 3], chain_return_ending_try_in_while) in ((1, []), FELL)
assert run([], plain_return_ending_try_in_while) in ((None, []), FELL)
assert run([2, 3], plain_return_ending_try_in_while) in ((1, []), FELL)
assert run([2, 7, 0], plain_return_ending_try_in_while) in ((None, []), FELL)
assert run([], for_else_break_ending_try_in_while) in ((None, []), FELL)
assert run([1], for_else_break_ending_try_in_while) in ((None, []), FELL)
assert run([1, 1], for_else_break_ending_try_in_while) in ((None, [3]), FELL)
assert run([1, 1, 0], for_else_break_ending_try_in_while) in ((None, [3]), FELL)
assert run([1, 1, 1, 0], for_else_break_ending_try_in_while) in ((None, [-2]), FELL)
assert run([1, 1, 1, 0, 1, 1, 0], for_else_break_ending_try_in_while) in ((None, [-2, 3]), FELL)
assert run([1, 1, 1, 1], for_else_break_ending_try_in_while) in ((None, [-2]), FELL)
assert run([1, 1, 1, 2, 1, 1, 0], for_else_break_ending_try_in_while) in ((None, [-2, 3]), FELL)
assert run([1, 1, 2, 1, 1, 0, 0], for_else_break_ending_try_in_while) in ((None, [-2]), FELL)
