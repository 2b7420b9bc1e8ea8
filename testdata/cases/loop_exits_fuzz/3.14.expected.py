







class E1(Exception):
    pass


class CM:
    def __init__(self, seen, n):
        self.seen, self.n = (seen, n)
    def __enter__(self):
        self.seen.append(('enter', self.n))
    def __exit__(self, typ, value, tb):
        self.seen.append(('exit', self.n))
        return False


def run(answers, f):
    "f's trace and result (or exception name) when its tests answer `answers` in turn."
    seen = []
    it = iter(answers)
    def c():
        return next(it)
    def t(n):
        seen.append(n)
    def x(n):
        seen.append(-n)
        if next(it):
            raise E1(n)
    def m(n):
        return CM(seen, n)
    try:
        result = f(c, t, x, m)
    except Exception as e:
        result = type(e).__name__
    return seen, result


def else_break_after_last_jump_back(c, t, x, m):
    while True:
        if c():
            break
        if c():
            t(1)
            continue
        t(2)
        break
    t(3)


def threaded_loop_after_last_jump_back(c, t, x, m):
    while True:
        if c() and c():
            break
        while c() or c():
            if c():
                return 1
    t(2)


def walrus_test_threaded_to_head(c, t, x, m):
    q = 0
    while True:
        if c() or c():
            return q
        t(1)
        while (q := c()) % 2 == 0:
            assert c() and c(), 17


def else_continue_test_copy(c, t, x, m):
    while c():
        try:
            x(1)
        except E1:
            t(7)
        else:
            t(8)


def elif_while_continue(c, t, x, m):
    if c():
        t(1)
    elif c() or c():
        while c() and c():
            t(21)
    elif c():
        pass
    else:
        pass
    x(30)


def else_pass(c, t, x, m):
    if c():
        pass
    else:
        pass
    t(2)

assert run([2, 0, 3, 0, 3, 3, 3, 2, 0, 1, 1, 3], else_break_after_last_jump_back) == ([3], None)
assert run([0, 1, 0, 0, 1, 1, 1, 2, 0, 2, 1, 0], else_break_after_last_jump_back) == ([1, 2, 3], None)
assert run([0, 0, 0, 0, 1, 3, 0, 1, 1, 1, 3, 1], else_break_after_last_jump_back) == ([2, 3], None)
assert run([0, 1, 0, 3, 1, 2, 1, 0, 1, 1, 0, 2], else_break_after_last_jump_back) == ([1, 1, 3], None)
assert run([0, 2, 0, 1, 0, 2, 3, 0, 0, 0, 1, 0], else_break_after_last_jump_back) == ([1, 1, 1, 3], None)
assert run([1, 1, 2, 1, 3, 2, 0, 0, 2, 0, 0, 1], threaded_loop_after_last_jump_back) == ([2], None)
assert run([0, 1, 1, 2, 0, 0, 0, 1, 3, 1, 1, 3], threaded_loop_after_last_jump_back) == ([], 1)
assert run([1, 0, 0, 0, 0, 0, 1, 0, 2, 0, 1, 0], threaded_loop_after_last_jump_back) == ([], 'StopIteration')
assert run([0, 1, 2, 0, 3, 0, 3, 2, 1, 0, 2, 0], walrus_test_threaded_to_head) == ([], 0)
assert run([0, 0, 0, 0, 1, 3, 0, 0, 0, 1, 1, 2], walrus_test_threaded_to_head) == ([1], 'AssertionError')
assert run([0, 0, 2, 2, 1, 1, 0, 2, 0, 3, 0, 1], walrus_test_threaded_to_head) == ([1], 1)
assert run([0, 0, 3, 1, 1, 0, 2, 2, 1, 1, 3, 0], walrus_test_threaded_to_head) == ([1], 3)
assert run([0, 0, 0, 1, 2, 0, 1, 3, 3, 0, 0, 0], walrus_test_threaded_to_head) == ([1, 1], 'StopIteration')
assert run([1, 1, 2, 0, 1, 0, 2, 0, 3, 1, 1, 0], else_continue_test_copy) == ([-1, 7, -1, 8, -1, 8, -1, 8, -1, 7, -1, 8], 'StopIteration')
assert run([0, 2, 0, 3, 0, 0, 0, 1, 2, 1, 0, 2], else_continue_test_copy) == ([], None)
assert run([2, 1, 0, 1, 0, 0, 3, 0, 0, 3, 1, 1], else_continue_test_copy) == ([-1, 7], None)
assert run([1, 0, 0, 2, 3, 0, 0, 3, 1, 1, 1, 0], else_continue_test_copy) == ([-1, 8], None)
assert run([2, 0, 1, 0, 3, 2, 2, 0, 1, 0, 1, 3], else_continue_test_copy) == ([-1, 8, -1, 8, -1, 7, -1, 8, -1, 8, -1, 7], 'StopIteration')
assert run([0, 1, 1, 0, 1, 2, 0, 0, 0, 0, 1, 0], elif_while_continue) == ([-30], 'E1')
assert run([3, 0, 1, 0, 3, 0, 1, 2, 1, 2, 3, 2], elif_while_continue) == ([1, -30], None)
assert run([2, 2, 0, 2, 0, 1, 1, 2, 0, 0, 1, 1], elif_while_continue) == ([1, -30], 'E1')
assert run([0, 2, 1, 0, 0, 0, 1, 2, 0, 0, 3, 0], elif_while_continue) == ([-30], None)
assert run([0, 2, 1, 1, 1, 3, 1, 1, 0, 1, 3, 2], elif_while_continue) == ([21, 21, 21, -30], 'E1')
assert run([3, 2, 1, 1, 2, 3, 3, 1, 3, 0, 0, 0], else_pass) == ([2], None)
