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


def while_true_try_else_return_finally(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            continue
        try:
            return 8
        finally:
            t(9)
    try:
        pass
    except E1:
        pass
    if c() or c():
        t(10)


def while_true_try_else_return_finally_match_after(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            continue
        try:
            return 8
        finally:
            t(9)
    try:
        pass
    except E1:
        pass
    z = len(n())
    if z > 1:
        t(z)


def while_true_try_else_return_finally_enclosing_finally(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            pass
        else:
            try:
                return 8
            finally:
                t(9)
        finally:
            t(10)
    try:
        pass
    except E1:
        pass
    if c() or c():
        t(11)

assert run([], while_true_try_else_return_finally) in ((8, [-5, 9]), FELL)
assert run([1], while_true_try_else_return_finally) in ((None, []), FELL)
assert run([1, 1], while_true_try_else_return_finally) in ((None, [10]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally) in ((8, [-5, -5, 9]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 1], while_true_try_else_return_finally) in ((None, [-5, 10]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally) in ((8, [-5, -5, -5, 9]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally) in (('E2', [-5, -5]), FELL)
assert run([], while_true_try_else_return_finally_match_after) in ((8, [-5, 9]), FELL)
assert run([1], while_true_try_else_return_finally_match_after) in ((None, []), FELL)
assert run([1, 2], while_true_try_else_return_finally_match_after) in ((None, [2]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally_match_after) in ((8, [-5, -5, 9]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally_match_after) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally_match_after) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 2], while_true_try_else_return_finally_match_after) in ((None, [-5, 2]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally_match_after) in ((8, [-5, -5, -5, 9]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally_match_after) in (('E2', [-5, -5]), FELL)
assert run([], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 9, 10]), FELL)
assert run([1], while_true_try_else_return_finally_enclosing_finally) in ((None, []), FELL)
assert run([1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [11]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 10, -5, 9, 10]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally_enclosing_finally) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [-5, 10]), FELL)
assert run([0, 0, 1, 1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [-5, 10, 11]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 10, -5, 10, -5, 9, 10]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally_enclosing_finally) in (('E2', [-5, 10, -5, 10]), FELL)
