



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
    try:
        result = f(c, t, x)
    except E1:
        result = 'E1'
    return seen, result


def while_if_pass_last(c, t, x):
    while c():
        if c():
            continue
        if not c():
            return 9
        if c():
            t(8)
    t(10)


def clause_while_true_break(c, t, x):
    try:
        x(16)
    except E1:
        while True:
            if c() or c():
                break
            else:
                t(23)
    t(48)


def clause_while_true_break_after(c, t, x):
    try:
        x(16)
    except E1:
        while True:
            if c():
                t(1)
                break
            else:
                t(23)
    t(48)


def clause_while_break_named(c, t, x):
    try:
        x(16)
    except E1 as e:
        while c():
            if c():
                break
            t(23)
    t(48)


def clause_while_break_else(c, t, x):
    try:
        x(1)
    except E1:
        while c():
            break
        else:
            t(13)
    t(32)


def clause_return_const_else(c, t, x):
    try:
        x(1)
    except E1:
        if c():
            return None
        return 35
    except E2 as e:
        pass


def nested_while_continue_in_try(c, t, x):
    while c():
        while c():
            try:
                x(26)
            except E1:
                pass
    t(52)


def loop_never_looping_in_try(c, t, x):
    try:
        while c():
            if c():
                break
            else:
                return 13
    except E1:
        pass
    t(19)

assert run([0], while_if_pass_last) == ([10], None)
assert run([1, 1, 0], while_if_pass_last) == ([10], None)
assert run([1, 0, 0], while_if_pass_last) == ([], 9)
assert run([1, 0, 1, 1, 0], while_if_pass_last) == ([8, 10], None)
assert run([1, 0, 1, 0, 1, 1, 0], while_if_pass_last) == ([10], None)
assert run([0], clause_while_true_break) == ([-16, 48], None)
assert run([1, 1], clause_while_true_break) == ([-16, 48], None)
assert run([1, 0, 1], clause_while_true_break) == ([-16, 48], None)
assert run([1, 0, 0, 1], clause_while_true_break) == ([-16, 23, 48], None)
assert run([1, 0, 1], clause_while_true_break_after) == ([-16, 23, 1, 48], None)
assert run([1, 0, 0], clause_while_break_named) == ([-16, 48], None)
assert run([1, 1, 1], clause_while_break_named) == ([-16, 48], None)
assert run([1, 1, 0, 1, 1], clause_while_break_named) == ([-16, 23, 48], None)
assert run([1, 1], clause_while_break_else) == ([-1, 32], None)
assert run([1, 0], clause_while_break_else) == ([-1, 13, 32], None)
assert run([0], clause_while_break_else) == ([-1, 32], None)
assert run([1, 1], clause_return_const_else) == ([-1], None)
assert run([1, 0], clause_return_const_else) == ([-1], 35)
assert run([0], clause_return_const_else) == ([-1], None)
assert run([0], nested_while_continue_in_try) == ([52], None)
assert run([1, 0, 0], nested_while_continue_in_try) == ([52], None)
assert run([1, 1, 0, 0, 0], nested_while_continue_in_try) == ([-26, 52], None)
assert run([1, 1, 1, 0, 0], nested_while_continue_in_try) == ([-26, 52], None)
assert run([0], loop_never_looping_in_try) == ([19], None)
assert run([1, 1], loop_never_looping_in_try) == ([19], None)
assert run([1, 0], loop_never_looping_in_try) == ([], 13)
