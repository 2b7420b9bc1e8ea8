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


def if_else_try_empty_body_else_break(c, t, x, n, m):
    while c():
        if c():
            try:
                x(2)
                return 3
            except E1:
                pass
            except E2 as e:
                pass
        else:
            try:
                break
            except E1:
                pass
    t(13)


def while_else_break_in_clause_in_withs(c, t, x, n, m):
    while c():
        with m(6) as w, m(7):
            try:
                x(9)
            except E1:
                break
            except E2 as e:
                pass
    else:
        t(14)
    t(36)


def for_else_break_in_clause_in_while_true(c, t, x, n, m):
    while True:
        for k in n():
            try:
                x(3)
            except E1:
                break
            except E2 as e:
                continue
        else:
            t(15)


def if_returning_try_else_break(c, t, x, n, m):
    while c():
        if c():
            try:
                x(2)
                return 3
            except E1:
                pass
        else:
            break
    t(13)

assert run([], if_else_try_empty_body_else_break) in ((None, [13]), FELL)
assert run([1, 1], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([1, 1, 1], if_else_try_empty_body_else_break) in ((None, [-2, 13]), FELL)
assert run([1, 1, 1, 1, 1], if_else_try_empty_body_else_break) in ((3, [-2, -2]), FELL)
assert run([1, 2], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([1, 3], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([2, 1], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([2, 2], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([2, 3], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([3, 1], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([3, 2], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([3, 3], if_else_try_empty_body_else_break) in ((3, [-2]), FELL)
assert run([], while_else_break_in_clause_in_withs) in ((None, [14, 36]), FELL)
assert run([1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([1, 1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 36]), FELL)
assert run([1, 0, 1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), ('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([1, 0, 1, 1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), ('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 36]), FELL)
assert run([1, 0, 1, 0, 1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), ('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), ('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([2], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([3], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([2, 1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 36]), FELL)
assert run([3, 1], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 36]), FELL)
assert run([1, 0, 2], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), ('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([1, 0, 3], while_else_break_in_clause_in_withs) in ((None, [('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), ('enter', 6), ('enter', 7), -9, ('exit', 7, False), ('exit', 6, False), 14, 36]), FELL)
assert run([], for_else_break_in_clause_in_while_true) in (('Budget', [15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([1], for_else_break_in_clause_in_while_true) in (('Budget', [-3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([2], for_else_break_in_clause_in_while_true) in (('Budget', [-3, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([3], for_else_break_in_clause_in_while_true) in (('Budget', [-3, -3, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 1], for_else_break_in_clause_in_while_true) in (('Budget', [15, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 2], for_else_break_in_clause_in_while_true) in (('Budget', [15, -3, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 3], for_else_break_in_clause_in_while_true) in (('Budget', [15, -3, -3, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([1, 1], for_else_break_in_clause_in_while_true) in (('Budget', [-3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 0, 1], for_else_break_in_clause_in_while_true) in (('Budget', [15, 15, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 0, 2], for_else_break_in_clause_in_while_true) in (('Budget', [15, 15, -3, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 0, 3], for_else_break_in_clause_in_while_true) in (('Budget', [15, 15, -3, -3, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([0, 1, 1], for_else_break_in_clause_in_while_true) in (('Budget', [15, -3, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15]), FELL)
assert run([], if_returning_try_else_break) in ((None, [13]), FELL)
assert run([1, 1], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([1, 1, 1], if_returning_try_else_break) in ((None, [-2, 13]), FELL)
assert run([1, 1, 2], if_returning_try_else_break) in (('E2', [-2]), FELL)
assert run([1, 1, 1, 1, 1], if_returning_try_else_break) in ((3, [-2, -2]), FELL)
assert run([1, 2], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([1, 3], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([2, 1], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([2, 2], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([2, 3], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([3, 1], if_returning_try_else_break) in ((3, [-2]), FELL)
assert run([3, 2], if_returning_try_else_break) in ((3, [-2]), FELL)
