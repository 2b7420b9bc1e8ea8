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


def branch_try_with_return_finally(c, t, x, n, m):
    if c():
        try:
            with m(2):
                return 3
        finally:
            t(5)


def branch_try_with_return_finally_then_call(c, t, x, n, m):
    if c():
        try:
            with m(2):
                x(1)
                return 3
        finally:
            t(5)
    t(10)


def branch_try_with_return_finally_then_try(c, t, x, n, m):
    if c():
        try:
            with m(2):
                return 3
        finally:
            t(5)
    try:
        x(10)
    finally:
        t(12)


def case_try_with_return_finally(c, t, x, n, m):
    if c() == 0:
        try:
            with m(1):
                return 4
        finally:
            t(6)


def case_try_with_value_return_finally(c, t, x, n, m):
    if c() == 0:
        try:
            with m(4) as w:
                return x(5) or w
        finally:
            t(6)
    else:
        t(7)

assert run([], branch_try_with_return_finally) in ((None, []), FELL)
assert run([1], branch_try_with_return_finally) in ((3, [('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([], branch_try_with_return_finally_then_call) in ((None, [10]), FELL)
assert run([1], branch_try_with_return_finally_then_call) in ((3, [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 1], branch_try_with_return_finally_then_call) in (('E1', [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 2], branch_try_with_return_finally_then_call) in (('E2', [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], branch_try_with_return_finally_then_call) in ((None, [('enter', 2), -1, ('exit', 2, True), 5, 10]), FELL)
assert run([], branch_try_with_return_finally_then_try) in ((None, [-10, 12]), FELL)
assert run([1], branch_try_with_return_finally_then_try) in ((3, [('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([0, 1], branch_try_with_return_finally_then_try) in (('E1', [-10, 12]), FELL)
assert run([0, 2], branch_try_with_return_finally_then_try) in (('E2', [-10, 12]), FELL)
assert run([], case_try_with_return_finally) in ((4, [('enter', 1), ('exit', 1, False), 6]), FELL)
assert run([1], case_try_with_return_finally) in ((None, []), FELL)
assert run([], case_try_with_value_return_finally) in ((4, [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([1], case_try_with_value_return_finally) in ((None, [7]), FELL)
assert run([0, 1], case_try_with_value_return_finally) in (('E1', [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([0, 2], case_try_with_value_return_finally) in (('E2', [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([0, 1, 1], case_try_with_value_return_finally) in ((None, [('enter', 4), -5, ('exit', 4, True), 6]), FELL)
