






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


def chain_loop_with_return_continue_break(c, t, x, n, m):
    v = 0
    while 0 < c() < 5:
        with m(2):
            if c() or c() and c():
                return 4
            if v > 10:
                continue
            if v > 10:
                continue
            break
    return x.k


def chain_loop_with_continue_break(c, t, x, n, m):
    while 0 < c() < 5:
        with m(2):
            if c():
                continue
            break
    return x.k


def chain_loop_with_continue_break_const(c, t, x, n, m):
    while 0 < c() < 5:
        with m(2):
            if c():
                continue
            return 6
    return 6


def chain_loop_with_body(c, t, x, n, m):
    while 1 < c() < 5:
        with m(2):
            x(3)
            if c():
                continue
            t(4)
    t(5)

assert run([], chain_loop_with_return_continue_break) in (('AttributeError', []), FELL)
assert run([1], chain_loop_with_return_continue_break) in (('AttributeError', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1], chain_loop_with_return_continue_break) in ((4, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], chain_loop_with_continue_break) in (('AttributeError', []), FELL)
assert run([1], chain_loop_with_continue_break) in (('AttributeError', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1, 1], chain_loop_with_continue_break) in (('AttributeError', [('enter', 2), ('exit', 2, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], chain_loop_with_continue_break) in (('AttributeError', [('enter', 2), ('exit', 2, False), ('enter', 2), ('exit', 2, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], chain_loop_with_continue_break_const) in ((6, []), FELL)
assert run([1], chain_loop_with_continue_break_const) in ((6, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1, 1], chain_loop_with_continue_break_const) in ((6, [('enter', 2), ('exit', 2, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], chain_loop_with_continue_break_const) in ((6, [('enter', 2), ('exit', 2, False), ('enter', 2), ('exit', 2, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], chain_loop_with_body) in ((None, [5]), FELL)
assert run([2], chain_loop_with_body) in ((None, [('enter', 2), -3, 4, ('exit', 2, False), 5]), FELL)
assert run([2, 1], chain_loop_with_body) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([2, 2], chain_loop_with_body) in (('E2', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([2, 0, 1], chain_loop_with_body) in ((None, [('enter', 2), -3, ('exit', 2, False), 5]), FELL)
assert run([2, 1, 1], chain_loop_with_body) in ((None, [('enter', 2), -3, ('exit', 2, True), 5]), FELL)
