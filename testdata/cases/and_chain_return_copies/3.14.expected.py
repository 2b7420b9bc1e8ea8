







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


def and_if_while_else(c, t, x, n, m):
    if c():
        if c():
            if c():
                while c():
                    t(1)
            else:
                t(9)


def and_if_or_while_elif_with(c, t, x, n, m):
    if c():
        if c():
            if c() or c():
                while c():
                    pass
            elif c():
                with m(9) as w:
                    t(w)


def and_if_for_else(c, t, x, n, m):
    if c():
        if c():
            if c():
                for k in n():
                    t(k)
            else:
                t(9)


def and_if_while_return_else(c, t, x, n, m):
    if c():
        if c():
            if c():
                while c():
                    if c():
                        return 1
            else:
                t(9)


def and_if_while_elif_else(c, t, x, n, m):
    if c():
        if c():
            if c():
                while c():
                    pass
            elif c():
                t(8)
            else:
                t(9)


def or_if_while_else(c, t, x, n, m):
    if c() or c():
        if c():
            while c():
                pass
        else:
            t(9)


def and3_if_while_else(c, t, x, n, m):
    if c():
        if c():
            if c():
                if c():
                    while c():
                        pass
                else:
                    t(9)


def and_if_while_else_outer_else(c, t, x, n, m):
    if c() and c():
        if c():
            while c():
                pass
        else:
            t(9)
    else:
        t(7)


def and_if_and_while_else(c, t, x, n, m):
    if c():
        if c():
            if c() and c():
                while c():
                    pass
            else:
                t(9)


def loop_and_if_while_else(c, t, x, n, m):
    while c():
        if c():
            if c():
                if c():
                    while c():
                        pass
                else:
                    t(9)


def and_if_if_return_else(c, t, x, n, m):
    if c():
        if c():
            if c():
                if c():
                    return
            else:
                t(9)

assert run([0], and_if_while_else) in ((None, []), FELL)
assert run([1, 1, 0], and_if_while_else) in ((None, [9]), FELL)
assert run([1, 1, 1, 1, 0], and_if_while_else) in ((None, [1]), FELL)
assert run([1, 1, 1, 1, 1, 0, 0], and_if_while_else) in ((None, [1, 1]), FELL)
assert run([0], and_if_or_while_elif_with) in ((None, []), FELL)
assert run([1, 1, 0, 0, 1], and_if_or_while_elif_with) in ((None, [('enter', 9), 9, ('exit', 9, False)]), FELL)
assert run([0], and_if_for_else) in ((None, []), FELL)
assert run([1, 1, 0], and_if_for_else) in ((None, [9]), FELL)
assert run([1, 1, 1, 1, 0], and_if_for_else) in ((None, [0]), FELL)
assert run([1, 1, 1, 2, 1, 0], and_if_for_else) in ((None, [0, 1]), FELL)
assert run([0], and_if_while_return_else) in ((None, []), FELL)
assert run([1, 1, 0], and_if_while_return_else) in ((None, [9]), FELL)
assert run([1, 1, 1, 1, 1, 0, 0], and_if_while_return_else) in ((1, []), FELL)
assert run([0], and_if_while_elif_else) in ((None, []), FELL)
assert run([1, 1, 0], and_if_while_elif_else) in ((None, [9]), FELL)
assert run([1, 1, 0, 1], and_if_while_elif_else) in ((None, [8]), FELL)
assert run([0], or_if_while_else) in ((None, []), FELL)
assert run([1, 0], or_if_while_else) in ((None, [9]), FELL)
assert run([0], and3_if_while_else) in ((None, []), FELL)
assert run([1, 1, 1, 0], and3_if_while_else) in ((None, [9]), FELL)
assert run([0], and_if_while_else_outer_else) in ((None, [7]), FELL)
assert run([1, 1, 0], and_if_while_else_outer_else) in ((None, [9]), FELL)
assert run([1, 1, 1, 0], and_if_while_else_outer_else) in ((None, []), FELL)
assert run([0], and_if_and_while_else) in ((None, []), FELL)
assert run([1, 1, 0], and_if_and_while_else) in ((None, [9]), FELL)
assert run([0], loop_and_if_while_else) in ((None, []), FELL)
assert run([1, 1, 1, 0], loop_and_if_while_else) in ((None, [9]), FELL)
assert run([0], and_if_if_return_else) in ((None, []), FELL)
assert run([1, 1, 0], and_if_if_return_else) in ((None, [9]), FELL)
