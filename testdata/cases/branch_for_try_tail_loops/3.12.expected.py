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


def elif_for_try_finally_tail_loops(c, t, x, n, m):
    if c():
        return 3
    if c() and c():
        for i in n():
            try:
                t(8)
                continue
            except E1:
                pass
            finally:
                t(12)
            while c() or c():
                pass
        while not c():
            pass
    t(23)


def branch_for_try_continue_tail_while(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(2)
                continue
            except E1:
                t(3)
            while c():
                t(4)
    t(5)
    return 6


def branch_for_try_continue_tail_if(c, t, x, n, m):
    if c():
        t(1)
        for i in n():
            try:
                x(2)
                continue
            except E1:
                pass
            if c():
                t(4)
            else:
                t(5)
    else:
        t(6)
    t(7)

assert run([], elif_for_try_finally_tail_loops) in ((None, [23]), FELL)
assert run([1], elif_for_try_finally_tail_loops) in ((3, []), FELL)
assert run([0, 1, 1, 1, 1], elif_for_try_finally_tail_loops) in ((None, [8, 12, 23]), FELL)
assert run([0, 1, 1, 2, 1], elif_for_try_finally_tail_loops) in ((None, [8, 12, 8, 12, 23]), FELL)
assert run([], branch_for_try_continue_tail_while) in ((6, [5]), FELL)
assert run([1, 1], branch_for_try_continue_tail_while) in ((6, [-2, 5]), FELL)
assert run([1, 2], branch_for_try_continue_tail_while) in ((6, [-2, -2, 5]), FELL)
assert run([1, 1, 1], branch_for_try_continue_tail_while) in ((6, [-2, 3, 5]), FELL)
assert run([1, 1, 2], branch_for_try_continue_tail_while) in (('E2', [-2]), FELL)
assert run([1, 2, 1], branch_for_try_continue_tail_while) in ((6, [-2, 3, -2, 5]), FELL)
assert run([], branch_for_try_continue_tail_if) in ((None, [6, 7]), FELL)
assert run([1], branch_for_try_continue_tail_if) in ((None, [1, 7]), FELL)
assert run([1, 1], branch_for_try_continue_tail_if) in ((None, [1, -2, 7]), FELL)
assert run([1, 2], branch_for_try_continue_tail_if) in ((None, [1, -2, -2, 7]), FELL)
assert run([1, 1, 1], branch_for_try_continue_tail_if) in ((None, [1, -2, 5, 7]), FELL)
assert run([1, 1, 2], branch_for_try_continue_tail_if) in (('E2', [1, -2]), FELL)
