



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


def clause_with_return_then_while(c, t, x, n, m):
    try:
        x(5)
    except E1:
        with m(10) as w:
            x(1)
            return 15
        while c():
            t(17)


def clause_with_return_then_for(c, t, x, n, m):
    try:
        x(5)
    except E1:
        with m(10):
            x(1)
            return 15
        for i in n():
            t(i)


def clause_with_return_then_if(c, t, x, n, m):
    try:
        x(5)
    except E1:
        with m(10):
            x(1)
            return 15
        if c():
            t(17)
        t(18)


def clause_withs_try_else_finally_then_while(c, t, x, n, m):
    try:
        with m(2) as w, m(3):
            if not c():
                x(5)
                x(6)
    except E1:
        with m(10) as w:
            if c() or c():
                x(11)
            try:
                pass
            except E1:
                return 14
            finally:
                pass
            return 15
        while c():
            t(17)

assert run([], clause_with_return_then_while) in ((None, [-5]), FELL)
assert run([1], clause_with_return_then_while) in ((15, [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([2], clause_with_return_then_while) in (('E2', [-5]), FELL)
assert run([1, 1], clause_with_return_then_while) in (('E1', [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], clause_with_return_then_while) in (('E2', [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], clause_with_return_then_while) in ((None, [-5, ('enter', 10), -1, ('exit', 10, True)]), FELL)
assert run([], clause_with_return_then_for) in ((None, [-5]), FELL)
assert run([1], clause_with_return_then_for) in ((15, [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([2], clause_with_return_then_for) in (('E2', [-5]), FELL)
assert run([1, 1], clause_with_return_then_for) in (('E1', [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], clause_with_return_then_for) in (('E2', [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], clause_with_return_then_for) in ((None, [-5, ('enter', 10), -1, ('exit', 10, True)]), FELL)
assert run([], clause_with_return_then_if) in ((None, [-5]), FELL)
assert run([1], clause_with_return_then_if) in ((15, [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([2], clause_with_return_then_if) in (('E2', [-5]), FELL)
assert run([1, 1], clause_with_return_then_if) in (('E1', [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], clause_with_return_then_if) in (('E2', [-5, ('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], clause_with_return_then_if) in ((None, [-5, ('enter', 10), -1, ('exit', 10, True), 18]), FELL)
assert run([], clause_withs_try_else_finally_then_while) in ((None, [('enter', 2), ('enter', 3), -5, -6, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1], clause_withs_try_else_finally_then_while) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([0, 1], clause_withs_try_else_finally_then_while) in ((15, [('enter', 2), ('enter', 3), -5, ('exit', 3, False), ('exit', 2, False), ('enter', 10), ('exit', 10, False)]), FELL)
assert run([0, 2], clause_withs_try_else_finally_then_while) in (('E2', [('enter', 2), ('enter', 3), -5, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([0, 0, 1], clause_withs_try_else_finally_then_while) in ((15, [('enter', 2), ('enter', 3), -5, -6, ('exit', 3, False), ('exit', 2, False), ('enter', 10), ('exit', 10, False)]), FELL)
assert run([0, 0, 2], clause_withs_try_else_finally_then_while) in (('E2', [('enter', 2), ('enter', 3), -5, -6, ('exit', 3, False), ('exit', 2, False)]), FELL)
