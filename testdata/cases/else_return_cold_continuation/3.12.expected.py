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


def branch_else_return_then_call(c, t, x, n, m):
    if c():
        try:
            x(9)
            return 17
        except E2:
            t(14)
        t(19)


def elif_else_return_then_call(c, t, x, n, m):
    if not c():
        t(6)
    elif c():
        try:
            x(9)
            return 17
        except E2 as e:
            t(14)
        t(19)


def with_branch_else_return_then_call(c, t, x, n, m):
    with m(1):
        if c():
            try:
                x(9)
            except E2:
                t(14)
            else:
                return 17
            t(19)


def with_else_branch_else_return_then_call(c, t, x, n, m):
    with m(1):
        if c():
            t(3)
        else:
            try:
                x(9)
            except E1:
                t(14)
            else:
                return 17
            t(19)


def with_branch_then_call_after(c, t, x, n, m):
    with m(1):
        if c():
            try:
                x(9)
            except E2:
                t(14)
            else:
                return 17
            t(19)
    t(20)


def two_withs_branch_else_return_then_call(c, t, x, n, m):
    with m(1), m(2):
        if c():
            try:
                x(9)
            except E2:
                t(14)
            else:
                return 17
            t(19)


def nested_withs_elif_else_return(c, t, x, n, m):
    with m(1) as w, m(2):
        t(3)
        if c():
            t(4)
        elif c():
            try:
                x(9)
            except E1:
                t(10)
            except E2 as e:
                t(14)
            else:
                return 17
            t(19)
        elif c():
            x(20)
    t(22)


def nested_withs_else_return_finally(c, t, x, n, m):
    with m(1) as w, m(2):
        if c():
            t(4)
        elif c():
            try:
                x(9)
            except E1:
                t(10)
            except E2 as e:
                x(13)
            else:
                t(15)
                return 17
            finally:
                t(18)
        elif c():
            x(20)
            if not c():
                pass
            else:
                t(21)
    t(22)

assert run([], branch_else_return_then_call) in ((None, []), FELL)
assert run([1], branch_else_return_then_call) in ((17, [-9]), FELL)
assert run([1, 1], branch_else_return_then_call) in (('E1', [-9]), FELL)
assert run([1, 2], branch_else_return_then_call) in ((None, [-9, 14, 19]), FELL)
assert run([], elif_else_return_then_call) in ((None, [6]), FELL)
assert run([1], elif_else_return_then_call) in ((None, []), FELL)
assert run([1, 1], elif_else_return_then_call) in ((17, [-9]), FELL)
assert run([1, 1, 1], elif_else_return_then_call) in (('E1', [-9]), FELL)
assert run([1, 1, 2], elif_else_return_then_call) in ((None, [-9, 14, 19]), FELL)
assert run([], with_branch_else_return_then_call) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_branch_else_return_then_call) in ((17, [('enter', 1), -9, ('exit', 1, False)]), FELL)
assert run([1, 1], with_branch_else_return_then_call) in (('E1', [('enter', 1), -9, ('exit', 1, False)]), FELL)
assert run([1, 2], with_branch_else_return_then_call) in ((None, [('enter', 1), -9, 14, 19, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_branch_else_return_then_call) in ((None, [('enter', 1), -9, ('exit', 1, True)]), FELL)
assert run([], with_else_branch_else_return_then_call) in ((17, [('enter', 1), -9, ('exit', 1, False)]), FELL)
assert run([1], with_else_branch_else_return_then_call) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([0, 1], with_else_branch_else_return_then_call) in ((None, [('enter', 1), -9, 14, 19, ('exit', 1, False)]), FELL)
assert run([0, 2], with_else_branch_else_return_then_call) in (('E2', [('enter', 1), -9, ('exit', 1, False)]), FELL)
assert run([0, 2, 1], with_else_branch_else_return_then_call) in ((None, [('enter', 1), -9, ('exit', 1, True)]), FELL)
assert run([], with_branch_then_call_after) in ((None, [('enter', 1), ('exit', 1, False), 20]), FELL)
assert run([1], with_branch_then_call_after) in ((17, [('enter', 1), -9, ('exit', 1, False)]), FELL)
assert run([1, 1], with_branch_then_call_after) in (('E1', [('enter', 1), -9, ('exit', 1, False)]), FELL)
assert run([1, 2], with_branch_then_call_after) in ((None, [('enter', 1), -9, 14, 19, ('exit', 1, False), 20]), FELL)
assert run([1, 1, 1], with_branch_then_call_after) in ((None, [('enter', 1), -9, ('exit', 1, True), 20]), FELL)
assert run([], two_withs_branch_else_return_then_call) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], two_withs_branch_else_return_then_call) in ((17, [('enter', 1), ('enter', 2), -9, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], two_withs_branch_else_return_then_call) in (('E1', [('enter', 1), ('enter', 2), -9, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2], two_withs_branch_else_return_then_call) in ((None, [('enter', 1), ('enter', 2), -9, 14, 19, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], two_withs_branch_else_return_then_call) in ((None, [('enter', 1), ('enter', 2), -9, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 1, 0, 1], two_withs_branch_else_return_then_call) in ((None, [('enter', 1), ('enter', 2), -9, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], nested_withs_elif_else_return) in ((None, [('enter', 1), ('enter', 2), 3, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([1], nested_withs_elif_else_return) in ((None, [('enter', 1), ('enter', 2), 3, 4, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([0, 1], nested_withs_elif_else_return) in ((17, [('enter', 1), ('enter', 2), 3, -9, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], nested_withs_elif_else_return) in ((None, [('enter', 1), ('enter', 2), 3, -20, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([0, 1, 1], nested_withs_elif_else_return) in ((None, [('enter', 1), ('enter', 2), 3, -9, 10, 19, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([0, 1, 2], nested_withs_elif_else_return) in ((None, [('enter', 1), ('enter', 2), 3, -9, 14, 19, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([], nested_withs_else_return_finally) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([1], nested_withs_else_return_finally) in ((None, [('enter', 1), ('enter', 2), 4, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([0, 1], nested_withs_else_return_finally) in ((17, [('enter', 1), ('enter', 2), -9, 15, 18, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], nested_withs_else_return_finally) in ((None, [('enter', 1), ('enter', 2), -20, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([0, 1, 1], nested_withs_else_return_finally) in ((None, [('enter', 1), ('enter', 2), -9, 10, 18, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
assert run([0, 1, 2], nested_withs_else_return_finally) in ((None, [('enter', 1), ('enter', 2), -9, -13, 18, ('exit', 2, False), ('exit', 1, False), 22]), FELL)
