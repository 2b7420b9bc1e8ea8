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


def while_true_with_return(c, t, x, n, m):
    while True:
        with m(10):
            return 15


def while_true_if_else_with_return(c, t, x, n, m):
    while True:
        if c():
            t(1)
        else:
            with m(12):
                x(13)
                return 14


def while_true_if_elif_else_with_return_value(c, t, x, n, m):
    while True:
        if c():
            pass
        elif c():
            t(2)
        else:
            with m(12) as w:
                return t(w)

assert run([], while_true_with_return) in ((15, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([], while_true_if_else_with_return) in ((14, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1], while_true_if_else_with_return) in ((14, [1, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1], while_true_if_else_with_return) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2], while_true_if_else_with_return) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 1], while_true_if_else_with_return) in ((14, [1, 1, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1], while_true_if_else_with_return) in ((14, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 0, 1], while_true_if_else_with_return) in (('E1', [1, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 0, 2], while_true_if_else_with_return) in (('E2', [1, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([], while_true_if_elif_else_with_return_value) in ((None, [('enter', 12), 12, ('exit', 12, False)]), FELL)
assert run([0, 1], while_true_if_elif_else_with_return_value) in ((None, [2, ('enter', 12), 12, ('exit', 12, False)]), FELL)
assert run([0, 1, 0, 1], while_true_if_elif_else_with_return_value) in ((None, [2, 2, ('enter', 12), 12, ('exit', 12, False)]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_if_elif_else_with_return_value) in ((None, [2, 2, 2, ('enter', 12), 12, ('exit', 12, False)]), FELL)
