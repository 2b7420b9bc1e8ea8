import sys

class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return next(it, 0)
    def t(k):
        seen.append(k)
    def x(k):
        seen.append(-k)
        a = next(it, 0)
        if a == 1:
            raise E1(k)
        if a == 2:
            raise E2(k)
    def n():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return range(next(it, 0))
    class m:
        def __init__(self, k):
            self.k = k
        def __enter__(self):
            seen.append(('enter', self.k))
            return self.k
        def __exit__(self, typ, value, tb):
            suppress = typ is not None and next(it, 0) % 2 == 1
            seen.append(('exit', self.k, suppress))
            return suppress
    try:
        result = f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def for_if_while_true_break_elif_try_break(c, t, x, n, m):
    for i in n():
        if c() and c():
            while True:
                if c():
                    break
        elif c():
            try:
                t(4)
                break
            except E1:
                pass
            t(8)
        elif c():
            pass


def elif_try_finally_raise_caught(c, t, x, n, m):
    if c():
        try:
            try:
                raise E1(27)
            finally:
                pass
        except E1:
            pass
    elif c():
        t(39)
    t(51)


def elif_while_clause_break_else(c, t, x, n, m):
    if c():
        pass
    elif c():
        while not c():
            try:
                x(11)
            except E1:
                pass
            except E2:
                break
        else:
            if c():
                return 19
    elif c():
        pass
    t(21)


def while_else_clause_break_through_finally_if(c, t, x, n, m):
    while c():
        try:
            x(8)
        except E2:
            break
        finally:
            if c():
                t(5)
    else:
        x(26)
    raise E1(27)


def while_true_try_while_true_break_clause_break(c, t, x, n, m):
    while True:
        try:
            while True:
                if not c():
                    break
                x(3)
        except E1:
            break
    t(7)


def except_while_true_for_else_break(c, t, x, n, m):
    try:
        x(1)
    except E2:
        while True:
            for j in n():
                break
            else:
                break
        t(5)


