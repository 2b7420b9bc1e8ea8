






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


def if_return_const_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    finally:
        t(4)
    t(5)


def if_else_return_const_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
        x(2)
    finally:
        t(4)
    t(5)


def nested_if_return_const_in_try_finally(c, t, x, n, m):
    try:
        x(0)
        if c():
            if c():
                return 3
            x(1)
    finally:
        t(4)
    t(5)


def if_return_const_ending_function(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    finally:
        t(4)


def if_return_const_in_loop(c, t, x, n, m):
    for i in n():
        try:
            if c():
                x(1)
                return 3
        finally:
            t(4)
        t(5)
    return 6


def if_return_none_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return
    finally:
        t(4)
    t(5)


def if_return_const_branchy_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    finally:
        if c():
            t(4)
    t(5)


def if_return_const_in_try_except_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    except E1:
        t(2)
    finally:
        t(4)
    t(5)


def loop_break_then_return_through_finally(c, t, x, n, m):
    try:
        while True:
            try:
                if c():
                    break
                x(1)
            except E1:
                pass
            return 3
    finally:
        t(4)
    t(5)


def for_break_then_return_through_finally(c, t, x, n, m):
    try:
        for i in n():
            try:
                if c():
                    break
                x(1)
            except E1:
                pass
            return 3
    finally:
        t(4)
    t(5)


def while_break_in_finally_try(c, t, x, n, m):
    while c():
        try:
            if c():
                break
            x(1)
            return 3
        finally:
            t(4)
    t(6)


def elif_return_const_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
        elif c():
            x(2)
            return 3
    finally:
        t(4)
    t(5)

assert run([], if_return_const_in_try_finally) in ((None, [4, 5]), FELL)
assert run([1], if_return_const_in_try_finally) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_return_const_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_return_const_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([], if_else_return_const_in_try_finally) in ((None, [-2, 4, 5]), FELL)
assert run([1], if_else_return_const_in_try_finally) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_else_return_const_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_else_return_const_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([0, 1], if_else_return_const_in_try_finally) in (('E1', [-2, 4]), FELL)
assert run([], nested_if_return_const_in_try_finally) in ((None, [0, 4, 5]), FELL)
assert run([1], nested_if_return_const_in_try_finally) in (('E1', [0, 4]), FELL)
assert run([0, 1], nested_if_return_const_in_try_finally) in ((None, [0, -1, 4, 5]), FELL)
assert run([0, 1, 1], nested_if_return_const_in_try_finally) in ((3, [0, 4]), FELL)
assert run([2, 0, 1], nested_if_return_const_in_try_finally) in (('E2', [0, 4]), FELL)
assert run([], if_return_const_ending_function) in ((None, [4]), FELL)
assert run([1], if_return_const_ending_function) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_return_const_ending_function) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_return_const_ending_function) in (('E2', [-1, 4]), FELL)
assert run([], if_return_const_in_loop) in ((6, []), FELL)
assert run([1], if_return_const_in_loop) in ((6, [4, 5]), FELL)
assert run([1, 1], if_return_const_in_loop) in ((3, [-1, 4]), FELL)
assert run([1, 1, 1], if_return_const_in_loop) in (('E1', [-1, 4]), FELL)
assert run([2, 0, 1], if_return_const_in_loop) in ((3, [4, 5, -1, 4]), FELL)
assert run([2, 0, 0, 1], if_return_const_in_loop) in ((6, [4, 5, 4, 5]), FELL)
assert run([], if_return_none_in_try_finally) in ((None, [4, 5]), FELL)
assert run([1], if_return_none_in_try_finally) in ((None, [-1, 4]), FELL)
assert run([1, 1], if_return_none_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_return_none_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([], if_return_const_branchy_finally) in ((None, [5]), FELL)
assert run([1], if_return_const_branchy_finally) in ((3, [-1]), FELL)
assert run([1, 1], if_return_const_branchy_finally) in (('E1', [-1]), FELL)
assert run([1, 2], if_return_const_branchy_finally) in (('E2', [-1]), FELL)
assert run([0, 1], if_return_const_branchy_finally) in ((None, [4, 5]), FELL)
assert run([1, 1, 1], if_return_const_branchy_finally) in (('E1', [-1, 4]), FELL)
assert run([2, 0, 1], if_return_const_branchy_finally) in ((3, [-1, 4]), FELL)
assert run([], if_return_const_in_try_except_finally) in ((None, [4, 5]), FELL)
assert run([1], if_return_const_in_try_except_finally) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_return_const_in_try_except_finally) in ((None, [-1, 2, 4, 5]), FELL)
assert run([1, 2], if_return_const_in_try_except_finally) in (('E2', [-1, 4]), FELL)
assert run([], loop_break_then_return_through_finally) in ((3, [-1, 4]), FELL)
assert run([1], loop_break_then_return_through_finally) in ((None, [4, 5]), FELL)
assert run([0, 1], loop_break_then_return_through_finally) in ((3, [-1, 4]), FELL)
assert run([], for_break_then_return_through_finally) in ((None, [4, 5]), FELL)
assert run([1], for_break_then_return_through_finally) in ((3, [-1, 4]), FELL)
assert run([], while_break_in_finally_try) in ((None, [6]), FELL)
assert run([1], while_break_in_finally_try) in ((3, [-1, 4]), FELL)
assert run([1, 1], while_break_in_finally_try) in ((None, [4, 6]), FELL)
assert run([2, 0, 1], while_break_in_finally_try) in (('E1', [-1, 4]), FELL)
assert run([], elif_return_const_in_try_finally) in ((None, [4, 5]), FELL)
assert run([1], elif_return_const_in_try_finally) in ((None, [-1, 4, 5]), FELL)
assert run([1, 1], elif_return_const_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], elif_return_const_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([0, 1], elif_return_const_in_try_finally) in ((3, [-2, 4]), FELL)
assert run([0, 1, 1], elif_return_const_in_try_finally) in (('E1', [-2, 4]), FELL)
