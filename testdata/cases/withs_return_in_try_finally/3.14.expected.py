








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


def two_withs_return_in_try_finally(c, t, x, n, m):
    try:
        with m(3), m(4):
            return 5
    finally:
        t(24)


def nested_withs_return_in_try_finally(c, t, x, n, m):
    try:
        t(1)
        with m(3), m(4):
            t(2)
            return 5
    finally:
        t(24)
    t(25)


def two_withs_return_in_try_finally_in_loop(c, t, x, n, m):
    for k in n():
        try:
            with m(3), m(4):
                return k
        finally:
            t(24)
    return 8


def with_return_in_try_finally_ending_while(c, t, x, n, m):
    while c():
        try:
            with m(3):
                x(2)
                return 1
        finally:
            t(24)


def two_withs_return_in_try_finally_ending_for(c, t, x, n, m):
    for k in n():
        t(k)
        try:
            with m(3), m(4):
                return 1
        finally:
            t(24)
    return 9


def two_withs_return_in_try_finally_ending_while(c, t, x, n, m):
    while c():
        try:
            with m(3), m(4):
                return 1
        finally:
            t(24)

assert run([], two_withs_return_in_try_finally) in ((5, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 24]), FELL)
assert run([], nested_withs_return_in_try_finally) in ((5, [1, ('enter', 3), ('enter', 4), 2, ('exit', 4, False), ('exit', 3, False), 24]), FELL)
assert run([], two_withs_return_in_try_finally_in_loop) in ((8, []), FELL)
assert run([1], two_withs_return_in_try_finally_in_loop) in ((0, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 24]), FELL)
assert run([], with_return_in_try_finally_ending_while) in ((None, []), FELL)
assert run([1], with_return_in_try_finally_ending_while) in ((1, [('enter', 3), -2, ('exit', 3, False), 24]), FELL)
assert run([1, 1], with_return_in_try_finally_ending_while) in (('E1', [('enter', 3), -2, ('exit', 3, False), 24]), FELL)
assert run([1, 2], with_return_in_try_finally_ending_while) in (('E2', [('enter', 3), -2, ('exit', 3, False), 24]), FELL)
assert run([1, 1, 1], with_return_in_try_finally_ending_while) in ((None, [('enter', 3), -2, ('exit', 3, True), 24]), FELL)
assert run([1, 1, 1, 1], with_return_in_try_finally_ending_while) in ((1, [('enter', 3), -2, ('exit', 3, True), 24, ('enter', 3), -2, ('exit', 3, False), 24]), FELL)
assert run([], two_withs_return_in_try_finally_ending_for) in ((9, []), FELL)
assert run([1], two_withs_return_in_try_finally_ending_for) in ((1, [0, ('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 24]), FELL)
assert run([], two_withs_return_in_try_finally_ending_while) in ((None, []), FELL)
assert run([1], two_withs_return_in_try_finally_ending_while) in ((1, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 24]), FELL)
