def run(answers, f):
    seen = []
    it = iter(answers)
    def c():
        return next(it)
    def t(n):
        seen.append(n)
    def x(n):
        seen.append(-n)
    f(c, t, x)
    return seen


def elif_while_and_continue(c, t, x):
    if c():
        return
    if c() and c():
        return
    if not c():
        if c() or c():
            pass
        elif c() or c():
            while c() and c():
                t(21)
                continue
        elif c():
            pass
        else:
            pass
        x(30)


def if_while_continue_elif(c, t, x):
    if c():
        while c():
            continue
    elif c():
        x(33)
    t(41)


def nested_while_continue(c, t, x):
    if c() and c():
        pass
    elif not c():
        pass
    elif c():
        if c():
            while c():
                continue
        elif c():
            pass
        elif not c():
            if c():
                pass
            else:
                x(33)
    t(41)


def while_and_continue_copied_returns(c, t, x):
    while c() and c():
        if not (c() and c()) and c():
            continue
        t(9)


def while_true_only_break(c, t, x):
    while True:
        if not c():
            break
    t(5)

assert run([0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0], elif_while_and_continue) == [21, -30]
assert run([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0], elif_while_and_continue) == [21, 21, -30]
assert run([0, 0, 0, 0, 1, 1], elif_while_and_continue) == [-30]
assert run([0, 0, 0, 0, 0, 0, 0, 0], elif_while_and_continue) == [-30]
assert run([1], elif_while_and_continue) == []
assert run([0, 1, 1], elif_while_and_continue) == []
assert run([0, 0, 1], elif_while_and_continue) == []
assert run([1, 1, 1, 0], if_while_continue_elif) == [41]
assert run([0, 1], if_while_continue_elif) == [-33, 41]
assert run([0, 0], if_while_continue_elif) == [41]
assert run([1, 1], nested_while_continue) == [41]
assert run([0, 0], nested_while_continue) == [41]
assert run([0, 1, 0], nested_while_continue) == [41]
assert run([0, 1, 1, 1, 1, 0], nested_while_continue) == [41]
assert run([0, 1, 1, 0, 1], nested_while_continue) == [41]
assert run([0, 1, 1, 0, 0, 0, 1], nested_while_continue) == [41]
assert run([0, 1, 1, 0, 0, 0, 0], nested_while_continue) == [-33, 41]
assert run([0, 1, 1, 0, 0, 1], nested_while_continue) == [41]
assert run([0], while_and_continue_copied_returns) == []
assert run([1, 0], while_and_continue_copied_returns) == []
assert run([1, 1, 1, 1, 0], while_and_continue_copied_returns) == [9]
assert run([1, 1, 0, 1, 1, 0], while_and_continue_copied_returns) == []
assert run([1, 1, 1, 0, 0, 1, 0], while_and_continue_copied_returns) == [9]
assert run([0], while_true_only_break) == [5]
assert run([1, 1, 0], while_true_only_break) == [5]
