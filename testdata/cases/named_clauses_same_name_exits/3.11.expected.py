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


def named_clauses_return(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(12)
        except E2 as e:
            return 24
    x(26)


def named_clauses_return_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(12)
        except E2 as e:
            return 24
    finally:
        t(25)
    x(26)


def named_clauses_return_in_loop(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1 as e:
            try:
                x(i)
            except E1 as e:
                t(3)
            except E2 as e:
                return 4
        t(5)
    return 6


def named_clause_branch_in_try(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        t(10)
        try:
            x(12)
            if c():
                t(15)
            else:
                t(17)
        except E1:
            t(19)
        except E2 as e:
            return 24
    finally:
        t(25)
    x(26)

assert run([], named_clauses_return) in ((None, [-1, -26]), FELL)
assert run([1], named_clauses_return) in (('E1', [-1]), FELL)
assert run([2], named_clauses_return) in ((None, [-1, -12, -26]), FELL)
assert run([0, 1], named_clauses_return) in (('E1', [-1, -26]), FELL)
assert run([0, 2], named_clauses_return) in (('E2', [-1, -26]), FELL)
assert run([2, 1], named_clauses_return) in (('E1', [-1, -12]), FELL)
assert run([], named_clauses_return_finally) in ((None, [-1, 25, -26]), FELL)
assert run([1], named_clauses_return_finally) in (('E1', [-1, 25]), FELL)
assert run([2], named_clauses_return_finally) in ((None, [-1, -12, 25, -26]), FELL)
assert run([0, 1], named_clauses_return_finally) in (('E1', [-1, 25, -26]), FELL)
assert run([0, 2], named_clauses_return_finally) in (('E2', [-1, 25, -26]), FELL)
assert run([2, 1], named_clauses_return_finally) in (('E1', [-1, -12, 25]), FELL)
assert run([], named_clauses_return_in_loop) in ((6, []), FELL)
assert run([1], named_clauses_return_in_loop) in ((6, [-1, 5]), FELL)
assert run([2], named_clauses_return_in_loop) in ((6, [-1, 5, -1, 5]), FELL)
assert run([1, 1], named_clauses_return_in_loop) in ((6, [-1, 0, 5]), FELL)
assert run([1, 2], named_clauses_return_in_loop) in (('E2', [-1]), FELL)
assert run([2, 1], named_clauses_return_in_loop) in ((6, [-1, 0, 5, -1, 5]), FELL)
assert run([], named_clause_branch_in_try) in ((None, [-1, 25, -26]), FELL)
assert run([1], named_clause_branch_in_try) in (('E1', [-1, 25]), FELL)
assert run([2], named_clause_branch_in_try) in ((None, [-1, 10, -12, 17, 25, -26]), FELL)
assert run([0, 1], named_clause_branch_in_try) in (('E1', [-1, 25, -26]), FELL)
assert run([0, 2], named_clause_branch_in_try) in (('E2', [-1, 25, -26]), FELL)
assert run([2, 1], named_clause_branch_in_try) in ((None, [-1, 10, -12, 19, 25, -26]), FELL)
