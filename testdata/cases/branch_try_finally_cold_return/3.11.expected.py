class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
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
            raise Budget()
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
                return 30
            except E1:
                pass
            finally:
                pass
            try:
                pass
            finally:
                pass
            return 33
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
                return 30
            except E1:
                t(26)
            finally:
                t(31)
            return 33
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
            return 30
        except E1:
            t(26)
        finally:
            t(31)
        return 33
    return x.k

assert run([], if_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([1], if_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([1, 1], if_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([1, 2], if_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)
