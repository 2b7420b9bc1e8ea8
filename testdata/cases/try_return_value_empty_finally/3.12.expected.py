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


def try_return_value_clause_empty_finally_then_code(c, t, x, n, m):
    v = 0
    try:
        x(2)
        return v
    except E2:
        v = 7
    finally:
        pass
    t(3)
    return v + 5


def try_return_value_clause_empty_finally_ends(c, t, x, n, m):
    v = 1
    try:
        try:
            x(2)
            return v
        except E2:
            v = 7
        return 5
    finally:
        pass


def try_return_name_only_empty_finally_then_code(c, t, x, n, m):
    v = 0
    try:
        return v
    except E2:
        v = 7
    finally:
        pass
    t(3)


def for_try_return_value_clauses_empty_finally(c, t, x, n, m):
    for i in n():
        try:
            x(i)
            return i * 2
        except E1:
            t(4)
        except E2 as e:
            continue
        finally:
            pass
        t(5)
    return 6


def clause_try_return_value_empty_finally(c, t, x, n, m):
    v = 0
    try:
        x(1)
    except E1:
        try:
            x(2)
            return v
        except E2:
            v = 7
        finally:
            pass
        t(3)
    return 5

assert run([], try_return_value_clause_empty_finally_then_code) in ((0, [-2]), FELL)
assert run([1], try_return_value_clause_empty_finally_then_code) in (('E1', [-2]), FELL)
assert run([2], try_return_value_clause_empty_finally_then_code) in ((12, [-2, 3]), FELL)
assert run([], try_return_value_clause_empty_finally_ends) in ((1, [-2]), FELL)
assert run([1], try_return_value_clause_empty_finally_ends) in (('E1', [-2]), FELL)
assert run([2], try_return_value_clause_empty_finally_ends) in ((5, [-2]), FELL)
assert run([], try_return_name_only_empty_finally_then_code) in ((0, []), FELL)
assert run([], for_try_return_value_clauses_empty_finally) in ((6, []), FELL)
assert run([1], for_try_return_value_clauses_empty_finally) in ((0, [0]), FELL)
assert run([1, 1], for_try_return_value_clauses_empty_finally) in ((6, [0, 4, 5]), FELL)
assert run([1, 2], for_try_return_value_clauses_empty_finally) in ((6, [0]), FELL)
assert run([2, 1], for_try_return_value_clauses_empty_finally) in ((2, [0, 4, 5, -1]), FELL)
assert run([2, 2], for_try_return_value_clauses_empty_finally) in ((2, [0, -1]), FELL)
assert run([2, 1, 1], for_try_return_value_clauses_empty_finally) in ((6, [0, 4, 5, -1, 4, 5]), FELL)
assert run([2, 1, 2], for_try_return_value_clauses_empty_finally) in ((6, [0, 4, 5, -1]), FELL)
assert run([], clause_try_return_value_empty_finally) in ((5, [-1]), FELL)
assert run([1], clause_try_return_value_empty_finally) in ((0, [-1, -2]), FELL)
assert run([2], clause_try_return_value_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_return_value_empty_finally) in (('E1', [-1, -2]), FELL)
assert run([1, 2], clause_try_return_value_empty_finally) in ((5, [-1, -2, 3]), FELL)
