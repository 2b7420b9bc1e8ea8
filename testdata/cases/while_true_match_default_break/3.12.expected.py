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


def while_true_match_guard_pass_default_break(c, t, x, n, m):
    while True:
        match len(n()) % 3, c() == 1:
            case [z, False] if z:
                t(z)
            case _:
                return


def while_true_match_cases_default_break_then_code(c, t, x, n, m):
    while True:
        match len(n()):
            case 0:
                t(1)
            case 1 if c():
                t(2)
            case _:
                break
    return t(3)


def orphan_try_then_while_true_match_default_break(c, t, x, n, m):
    try:
        pass
    except E2 as e:
        pass
    while True:
        try:
            pass
        except E2 as e:
            continue
        match len(n()) % 3, c() == 1:
            case [z, False] if z:
                t(z)
            case _:
                return

assert run([], while_true_match_guard_pass_default_break) in ((None, []), FELL)
assert run([1], while_true_match_guard_pass_default_break) in ((None, [1]), FELL)
assert run([2], while_true_match_guard_pass_default_break) in ((None, [2]), FELL)
assert run([1, 0, 1], while_true_match_guard_pass_default_break) in ((None, [1, 1]), FELL)
assert run([1, 0, 2], while_true_match_guard_pass_default_break) in ((None, [1, 2]), FELL)
assert run([2, 0, 1], while_true_match_guard_pass_default_break) in ((None, [2, 1]), FELL)
assert run([2, 0, 2], while_true_match_guard_pass_default_break) in ((None, [2, 2]), FELL)
assert run([1, 0, 1, 0, 1], while_true_match_guard_pass_default_break) in ((None, [1, 1, 1]), FELL)
assert run([1, 0, 1, 0, 2], while_true_match_guard_pass_default_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 0, 2, 0, 1], while_true_match_guard_pass_default_break) in ((None, [1, 2, 1]), FELL)
assert run([1, 0, 2, 0, 2], while_true_match_guard_pass_default_break) in ((None, [1, 2, 2]), FELL)
assert run([2, 0, 1, 0, 1], while_true_match_guard_pass_default_break) in ((None, [2, 1, 1]), FELL)
assert run([1], while_true_match_cases_default_break_then_code) in ((None, [3]), FELL)
assert run([0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 3]), FELL)
assert run([0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 3]), FELL)
assert run([1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 3]), FELL)
assert run([0, 0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 1, 3]), FELL)
assert run([0, 1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 2, 3]), FELL)
assert run([1, 1, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 1, 3]), FELL)
assert run([0, 0, 0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 1, 1, 3]), FELL)
assert run([0, 0, 1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 2, 3]), FELL)
assert run([0, 1, 1, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 2, 1, 3]), FELL)
assert run([1, 1, 0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 1, 1, 3]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 2, 3]), FELL)
assert run([], orphan_try_then_while_true_match_default_break) in ((None, []), FELL)
assert run([1], orphan_try_then_while_true_match_default_break) in ((None, [1]), FELL)
assert run([2], orphan_try_then_while_true_match_default_break) in ((None, [2]), FELL)
assert run([1, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [1, 1]), FELL)
assert run([1, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [1, 2]), FELL)
assert run([2, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [2, 1]), FELL)
assert run([2, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [2, 2]), FELL)
assert run([1, 0, 1, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [1, 1, 1]), FELL)
assert run([1, 0, 1, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 0, 2, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [1, 2, 1]), FELL)
assert run([1, 0, 2, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [1, 2, 2]), FELL)
assert run([2, 0, 1, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [2, 1, 1]), FELL)