def with_two_managers_returning_then_code(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(4)
            return 8
        finally:
            t(11)
    while c() and c():
        t(13)
    return 15


def try_finally_copy_inside_outer_try(c, t, x, n, m):
    try:
        try:
            t(11)
        except E1:
            for i in n():
                return 14
        finally:
            if not c():
                t(17)
    except E1:
        return None


def while_true_if_break_try_while_true_break_clause_break(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while True:
                if not c():
                    break
                x(3)
        except E1:
            break
    t(7)

assert run([3, 1, 2, 1, 1, 1, 3, 2, 0, 3, 3, 3, 3], for_if_while_true_break_elif_try_break) in ((None, [4]), FELL)
assert run([3, 3, 1, 2, 1, 2, 0, 3, 0], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([2, 2, 2, 0, 2, 3, 2], for_if_while_true_break_elif_try_break) in (('Budget', []), FELL)
assert run([2, 3, 1, 0, 1, 2, 0, 2, 1], for_if_while_true_break_elif_try_break) in ((None, [4]), FELL)
assert run([3, 3, 2, 3, 3, 0, 2], for_if_while_true_break_elif_try_break) in ((None, [4]), FELL)
assert run([1, 2, 3, 3, 2, 1, 2, 3, 2, 0, 0, 3], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([1, 2, 3, 1, 3, 2, 2, 0], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([2, 2, 0], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([3, 2, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 1, 3, 3, 1, 0, 0, 1, 3, 0, 3], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([3, 3, 3, 1, 2, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 2, 0, 3, 2, 2, 0, 2, 2, 2, 3], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 1, 1, 2, 2], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 2, 1, 1, 0, 3, 1, 0, 3, 2, 1], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([2, 2, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 1, 3, 2, 2, 3, 2, 0, 2, 3, 1, 1, 2], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([3, 1, 1, 2, 1, 3, 3, 3, 1, 3, 2, 1, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([2, 1, 3, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([0, 2, 3, 3], elif_try_finally_raise_caught) in ((None, [39, 51]), FELL)
assert run([0, 3, 0, 2, 2, 1, 0, 0, 2, 3, 3, 0, 3], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 3, 0, 2, 1], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 2, 0, 2, 1, 0, 2, 1, 0, 2, 2], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 2, 1, 1, 1], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 2, 0, 2, 2, 3, 3, 2], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 1, 3, 1, 1, 1], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 2, 1, 1, 2, 0, 1, 1, 1, 3], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 3, 0, 2, 2, 1, 1, 2, 3, 2], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 3, 2, 3, 2, 3, 3, 3, 0, 0], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([3, 2, 3, 1, 1, 1, 2], elif_while_clause_break_else) in ((None, [21]), FELL)
assert run([3, 0, 0, 3, 2], elif_while_clause_break_else) in ((None, [21]), FELL)
assert run([3, 0, 2, 1, 2, 2, 0, 1], elif_while_clause_break_else) in ((None, [21]), FELL)
assert run([3, 0, 2, 3, 2, 3, 2, 1, 3], while_else_clause_break_through_finally_if) in (('E1', [-8, 5, -8, 5]), FELL)
assert run([3, 2], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([2, 2, 0, 0, 2, 2], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([3, 2, 2], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([3, 2, 2, 0, 0, 0, 2, 1, 2, 0, 1], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([1, 0, 2, 2, 2, 0, 0, 0, 0], while_else_clause_break_through_finally_if) in (('E1', [-8, 5, -8]), FELL)
assert run([3, 2, 1, 3, 0, 2, 2, 0, 2], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([1, 2, 0, 0, 3], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([3, 2, 0], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([1, 2, 1, 2, 2, 2, 2, 0], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([3], while_else_clause_break_through_finally_if) in (('E1', [-8, -26]), FELL)
assert run([2, 0, 2, 3], while_else_clause_break_through_finally_if) in (('E1', [-8, 5, -8, -26]), FELL)
assert run([1, 3, 0, 2, 1, 3, 3, 2, 2, 2, 2, 3], while_true_try_while_true_break_clause_break) in ((None, [-3, -3, 7]), FELL)
assert run([2, 3, 2, 0, 2], while_true_try_while_true_break_clause_break) in (('Budget', [-3, -3, -3]), FELL)
assert run([2, 0, 0], while_true_try_while_true_break_clause_break) in (('Budget', [-3]), FELL)
assert run([0, 3, 1, 2], while_true_try_while_true_break_clause_break) in ((None, [-3, 7]), FELL)
assert run([1, 3, 0, 0, 3, 2, 3, 1], while_true_try_while_true_break_clause_break) in (('E2', [-3, -3]), FELL)
assert run([2, 1, 1, 2, 1, 3, 2, 3, 1], while_true_try_while_true_break_clause_break) in ((None, [-3, 7]), FELL)
assert run([2, 2, 3, 2, 3, 1, 2, 1, 2, 2, 0], except_while_true_for_else_break) in ((None, [-1, 5]), FELL)
assert run([2, 2, 0, 0, 3, 0, 1], except_while_true_for_else_break) in ((None, [-1, 5]), FELL)
assert run([2, 1, 3, 0, 0, 2], except_while_true_for_else_break) in ((None, [-1, 5]), FELL)
assert run([0, 0, 2, 0, 1, 0, 2, 3], except_while_true_for_else_break) in ((None, [-1]), FELL)
assert run([1, 0, 0, 2, 1, 0, 0], except_while_true_for_else_break) in (('E1', [-1]), FELL)
assert run([1, 3, 2], except_while_true_for_else_break) in (('E1', [-1]), FELL)
assert run([2, 3, 0, 0, 1, 2, 0], with_two_managers_returning_then_code) in ((15, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 1, 3, 1, 3], with_two_managers_returning_then_code) in ((15, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, True), ('exit', 1, False), 13]), FELL)
assert run([2, 2, 1, 2, 2, 0, 2, 1, 3, 1, 0, 3, 3], with_two_managers_returning_then_code) in ((15, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, True), 13]), FELL)
assert run([1, 2], with_two_managers_returning_then_code) in (('E1', [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 0, 2, 2, 0, 1, 0], with_two_managers_returning_then_code) in (('E2', [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3], with_two_managers_returning_then_code) in ((8, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], try_finally_copy_inside_outer_try) in ((None, [11, 17]), FELL)
assert run([2, 0, 2, 3, 1, 2, 1, 2, 0], try_finally_copy_inside_outer_try) in ((None, [11]), FELL)
assert run([0], try_finally_copy_inside_outer_try) in ((None, [11, 17]), FELL)
assert run([1, 1, 3], try_finally_copy_inside_outer_try) in ((None, [11]), FELL)
assert run([0, 0, 0], try_finally_copy_inside_outer_try) in ((None, [11, 17]), FELL)
assert run([3, 0, 1, 1, 1], try_finally_copy_inside_outer_try) in ((None, [11]), FELL)
assert run([], while_true_if_break_try_while_true_break_clause_break) in (('Budget', []), FELL)
assert run([0, 2, 0], while_true_if_break_try_while_true_break_clause_break) in (('Budget', [-3]), FELL)
assert run([0, 1], while_true_if_break_try_while_true_break_clause_break) in (('Budget', [-3]), FELL)
assert run([2, 0, 1, 0, 1, 2], while_true_if_break_try_while_true_break_clause_break) in ((None, [7]), FELL)
assert run([1, 1, 1], while_true_if_break_try_while_true_break_clause_break) in ((None, [7]), FELL)
assert run([1, 2, 0, 0, 2, 1, 3, 2, 3], while_true_if_break_try_while_true_break_clause_break) in ((None, [7]), FELL)
