






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


def if_try_else_return_finally_pass_elif(c, t, x, n, m):
    if c() and c():
        try:
            x(9)
            return 14
        except E1:
            t(10)
        finally:
            pass
    elif c() and c():
        t(15)
    t(45)


def if_try_else_return_finally_pass_elif_pass(c, t, x, n, m):
    if c():
        try:
            x(9)
            return 14
        except E1:
            pass
        finally:
            pass
    elif c():
        pass
    t(45)


def if_orphan_try_then_try_else_return_finally_pass(c, t, x, n, m):
    if c() or c():
        try:
            pass
        except E1:
            pass
        try:
            x(19)
            return 22
        except E1:
            pass
        finally:
            pass
    else:
        t(30)
    t(40)


def if_try_return_finally_pass_elif(c, t, x, n, m):
    if c():
        try:
            x(9)
            return 14
        except E1:
            t(10)
        finally:
            pass
    elif c():
        t(3)
    return t(45)

assert run([], if_try_else_return_finally_pass_elif) in ((None, [45]), FELL)
assert run([1, 1], if_try_else_return_finally_pass_elif) in ((14, [-9]), FELL)
assert run([0, 1, 1], if_try_else_return_finally_pass_elif) in ((None, [15, 45]), FELL)
assert run([1, 1, 1], if_try_else_return_finally_pass_elif) in ((None, [-9, 10, 45]), FELL)
assert run([1, 1, 2], if_try_else_return_finally_pass_elif) in (('E2', [-9]), FELL)
assert run([], if_try_else_return_finally_pass_elif_pass) in ((None, [45]), FELL)
assert run([1], if_try_else_return_finally_pass_elif_pass) in ((14, [-9]), FELL)
assert run([1, 1], if_try_else_return_finally_pass_elif_pass) in ((None, [-9, 45]), FELL)
assert run([1, 2], if_try_else_return_finally_pass_elif_pass) in (('E2', [-9]), FELL)
assert run([], if_orphan_try_then_try_else_return_finally_pass) in ((None, [30, 40]), FELL)
assert run([1], if_orphan_try_then_try_else_return_finally_pass) in ((22, [-19]), FELL)
assert run([1, 1], if_orphan_try_then_try_else_return_finally_pass) in ((None, [-19, 40]), FELL)
assert run([1, 2], if_orphan_try_then_try_else_return_finally_pass) in (('E2', [-19]), FELL)
assert run([], if_try_return_finally_pass_elif) in ((None, [45]), FELL)
assert run([1], if_try_return_finally_pass_elif) in ((14, [-9]), FELL)
assert run([0, 1], if_try_return_finally_pass_elif) in ((None, [3, 45]), FELL)
assert run([1, 1], if_try_return_finally_pass_elif) in ((None, [-9, 10, 45]), FELL)
assert run([1, 2], if_try_return_finally_pass_elif) in (('E2', [-9]), FELL)
