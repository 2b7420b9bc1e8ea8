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


def for_else_break_return_attr(c, t, x, n, m):
    for j in n():
        if c():
            t(1)
            break
        t(6)
    else:
        return 10
    return E2.__name__


def branch_for_else_break_return_attr(c, t, x, n, m):
    if c():
        for j in n():
            if c():
                t(1)
                break
            t(6)
        else:
            return 10
    return E2.__name__


def for_else_break_return_global(c, t, x, n, m):
    for j in n():
        if c():
            x(j)
            break
        t(6)
    else:
        return 10
    return FELL[0]


def for_break_return_attr(c, t, x, n, m):
    for j in n():
        if c():
            t(1)
            break
        t(6)
    return E2.__name__

assert run([], for_else_break_return_attr) in ((10, []), FELL)
assert run([1], for_else_break_return_attr) in ((10, [6]), FELL)
assert run([2], for_else_break_return_attr) in ((10, [6, 6]), FELL)
assert run([1, 1], for_else_break_return_attr) in (('E2', [1]), FELL)
assert run([2, 0, 1], for_else_break_return_attr) in (('E2', [6, 1]), FELL)
assert run([], branch_for_else_break_return_attr) in (('E2', []), FELL)
assert run([1], branch_for_else_break_return_attr) in ((10, []), FELL)
assert run([1, 1], branch_for_else_break_return_attr) in ((10, [6]), FELL)
assert run([1, 2], branch_for_else_break_return_attr) in ((10, [6, 6]), FELL)
assert run([1, 1, 1], branch_for_else_break_return_attr) in (('E2', [1]), FELL)
assert run([1, 2, 0, 1], branch_for_else_break_return_attr) in (('E2', [6, 1]), FELL)
assert run([], for_else_break_return_global) in ((10, []), FELL)
assert run([1], for_else_break_return_global) in ((10, [6]), FELL)
assert run([2], for_else_break_return_global) in ((10, [6, 6]), FELL)
assert run([1, 1], for_else_break_return_global) in (('fell back', [0]), FELL)
assert run([1, 1, 1], for_else_break_return_global) in (('E1', [0]), FELL)
assert run([1, 1, 2], for_else_break_return_global) in (('E2', [0]), FELL)
assert run([], for_break_return_attr) in (('E2', []), FELL)
assert run([1], for_break_return_attr) in (('E2', [6]), FELL)
assert run([2], for_break_return_attr) in (('E2', [6, 6]), FELL)
assert run([1, 1], for_break_return_attr) in (('E2', [1]), FELL)
assert run([2, 0, 1], for_break_return_attr) in (('E2', [6, 1]), FELL)
