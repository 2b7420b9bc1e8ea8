






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


def while_true_if_continue_then_return(c, t, x, n, m):
    while True:
        if c():
            continue
        return 5


def while_true_if_log_continue_then_return(c, t, x, n, m):
    while True:
        if c():
            t(1)
            continue
        t(2)
        return 3


def while_true_and_continue_then_raise(c, t, x, n, m):
    while True:
        if c() and c():
            continue
        raise E1(4)


def while_one_if_continue_then_return(c, t, x, n, m):
    while True:
        if c():
            continue
        return 5


def while_true_if_continue_then_with_and_return(c, t, x, n, m):
    while True:
        if not c():
            break
        t(1)
    with m(9):
        t(2)
    return 4


def for_while_true_if_continue_then_return(c, t, x, n, m):
    for i in n():
        while True:
            if c():
                continue
            return i


def while_true_if_continue_then_if_break(c, t, x, n, m):
    while True:
        if c():
            continue
        if c():
            return 3
        t(2)


def while_true_if_continue_else_return(c, t, x, n, m):
    while True:
        if c():
            t(1)
            continue
        return 2


def while_true_if_continue_then_try_break(c, t, x, n, m):
    while True:
        if c():
            continue
        try:
            t(4)
        except E1:
            t(5)
        else:
            t(6)
            return


def while_true_if_continue_then_try_return(c, t, x, n, m):
    while True:
        if c():
            continue
        try:
            return x(4)
        except E1:
            t(5)


def retry_loop_named_clause(c, t, x, n, m):
    while True:
        if not c():
            t(1)
            continue
        try:
            return x(2)
        except E1 as e:
            t(e.args)


def while_true_if_continue_then_try_finally(c, t, x, n, m):
    while True:
        if c():
            continue
        try:
            return x(4)
        except E1:
            t(5)
        finally:
            t(6)

assert run([], while_true_if_continue_then_return) in ((5, []), FELL)
assert run([], while_true_if_log_continue_then_return) in ((3, [2]), FELL)
assert run([1], while_true_if_log_continue_then_return) in ((3, [1, 2]), FELL)
assert run([1, 1], while_true_if_log_continue_then_return) in ((3, [1, 1, 2]), FELL)
assert run([1, 1, 1], while_true_if_log_continue_then_return) in ((3, [1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1], while_true_if_log_continue_then_return) in ((3, [1, 1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1, 1], while_true_if_log_continue_then_return) in ((3, [1, 1, 1, 1, 1, 2]), FELL)
assert run([], while_true_and_continue_then_raise) in (('E1', []), FELL)
assert run([], while_one_if_continue_then_return) in ((5, []), FELL)
assert run([], while_true_if_continue_then_with_and_return) in ((4, [('enter', 9), 2, ('exit', 9, False)]), FELL)
assert run([1], while_true_if_continue_then_with_and_return) in ((4, [1, ('enter', 9), 2, ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_if_continue_then_with_and_return) in ((4, [1, 1, ('enter', 9), 2, ('exit', 9, False)]), FELL)
assert run([1, 1, 1], while_true_if_continue_then_with_and_return) in ((4, [1, 1, 1, ('enter', 9), 2, ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_if_continue_then_with_and_return) in ((4, [1, 1, 1, 1, ('enter', 9), 2, ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_true_if_continue_then_with_and_return) in ((4, [1, 1, 1, 1, 1, ('enter', 9), 2, ('exit', 9, False)]), FELL)
assert run([], for_while_true_if_continue_then_return) in ((None, []), FELL)
assert run([1], for_while_true_if_continue_then_return) in ((0, []), FELL)
assert run([], while_true_if_continue_then_if_break) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], while_true_if_continue_then_if_break) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([0, 1], while_true_if_continue_then_if_break) in ((3, []), FELL)
assert run([1, 1, 1], while_true_if_continue_then_if_break) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([0, 0, 0, 1], while_true_if_continue_then_if_break) in ((3, [2]), FELL)
assert run([1, 1, 1, 1, 1], while_true_if_continue_then_if_break) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([], while_true_if_continue_else_return) in ((2, []), FELL)
assert run([1], while_true_if_continue_else_return) in ((2, [1]), FELL)
assert run([1, 1], while_true_if_continue_else_return) in ((2, [1, 1]), FELL)
assert run([1, 1, 1], while_true_if_continue_else_return) in ((2, [1, 1, 1]), FELL)
assert run([1, 1, 1, 1], while_true_if_continue_else_return) in ((2, [1, 1, 1, 1]), FELL)
assert run([1, 1, 1, 1, 1], while_true_if_continue_else_return) in ((2, [1, 1, 1, 1, 1]), FELL)
assert run([], while_true_if_continue_then_try_break) in ((None, [4, 6]), FELL)
assert run([], while_true_if_continue_then_try_return) in ((None, [-4]), FELL)
assert run([0, 1], while_true_if_continue_then_try_return) in ((None, [-4, 5, -4]), FELL)
assert run([0, 2], while_true_if_continue_then_try_return) in (('E2', [-4]), FELL)
assert run([0, 1, 0, 1], while_true_if_continue_then_try_return) in ((None, [-4, 5, -4, 5, -4]), FELL)
assert run([0, 1, 0, 2], while_true_if_continue_then_try_return) in (('E2', [-4, 5, -4]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_if_continue_then_try_return) in ((None, [-4, 5, -4, 5, -4, 5, -4]), FELL)
assert run([], retry_loop_named_clause) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], retry_loop_named_clause) in ((None, [-2]), FELL)
assert run([0, 1], retry_loop_named_clause) in ((None, [1, -2]), FELL)
assert run([1, 1], retry_loop_named_clause) in (('Budget', [-2, (2,), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 2], retry_loop_named_clause) in (('E2', [-2]), FELL)
assert run([0, 0, 1], retry_loop_named_clause) in ((None, [1, 1, -2]), FELL)
assert run([], while_true_if_continue_then_try_finally) in ((None, [-4, 6]), FELL)
assert run([0, 1], while_true_if_continue_then_try_finally) in ((None, [-4, 5, 6, -4, 6]), FELL)
assert run([0, 2], while_true_if_continue_then_try_finally) in (('E2', [-4, 6]), FELL)
assert run([0, 1, 0, 1], while_true_if_continue_then_try_finally) in ((None, [-4, 5, 6, -4, 5, 6, -4, 6]), FELL)
assert run([0, 1, 0, 2], while_true_if_continue_then_try_finally) in (('E2', [-4, 5, 6, -4, 6]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_if_continue_then_try_finally) in ((None, [-4, 5, 6, -4, 5, 6, -4, 5, 6, -4, 6]), FELL)
