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


def nested_ifs(c, t, x, n, m):
    try:
        if c() and c():
            return 1
    except E2 as e:
        return None


def nested_ifs_after_call(c, t, x, n, m):
    try:
        x(1)
        if c() and c():
            return 2
    except E2:
        t(3)


def three_deep(c, t, x, n, m):
    try:
        if c() and c() and c():
            return 'deep'
    except E1:
        return None


def and_inside(c, t, x, n, m):
    try:
        if c() and c() and c():
            return 4
    except E1:
        return None


def code_after_try(c, t, x, n, m):
    try:
        if c() and c():
            return 5
    except E1:
        pass
    t(6)


def in_loop(c, t, x, n, m):
    while c():
        try:
            if c() and c():
                return 7
        except E1:
            pass
    return 8


def in_branch(c, t, x, n, m):
    if c():
        try:
            x(1)
            if c() and c():
                return 9
        except E1:
            t(10)

assert run([], nested_ifs) in ((None, []), FELL)
assert run([1, 1], nested_ifs) in ((1, []), FELL)
assert run([], nested_ifs_after_call) in ((None, [-1]), FELL)
assert run([1], nested_ifs_after_call) in (('E1', [-1]), FELL)
assert run([2], nested_ifs_after_call) in ((None, [-1, 3]), FELL)
assert run([0, 1, 1], nested_ifs_after_call) in ((2, [-1]), FELL)
assert run([], three_deep) in ((None, []), FELL)
assert run([1, 1, 1], three_deep) in (('deep', []), FELL)
assert run([], and_inside) in ((None, []), FELL)
assert run([1, 1, 1], and_inside) in ((4, []), FELL)
assert run([], code_after_try) in ((None, [6]), FELL)
assert run([1, 1], code_after_try) in ((5, []), FELL)
assert run([], in_loop) in ((8, []), FELL)
assert run([1, 1, 1], in_loop) in ((7, []), FELL)
assert run([], in_branch) in ((None, []), FELL)
assert run([1], in_branch) in ((None, [-1]), FELL)
assert run([1, 1], in_branch) in ((None, [-1, 10]), FELL)
assert run([1, 2], in_branch) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], in_branch) in ((9, [-1]), FELL)
