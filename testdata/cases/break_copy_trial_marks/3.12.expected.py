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


def for_break_in_nested_if_elifs(c, t, x, n, m):
    if c():
        if c():
            for i in n():
                break
            return c()
        while True:
            if c():
                return c()
    if c():
        return c()
    if c():
        return c()
    return c()


def for_break_in_nested_if_elif_call(c, t, x, n, m):
    if c():
        if c():
            for i in n():
                t(i)
                break
        else:
            t(4)
    elif c():
        t(5)
    return x(6) or c()


def for_break_in_if(c, t, x, n, m):
    if c():
        for i in n():
            break
    elif c():
        t(2)
    return c()

assert run([], for_break_in_nested_if_elifs) in ((0, []), FELL)
assert run([1], for_break_in_nested_if_elifs) in (('Budget', []), FELL)
assert run([0, 1, 1], for_break_in_nested_if_elifs) in ((1, []), FELL)
assert run([0, 1, 2], for_break_in_nested_if_elifs) in ((2, []), FELL)
assert run([], for_break_in_nested_if_elif_call) in ((0, [-6]), FELL)
assert run([1], for_break_in_nested_if_elif_call) in ((0, [4, -6]), FELL)
assert run([0, 1], for_break_in_nested_if_elif_call) in ((0, [5, -6]), FELL)
assert run([0, 0, 1], for_break_in_nested_if_elif_call) in (('E1', [-6]), FELL)
assert run([0, 0, 2], for_break_in_nested_if_elif_call) in (('E2', [-6]), FELL)
assert run([0, 1, 1], for_break_in_nested_if_elif_call) in (('E1', [5, -6]), FELL)
assert run([], for_break_in_if) in ((0, []), FELL)
assert run([0, 1], for_break_in_if) in ((0, [2]), FELL)
assert run([0, 0, 1], for_break_in_if) in ((1, []), FELL)
assert run([0, 0, 2], for_break_in_if) in ((2, []), FELL)
assert run([0, 1, 1], for_break_in_if) in ((1, [2]), FELL)
assert run([0, 1, 2], for_break_in_if) in ((2, [2]), FELL)
