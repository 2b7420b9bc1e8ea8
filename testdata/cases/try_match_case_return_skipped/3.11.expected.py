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


def match_try_match_case_return_const_others_past(c, t, x, n, m):
    if len(n()) % 5 == 0:
        try:
            match len(n()) % 3, c() == 1:
                case [z, False] if z:
                    t(12)
                case [1, _] | [2, True]:
                    x(13)
                    return 14
                case _:
                    return 15
            return None
        except E2 as e:
            return None


def try_if_return_const_elif_pass(c, t, x, n, m):
    if c():
        try:
            if c():
                t(1)
            elif c():
                x(2)
                return 3
            else:
                return 4
        except E1:
            return None


def try_match_return_const_then_code(c, t, x, n, m):
    try:
        match len(n()):
            case 0:
                t(1)
            case 1:
                x(2)
                return 3
            case _:
                return 4
    except E1:
        t(5)
    return t(6)

assert run([], match_try_match_case_return_const_others_past) in ((15, []), FELL)
assert run([1], match_try_match_case_return_const_others_past) in ((None, []), FELL)
assert run([0, 1], match_try_match_case_return_const_others_past) in ((None, [12]), FELL)
assert run([0, 1, 1], match_try_match_case_return_const_others_past) in ((14, [-13]), FELL)
assert run([0, 1, 1, 1], match_try_match_case_return_const_others_past) in (('E1', [-13]), FELL)
assert run([0, 1, 1, 2], match_try_match_case_return_const_others_past) in ((None, [-13]), FELL)
assert run([], try_if_return_const_elif_pass) in ((None, []), FELL)
assert run([1], try_if_return_const_elif_pass) in ((4, []), FELL)
assert run([1, 1], try_if_return_const_elif_pass) in ((None, [1]), FELL)
assert run([1, 0, 1], try_if_return_const_elif_pass) in ((3, [-2]), FELL)
assert run([1, 0, 1, 1], try_if_return_const_elif_pass) in ((None, [-2]), FELL)
assert run([1, 0, 1, 2], try_if_return_const_elif_pass) in (('E2', [-2]), FELL)
assert run([], try_match_return_const_then_code) in ((None, [1, 6]), FELL)
assert run([1], try_match_return_const_then_code) in ((3, [-2]), FELL)
assert run([2], try_match_return_const_then_code) in ((4, []), FELL)
assert run([1, 1], try_match_return_const_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([1, 2], try_match_return_const_then_code) in (('E2', [-2]), FELL)
