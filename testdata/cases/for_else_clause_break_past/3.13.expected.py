





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


def while_for_clause_break_else_return(c, t, x, n, m):
    v = 0
    while c() or c():
        for j in n():
            try:
                return x(8) or v
            except E1:
                t(9)
                break
            except E2 as e:
                x(10)
            for k in n():
                t(11)
            x(13)
        else:
            return x(14) or v


def while_for_clause_break_else_call(c, t, x, n, m):
    while c():
        for j in n():
            try:
                x(3)
            except E1:
                break
            t(4)
        else:
            t(5)


def while_for_clause_break_else_return_const(c, t, x, n, m):
    while c():
        for j in n():
            try:
                x(3)
            except E1:
                t(4)
                break
        else:
            return 5
    return 6


def while_for_named_clause_break_else(c, t, x, n, m):
    while c():
        for j in n():
            try:
                x(3)
            except E1 as e:
                t(e.args)
                break
        else:
            t(5)
            return 6


def while_for_clause_break_no_else(c, t, x, n, m):
    while c():
        for j in n():
            try:
                x(3)
            except E1:
                break
        t(5)


def for_for_clause_break_else(c, t, x, n, m):
    for i in n():
        for j in n():
            try:
                x(3)
            except E1:
                break
        else:
            t(5)
            continue

assert run([], while_for_clause_break_else_return) in ((None, []), FELL)
assert run([1], while_for_clause_break_else_return) in ((0, [-14]), FELL)
assert run([1, 1], while_for_clause_break_else_return) in ((0, [-8]), FELL)
assert run([1, 0, 1], while_for_clause_break_else_return) in (('E1', [-14]), FELL)
assert run([1, 0, 2], while_for_clause_break_else_return) in (('E2', [-14]), FELL)
assert run([1, 1, 1], while_for_clause_break_else_return) in ((None, [-8, 9]), FELL)
assert run([], while_for_clause_break_else_call) in ((None, []), FELL)
assert run([1], while_for_clause_break_else_call) in ((None, [5]), FELL)
assert run([1, 1], while_for_clause_break_else_call) in ((None, [-3, 4, 5]), FELL)
assert run([1, 2], while_for_clause_break_else_call) in ((None, [-3, 4, -3, 4, 5]), FELL)
assert run([1, 0, 1], while_for_clause_break_else_call) in ((None, [5, 5]), FELL)
assert run([1, 1, 1], while_for_clause_break_else_call) in ((None, [-3]), FELL)
assert run([], while_for_clause_break_else_return_const) in ((6, []), FELL)
assert run([1], while_for_clause_break_else_return_const) in ((5, []), FELL)
assert run([1, 1], while_for_clause_break_else_return_const) in ((5, [-3]), FELL)
assert run([1, 2], while_for_clause_break_else_return_const) in ((5, [-3, -3]), FELL)
assert run([1, 1, 1], while_for_clause_break_else_return_const) in ((6, [-3, 4]), FELL)
assert run([1, 1, 2], while_for_clause_break_else_return_const) in (('E2', [-3]), FELL)
assert run([], while_for_named_clause_break_else) in ((None, []), FELL)
assert run([1], while_for_named_clause_break_else) in ((6, [5]), FELL)
assert run([1, 1], while_for_named_clause_break_else) in ((6, [-3, 5]), FELL)
assert run([1, 2], while_for_named_clause_break_else) in ((6, [-3, -3, 5]), FELL)
assert run([1, 1, 1], while_for_named_clause_break_else) in ((None, [-3, (3,)]), FELL)
assert run([1, 1, 2], while_for_named_clause_break_else) in (('E2', [-3]), FELL)
assert run([], while_for_clause_break_no_else) in ((None, []), FELL)
assert run([1], while_for_clause_break_no_else) in ((None, [5]), FELL)
assert run([1, 1], while_for_clause_break_no_else) in ((None, [-3, 5]), FELL)
assert run([1, 2], while_for_clause_break_no_else) in ((None, [-3, -3, 5]), FELL)
assert run([1, 0, 1], while_for_clause_break_no_else) in ((None, [5, 5]), FELL)
assert run([1, 1, 2], while_for_clause_break_no_else) in (('E2', [-3]), FELL)
assert run([], for_for_clause_break_else) in ((None, []), FELL)
assert run([1], for_for_clause_break_else) in ((None, [5]), FELL)
assert run([2], for_for_clause_break_else) in ((None, [5, 5]), FELL)
assert run([1, 1], for_for_clause_break_else) in ((None, [-3, 5]), FELL)
assert run([1, 2], for_for_clause_break_else) in ((None, [-3, -3, 5]), FELL)
assert run([2, 1], for_for_clause_break_else) in ((None, [-3, 5, 5]), FELL)
