








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


def with_return_in_else_branch_of_while_true(c, t, x, n, m):
    while True:
        if c():
            continue
        with m(12):
            x(13)
            return 14


def with_return_in_elif_else_of_while_true(c, t, x, n, m):
    while True:
        if c() and c():
            continue
        if c():
            t(2)
        else:
            with m(12):
                x(13)
                return 14


def while_in_while_try_else_break_loop_else(c, t, x, n, m):
    while c():
        while c():
            try:
                x(2)
            except E1:
                continue
            break
        else:
            t(6)
            continue


def closure_while_in_while_try_else_break_loop_else(c, t, x, n, m):
    def inner():
        while c():
            while c():
                try:
                    x(2)
                except E1:
                    continue
                break
            else:
                t(6)
                continue
    return inner()


def try_with_return_then_code_before_while_true(c, t, x, n, m):
    if c():
        pass
    else:
        try:
            with m(7):
                return 10
        except E1:
            pass
        t(20)
    while True:
        for j in n():
            t(j)


def try_return_then_code_before_while_true(c, t, x, n, m):
    if c():
        try:
            x(9)
            return 10
        except E1:
            pass
        t(20)
    while True:
        for j in n():
            t(j)


def while_in_while_with_raising(c, t, x, n, m):
    while c():
        while True:
            if not c():
                break
            with m(1) as w, m(2):
                raise E1(4)


def while_in_while_try_else_break_loop_else_break(c, t, x, n, m):
    while c():
        while c():
            try:
                x(2)
            except E1:
                continue
            break
        else:
            break
    t(7)


def closure_while_in_while_try_else_break_loop_else_code_break(c, t, x, n, m):
    def inner():
        while c():
            while c():
                try:
                    x(2)
                except E1:
                    continue
                break
            else:
                t(6)
                break
        t(7)
    return inner()

