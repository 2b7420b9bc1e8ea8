








class E1(Exception):
    pass


class E2(Exception):
    pass


def run(answers, f):
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
    def n():
        return range(next(it))
    class m:
        def __init__(self, n):
            self.n = n
        def __enter__(self):
            seen.append(('enter', self.n))
            return self.n
        def __exit__(self, kind, value, tb):
            seen.append(('exit', self.n))
            return kind is not None and next(it)
    try:
        result = f(c, t, x, m, n)
    except E1:
        result = 'E1'
    except StopIteration:
        result = 'out of answers'
    return seen, result


def for_try_while_true_return(c, t, x, m, n):
    for j in n():
        try:
            if not c():
                pass
            else:
                t(5)
                return 6
        except E1:
            pass
        finally:
            t(15)
    t(16)


def try_while_and_break_raise(c, t, x, m, n):
    try:
        x(1)
        while c() and c():
            if not c():
                x(2)
            elif c():
                t(4)
                break
            else:
                t(5)
            raise E2(7)
    except E1:
        return 8
    except E2:
        return 9
    t(10)


def elif_for_break_else(c, t, x, m, n):
    if c():
        if c():
            pass
        elif c():
            for i in n():
                t(10)
                break
            else:
                t(11)
    elif c():
        pass
    t(35)


def try_for_break_else(c, t, x, m, n):
    if c():
        t(1)
        try:
            for k in n():
                t(2)
                break
            else:
                t(3)
        except E1:
            t(5)
    t(26)


def with_try_else_return(c, t, x, m, n):
    with m(33):
        try:
            if not c():
                x(42)
            else:
                return 45
        except E1:
            t(46)
    t(66)


def while_try_finally_else_return(c, t, x, m, n):
    while True:
        if c():
            break
        try:
            if c() or c():
                t(2)
            else:
                t(3)
                return 5
        except E1:
            t(6)
        finally:
            t(12)
        t(20)
    t(33)

assert run([0], for_try_while_true_return) == ([16], None)
assert run([1, 0], for_try_while_true_return) == ([15, 16], None)
assert run([1, 1], for_try_while_true_return) == ([5, 15], 6)
assert run([2, 0, 0], for_try_while_true_return) == ([15, 15, 16], None)
assert run([2, 0, 1], for_try_while_true_return) == ([15, 5, 15], 6)
assert run([1], try_while_and_break_raise) == ([-1], 8)
assert run([0, 0], try_while_and_break_raise) == ([-1, 10], None)
assert run([0, 1, 1, 0, 0], try_while_and_break_raise) == ([-1, -2], 9)
assert run([0, 1, 1, 0, 1], try_while_and_break_raise) == ([-1, -2], 8)
assert run([0, 1, 1, 1, 0], try_while_and_break_raise) == ([-1, 5], 9)
assert run([0, 1, 1, 1, 1], try_while_and_break_raise) == ([-1, 4, 10], None)
assert run([0, 0], elif_for_break_else) == ([35], None)
assert run([1, 0, 1, 0], elif_for_break_else) == ([11, 35], None)
assert run([1, 0, 1, 1], elif_for_break_else) == ([10, 35], None)
assert run([0], try_for_break_else) == ([26], None)
assert run([1, 0], try_for_break_else) == ([1, 3, 26], None)
assert run([1, 1], try_for_break_else) == ([1, 2, 26], None)
assert run([1], with_try_else_return) == ([('enter', 33), ('exit', 33)], 45)
assert run([0, 0], with_try_else_return) == ([('enter', 33), -42, ('exit', 33), 66], None)
assert run([0, 1], with_try_else_return) == ([('enter', 33), -42, 46, ('exit', 33), 66], None)
assert run([1], while_try_finally_else_return) == ([33], None)
assert run([0, 0, 0], while_try_finally_else_return) == ([3, 12], 5)
assert run([0, 1, 1], while_try_finally_else_return) == ([2, 12, 20, 33], None)
assert run([0, 1, 0, 0, 0], while_try_finally_else_return) == ([2, 12, 20, 3, 12], 5)
assert run([0, 1, 0, 1, 1], while_try_finally_else_return) == ([2, 12, 20, 2, 12, 20, 33], None)
assert run([0, 1, 0, 1, 0, 0, 0], while_try_finally_else_return) == ([2, 12, 20, 2, 12, 20, 3, 12], 5)
