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


def clause_two_tries(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except:
            t(3)
        try:
            x(4)
        except:
            t(5)
    if c():
        t(6)
    return 7


def clause_two_tries_pass(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except:
            pass
        try:
            x(4)
        except:
            pass
    if c():
        t(6)


def loop_clause_tries_break(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            try:
                x(2)
            except E2:
                break
            try:
                x(3)
            except E2:
                continue
            t(4)
        t(5)
    return 6


def clause_try_then_with(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E2:
            t(3)
        with m(4):
            x(5)
    return 6

assert run([], clause_two_tries) in ((7, [-1]), FELL)
assert run([1], clause_two_tries) in ((7, [-1, -2, -4]), FELL)
assert run([2], clause_two_tries) in (('E2', [-1]), FELL)
assert run([0, 1], clause_two_tries) in ((7, [-1, 6]), FELL)
assert run([1, 1], clause_two_tries) in ((7, [-1, -2, 3, -4]), FELL)
assert run([1, 0, 1], clause_two_tries) in ((7, [-1, -2, -4, 5]), FELL)
assert run([], clause_two_tries_pass) in ((None, [-1]), FELL)
assert run([1], clause_two_tries_pass) in ((None, [-1, -2, -4]), FELL)
assert run([2], clause_two_tries_pass) in (('E2', [-1]), FELL)
assert run([0, 1], clause_two_tries_pass) in ((None, [-1, 6]), FELL)
assert run([1, 0, 0, 1], clause_two_tries_pass) in ((None, [-1, -2, -4, 6]), FELL)
assert run([], loop_clause_tries_break) in ((6, []), FELL)
assert run([1], loop_clause_tries_break) in ((6, [-1, 5]), FELL)
assert run([1, 1], loop_clause_tries_break) in ((6, [-1, -2, -3, 4, 5]), FELL)
assert run([1, 2], loop_clause_tries_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], loop_clause_tries_break) in ((6, [-1, 5, -1, 5]), FELL)
assert run([1, 1, 1], loop_clause_tries_break) in (('E1', [-1, -2]), FELL)
assert run([], clause_try_then_with) in ((6, [-1]), FELL)
assert run([1], clause_try_then_with) in ((6, [-1, -2, ('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([2], clause_try_then_with) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_then_with) in (('E1', [-1, -2]), FELL)
assert run([1, 2], clause_try_then_with) in ((6, [-1, -2, 3, ('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([1, 0, 1], clause_try_then_with) in (('E1', [-1, -2, ('enter', 4), -5, ('exit', 4, False)]), FELL)
