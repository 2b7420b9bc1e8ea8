
















class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def if_return_ending_with(c, t, x, n, m):
    with m(10):
        t(1)
        if c():
            return 11


def if_else_return_ending_with(c, t, x, n, m):
    with m(10):
        if c():
            x(1)
            return 11
        if c():
            return 12
    t(2)


def loop_if_return_const_in_with(c, t, x, n, m):
    with m(1):
        while c():
            t(1)
            if c():
                return 4
    t(5)


def loop_if_return_value_in_with(c, t, x, n, m):
    with m(1):
        while c():
            t(1)
            if c():
                return c() + 10
    t(5)


def loop_break_elif_return_in_with(c, t, x, n, m):
    with m(1):
        while c():
            if c():
                x(2)
                break
            if c():
                return 4
    t(5)


def return_in_try_after_loop_in_with(c, t, x, n, m):
    with m(1):
        while c():
            pass
        x(8)
        try:
            return 9
        except E1:
            pass
    while c():
        t(2)

assert run([], if_return_ending_with) in ((None, [('enter', 10), 1, ('exit', 10, False)]), FELL)
assert run([1], if_return_ending_with) in ((11, [('enter', 10), 1, ('exit', 10, False)]), FELL)
assert run([], if_else_return_ending_with) in ((None, [('enter', 10), ('exit', 10, False), 2]), FELL)
assert run([1], if_else_return_ending_with) in ((11, [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([0, 1], if_else_return_ending_with) in ((12, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 1], if_else_return_ending_with) in (('E1', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], if_else_return_ending_with) in (('E2', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], if_else_return_ending_with) in ((None, [('enter', 10), -1, ('exit', 10, True), 2]), FELL)
assert run([], loop_if_return_const_in_with) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([1], loop_if_return_const_in_with) in ((None, [('enter', 1), 1, ('exit', 1, False), 5]), FELL)
assert run([1, 1], loop_if_return_const_in_with) in ((4, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], loop_if_return_const_in_with) in ((None, [('enter', 1), 1, 1, ('exit', 1, False), 5]), FELL)
assert run([1, 0, 1, 1], loop_if_return_const_in_with) in ((4, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 0, 1], loop_if_return_const_in_with) in ((None, [('enter', 1), 1, 1, 1, ('exit', 1, False), 5]), FELL)
assert run([], loop_if_return_value_in_with) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([1], loop_if_return_value_in_with) in ((None, [('enter', 1), 1, ('exit', 1, False), 5]), FELL)
assert run([1, 1], loop_if_return_value_in_with) in ((10, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], loop_if_return_value_in_with) in ((None, [('enter', 1), 1, 1, ('exit', 1, False), 5]), FELL)
assert run([1, 1, 1], loop_if_return_value_in_with) in ((11, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], loop_if_return_value_in_with) in ((12, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], loop_if_return_value_in_with) in ((13, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1], loop_if_return_value_in_with) in ((10, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 0, 1], loop_if_return_value_in_with) in ((None, [('enter', 1), 1, 1, 1, ('exit', 1, False), 5]), FELL)
assert run([1, 0, 1, 1, 1], loop_if_return_value_in_with) in ((11, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1, 2], loop_if_return_value_in_with) in ((12, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1, 3], loop_if_return_value_in_with) in ((13, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([], loop_break_elif_return_in_with) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([1, 1], loop_break_elif_return_in_with) in ((None, [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 0, 1], loop_break_elif_return_in_with) in ((4, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], loop_break_elif_return_in_with) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], loop_break_elif_return_in_with) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], loop_break_elif_return_in_with) in ((None, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([], return_in_try_after_loop_in_with) in ((9, [('enter', 1), -8, ('exit', 1, False)]), FELL)
assert run([0, 1], return_in_try_after_loop_in_with) in (('E1', [('enter', 1), -8, ('exit', 1, False)]), FELL)
assert run([0, 2], return_in_try_after_loop_in_with) in (('E2', [('enter', 1), -8, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], return_in_try_after_loop_in_with) in ((None, [('enter', 1), -8, ('exit', 1, True)]), FELL)
assert run([0, 1, 1, 1], return_in_try_after_loop_in_with) in ((None, [('enter', 1), -8, ('exit', 1, True), 2]), FELL)
assert run([0, 1, 1, 1, 1], return_in_try_after_loop_in_with) in ((None, [('enter', 1), -8, ('exit', 1, True), 2, 2]), FELL)
