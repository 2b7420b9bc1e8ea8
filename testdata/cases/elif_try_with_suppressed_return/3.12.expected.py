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


def elif_try_with_return_finally_else(c, t, x, n, m):
    v = 1
    q = 2
    if c():
        return None
    if c():
        try:
            x(40)
            if c():
                return v
            return q
        except E2 as e:
            pass
        try:
            with m(43) as w:
                x(q)
                return 49
        except E1:
            return v
        finally:
            pass
    else:
        t(53)


def if_try_with_return_finally_else(c, t, x, n, m):
    if c():
        x(1)
        try:
            with m(3):
                x(4)
                return 5
        except E1:
            return 6
        finally:
            pass
    else:
        t(8)


def elif_with_return_finally_else(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(2)
        except E2:
            pass
        try:
            with m(3):
                x(4)
                return 5
        finally:
            t(7)
    else:
        t(8)
    t(9)


def elif_try_with_return_finally_code(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(40)
            return 2 if c() else 3
        except E2:
            pass
        try:
            with m(3):
                x(4)
                return 5
        except E1:
            return 6
        finally:
            pass
        t(7)
    else:
        t(8)
    return 9


def loop_elif_try_with_return_finally(c, t, x, n, m):
    for i in n():
        if c():
            t(1)
        else:
            if c():
                try:
                    x(40)
                    if c():
                        return 2
                    return 3
                except E2:
                    pass
                try:
                    with m(3):
                        x(4)
                        return 5
                    continue
                except E1:
                    return 6
                finally:
                    pass
            t(8)
    return 9

assert run([], elif_try_with_return_finally_else) in ((None, [53]), FELL)
assert run([1], elif_try_with_return_finally_else) in ((None, []), FELL)
assert run([0, 1], elif_try_with_return_finally_else) in ((2, [-40]), FELL)
assert run([0, 1, 1], elif_try_with_return_finally_else) in (('E1', [-40]), FELL)
assert run([0, 1, 2], elif_try_with_return_finally_else) in ((49, [-40, ('enter', 43), -2, ('exit', 43, False)]), FELL)
assert run([0, 1, 0, 1], elif_try_with_return_finally_else) in ((1, [-40]), FELL)
assert run([0, 1, 2, 1], elif_try_with_return_finally_else) in ((1, [-40, ('enter', 43), -2, ('exit', 43, False)]), FELL)
assert run([0, 1, 2, 2], elif_try_with_return_finally_else) in (('E2', [-40, ('enter', 43), -2, ('exit', 43, False)]), FELL)
assert run([0, 1, 2, 1, 1], elif_try_with_return_finally_else) in ((None, [-40, ('enter', 43), -2, ('exit', 43, True)]), FELL)
assert run([], if_try_with_return_finally_else) in ((None, [8]), FELL)
assert run([1], if_try_with_return_finally_else) in ((5, [-1, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], if_try_with_return_finally_else) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_with_return_finally_else) in (('E2', [-1]), FELL)
assert run([1, 0, 1], if_try_with_return_finally_else) in ((6, [-1, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 0, 2], if_try_with_return_finally_else) in (('E2', [-1, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 0, 1, 1], if_try_with_return_finally_else) in ((None, [-1, ('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], elif_with_return_finally_else) in ((None, [8, 9]), FELL)
assert run([1], elif_with_return_finally_else) in ((None, [1, 9]), FELL)
assert run([0, 1], elif_with_return_finally_else) in ((5, [-2, ('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([0, 1, 1], elif_with_return_finally_else) in (('E1', [-2]), FELL)
assert run([0, 1, 0, 1], elif_with_return_finally_else) in (('E1', [-2, ('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([0, 1, 0, 2], elif_with_return_finally_else) in (('E2', [-2, ('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([0, 1, 0, 1, 1], elif_with_return_finally_else) in ((None, [-2, ('enter', 3), -4, ('exit', 3, True), 7, 9]), FELL)
assert run([], elif_try_with_return_finally_code) in ((9, [8]), FELL)
assert run([1], elif_try_with_return_finally_code) in ((9, [1]), FELL)
assert run([0, 1], elif_try_with_return_finally_code) in ((3, [-40]), FELL)
assert run([0, 1, 1], elif_try_with_return_finally_code) in (('E1', [-40]), FELL)
assert run([0, 1, 2], elif_try_with_return_finally_code) in ((5, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 0, 1], elif_try_with_return_finally_code) in ((2, [-40]), FELL)
assert run([0, 1, 2, 1], elif_try_with_return_finally_code) in ((6, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2, 2], elif_try_with_return_finally_code) in (('E2', [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2, 1, 1], elif_try_with_return_finally_code) in ((9, [-40, ('enter', 3), -4, ('exit', 3, True), 7]), FELL)
assert run([], loop_elif_try_with_return_finally) in ((9, []), FELL)
assert run([1], loop_elif_try_with_return_finally) in ((9, [8]), FELL)
assert run([2], loop_elif_try_with_return_finally) in ((9, [8, 8]), FELL)
assert run([1, 1], loop_elif_try_with_return_finally) in ((9, [1]), FELL)
assert run([2, 1], loop_elif_try_with_return_finally) in ((9, [1, 8]), FELL)
assert run([1, 0, 1], loop_elif_try_with_return_finally) in ((3, [-40]), FELL)
assert run([2, 1, 1], loop_elif_try_with_return_finally) in ((9, [1, 1]), FELL)
assert run([1, 0, 1, 1], loop_elif_try_with_return_finally) in (('E1', [-40]), FELL)
assert run([1, 0, 1, 2], loop_elif_try_with_return_finally) in ((5, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 0, 0, 1], loop_elif_try_with_return_finally) in ((9, [8, 1]), FELL)
assert run([2, 1, 0, 1], loop_elif_try_with_return_finally) in ((3, [1, -40]), FELL)
assert run([1, 0, 1, 0, 1], loop_elif_try_with_return_finally) in ((2, [-40]), FELL)
assert run([1, 0, 1, 2, 1], loop_elif_try_with_return_finally) in ((6, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 0, 1, 2, 2], loop_elif_try_with_return_finally) in (('E2', [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
