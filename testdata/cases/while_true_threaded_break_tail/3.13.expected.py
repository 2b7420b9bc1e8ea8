







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


def while_true_else_comprehension_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() or c():
                break
            if c():
                continue
            if not (c() and c()):
                break
            t({i: c() for i in n()})
            return 5


def while_true_else_code_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() or c():
                break
            if c():
                continue
            if not (c() and c()):
                break
            t(1)
            return 5


def while_true_else_comprehension_continue_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                continue
            if not c():
                break
            t({i: c() for i in n()})
            if c():
                continue
            return 5


def while_true_else_code_if_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                continue
            if not c():
                break
            t(1)
            t(2)
            if c():
                return 5


def while_true_elif_list_comprehension_return(c, t, x, n, m):
    for j in n():
        if c():
            continue
        if c():
            t([i for i in n() if c()])
            return 5

assert run([], while_true_else_comprehension_return) in ((None, []), FELL)
assert run([1, 0, 0, 0, 1, 1], while_true_else_comprehension_return) in ((5, [{}]), FELL)
assert run([], while_true_else_code_return) in ((None, []), FELL)
assert run([1, 0, 0, 0, 1, 1], while_true_else_code_return) in ((5, [1]), FELL)
assert run([], while_true_else_comprehension_continue_return) in ((None, []), FELL)
assert run([1, 0, 0, 1], while_true_else_comprehension_continue_return) in ((5, [{}]), FELL)
assert run([1, 0, 0, 1, 1], while_true_else_comprehension_continue_return) in ((5, [{0: 0}]), FELL)
assert run([1, 0, 0, 1, 2], while_true_else_comprehension_continue_return) in ((5, [{0: 0, 1: 0}]), FELL)
assert run([1, 0, 0, 1, 0, 1], while_true_else_comprehension_continue_return) in ((None, [{}]), FELL)
assert run([1, 0, 0, 1, 1, 1], while_true_else_comprehension_continue_return) in ((5, [{0: 1}]), FELL)
assert run([], while_true_else_code_if_return) in ((None, []), FELL)
assert run([1, 0, 0, 1], while_true_else_code_if_return) in ((None, [1, 2]), FELL)
assert run([1, 0, 0, 1, 1], while_true_else_code_if_return) in ((5, [1, 2]), FELL)
assert run([], while_true_elif_list_comprehension_return) in ((None, []), FELL)
assert run([1, 0, 1], while_true_elif_list_comprehension_return) in ((5, [[]]), FELL)
assert run([1, 0, 1, 1, 1], while_true_elif_list_comprehension_return) in ((5, [[0]]), FELL)
assert run([1, 0, 1, 2, 0, 1], while_true_elif_list_comprehension_return) in ((5, [[1]]), FELL)
assert run([1, 0, 1, 2, 1, 1], while_true_elif_list_comprehension_return) in ((5, [[0, 1]]), FELL)
assert run([1, 1], while_true_else_comprehension_return) in ((None, []), FELL)
assert run([2, 1, 1], while_true_else_code_return) in ((None, []), FELL)
