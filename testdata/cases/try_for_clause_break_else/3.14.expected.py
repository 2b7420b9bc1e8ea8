




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


def try_for_clause_break_else(c, t, x, n, m):
    try:
        for k in n():
            try:
                x(10)
            except E1:
                break
        else:
            t(5)
    except E1:
        t(6)
    if c():
        if c():
            t(7)


def try_for_clause_break_else_if(c, t, x, n, m):
    try:
        for k in n():
            try:
                x(10)
            except E1:
                break
        else:
            if c():
                t(5)
    except E2:
        pass
    t(6)


def try_for_clause_break_else_loop(c, t, x, n, m):
    try:
        for k in n():
            try:
                x(10)
            except E1:
                break
        else:
            if c():
                t(4)
    except E1:
        pass
    t(6)

assert run([], try_for_clause_break_else) in ((None, [5]), FELL)
assert run([1], try_for_clause_break_else) in ((None, [-10, 5]), FELL)
assert run([2], try_for_clause_break_else) in ((None, [-10, -10, 5]), FELL)
assert run([1, 1], try_for_clause_break_else) in ((None, [-10]), FELL)
assert run([1, 2], try_for_clause_break_else) in (('E2', [-10]), FELL)
assert run([0, 1, 1], try_for_clause_break_else) in ((None, [5, 7]), FELL)
assert run([], try_for_clause_break_else_if) in ((None, [6]), FELL)
assert run([1], try_for_clause_break_else_if) in ((None, [-10, 6]), FELL)
assert run([2], try_for_clause_break_else_if) in ((None, [-10, -10, 6]), FELL)
assert run([0, 1], try_for_clause_break_else_if) in ((None, [5, 6]), FELL)
assert run([1, 0, 1], try_for_clause_break_else_if) in ((None, [-10, 5, 6]), FELL)
assert run([2, 0, 0, 1], try_for_clause_break_else_if) in ((None, [-10, -10, 5, 6]), FELL)
assert run([], try_for_clause_break_else_loop) in ((None, [6]), FELL)
assert run([1], try_for_clause_break_else_loop) in ((None, [-10, 6]), FELL)
assert run([2], try_for_clause_break_else_loop) in ((None, [-10, -10, 6]), FELL)
assert run([0, 1], try_for_clause_break_else_loop) in ((None, [4, 6]), FELL)
assert run([1, 2], try_for_clause_break_else_loop) in (('E2', [-10]), FELL)
assert run([1, 0, 1], try_for_clause_break_else_loop) in ((None, [-10, 4, 6]), FELL)
