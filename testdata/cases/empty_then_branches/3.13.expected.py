




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
        if c():
            raise E1(n)
    try:
        return seen, f(c, t, x)
    except E1 as e:
        return seen, type(e).__name__


def finally_if_pass(c, t, x):
    try:
        x(3)
    finally:
        if c():
            pass


def finally_if_and_pass(c, t, x):
    try:
        x(3)
    finally:
        if c():
            if c():
                pass


def finally_if_or_pass(c, t, x):
    try:
        x(3)
    finally:
        if c() or c():
            pass


def if_or_pass_then_code(c, t, x):
    if c() or c():
        pass
    t(1)


def for_else_clause_break_through_finally_if_or_pass(c, t, x):
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

assert run([0, 1], finally_if_pass) == ([-3], None)
assert run([1, 0], finally_if_pass) == ([-3], 'E1')
assert run([0, 0, 0], finally_if_and_pass) == ([-3], None)
assert run([1, 1, 1], finally_if_and_pass) == ([-3], 'E1')
assert run([0, 0, 1], finally_if_or_pass) == ([-3], None)
assert run([1, 1], finally_if_or_pass) == ([-3], 'E1')
assert run([0, 0], if_or_pass_then_code) == ([1], None)
assert run([1], if_or_pass_then_code) == ([1], None)
assert run([0, 0, 0, 0, 0, 1], for_else_clause_break_through_finally_if_or_pass) == ([-3, -3, 27, 57], None)
assert run([1, 1], for_else_clause_break_through_finally_if_or_pass) == ([-3, 57], None)
