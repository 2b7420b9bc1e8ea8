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


def for_else_with_break_then_attr_return(c, t, x, n, m):
    for k in n():
        with m(3):
            t(1)
            break
    else:
        return 4
    return E2.__name__


def for_else_with_branch_break(c, t, x, n, m):
    for k in n():
        with m(3):
            if c():
                break
            t(2)
    else:
        return 4
    return t(5)


def while_in_with_two_withs_break(c, t, x, n, m):
    with m(1):
        while c():
            with m(8), m(9):
                t(2)
                break
    t(3)


def while_and_in_two_withs_break(c, t, x, n, m):
    with m(1), m(2):
        while c() and c():
            with m(8), m(9):
                break


def nested_withs_return_then_try(c, t, x, n, m):
    with m(1):
        with m(4), m(5):
            return 6
        try:
            x(7)
        except E1:
            t(10)


def nested_with_return_then_try(c, t, x, n, m):
    with m(1):
        with m(4):
            t(2)
            return 6
        try:
            x(7)
        except E1:
            t(10)
        t(11)


def nested_with_return_then_try_else(c, t, x, n, m):
    with m(1):
        with m(4):
            if c():
                return 6
            t(3)
            return 7
        try:
            x(7)
        except E1:
            t(10)
        else:
            t(12)
        t(11)


def nested_with_return_then_if_try(c, t, x, n, m):
    with m(1):
        with m(4):
            return 6
        if c():
            try:
                x(7)
            except E2:
                t(10)
        t(11)
    t(13)

assert run([], for_else_with_break_then_attr_return) in ((4, []), FELL)
assert run([1], for_else_with_break_then_attr_return) in (('E2', [('enter', 3), 1, ('exit', 3, False)]), FELL)
assert run([], for_else_with_branch_break) in ((4, []), FELL)
assert run([1], for_else_with_branch_break) in ((4, [('enter', 3), 2, ('exit', 3, False)]), FELL)
assert run([2], for_else_with_branch_break) in ((4, [('enter', 3), 2, ('exit', 3, False), ('enter', 3), 2, ('exit', 3, False)]), FELL)
assert run([1, 1], for_else_with_branch_break) in ((None, [('enter', 3), ('exit', 3, False), 5]), FELL)
assert run([2, 0, 1], for_else_with_branch_break) in ((None, [('enter', 3), 2, ('exit', 3, False), ('enter', 3), ('exit', 3, False), 5]), FELL)
assert run([], while_in_with_two_withs_break) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([1], while_in_with_two_withs_break) in ((None, [('enter', 1), ('enter', 8), ('enter', 9), 2, ('exit', 9, False), ('exit', 8, False), ('exit', 1, False), 3]), FELL)
assert run([], while_and_in_two_withs_break) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], while_and_in_two_withs_break) in ((None, [('enter', 1), ('enter', 2), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], nested_withs_return_then_try) in ((6, [('enter', 1), ('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([], nested_with_return_then_try) in ((6, [('enter', 1), ('enter', 4), 2, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([], nested_with_return_then_try_else) in ((7, [('enter', 1), ('enter', 4), 3, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([1], nested_with_return_then_try_else) in ((6, [('enter', 1), ('enter', 4), ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([], nested_with_return_then_if_try) in ((6, [('enter', 1), ('enter', 4), ('exit', 4, False), ('exit', 1, False)]), FELL)
