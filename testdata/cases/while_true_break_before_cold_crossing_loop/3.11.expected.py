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


def cold_tail(c, t, x, n, m):
    while True:
        if c():
            break
        while c():
            try:
                x(1)
                continue
            except E1:
                t(2)
            t(7)
    t(8)


def cold_never_looping_tail(c, t, x, n, m):
    while True:
        if c():
            break
        while c():
            try:
                x(1)
                continue
            except E1:
                t(2)
            if c():
                t(7)
    t(8)


def cold_tail_returns_value(c, t, x, n, m):
    while True:
        t(0)
        if c():
            break
        while c():
            try:
                x(1)
                continue
            except E1:
                t(2)
            t(7)
    return t(8)


def cold_tail_raises(c, t, x, n, m):
    while True:
        if c():
            t(3)
            break
        while c():
            try:
                x(1)
                continue
            except E2:
                t(2)
            t(7)
    raise E1(8)

assert run([], cold_tail) in (('Budget', []), FELL)
assert run([1], cold_tail) in ((None, [8]), FELL)
assert run([0, 1], cold_tail) in (('Budget', [-1]), FELL)
assert run([0, 1, 1], cold_tail) in (('Budget', [-1, 2, 7]), FELL)
assert run([0, 1, 2], cold_tail) in (('E2', [-1]), FELL)
assert run([0, 1, 0, 1], cold_tail) in (('Budget', [-1, -1]), FELL)
assert run([], cold_never_looping_tail) in (('Budget', []), FELL)
assert run([1], cold_never_looping_tail) in ((None, [8]), FELL)
assert run([0, 1], cold_never_looping_tail) in (('Budget', [-1]), FELL)
assert run([0, 1, 1], cold_never_looping_tail) in (('Budget', [-1, 2]), FELL)
assert run([0, 1, 2], cold_never_looping_tail) in (('E2', [-1]), FELL)
assert run([0, 1, 0, 1], cold_never_looping_tail) in (('Budget', [-1, -1]), FELL)
assert run([], cold_tail_returns_value) in (('Budget', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1], cold_tail_returns_value) in ((None, [0, 8]), FELL)
assert run([0, 1], cold_tail_returns_value) in (('Budget', [0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([0, 0, 1], cold_tail_returns_value) in ((None, [0, 0, 8]), FELL)
assert run([0, 1, 1], cold_tail_returns_value) in (('Budget', [0, -1, 2, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([0, 1, 2], cold_tail_returns_value) in (('E2', [0, -1]), FELL)
assert run([], cold_tail_raises) in (('Budget', []), FELL)
assert run([1], cold_tail_raises) in (('E1', [3]), FELL)
assert run([0, 1], cold_tail_raises) in (('Budget', [-1]), FELL)
assert run([0, 1, 1], cold_tail_raises) in (('E1', [-1]), FELL)
assert run([0, 1, 2], cold_tail_raises) in (('Budget', [-1, 2, 7]), FELL)
assert run([0, 1, 0, 1], cold_tail_raises) in (('Budget', [-1, -1]), FELL)
