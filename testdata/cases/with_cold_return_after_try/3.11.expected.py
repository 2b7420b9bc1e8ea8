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


def with_cold_return_elif(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                pass
            return 7
    elif c():
        return None


def with_cold_return_elif_call(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                t(6)
            return 7
    elif c():
        x(3)


def with_cold_return_then_call(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(4)
                return 5
            except E1:
                pass
            except E2:
                t(6)
            t(8)
            return 'seven'
    x(5)


def with_cold_return_in_loop(c, t, x, n, m):
    for i in n():
        if c():
            with m(3):
                try:
                    x(4)
                    return 5
                except E1:
                    pass
                return i
        t(9)


def with_cold_value_return_in_branch(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                return x(4)
            except E1:
                t(1)
            return w + 1
    return 2


def with_cold_value_return_nested(c, t, x, n, m):
    while c():
        if c():
            with m(1), m(2) as w:
                try:
                    x(3)
                    return 4
                except E2:
                    pass
                return [w, 5]
        t(6)


def with_cold_return_two_items(c, t, x, n, m):
    if c():
        with m(1), m(2) as w:
            try:
                x(3)
                return 4
            except E2:
                pass
            return 5
    t(6)


def with_branch_try_then_return(c, t, x, n, m):
    with m(1), m(2):
        if c():
            pass
        else:
            try:
                return 4
            except E1:
                pass
            return 6


def with_branch_try_call_then_return(c, t, x, n, m):
    with m(1):
        if c():
            t(1)
        else:
            try:
                return x(4)
            except E1:
                pass
            return 6
    return 8

assert run([], with_cold_return_elif) in ((None, []), FELL)
assert run([1], with_cold_return_elif) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], with_cold_return_elif) in ((7, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], with_cold_return_elif) in ((None, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], with_cold_return_elif_call) in ((None, []), FELL)
assert run([1], with_cold_return_elif_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_elif_call) in ((None, [-3]), FELL)
assert run([1, 1], with_cold_return_elif_call) in ((7, [('enter', 3), -4, 6, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif_call) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], with_cold_return_elif_call) in (('E1', [-3]), FELL)
assert run([], with_cold_return_then_call) in ((None, [-5]), FELL)
assert run([1], with_cold_return_then_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_then_call) in (('E1', [-5]), FELL)
assert run([0, 2], with_cold_return_then_call) in (('E2', [-5]), FELL)
assert run([1, 1], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 8, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 6, 8, ('exit', 3, False)]), FELL)
assert run([], with_cold_return_in_loop) in ((None, []), FELL)
assert run([1], with_cold_return_in_loop) in ((None, [9]), FELL)
assert run([2], with_cold_return_in_loop) in ((None, [9, 9]), FELL)
assert run([1, 1], with_cold_return_in_loop) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], with_cold_return_in_loop) in ((0, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 2], with_cold_return_in_loop) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([], with_cold_value_return_in_branch) in ((2, []), FELL)
assert run([1], with_cold_value_return_in_branch) in ((None, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], with_cold_value_return_in_branch) in ((4, [('enter', 3), -4, 1, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_value_return_in_branch) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], with_cold_value_return_in_branch) in ((2, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], with_cold_value_return_nested) in ((None, []), FELL)
assert run([1], with_cold_value_return_nested) in ((None, [6]), FELL)
assert run([1, 1], with_cold_value_return_nested) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 1], with_cold_value_return_nested) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], with_cold_value_return_nested) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 2], with_cold_value_return_nested) in (([2, 5], [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_cold_return_two_items) in ((None, [6]), FELL)
assert run([1], with_cold_return_two_items) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_cold_return_two_items) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_cold_return_two_items) in ((5, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_cold_return_two_items) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), 6]), FELL)
assert run([1, 1, 0, 1], with_cold_return_two_items) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True), 6]), FELL)
assert run([], with_branch_try_then_return) in ((4, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_branch_try_then_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_branch_try_call_then_return) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([1], with_branch_try_call_then_return) in ((8, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([0, 1], with_branch_try_call_then_return) in ((6, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 2], with_branch_try_call_then_return) in (('E2', [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 2, 1], with_branch_try_call_then_return) in ((8, [('enter', 1), -4, ('exit', 1, True)]), FELL)
