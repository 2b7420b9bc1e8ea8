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


def match_guard_case_finally_pass_with_return(c, t, x, n, m):
    match len(n()):
        case 1 | 2:
            t(1)
        case z if z > 0:
            try:
                pass
            finally:
                pass
            with m(18), m(19):
                return [i + z for i in n()]
            return None


def match_guard_case_with_return(c, t, x, n, m):
    match len(n()):
        case 1:
            t(1)
        case z if z > 1:
            t(2)
            with m(18):
                x(3)
                return 5


def match_case_with_return_then_code(c, t, x, n, m):
    match len(n()):
        case 1:
            t(1)
        case z:
            if z > 1:
                with m(18):
                    x(3)
                    return 5
    t(6)

assert run([], match_guard_case_finally_pass_with_return) in ((None, []), FELL)
assert run([1], match_guard_case_finally_pass_with_return) in ((None, [1]), FELL)
assert run([], match_guard_case_with_return) in ((None, []), FELL)
assert run([1], match_guard_case_with_return) in ((None, [1]), FELL)
assert run([2], match_guard_case_with_return) in ((5, [2, ('enter', 18), -3, ('exit', 18, False)]), FELL)
assert run([2, 1], match_guard_case_with_return) in (('E1', [2, ('enter', 18), -3, ('exit', 18, False)]), FELL)
assert run([2, 2], match_guard_case_with_return) in (('E2', [2, ('enter', 18), -3, ('exit', 18, False)]), FELL)
assert run([2, 1, 1], match_guard_case_with_return) in ((None, [2, ('enter', 18), -3, ('exit', 18, True)]), FELL)
assert run([], match_case_with_return_then_code) in ((None, [6]), FELL)
assert run([1], match_case_with_return_then_code) in ((None, [1, 6]), FELL)
assert run([2], match_case_with_return_then_code) in ((5, [('enter', 18), -3, ('exit', 18, False)]), FELL)
assert run([2, 1], match_case_with_return_then_code) in (('E1', [('enter', 18), -3, ('exit', 18, False)]), FELL)
assert run([2, 2], match_case_with_return_then_code) in (('E2', [('enter', 18), -3, ('exit', 18, False)]), FELL)
assert run([2, 1, 1], match_case_with_return_then_code) in ((None, [('enter', 18), -3, ('exit', 18, True), 6]), FELL)
