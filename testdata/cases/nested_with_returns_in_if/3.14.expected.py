









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


def nested_withs_if_return(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return 4


def nested_withs_log_if_return(c, t, x, n, m):
    with m(1) as w:
        t(2)
        with m(3):
            if c():
                return 4


def nested_withs_if_return_then(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return 4
    t(5)


def nested_withs_if_return_after_inner(c, t, x, n, m):
    with m(1):
        with m(3):
            x(2)
            if c():
                return 4
        t(6)


def nested_withs_if_return_value(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return x(4)


def nested_withs_if_bare_return_then_log(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return
        t(5)


def three_withs_if_return(c, t, x, n, m):
    with m(1), m(2), m(3):
        x(4)
        if c():
            return 5
    t(6)


def with_items_or_with_return(c, t, x, n, m):
    with m(1), m(2):
        if c() or c():
            with m(3):
                t(4)
                return 5
    t(6)

assert run([2, 2, 0, 3, 1], nested_withs_if_return) == (4, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0, 1, 0, 2, 3, 1], nested_withs_if_return) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([2, 2, 0], nested_withs_log_if_return) == (4, [('enter', 1), 2, ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0, 1, 3, 0, 0], nested_withs_log_if_return) == (None, [('enter', 1), 2, ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0], nested_withs_if_return_then) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False), 5])
assert run([1, 3, 2, 1, 0, 0, 2], nested_withs_if_return_then) == (4, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([1], nested_withs_if_return_after_inner) == ('E1', [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([0], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), 6, ('exit', 1, False)])
assert run([2, 1, 2, 0, 0, 1], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, True), 6, ('exit', 1, False)])
assert run([2, 2, 0, 2, 3, 2, 3], nested_withs_if_return_after_inner) == ('E2', [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([3, 3, 3], nested_withs_if_return_after_inner) == (4, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([1, 0, 3, 3, 1, 2, 2], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, True)])
assert run([2, 3, 0, 0, 0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([3, 2, 2, 0, 2], nested_withs_if_return_value) in (('E2', [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 2, 2], nested_withs_if_return_value) in (('E1', [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 3, 2, 2, 0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, True), ('exit', 1, False)]), FELL)
assert run([1, 2, 2, 1, 2], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, True)]), FELL)
assert run([0, 3, 3], nested_withs_if_bare_return_then_log) == (None, [('enter', 1), ('enter', 3), 5, ('exit', 3, False), ('exit', 1, False)])
assert run([2, 2], nested_withs_if_bare_return_then_log) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([1, 1, 2, 3], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), ('exit', 1, False), 6])
assert run([1, 0, 2, 3, 1, 2], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, True), 6])
assert run([2], three_withs_if_return) == ('E2', [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([0, 3, 2], three_withs_if_return) == (5, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([3, 0, 0, 2, 0], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False), 6])
assert run([2, 0, 3, 3, 1, 2], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, True), ('exit', 1, False), 6])
assert run([1, 0, 2], three_withs_if_return) == ('E1', [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([0], with_items_or_with_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 6]), FELL)
assert run([2, 0, 0, 3], with_items_or_with_return) in ((5, [('enter', 1), ('enter', 2), ('enter', 3), 4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
