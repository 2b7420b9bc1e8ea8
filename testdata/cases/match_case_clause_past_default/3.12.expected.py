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


def case_try_clause_past_default(c, t, x, n, m):
    match c():
        case 1 | 2:
            try:
                return x(1)
            except E1:
                pass
        case _:
            pass
    t(54)


def case_try_clause_past_default_body(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(1)
            try:
                return x(2)
            except E1:
                t(3)
        case _:
            t(4)
    return t(54)


def case_named_clause_past_default(c, t, x, n, m):
    match c(), c():
        case [1, _] | [2, True]:
            try:
                x(1)
                return 2
            except E2 as e:
                t(3)
        case _:
            pass
    t(54)

assert run([], case_try_clause_past_default) in ((None, [54]), FELL)
assert run([1], case_try_clause_past_default) in ((None, [-1]), FELL)
assert run([1, 1], case_try_clause_past_default) in ((None, [-1, 54]), FELL)
assert run([1, 2], case_try_clause_past_default) in (('E2', [-1]), FELL)
assert run([], case_try_clause_past_default_body) in ((None, [4, 54]), FELL)
assert run([1], case_try_clause_past_default_body) in ((None, [1, -2]), FELL)
assert run([1, 1], case_try_clause_past_default_body) in ((None, [1, -2, 3, 54]), FELL)
assert run([1, 2], case_try_clause_past_default_body) in (('E2', [1, -2]), FELL)
assert run([], case_named_clause_past_default) in ((None, [54]), FELL)
assert run([1], case_named_clause_past_default) in ((2, [-1]), FELL)
assert run([1, 0, 1], case_named_clause_past_default) in (('E1', [-1]), FELL)
assert run([1, 0, 2], case_named_clause_past_default) in ((None, [-1, 3, 54]), FELL)
