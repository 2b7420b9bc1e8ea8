class E1(Exception):
    pass


class E2(Exception):
    pass


def run(answers, f):
    "f's trace and outcome, the answers of c() taken from the end of the list."
    seen = []
    answers = list(answers)
    def c():
        return answers.pop()
    def t(n):
        seen.append(n)
    def x(n):
        a = c()
        if a == 1:
            raise E1(n)
        if a == 2:
            raise E2(n)
        seen.append(-n)
    def n():
        return range(c())
    try:
        outcome = ('return', f(c, t, x, n))
    except (E1, E2, IndexError) as e:
        outcome = ('raise', type(e).__name__)
    return outcome, seen


def for_return_in_try(c, t, x, n):
    try:
        for i in n():
            return 9
    except E1:
        return 10


def for_return_in_try_then(c, t, x, n):
    try:
        for i in n():
            x(4)
            return 9
    except E1:
        return 10
    else:
        t(5)


def while_for_return_in_try(c, t, x, n):
    while c():
        try:
            for i in n():
                return 9
        except E1:
            return 10


def elif_for_return_in_try(c, t, x, n):
    try:
        if c():
            pass
        elif c() or c():
            t(3)
        else:
            for i in n():
                return 23
    except E1:
        pass
    else:
        t(4)


def empty_try_in_clause_finally(c, t, x, n):
    try:
        x(18)
    except E1:
        try:
            pass
        except E1:
            pass
    except E2 as e:
        pass
    finally:
        t(31)


def empty_try_in_clause_inner_finally(c, t, x, n):
    try:
        try:
            if c():
                x(1)
        except E1:
            try:
                pass
            except E1:
                pass
            t(2)
        finally:
            t(39)
    except E2:
        t(40)


def return_try_in_clause_finally(c, t, x, n):
    try:
        x(18)
    except E1:
        try:
            return 20
        except E1:
            if c() and c():
                pass
            else:
                return 28
    except E2 as e:
        t(29)
    finally:
        t(31)


def dead_clause_in_finally(c, t, x, n):
    try:
        pass
    except E1:
        while c():
            try:
                pass
            except E1:
                pass
            finally:
                pass
    finally:
        if c():
            t(32)


def named_clause_branch_return_finally(c, t, x, n):
    try:
        try:
            x(1)
        except E2 as e:
            if c():
                t(2)
            else:
                return 38
        finally:
            t(39)
    except E1:
        t(40)


def continue_in_try_except_finally(c, t, x, n):
    for i in n():
        t(1)
        try:
            x(11)
            continue
        except E1:
            pass
        finally:
            t(16)


def break_in_try_except_finally(c, t, x, n):
    while c():
        try:
            x(5)
        except E1:
            pass
        else:
            break
        finally:
            t(9)
        t(10)
    t(11)


def else_continue_in_try_finally(c, t, x, n):
    for k in n():
        for j in n():
            pass
        try:
            x(13)
            continue
        except E1:
            pass
        except E2 as e:
            pass
        finally:
            t(20)


def branch_continue_in_try_except_finally(c, t, x, n):
    for i in n():
        if c():
            try:
                x(11)
                continue
            except E1:
                t(3)
            finally:
                t(16)
        else:
            t(4)


def continues_in_try_excepts_finally(c, t, x, n):
    for i in n():
        t(1)
        try:
            x(11)
            if c():
                continue
            t(2)
            continue
        except E1 as e:
            t(3)
        except E2:
            return 4
        finally:
            t(16)

assert run([3], for_return_in_try) == (('return', 9), [])
assert run([0], for_return_in_try) == (('return', None), [])
assert run([0, 2], for_return_in_try_then) == (('return', 9), [-4])
assert run([1, 2], for_return_in_try_then) == (('return', 10), [])
assert run([2, 2], for_return_in_try_then) == (('raise', 'E2'), [])
assert run([0], for_return_in_try_then) == (('return', None), [5])
assert run([2, 1], while_for_return_in_try) == (('return', 9), [])
assert run([0, 0, 1, 0, 1], while_for_return_in_try) == (('return', None), [])
assert run([1], elif_for_return_in_try) == (('return', None), [4])
assert run([1, 0], elif_for_return_in_try) == (('return', None), [3, 4])
assert run([1, 0, 0, 0], elif_for_return_in_try) == (('return', 23), [])
assert run([0, 0, 0, 0], elif_for_return_in_try) == (('return', None), [4])
assert run([0], empty_try_in_clause_finally) == (('return', None), [-18, 31])
assert run([1], empty_try_in_clause_finally) == (('return', None), [31])
assert run([2], empty_try_in_clause_finally) == (('return', None), [31])
assert run([0], empty_try_in_clause_inner_finally) == (('return', None), [39])
assert run([1, 1], empty_try_in_clause_inner_finally) == (('return', None), [2, 39])
assert run([2, 1], empty_try_in_clause_inner_finally) == (('return', None), [39, 40])
assert run([0, 1], empty_try_in_clause_inner_finally) == (('return', None), [-1, 39])
assert run([0], return_try_in_clause_finally) == (('return', None), [-18, 31])
assert run([1], return_try_in_clause_finally) == (('return', 20), [31])
assert run([2], return_try_in_clause_finally) == (('return', None), [29, 31])
assert run([1], dead_clause_in_finally) == (('return', None), [32])
assert run([0], dead_clause_in_finally) == (('return', None), [])
assert run([0], named_clause_branch_return_finally) == (('return', None), [-1, 39])
assert run([1, 2], named_clause_branch_return_finally) == (('return', None), [2, 39])
assert run([0, 2], named_clause_branch_return_finally) == (('return', 38), [39])
assert run([1], named_clause_branch_return_finally) == (('return', None), [39, 40])
assert run([0, 1, 2], continue_in_try_except_finally) == (('return', None), [1, 16, 1, -11, 16])
assert run([2, 2], continue_in_try_except_finally) == (('raise', 'E2'), [1, 16])
assert run([0, 1], break_in_try_except_finally) == (('return', None), [-5, 9, 11])
assert run([0, 1, 1], break_in_try_except_finally) == (('return', None), [9, 10, 11])
assert run([2, 1], break_in_try_except_finally) == (('raise', 'E2'), [9])
assert run([0, 1, 0, 2], else_continue_in_try_finally) == (('raise', 'IndexError'), [20, 20])
assert run([0, 0, 0, 0, 2], else_continue_in_try_finally) == (('return', None), [-13, 20, -13, 20])
assert run([2, 0, 1], else_continue_in_try_finally) == (('return', None), [20])
assert run([0, 0, 1, 2], branch_continue_in_try_except_finally) == (('return', None), [-11, 16, 4])
assert run([1, 1, 1], branch_continue_in_try_except_finally) == (('return', None), [3, 16])
assert run([0, 0, 1], continues_in_try_excepts_finally) == (('return', None), [1, -11, 2, 16])
assert run([1, 0, 1], continues_in_try_excepts_finally) == (('return', None), [1, -11, 16])
assert run([1, 1], continues_in_try_excepts_finally) == (('return', None), [1, 3, 16])
assert run([2, 1], continues_in_try_excepts_finally) == (('return', 4), [1, 16])
