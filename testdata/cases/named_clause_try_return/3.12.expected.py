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


def named_clause_try_return(c, t, x, n, m):
    try:
        while not c():
            pass
    except E2 as e:
        try:
            t(8)
        except E1:
            return 11


def named_clause_try_return_in_loop(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E2 as e:
            try:
                x(8)
            except E1:
                return 11
            t(9)
    return 12


def clause_try_named_return(c, t, x, n, m):
    try:
        x(1)
    except E2:
        try:
            x(8)
        except E1 as f:
            return 11
        except E2:
            return None
    t(3)


def named_clauses_nested_return(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1 as e:
            try:
                x(2)
            except E2 as f:
                try:
                    x(3)
                except E1:
                    return 'deep'
            t(4)
    return 5

assert run([1], named_clause_try_return) in ((None, []), FELL)
assert run([], named_clause_try_return_in_loop) in ((12, []), FELL)
assert run([1], named_clause_try_return_in_loop) in ((12, [-1]), FELL)
assert run([2], named_clause_try_return_in_loop) in ((12, [-1, -1]), FELL)
assert run([1, 1], named_clause_try_return_in_loop) in (('E1', [-1]), FELL)
assert run([1, 2], named_clause_try_return_in_loop) in ((12, [-1, -8, 9]), FELL)
assert run([2, 2], named_clause_try_return_in_loop) in ((12, [-1, -8, 9, -1]), FELL)
assert run([], clause_try_named_return) in ((None, [-1, 3]), FELL)
assert run([1], clause_try_named_return) in (('E1', [-1]), FELL)
assert run([2], clause_try_named_return) in ((None, [-1, -8, 3]), FELL)
assert run([2, 1], clause_try_named_return) in ((11, [-1, -8]), FELL)
assert run([2, 2], clause_try_named_return) in ((None, [-1, -8]), FELL)
assert run([], named_clauses_nested_return) in ((5, []), FELL)
assert run([1], named_clauses_nested_return) in ((5, [-1]), FELL)
assert run([1, 1], named_clauses_nested_return) in ((5, [-1, -2, 4]), FELL)
assert run([1, 2], named_clauses_nested_return) in (('E2', [-1]), FELL)
assert run([1, 0, 1], named_clauses_nested_return) in ((5, [-1, -1]), FELL)
assert run([1, 1, 1], named_clauses_nested_return) in (('E1', [-1, -2]), FELL)
