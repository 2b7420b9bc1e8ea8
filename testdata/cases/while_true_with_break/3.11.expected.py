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


def while_true_with_break(c, t, x, n, m):
    while True:
        with m(1):
            break
    t(2)


def while_true_with_call_break_return(c, t, x, n, m):
    while True:
        with m(1):
            x(1)
            break
    t(2)
    return 5


def while_true_with_as_break_in_branch(c, t, x, n, m):
    if c():
        while True:
            with m(1) as w:
                x(2)
                break
        t(w)
    t(3)


def while_true_with_break_return_value(c, t, x, n, m):
    while True:
        with m(1) as w:
            x(2)
            break
    return w


def while_true_with_break_in_for(c, t, x, n, m):
    for i in n():
        while True:
            with m(i):
                x(i)
                break
        t(i)
    return 8


def while_true_with_break_in_try(c, t, x, n, m):
    try:
        while True:
            with m(1):
                x(1)
                break
        t(2)
    except E1:
        t(3)
    return 4


def while_true_with_if_break(c, t, x, n, m):
    while True:
        with m(1):
            if c():
                x(2)
                break
            x(3)
    t(4)

assert run([], while_true_with_break) in ((None, [('enter', 1), ('exit', 1, False), 2]), FELL)
assert run([], while_true_with_call_break_return) in ((5, [('enter', 1), -1, ('exit', 1, False), 2]), FELL)
assert run([1], while_true_with_call_break_return) in (('E1', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], while_true_with_call_break_return) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1], while_true_with_call_break_return) in ((5, [('enter', 1), -1, ('exit', 1, True), ('enter', 1), -1, ('exit', 1, False), 2]), FELL)
assert run([1, 1, 1], while_true_with_call_break_return) in (('E1', [('enter', 1), -1, ('exit', 1, True), ('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], while_true_with_call_break_return) in (('E2', [('enter', 1), -1, ('exit', 1, True), ('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([], while_true_with_as_break_in_branch) in ((None, [3]), FELL)
assert run([1], while_true_with_as_break_in_branch) in ((None, [('enter', 1), -2, ('exit', 1, False), 1, 3]), FELL)
assert run([1, 1], while_true_with_as_break_in_branch) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2], while_true_with_as_break_in_branch) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_true_with_as_break_in_branch) in ((None, [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False), 1, 3]), FELL)
assert run([1, 1, 1, 1], while_true_with_as_break_in_branch) in (('E1', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], while_true_with_break_return_value) in ((1, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], while_true_with_break_return_value) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([2], while_true_with_break_return_value) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1], while_true_with_break_return_value) in ((1, [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_true_with_break_return_value) in (('E1', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], while_true_with_break_return_value) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], while_true_with_break_in_for) in ((8, []), FELL)
assert run([1], while_true_with_break_in_for) in ((8, [('enter', 0), 0, ('exit', 0, False), 0]), FELL)
assert run([2], while_true_with_break_in_for) in ((8, [('enter', 0), 0, ('exit', 0, False), 0, ('enter', 1), -1, ('exit', 1, False), 1]), FELL)
assert run([1, 1], while_true_with_break_in_for) in (('E1', [('enter', 0), 0, ('exit', 0, False)]), FELL)
assert run([1, 2], while_true_with_break_in_for) in (('E2', [('enter', 0), 0, ('exit', 0, False)]), FELL)
assert run([1, 1, 1], while_true_with_break_in_for) in ((8, [('enter', 0), 0, ('exit', 0, True), ('enter', 0), 0, ('exit', 0, False), 0]), FELL)
assert run([], while_true_with_break_in_try) in ((4, [('enter', 1), -1, ('exit', 1, False), 2]), FELL)
assert run([1], while_true_with_break_in_try) in ((4, [('enter', 1), -1, ('exit', 1, False), 3]), FELL)
assert run([2], while_true_with_break_in_try) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1], while_true_with_break_in_try) in ((4, [('enter', 1), -1, ('exit', 1, True), ('enter', 1), -1, ('exit', 1, False), 2]), FELL)
assert run([1, 1, 1], while_true_with_break_in_try) in ((4, [('enter', 1), -1, ('exit', 1, True), ('enter', 1), -1, ('exit', 1, False), 3]), FELL)
assert run([1, 1, 2], while_true_with_break_in_try) in (('E2', [('enter', 1), -1, ('exit', 1, True), ('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], while_true_with_if_break) in ((None, [('enter', 1), -2, ('exit', 1, False), 4]), FELL)
assert run([0, 1], while_true_with_if_break) in (('E1', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([0, 2], while_true_with_if_break) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 1], while_true_with_if_break) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2], while_true_with_if_break) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_with_if_break) in ((None, [('enter', 1), -3, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), 4]), FELL)
