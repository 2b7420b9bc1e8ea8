








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


def while_true_try_continue_cold_tail(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            t(2)
            continue
        except E1:
            pass
        x(16)
    while not c():
        t(17)
    return 18


def while_try_continue_cold_tail(c, t, x, n, m):
    v = 0
    while c():
        if c():
            return v
        try:
            x(2)
            continue
        except E1:
            v += 1
        t(16)
    return v


def for_try_continue_cold_tail(c, t, x, n, m):
    for i in n():
        if c():
            return 8
        try:
            x(i)
            continue
        except E2 as e:
            t(5)
        t(16)
    return 7


def while_true_try_continue_cold_tail_branch(c, t, x, n, m):
    while True:
        if c():
            return 19
        try:
            x(2)
            continue
        except E1:
            pass
        if c():
            t(16)
        else:
            x(17)

assert run([], while_true_try_continue_cold_tail) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], while_true_try_continue_cold_tail) in (('Budget', [17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17]), FELL)
assert run([0, 1], while_true_try_continue_cold_tail) in (('Budget', [2, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17]), FELL)
assert run([1, 1], while_true_try_continue_cold_tail) in ((18, []), FELL)
assert run([0, 0, 1], while_true_try_continue_cold_tail) in (('Budget', [2, 2, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17]), FELL)
assert run([0, 1, 1], while_true_try_continue_cold_tail) in ((18, [2]), FELL)
assert run([1, 0, 1], while_true_try_continue_cold_tail) in ((18, [17]), FELL)
assert run([0, 0, 0, 1], while_true_try_continue_cold_tail) in (('Budget', [2, 2, 2, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17]), FELL)
assert run([], while_try_continue_cold_tail) in ((0, []), FELL)
assert run([1], while_try_continue_cold_tail) in ((0, [-2]), FELL)
assert run([1, 0, 1], while_try_continue_cold_tail) in ((1, [-2, 16]), FELL)
assert run([1, 0, 2], while_try_continue_cold_tail) in (('E2', [-2]), FELL)
assert run([1, 0, 0, 1], while_try_continue_cold_tail) in ((0, [-2, -2]), FELL)
assert run([1, 0, 1, 1], while_try_continue_cold_tail) in ((1, [-2, 16, -2]), FELL)
assert run([1, 0, 0, 1, 0, 1], while_try_continue_cold_tail) in ((1, [-2, -2, 16]), FELL)
assert run([1, 0, 0, 1, 0, 2], while_try_continue_cold_tail) in (('E2', [-2, -2]), FELL)
assert run([], for_try_continue_cold_tail) in ((7, []), FELL)
assert run([1], for_try_continue_cold_tail) in ((7, [0]), FELL)
assert run([2], for_try_continue_cold_tail) in ((7, [0, -1]), FELL)
assert run([1, 1], for_try_continue_cold_tail) in ((8, []), FELL)
assert run([1, 0, 1], for_try_continue_cold_tail) in (('E1', [0]), FELL)
assert run([1, 0, 2], for_try_continue_cold_tail) in ((7, [0, 5, 16]), FELL)
assert run([2, 0, 2], for_try_continue_cold_tail) in ((7, [0, 5, 16, -1]), FELL)
assert run([2, 0, 0, 1], for_try_continue_cold_tail) in ((8, [0]), FELL)
assert run([], while_true_try_continue_cold_tail_branch) in (('Budget', [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2]), FELL)
assert run([1], while_true_try_continue_cold_tail_branch) in ((19, []), FELL)
assert run([0, 1], while_true_try_continue_cold_tail_branch) in (('Budget', [-2, -17, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2]), FELL)
assert run([0, 2], while_true_try_continue_cold_tail_branch) in (('E2', [-2]), FELL)
assert run([0, 0, 1], while_true_try_continue_cold_tail_branch) in ((19, [-2]), FELL)
assert run([0, 1, 1], while_true_try_continue_cold_tail_branch) in (('Budget', [-2, 16, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2]), FELL)
assert run([0, 0, 0, 1], while_true_try_continue_cold_tail_branch) in (('Budget', [-2, -2, -17, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_cold_tail_branch) in (('E2', [-2, -2]), FELL)
