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


def close_like(c, t, x, n, m):
    try:
        x(1)
    finally:
        t(2)
        if c():
            try:
                x(3)
            except E1 as exc:
                if c() and c():
                    raise
            finally:
                t(4)


def finally_try_clause_if_raise(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            if c():
                raise
        finally:
            t(3)


def finally_try_clause_goes_on(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            t(5)
        finally:
            t(3)


def finally_try_clause_then_code(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            if c():
                raise
        finally:
            t(3)
    t(9)


def finally_try_except_only(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            t(5)
        t(6)
    return 7


def while_true_break_test_in_try_finally(c, t, x, n, m):
    t(1)
    try:
        while True:
            x(2)
            if c():
                break
    finally:
        t(3)

assert run([0, 0], close_like) in ((None, [-1, 2]), FELL)
assert run([0, 1, 0], close_like) in ((None, [-1, 2, -3, 4]), FELL)
assert run([0, 1, 1, 1, 1], close_like) in (('E1', [-1, 2, -3, 4]), FELL)
assert run([0, 1, 1, 1, 0], close_like) in ((None, [-1, 2, -3, 4]), FELL)
assert run([1, 1, 0], close_like) in (('E1', [-1, 2, -3, 4]), FELL)
assert run([1, 1, 2], close_like) in (('E2', [-1, 2, -3, 4]), FELL)
assert run([0, 0], finally_try_clause_if_raise) in ((None, [-1, -2, 3]), FELL)
assert run([0, 1, 0], finally_try_clause_if_raise) in ((None, [-1, -2, 3]), FELL)
assert run([0, 1, 1], finally_try_clause_if_raise) in (('E1', [-1, -2, 3]), FELL)
assert run([1, 1, 0], finally_try_clause_if_raise) in (('E1', [-1, -2, 3]), FELL)
assert run([2, 1, 0], finally_try_clause_if_raise) in (('E2', [-1, -2, 3]), FELL)
assert run([0, 1], finally_try_clause_goes_on) in ((None, [-1, -2, 5, 3]), FELL)
assert run([1, 2], finally_try_clause_goes_on) in (('E2', [-1, -2, 3]), FELL)
assert run([0, 1, 0], finally_try_clause_then_code) in ((None, [-1, -2, 3, 9]), FELL)
assert run([0, 1, 1], finally_try_clause_then_code) in (('E1', [-1, -2, 3]), FELL)
assert run([1, 0], finally_try_clause_then_code) in (('E1', [-1, -2, 3]), FELL)
assert run([0, 1], finally_try_except_only) in ((7, [-1, -2, 5, 6]), FELL)
assert run([2, 0], finally_try_except_only) in (('E2', [-1, -2, 6]), FELL)
assert run([0, 1], while_true_break_test_in_try_finally) in ((None, [1, -2, 3]), FELL)
assert run([0, 0, 0, 1], while_true_break_test_in_try_finally) in ((None, [1, -2, -2, 3]), FELL)
assert run([1], while_true_break_test_in_try_finally) in (('E1', [1, -2, 3]), FELL)
