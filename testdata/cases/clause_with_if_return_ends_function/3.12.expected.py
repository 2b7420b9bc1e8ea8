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


def clause_with_if_return_ends_function(c, t, x, n, m):
    try:
        x(1)
    except E2:
        with m(22) as w:
            if c():
                return 23


def named_clause_with_if_return_ends_function(c, t, x, n, m):
    try:
        while c() and c():
            t(2)
    except E2 as e:
        with m(22) as w:
            if c():
                return 23


def clause_with_if_else_return_ends_function(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3):
            t(4)
            if c():
                return 5
            t(6)

assert run([], clause_with_if_return_ends_function) in ((None, [-1]), FELL)
assert run([1], clause_with_if_return_ends_function) in (('E1', [-1]), FELL)
assert run([2], clause_with_if_return_ends_function) in ((None, [-1, ('enter', 22), ('exit', 22, False)]), FELL)
assert run([2, 1], clause_with_if_return_ends_function) in ((23, [-1, ('enter', 22), ('exit', 22, False)]), FELL)
assert run([], named_clause_with_if_return_ends_function) in ((None, []), FELL)
assert run([1, 1], named_clause_with_if_return_ends_function) in ((None, [2]), FELL)
assert run([1, 1, 1, 1], named_clause_with_if_return_ends_function) in ((None, [2, 2]), FELL)
assert run([1, 1, 1, 1, 1, 1], named_clause_with_if_return_ends_function) in ((None, [2, 2, 2]), FELL)
assert run([], clause_with_if_else_return_ends_function) in ((None, [-1]), FELL)
assert run([1], clause_with_if_else_return_ends_function) in ((None, [-1, ('enter', 3), 4, 6, ('exit', 3, False)]), FELL)
assert run([2], clause_with_if_else_return_ends_function) in (('E2', [-1]), FELL)
assert run([1, 1], clause_with_if_else_return_ends_function) in ((5, [-1, ('enter', 3), 4, ('exit', 3, False)]), FELL)
