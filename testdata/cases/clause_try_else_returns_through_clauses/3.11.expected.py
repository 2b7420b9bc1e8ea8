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


def clause_try_else_returns(c, t, x, n, m):
    try:
        for j in n():
            x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(11)
            except E2 as e:
                pass
            else:
                x(15)
                return 16
    t(21)


def clause_try_else_returns_value(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(11)
            except E2:
                t(12)
            else:
                t(15)
                return t(16)
    t(21)


def clause_try_else_returns_in_loop(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1:
            try:
                x(11)
                return 16
            except E2:
                t(12)
        t(21)
    return 22


def clause_try_else_returns_unnamed(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E2:
            try:
                x(11)
            except E1:
                pass
            except E2:
                t(13)
            else:
                t(15)
                return 16
    t(21)

assert run([], clause_try_else_returns) in ((None, [21]), FELL)
assert run([1], clause_try_else_returns) in ((None, [-1, 21]), FELL)
assert run([2], clause_try_else_returns) in ((None, [-1, -1, 21]), FELL)
assert run([1, 1], clause_try_else_returns) in ((None, [-1, -2, 21]), FELL)
assert run([1, 2], clause_try_else_returns) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_returns) in ((16, [-1, -2, -11, -15]), FELL)
assert run([], clause_try_else_returns_value) in ((None, [-1, 21]), FELL)
assert run([1], clause_try_else_returns_value) in ((None, [-1, -2, 21]), FELL)
assert run([2], clause_try_else_returns_value) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_value) in ((None, [-1, -2, -11, 15, 16]), FELL)
assert run([1, 2], clause_try_else_returns_value) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], clause_try_else_returns_value) in (('E1', [-1, -2, -11]), FELL)
assert run([], clause_try_else_returns_in_loop) in ((22, []), FELL)
assert run([1], clause_try_else_returns_in_loop) in ((22, [-1, 21]), FELL)
assert run([2], clause_try_else_returns_in_loop) in ((22, [-1, 21, -1, 21]), FELL)
assert run([1, 1], clause_try_else_returns_in_loop) in ((16, [-1, -11]), FELL)
assert run([1, 2], clause_try_else_returns_in_loop) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_returns_in_loop) in (('E1', [-1, -11]), FELL)
assert run([], clause_try_else_returns_unnamed) in ((None, [-1, 21]), FELL)
assert run([1], clause_try_else_returns_unnamed) in ((None, [-1, -2, 21]), FELL)
assert run([2], clause_try_else_returns_unnamed) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_unnamed) in (('E1', [-1, -2]), FELL)
assert run([1, 2], clause_try_else_returns_unnamed) in ((16, [-1, -2, -11, 15]), FELL)
assert run([1, 2, 1], clause_try_else_returns_unnamed) in ((None, [-1, -2, -11, 21]), FELL)
