import sys

class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), every value nx gives, which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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
    def nx():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        v = next(it, 0)
        seen.append(('nx', v))
        return v
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
        result = f(c, t, x, n, m, nx) if f.__code__.co_argcount == 6 else f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def for_if_match_two_cases_or_else(c, t, x, n, m, nx):
    for i in n():
        if c():
            match nx() % 5:
                case 1 | 2 if c():
                    t(4)
                    continue
                case 3:
                    t(6)
                    continue
        else:
            t(5)


def for_if_nested_if_match_or_else(c, t, x, n, m, nx):
    for i in n():
        if c():
            if nx():
                match nx() % 5:
                    case 1 | 2:
                        t(4)
                        continue
            else:
                t(7)
        else:
            t(5)


def for_if_match_elif_else(c, t, x, n, m, nx):
    for i in n():
        t(0)
        if c():
            match nx() % 5:
                case 1 | 2 if c():
                    t(4)
                    continue
                case 3:
                    t(6)
                    continue
        elif nx():
            t(5)
        else:
            t(8)


def while_if_match_or_else_if(c, t, x, n, m, nx):
    while c():
        if c():
            match nx() % 5:
                case 1 | 2:
                    t(4)
        else:
            t(5)
            if c():
                t(6)


def for_try_if_match_or_else(c, t, x, n, m, nx):
    for i in n():
        try:
            if c():
                match nx() % 5:
                    case 1 | 2:
                        t(4)
            else:
                t(5)
        except E1:
            continue


def lone_capture_guard(c, t, x, n, m, nx):
    z = nx() % 5
    if z > 3 and c():
        t(z)
    t(1)


def lone_capture_guard_default(c, t, x, n, m, nx):
    z = nx() % 5
    if c():
        t(z)
    elif c():
        t(2)
    elif c():
        t(3)
    t(1)


def assign_then_if(c, t, x, n, m, nx):
    z = nx()
    if z > 3:
        t(2)
    t(1)


def case_inner_while_break_default(c, t, x, n, m, nx):
    while True:
        if not c():
            break
        match nx() % 5:
            case 0:
                t(1)
            case 1 | 2:
                while True:
                    if c():
                        break
                    t(3)
            case _:
                if c():
                    t(31)
                    continue
                t(36)
                break
    t(37)

