







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


def while_breaking_in_clause(c, t, x, n, m):
    with m(1):
        while c():
            try:
                x(3)
            except E2:
                break
            t(10)
            break


def for_with_try_else_break(c, t, x, n, m):
    for j in n():
        with m(9):
            try:
                x(12)
            except E1:
                pass
            else:
                t(14)
                break
        t(20)


def try_finally_with_return_suppressed(c, t, x, n, m):
    with m(1):
        try:
            with m(2):
                x(3)
                return 4
        finally:
            t(5)
        t(6)
        return None


def try_finally_with_return_suppressed_alone(c, t, x, n, m):
    try:
        with m(2):
            x(3)
            return 4
    finally:
        pass
    t(6)

assert run([], while_breaking_in_clause) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], while_breaking_in_clause) in ((None, [('enter', 1), -3, 10, ('exit', 1, False)]), FELL)
assert run([1, 0], while_breaking_in_clause) in ((None, [('enter', 1), -3, 10, ('exit', 1, False)]), FELL)
assert run([1, 2], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, True)]), FELL)
assert run([1, 2, 0], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([], for_with_try_else_break) in ((None, []), FELL)
assert run([1], for_with_try_else_break) in ((None, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 1, 1], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([1, 1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 1, 0, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([2, 1, 1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 2, 1], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, True), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([], try_finally_with_return_suppressed) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([1], try_finally_with_return_suppressed) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([2], try_finally_with_return_suppressed) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([1, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), 5, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), 5, 6, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, True)]), FELL)
assert run([2, 0, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, True)]), FELL)
assert run([1, 2], try_finally_with_return_suppressed) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([], try_finally_with_return_suppressed_alone) in ((4, [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([1], try_finally_with_return_suppressed_alone) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([2], try_finally_with_return_suppressed_alone) in (('E2', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([1, 1], try_finally_with_return_suppressed_alone) in ((None, [('enter', 2), -3, ('exit', 2, True), 6]), FELL)
assert run([2, 1], try_finally_with_return_suppressed_alone) in ((None, [('enter', 2), -3, ('exit', 2, True), 6]), FELL)
assert run([1, 0], try_finally_with_return_suppressed_alone) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
