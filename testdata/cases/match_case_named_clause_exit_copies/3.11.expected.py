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


def match_case_named_clause_or_and(c, t, x, n, m):
    match len(n()):
        case 0:
            t(1)
        case 1:
            try:
                x(2)
            except E1:
                t(14)
            except E2 as e:
                t(17)
                if c() or c() and c():
                    t(18)
    t(3)


def match_case_named_clause_and(c, t, x, n, m):
    match len(n()):
        case 0:
            t(1)
        case 1:
            try:
                x(2)
            except E2 as e:
                if c() and c():
                    t(18)
    t(3)


def match_case_named_clause_or_and_else(c, t, x, n, m):
    match len(n()):
        case 0:
            t(1)
        case 1:
            try:
                x(2)
            except E2 as e:
                if c() or c() and c():
                    t(18)
                else:
                    t(19)
    t(3)


def named_clause_or_and_then_code(c, t, x, n, m):
    try:
        x(2)
    except E2 as e:
        t(17)
        if c() or c() and c():
            t(18)
    t(3)


def branch_named_clause_or_and(c, t, x, n, m):
    if c():
        try:
            x(2)
        except E2 as e:
            if c() or c() and c():
                t(18)
    t(3)

assert run([], match_case_named_clause_or_and) in ((None, [1, 3]), FELL)
assert run([1], match_case_named_clause_or_and) in ((None, [-2, 3]), FELL)
assert run([2], match_case_named_clause_or_and) in ((None, [3]), FELL)
assert run([1, 1], match_case_named_clause_or_and) in ((None, [-2, 14, 3]), FELL)
assert run([1, 2], match_case_named_clause_or_and) in ((None, [-2, 17, 3]), FELL)
assert run([1, 2, 1], match_case_named_clause_or_and) in ((None, [-2, 17, 18, 3]), FELL)
assert run([], match_case_named_clause_and) in ((None, [1, 3]), FELL)
assert run([1], match_case_named_clause_and) in ((None, [-2, 3]), FELL)
assert run([2], match_case_named_clause_and) in ((None, [3]), FELL)
assert run([1, 1], match_case_named_clause_and) in (('E1', [-2]), FELL)
assert run([1, 2, 1, 1], match_case_named_clause_and) in ((None, [-2, 18, 3]), FELL)
assert run([], match_case_named_clause_or_and_else) in ((None, [1, 3]), FELL)
assert run([1], match_case_named_clause_or_and_else) in ((None, [-2, 3]), FELL)
assert run([2], match_case_named_clause_or_and_else) in ((None, [3]), FELL)
assert run([1, 1], match_case_named_clause_or_and_else) in (('E1', [-2]), FELL)
assert run([1, 2], match_case_named_clause_or_and_else) in ((None, [-2, 19, 3]), FELL)
assert run([1, 2, 1], match_case_named_clause_or_and_else) in ((None, [-2, 18, 3]), FELL)
assert run([], named_clause_or_and_then_code) in ((None, [-2, 3]), FELL)
assert run([1], named_clause_or_and_then_code) in (('E1', [-2]), FELL)
assert run([2], named_clause_or_and_then_code) in ((None, [-2, 17, 3]), FELL)
assert run([2, 1], named_clause_or_and_then_code) in ((None, [-2, 17, 18, 3]), FELL)
assert run([], branch_named_clause_or_and) in ((None, [3]), FELL)
assert run([1], branch_named_clause_or_and) in ((None, [-2, 3]), FELL)
assert run([1, 1], branch_named_clause_or_and) in (('E1', [-2]), FELL)
assert run([1, 2, 1], branch_named_clause_or_and) in ((None, [-2, 18, 3]), FELL)
