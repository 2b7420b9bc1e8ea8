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


def clause_if_return(c, t, x, n, m):
    for k in n():
        t(1)
        try:
            x(5)
        except E1:
            if c():
                return 4
            continue


def clause_if_or_return(c, t, x, n, m):
    for k in n():
        try:
            x(5)
        except E1:
            if c() or c():
                return 4
            t(6)
        t(7)


def clause_elif_returns(c, t, x, n, m):
    for k in n():
        try:
            x(5)
        except E1:
            if c():
                return 4
            if c():
                break
            t(8)
            continue


def two_iterators(c, t, x, n, m):
    for k in n():
        for j in n():
            try:
                x(5)
            except E2:
                if c():
                    return 4
                t(9)
                continue


def dead_clause_after_loop(c, t, x, n, m):
    for k in n():
        while True:
            if c():
                break
            t(2)
        try:
            continue
        except E1:
            if c() or c():
                return 4
            continue


def dead_clause_then_code(c, t, x, n, m):
    for k in n():
        try:
            pass
        except E1:
            if c():
                return 4
        t(1)


def named_clause(c, t, x, n, m):
    for k in n():
        try:
            x(5)
        except E1 as e:
            if c():
                return 4
            t(3)
            continue

assert run([], clause_if_return) in ((None, []), FELL)
assert run([1], clause_if_return) in ((None, [1, -5]), FELL)
assert run([2], clause_if_return) in ((None, [1, -5, 1, -5]), FELL)
assert run([1, 2], clause_if_return) in (('E2', [1, -5]), FELL)
assert run([1, 1, 1], clause_if_return) in ((4, [1, -5]), FELL)
assert run([2, 0, 2], clause_if_return) in (('E2', [1, -5, 1, -5]), FELL)
assert run([], clause_if_or_return) in ((None, []), FELL)
assert run([1], clause_if_or_return) in ((None, [-5, 7]), FELL)
assert run([2], clause_if_or_return) in ((None, [-5, 7, -5, 7]), FELL)
assert run([1, 1], clause_if_or_return) in ((None, [-5, 6, 7]), FELL)
assert run([1, 2], clause_if_or_return) in (('E2', [-5]), FELL)
assert run([2, 1], clause_if_or_return) in ((None, [-5, 6, 7, -5, 7]), FELL)
assert run([], clause_elif_returns) in ((None, []), FELL)
assert run([1], clause_elif_returns) in ((None, [-5]), FELL)
assert run([2], clause_elif_returns) in ((None, [-5, -5]), FELL)
assert run([1, 1], clause_elif_returns) in ((None, [-5, 8]), FELL)
assert run([1, 2], clause_elif_returns) in (('E2', [-5]), FELL)
assert run([2, 1], clause_elif_returns) in ((None, [-5, 8, -5]), FELL)
assert run([], two_iterators) in ((None, []), FELL)
assert run([1, 1], two_iterators) in ((None, [-5]), FELL)
assert run([1, 2], two_iterators) in ((None, [-5, -5]), FELL)
assert run([1, 1, 1], two_iterators) in (('E1', [-5]), FELL)
assert run([1, 1, 2], two_iterators) in ((None, [-5, 9]), FELL)
assert run([1, 2, 2], two_iterators) in ((None, [-5, 9, -5]), FELL)
assert run([], dead_clause_after_loop) in ((None, []), FELL)
assert run([1], dead_clause_after_loop) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([2, 1], dead_clause_after_loop) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 0, 1], dead_clause_after_loop) in ((None, [2]), FELL)
assert run([1, 0, 0, 1], dead_clause_after_loop) in ((None, [2, 2]), FELL)
assert run([1, 0, 0, 0, 1], dead_clause_after_loop) in ((None, [2, 2, 2]), FELL)
assert run([], dead_clause_then_code) in ((None, []), FELL)
assert run([1], dead_clause_then_code) in ((None, [1]), FELL)
assert run([2], dead_clause_then_code) in ((None, [1, 1]), FELL)
assert run([], named_clause) in ((None, []), FELL)
assert run([1], named_clause) in ((None, [-5]), FELL)
assert run([2], named_clause) in ((None, [-5, -5]), FELL)
assert run([1, 1], named_clause) in ((None, [-5, 3]), FELL)
assert run([1, 2], named_clause) in (('E2', [-5]), FELL)
assert run([2, 1], named_clause) in ((None, [-5, 3, -5]), FELL)
