





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


def nested_chain_raise(c, t, x, n, m):
    while True:
        while c() and (c() or c()):
            if 0 < c() < 5:
                raise E1(3)


def nested_chain_raise_logged(c, t, x, n, m):
    while True:
        t(1)
        while c():
            t(2)
            if 0 < c() < 2:
                raise E1(3)


def nested_chain_if_raise(c, t, x, n, m):
    while True:
        while c():
            t(2)
            if 0 < c() < 2:
                raise E2(4)


def nested_chain_in_for(c, t, x, n, m):
    for i in n():
        while True:
            while c():
                if 0 < c() < 2:
                    raise E1(i)


def nested_chain_break(c, t, x, n, m):
    while True:
        while c() and not 0 < c() < 2:
            pass
        t(5)
        if c():
            return 6

assert run([], nested_chain_raise) in (('Budget', []), FELL)
assert run([1, 1, 1], nested_chain_raise) in (('E1', []), FELL)
assert run([], nested_chain_raise_logged) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], nested_chain_raise_logged) in (('Budget', [1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], nested_chain_raise_logged) in (('Budget', [1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], nested_chain_raise_logged) in (('E1', [1, 2]), FELL)
assert run([0, 0, 1], nested_chain_raise_logged) in (('Budget', [1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1, 1], nested_chain_raise_logged) in (('E1', [1, 1, 2]), FELL)
assert run([1, 0, 1], nested_chain_raise_logged) in (('Budget', [1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 0, 0, 1], nested_chain_raise_logged) in (('Budget', [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([], nested_chain_if_raise) in (('Budget', []), FELL)
assert run([1], nested_chain_if_raise) in (('Budget', [2]), FELL)
assert run([1, 1], nested_chain_if_raise) in (('E2', [2]), FELL)
assert run([1, 0, 1], nested_chain_if_raise) in (('Budget', [2, 2]), FELL)
assert run([1, 0, 1, 1], nested_chain_if_raise) in (('E2', [2, 2]), FELL)
assert run([1, 0, 1, 0, 1], nested_chain_if_raise) in (('Budget', [2, 2, 2]), FELL)
assert run([1, 0, 1, 0, 1, 1], nested_chain_if_raise) in (('E2', [2, 2, 2]), FELL)
assert run([], nested_chain_in_for) in ((None, []), FELL)
assert run([1], nested_chain_in_for) in (('Budget', []), FELL)
assert run([1, 1, 1], nested_chain_in_for) in (('E1', []), FELL)
assert run([], nested_chain_break) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1], nested_chain_break) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1], nested_chain_break) in ((6, [5]), FELL)
assert run([1, 0, 1], nested_chain_break) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 0, 1], nested_chain_break) in ((6, [5, 5]), FELL)
assert run([1, 0, 1, 0, 1], nested_chain_break) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 0, 0, 0, 1], nested_chain_break) in ((6, [5, 5, 5]), FELL)
