






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


def while_c_around_endless_try_continue(c, t, x, n, m):
    if c():
        while True:
            try:
                x(c())
            except E1:
                pass


def if_around_endless_try_continue(c, t, x, n, m):
    t(1)
    if c():
        while True:
            try:
                x(c())
                if c():
                    continue
                t(4)
            except E1:
                t(5)
    return 6


def for_around_endless_try_continue(c, t, x, n, m):
    for j in n():
        while True:
            try:
                x(c())
            except E2:
                break
            except E1:
                pass
        return 7


def endless_try_continue_raise(c, t, x, n, m):
    if c():
        t(2)
        return 8
    while True:
        try:
            x(c())
        except E1:
            if c():
                raise

assert run([], while_c_around_endless_try_continue) in ((None, []), FELL)
assert run([1, 0, 2], while_c_around_endless_try_continue) in (('E2', [0]), FELL)
assert run([1, 1, 2], while_c_around_endless_try_continue) in (('E2', [-1]), FELL)
assert run([1, 2, 2], while_c_around_endless_try_continue) in (('E2', [-2]), FELL)
assert run([1, 0, 0, 0, 2], while_c_around_endless_try_continue) in (('E2', [0, 0]), FELL)
assert run([1, 0, 0, 1, 2], while_c_around_endless_try_continue) in (('E2', [0, -1]), FELL)
assert run([], if_around_endless_try_continue) in ((6, [1]), FELL)
assert run([1, 0, 2], if_around_endless_try_continue) in (('E2', [1, 0]), FELL)
assert run([1, 1, 2], if_around_endless_try_continue) in (('E2', [1, -1]), FELL)
assert run([1, 2, 2], if_around_endless_try_continue) in (('E2', [1, -2]), FELL)
assert run([1, 0, 1, 0, 2], if_around_endless_try_continue) in (('E2', [1, 0, 5, 0]), FELL)
assert run([1, 0, 1, 1, 2], if_around_endless_try_continue) in (('E2', [1, 0, 5, -1]), FELL)
assert run([], for_around_endless_try_continue) in ((None, []), FELL)
assert run([1, 0, 2], for_around_endless_try_continue) in ((7, [0]), FELL)
assert run([1, 1, 2], for_around_endless_try_continue) in ((7, [-1]), FELL)
assert run([1, 2, 2], for_around_endless_try_continue) in ((7, [-2]), FELL)
assert run([1, 0, 0, 0, 2], for_around_endless_try_continue) in ((7, [0, 0]), FELL)
assert run([1, 0, 0, 1, 2], for_around_endless_try_continue) in ((7, [0, -1]), FELL)
assert run([1], endless_try_continue_raise) in ((8, [2]), FELL)
assert run([0, 0, 2], endless_try_continue_raise) in (('E2', [0]), FELL)
assert run([0, 1, 2], endless_try_continue_raise) in (('E2', [-1]), FELL)
assert run([0, 2, 2], endless_try_continue_raise) in (('E2', [-2]), FELL)
assert run([0, 0, 1, 1], endless_try_continue_raise) in (('E1', [0]), FELL)
assert run([0, 1, 1, 1], endless_try_continue_raise) in (('E1', [-1]), FELL)