assert run([1, 3, 5, 0, 0], for_if_match_two_cases_or_else) in ((None, [('nx', 5)]), FELL)
assert run([0, 2, 4, 0, 4, 1, 0, 0], for_if_match_two_cases_or_else) in ((None, []), FELL)
assert run([3, 0, 1, 0, 4, 3], for_if_match_two_cases_or_else) in ((None, [5, ('nx', 0), ('nx', 3), 6]), FELL)
assert run([3, 1, 4, 0], for_if_match_two_cases_or_else) in ((None, [('nx', 4), 5, 5]), FELL)
assert run([2, 4, 5, 1, 0, 4, 4, 5, 1], for_if_match_two_cases_or_else) in ((None, [('nx', 5), ('nx', 0)]), FELL)
assert run([], for_if_nested_if_match_or_else) in ((None, []), FELL)
assert run([1, 3, 5, 4, 3, 2, 3, 4, 3], for_if_nested_if_match_or_else) in ((None, [('nx', 5), ('nx', 4)]), FELL)
assert run([2, 1, 1, 5, 1], for_if_nested_if_match_or_else) in ((None, [('nx', 1), ('nx', 5), ('nx', 0), 7]), FELL)
assert run([4], for_if_nested_if_match_or_else) in ((None, [5, 5, 5, 5]), FELL)
assert run([4, 3, 2, 5], for_if_nested_if_match_or_else) in ((None, [('nx', 2), ('nx', 5), 5, 5, 5]), FELL)
assert run([2, 4, 0, 0, 4, 3, 1], for_if_nested_if_match_or_else) in ((None, [('nx', 0), 7, 5]), FELL)
assert run([1, 3, 3, 0, 5], for_if_nested_if_match_or_else) in ((None, [('nx', 3), ('nx', 0)]), FELL)
assert run([2, 2, 5, 2, 4, 3, 4, 3, 0], for_if_nested_if_match_or_else) in ((None, [('nx', 5), ('nx', 2), 4, ('nx', 3), ('nx', 4)]), FELL)
assert run([2], for_if_nested_if_match_or_else) in ((None, [5, 5]), FELL)
assert run([5, 5, 0, 0, 5, 5, 2], for_if_match_elif_else) in ((None, [0, ('nx', 0), 0, ('nx', 5), 5, 0, ('nx', 2), 0, ('nx', 0), 8, 0, ('nx', 0), 8]), FELL)
assert run([4, 5, 3, 2, 5, 3, 5, 2, 0, 3], for_if_match_elif_else) in ((None, [0, ('nx', 3), 6, 0, ('nx', 5), 0, ('nx', 5), 0, ('nx', 0)]), FELL)
assert run([1, 4, 0, 3, 0], for_if_match_elif_else) in ((None, [0, ('nx', 0)]), FELL)
assert run([2, 1, 5], for_if_match_elif_else) in ((None, [0, ('nx', 5), 0, ('nx', 0), 8]), FELL)
assert run([3, 3, 3], for_if_match_elif_else) in ((None, [0, ('nx', 3), 6, 0, ('nx', 0), 8, 0, ('nx', 0), 8]), FELL)
assert run([1], for_if_match_elif_else) in ((None, [0, ('nx', 0), 8]), FELL)
assert run([3, 4, 2, 1, 3, 4, 2], for_if_match_elif_else) in ((None, [0, ('nx', 2), 4, 0, ('nx', 4), 0, ('nx', 0)]), FELL)
assert run([3, 2, 5, 3, 1, 1, 0, 1, 1, 1, 5], for_if_match_elif_else) in ((None, [0, ('nx', 5), 0, ('nx', 1), 4, 0, ('nx', 1), 5]), FELL)
assert run([0, 3, 4], for_if_match_elif_else) in ((None, []), FELL)
assert run([2, 2], for_if_match_elif_else) in ((None, [0, ('nx', 0), 0, ('nx', 0), 8]), FELL)
assert run([], while_if_match_or_else_if) in ((None, []), FELL)
assert run([3, 4], while_if_match_or_else_if) in ((None, [('nx', 0)]), FELL)
assert run([4, 4, 2, 1, 5], while_if_match_or_else_if) in ((None, [('nx', 2), 4, ('nx', 0)]), FELL)
assert run([4, 5, 5, 5, 0, 3, 5, 4], while_if_match_or_else_if) in ((None, [('nx', 5), 5, 6, ('nx', 0)]), FELL)
assert run([3, 3, 3, 0, 3, 5], while_if_match_or_else_if) in ((None, [('nx', 3)]), FELL)
assert run([2], while_if_match_or_else_if) in ((None, [5]), FELL)
assert run([3, 1, 5, 2, 2, 4, 2, 3, 0], for_try_if_match_or_else) in ((None, [('nx', 5), ('nx', 2), 4, ('nx', 2), 4]), FELL)
assert run([3], for_try_if_match_or_else) in ((None, [5, 5, 5]), FELL)
assert run([3, 3, 2, 0, 1, 0, 5], for_try_if_match_or_else) in ((None, [('nx', 2), 4, 5, ('nx', 0)]), FELL)
assert run([5, 2, 3, 5, 1], for_try_if_match_or_else) in ((None, [('nx', 3), ('nx', 1), 4, 5, 5, 5]), FELL)
assert run([0, 1, 4, 2, 1, 5, 4, 0], for_try_if_match_or_else) in ((None, []), FELL)
assert run([2, 5, 0, 5, 2, 4, 2, 1], for_try_if_match_or_else) in ((None, [('nx', 0), ('nx', 2), 4]), FELL)
assert run([1, 4, 4, 4, 2], for_try_if_match_or_else) in ((None, [('nx', 4)]), FELL)
assert run([1, 4, 1, 1, 3, 5, 1, 1, 4, 3], for_try_if_match_or_else) in ((None, [('nx', 1), 4]), FELL)
assert run([5, 0, 0, 2, 3], for_try_if_match_or_else) in ((None, [5, 5, ('nx', 3), 5, 5]), FELL)
assert run([5, 2, 2, 0, 1, 0, 1], lone_capture_guard) in ((None, [('nx', 5), 1]), FELL)
assert run([1, 2, 1, 3, 4, 4, 0], lone_capture_guard) in ((None, [('nx', 1), 1]), FELL)
assert run([0, 5, 1, 1, 1, 0, 1, 4, 3, 5, 1], lone_capture_guard) in ((None, [('nx', 0), 1]), FELL)
assert run([4, 3, 5, 2, 1, 4, 4, 1, 0], lone_capture_guard) in ((None, [('nx', 4), 4, 1]), FELL)
assert run([2, 3, 5, 4, 4, 3, 4, 1, 4, 1, 4], lone_capture_guard_default) in ((None, [('nx', 2), 2, 1]), FELL)
assert run([0, 3, 1, 4, 0, 1, 1, 1], lone_capture_guard_default) in ((None, [('nx', 0), 0, 1]), FELL)
assert run([4, 5, 0, 4, 0, 2, 5], lone_capture_guard_default) in ((None, [('nx', 4), 4, 1]), FELL)
assert run([0, 0, 4, 3], lone_capture_guard_default) in ((None, [('nx', 0), 2, 1]), FELL)
assert run([5, 2, 3], lone_capture_guard_default) in ((None, [('nx', 5), 0, 1]), FELL)
assert run([3, 1, 3], lone_capture_guard_default) in ((None, [('nx', 3), 3, 1]), FELL)
assert run([3], lone_capture_guard_default) in ((None, [('nx', 3), 1]), FELL)
assert run([2, 0, 5, 1, 3, 0, 1], assign_then_if) in ((None, [('nx', 2), 1]), FELL)
assert run([1, 5, 0, 3, 3, 1, 5], assign_then_if) in ((None, [('nx', 1), 1]), FELL)
assert run([3, 2, 3, 1, 2, 2, 0, 5], assign_then_if) in ((None, [('nx', 3), 1]), FELL)
assert run([0, 2, 4, 3, 3], assign_then_if) in ((None, [('nx', 0), 1]), FELL)
assert run([5, 2, 3, 1, 4, 4], assign_then_if) in ((None, [('nx', 5), 2, 1]), FELL)
assert run([3, 5, 2, 0, 2, 0, 5, 1, 3], case_inner_while_break_default) in ((None, [('nx', 5), 1, ('nx', 0), 1, ('nx', 0), 1, ('nx', 1), 37]), FELL)
assert run([2], case_inner_while_break_default) in ((None, [('nx', 0), 1, 37]), FELL)
assert run([], case_inner_while_break_default) in ((None, [37]), FELL)
assert run([4, 3, 2, 4, 1], case_inner_while_break_default) in (('Budget', [('nx', 3), 31, ('nx', 1), 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([5, 1, 0, 1, 2, 0, 1, 1], case_inner_while_break_default) in (('Budget', [('nx', 1), 3, ('nx', 0), 1, ('nx', 1), 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([5, 2, 4, 1], case_inner_while_break_default) in ((None, [('nx', 2), ('nx', 0), 1, 37]), FELL)
assert run([3, 4, 5, 1], case_inner_while_break_default) in ((None, [('nx', 4), 31, ('nx', 0), 1, 37]), FELL)
assert run([2, 0, 2, 0], case_inner_while_break_default) in ((None, [('nx', 0), 1, ('nx', 0), 1, 37]), FELL)
