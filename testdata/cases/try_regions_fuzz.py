# Shapes from scripts/fuzz-shapes.py (hunting seeds 6-9, rich 5-8) where a try inside withs has an else
# returning through the withs' exit calls while its clauses fall off: the with's normal exit (the exit
# call the clauses reach) is laid out after the try's handler, a cold block (3.12+ move it there; 3.11
# lays the handler before it too), and the exit calls before the return are the else's unwinding, not the
# with's end. Once stack underflows; the nested ones once read as a return after the try. Each runs on
# answers that take every path (x(n) raises E1 when its answer is true, a manager suppresses when its
# answer is true).

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
    with m(1):
        with m(2):
            try:
                x(4)
            except E1:
                t(5)
            else:
                return 6
    t(7)


def three_withs_try_else_return(c, t, x, m):
    with m(1) as w:
        with m(2), m(3):
            try:
                x(4)
            except E1:
                t(5)
            else:
                return 6
    t(7)


def nested_with_branch_try_else_raise(c, t, x, m):
    # seed 2 f82: read as a with returning through a cold exit, it once lost the if's else
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
