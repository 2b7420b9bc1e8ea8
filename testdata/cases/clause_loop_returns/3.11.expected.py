import sys

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


def clause_while_true_return_value(c, t, x, n, m):
    try:
        x(7)
    except E2:
        while True:
            if c():
                break
            if not c():
                return len('ab')
    t(43)


def named_clause_while_true_return_value(c, t, x, n, m):
    try:
        x(7)
    except E2 as e:
        while True:
            if c():
                break
            if not c():
                return e.args[0] + 1
    t(43)


def for_clause_while_true_return_value(c, t, x, n, m):
    for j in n():
        try:
            x(7)
        except E2:
            while True:
                if c():
                    break
                if not c():
                    return j * 2
        t(43)


def for_for_clause_while_true_return_value(c, t, x, n, m):
    for i in n():
        for j in n():
            try:
                x(7)
            except E2:
                while True:
                    if c():
                        break
                    if not c():
                        return i + j
            t(43)


def while_clause_while_true_return_value(c, t, x, n, m):
    while c():
        try:
            x(7)
        except E2:
            while True:
                if c():
                    break
                if not c():
                    return len('abc')
        t(43)

assert run([], clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 1], clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 0, 0], clause_while_true_return_value) in ((2, [-7]), FELL)
assert run([2, 0, 1, 1], clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 0, 1, 0], clause_while_true_return_value) in ((2, [-7]), FELL)
assert run([], named_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 1], named_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 0, 0], named_clause_while_true_return_value) in ((8, [-7]), FELL)
assert run([2, 0, 1, 1], named_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 0, 1, 0], named_clause_while_true_return_value) in ((8, [-7]), FELL)
assert run([], for_clause_while_true_return_value) in ((None, []), FELL)
assert run([1, 0], for_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 2, 1, 0], for_clause_while_true_return_value) in ((None, [-7, 43, -7, 43]), FELL)
assert run([2, 2, 0, 1, 0, 0], for_clause_while_true_return_value) in ((0, [-7]), FELL)
assert run([3, 0, 2, 0, 0], for_clause_while_true_return_value) in ((2, [-7, 43, -7]), FELL)
assert run([], for_for_clause_while_true_return_value) in ((None, []), FELL)
assert run([1, 1, 0], for_for_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([1, 1, 2, 1], for_for_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([2, 1, 0, 2, 2, 0, 0], for_for_clause_while_true_return_value) in ((1, [-7, 43, -7]), FELL)
assert run([1, 2, 0, 2, 0, 1, 0, 0], for_for_clause_while_true_return_value) in ((1, [-7, 43, -7]), FELL)
assert run([], while_clause_while_true_return_value) in ((None, []), FELL)
assert run([1, 0, 0], while_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([1, 2, 1, 0], while_clause_while_true_return_value) in ((None, [-7, 43]), FELL)
assert run([1, 2, 0, 1, 0], while_clause_while_true_return_value) in ((3, [-7]), FELL)
assert run([1, 0, 1, 2, 0, 0], while_clause_while_true_return_value) in ((3, [-7, 43, -7]), FELL)
