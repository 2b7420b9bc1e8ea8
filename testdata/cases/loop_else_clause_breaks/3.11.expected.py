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
            raise E2(n)
    def n():
        return range(next(it))
    try:
        f(c, t, x, n)
    except StopIteration:
        seen.append('stop')
    return seen


def for_else_break_in_clause(c, t, x, n):
    for k in n():
        try:
            x(15)
        except E2 as e:
            break
    else:
        t(22)
    t(39)


def for_else_break_in_branch_clause(c, t, x, n):
    for k in n():
        if c():
            try:
                x(15)
                continue
            except E2:
                break
        x(20)
    else:
        t(22)
    t(39)


def while_else_break_in_clause(c, t, x, n):
    while c():
        try:
            x(15)
        except E2 as e:
            break
    else:
        t(22)
    t(39)


def while_else_break_in_branch_clause(c, t, x, n):
    while c():
        if c():
            try:
                x(15)
            except E2:
                break
        else:
            x(20)
    else:
        t(22)
    t(39)


def while_true_in_while(c, t, x, n):
    while c():
        while True:
            if c():
                break
            t(1)
    t(2)

assert run([2, 0, 0], for_else_break_in_clause) == [-15, -15, 22, 39]
assert run([2, 0, 1], for_else_break_in_clause) == [-15, -15, 39]
assert run([0], for_else_break_in_clause) == [22, 39]
assert run([2, 1, 0, 0, 0], for_else_break_in_branch_clause) == [-15, -20, 22, 39]
assert run([2, 1, 1], for_else_break_in_branch_clause) == [-15, 39]
assert run([1, 0, 1, 0, 0], while_else_break_in_clause) == [-15, -15, 22, 39]
assert run([1, 1], while_else_break_in_clause) == [-15, 39]
assert run([1, 1, 0, 1, 0, 0, 0], while_else_break_in_branch_clause) == [-15, -20, 22, 39]
assert run([1, 1, 1], while_else_break_in_branch_clause) == [-15, 39]
assert run([1, 0, 0, 1, 1, 1, 0], while_true_in_while) == [1, 1, 2]
assert run([1, 1, 0], while_true_in_while) == [2]
