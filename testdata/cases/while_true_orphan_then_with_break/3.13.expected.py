





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


def for_orphan_then_with_break(c, t, x, n, m):
    while True:
        for j in n():
            try:
                pass
            except E1:
                pass
        with m(7) as w:
            return


def for_orphan_then_with_break_code(c, t, x, n, m):
    while True:
        for j in n():
            try:
                pass
            except E1:
                t(3)
        with m(7) as w:
            x(4)
            break
    t(5)
    return 6


def orphan_then_with_return(c, t, x, n, m):
    while True:
        t(1)
        for j in n():
            try:
                pass
            except E1:
                pass
        with m(2):
            return 8


def while_c_orphan_then_with_break(c, t, x, n, m):
    while c():
        for j in n():
            try:
                pass
            except E1:
                pass
        with m(7) as w:
            return 9
    return 9

assert run([], for_orphan_then_with_break) in ((None, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([], for_orphan_then_with_break_code) in ((6, [('enter', 7), -4, ('exit', 7, False), 5]), FELL)
assert run([0, 1], for_orphan_then_with_break_code) in (('E1', [('enter', 7), -4, ('exit', 7, False)]), FELL)
assert run([0, 2], for_orphan_then_with_break_code) in (('E2', [('enter', 7), -4, ('exit', 7, False)]), FELL)
assert run([0, 1, 1], for_orphan_then_with_break_code) in ((6, [('enter', 7), -4, ('exit', 7, True), ('enter', 7), -4, ('exit', 7, False), 5]), FELL)
assert run([0, 1, 1, 0, 1], for_orphan_then_with_break_code) in (('E1', [('enter', 7), -4, ('exit', 7, True), ('enter', 7), -4, ('exit', 7, False)]), FELL)
assert run([0, 1, 1, 0, 2], for_orphan_then_with_break_code) in (('E2', [('enter', 7), -4, ('exit', 7, True), ('enter', 7), -4, ('exit', 7, False)]), FELL)
assert run([], orphan_then_with_return) in ((8, [1, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_c_orphan_then_with_break) in ((9, []), FELL)
assert run([1], while_c_orphan_then_with_break) in ((9, [('enter', 7), ('exit', 7, False)]), FELL)
