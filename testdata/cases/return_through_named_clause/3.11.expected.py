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


def return_through_named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            t(48)
        except E1:
            try:
                x(53)
            except E1:
                return 56
        finally:
            t(57)


def return_in_nested_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1:
            if c():
                return 3
            t(4)


def two_named_clauses(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as f:
            return 'both'
        t(5)


def in_loop(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E2 as e:
            try:
                x(2)
            except E1:
                return 6
            continue
    return 7

assert run([], return_through_named_clause) in ((None, [-1]), FELL)
assert run([1], return_through_named_clause) in (('E1', [-1]), FELL)
assert run([2], return_through_named_clause) in ((None, [-1, 48, 57]), FELL)
assert run([], return_in_nested_clause) in ((None, [-1]), FELL)
assert run([1], return_in_nested_clause) in (('E1', [-1]), FELL)
assert run([2], return_in_nested_clause) in ((None, [-1, -2]), FELL)
assert run([2, 1], return_in_nested_clause) in ((None, [-1, -2, 4]), FELL)
assert run([2, 2], return_in_nested_clause) in (('E2', [-1, -2]), FELL)
assert run([2, 1, 1], return_in_nested_clause) in ((3, [-1, -2]), FELL)
assert run([], two_named_clauses) in ((None, [-1]), FELL)
assert run([1], two_named_clauses) in (('E1', [-1]), FELL)
assert run([2], two_named_clauses) in ((None, [-1, -2, 5]), FELL)
assert run([2, 1], two_named_clauses) in (('both', [-1, -2]), FELL)
assert run([2, 2], two_named_clauses) in (('E2', [-1, -2]), FELL)
assert run([], in_loop) in ((7, []), FELL)
assert run([1], in_loop) in ((7, [-1]), FELL)
assert run([2], in_loop) in ((7, [-1, -1]), FELL)
assert run([1, 1], in_loop) in (('E1', [-1]), FELL)
assert run([1, 2], in_loop) in ((7, [-1, -2]), FELL)
assert run([2, 2], in_loop) in ((7, [-1, -2, -1]), FELL)
