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


def if_in_finally(c, t, x, n, m):
    try:
        x(1)
        return 2
    finally:
        if c():
            t(4)


def call_then_if_in_finally(c, t, x, n, m):
    try:
        x(1)
        return 2
    finally:
        t(3)
        if c():
            t(4)


def if_else_in_finally(c, t, x, n, m):
    try:
        x(1)
        return 'done'
    finally:
        if c():
            t(4)
        else:
            t(5)


def return_after_statement(c, t, x, n, m):
    try:
        x(1)
    finally:
        t(3)
        if c():
            t(4)
    return 2


def in_for_loop(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        finally:
            if c():
                t(4)
    return 3


def in_while_loop(c, t, x, n, m):
    while c():
        try:
            x(1)
            if c():
                continue
            return 2
        finally:
            if c():
                t(4)
    return 3

assert run([], if_in_finally) in ((2, [-1]), FELL)
assert run([1], if_in_finally) in (('E1', [-1]), FELL)
assert run([2], if_in_finally) in (('E2', [-1]), FELL)
assert run([0, 1], if_in_finally) in ((2, [-1, 4]), FELL)
assert run([1, 1], if_in_finally) in (('E1', [-1, 4]), FELL)
assert run([2, 1], if_in_finally) in (('E2', [-1, 4]), FELL)
assert run([], call_then_if_in_finally) in ((2, [-1, 3]), FELL)
assert run([1], call_then_if_in_finally) in (('E1', [-1, 3]), FELL)
assert run([2], call_then_if_in_finally) in (('E2', [-1, 3]), FELL)
assert run([0, 1], call_then_if_in_finally) in ((2, [-1, 3, 4]), FELL)
assert run([1, 1], call_then_if_in_finally) in (('E1', [-1, 3, 4]), FELL)
assert run([2, 1], call_then_if_in_finally) in (('E2', [-1, 3, 4]), FELL)
assert run([], if_else_in_finally) in (('done', [-1, 5]), FELL)
assert run([1], if_else_in_finally) in (('E1', [-1, 5]), FELL)
assert run([2], if_else_in_finally) in (('E2', [-1, 5]), FELL)
assert run([0, 1], if_else_in_finally) in (('done', [-1, 4]), FELL)
assert run([1, 1], if_else_in_finally) in (('E1', [-1, 4]), FELL)
assert run([2, 1], if_else_in_finally) in (('E2', [-1, 4]), FELL)
assert run([], return_after_statement) in ((2, [-1, 3]), FELL)
assert run([1], return_after_statement) in (('E1', [-1, 3]), FELL)
assert run([2], return_after_statement) in (('E2', [-1, 3]), FELL)
assert run([0, 1], return_after_statement) in ((2, [-1, 3, 4]), FELL)
assert run([1, 1], return_after_statement) in (('E1', [-1, 3, 4]), FELL)
assert run([2, 1], return_after_statement) in (('E2', [-1, 3, 4]), FELL)
assert run([], in_for_loop) in ((3, []), FELL)
assert run([1], in_for_loop) in ((2, [-1]), FELL)
assert run([1, 1], in_for_loop) in (('E1', [-1]), FELL)
assert run([1, 2], in_for_loop) in (('E2', [-1]), FELL)
assert run([1, 0, 1], in_for_loop) in ((2, [-1, 4]), FELL)
assert run([1, 1, 1], in_for_loop) in (('E1', [-1, 4]), FELL)
assert run([], in_while_loop) in ((3, []), FELL)
assert run([1], in_while_loop) in ((2, [-1]), FELL)
assert run([1, 1], in_while_loop) in (('E1', [-1]), FELL)
assert run([1, 2], in_while_loop) in (('E2', [-1]), FELL)
assert run([1, 0, 1], in_while_loop) in ((3, [-1]), FELL)
assert run([1, 1, 1], in_while_loop) in (('E1', [-1, 4]), FELL)
