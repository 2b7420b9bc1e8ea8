





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


def nested_try_then_try_return_finally_pass(c, t, x, n, m):
    try:
        try:
            x(2)
        except E1:
            t(3)
    except E2:
        t(4)
    try:
        t(5)
        return 15
    except E1:
        t(6)
    finally:
        pass


def nested_try_then_try_return_finally(c, t, x, n, m):
    try:
        try:
            x(2)
        except E1:
            t(3)
    except E2:
        t(4)
    try:
        x(5)
        return 15
    except E1:
        t(6)
    finally:
        t(7)
    return 8

assert run([], nested_try_then_try_return_finally_pass) in ((15, [-2, 5]), FELL)
assert run([1], nested_try_then_try_return_finally_pass) in ((15, [-2, 3, 5]), FELL)
assert run([2], nested_try_then_try_return_finally_pass) in ((15, [-2, 4, 5]), FELL)
assert run([], nested_try_then_try_return_finally) in ((15, [-2, -5, 7]), FELL)
assert run([1], nested_try_then_try_return_finally) in ((15, [-2, 3, -5, 7]), FELL)
assert run([2], nested_try_then_try_return_finally) in ((15, [-2, 4, -5, 7]), FELL)
assert run([0, 1], nested_try_then_try_return_finally) in ((8, [-2, -5, 6, 7]), FELL)
assert run([0, 2], nested_try_then_try_return_finally) in (('E2', [-2, -5, 7]), FELL)
assert run([1, 1], nested_try_then_try_return_finally) in ((8, [-2, 3, -5, 6, 7]), FELL)
assert run([1, 2], nested_try_then_try_return_finally) in (('E2', [-2, 3, -5, 7]), FELL)
assert run([2, 1], nested_try_then_try_return_finally) in ((8, [-2, 4, -5, 6, 7]), FELL)
assert run([2, 2], nested_try_then_try_return_finally) in (('E2', [-2, 4, -5, 7]), FELL)
