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
        if c():
            raise E1(n)
    try:
        return seen, f(c, t, x)
    except (E1, E2) as e:
        return seen, type(e).__name__


def never_loops_break_else_return(c, t, x):
    if c():
        if c():
            t(1)
        else:
            return 2
    t(3)


def never_loops_break_over_raise(c, t, x):
    if c() and c():
        if not c():
            t(1)
            raise E2(4)
        if c():
            t(2)
        else:
            t(3)
            raise E2(4)
    t(5)


def never_loops_break_in_try(c, t, x):
    try:
        x(1)
        if c():
            if c():
                t(2)
            elif c():
                return 3
            else:
                t(4)
                raise E2(5)
    except E1:
        return 6
    else:
        t(7)


def try_loop_break_then_after(c, t, x):
    try:
        x(1)
        while c():
            if c():
                t(2)
                break
            t(3)
    except E1:
        return 4
    else:
        t(5)


def try_loop_break_then_else(c, t, x):
    try:
        x(1)
        while c():
            if c():
                t(2)
                break
            t(3)
    except E1:
        return 4
    else:
        t(5)


def try_if_then_after(c, t, x):
    try:
        if c():
            x(1)
        else:
            t(2)
    except E1:
        return 3
    else:
        t(4)


def try_if_then_else(c, t, x):
    try:
        if c():
            x(1)
        else:
            t(2)
    except E1:
        return 3
    else:
        t(4)

assert run([0], never_loops_break_else_return) == ([3], None)
assert run([1, 1], never_loops_break_else_return) == ([1, 3], None)
assert run([1, 0], never_loops_break_else_return) == ([], 2)
assert run([0], never_loops_break_over_raise) == ([5], None)
assert run([1, 0], never_loops_break_over_raise) == ([5], None)
assert run([1, 1, 0], never_loops_break_over_raise) == ([1], 'E2')
assert run([1, 1, 1, 1], never_loops_break_over_raise) == ([2, 5], None)
assert run([1, 1, 1, 0], never_loops_break_over_raise) == ([3], 'E2')
assert run([1], never_loops_break_in_try) == ([-1], 6)
assert run([0, 0], never_loops_break_in_try) == ([-1, 7], None)
assert run([0, 1, 1], never_loops_break_in_try) == ([-1, 2, 7], None)
assert run([0, 1, 0, 1], never_loops_break_in_try) == ([-1], 3)
assert run([0, 1, 0, 0], never_loops_break_in_try) == ([-1, 4], 'E2')
for f in try_loop_break_then_after, try_loop_break_then_else:
    assert run([1], f) == ([-1], 4)
    assert run([0, 0], f) == ([-1, 5], None)
    assert run([0, 1, 1], f) == ([-1, 2, 5], None)
    assert run([0, 1, 0, 1, 1], f) == ([-1, 3, 2, 5], None)
for f in try_if_then_after, try_if_then_else:
    assert run([1, 1], f) == ([-1], 3)
    assert run([1, 0], f) == ([-1, 4], None)
    assert run([0], f) == ([2, 4], None)
