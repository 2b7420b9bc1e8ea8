











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


def while_true_break_then_try_else_return(c, t, x, n, m):
    while True:
        if not c():
            break
        try:
            x(1)
        except E1:
            continue
        t(4)
        return 5
    t(6)


def while_true_break_then_try_else_return_value(c, t, x, n, m):
    while True:
        t(1)
        if c():
            break
        try:
            v = x(2)
        except E1:
            t(3)
            continue
        return v
    t(6)
    return 7


def two_clauses_ending_in_loops_then_return(c, t, x, n, m):
    try:
        with m(2):
            pass
    except E1:
        while True:
            if not c():
                break
    except E2 as e:
        while True:
            if c():
                break
    return r()


def two_clauses_ending_in_loops_body_call(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while True:
            if not c():
                break
            t(2)
    except E2:
        while c():
            t(3)
    return r()


def r():
    return 9


def with_while_true_break_try_continue_clause(c, t, x, n, m):
    with m(1) as w:
        while True:
            if c():
                break
            try:
                x(7)
                continue
            except E1:
                t(8)


def with_while_true_break_return_try_continue_clause(c, t, x, n, m):
    with m(1) as w:
        while True:
            if c():
                break
            if not c():
                return 3
            try:
                x(7)
                continue
            except E1:
                t(8)
    return 4

assert run([], while_true_break_then_try_else_return) in ((None, [6]), FELL)
assert run([1], while_true_break_then_try_else_return) in ((5, [-1, 4]), FELL)
assert run([1, 1], while_true_break_then_try_else_return) in ((None, [-1, 6]), FELL)
assert run([1, 2], while_true_break_then_try_else_return) in (('E2', [-1]), FELL)
assert run([1, 1, 1], while_true_break_then_try_else_return) in ((5, [-1, -1, 4]), FELL)
assert run([1, 1, 1, 1], while_true_break_then_try_else_return) in ((None, [-1, -1, 6]), FELL)
assert run([], while_true_break_then_try_else_return_value) in ((None, [1, -2]), FELL)
assert run([1], while_true_break_then_try_else_return_value) in ((7, [1, 6]), FELL)
assert run([0, 1], while_true_break_then_try_else_return_value) in ((None, [1, -2, 3, 1, -2]), FELL)
assert run([0, 2], while_true_break_then_try_else_return_value) in (('E2', [1, -2]), FELL)
assert run([0, 1, 1], while_true_break_then_try_else_return_value) in ((7, [1, -2, 3, 1, 6]), FELL)
assert run([0, 1, 0, 1], while_true_break_then_try_else_return_value) in ((None, [1, -2, 3, 1, -2, 3, 1, -2]), FELL)
assert run([], two_clauses_ending_in_loops_then_return) in ((9, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], two_clauses_ending_in_loops_body_call) in ((9, [-1]), FELL)
assert run([1, 1], two_clauses_ending_in_loops_body_call) in ((9, [-1, 2]), FELL)
assert run([2, 1], two_clauses_ending_in_loops_body_call) in ((9, [-1, 3]), FELL)
assert run([1, 1, 1], two_clauses_ending_in_loops_body_call) in ((9, [-1, 2, 2]), FELL)
assert run([2, 1, 1], two_clauses_ending_in_loops_body_call) in ((9, [-1, 3, 3]), FELL)
assert run([1, 1, 1, 1], two_clauses_ending_in_loops_body_call) in ((9, [-1, 2, 2, 2]), FELL)
assert run([], with_while_true_break_try_continue_clause) in (('Budget', [('enter', 1), -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, ('exit', 1, False)]), FELL)
assert run([1], with_while_true_break_try_continue_clause) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], with_while_true_break_try_continue_clause) in (('Budget', [('enter', 1), -7, 8, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, -7, ('exit', 1, False)]), FELL)
assert run([0, 2], with_while_true_break_try_continue_clause) in (('E2', [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], with_while_true_break_try_continue_clause) in ((None, [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_while_true_break_try_continue_clause) in ((None, [('enter', 1), -7, 8, ('exit', 1, False)]), FELL)
assert run([], with_while_true_break_return_try_continue_clause) in ((3, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_while_true_break_return_try_continue_clause) in ((4, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], with_while_true_break_return_try_continue_clause) in ((3, [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_while_true_break_return_try_continue_clause) in ((3, [('enter', 1), -7, 8, ('exit', 1, False)]), FELL)
assert run([0, 1, 2], with_while_true_break_return_try_continue_clause) in (('E2', [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 1], with_while_true_break_return_try_continue_clause) in ((4, [('enter', 1), -7, ('exit', 1, False)]), FELL)
