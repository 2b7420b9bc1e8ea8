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


def with_if_with_return_else(c, t, x, n, m):
    with m(1):
        if c():
            with m(10):
                x(9)
                return 11
        else:
            t(2)
    t(3)


def with_if_with_return_elif(c, t, x, n, m):
    with m(1) as w:
        if c():
            with m(10) as v:
                x(v)
                return 11
        elif c() and c():
            t(w)


def with_if_with_return_else_in_loop(c, t, x, n, m):
    for i in n():
        with m(i):
            if c():
                with m(10):
                    x(i)
                    return 11
            else:
                t(2)
    return 12

assert run([], with_if_with_return_else) in ((None, [('enter', 1), 2, ('exit', 1, False), 3]), FELL)
assert run([1], with_if_with_return_else) in ((11, [('enter', 1), ('enter', 10), -9, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_if_with_return_else) in (('E1', [('enter', 1), ('enter', 10), -9, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_if_with_return_else) in (('E2', [('enter', 1), ('enter', 10), -9, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_if_with_return_else) in ((None, [('enter', 1), ('enter', 10), -9, ('exit', 10, True), ('exit', 1, False), 3]), FELL)
assert run([1, 1, 0, 1], with_if_with_return_else) in ((None, [('enter', 1), ('enter', 10), -9, ('exit', 10, False), ('exit', 1, True), 3]), FELL)
assert run([], with_if_with_return_elif) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_if_with_return_elif) in ((11, [('enter', 1), ('enter', 10), -10, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_if_with_return_elif) in (('E1', [('enter', 1), ('enter', 10), -10, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_if_with_return_elif) in (('E2', [('enter', 1), ('enter', 10), -10, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_if_with_return_elif) in ((None, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_if_with_return_elif) in ((None, [('enter', 1), ('enter', 10), -10, ('exit', 10, True), ('exit', 1, False)]), FELL)
assert run([1, 1, 0, 1], with_if_with_return_elif) in ((None, [('enter', 1), ('enter', 10), -10, ('exit', 10, False), ('exit', 1, True)]), FELL)
assert run([], with_if_with_return_else_in_loop) in ((12, []), FELL)
assert run([1], with_if_with_return_else_in_loop) in ((12, [('enter', 0), 2, ('exit', 0, False)]), FELL)
assert run([2], with_if_with_return_else_in_loop) in ((12, [('enter', 0), 2, ('exit', 0, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1, 1], with_if_with_return_else_in_loop) in ((11, [('enter', 0), ('enter', 10), 0, ('exit', 10, False), ('exit', 0, False)]), FELL)
assert run([1, 1, 1], with_if_with_return_else_in_loop) in (('E1', [('enter', 0), ('enter', 10), 0, ('exit', 10, False), ('exit', 0, False)]), FELL)
assert run([1, 1, 2], with_if_with_return_else_in_loop) in (('E2', [('enter', 0), ('enter', 10), 0, ('exit', 10, False), ('exit', 0, False)]), FELL)
assert run([2, 0, 1], with_if_with_return_else_in_loop) in ((11, [('enter', 0), 2, ('exit', 0, False), ('enter', 1), ('enter', 10), -1, ('exit', 10, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_if_with_return_else_in_loop) in ((12, [('enter', 0), ('enter', 10), 0, ('exit', 10, True), ('exit', 0, False)]), FELL)
