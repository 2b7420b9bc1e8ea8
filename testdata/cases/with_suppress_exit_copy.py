# Found on 2026-12-04 (twelfth session). Rich tails seed 11 f78 (3.12-3.14, silent wrong, older than the
# session): `if c(): try: with m(): return ... / except E1: ... / finally: t(41)` then `return E1.__name__`.
# Suppressing, the with goes on to the normal exit's copy of the finally body, laid out cold, then to a copy
# of the code after the if (a small block ending in a return, which the compiler duplicates); the if was
# read with that code as its else, and the suppressing path fell off the function (returned None). Branches
# (comesBackTo, FinallyCopy.copyThenExitCopy) now reads the code at the if's jump target as the code after
# it. With a real else (`else: t(5)`) before that code (the whole of f78), 3.12-3.14 printed it wrong too;
# that now falls back (Branches.runsCopyOfLater: the copy is of code after the else); reading it is open.
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


def if_try_with_return_clauses_finally_else_pass_then_return(c, t, x, n, m):
    if c() or c() and c():
        try:
            with m(33) as w:
                return (w, 8)
        except E1:
            try:
                return x(37) or 4
            except E1:
                return 5
        finally:
            t(41)
    else:
        pass
    return E1.__name__


def if_try_with_return_clause_finally_then_return(c, t, x, n, m):
    if c():
        try:
            with m(33) as w:
                x(w)
                return 7
        except E1:
            return 9
        finally:
            t(41)
    return E2.__name__


def if_try_with_return_clause_finally_else_code_then_return(c, t, x, n, m):
    if c():
        try:
            with m(33) as w:
                return 7
        except E1:
            return 9
        finally:
            t(41)
    else:
        t(5)
    return E2.__name__
assert run([], if_try_with_return_clauses_finally_else_pass_then_return) in (('E1', []), FELL)
assert run([1], if_try_with_return_clauses_finally_else_pass_then_return) in (((33, 8), [('enter', 33), ('exit', 33, False), 41]), FELL)

assert run([], if_try_with_return_clause_finally_then_return) in (('E2', []), FELL)
assert run([1], if_try_with_return_clause_finally_then_return) in ((7, [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 1], if_try_with_return_clause_finally_then_return) in ((9, [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 2], if_try_with_return_clause_finally_then_return) in (('E2', [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 1, 1], if_try_with_return_clause_finally_then_return) in (('E2', [('enter', 33), -33, ('exit', 33, True), 41]), FELL)

assert run([], if_try_with_return_clause_finally_else_code_then_return) in (('E2', [5]), FELL)
assert run([1], if_try_with_return_clause_finally_else_code_then_return) in ((7, [('enter', 33), ('exit', 33, False), 41]), FELL)

