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


def try_if_nested_and_else_if_return(c, t, x, n, m):
    try:
        if c():
            if c() and c():
                return None
        elif c():
            return None
        else:
            return 12
    except E1:
        return None


def try_if_chains_else_and_return(c, t, x, n, m):
    try:
        if c() and c():
            if c() and c():
                return None
            if c():
                return None
            if c() and c():
                return None
        elif c() and c():
            return None
        else:
            return 12
    except E1:
        return None


def try_if_and_else_return(c, t, x, n, m):
    try:
        if c():
            if c() and c():
                pass
        else:
            return 12
    except E1:
        return None


def try_for_orphan_try_return(c, t, x, n, m):
    try:
        for j in n():
            try:
                return 16
            except E1:
                continue
    except E1:
        pass
    t(20)

assert run([], try_if_nested_and_else_if_return) in ((12, []), FELL)
assert run([1], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([2], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([3], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([0, 1], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([0, 2], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([0, 3], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([], try_if_chains_else_and_return) in ((12, []), FELL)
assert run([1, 1], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([1, 2], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([1, 3], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([2, 1], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([2, 2], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([2, 3], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([3, 1], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([3, 2], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([3, 3], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([], try_if_and_else_return) in ((12, []), FELL)
assert run([1], try_if_and_else_return) in ((None, []), FELL)
assert run([2], try_if_and_else_return) in ((None, []), FELL)
assert run([3], try_if_and_else_return) in ((None, []), FELL)
assert run([], try_for_orphan_try_return) in ((None, [20]), FELL)
assert run([1], try_for_orphan_try_return) in ((16, []), FELL)
assert run([2], try_for_orphan_try_return) in ((16, []), FELL)
assert run([3], try_for_orphan_try_return) in ((16, []), FELL)
