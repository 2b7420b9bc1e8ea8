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


def while_true_if_with_break_else_continue(c, t, x, n, m):
    while True:
        if c():
            with m(12):
                x(13)
                return
        else:
            t(14)
            continue


def while_true_break_if_with_break_else_continue(c, t, x, n, m):
    while True:
        if c():
            return
        if c():
            with m(12):
                x(13)
                return
        else:
            t(14)
            continue


def while_true_if_with_break_else_continue_then_code(c, t, x, n, m):
    t(1)
    while True:
        if c() or c():
            break
        if c():
            with m(12):
                x(13)
                break
        else:
            t(14)
            continue
    return t(15)


def try_finally_then_while_true_with_break(c, t, x, n, m):
    try:
        with m(1):
            if c() and c():
                t(2)
            else:
                t(3)
                x(4)
                return 5
    finally:
        t(6)
    while True:
        if c() or c():
            return None
        if c() and c():
            if c() or c():
                t(7)
                x(8)
            with m(9) as w, m(10):
                t(11)
            with m(12):
                t(13)
                return None
        else:
            t(14)
            continue

assert run([], while_true_if_with_break_else_continue) in (('Budget', [14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1], while_true_if_with_break_else_continue) in ((None, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1], while_true_if_with_break_else_continue) in ((None, [14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 1], while_true_if_with_break_else_continue) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 2], while_true_if_with_break_else_continue) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1], while_true_if_with_break_else_continue) in ((None, [14, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1], while_true_if_with_break_else_continue) in (('E1', [14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 2], while_true_if_with_break_else_continue) in (('E2', [14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 1, 1], while_true_if_with_break_else_continue) in (('Budget', [('enter', 12), -13, ('exit', 12, True), 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 0, 0, 1], while_true_if_with_break_else_continue) in ((None, [14, 14, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1, 1], while_true_if_with_break_else_continue) in (('E1', [14, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1, 2], while_true_if_with_break_else_continue) in (('E2', [14, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1, 1], while_true_if_with_break_else_continue) in (('Budget', [14, ('enter', 12), -13, ('exit', 12, True), 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1, 1, 1, 1], while_true_if_with_break_else_continue) in ((None, [('enter', 12), -13, ('exit', 12, True), ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([], while_true_break_if_with_break_else_continue) in (('Budget', [14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1], while_true_break_if_with_break_else_continue) in ((None, []), FELL)
assert run([0, 1], while_true_break_if_with_break_else_continue) in ((None, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1], while_true_break_if_with_break_else_continue) in ((None, [14]), FELL)
assert run([0, 1, 1], while_true_break_if_with_break_else_continue) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 2], while_true_break_if_with_break_else_continue) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 1], while_true_break_if_with_break_else_continue) in ((None, [14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1, 1], while_true_break_if_with_break_else_continue) in (('Budget', [('enter', 12), -13, ('exit', 12, True), 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 0, 0, 0, 1], while_true_break_if_with_break_else_continue) in ((None, [14, 14]), FELL)
assert run([0, 0, 0, 1, 1], while_true_break_if_with_break_else_continue) in (('E1', [14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 1, 2], while_true_break_if_with_break_else_continue) in (('E2', [14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1, 1, 1], while_true_break_if_with_break_else_continue) in ((None, [('enter', 12), -13, ('exit', 12, True)]), FELL)
assert run([0, 0, 0, 0, 0, 1], while_true_break_if_with_break_else_continue) in ((None, [14, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 1, 1, 1], while_true_break_if_with_break_else_continue) in (('Budget', [14, ('enter', 12), -13, ('exit', 12, True), 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([], while_true_if_with_break_else_continue_then_code) in (('Budget', [1, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1], while_true_if_with_break_else_continue_then_code) in ((None, [1, 15]), FELL)
assert run([0, 0, 1], while_true_if_with_break_else_continue_then_code) in ((None, [1, ('enter', 12), -13, ('exit', 12, False), 15]), FELL)
assert run([0, 0, 0, 1], while_true_if_with_break_else_continue_then_code) in ((None, [1, 14, 15]), FELL)
assert run([0, 0, 1, 1], while_true_if_with_break_else_continue_then_code) in (('E1', [1, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1, 2], while_true_if_with_break_else_continue_then_code) in (('E2', [1, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 1, 1, 1], while_true_if_with_break_else_continue_then_code) in (('Budget', [1, ('enter', 12), -13, ('exit', 12, True), 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 0, 0, 0, 0, 1], while_true_if_with_break_else_continue_then_code) in ((None, [1, 14, ('enter', 12), -13, ('exit', 12, False), 15]), FELL)
assert run([0, 0, 1, 1, 1, 1], while_true_if_with_break_else_continue_then_code) in ((None, [1, ('enter', 12), -13, ('exit', 12, True), 15]), FELL)
assert run([0, 0, 0, 0, 0, 0, 1], while_true_if_with_break_else_continue_then_code) in ((None, [1, 14, 14, 15]), FELL)
assert run([0, 0, 0, 0, 0, 1, 1], while_true_if_with_break_else_continue_then_code) in (('E1', [1, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 0, 0, 0, 0, 1, 2], while_true_if_with_break_else_continue_then_code) in (('E2', [1, 14, ('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([], try_finally_then_while_true_with_break) in ((5, [('enter', 1), 3, -4, ('exit', 1, False), 6]), FELL)
assert run([0, 1], try_finally_then_while_true_with_break) in (('E1', [('enter', 1), 3, -4, ('exit', 1, False), 6]), FELL)
assert run([0, 2], try_finally_then_while_true_with_break) in (('E2', [('enter', 1), 3, -4, ('exit', 1, False), 6]), FELL)
assert run([1, 1], try_finally_then_while_true_with_break) in (('Budget', [('enter', 1), 2, ('exit', 1, False), 6, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 1, 1], try_finally_then_while_true_with_break) in (('Budget', [('enter', 1), 3, -4, ('exit', 1, True), 6, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1, 1, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 2, ('exit', 1, False), 6]), FELL)
assert run([0, 1, 1, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 3, -4, ('exit', 1, True), 6]), FELL)
assert run([1, 1, 0, 0, 0, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 2, ('exit', 1, False), 6, 14]), FELL)
assert run([1, 1, 0, 0, 1, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 2, ('exit', 1, False), 6, ('enter', 9), ('enter', 10), 11, ('exit', 10, False), ('exit', 9, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1, 0, 0, 0, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 3, -4, ('exit', 1, True), 6, 14]), FELL)
assert run([0, 1, 1, 0, 0, 1, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 3, -4, ('exit', 1, True), 6, ('enter', 9), ('enter', 10), 11, ('exit', 10, False), ('exit', 9, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
assert run([1, 1, 0, 0, 1, 1, 1], try_finally_then_while_true_with_break) in ((None, [('enter', 1), 2, ('exit', 1, False), 6, 7, -8, ('enter', 9), ('enter', 10), 11, ('exit', 10, False), ('exit', 9, False), ('enter', 12), 13, ('exit', 12, False)]), FELL)
