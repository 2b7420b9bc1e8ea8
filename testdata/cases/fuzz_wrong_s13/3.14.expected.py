










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


def while_true_else_break(c, t, x, n, m):
    while True:
        if c():
            break
        if c() and c():
            with m(2):
                raise E2(3)
        elif c():
            with m(4) as w, m(5):
                continue
        else:
            t(9)
            break
    t(10)


def while_test_copy_else_continue(c, t, x, n, m):
    while c() and c():
        if c():
            t(1)
        elif c():
            t(2)
        elif c():
            continue
        try:
            pass
        except E1:
            pass
        t(3)


def for_else_return_ending_try_finally(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
            x(k)
        else:
            return 44
    except E1:
        t(1)
    finally:
        t(2)


def for_break_ending_nested_try(c, t, x, n, m):
    try:
        try:
            t(4)
            for j in n():
                x(8)
                break
        except E1:
            return 10
    except E2:
        t(11)

assert run([2], while_true_else_break) in ((None, [10]), FELL)
assert run([], while_true_else_break) in ((None, [9, 10]), FELL)
assert run([0, 0, 2], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 2, 1], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 10]), FELL)
assert run([0, 3, 2, 1, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 1, 2, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 0, 2, 0, 2, 3, 3, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 0, 2, 0, 2, 1], while_true_else_break) in (('E2', [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 1, 0, 2, 2, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 3, 1, 1, 0, 0, 3], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 3, 2, 3, 0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 3], while_test_copy_else_continue) in ((None, [3]), FELL)
assert run([], while_test_copy_else_continue) in ((None, []), FELL)
assert run([2, 2, 2, 2, 1, 3, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 1, 3]), FELL)
assert run([2, 1, 3], while_test_copy_else_continue) in ((None, [1, 3]), FELL)
assert run([3, 1, 0, 2], while_test_copy_else_continue) in ((None, [2, 3]), FELL)
assert run([1, 2, 3, 1, 3, 0, 1, 1, 2, 2], while_test_copy_else_continue) in ((None, [1, 3, 2, 3, 1, 3]), FELL)
assert run([1, 1, 0, 2, 1, 3, 3], while_test_copy_else_continue) in ((None, [2, 3, 1, 3]), FELL)
assert run([2, 1, 3, 2, 3, 2], while_test_copy_else_continue) in ((None, [1, 3, 1, 3]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 3]), FELL)
assert run([2, 1, 2, 2, 3], while_test_copy_else_continue) in ((None, [1, 3, 3]), FELL)
assert run([1, 3, 2, 1, 3, 1, 3, 1, 0, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 2, 3]), FELL)
assert run([2, 2, 0, 2, 1, 3, 2, 1, 1], while_test_copy_else_continue) in ((None, [2, 3, 1, 3, 3]), FELL)
assert run([0], for_else_return_ending_try_finally) in ((44, [2]), FELL)
assert run([1, 1], for_else_return_ending_try_finally) in ((None, [2]), FELL)
assert run([1, 0, 1], for_else_return_ending_try_finally) in ((None, [0, 1, 2]), FELL)
assert run([2, 0, 0, 0, 0], for_else_return_ending_try_finally) in ((44, [0, -1, 2]), FELL)
assert run([2, 0, 0, 1], for_else_return_ending_try_finally) in ((None, [0, 2]), FELL)
assert run([0], for_break_ending_nested_try) in ((None, [4]), FELL)
assert run([1, 0], for_break_ending_nested_try) in ((None, [4, -8]), FELL)
assert run([1, 1], for_break_ending_nested_try) in ((10, [4, -8]), FELL)
assert run([1, 2], for_break_ending_nested_try) in ((None, [4, -8, 11]), FELL)
