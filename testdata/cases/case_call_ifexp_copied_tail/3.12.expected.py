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


def case_call_ifexp(c, t, x, n, m):
    v = 0
    match x(1):
        case None:
            t(v if c() else 6)
            return
        case 1:
            v *= 10


def case_call_ifexp_then_return(c, t, x, n, m):
    v = 5
    match x(1):
        case None:
            t(v if c() else 6)
            return None
        case 1:
            return 16


def case_two_args_ifexp(c, t, x, n, m):
    if x(1) is None and c():
        t((2, 3 if c() else 4))
    else:
        t(5)


def case_after_try_ifexp(c, t, x, n, m):
    v = 0
    match x(1):
        case None:
            try:
                v ^= 1
            finally:
                t(4)
            t(v if c() else 6)
            return None
        case {**rest}:
            return 16

assert run([], case_call_ifexp) in ((None, [-1, 6]), FELL)
assert run([1], case_call_ifexp) in (('E1', [-1]), FELL)
assert run([2], case_call_ifexp) in (('E2', [-1]), FELL)
assert run([0, 1], case_call_ifexp) in ((None, [-1, 0]), FELL)
assert run([], case_call_ifexp_then_return) in ((None, [-1, 6]), FELL)
assert run([1], case_call_ifexp_then_return) in (('E1', [-1]), FELL)
assert run([2], case_call_ifexp_then_return) in (('E2', [-1]), FELL)
assert run([0, 1], case_call_ifexp_then_return) in ((None, [-1, 5]), FELL)
assert run([], case_two_args_ifexp) in ((None, [-1, 5]), FELL)
assert run([1], case_two_args_ifexp) in (('E1', [-1]), FELL)
assert run([2], case_two_args_ifexp) in (('E2', [-1]), FELL)
assert run([0, 1], case_two_args_ifexp) in ((None, [-1, (2, 4)]), FELL)
assert run([0, 1, 1], case_two_args_ifexp) in ((None, [-1, (2, 3)]), FELL)
assert run([], case_after_try_ifexp) in ((None, [-1, 4, 6]), FELL)
assert run([1], case_after_try_ifexp) in (('E1', [-1]), FELL)
assert run([2], case_after_try_ifexp) in (('E2', [-1]), FELL)
assert run([0, 1], case_after_try_ifexp) in ((None, [-1, 4, 1]), FELL)
