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


def match_or_case_orphan_try_then_try(c, t, x, n, m):
    match len(n()):
        case 1 | 2:
            t(0)
            try:
                pass
            except E1:
                pass
    try:
        pass
    except E1:
        pass
    try:
        x(5)
    except E1:
        pass


def match_or_case_orphan_try_then_code(c, t, x, n, m):
    match len(n()):
        case 0 | 2:
            t(1)
            try:
                pass
            except E2:
                t(2)
    try:
        pass
    except E2:
        t(2)
    t(3)
    return 4


def match_cases_orphan_try_last_then_try(c, t, x, n, m):
    match len(n()):
        case 0:
            t(1)
        case 1 | 2:
            t(0)
            try:
                pass
            except E1:
                t({i for i in n()})
    try:
        pass
    except E1:
        t({i for i in n()})
    try:
        t({i for i in n()})
    except E1:
        return 6

assert run([], match_or_case_orphan_try_then_try) in ((None, [-5]), FELL)
assert run([1], match_or_case_orphan_try_then_try) in ((None, [0, -5]), FELL)
assert run([0, 2], match_or_case_orphan_try_then_try) in (('E2', [-5]), FELL)
assert run([1, 2], match_or_case_orphan_try_then_try) in (('E2', [0, -5]), FELL)
assert run([], match_or_case_orphan_try_then_code) in ((4, [1, 3]), FELL)
assert run([1], match_or_case_orphan_try_then_code) in ((4, [3]), FELL)
assert run([], match_cases_orphan_try_last_then_try) in ((None, [1, set()]), FELL)
assert run([1], match_cases_orphan_try_last_then_try) in ((None, [0, set()]), FELL)
assert run([0, 1], match_cases_orphan_try_last_then_try) in ((None, [1, {0}]), FELL)
assert run([0, 2], match_cases_orphan_try_last_then_try) in ((None, [1, {0, 1}]), FELL)
assert run([1, 1], match_cases_orphan_try_last_then_try) in ((None, [0, {0}]), FELL)
assert run([1, 2], match_cases_orphan_try_last_then_try) in ((None, [0, {0, 1}]), FELL)
