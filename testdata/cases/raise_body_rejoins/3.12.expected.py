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


def empty_finally_then_raising_tries(c, t, x, n, m):
    try:
        pass
    finally:
        pass
    try:
        try:
            try:
                raise E1(6)
            except E1:
                x(8)
            except E2 as e:
                pass
        except E1:
            return
        else:
            x(18)
    except E1:
        pass


def empty_finally_then_raising_try(c, t, x, n, m):
    try:
        pass
    finally:
        pass
    try:
        raise E1(6)
    except E1:
        x(8)


def raising_tries_else_at_end(c, t, x, n, m):
    try:
        try:
            try:
                raise E1(6)
            except E1:
                x(8)
            except E2 as e:
                pass
        except E1:
            return
        else:
            x(18)
    except E1:
        pass


def raising_tries_else_then_code(c, t, x, n, m):
    try:
        try:
            raise E1(c())
        except E1:
            x(8)
    except E2:
        t(10)
    else:
        t(11)
    t(12)


def raising_try_in_branch_else(c, t, x, n, m):
    if c():
        try:
            try:
                raise E2(1)
            except E2:
                x(2)
        except E1:
            return 3
        else:
            t(4)
    t(5)
    return 6


def raising_tries_else_returns(c, t, x, n, m):
    try:
        try:
            raise E1(6)
        except E1:
            x(8)
    except E1:
        return 1
    else:
        t(2)
        return 3


def raising_try_then_code_in_branch(c, t, x, n, m):
    if c():
        try:
            raise E2(1)
        except E2:
            x(2)
        t(4)
    t(5)
    return 6


def raising_try_then_code_in_elif(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(2)
            raise E1(3)
        except E1:
            x(4)
        t(5)
    else:
        t(6)
    t(7)


def raising_tries_loop_else(c, t, x, n, m):
    while c():
        try:
            try:
                raise E2(1)
            except E2:
                x(2)
        except E1:
            return 3
        else:
            t(4)
    t(5)

assert run([], empty_finally_then_raising_tries) in ((None, [-8, -18]), FELL)
assert run([1], empty_finally_then_raising_tries) in ((None, [-8]), FELL)
assert run([2], empty_finally_then_raising_tries) in (('E2', [-8]), FELL)
assert run([0, 2], empty_finally_then_raising_tries) in (('E2', [-8, -18]), FELL)
assert run([], empty_finally_then_raising_try) in ((None, [-8]), FELL)
assert run([1], empty_finally_then_raising_try) in (('E1', [-8]), FELL)
assert run([2], empty_finally_then_raising_try) in (('E2', [-8]), FELL)
assert run([], raising_tries_else_at_end) in ((None, [-8, -18]), FELL)
assert run([1], raising_tries_else_at_end) in ((None, [-8]), FELL)
assert run([2], raising_tries_else_at_end) in (('E2', [-8]), FELL)
assert run([0, 2], raising_tries_else_at_end) in (('E2', [-8, -18]), FELL)
assert run([], raising_tries_else_then_code) in ((None, [-8, 11, 12]), FELL)
assert run([0, 1], raising_tries_else_then_code) in (('E1', [-8]), FELL)
assert run([0, 2], raising_tries_else_then_code) in ((None, [-8, 10, 12]), FELL)
assert run([], raising_try_in_branch_else) in ((6, [5]), FELL)
assert run([1], raising_try_in_branch_else) in ((6, [-2, 4, 5]), FELL)
assert run([1, 1], raising_try_in_branch_else) in ((3, [-2]), FELL)
assert run([1, 2], raising_try_in_branch_else) in (('E2', [-2]), FELL)
assert run([], raising_tries_else_returns) in ((3, [-8, 2]), FELL)
assert run([1], raising_tries_else_returns) in ((1, [-8]), FELL)
assert run([2], raising_tries_else_returns) in (('E2', [-8]), FELL)
assert run([], raising_try_then_code_in_branch) in ((6, [5]), FELL)
assert run([1], raising_try_then_code_in_branch) in ((6, [-2, 4, 5]), FELL)
assert run([1, 1], raising_try_then_code_in_branch) in (('E1', [-2]), FELL)
assert run([1, 2], raising_try_then_code_in_branch) in (('E2', [-2]), FELL)
assert run([], raising_try_then_code_in_elif) in ((None, [6, 7]), FELL)
assert run([1], raising_try_then_code_in_elif) in ((None, [1, 7]), FELL)
assert run([0, 1], raising_try_then_code_in_elif) in ((None, [-2, -4, 5, 7]), FELL)
assert run([0, 1, 2], raising_try_then_code_in_elif) in (('E2', [-2]), FELL)
assert run([0, 1, 0, 1], raising_try_then_code_in_elif) in (('E1', [-2, -4]), FELL)
assert run([0, 1, 0, 2], raising_try_then_code_in_elif) in (('E2', [-2, -4]), FELL)
assert run([], raising_tries_loop_else) in ((None, [5]), FELL)
assert run([1], raising_tries_loop_else) in ((None, [-2, 4, 5]), FELL)
assert run([1, 1], raising_tries_loop_else) in ((3, [-2]), FELL)
assert run([1, 2], raising_tries_loop_else) in (('E2', [-2]), FELL)
assert run([1, 0, 1], raising_tries_loop_else) in ((None, [-2, 4, -2, 4, 5]), FELL)
assert run([1, 0, 1, 1], raising_tries_loop_else) in ((3, [-2, 4, -2]), FELL)
