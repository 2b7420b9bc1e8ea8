




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


def try_elif_while_or_return(c, t, x, n, m):
    try:
        if c():
            return None
        if c():
            if c() or c():
                return 4
    except E2 as e:
        pass


def try_elif_if_or_return_const(c, t, x, n, m):
    try:
        if c():
            t(1)
            return None
        if c():
            if c() or c():
                return 4
    except E2:
        t(5)


def try_elif_while_or_raising_return(c, t, x, n, m):
    try:
        if c():
            x(1)
            return None
        if x(2) or c():
            if c() or x(3):
                return 4
    except E1:
        t(5)

assert run([], try_elif_while_or_return) in ((None, []), FELL)
assert run([0, 1, 1], try_elif_while_or_return) in ((4, []), FELL)
assert run([], try_elif_if_or_return_const) in ((None, []), FELL)
assert run([1], try_elif_if_or_return_const) in ((None, [1]), FELL)
assert run([0, 1, 1], try_elif_if_or_return_const) in ((4, []), FELL)
assert run([], try_elif_while_or_raising_return) in ((None, [-2]), FELL)
assert run([1], try_elif_while_or_raising_return) in ((None, [-1]), FELL)
assert run([0, 1], try_elif_while_or_raising_return) in ((None, [-2, 5]), FELL)
assert run([0, 2], try_elif_while_or_raising_return) in (('E2', [-2]), FELL)
assert run([1, 1], try_elif_while_or_raising_return) in ((None, [-1, 5]), FELL)
assert run([1, 2], try_elif_while_or_raising_return) in (('E2', [-1]), FELL)
assert run([0, 0, 1], try_elif_while_or_raising_return) in ((None, [-2, -3]), FELL)
assert run([0, 0, 1, 1], try_elif_while_or_raising_return) in ((4, [-2]), FELL)
assert run([0, 0, 1, 0, 1], try_elif_while_or_raising_return) in ((None, [-2, -3, 5]), FELL)
assert run([0, 0, 1, 0, 2], try_elif_while_or_raising_return) in (('E2', [-2, -3]), FELL)
