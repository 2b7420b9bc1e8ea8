








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


def elif_try_else_return_then_else_return(c, t, x, n, m):
    try:
        if c():
            pass
        elif c():
            try:
                x(9)
                return 13
            except E1:
                pass
        else:
            return 21
    except E2 as e:
        pass
    return None


def elif_try_else_return_then_else_return_code_after(c, t, x, n, m):
    try:
        if c():
            t(1)
        elif c():
            try:
                x(9)
                return 13
            except E1:
                t(10)
        else:
            return 21
    except E2:
        t(22)
    t(23)

assert run([], elif_try_else_return_then_else_return) in ((21, []), FELL)
assert run([1], elif_try_else_return_then_else_return) in ((None, []), FELL)
assert run([0, 1], elif_try_else_return_then_else_return) in ((13, [-9]), FELL)
assert run([0, 1, 1], elif_try_else_return_then_else_return) in ((None, [-9]), FELL)
assert run([], elif_try_else_return_then_else_return_code_after) in ((21, []), FELL)
assert run([1], elif_try_else_return_then_else_return_code_after) in ((None, [1, 23]), FELL)
assert run([0, 1], elif_try_else_return_then_else_return_code_after) in ((13, [-9]), FELL)
assert run([0, 1, 1], elif_try_else_return_then_else_return_code_after) in ((None, [-9, 10, 23]), FELL)
assert run([0, 1, 2], elif_try_else_return_then_else_return_code_after) in ((None, [-9, 22, 23]), FELL)
