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


def else_with_return_except_finally_pass(c, t, x, n, m):
    try:
        x(1)
    except E1:
        pass
    else:
        try:
            with m(2) as w:
                return 3
        except E2 as e:
            t(4)
        finally:
            pass
    return c()


def with_return_except_finally_pass(c, t, x, n, m):
    t(0)
    try:
        with m(2):
            return 3
    except E1:
        t(4)
    finally:
        pass
    return c()

assert run([], else_with_return_except_finally_pass) in ((3, [-1, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], else_with_return_except_finally_pass) in ((0, [-1]), FELL)
assert run([2], else_with_return_except_finally_pass) in (('E2', [-1]), FELL)
assert run([1, 1], else_with_return_except_finally_pass) in ((1, [-1]), FELL)
assert run([1, 2], else_with_return_except_finally_pass) in ((2, [-1]), FELL)
assert run([], with_return_except_finally_pass) in ((3, [0, ('enter', 2), ('exit', 2, False)]), FELL)
