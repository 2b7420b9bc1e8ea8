





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


def nested_with_returning(c, t, x, m):
    with m(2), m(3):
        x(4)
        return 6
    t(7)


def with_try_returning(c, t, x, m):
    with m(1) as w:
        x(8)
        try:
            return 9
        except E1:
            pass
    t(2)


def nested_with_loop_returning(c, t, x, m):
    with m(2), m(3):
        while c():
            x(4)
        return 6
    t(7)


def clause_while_break_in_branch(c, t, x, m):
    if c():
        try:
            x(16)
        except E1:
            while True:
                if c():
                    break
                else:
                    t(22)
    elif c():
        t(1)
    t(48)


def clause_while_or_break_after_for(c, t, x, m):
    if c() or c():
        try:
            for j in range(2):
                x(16)
        except E1:
            while True:
                if c() or c():
                    break
                else:
                    t(22)
    elif c():
        t(1)
    t(48)


def for_else_break_through_finally(c, t, x, m):
    for j in range(2):
        try:
            x(3)
        except E1:
            break
        finally:
            t(5)
    else:
        t(27)
    t(57)


def for_else_break_in_try_else_through_finally(c, t, x, m):
    for j in range(2):
        try:
            x(3)
        except E1:
            try:
                break
            except E1:
                pass
        finally:
            t(5)
    else:
        t(27)
    t(57)


def for_else_break_through_finally_if(c, t, x, m):
    for j in range(2):
        try:
            x(3)
        except E1:
            break
        finally:
            if c() or c():
                pass
    else:
        t(27)
    t(57)

assert run([0], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2)], 6)
assert run([1, 1], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 0, 1], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 0, 0], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2)], 'E1')
assert run([0], with_try_returning) == ([('enter', 1), -8, ('exit', 1)], 9)
assert run([1, 1], with_try_returning) == ([('enter', 1), -8, ('exit', 1), 2], None)
assert run([1, 0], with_try_returning) == ([('enter', 1), -8, ('exit', 1)], 'E1')
assert run([0], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), ('exit', 3), ('exit', 2)], 6)
assert run([1, 0, 0], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2)], 6)
assert run([1, 1, 1], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 1, 0, 1], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 0], clause_while_break_in_branch) == ([-16, 48], None)
assert run([1, 1, 1], clause_while_break_in_branch) == ([-16, 48], None)
assert run([1, 1, 0, 0, 1], clause_while_break_in_branch) == ([-16, 22, 22, 48], None)
assert run([0, 1], clause_while_break_in_branch) == ([1, 48], None)
assert run([0, 0], clause_while_break_in_branch) == ([48], None)
assert run([1, 0, 0], clause_while_or_break_after_for) == ([-16, -16, 48], None)
assert run([0, 1, 1, 0, 1], clause_while_or_break_after_for) == ([-16, 48], None)
assert run([1, 1, 0, 0, 0, 1], clause_while_or_break_after_for) == ([-16, 22, 48], None)
assert run([0, 0, 1], clause_while_or_break_after_for) == ([1, 48], None)
assert run([0, 0], for_else_break_through_finally) == ([-3, 5, -3, 5, 27, 57], None)
assert run([0, 1], for_else_break_through_finally) == ([-3, 5, -3, 5, 57], None)
assert run([1], for_else_break_through_finally) == ([-3, 5, 57], None)
assert run([0, 0], for_else_break_in_try_else_through_finally) == ([-3, 5, -3, 5, 27, 57], None)
assert run([0, 1], for_else_break_in_try_else_through_finally) == ([-3, 5, -3, 5, 57], None)
assert run([0, 1, 0, 0, 0], for_else_break_through_finally_if) == ([-3, -3, 27, 57], None)
assert run([1, 0, 1], for_else_break_through_finally_if) == ([-3, 57], None)
