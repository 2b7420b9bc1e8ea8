






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


def while_and(c, t, x, n, m):
    while c() and c():
        t(1)


def while_and_if(c, t, x, n, m):
    while c() and c():
        if c():
            t(1)


def while_and_or(c, t, x, n, m):
    while c() and (c() or c()):
        t(1)


def while_and_while(c, t, x, n, m):
    while c() and c():
        while c():
            t(1)


def while_and_while_then_code(c, t, x, n, m):
    while c() and c():
        while c():
            t(1)
        t(2)


def while_and_while_continue_then_code(c, t, x, n, m):
    while c() and c():
        while c():
            if c():
                continue
            t(1)
        t(2)


def while_and_while_continue_break(c, t, x, n, m):
    while c() and c():
        while c():
            if c():
                continue
            break


def while_and_while_elif_continue_else_break(c, t, x, n, m):
    while c() and c():
        while c():
            if c():
                t(1)
            elif c():
                continue
            else:
                break


def while_and_while_continue(c, t, x, n, m):
    while c() and c():
        while c():
            if c():
                continue
            t(1)


def while_and_or_while_elifs_continue_break(c, t, x, n, m):
    while c() and (c() or c()):
        while c():
            if c():
                continue
            if c() and c():
                continue
            if c():
                continue
            break


def while_and_or_while_elifs_break(c, t, x, n, m):
    while c() and (c() or c()):
        while c():
            if c():
                continue
            if c() and c():
                continue
            break


def while_while_elifs_continue_break(c, t, x, n, m):
    while c():
        while c():
            if c():
                continue
            if c() and c():
                continue
            if c():
                continue
            break


def while_and_or_while_elifs_code_continue_break(c, t, x, n, m):
    while c() and (c() or c()):
        while c():
            if c():
                t(1)
            elif c() and c():
                t(2)
            elif c():
                continue
            else:
                break
        t(3)

assert run([], while_and) in ((None, []), FELL)
assert run([1, 1], while_and) in ((None, [1]), FELL)
assert run([1, 1, 1, 1], while_and) in ((None, [1, 1]), FELL)
assert run([], while_and_if) in ((None, []), FELL)
assert run([1, 1, 1], while_and_if) in ((None, [1]), FELL)
assert run([], while_and_or) in ((None, []), FELL)
assert run([1, 1], while_and_or) in ((None, [1]), FELL)
assert run([1, 1, 1, 1], while_and_or) in ((None, [1, 1]), FELL)
assert run([], while_and_while) in ((None, []), FELL)
assert run([1, 1, 1], while_and_while) in ((None, [1]), FELL)
assert run([1, 1, 1, 1], while_and_while) in ((None, [1, 1]), FELL)
assert run([], while_and_while_then_code) in ((None, []), FELL)
assert run([1, 1], while_and_while_then_code) in ((None, [2]), FELL)
assert run([1, 1, 1], while_and_while_then_code) in ((None, [1, 2]), FELL)
assert run([1, 1, 1, 1], while_and_while_then_code) in ((None, [1, 1, 2]), FELL)
assert run([], while_and_while_continue_then_code) in ((None, []), FELL)
assert run([1, 1], while_and_while_continue_then_code) in ((None, [2]), FELL)
assert run([1, 1, 1], while_and_while_continue_then_code) in ((None, [1, 2]), FELL)
assert run([], while_and_while_continue_break) in ((None, []), FELL)
assert run([], while_and_while_elif_continue_else_break) in ((None, []), FELL)
assert run([1, 1, 1, 1], while_and_while_elif_continue_else_break) in ((None, [1]), FELL)
assert run([], while_and_while_continue) in ((None, []), FELL)
assert run([1, 1, 1], while_and_while_continue) in ((None, [1]), FELL)
assert run([], while_and_or_while_elifs_continue_break) in ((None, []), FELL)
assert run([], while_and_or_while_elifs_break) in ((None, []), FELL)
assert run([], while_while_elifs_continue_break) in ((None, []), FELL)
assert run([], while_and_or_while_elifs_code_continue_break) in ((None, []), FELL)
assert run([1, 1], while_and_or_while_elifs_code_continue_break) in ((None, [3]), FELL)
assert run([1, 1, 1, 1], while_and_or_while_elifs_code_continue_break) in ((None, [1, 3]), FELL)
assert run([1, 1, 1, 0, 0, 1, 1], while_and_while_elif_continue_else_break) in ((None, []), FELL)
assert run([1, 1, 1, 0, 0, 0, 1, 1], while_and_or_while_elifs_code_continue_break) in ((None, [3, 3]), FELL)
