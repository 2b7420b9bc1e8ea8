





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


def nested_while_or_try_break(c, t, x, n, m):
    while c():
        while c() or c():
            try:
                t(2)
            except E1:
                continue
            else:
                break
        t(11)


def nested_while_try_break_clause_code(c, t, x, n, m):
    while c():
        while c():
            try:
                x(2)
            except E1:
                t(3)
                continue
            else:
                break
        t(4)
    return 5


def for_nested_while_try_break(c, t, x, n, m):
    for i in n():
        while c() and c():
            try:
                x(1)
            except E1:
                continue
            else:
                break
        t(5)

assert run([], nested_while_or_try_break) in ((None, []), FELL)
assert run([1], nested_while_or_try_break) in ((None, [11]), FELL)
assert run([1, 1], nested_while_or_try_break) in ((None, [2, 11]), FELL)
assert run([1, 1, 1], nested_while_or_try_break) in ((None, [2, 11, 11]), FELL)
assert run([1, 0, 0, 1], nested_while_or_try_break) in ((None, [11, 11]), FELL)
assert run([1, 1, 1, 1], nested_while_or_try_break) in ((None, [2, 11, 2, 11]), FELL)
assert run([], nested_while_try_break_clause_code) in ((5, []), FELL)
assert run([1], nested_while_try_break_clause_code) in ((5, [4]), FELL)
assert run([1, 1], nested_while_try_break_clause_code) in ((5, [-2, 4]), FELL)
assert run([1, 0, 1], nested_while_try_break_clause_code) in ((5, [4, 4]), FELL)
assert run([1, 1, 1], nested_while_try_break_clause_code) in ((5, [-2, 3, 4]), FELL)
assert run([1, 1, 2], nested_while_try_break_clause_code) in (('E2', [-2]), FELL)
assert run([], for_nested_while_try_break) in ((None, []), FELL)
assert run([1], for_nested_while_try_break) in ((None, [5]), FELL)
assert run([2], for_nested_while_try_break) in ((None, [5, 5]), FELL)
assert run([1, 1, 1], for_nested_while_try_break) in ((None, [-1, 5]), FELL)
assert run([2, 1, 1], for_nested_while_try_break) in ((None, [-1, 5, 5]), FELL)
assert run([1, 1, 1, 2], for_nested_while_try_break) in (('E2', [-1]), FELL)
