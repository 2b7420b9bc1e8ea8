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


def for_if_while_chain_elif(c, t, x, n, m):
    for j in n():
        if c():
            while 0 < c() < 3:
                t(5)
        elif c():
            t(7)
    return 9


def for_if_while_chain_body_elif_else(c, t, x, n, m):
    for j in n():
        if c():
            while 0 < c() < 3:
                t(5)
        elif c():
            t(7)
        else:
            t(9)
    return 11

assert run([], for_if_while_chain_elif) in ((9, []), FELL)
assert run([1, 0, 1], for_if_while_chain_elif) in ((9, [7]), FELL)
assert run([1, 1, 1], for_if_while_chain_elif) in ((9, [5]), FELL)
assert run([1, 1, 1, 1], for_if_while_chain_elif) in ((9, [5, 5]), FELL)
assert run([], for_if_while_chain_body_elif_else) in ((11, []), FELL)
assert run([1], for_if_while_chain_body_elif_else) in ((11, [9]), FELL)
assert run([2], for_if_while_chain_body_elif_else) in ((11, [9, 9]), FELL)
assert run([3], for_if_while_chain_body_elif_else) in ((11, [9, 9, 9]), FELL)
assert run([1, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7]), FELL)
assert run([1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5]), FELL)
assert run([2, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7, 9]), FELL)
assert run([2, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 9]), FELL)
assert run([3, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7, 9, 9]), FELL)
assert run([3, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 9, 9]), FELL)
assert run([1, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5]), FELL)
assert run([2, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5, 9]), FELL)
assert run([3, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5, 9, 9]), FELL)
assert run([1, 1, 1, 0, 1], for_if_while_chain_elif) in ((9, [5]), FELL)
assert run([1, 1, 1, 0, 1], for_if_while_chain_body_elif_else) in ((11, [5]), FELL)
