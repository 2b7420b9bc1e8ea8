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


def clause_while_for_else_break(c, t, x, n, m):
    try:
        x(11)
        return 21
    except E2:
        while True:
            if c():
                break
            for j in n():
                t(j)
                break
            else:
                break
    t(32)


def clause_while_for_else_break_or(c, t, x, n, m):
    try:
        for i in n():
            x(11)
        return 21
    except E1:
        pass
    except E2 as e:
        while True:
            if c() or c():
                break
            for j in n():
                break
            else:
                break
    t(32)

assert run([], clause_while_for_else_break) in ((21, [-11]), FELL)
assert run([1], clause_while_for_else_break) in (('E1', [-11]), FELL)
assert run([2], clause_while_for_else_break) in ((None, [-11, 32]), FELL)
assert run([2, 0, 1], clause_while_for_else_break) in ((None, [-11, 0, 32]), FELL)
assert run([2, 0, 1, 0, 1], clause_while_for_else_break) in ((None, [-11, 0, 0, 32]), FELL)
assert run([], clause_while_for_else_break_or) in ((21, []), FELL)
assert run([1], clause_while_for_else_break_or) in ((21, [-11]), FELL)
assert run([2], clause_while_for_else_break_or) in ((21, [-11, -11]), FELL)
assert run([1, 1], clause_while_for_else_break_or) in ((None, [-11, 32]), FELL)
assert run([2, 0, 1], clause_while_for_else_break_or) in ((None, [-11, -11, 32]), FELL)
assert run([2, 1, 0, 1], clause_while_for_else_break) in ((None, [-11, 32]), FELL)
