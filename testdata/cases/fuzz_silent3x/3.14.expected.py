














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


def if_try_if_else_return(c, t, x, n, m):
    if c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def never_looping_while_try_if_break(c, t, x, n, m):
    if c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def while_try_if_else_return(c, t, x, n, m):
    while c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def while_if_try_if_else_return(c, t, x, n, m):
    while c():
        if c():
            try:
                if c():
                    t(1)
                else:
                    return 7
            except E1:
                return 7
        t(8)


def if_elif_nested_with_return(c, t, x, n, m):
    if not c():
        if c():
            pass
        elif c():
            with m(31), m(32):
                pass
            return 34
        elif c():
            with m(35) as w:
                return 36
    t(37)


def if_nested_with_return_then_if_return(c, t, x, n, m):
    if c():
        if c():
            with m(31), m(32):
                pass
            return 34
        if c():
            return 36
    t(37)


def if_nested_with_then_falls_on(c, t, x, n, m):
    if c():
        if c():
            with m(31), m(32):
                t(1)
            return 34
        t(2)
    t(37)


def try_except_with_return_finally(c, t, x, n, m):
    try:
        x(9)
        with m(13) as w:
            return 15
    except E1:
        pass
    finally:
        t(24)


def if_else_try_except_with_return_finally(c, t, x, n, m):
    with m(1) as w:
        pass
    if c():
        return None
    try:
        try:
            x(9)
        except E1:
            pass
        except E2 as e:
            x(12)
        with m(13) as w:
            return 15
    except E1:
        pass
    except E2 as e:
        pass
    finally:
        t(24)

assert run([], if_try_if_else_return) in ((None, [8]), FELL)
assert run([0], if_try_if_else_return) in ((None, [8]), FELL)
assert run([1], if_try_if_else_return) in ((7, []), FELL)
assert run([2], if_try_if_else_return) in ((7, []), FELL)
assert run([1, 0], if_try_if_else_return) in ((7, []), FELL)
assert run([1, 1], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 2], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([2, 0], if_try_if_else_return) in ((7, []), FELL)
assert run([2, 1], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([2, 2], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([], never_looping_while_try_if_break) in ((None, [8]), FELL)
assert run([0], never_looping_while_try_if_break) in ((None, [8]), FELL)
assert run([1], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([2], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([1, 0], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([1, 1], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([1, 2], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([2, 0], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([2, 1], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([2, 2], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([], while_try_if_else_return) in ((None, [8]), FELL)
assert run([0], while_try_if_else_return) in ((None, [8]), FELL)
assert run([1], while_try_if_else_return) in ((7, []), FELL)
assert run([2], while_try_if_else_return) in ((7, []), FELL)
assert run([1, 0], while_try_if_else_return) in ((7, []), FELL)
assert run([1, 1], while_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 1, 1], while_try_if_else_return) in ((7, [1]), FELL)
assert run([1, 1, 1, 1], while_try_if_else_return) in ((None, [1, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1], while_try_if_else_return) in ((7, [1, 1]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_try_if_else_return) in ((None, [1, 1, 1, 8]), FELL)
assert run([], while_if_try_if_else_return) in ((None, []), FELL)
assert run([1], while_if_try_if_else_return) in ((None, [8]), FELL)
assert run([1, 1], while_if_try_if_else_return) in ((7, []), FELL)
assert run([1, 0, 1], while_if_try_if_else_return) in ((None, [8, 8]), FELL)
assert run([1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 0, 1, 1], while_if_try_if_else_return) in ((7, [8]), FELL)
assert run([1, 1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8, 8]), FELL)
assert run([1, 0, 1, 0, 1], while_if_try_if_else_return) in ((None, [8, 8, 8]), FELL)
assert run([1, 0, 1, 1, 1], while_if_try_if_else_return) in ((None, [8, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1], while_if_try_if_else_return) in ((7, [1, 8]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_if_try_if_else_return) in ((7, [8, 8]), FELL)
assert run([1, 0, 1, 1, 1, 1], while_if_try_if_else_return) in ((None, [8, 1, 8, 8]), FELL)
assert run([1, 1, 1, 1, 0, 1], while_if_try_if_else_return) in ((None, [1, 8, 8, 8]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8, 1, 8]), FELL)
assert run([], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([1], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([2], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 1], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 2], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0, 0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0, 1], if_elif_nested_with_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([0, 0, 0, 1], if_elif_nested_with_return) in ((36, [('enter', 35), ('exit', 35, False)]), FELL)
assert run([], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([2], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1, 0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1, 1], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 2], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([2, 1], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 0, 1], if_nested_with_return_then_if_return) in ((36, []), FELL)
assert run([], if_nested_with_then_falls_on) in ((None, [37]), FELL)
assert run([0], if_nested_with_then_falls_on) in ((None, [37]), FELL)
assert run([1], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([2], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([1, 0], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([1, 1], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 2], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 0], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([2, 1], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 2], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([], try_except_with_return_finally) in ((15, [-9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0], try_except_with_return_finally) in ((15, [-9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([1], try_except_with_return_finally) in ((None, [-9, 24]), FELL)
assert run([2], try_except_with_return_finally) in (('E2', [-9, 24]), FELL)
assert run([], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([1], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([2], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 1], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, -12, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2, 0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, -12, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2, 1], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False), -9, -12, 24]), FELL)
assert run([0, 2, 2], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False), -9, -12, 24]), FELL)
