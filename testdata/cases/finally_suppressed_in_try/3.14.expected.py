




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


def finally_in_try(c, t, x, n, m):
    try:
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    t(37)


def finally_in_try_two_managers(c, t, x, n, m):
    try:
        try:
            with m(29), m(30):
                x(31)
                t(32)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
        x(36)
    if c() or c():
        t(37)
    return 38


def finally_in_try_after_loop(c, t, x, n, m):
    t(1)
    try:
        while True:
            if c():
                break
            t(2)
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    except E2:
        return 36
    t(37)


def finally_in_try_in_loop(c, t, x, n, m):
    for i in n():
        try:
            try:
                with m(i):
                    x(i)
                    return i
            finally:
                t(34)
        except E1:
            t(35)
        t(37)
    return 38

assert run([], finally_in_try) in ((33, [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([2], finally_in_try) in (('E2', [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, True), 34, 37]), FELL)
assert run([], finally_in_try_two_managers) in ((33, [('enter', 29), ('enter', 30), -31, 32, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34]), FELL)
assert run([1, 0, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, True), 34]), FELL)
assert run([1, 1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34, 37]), FELL)
assert run([1, 0, 0, 1], finally_in_try_two_managers) in (('E1', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([1, 0, 0, 2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([], finally_in_try_after_loop) in (('Budget', [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], finally_in_try_after_loop) in ((33, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1], finally_in_try_after_loop) in ((33, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_after_loop) in ((None, [1, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_after_loop) in ((36, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 0, 1], finally_in_try_after_loop) in ((33, [1, 2, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1, 1], finally_in_try_after_loop) in ((None, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([0, 1, 2], finally_in_try_after_loop) in ((36, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([], finally_in_try_in_loop) in ((38, []), FELL)
assert run([1], finally_in_try_in_loop) in ((0, [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_in_loop) in (('E2', [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([2, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([1, 1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, True), 34, 37]), FELL)
assert run([2, 1, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, True), 34, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([2, 1, 0, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34, 35, 37]), FELL)
