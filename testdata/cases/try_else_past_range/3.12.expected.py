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


def plain_else_return(c, t, x, m, n):
    try:
        if not c():
            x(42)
        else:
            return 45
    except E1:
        t(46)
    t(66)


def with_else_return(c, t, x, m, n):
    try:
        if not c():
            x(42)
        else:
            with m(7):
                t(8)
            return 45
    except E1:
        t(46)
    t(66)


def with_then_else_return_value(c, t, x, m, n):
    try:
        if c():
            with m(3):
                x(4)
            return 'after'
        t(5)
        return c()
    except E1:
        return 2


def elif_for_else_return(c, t, x, m, n):
    try:
        if c() or c():
            pass
        elif c():
            pass
        elif c():
            for j in n():
                break
            else:
                return 8
        else:
            return 9
    except E1:
        pass
    else:
        t(11)

assert run([1], plain_else_return) == ([], 45)
assert run([0, 0], plain_else_return) == ([-42, 66], None)
assert run([0, 1], plain_else_return) == ([-42, 46, 66], None)
assert run([1], with_else_return) == ([('enter', 7), 8, ('exit', 7)], 45)
assert run([0, 0], with_else_return) == ([-42, 66], None)
assert run([0, 1], with_else_return) == ([-42, 46, 66], None)
assert run([1, 0], with_then_else_return_value) == ([('enter', 3), -4, ('exit', 3)], 'after')
assert run([1, 1, 0], with_then_else_return_value) == ([('enter', 3), -4, ('exit', 3)], 2)
assert run([1, 1, 1], with_then_else_return_value) == ([('enter', 3), -4, ('exit', 3)], 'after')
assert run([0, 9], with_then_else_return_value) == ([5], 9)
assert run([1, 0], elif_for_else_return) == ([11], None)
assert run([0, 0, 1], elif_for_else_return) == ([11], None)
assert run([0, 0, 0, 1, 0], elif_for_else_return) == ([], 8)
assert run([0, 0, 0, 1, 2], elif_for_else_return) == ([11], None)
assert run([0, 0, 0, 0], elif_for_else_return) == ([], 9)
