class E1(Exception):
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
        result = f(c, t, x, m)
    except E1:
        result = 'E1'
    return seen, result


def with_try_else_return(c, t, x, m):
    with m(1):
        try:
            x(4)
        except E1:
            t(5)
        else:
            return 6
    t(7)


def nested_with_try_else_return(c, t, x, m):
    with m(1), m(2):
        try:
            x(4)
        except E1:
            t(5)
        else:
            return 6
    t(7)


def three_withs_try_else_return(c, t, x, m):
    with m(1) as w, m(2), m(3):
        try:
            x(4)
        except E1:
            t(5)
        else:
            return 6
    t(7)


def nested_with_branch_try_else_raise(c, t, x, m):
    with m(1) as w, m(2):
        t(3)
        if not c():
            try:
                x(6)
            except E1:
                t(8)
            else:
                raise E1(10)
        else:
            return 11

assert run([0], with_try_else_return) == ([('enter', 1), -4, ('exit', 1)], 6)
assert run([1], with_try_else_return) == ([('enter', 1), -4, 5, ('exit', 1), 7], None)
assert run([0], nested_with_try_else_return) == ([('enter', 1), ('enter', 2), -4, ('exit', 2), ('exit', 1)], 6)
assert run([1], nested_with_try_else_return) == ([('enter', 1), ('enter', 2), -4, 5, ('exit', 2), ('exit', 1), 7], None)
assert run([0], three_withs_try_else_return) == ([('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), ('exit', 1)], 6)
assert run([1], three_withs_try_else_return) == ([('enter', 1), ('enter', 2), ('enter', 3), -4, 5, ('exit', 3), ('exit', 2), ('exit', 1), 7], None)
assert run([1], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, ('exit', 2), ('exit', 1)], 11)
assert run([0, 1], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, -6, 8, ('exit', 2), ('exit', 1)], None)
assert run([0, 0, 1], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, -6, ('exit', 2), ('exit', 1)], None)
assert run([0, 0, 0, 0], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, -6, ('exit', 2), ('exit', 1)], 'E1')
