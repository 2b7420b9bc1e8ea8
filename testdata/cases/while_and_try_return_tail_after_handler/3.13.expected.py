






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


def while_and_try_return_then_code(c, t, x, n, m):
    while c() and c():
        try:
            x(1)
            return t(1)
        except E2 as e:
            pass
        t(5)


def while_and_try_return_then_not_and_pass(c, t, x, n, m):
    while c() and c():
        try:
            x(1)
            return t(1)
        except E2 as e:
            pass
        if not (c() and c()):
            pass


def while_and_and_try_return_then_two_calls(c, t, x, n, m):
    while c() and c() and c():
        try:
            x(1)
            return t(1)
        except E2 as e:
            t(2)
        t(5)
        t(6)
    return t(7)


def for_while_and_try_return_then_code(c, t, x, n, m):
    for i in n():
        while c() and c():
            try:
                x(1)
                return t(2)
            except E1:
                pass
            t(i)
    t(8)


def while_and_try_return_then_not_and_call(c, t, x, n, m):
    while c() and c():
        try:
            x(1)
            return t(1)
        except E2 as e:
            pass
        if not (c() and c()):
            t(3)

assert run([], while_and_try_return_then_code) in ((None, []), FELL)
assert run([1, 1], while_and_try_return_then_code) in ((None, [-1, 1]), FELL)
assert run([1, 1, 1], while_and_try_return_then_code) in (('E1', [-1]), FELL)
assert run([1, 1, 2], while_and_try_return_then_code) in ((None, [-1, 5]), FELL)
assert run([1, 1, 2, 1, 1], while_and_try_return_then_code) in ((None, [-1, 5, -1, 1]), FELL)
assert run([1, 1, 2, 1, 1, 1], while_and_try_return_then_code) in (('E1', [-1, 5, -1]), FELL)
assert run([1, 1, 2, 1, 1, 2], while_and_try_return_then_code) in ((None, [-1, 5, -1, 5]), FELL)
assert run([], while_and_try_return_then_not_and_pass) in ((None, []), FELL)
assert run([1, 1], while_and_try_return_then_not_and_pass) in ((None, [-1, 1]), FELL)
assert run([1, 1, 1], while_and_try_return_then_not_and_pass) in (('E1', [-1]), FELL)
assert run([1, 1, 2], while_and_try_return_then_not_and_pass) in ((None, [-1]), FELL)
assert run([1, 1, 2, 0, 1, 1], while_and_try_return_then_not_and_pass) in ((None, [-1, -1, 1]), FELL)
assert run([1, 1, 2, 0, 1, 1, 1], while_and_try_return_then_not_and_pass) in (('E1', [-1, -1]), FELL)
assert run([1, 1, 2, 0, 1, 1, 2], while_and_try_return_then_not_and_pass) in ((None, [-1, -1]), FELL)
assert run([], while_and_and_try_return_then_two_calls) in ((None, [7]), FELL)
assert run([1, 1, 1], while_and_and_try_return_then_two_calls) in ((None, [-1, 1]), FELL)
assert run([1, 1, 1, 1], while_and_and_try_return_then_two_calls) in (('E1', [-1]), FELL)
assert run([1, 1, 1, 2], while_and_and_try_return_then_two_calls) in ((None, [-1, 2, 5, 6, 7]), FELL)
assert run([1, 1, 1, 2, 1, 1, 1], while_and_and_try_return_then_two_calls) in ((None, [-1, 2, 5, 6, -1, 1]), FELL)
assert run([], for_while_and_try_return_then_code) in ((None, [8]), FELL)
assert run([1, 1, 1], for_while_and_try_return_then_code) in ((None, [-1, 2]), FELL)
assert run([1, 1, 1, 1], for_while_and_try_return_then_code) in ((None, [-1, 0, 8]), FELL)
assert run([1, 1, 1, 2], for_while_and_try_return_then_code) in (('E2', [-1]), FELL)
assert run([2, 0, 1, 1, 1], for_while_and_try_return_then_code) in ((None, [-1, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1, 1], for_while_and_try_return_then_code) in ((None, [-1, 0, -1, 2]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1], for_while_and_try_return_then_code) in ((None, [-1, 0, -1, 0, 8]), FELL)
assert run([1, 1, 1, 1, 1, 1, 2], for_while_and_try_return_then_code) in (('E2', [-1, 0, -1]), FELL)
assert run([2, 0, 1, 1, 1, 1, 1], for_while_and_try_return_then_code) in ((None, [-1, 1, -1, 2]), FELL)
assert run([], while_and_try_return_then_not_and_call) in ((None, []), FELL)
assert run([1, 1], while_and_try_return_then_not_and_call) in ((None, [-1, 1]), FELL)
assert run([1, 1, 1], while_and_try_return_then_not_and_call) in (('E1', [-1]), FELL)
assert run([1, 1, 2], while_and_try_return_then_not_and_call) in ((None, [-1, 3]), FELL)
assert run([1, 1, 2, 1, 1], while_and_try_return_then_not_and_call) in ((None, [-1]), FELL)
assert run([1, 1, 2, 0, 1, 1], while_and_try_return_then_not_and_call) in ((None, [-1, 3, -1, 1]), FELL)
assert run([1, 1, 2, 0, 1, 1, 1], while_and_try_return_then_not_and_call) in (('E1', [-1, 3, -1]), FELL)
assert run([1, 1, 2, 0, 1, 1, 2], while_and_try_return_then_not_and_call) in ((None, [-1, 3, -1, 3]), FELL)
assert run([1, 1, 2, 1, 1, 1, 1], while_and_try_return_then_not_and_call) in ((None, [-1, -1, 1]), FELL)
