








class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(6):
            return 11
    t(4)


def call_first(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(6):
            try:
                x(10)
                return 11
            except E2:
                t(12)
    t(4)


def ends_function(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(6):
            try:
                x(10)
                return 11
            except E1:
                pass

assert run([], then_code) in ((None, [-1, 4]), FELL)
assert run([1], then_code) in ((11, [-1, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([2], then_code) in (('E2', [-1]), FELL)
assert run([], call_first) in ((None, [-1, 4]), FELL)
assert run([1], call_first) in ((11, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([2], call_first) in (('E2', [-1]), FELL)
assert run([1, 1], call_first) in (('E1', [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2], call_first) in ((None, [-1, ('enter', 6), -10, 12, ('exit', 6, False), 4]), FELL)
assert run([1, 1, 1], call_first) in ((None, [-1, ('enter', 6), -10, ('exit', 6, True), 4]), FELL)
assert run([], ends_function) in ((None, [-1]), FELL)
assert run([1], ends_function) in ((11, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([2], ends_function) in (('E2', [-1]), FELL)
assert run([1, 1], ends_function) in ((None, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2], ends_function) in (('E2', [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2, 1], ends_function) in ((None, [-1, ('enter', 6), -10, ('exit', 6, True)]), FELL)
