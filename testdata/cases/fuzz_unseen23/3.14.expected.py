










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


def elif_try_except_return_else_try_return_clause_then_while_true_break(c, t, x, n, m):
    if c():
        t(13)
    elif c():
        try:
            x(15)
        except E1:
            t(18)
        else:
            try:
                x(19)
                return 20
            except E1:
                t(21)
            while True:
                if c():
                    return None
                t(22)


def while_while_or_try_raise_clause_pass(c, t, x, n, m):
    while n():
        while True:
            if not (c() or c()):
                break
            try:
                x(3)
                raise E1(3)
            except E1:
                continue


def while_while_and_or_try_raise_clause_pass(c, t, x, n, m):
    while n():
        while True:
            if not c():
                break
            if not (c() or c()):
                break
            try:
                raise E1(3)
            except E1:
                t(4)
                continue


def while_while_walrus_or_try_raise_clause_pass(c, t, x, n, m):
    while n():
        while True:
            if not ((q := c()) or c()):
                break
            try:
                raise E1(q)
            except E1:
                continue

assert run([], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, []), FELL)
assert run([1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, [13]), FELL)
assert run([0, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((20, [-15, -19]), FELL)
assert run([0, 1, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, [-15, 18]), FELL)
assert run([0, 1, 2], elif_try_except_return_else_try_return_clause_then_while_true_break) in (('E2', [-15]), FELL)
assert run([0, 1, 0, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in (('Budget', [-15, -19, 21, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22]), FELL)
assert run([0, 1, 0, 2], elif_try_except_return_else_try_return_clause_then_while_true_break) in (('E2', [-15, -19]), FELL)
assert run([0, 1, 0, 1, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, [-15, -19, 21]), FELL)
assert run([], while_while_or_try_raise_clause_pass) in ((None, []), FELL)
assert run([1, 1], while_while_or_try_raise_clause_pass) in ((None, [-3]), FELL)
assert run([1, 1, 2], while_while_or_try_raise_clause_pass) in (('E2', [-3]), FELL)
assert run([1, 1, 0, 1], while_while_or_try_raise_clause_pass) in ((None, [-3, -3]), FELL)
assert run([1, 1, 0, 1, 2], while_while_or_try_raise_clause_pass) in (('E2', [-3, -3]), FELL)
assert run([1, 1, 0, 1, 0, 1], while_while_or_try_raise_clause_pass) in ((None, [-3, -3, -3]), FELL)
assert run([], while_while_and_or_try_raise_clause_pass) in ((None, []), FELL)
assert run([1, 1, 1], while_while_and_or_try_raise_clause_pass) in ((None, [4]), FELL)
assert run([1, 1, 1, 1, 1], while_while_and_or_try_raise_clause_pass) in ((None, [4, 4]), FELL)
assert run([], while_while_walrus_or_try_raise_clause_pass) in ((None, []), FELL)
