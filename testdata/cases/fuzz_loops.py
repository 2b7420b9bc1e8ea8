# Loop shapes found by scripts/fuzz-shapes.py: a while loop in an if or elif branch whose test's false
# exit is the end of the whole if statement; its body ends with a lone jump back (continue), so the code
# after that jump is another branch's, not the loop's.

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
        pass
    elif c() and c():
        pass
    elif not c():
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
    else:
        pass


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
    # 3.12-3.13 copy the return after the loop for each test of `c() and c()`, and the copy of the test at
    # the bottom of the body jumps to copies of its own: one test, not `while c(): if c(): ...`
    while c() and c():
        if not (c() and c()):
            if c():
                continue
        t(9)


def while_true_only_break(c, t, x):
    # 3.14: the loop's head is the NOP of the `while True` line and the break is laid out after the jump
    # back: a test at the top whose exit lies past that jump, yet no `while c()` loop
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
