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


def branch_loop_try_finally_then_return_loop(c, t, x, n, m):
    if c():
        while c():
            try:
                x(60)
                return 61
            except E1:
                pass
            except E2 as e:
                pass
            finally:
                pass
            if c() and (c() or c()):
                return 66
    return 7


def branch_loop_try_finally_then_if_return(c, t, x, n, m):
    if c():
        while c():
            try:
                x(60)
                return 61
            except E1:
                t(3)
            finally:
                t(4)
            if c():
                return 66
    return 7


def branch_loop_try_then_if_raise(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(60)
                return 61
            except E1:
                t(i)
            if c():
                raise E2(i)
    t(8)


def branch_loop_try_finally_ending_function(c, t, x, n, m):
    if c():
        while c():
            try:
                x(60)
                return 61
            except E1 as e:
                pass
            finally:
                pass
            if c() and (c() or c()):
                return 66
        return E1.__name__

assert run([], branch_loop_try_finally_then_return_loop) in ((7, []), FELL)
assert run([1, 1], branch_loop_try_finally_then_return_loop) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_then_return_loop) in ((7, [-60]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_then_return_loop) in ((61, [-60, -60]), FELL)
assert run([1, 1, 1, 1, 1], branch_loop_try_finally_then_return_loop) in ((66, [-60]), FELL)
assert run([1, 1, 1, 0, 1, 1], branch_loop_try_finally_then_return_loop) in ((7, [-60, -60]), FELL)
assert run([], branch_loop_try_finally_then_if_return) in ((7, []), FELL)
assert run([1, 1], branch_loop_try_finally_then_if_return) in ((61, [-60, 4]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_then_if_return) in ((7, [-60, 3, 4]), FELL)
assert run([1, 1, 2], branch_loop_try_finally_then_if_return) in (('E2', [-60, 4]), FELL)
assert run([1, 1, 1, 1], branch_loop_try_finally_then_if_return) in ((66, [-60, 3, 4]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_then_if_return) in ((61, [-60, 3, 4, -60, 4]), FELL)
assert run([], branch_loop_try_then_if_raise) in ((None, [8]), FELL)
assert run([1, 1], branch_loop_try_then_if_raise) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_then_if_raise) in ((None, [-60, 0, 8]), FELL)
assert run([1, 1, 2], branch_loop_try_then_if_raise) in (('E2', [-60]), FELL)
assert run([1, 2, 1], branch_loop_try_then_if_raise) in ((61, [-60, 0, -60]), FELL)
assert run([1, 1, 1, 1], branch_loop_try_then_if_raise) in (('E2', [-60, 0]), FELL)
assert run([], branch_loop_try_finally_ending_function) in ((None, []), FELL)
assert run([1], branch_loop_try_finally_ending_function) in (('E1', []), FELL)
assert run([1, 1], branch_loop_try_finally_ending_function) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_ending_function) in (('E1', [-60]), FELL)
assert run([1, 1, 2], branch_loop_try_finally_ending_function) in (('E2', [-60]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_ending_function) in ((61, [-60, -60]), FELL)
