




class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def while_while_or_try_break_clause_continue(c, t, x, n, m):
    while c():
        if c() or c():
            pass


def while_try_break_clause_continue(c, t, x, n, m):
    if c():
        t(1)
    t(2)


def for_while_try_break_clause_continue(c, t, x, n, m):
    for i in n():
        if c():
            pass
        t(i)

assert run([], while_while_or_try_break_clause_continue) in ((None, []), FELL)
assert run([], while_try_break_clause_continue) in ((None, [2]), FELL)
assert run([1], while_try_break_clause_continue) in ((None, [1, 2]), FELL)
assert run([], for_while_try_break_clause_continue) in ((None, []), FELL)
assert run([1], for_while_try_break_clause_continue) in ((None, [0]), FELL)
assert run([2], for_while_try_break_clause_continue) in ((None, [0, 1]), FELL)
