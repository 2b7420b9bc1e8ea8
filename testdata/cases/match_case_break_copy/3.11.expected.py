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


def match_or_case_break_copy(c, t, x, n, m):
    for j in n():
        match c(), c():
            case [1, _] | [0, True]:
                break
        t(3)
    else:
        return 14
    return E2.__name__


def match_capture_case_break_copy(c, t, x, n, m):
    for j in n():
        match c():
            case 1:
                t(2)
            case z:
                if z or c():
                    break
    else:
        raise E1(4)
    return c()


def match_class_case_break_copy(c, t, x, n, m):
    for j in n():
        match [c()]:
            case [1] | [2]:
                break
            case _:
                t(5)
    else:
        return 6
    return E1.__name__


def match_case_orphan_try_break_copy(c, t, x, n, m):
    for j in n():
        match c(), c():
            case [1, _] | [2, True]:
                try:
                    break
                except E1:
                    pass
    else:
        return 14
    return E2.__name__

assert run([], match_or_case_break_copy) in ((14, []), FELL)
assert run([1], match_or_case_break_copy) in ((14, [3]), FELL)
assert run([2], match_or_case_break_copy) in ((14, [3, 3]), FELL)
assert run([1, 1], match_or_case_break_copy) in (('E2', []), FELL)
assert run([2, 0, 0, 1], match_or_case_break_copy) in (('E2', [3]), FELL)
assert run([], match_capture_case_break_copy) in (('E1', []), FELL)
assert run([1, 1], match_capture_case_break_copy) in (('E1', [2]), FELL)
assert run([1, 2], match_capture_case_break_copy) in ((0, []), FELL)
assert run([1, 2, 1], match_capture_case_break_copy) in ((1, []), FELL)
assert run([1, 2, 2], match_capture_case_break_copy) in ((2, []), FELL)
assert run([2, 1, 1], match_capture_case_break_copy) in (('E1', [2, 2]), FELL)
assert run([], match_class_case_break_copy) in ((6, []), FELL)
assert run([1], match_class_case_break_copy) in ((6, [5]), FELL)
assert run([2], match_class_case_break_copy) in ((6, [5, 5]), FELL)
assert run([1, 1], match_class_case_break_copy) in (('E1', []), FELL)
assert run([2, 0, 1], match_class_case_break_copy) in (('E1', [5]), FELL)
assert run([], match_case_orphan_try_break_copy) in ((14, []), FELL)
assert run([1, 1], match_case_orphan_try_break_copy) in (('E2', []), FELL)
