





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


def with_try_try_const_return_then_code(c, t, x, n, m):
    with m(1):
        try:
            try:
                x(11)
                return 12
            except E1:
                t(13)
        except E2:
            t(14)
        x(15)
    t(16)


def with_with_try_try_const_return(c, t, x, n, m):
    with m(1), m(2):
        try:
            try:
                x(11)
                return 12
            except E1:
                pass
        except E1:
            pass
        t(15)


def with_try_try_const_return_clause_raises(c, t, x, n, m):
    with m(1):
        try:
            try:
                if c():
                    t(10)
                x(11)
                return 12
            except E1:
                x(13)
        except E1:
            t(14)
        t(15)
    return 16


def with_try_try_none_return(c, t, x, n, m):
    with m(1):
        try:
            try:
                x(11)
                return
            except E1:
                t(13)
        except E2:
            t(14)
        x(15)

assert run([], with_try_try_const_return_then_code) in ((12, [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1], with_try_try_const_return_then_code) in ((None, [('enter', 1), -11, 13, -15, ('exit', 1, False), 16]), FELL)
assert run([2], with_try_try_const_return_then_code) in ((None, [('enter', 1), -11, 14, -15, ('exit', 1, False), 16]), FELL)
assert run([1, 1], with_try_try_const_return_then_code) in (('E1', [('enter', 1), -11, 13, -15, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_try_const_return_then_code) in (('E2', [('enter', 1), -11, 13, -15, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_try_const_return_then_code) in (('E1', [('enter', 1), -11, 14, -15, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_try_const_return_then_code) in (('E2', [('enter', 1), -11, 14, -15, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_try_try_const_return_then_code) in ((None, [('enter', 1), -11, 13, -15, ('exit', 1, True), 16]), FELL)
assert run([2, 1, 1], with_try_try_const_return_then_code) in ((None, [('enter', 1), -11, 14, -15, ('exit', 1, True), 16]), FELL)
assert run([], with_with_try_try_const_return) in ((12, [('enter', 1), ('enter', 2), -11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_with_try_try_const_return) in ((None, [('enter', 1), ('enter', 2), -11, 15, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_with_try_try_const_return) in (('E2', [('enter', 1), ('enter', 2), -11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_with_try_try_const_return) in ((None, [('enter', 1), ('enter', 2), -11, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], with_with_try_try_const_return) in ((None, [('enter', 1), ('enter', 2), -11, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], with_try_try_const_return_clause_raises) in ((12, [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1], with_try_try_const_return_clause_raises) in ((12, [('enter', 1), 10, -11, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_try_const_return_clause_raises) in ((16, [('enter', 1), -11, -13, 15, ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_try_const_return_clause_raises) in (('E2', [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_try_const_return_clause_raises) in ((16, [('enter', 1), 10, -11, -13, 15, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_try_const_return_clause_raises) in (('E2', [('enter', 1), 10, -11, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_try_try_const_return_clause_raises) in ((16, [('enter', 1), -11, -13, 14, 15, ('exit', 1, False)]), FELL)
assert run([0, 1, 2], with_try_try_const_return_clause_raises) in (('E2', [('enter', 1), -11, -13, ('exit', 1, False)]), FELL)
assert run([0, 2, 1], with_try_try_const_return_clause_raises) in ((16, [('enter', 1), -11, ('exit', 1, True)]), FELL)
assert run([1, 1, 1], with_try_try_const_return_clause_raises) in ((16, [('enter', 1), 10, -11, -13, 14, 15, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], with_try_try_const_return_clause_raises) in (('E2', [('enter', 1), 10, -11, -13, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], with_try_try_const_return_clause_raises) in ((16, [('enter', 1), 10, -11, ('exit', 1, True)]), FELL)
assert run([], with_try_try_none_return) in ((None, [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1], with_try_try_none_return) in ((None, [('enter', 1), -11, 13, -15, ('exit', 1, False)]), FELL)
assert run([2], with_try_try_none_return) in ((None, [('enter', 1), -11, 14, -15, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_try_none_return) in (('E1', [('enter', 1), -11, 13, -15, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_try_none_return) in (('E2', [('enter', 1), -11, 13, -15, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_try_none_return) in (('E1', [('enter', 1), -11, 14, -15, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_try_none_return) in (('E2', [('enter', 1), -11, 14, -15, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_try_try_none_return) in ((None, [('enter', 1), -11, 13, -15, ('exit', 1, True)]), FELL)
assert run([2, 1, 1], with_try_try_none_return) in ((None, [('enter', 1), -11, 14, -15, ('exit', 1, True)]), FELL)
