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


def with_return_else_for_with_break(c, t, x, n, m):
    if c():
        with m(6) as w:
            if c():
                return 14
    else:
        for j in n():
            with m(30):
                break
    return x.k


def elif_chain_with_else_for_with_break(c, t, x, n, m):
    if c():
        return x.k
    if c():
        with m(6) as w:
            if c():
                pass
            elif c() and c():
                pass
            elif c():
                return 14
    elif not c():
        pass
    else:
        for j in n():
            with m(30):
                break
    return x.k


def with_code_else_while_with_break(c, t, x, n, m):
    if c():
        with m(1):
            t(2)
    else:
        while c():
            with m(3):
                t(4)
                break
    return x.k


def with_return_else_for_break(c, t, x, n, m):
    if c():
        with m(1):
            if c():
                return 2
            t(3)
    else:
        for j in n():
            if c():
                break
            t(5)
    return x.k

assert run([], with_return_else_for_with_break) in (('AttributeError', []), FELL)
assert run([1], with_return_else_for_with_break) in (('AttributeError', [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 1], with_return_else_for_with_break) in (('AttributeError', [('enter', 30), ('exit', 30, False)]), FELL)
assert run([1, 1], with_return_else_for_with_break) in ((14, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([], elif_chain_with_else_for_with_break) in (('AttributeError', []), FELL)
assert run([0, 1], elif_chain_with_else_for_with_break) in (('AttributeError', [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 0, 1, 1], elif_chain_with_else_for_with_break) in (('AttributeError', [('enter', 30), ('exit', 30, False)]), FELL)
assert run([0, 1, 0, 0, 1], elif_chain_with_else_for_with_break) in ((14, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([], with_code_else_while_with_break) in (('AttributeError', []), FELL)
assert run([1], with_code_else_while_with_break) in (('AttributeError', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 1], with_code_else_while_with_break) in (('AttributeError', [('enter', 3), 4, ('exit', 3, False)]), FELL)
assert run([], with_return_else_for_break) in (('AttributeError', []), FELL)
assert run([1], with_return_else_for_break) in (('AttributeError', [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([0, 1], with_return_else_for_break) in (('AttributeError', [5]), FELL)
assert run([0, 2], with_return_else_for_break) in (('AttributeError', [5, 5]), FELL)
assert run([1, 1], with_return_else_for_break) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
