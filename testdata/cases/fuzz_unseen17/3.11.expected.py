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


def try_match_guarded_then_default_if_returning(c, t, x, n, m):
    try:
        match c() % 3, c():
            case [z, False] if z:
                pass
            case _:
                if not c():
                    return 35
    except E1:
        pass
    except E2 as e:
        pass
    t(65)


def try_match_default_if_returning(c, t, x, n, m):
    try:
        if c() == 1:
            t(1)
        elif not c():
            return 35
    except E1:
        pass
    t(65)


def try_for_with_break_else_if_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1):
                break
        else:
            if c():
                t(5)
            else:
                return 9
    except E1:
        pass
    t(18)


def try_for_with_break_else_elif_and_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1) as w:
                t(2)
                break
        else:
            t(3)
            if c():
                t(5)
            elif c() and c():
                t(6)
            else:
                return 9
    except E1:
        t(10)
    t(18)

assert run([], try_match_guarded_then_default_if_returning) in ((35, []), FELL)
assert run([0, 0, 1], try_match_guarded_then_default_if_returning) in ((None, [65]), FELL)
assert run([], try_match_default_if_returning) in ((35, []), FELL)
assert run([1], try_match_default_if_returning) in ((None, [1, 65]), FELL)
assert run([0, 1], try_match_default_if_returning) in ((None, [65]), FELL)
assert run([], try_for_with_break_else_if_returning) in ((9, []), FELL)
assert run([1], try_for_with_break_else_if_returning) in ((None, [('enter', 1), ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_if_returning) in ((None, [5, 18]), FELL)
assert run([], try_for_with_break_else_elif_and_returning) in ((9, [3]), FELL)
assert run([1], try_for_with_break_else_elif_and_returning) in ((None, [('enter', 1), 2, ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 5, 18]), FELL)
assert run([0, 0, 1, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 6, 18]), FELL)
