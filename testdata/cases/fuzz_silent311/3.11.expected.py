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


def while_true_try_finally_inner_continue_clauses_leave(c, t, x, n, m):
    while True:
        if c() or c():
            pass
        try:
            try:
                x(1)
                continue
            except E1:
                return None
            except E2:
                return 4
        except E1:
            t(2)
        except E2:
            pass
        finally:
            t(18)
        t(19)


def while_true_try_finally_inner_continue_break(c, t, x, n, m):
    while True:
        c()
        try:
            try:
                x(1)
                continue
            except E1:
                return
        except E1:
            pass
        finally:
            t(18)


def while_true_try_finally_inner_continue(c, t, x, n, m):
    while True:
        c()
        try:
            x(1)
            continue
        except E1:
            t(3)
        finally:
            t(18)


def for_with_return_const_in_try(c, t, x, n, m):
    try:
        for j in n():
            with m(2) as w:
                return 3
    except E1:
        return None


def for_with_return_const_in_try_then_code(c, t, x, n, m):
    try:
        for j in n():
            with m(2) as w:
                return 3
    except E1:
        pass
    t(5)


def while_true_for_else_try_break_then_try_finally_break(c, t, x, n, m):
    # depyf: e is local, bound only in unreachable code
    e: object
    for j in n():
        t(1)
    t(36)

assert run([1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18]), FELL)
assert run([1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18]), FELL)
assert run([1, 0, 1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 0, 1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18]), FELL)
assert run([0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18]), FELL)
assert run([0, 0, 0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18]), FELL)
assert run([0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 18]), FELL)
assert run([0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 3, 18, -1, 18]), FELL)
assert run([0, 1, 0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 18, -1, 18]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 3, 18, -1, 18]), FELL)
assert run([], for_with_return_const_in_try) in ((None, []), FELL)
assert run([1], for_with_return_const_in_try) in ((3, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_return_const_in_try_then_code) in ((None, [5]), FELL)
assert run([1], for_with_return_const_in_try_then_code) in ((3, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_true_for_else_try_break_then_try_finally_break) in ((None, [36]), FELL)
assert run([1], while_true_for_else_try_break_then_try_finally_break) in ((None, [1, 36]), FELL)
assert run([2], while_true_for_else_try_break_then_try_finally_break) in ((None, [1, 1, 36]), FELL)
