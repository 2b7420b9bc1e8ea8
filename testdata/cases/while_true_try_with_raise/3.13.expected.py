







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


def while_true_try_with_raise(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            with m(1):
                x(2)
                raise E2(3)
        except E1:
            t(4)
    t(10)


def while_true_try_with_as_raise_clauses(c, t, x, n, m):
    while True:
        if c():
            return 10
        try:
            with m(1) as w:
                x(w)
                raise E2(3)
        except E1:
            t(4)
        except E2:
            t(5)


def for_try_with_raise(c, t, x, n, m):
    for j in n():
        if c():
            break
        try:
            with m(1):
                x(2)
                raise E2(3)
        except E1:
            t(4)
    t(10)


def while_true_try_with_raise_clause_loop(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            with m(1):
                x(2)
                raise E2(3)
        except E1:
            with m(3):
                t(4)
                x(6)
            for j in n():
                x(7)
    t(10)

assert run([], while_true_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], while_true_try_with_raise) in ((None, [10]), FELL)
assert run([0, 1], while_true_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False), 4, ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, True), 10]), FELL)
assert run([0, 1, 0, 1], while_true_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, False), 4, 10]), FELL)
assert run([1], while_true_try_with_as_raise_clauses) in ((10, []), FELL)
assert run([0, 0, 0, 1], while_true_try_with_as_raise_clauses) in ((10, [('enter', 1), -1, ('exit', 1, False), 5]), FELL)
assert run([0, 0, 1, 1], while_true_try_with_as_raise_clauses) in ((10, [('enter', 1), -1, ('exit', 1, True)]), FELL)
assert run([0, 1, 0, 1], while_true_try_with_as_raise_clauses) in ((10, [('enter', 1), -1, ('exit', 1, False), 4]), FELL)
assert run([], for_try_with_raise) in ((None, [10]), FELL)
assert run([1], for_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], for_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, False), 4, 10]), FELL)
assert run([2, 0, 1], for_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False), 4, ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 0, 1], for_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, True), 10]), FELL)
assert run([2, 0, 0, 1], for_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], while_true_try_with_raise_clause_loop) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], while_true_try_with_raise_clause_loop) in ((None, [10]), FELL)
assert run([0, 1], while_true_try_with_raise_clause_loop) in (('E2', [('enter', 1), -2, ('exit', 1, False), ('enter', 3), 4, -6, ('exit', 3, False), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_try_with_raise_clause_loop) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_try_with_raise_clause_loop) in ((None, [('enter', 1), -2, ('exit', 1, True), 10]), FELL)
assert run([0, 1, 0, 1], while_true_try_with_raise_clause_loop) in (('E1', [('enter', 1), -2, ('exit', 1, False), ('enter', 3), 4, -6, ('exit', 3, False)]), FELL)