assert run([], with_return_in_else_branch_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1], with_return_in_else_branch_of_while_true) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2], with_return_in_else_branch_of_while_true) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1], with_return_in_else_branch_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1, 0, 1], with_return_in_else_branch_of_while_true) in (('E1', [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1, 0, 2], with_return_in_else_branch_of_while_true) in (('E2', [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 3], with_return_in_else_branch_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2, 1], with_return_in_else_branch_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2, 3], with_return_in_else_branch_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 0, 1], with_return_in_else_branch_of_while_true) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 0, 2], with_return_in_else_branch_of_while_true) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([2, 0, 1], with_return_in_else_branch_of_while_true) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([], with_return_in_elif_else_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1], with_return_in_elif_else_of_while_true) in ((14, [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1], with_return_in_elif_else_of_while_true) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 2], with_return_in_elif_else_of_while_true) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1, 1], with_return_in_elif_else_of_while_true) in ((14, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 0, 1], with_return_in_elif_else_of_while_true) in ((14, [2, 2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 0, 0, 1], with_return_in_elif_else_of_while_true) in (('E1', [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 0, 0, 2], with_return_in_elif_else_of_while_true) in (('E2', [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2], with_return_in_elif_else_of_while_true) in ((14, [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 3], with_return_in_elif_else_of_while_true) in ((14, [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 0, 1], with_return_in_elif_else_of_while_true) in ((14, [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 0, 2], with_return_in_elif_else_of_while_true) in ((14, [2, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([], while_in_while_try_else_break_loop_else) in ((None, []), FELL)
assert run([1], while_in_while_try_else_break_loop_else) in ((None, [6]), FELL)
assert run([1, 1], while_in_while_try_else_break_loop_else) in ((None, [-2]), FELL)
assert run([1, 0, 1], while_in_while_try_else_break_loop_else) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], while_in_while_try_else_break_loop_else) in ((None, [-2, 6]), FELL)
assert run([1, 1, 2], while_in_while_try_else_break_loop_else) in (('E2', [-2]), FELL)
assert run([1, 0, 1, 1], while_in_while_try_else_break_loop_else) in ((None, [6, -2]), FELL)
assert run([1, 1, 1, 1], while_in_while_try_else_break_loop_else) in ((None, [-2, -2]), FELL)
assert run([1, 0, 1, 0, 1], while_in_while_try_else_break_loop_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 0, 1, 1, 1], while_in_while_try_else_break_loop_else) in ((None, [6, -2, 6]), FELL)
assert run([1, 0, 1, 1, 2], while_in_while_try_else_break_loop_else) in (('E2', [6, -2]), FELL)
assert run([1, 1, 1, 0, 1], while_in_while_try_else_break_loop_else) in ((None, [-2, 6, 6]), FELL)
assert run([], closure_while_in_while_try_else_break_loop_else) in ((None, []), FELL)
assert run([1], closure_while_in_while_try_else_break_loop_else) in ((None, [6]), FELL)
assert run([1, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [-2]), FELL)
assert run([1, 0, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [-2, 6]), FELL)
assert run([1, 1, 2], closure_while_in_while_try_else_break_loop_else) in (('E2', [-2]), FELL)
assert run([1, 0, 1, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [6, -2]), FELL)
assert run([1, 1, 1, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [-2, -2]), FELL)
assert run([1, 0, 1, 0, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 0, 1, 1, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [6, -2, 6]), FELL)
assert run([1, 0, 1, 1, 2], closure_while_in_while_try_else_break_loop_else) in (('E2', [6, -2]), FELL)
assert run([1, 1, 1, 0, 1], closure_while_in_while_try_else_break_loop_else) in ((None, [-2, 6, 6]), FELL)
assert run([], try_with_return_then_code_before_while_true) in ((10, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([1], try_with_return_then_code_before_while_true) in (('Budget', []), FELL)
assert run([1, 1], try_with_return_then_code_before_while_true) in (('Budget', [0]), FELL)
assert run([1, 2], try_with_return_then_code_before_while_true) in (('Budget', [0, 1]), FELL)
assert run([1, 3], try_with_return_then_code_before_while_true) in (('Budget', [0, 1, 2]), FELL)
assert run([1, 1, 1], try_with_return_then_code_before_while_true) in (('Budget', [0, 0]), FELL)
assert run([1, 1, 2], try_with_return_then_code_before_while_true) in (('Budget', [0, 0, 1]), FELL)
assert run([1, 1, 3], try_with_return_then_code_before_while_true) in (('Budget', [0, 0, 1, 2]), FELL)
assert run([1, 2, 1], try_with_return_then_code_before_while_true) in (('Budget', [0, 1, 0]), FELL)
assert run([1, 2, 2], try_with_return_then_code_before_while_true) in (('Budget', [0, 1, 0, 1]), FELL)
assert run([1, 2, 3], try_with_return_then_code_before_while_true) in (('Budget', [0, 1, 0, 1, 2]), FELL)
assert run([1, 3, 1], try_with_return_then_code_before_while_true) in (('Budget', [0, 1, 2, 0]), FELL)
assert run([], try_return_then_code_before_while_true) in (('Budget', []), FELL)
assert run([1], try_return_then_code_before_while_true) in ((10, [-9]), FELL)
assert run([0, 1], try_return_then_code_before_while_true) in (('Budget', [0]), FELL)
assert run([0, 2], try_return_then_code_before_while_true) in (('Budget', [0, 1]), FELL)
assert run([0, 3], try_return_then_code_before_while_true) in (('Budget', [0, 1, 2]), FELL)
assert run([1, 1], try_return_then_code_before_while_true) in (('Budget', [-9, 20]), FELL)
assert run([1, 2], try_return_then_code_before_while_true) in (('E2', [-9]), FELL)
assert run([0, 1, 1], try_return_then_code_before_while_true) in (('Budget', [0, 0]), FELL)
assert run([0, 1, 2], try_return_then_code_before_while_true) in (('Budget', [0, 0, 1]), FELL)
assert run([0, 1, 3], try_return_then_code_before_while_true) in (('Budget', [0, 0, 1, 2]), FELL)
assert run([0, 2, 1], try_return_then_code_before_while_true) in (('Budget', [0, 1, 0]), FELL)
assert run([0, 2, 2], try_return_then_code_before_while_true) in (('Budget', [0, 1, 0, 1]), FELL)
assert run([], while_in_while_with_raising) in ((None, []), FELL)
assert run([1, 1], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_in_while_with_raising) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 1, 0, 1], while_in_while_with_raising) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([1, 1, 1, 1], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 0, 1, 1], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, True), ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_in_while_with_raising) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 2], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 3], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 3], while_in_while_with_raising) in (('E1', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], while_in_while_try_else_break_loop_else_break) in ((None, [7]), FELL)
assert run([1, 1], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([1, 1, 2], while_in_while_try_else_break_loop_else_break) in (('E2', [-2]), FELL)
assert run([1, 1, 1, 1], while_in_while_try_else_break_loop_else_break) in ((None, [-2, -2, 7]), FELL)
assert run([1, 1, 1, 1, 2], while_in_while_try_else_break_loop_else_break) in (('E2', [-2, -2]), FELL)
assert run([1, 2], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([1, 3], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([2, 1], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([2, 2], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([2, 3], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([3, 1], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([3, 2], while_in_while_try_else_break_loop_else_break) in ((None, [-2, 7]), FELL)
assert run([], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [7]), FELL)
assert run([1], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [6, 7]), FELL)
assert run([1, 1], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [-2, 7]), FELL)
assert run([1, 1, 1], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [-2, 6, 7]), FELL)
assert run([1, 1, 2], closure_while_in_while_try_else_break_loop_else_code_break) in (('E2', [-2]), FELL)
assert run([1, 1, 1, 1], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [-2, -2, 7]), FELL)
assert run([1, 1, 1, 1, 1], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [-2, -2, 6, 7]), FELL)
assert run([1, 1, 1, 1, 2], closure_while_in_while_try_else_break_loop_else_code_break) in (('E2', [-2, -2]), FELL)
assert run([2], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [6, 7]), FELL)
assert run([3], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [6, 7]), FELL)
assert run([1, 2], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [-2, 7]), FELL)
assert run([1, 3], closure_while_in_while_try_else_break_loop_else_code_break) in ((None, [-2, 7]), FELL)
