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


def clause_loop_break_copy(c, t, x, n, m):
    try:
        while c():
            x(1)
    except E1:
        while True:
            if c():
                break
            t(2)
    return E1.__name__


def named_clause_loop_break_copy(c, t, x, n, m):
    try:
        x(1)
        t(2)
    except E2 as e:
        while True:
            t(3)
            if c():
                break
    return c()


def clause_loops_break_copy(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while True:
            if c():
                break
            while not c():
                t(2)
    return E1.__name__

assert run([], clause_loop_break_copy) in (('E1', []), FELL)
assert run([1], clause_loop_break_copy) in (('E1', [-1]), FELL)
assert run([1, 1], clause_loop_break_copy) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 2], clause_loop_break_copy) in (('E2', [-1]), FELL)
assert run([1, 0, 1], clause_loop_break_copy) in (('E1', [-1, -1]), FELL)
assert run([1, 0, 1, 1], clause_loop_break_copy) in (('Budget', [-1, -1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([], named_clause_loop_break_copy) in ((0, [-1, 2]), FELL)
assert run([1], named_clause_loop_break_copy) in (('E1', [-1]), FELL)
assert run([2], named_clause_loop_break_copy) in (('Budget', [-1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 1], named_clause_loop_break_copy) in ((1, [-1, 2]), FELL)
assert run([0, 2], named_clause_loop_break_copy) in ((2, [-1, 2]), FELL)
assert run([2, 1], named_clause_loop_break_copy) in ((0, [-1, 3]), FELL)
assert run([], clause_loops_break_copy) in (('E1', [-1]), FELL)
assert run([1], clause_loops_break_copy) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([2], clause_loops_break_copy) in (('E2', [-1]), FELL)
assert run([1, 0, 1], clause_loops_break_copy) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 0, 0, 1, 1], clause_loops_break_copy) in (('E1', [-1, 2]), FELL)
assert run([1, 0, 1, 0, 1], clause_loops_break_copy) in (('Budget', [-1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
