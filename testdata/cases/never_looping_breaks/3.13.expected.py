








class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def break_in_try_body_and_test(c, t, x, n, m):
    while c() and c():
        try:
            x(1)
            if c():
                break
            return 7
        except E1:
            return 7
        except E2 as e:
            t(e.args)
            return 7
    t(8)


def break_in_nested_if_in_try_body(c, t, x, n, m):
    while c() and c():
        try:
            if c():
                x(1)
                if c():
                    break
                t(1)
            return 7
        except E1:
            return 7
    t(8)


def break_in_try_with_else(c, t, x, n, m):
    while c():
        try:
            x(1)
            if c():
                break
        except E1:
            t(2)
        else:
            t(3)
        return 7
    t(8)


def break_in_try_at_function_end(c, t, x, n, m):
    if c():
        try:
            x(1)
            if c():
                return None
            return 7
        except E1:
            return 7


def break_in_try_code_after(c, t, x, n, m):
    while c():
        try:
            if c():
                break
            x(4)
        except E1:
            pass
        t(5)
        return 7
    t(8)
    return 9


def break_in_try_then_raise(c, t, x, n, m):
    while c():
        try:
            x(1)
            if c():
                break
        except E1 as e:
            t(e.args)
        t(6)
        raise E2
    t(8)


def break_in_with_body(c, t, x, n, m):
    while c():
        with m(1):
            x(1)
            if c():
                break
        return 7
    t(8)


def if_try_else_returns(c, t, x, n, m):
    if c():
        try:
            x(1)
            if c():
                t(1)
            else:
                return 5
        except E1:
            pass
    t(8)


def if_in_if_try_ends_branch(c, t, x, n, m):
    if c():
        if c():
            try:
                x(1)
                if c():
                    t(1)
            except E1:
                pass
        else:
            return 5
    t(8)


def if_in_loop_breaks_from_try(c, t, x, n, m):
    while c():
        if c():
            try:
                x(1)
                break
            except E1:
                pass
            except E2 as e:
                pass
    t(6)

assert run([0, 0, 0, 0], break_in_try_body_and_test) in ((None, [8]), FELL)
assert run([1, 1, 0, 0], break_in_try_body_and_test) in ((7, [-1]), FELL)
assert run([1, 1, 0, 1], break_in_try_body_and_test) in ((None, [-1, 8]), FELL)
assert run([1, 1, 2, 0], break_in_try_body_and_test) in ((7, [-1, (1,)]), FELL)
assert run([0, 0, 0, 0], break_in_nested_if_in_try_body) in ((None, [8]), FELL)
assert run([1, 1, 0, 0], break_in_nested_if_in_try_body) in ((7, []), FELL)
assert run([1, 1, 1, 0], break_in_nested_if_in_try_body) in ((7, [-1, 1]), FELL)
assert run([1, 1, 1, 1], break_in_nested_if_in_try_body) in ((7, [-1]), FELL)
assert run([1, 1, 1, 2], break_in_nested_if_in_try_body) in (('E2', [-1]), FELL)
assert run([0, 0, 0, 0], break_in_try_with_else) in ((None, [8]), FELL)
assert run([1, 0, 0, 0], break_in_try_with_else) in ((7, [-1, 3]), FELL)
assert run([1, 0, 1, 0], break_in_try_with_else) in ((None, [-1, 8]), FELL)
assert run([1, 1, 0, 0], break_in_try_with_else) in ((7, [-1, 2]), FELL)
assert run([1, 2, 0, 0], break_in_try_with_else) in (('E2', [-1]), FELL)
assert run([0, 0, 0, 0], break_in_try_at_function_end) in ((None, []), FELL)
assert run([1, 0, 0, 0], break_in_try_at_function_end) in ((7, [-1]), FELL)
assert run([1, 0, 1, 0], break_in_try_at_function_end) in ((None, [-1]), FELL)
assert run([1, 2, 0, 0], break_in_try_at_function_end) in (('E2', [-1]), FELL)
assert run([0, 0, 0, 0], break_in_try_code_after) in ((9, [8]), FELL)
assert run([1, 0, 0, 0], break_in_try_code_after) in ((7, [-4, 5]), FELL)
assert run([1, 0, 2, 0], break_in_try_code_after) in (('E2', [-4]), FELL)
assert run([0, 0, 0, 0], break_in_try_then_raise) in ((None, [8]), FELL)
assert run([1, 0, 0, 0], break_in_try_then_raise) in (('E2', [-1, 6]), FELL)
assert run([1, 0, 1, 0], break_in_try_then_raise) in ((None, [-1, 8]), FELL)
assert run([1, 1, 0, 0], break_in_try_then_raise) in (('E2', [-1, (1,), 6]), FELL)
assert run([1, 2, 0, 0], break_in_try_then_raise) in (('E2', [-1]), FELL)
assert run([0, 0, 0, 0], break_in_with_body) in ((None, [8]), FELL)
assert run([1, 0, 0, 0], break_in_with_body) in ((7, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 0], break_in_with_body) in ((None, [('enter', 1), -1, ('exit', 1, False), 8]), FELL)
assert run([1, 1, 0, 0], break_in_with_body) in (('E1', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 0], break_in_with_body) in ((7, [('enter', 1), -1, ('exit', 1, True)]), FELL)
assert run([1, 2, 0, 0], break_in_with_body) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0], if_try_else_returns) in ((None, [8]), FELL)
assert run([1, 0, 0, 0], if_try_else_returns) in ((5, [-1]), FELL)
assert run([1, 0, 1, 0], if_try_else_returns) in ((None, [-1, 1, 8]), FELL)
assert run([1, 1, 0, 0], if_try_else_returns) in ((None, [-1, 8]), FELL)
assert run([1, 2, 0, 0], if_try_else_returns) in (('E2', [-1]), FELL)
assert run([0, 0, 0, 0], if_in_if_try_ends_branch) in ((None, [8]), FELL)
assert run([1, 0, 0, 0], if_in_if_try_ends_branch) in ((5, []), FELL)
assert run([1, 1, 0, 0], if_in_if_try_ends_branch) in ((None, [-1, 8]), FELL)
assert run([1, 1, 0, 1], if_in_if_try_ends_branch) in ((None, [-1, 1, 8]), FELL)
assert run([1, 1, 2, 0], if_in_if_try_ends_branch) in (('E2', [-1]), FELL)
assert run([0, 0, 0, 0, 0], if_in_loop_breaks_from_try) in ((None, [6]), FELL)
assert run([1, 0, 1, 1, 0], if_in_loop_breaks_from_try) in ((None, [-1, 6]), FELL)
assert run([1, 1, 1, 1, 1], if_in_loop_breaks_from_try) in ((None, [-1, -1, 6]), FELL)
