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


def threaded_break_then_try_return(c, t, x, n, m):
    for k in n():
        while True:
            if c() and (c() or c()):
                break
            if c() or c() and c():
                t(1)
            elif c():
                continue
            try:
                return 68
            except E1:
                pass
    t(69)


def threaded_break_then_return(c, t, x, n, m):
    for k in n():
        while True:
            if c():
                break
            if c():
                t(2)
            elif c():
                t(3)
                continue
            return 68
    return 69


def threaded_break_then_raise(c, t, x, n, m):
    for k in n():
        t(k)
        while True:
            if c() and c():
                break
            if c():
                continue
            raise E2(k)
    return 69

assert run([], threaded_break_then_try_return) in ((None, [69]), FELL)
assert run([1], threaded_break_then_try_return) in ((68, []), FELL)
assert run([1, 0, 1], threaded_break_then_try_return) in ((68, [1]), FELL)
assert run([], threaded_break_then_return) in ((69, []), FELL)
assert run([1], threaded_break_then_return) in ((68, []), FELL)
assert run([1, 0, 1], threaded_break_then_return) in ((68, [2]), FELL)
assert run([1, 0, 0, 1], threaded_break_then_return) in ((68, [3]), FELL)
assert run([1, 0, 0, 1, 1], threaded_break_then_return) in ((69, [3]), FELL)
assert run([1, 0, 0, 1, 0, 1], threaded_break_then_return) in ((68, [3, 2]), FELL)
assert run([], threaded_break_then_raise) in ((69, []), FELL)
assert run([1], threaded_break_then_raise) in (('E2', [0]), FELL)
assert run([1, 1, 1], threaded_break_then_raise) in ((69, [0]), FELL)
assert run([2, 1, 1], threaded_break_then_raise) in (('E2', [0, 1]), FELL)
assert run([2, 1, 1, 1, 1], threaded_break_then_raise) in ((69, [0, 1]), FELL)
assert run([2, 1, 1, 0, 1], threaded_break_then_try_return) in ((68, [1]), FELL)
