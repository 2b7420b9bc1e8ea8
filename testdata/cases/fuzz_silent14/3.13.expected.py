















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


def if_while_try_else_continue(c, t, x, n, m):
    if c():
        while c():
            try:
                x(6)
                continue
            except E1:
                pass
    t(12)


def if_while_try_continue_in_body(c, t, x, n, m):
    if c():
        while c():
            try:
                x(6)
                continue
            except E1:
                pass
    t(12)


def try_finally_if_then_return_after(c, t, x, n, m):
    try:
        try:
            x(4)
        except E1:
            pass
        while c():
            pass
        x(13)
    finally:
        if c():
            t(18)
    return 19


def try_in_try_finally_if_then_return_after(c, t, x, n, m):
    try:
        try:
            x(4)
        except E1:
            pass
        t(13)
    finally:
        if c():
            t(18)
    return 19


def with_then_try_else_nested_withs_return(c, t, x, n, m):
    if c():
        with m(1) as w:
            pass
        try:
            while c():
                pass
            x(8)
        except E1:
            pass
        else:
            with m(18), m(19):
                return 21
        finally:
            t(22)

assert run([], if_while_try_else_continue) in ((None, [12]), FELL)
assert run([1, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([1, 1, 2], if_while_try_else_continue) in (('E2', [-6]), FELL)
assert run([1, 1, 0, 1], if_while_try_else_continue) in ((None, [-6, -6, 12]), FELL)
assert run([1, 1, 0, 1, 2], if_while_try_else_continue) in (('E2', [-6, -6]), FELL)
assert run([1, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([1, 3], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 3], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([3, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([3, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([], if_while_try_continue_in_body) in ((None, [12]), FELL)
assert run([1, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([1, 1, 2], if_while_try_continue_in_body) in (('E2', [-6]), FELL)
assert run([1, 1, 0, 1], if_while_try_continue_in_body) in ((None, [-6, -6, 12]), FELL)
assert run([1, 1, 0, 1, 2], if_while_try_continue_in_body) in (('E2', [-6, -6]), FELL)
assert run([1, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([1, 3], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 3], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([3, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([3, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([], try_finally_if_then_return_after) in ((19, [-4, -13]), FELL)
assert run([2], try_finally_if_then_return_after) in (('E2', [-4]), FELL)
assert run([2, 1], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([0, 0, 1], try_finally_if_then_return_after) in (('E1', [-4, -13]), FELL)
assert run([0, 0, 2], try_finally_if_then_return_after) in (('E2', [-4, -13]), FELL)
assert run([0, 0, 0, 1], try_finally_if_then_return_after) in ((19, [-4, -13, 18]), FELL)
assert run([0, 0, 1, 1], try_finally_if_then_return_after) in (('E1', [-4, -13, 18]), FELL)
assert run([0, 0, 2, 1], try_finally_if_then_return_after) in (('E2', [-4, -13, 18]), FELL)
assert run([2, 2], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([2, 3], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([1, 0, 1], try_finally_if_then_return_after) in (('E1', [-4, -13]), FELL)
assert run([1, 0, 2], try_finally_if_then_return_after) in (('E2', [-4, -13]), FELL)
assert run([], try_in_try_finally_if_then_return_after) in ((19, [-4, 13]), FELL)
assert run([2], try_in_try_finally_if_then_return_after) in (('E2', [-4]), FELL)
assert run([0, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([2, 1], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([0, 2], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([0, 3], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 2], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 3], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([2, 2], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([2, 3], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([3, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([], with_then_try_else_nested_withs_return) in ((None, []), FELL)
assert run([1], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([1, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([2], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([3], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([2, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([2, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([3, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([3, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 1, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 1, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
