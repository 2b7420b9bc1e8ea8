












class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def while_break_then_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            with m(1):
                x(2)
                return 3
    t(4)


def while_with_return_in_elif(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            t(1)
        elif c():
            with m(1):
                x(2)
                return 3
    t(4)


def try_finally_with_return(c, t, x, n, m):
    try:
        with m(2):
            return 3
    finally:
        t(4)


def try_finally_with_return_then_code(c, t, x, n, m):
    try:
        with m(2):
            x(1)
            return 3
    finally:
        t(4)
    t(5)
    return 6


def try_finally_with_return_in_loop(c, t, x, n, m):
    for i in n():
        try:
            with m(2):
                x(1)
                return 3
        finally:
            t(4)
        t(5)
    return 6


def try_finally_if_with_return(c, t, x, n, m):
    try:
        if c():
            with m(2):
                x(1)
                return 3
    finally:
        t(4)
    t(5)

assert run([], while_break_then_with_return) in ((None, [4]), FELL)
assert run([1, 1], while_break_then_with_return) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_break_then_with_return) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], while_break_then_with_return) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], while_break_then_with_return) in ((None, [('enter', 1), -2, ('exit', 1, True), 4]), FELL)
assert run([], while_with_return_in_elif) in ((None, [4]), FELL)
assert run([1, 1], while_with_return_in_elif) in ((None, [1, 4]), FELL)
assert run([1, 0, 1], while_with_return_in_elif) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1], while_with_return_in_elif) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 2], while_with_return_in_elif) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], while_with_return_in_elif) in ((None, [1, 1, 4]), FELL)
assert run([], try_finally_with_return) in ((3, [('enter', 2), ('exit', 2, False), 4]), FELL)
assert run([], try_finally_with_return_then_code) in ((3, [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1], try_finally_with_return_then_code) in (('E1', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([2], try_finally_with_return_then_code) in (('E2', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1], try_finally_with_return_then_code) in ((6, [('enter', 2), -1, ('exit', 2, True), 4, 5]), FELL)
assert run([], try_finally_with_return_in_loop) in ((6, []), FELL)
assert run([1], try_finally_with_return_in_loop) in ((3, [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1], try_finally_with_return_in_loop) in (('E1', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 2], try_finally_with_return_in_loop) in (('E2', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1, 1], try_finally_with_return_in_loop) in ((6, [('enter', 2), -1, ('exit', 2, True), 4, 5]), FELL)
assert run([2, 1, 1], try_finally_with_return_in_loop) in ((3, [('enter', 2), -1, ('exit', 2, True), 4, 5, ('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([2, 1, 1, 1], try_finally_with_return_in_loop) in (('E1', [('enter', 2), -1, ('exit', 2, True), 4, 5, ('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([2, 1, 1, 2], try_finally_with_return_in_loop) in (('E2', [('enter', 2), -1, ('exit', 2, True), 4, 5, ('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([], try_finally_if_with_return) in ((None, [4, 5]), FELL)
assert run([1], try_finally_if_with_return) in ((3, [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1], try_finally_if_with_return) in (('E1', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 2], try_finally_if_with_return) in (('E2', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1, 1], try_finally_if_with_return) in ((None, [('enter', 2), -1, ('exit', 2, True), 4, 5]), FELL)
