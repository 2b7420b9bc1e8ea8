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


def if_try_with_raise_finally_then_code(c, t, x, n, m):
    if c():
        try:
            with m(3):
                raise E1(7)
        finally:
            t(18)
    t(21)


def if_try_with_as_x_finally_if_then_code(c, t, x, n, m):
    if c():
        try:
            t(2)
            with m(3) as w:
                x(w)
                raise E2(7)
        finally:
            if c():
                t(18)
    t(21)


def elif_try_with_raise_finally_then_code(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            with m(3):
                raise E1(7)
        finally:
            t(18)
    t(21)


def if_try_with_raise_clause_return_finally(c, t, x, n, m):
    if c():
        try:
            with m(3):
                raise E1(7)
        except E1:
            return 13
        finally:
            t(18)
    return t(21)

assert run([], if_try_with_raise_finally_then_code) in ((None, [21]), FELL)
assert run([1], if_try_with_raise_finally_then_code) in (('E1', [('enter', 3), ('exit', 3, False), 18]), FELL)
assert run([1, 1], if_try_with_raise_finally_then_code) in ((None, [('enter', 3), ('exit', 3, True), 18, 21]), FELL)
assert run([], if_try_with_as_x_finally_if_then_code) in ((None, [21]), FELL)
assert run([1], if_try_with_as_x_finally_if_then_code) in (('E2', [2, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1, 1], if_try_with_as_x_finally_if_then_code) in (('E1', [2, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1, 0, 1], if_try_with_as_x_finally_if_then_code) in ((None, [2, ('enter', 3), -3, ('exit', 3, True), 21]), FELL)
assert run([1, 0, 0, 1], if_try_with_as_x_finally_if_then_code) in (('E2', [2, ('enter', 3), -3, ('exit', 3, False), 18]), FELL)
assert run([1, 0, 1, 1], if_try_with_as_x_finally_if_then_code) in ((None, [2, ('enter', 3), -3, ('exit', 3, True), 18, 21]), FELL)
assert run([1, 1, 0, 1], if_try_with_as_x_finally_if_then_code) in (('E1', [2, ('enter', 3), -3, ('exit', 3, False), 18]), FELL)
assert run([], elif_try_with_raise_finally_then_code) in ((None, [21]), FELL)
assert run([1], elif_try_with_raise_finally_then_code) in ((None, [1, 21]), FELL)
assert run([0, 1], elif_try_with_raise_finally_then_code) in (('E1', [('enter', 3), ('exit', 3, False), 18]), FELL)
assert run([0, 1, 1], elif_try_with_raise_finally_then_code) in ((None, [('enter', 3), ('exit', 3, True), 18, 21]), FELL)
assert run([], if_try_with_raise_clause_return_finally) in ((None, [21]), FELL)
assert run([1], if_try_with_raise_clause_return_finally) in ((13, [('enter', 3), ('exit', 3, False), 18]), FELL)
assert run([1, 1], if_try_with_raise_clause_return_finally) in ((None, [('enter', 3), ('exit', 3, True), 18, 21]), FELL)
