






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


def for_break_else_while_then_raise(c, t, x, n, m):
    for k in n():
        break
    else:
        while c():
            pass
    raise E2(15)


def for_if_break_else_while_code_then_raise(c, t, x, n, m):
    for k in n():
        t(1)
        if c():
            t(2)
            break
    else:
        t(3)
        while c():
            t(4)
            x(5)
        t(6)
    raise E2(7)


def for_break_else_while_then_return_call(c, t, x, n, m):
    for k in n():
        if c():
            break
    else:
        while c() and c():
            t(4)
    return t(8)


def elif_nested_for_break_else_while_raise(c, t, x, n, m):
    if c() or c():
        t(1)
    else:
        if not c():
            for k in n():
                for k in n():
                    x(2)
                t(3)
                if c():
                    t(4)
                    t(5)
                    break
                t(6)
            else:
                while c():
                    t(7)
                    x(8)
                x(9)
                t(10)
                t(11)
                with m(12):
                    t(13)
                    x(14)
            raise E2(15)
        if c():
            return 16

assert run([], for_break_else_while_then_raise) in (('E2', []), FELL)
assert run([], for_if_break_else_while_code_then_raise) in (('E2', [3, 6]), FELL)
assert run([1], for_if_break_else_while_code_then_raise) in (('E2', [1, 3, 6]), FELL)
assert run([2], for_if_break_else_while_code_then_raise) in (('E2', [1, 1, 3, 6]), FELL)
assert run([0, 1], for_if_break_else_while_code_then_raise) in (('E2', [3, 4, -5, 6]), FELL)
assert run([1, 1], for_if_break_else_while_code_then_raise) in (('E2', [1, 2]), FELL)
assert run([0, 1, 1], for_if_break_else_while_code_then_raise) in (('E1', [3, 4, -5]), FELL)
assert run([0, 1, 2], for_if_break_else_while_code_then_raise) in (('E2', [3, 4, -5]), FELL)
assert run([1, 0, 1], for_if_break_else_while_code_then_raise) in (('E2', [1, 3, 4, -5, 6]), FELL)
assert run([2, 0, 1], for_if_break_else_while_code_then_raise) in (('E2', [1, 1, 2]), FELL)
assert run([0, 1, 0, 1], for_if_break_else_while_code_then_raise) in (('E2', [3, 4, -5, 4, -5, 6]), FELL)
assert run([], for_break_else_while_then_return_call) in ((None, [8]), FELL)
assert run([0, 1, 1], for_break_else_while_then_return_call) in ((None, [4, 8]), FELL)
assert run([0, 1, 1, 1, 1], for_break_else_while_then_return_call) in ((None, [4, 4, 8]), FELL)
assert run([], elif_nested_for_break_else_while_raise) in (('E2', [-9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
assert run([1], elif_nested_for_break_else_while_raise) in ((None, [1]), FELL)
assert run([0, 0, 1], elif_nested_for_break_else_while_raise) in ((None, []), FELL)
assert run([0, 0, 0, 1], elif_nested_for_break_else_while_raise) in (('E2', [3, 6, -9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 2], elif_nested_for_break_else_while_raise) in (('E2', [3, 6, 3, 6, -9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
assert run([0, 0, 1, 1], elif_nested_for_break_else_while_raise) in ((16, []), FELL)
assert run([0, 0, 0, 0, 1], elif_nested_for_break_else_while_raise) in (('E2', [7, -8, -9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 1, 1], elif_nested_for_break_else_while_raise) in (('E2', [-2, 3, 6, -9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 1, 2], elif_nested_for_break_else_while_raise) in (('E2', [-2, -2, 3, 6, -9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 2, 1], elif_nested_for_break_else_while_raise) in (('E2', [-2, 3, 6, 3, 6, -9, 10, 11, ('enter', 12), 13, -14, ('exit', 12, False)]), FELL)
