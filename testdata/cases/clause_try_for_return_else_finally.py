# Found on 2026-12-06 (twenty-fourth session): unseen seed 171 f196 (3.12, 3.13, 3.14 behaved differently
# on the fuzz's input streams). In an except clause, `try: for i in n(): return 42 / else: t(43) /
# finally: t(45)`: the return's unwinding (the finally body's copy, the clause's POP_EXCEPT) leaves a gap
# in the try/finally's range, which goes on at the loop's exit. In an except clause that code is not in
# the normal flow, and TryRanges.exitGap looked for a conditional or forward jump from the body to it,
# not the loop's FOR_ITER: the range ended at the gap, and the else and the rest of the body were read as
# a second try/finally after the first (t(45) ran twice). jumpedFrom now counts a for loop's exit.
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




def clause_try_for_return_else_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for i in n():
                return 42
            else:
                t(43)
        finally:
            t(45)


def named_clause_try_for_branch_return_else_finally(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        try:
            for i in n():
                if c():
                    return 42
                t(3)
            else:
                t(43)
        finally:
            t(45)
    t(46)

def clause_try_for_return_except(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for i in n():
                return 42
            t(43)
        except E2:
            t(44)
    t(46)

def clause_try_while_return_else_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            while c():
                return 42
            else:
                t(43)
        finally:
            t(45)
    t(46)

def clause_with_for_return_else(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(2):
            for i in n():
                return 42
            else:
                t(43)
    t(46)

def loop_clause_try_for_break_else_finally(c, t, x, n, m):
    for j in n():
        try:
            x(1)
        except E1:
            try:
                for i in n():
                    break
                else:
                    t(43)
            finally:
                t(45)
        t(46)

def clause_try_for_return_value_else_return_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for i in n():
                return x(42)
            else:
                return 43
        finally:
            t(45)
    t(46)

def clause_try_nested_for_return_else_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for i in n():
                for k in n():
                    return 42
                t(5)
            else:
                t(43)
        finally:
            t(45)
    t(46)

assert run([], clause_try_for_return_else_finally) in ((None, [-1]), FELL)
assert run([1], clause_try_for_return_else_finally) in ((None, [-1, 43, 45]), FELL)
assert run([2], clause_try_for_return_else_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_for_return_else_finally) in ((42, [-1, 45]), FELL)

assert run([], named_clause_try_for_branch_return_else_finally) in ((None, [-1, 46]), FELL)
assert run([1], named_clause_try_for_branch_return_else_finally) in ((None, [-1, 43, 45, 46]), FELL)
assert run([2], named_clause_try_for_branch_return_else_finally) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_try_for_branch_return_else_finally) in ((None, [-1, 3, 43, 45, 46]), FELL)
assert run([1, 2], named_clause_try_for_branch_return_else_finally) in ((None, [-1, 3, 3, 43, 45, 46]), FELL)
assert run([1, 1, 1], named_clause_try_for_branch_return_else_finally) in ((42, [-1, 45]), FELL)

assert run([], clause_try_for_return_except) in ((None, [-1, 46]), FELL)
assert run([1], clause_try_for_return_except) in ((None, [-1, 43, 46]), FELL)
assert run([2], clause_try_for_return_except) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_for_return_except) in ((42, [-1]), FELL)

assert run([], clause_try_while_return_else_finally) in ((None, [-1, 46]), FELL)
assert run([1], clause_try_while_return_else_finally) in ((None, [-1, 43, 45, 46]), FELL)
assert run([2], clause_try_while_return_else_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_while_return_else_finally) in ((42, [-1, 45]), FELL)

assert run([], clause_with_for_return_else) in ((None, [-1, 46]), FELL)
assert run([1], clause_with_for_return_else) in ((None, [-1, ('enter', 2), 43, ('exit', 2, False), 46]), FELL)
assert run([2], clause_with_for_return_else) in (('E2', [-1]), FELL)
assert run([1, 1], clause_with_for_return_else) in ((42, [-1, ('enter', 2), ('exit', 2, False)]), FELL)

assert run([], loop_clause_try_for_break_else_finally) in ((None, []), FELL)
assert run([1], loop_clause_try_for_break_else_finally) in ((None, [-1, 46]), FELL)
assert run([2], loop_clause_try_for_break_else_finally) in ((None, [-1, 46, -1, 46]), FELL)
assert run([1, 1], loop_clause_try_for_break_else_finally) in ((None, [-1, 43, 45, 46]), FELL)
assert run([1, 2], loop_clause_try_for_break_else_finally) in (('E2', [-1]), FELL)
assert run([2, 1], loop_clause_try_for_break_else_finally) in ((None, [-1, 43, 45, 46, -1, 46]), FELL)

assert run([], clause_try_for_return_value_else_return_finally) in ((None, [-1, 46]), FELL)
assert run([1], clause_try_for_return_value_else_return_finally) in ((43, [-1, 45]), FELL)
assert run([2], clause_try_for_return_value_else_return_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_for_return_value_else_return_finally) in ((None, [-1, -42, 45]), FELL)
assert run([1, 1, 1], clause_try_for_return_value_else_return_finally) in (('E1', [-1, -42, 45]), FELL)
assert run([1, 1, 2], clause_try_for_return_value_else_return_finally) in (('E2', [-1, -42, 45]), FELL)

assert run([], clause_try_nested_for_return_else_finally) in ((None, [-1, 46]), FELL)
assert run([1], clause_try_nested_for_return_else_finally) in ((None, [-1, 43, 45, 46]), FELL)
assert run([2], clause_try_nested_for_return_else_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_nested_for_return_else_finally) in ((None, [-1, 5, 43, 45, 46]), FELL)
assert run([1, 2], clause_try_nested_for_return_else_finally) in ((None, [-1, 5, 5, 43, 45, 46]), FELL)
assert run([1, 1, 1], clause_try_nested_for_return_else_finally) in ((42, [-1, 45]), FELL)

