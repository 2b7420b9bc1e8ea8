






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


def while_true_try_continue_then_try_chained_if(c, t, x, n, m):
    while True:
        if c() and c():
            break
        try:
            x(3)
            continue
        except E1:
            pass
        try:
            if 0 < len(n()) < 5:
                pass
        except E1:
            pass
    return t(9)


def while_true_try_continue_then_try_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(3)
            continue
        except E1:
            pass
        try:
            if c():
                pass
        except E1:
            pass
    return t(9)


def while_true_try_continue_then_try_call(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(3)
            continue
        except E1:
            pass
        try:
            x(4)
        except E1:
            pass
    return t(9)


def while_true_try_continue_then_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(3)
            continue
        except E1:
            pass
        if c():
            t(5)
    return t(9)

assert run([], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_try_chained_if) in (('E2', [-3]), FELL)
assert run([1, 1], while_true_try_continue_then_try_chained_if) in ((None, [9]), FELL)
assert run([1, 0, 1], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_try_chained_if) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], while_true_try_continue_then_try_chained_if) in ((None, [-3, 9]), FELL)
assert run([1, 0, 1, 0, 1], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_continue_then_try_chained_if) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 0, 0, 0, 1, 1], while_true_try_continue_then_try_chained_if) in ((None, [-3, -3, 9]), FELL)
assert run([], while_true_try_continue_then_try_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_try_if) in ((None, [9]), FELL)
assert run([0, 1], while_true_try_continue_then_try_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_try_if) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_continue_then_try_if) in ((None, [-3, 9]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_try_if) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 0, 0, 1], while_true_try_continue_then_try_if) in ((None, [-3, -3, 9]), FELL)
assert run([0, 1, 0, 0, 1], while_true_try_continue_then_try_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_continue_then_try_if) in (('E2', [-3, -3, -3]), FELL)
assert run([], while_true_try_continue_then_try_call) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_try_call) in ((None, [9]), FELL)
assert run([0, 1], while_true_try_continue_then_try_call) in (('Budget', [-3, -4, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_try_call) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_continue_then_try_call) in ((None, [-3, 9]), FELL)
assert run([0, 1, 2], while_true_try_continue_then_try_call) in (('E2', [-3, -4]), FELL)
assert run([0, 0, 0, 1], while_true_try_continue_then_try_call) in (('Budget', [-3, -3, -4, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_try_call) in (('E2', [-3, -3]), FELL)
assert run([0, 1, 0, 1], while_true_try_continue_then_try_call) in ((None, [-3, -4, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_try_continue_then_try_call) in ((None, [-3, -3, 9]), FELL)
assert run([0, 0, 0, 1, 2], while_true_try_continue_then_try_call) in (('E2', [-3, -3, -4]), FELL)
assert run([0, 1, 0, 0, 1], while_true_try_continue_then_try_call) in (('Budget', [-3, -4, -3, -4, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([], while_true_try_continue_then_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_if) in ((None, [9]), FELL)
assert run([0, 1], while_true_try_continue_then_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_if) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_continue_then_if) in ((None, [-3, 9]), FELL)
assert run([0, 1, 1], while_true_try_continue_then_if) in (('Budget', [-3, 5, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_if) in (('E2', [-3, -3]), FELL)
assert run([0, 1, 1, 1], while_true_try_continue_then_if) in ((None, [-3, 5, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_try_continue_then_if) in ((None, [-3, -3, 9]), FELL)
assert run([0, 0, 0, 1, 1], while_true_try_continue_then_if) in (('Budget', [-3, -3, 5, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 0, 0, 1], while_true_try_continue_then_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 0, 1], while_true_try_continue_then_if) in (('Budget', [-3, 5, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
