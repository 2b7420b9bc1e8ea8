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


def while_true_break_then_while_pass(c, t, x, n, m):
    while True:
        if not c():
            break
        while not c():
            pass
    t(2)


def while_true_break_then_while(c, t, x, n, m):
    while True:
        if c():
            break
        while c():
            t(2)
    t(3)


def while_true_break_then_while_continue(c, t, x, n, m):
    while True:
        if c():
            break
        while c():
            if c():
                continue
            t(2)
    t(3)


def while_true_return_then_while(c, t, x, n, m):
    while True:
        if c():
            return 1
        while c():
            t(2)


def for_while_true_break_then_while(c, t, x, n, m):
    for i in n():
        while True:
            if c():
                break
            while c():
                t(2)
    t(3)


def while_true_break_then_while_else(c, t, x, n, m):
    while True:
        if c():
            break
        while c():
            t(2)
        t(5)
    t(3)


def while_true_break_then_while_break(c, t, x, n, m):
    while True:
        if c():
            break
        while c():
            if c():
                break
            t(2)
    t(3)


def while_true_break_then_while_and(c, t, x, n, m):
    while True:
        if c():
            break
        while c() and c():
            t(2)
    t(3)


def while_true_break_then_while_or(c, t, x, n, m):
    while True:
        if c():
            break
        while c() or c():
            t(2)
    t(3)


def while_true_break_then_while_and_or(c, t, x, n, m):
    while True:
        if c():
            break
        while c() and (c() or c()):
            t(2)
    t(3)

assert run([], while_true_break_then_while_pass) in ((None, [2]), FELL)
assert run([1], while_true_break_then_while_pass) in (('Budget', []), FELL)
assert run([], while_true_break_then_while) in (('Budget', []), FELL)
assert run([1], while_true_break_then_while) in ((None, [3]), FELL)
assert run([0, 1], while_true_break_then_while) in (('Budget', [2]), FELL)
assert run([0, 1, 1], while_true_break_then_while) in (('Budget', [2, 2]), FELL)
assert run([0, 1, 0, 1], while_true_break_then_while) in ((None, [2, 3]), FELL)
assert run([0, 1, 1, 1], while_true_break_then_while) in (('Budget', [2, 2, 2]), FELL)
assert run([], while_true_break_then_while_continue) in (('Budget', []), FELL)
assert run([1], while_true_break_then_while_continue) in ((None, [3]), FELL)
assert run([0, 1], while_true_break_then_while_continue) in (('Budget', [2]), FELL)
assert run([0, 1, 0, 1], while_true_break_then_while_continue) in (('Budget', [2, 2]), FELL)
assert run([], while_true_return_then_while) in (('Budget', []), FELL)
assert run([1], while_true_return_then_while) in ((1, []), FELL)
assert run([0, 1], while_true_return_then_while) in (('Budget', [2]), FELL)
assert run([0, 1, 1], while_true_return_then_while) in (('Budget', [2, 2]), FELL)
assert run([0, 1, 0, 1], while_true_return_then_while) in ((1, [2]), FELL)
assert run([0, 1, 1, 1], while_true_return_then_while) in (('Budget', [2, 2, 2]), FELL)
assert run([], for_while_true_break_then_while) in ((None, [3]), FELL)
assert run([1], for_while_true_break_then_while) in (('Budget', []), FELL)
assert run([1, 0, 1], for_while_true_break_then_while) in (('Budget', [2]), FELL)
assert run([1, 0, 1, 1], for_while_true_break_then_while) in (('Budget', [2, 2]), FELL)
assert run([], while_true_break_then_while_else) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1], while_true_break_then_while_else) in ((None, [3]), FELL)
assert run([0, 1], while_true_break_then_while_else) in (('Budget', [2, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 1], while_true_break_then_while_else) in ((None, [5, 3]), FELL)
assert run([0, 1, 1], while_true_break_then_while_else) in (('Budget', [2, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 0, 1], while_true_break_then_while_else) in (('Budget', [5, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 0, 1], while_true_break_then_while_else) in ((None, [2, 5, 3]), FELL)
assert run([0, 1, 1, 1], while_true_break_then_while_else) in (('Budget', [2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([], while_true_break_then_while_break) in (('Budget', []), FELL)
assert run([1], while_true_break_then_while_break) in ((None, [3]), FELL)
assert run([0, 1], while_true_break_then_while_break) in (('Budget', [2]), FELL)
assert run([0, 1, 0, 1], while_true_break_then_while_break) in (('Budget', [2, 2]), FELL)
assert run([], while_true_break_then_while_and) in (('Budget', []), FELL)
assert run([1], while_true_break_then_while_and) in ((None, [3]), FELL)
assert run([0, 1, 1], while_true_break_then_while_and) in (('Budget', [2]), FELL)
assert run([], while_true_break_then_while_or) in (('Budget', []), FELL)
assert run([1], while_true_break_then_while_or) in ((None, [3]), FELL)
assert run([0, 1], while_true_break_then_while_or) in (('Budget', [2]), FELL)
assert run([0, 1, 1], while_true_break_then_while_or) in (('Budget', [2, 2]), FELL)
assert run([0, 1, 1, 1], while_true_break_then_while_or) in (('Budget', [2, 2, 2]), FELL)
assert run([], while_true_break_then_while_and_or) in (('Budget', []), FELL)
assert run([1], while_true_break_then_while_and_or) in ((None, [3]), FELL)
assert run([0, 1, 1], while_true_break_then_while_and_or) in (('Budget', [2]), FELL)
