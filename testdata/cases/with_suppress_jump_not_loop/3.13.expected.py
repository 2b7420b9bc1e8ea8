






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


def reduced(c, t, x, n, m):
    while c():
        with m(1) as w:
            pass
        try:
            while not c():
                continue
            t(8)
            break
        except E1:
            pass
    t(41)


def with_body(c, t, x, n, m):
    while c():
        with m(1) as w:
            x(2)
            t(3)
        try:
            while not c():
                x(5)
                continue
            t(7)
        except E1:
            t(9)
        else:
            break
    t(10)


def clause_returns_in_loop(c, t, x, n, m):
    while c():
        with m(1):
            t(3)
        try:
            x(4)
            return 7
        except E1:
            if not c():
                return 9
    t(6)
    return 7

assert run([], reduced) in ((None, [41]), FELL)
assert run([1], reduced) in (('Budget', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1], reduced) in ((None, [('enter', 1), ('exit', 1, False), 8, 41]), FELL)
assert run([], with_body) in ((None, [10]), FELL)
assert run([1], with_body) in (('Budget', [('enter', 1), -2, 3, ('exit', 1, False), -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1, 1], with_body) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2], with_body) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], with_body) in ((None, [('enter', 1), -2, 3, ('exit', 1, False), 7, 10]), FELL)
assert run([1, 1, 1], with_body) in (('Budget', [('enter', 1), -2, ('exit', 1, True), -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([], clause_returns_in_loop) in ((7, [6]), FELL)
assert run([1], clause_returns_in_loop) in ((7, [('enter', 1), 3, ('exit', 1, False), -4]), FELL)
assert run([1, 1], clause_returns_in_loop) in ((9, [('enter', 1), 3, ('exit', 1, False), -4]), FELL)
assert run([1, 2], clause_returns_in_loop) in (('E2', [('enter', 1), 3, ('exit', 1, False), -4]), FELL)
assert run([1, 1, 1], clause_returns_in_loop) in ((7, [('enter', 1), 3, ('exit', 1, False), -4, 6]), FELL)
assert run([1, 1, 1, 1], clause_returns_in_loop) in ((7, [('enter', 1), 3, ('exit', 1, False), -4, ('enter', 1), 3, ('exit', 1, False), -4]), FELL)
