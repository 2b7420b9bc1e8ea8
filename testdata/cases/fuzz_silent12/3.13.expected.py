

















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


def while_true_with_break_ends_while_true(c, t, x, n, m):
    while True:
        if c():
            break
        while True:
            if c():
                break
            with m(1) as w:
                break
    t(3)


def while_true_ends_tested_loop_clause_returns_in_finally(c, t, x, n, m):
    while not (c() and c()):
        while True:
            if c() and c():
                break
            try:
                x(5)
            except E1:
                pass
            except E2 as e:
                return 7
            finally:
                t(9)


def while_true_ends_tested_loop_clause_returns(c, t, x, n, m):
    while not c():
        while True:
            if c():
                break
            try:
                x(5)
            except E2:
                return 7
            finally:
                t(9)


def clause_while_true_break_return_in_finally(c, t, x, n, m):
    try:
        x(2)
    except E1:
        while True:
            if c() and c():
                break
            elif not c():
                return 27
    finally:
        pass
    return None


def clause_while_true_break_if_return_in_finally(c, t, x, n, m):
    try:
        x(2)
    except E1:
        while True:
            if c():
                break
            elif not c():
                return 27
    finally:
        t(9)

assert run([], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([0, 1], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([0, 1, 0, 1], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([2], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([3], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([0, 2], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 3], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 2], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([0, 0, 3], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in ((None, []), FELL)
assert run([0, 0, 2], while_true_ends_tested_loop_clause_returns_in_finally) in ((7, [-5, 9]), FELL)
assert run([0, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1, 0, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 1, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 2], while_true_ends_tested_loop_clause_returns_in_finally) in ((7, [-5, 9, -5, 9]), FELL)
assert run([1, 0, 1, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([2], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([3], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([0, 1], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 1], while_true_ends_tested_loop_clause_returns) in (('E1', [-5, 9]), FELL)
assert run([0, 0, 2], while_true_ends_tested_loop_clause_returns) in ((7, [-5, 9]), FELL)
assert run([0, 1, 0, 1], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_ends_tested_loop_clause_returns) in (('E1', [-5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 2], while_true_ends_tested_loop_clause_returns) in ((7, [-5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 1, 1], while_true_ends_tested_loop_clause_returns) in ((None, [-5, 9]), FELL)
assert run([2], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([3], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([0, 2], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([2], clause_while_true_break_return_in_finally) in (('E2', [-2]), FELL)
assert run([1, 1, 1], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1, 1, 0, 1, 1, 1], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1, 1, 0, 0], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([1, 0, 0, 1, 1], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1], clause_while_true_break_if_return_in_finally) in ((27, [-2, 9]), FELL)
assert run([2], clause_while_true_break_if_return_in_finally) in (('E2', [-2, 9]), FELL)
assert run([1, 1, 1], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 1, 0, 1, 1, 1], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 1, 0, 0], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 0, 0, 1, 1], clause_while_true_break_if_return_in_finally) in ((27, [-2, 9]), FELL)
