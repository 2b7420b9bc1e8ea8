








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


def clause_with_returning_value_finally_if(c, t, x, n, m):
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return v, w
    finally:
        if c():
            pass


def clause_with_returning_value_finally_if_call(c, t, x, n, m):
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return v, w
    finally:
        if c():
            t(2)


def clause_return_finally_if_pass(c, t, x, n, m):
    v = 20
    try:
        try:
            x(21)
        except E1:
            return v
        return None
    finally:
        if c():
            pass


def body_return_finally_if_pass(c, t, x, n, m):
    try:
        return x(21)
    finally:
        if c():
            pass


def finally_in_if_else_returns(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 1
        except E1:
            pass
        finally:
            t(25)
    t(3)


def finally_in_if_else_returns_at_end(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 1
        except E1:
            t(2)
        finally:
            t(25)


def finally_in_while_else_returns(c, t, x, n, m):
    while c():
        try:
            x(1)
            return 1
        except E1:
            pass
        finally:
            t(25)
    t(3)

ENTER_EXIT = [('enter', 26), ('exit', 26, False)]
assert run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21] + ENTER_EXIT), FELL)
assert run([1, 1], clause_with_returning_value_finally_if) in (((20, 26), [-21] + ENTER_EXIT), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in (('E2', [-21]), FELL)
assert run([1, 1], clause_with_returning_value_finally_if_call) in (((20, 26), [-21] + ENTER_EXIT + [2]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if_call) in ((None, [-21]), FELL)
assert run([1, 1], clause_return_finally_if_pass) in ((20, [-21]), FELL)
assert run([0, 1], clause_return_finally_if_pass) in ((None, [-21]), FELL)
assert run([2, 0], clause_return_finally_if_pass) in (('E2', [-21]), FELL)
assert run([0, 1], body_return_finally_if_pass) in ((None, [-21]), FELL)
assert run([1, 0], body_return_finally_if_pass) in (('E1', [-21]), FELL)
assert run([0], finally_in_if_else_returns) in ((None, [3]), FELL)
assert run([1, 0], finally_in_if_else_returns) in ((1, [-1, 25]), FELL)
assert run([1, 1], finally_in_if_else_returns) in ((None, [-1, 25, 3]), FELL)
assert run([1, 2], finally_in_if_else_returns) in (('E2', [-1, 25]), FELL)
assert run([0], finally_in_if_else_returns_at_end) in ((None, []), FELL)
assert run([1, 0], finally_in_if_else_returns_at_end) in ((1, [-1, 25]), FELL)
assert run([1, 1], finally_in_if_else_returns_at_end) in ((None, [-1, 2, 25]), FELL)
assert run([0], finally_in_while_else_returns) in ((None, [3]), FELL)
assert run([1, 0], finally_in_while_else_returns) in ((1, [-1, 25]), FELL)
assert run([1, 1, 1, 1, 0], finally_in_while_else_returns) in ((None, [-1, 25, -1, 25, 3]), FELL)
