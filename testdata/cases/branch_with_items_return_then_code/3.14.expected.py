







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


def if_with_two_items_return_then_code(c, t, x, n, m):
    try:
        x(1)
        if c():
            with m(8), m(9):
                return 10
    except E1:
        t(15)
    t(16)


def elif_with_two_items_return_then_code(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 7
        if c():
            with m(8), m(9):
                return 10
    except E1:
        t(15)
    t(16)


def elif_with_two_items_return_clause_for_else(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 7
        if c():
            with m(8), m(9):
                return 10
    except E1:
        with m(11):
            t(12)
        for k in n():
            t(14)
            break
        else:
            t(15)
    t(16)


def nested_withs_return_value_then_code(c, t, x, n, m):
    v = 3
    try:
        x(1)
        if c():
            with m(8), m(9):
                return v
    except E1:
        v = 15
    t(v)
    return 17

assert run([], if_with_two_items_return_then_code) in ((None, [-1, 16]), FELL)
assert run([1], if_with_two_items_return_then_code) in ((None, [-1, 15, 16]), FELL)
assert run([2], if_with_two_items_return_then_code) in (('E2', [-1]), FELL)
assert run([0, 1], if_with_two_items_return_then_code) in ((10, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], elif_with_two_items_return_then_code) in ((None, [-1, 16]), FELL)
assert run([1], elif_with_two_items_return_then_code) in ((None, [-1, 15, 16]), FELL)
assert run([2], elif_with_two_items_return_then_code) in (('E2', [-1]), FELL)
assert run([0, 1], elif_with_two_items_return_then_code) in ((7, [-1]), FELL)
assert run([0, 0, 1], elif_with_two_items_return_then_code) in ((10, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], elif_with_two_items_return_clause_for_else) in ((None, [-1, 16]), FELL)
assert run([1], elif_with_two_items_return_clause_for_else) in ((None, [-1, ('enter', 11), 12, ('exit', 11, False), 15, 16]), FELL)
assert run([2], elif_with_two_items_return_clause_for_else) in (('E2', [-1]), FELL)
assert run([0, 1], elif_with_two_items_return_clause_for_else) in ((7, [-1]), FELL)
assert run([1, 1], elif_with_two_items_return_clause_for_else) in ((None, [-1, ('enter', 11), 12, ('exit', 11, False), 14, 16]), FELL)
assert run([0, 0, 1], elif_with_two_items_return_clause_for_else) in ((10, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], nested_withs_return_value_then_code) in ((17, [-1, 3]), FELL)
assert run([1], nested_withs_return_value_then_code) in ((17, [-1, 15]), FELL)
assert run([2], nested_withs_return_value_then_code) in (('E2', [-1]), FELL)
assert run([0, 1], nested_withs_return_value_then_code) in ((3, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
