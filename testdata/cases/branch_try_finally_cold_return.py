# Found on 2026-12-05 (twenty-second session): unseen tails seed 41 f297 (3.12-3.14 printed wrong code).
# A try/except/else/finally in an if's branch whose else returns: the clause goes on through the copy of
# the finally body's normal exit to the rest of the branch, which 3.12+ lay out after all the handlers and
# which returns. That rest was read as the code after the if (so the other branches ran it too).
# BranchExits.returnsOnlyAfter (and, the copy falling into it, the check beside it): a returning block only
# that copy reaches, its first line before the else's, is the branch's (the code after the if, which only
# this branch may reach too, comes after the else in the source). Twenty-third session: the try/finally
# reader reads a lone `return CONST` rest after the cold copy as the code after the statement when its line
# says it is the branch's (TryFinally.coldContinuationEnd); a rest that is itself a try/finally still falls
# back on 3.12-3.14 (branch_try_else_finally_then_cold_try_return, a known miss).
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




def branch_try_else_finally_then_cold_try_return(c, t, x, n, m):
    if c():
        pass
    elif c():
        if c():
            try:
                t(25)
            except E1:
                pass
            else:
                return 30
            finally:
                pass
            try:
                return 33
            finally:
                pass
        else:
            while c():
                pass
    return x.k


def elif_chain_try_else_finally_cold_return(c, t, x, n, m):
    if c() or c():
        pass
    elif c() and c():
        pass
    elif c() or c():
        if c():
            try:
                x(25)
            except E1:
                t(26)
            else:
                return 30
            finally:
                t(31)
            return 33
        else:
            while c() and c():
                t(34)
    return x.k

assert run([], branch_try_else_finally_then_cold_try_return) in (('AttributeError', []), FELL)
assert run([0, 1, 1], branch_try_else_finally_then_cold_try_return) in ((30, [25]), FELL)

assert run([], elif_chain_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([0, 0, 0, 1, 1], elif_chain_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([0, 0, 0, 1, 1, 1], elif_chain_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([0, 0, 0, 1, 1, 2], elif_chain_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)



def if_try_else_finally_cold_return(c, t, x, n, m):
    if c():
        try:
            x(25)
        except E1:
            t(26)
        else:
            return 30
        finally:
            t(31)
        return 33
    return x.k

assert run([], if_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([1], if_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([1, 1], if_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([1, 2], if_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)

