class E1(Exception):
    pass


class E2(Exception):
    pass


class Manager:
    def __init__(self, seen, n):
        self.seen = seen
        self.n = n
    def __enter__(self):
        self.seen.append(('enter', self.n))
    def __exit__(self, *exc):
        self.seen.append(('exit', self.n))
        return False


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
    def m(n):
        return Manager(seen, n)
    try:
        outcome = ('return', f(c, t, x, m))
    except (E1, E2, IndexError, AssertionError) as e:
        outcome = ('raise', type(e).__name__)
    return outcome, seen


def match_rest_then_loop(c, t, x, m):
    match {'k': c()}:
        case {'k': 1}:
            return 1
        case {**rest}:
            t(2)
    while True:
        t(c())


def match_lone_rest_then_loop(c, t, x, m):
    match {'k': c()}:
        case {**rest}:
            pass
    while True:
        t(c())


def nested_while_true_clause_continue(c, t, x, m):
    while c():
        while True:
            if not c():
                break
            try:
                x(3)
            except E2:
                continue


def nested_while_true_return_clause_continue(c, t, x, m):
    v = 5
    while c():
        while True:
            if not c():
                break
            try:
                return v
            except E1:
                pass
            except E2 as e:
                continue
            continue


def nested_while_true_continue(c, t, x, m):
    while c():
        while True:
            if not c():
                break
            if c():
                continue
            t(7)


def nested_withs_in_clause(c, t, x, m):
    try:
        x(20)
    except E1:
        with m(22), m(23):
            x(1)
    t(2)


def nested_withs_then_code_in_clause(c, t, x, m):
    try:
        x(20)
    except E1:
        with m(22):
            with m(23):
                x(1)
            t(2)


def nested_withs_in_clause_finally(c, t, x, m):
    try:
        x(20)
    except E1:
        with m(22), m(23):
            pass
    finally:
        t(5)

assert run([0, 2, 0], match_rest_then_loop) == (('raise', 'IndexError'), [2, 2, 0])
assert run([3, 3, 3, 1, 0, 3, 0, 3], match_rest_then_loop) == (('raise', 'IndexError'), [2, 0, 3, 0, 1, 3, 3, 3])
assert run([0, 3, 2, 1, 0, 2, 0], match_rest_then_loop) == (('raise', 'IndexError'), [2, 2, 0, 1, 2, 3, 0])
assert run([0], match_rest_then_loop) == (('raise', 'IndexError'), [2])
assert run([3, 0, 1, 3], match_rest_then_loop) == (('raise', 'IndexError'), [2, 1, 0, 3])
assert run([0, 2, 0], match_lone_rest_then_loop) == (('raise', 'IndexError'), [2, 0])
assert run([3, 3, 3, 1, 0, 3, 0, 3], match_lone_rest_then_loop) == (('raise', 'IndexError'), [0, 3, 0, 1, 3, 3, 3])
assert run([0, 3, 2, 1, 0, 2, 0], match_lone_rest_then_loop) == (('raise', 'IndexError'), [2, 0, 1, 2, 3, 0])
assert run([0], match_lone_rest_then_loop) == (('raise', 'IndexError'), [])
assert run([3, 0, 1, 3], match_lone_rest_then_loop) == (('raise', 'IndexError'), [1, 0, 3])
assert run([0, 2, 0], nested_while_true_clause_continue) == (('return', None), [])
assert run([3, 3, 3, 1, 0, 3, 0, 3], nested_while_true_clause_continue) == (('raise', 'IndexError'), [-3])
assert run([3], nested_while_true_clause_continue) == (('raise', 'IndexError'), [])
assert run([1, 2, 1, 1, 3, 2, 0, 3], nested_while_true_clause_continue) == (('raise', 'E1'), [])
assert run([2, 3, 1, 2, 0, 2, 1], nested_while_true_clause_continue) == (('raise', 'E1'), [-3])
assert run([0, 2, 0], nested_while_true_return_clause_continue) == (('return', None), [])
assert run([3, 3, 3, 1, 0, 3, 0, 3], nested_while_true_return_clause_continue) == (('return', 5), [])
assert run([3], nested_while_true_return_clause_continue) == (('raise', 'IndexError'), [])
assert run([0, 2, 0], nested_while_true_continue) == (('return', None), [])
assert run([3, 3, 3, 1, 0, 3, 0, 3], nested_while_true_continue) == (('raise', 'IndexError'), [])
assert run([3, 0, 1, 3], nested_while_true_continue) == (('raise', 'IndexError'), [7])
assert run([0, 1, 0, 3, 1, 0, 1], nested_while_true_continue) == (('raise', 'IndexError'), [7, 7])
assert run([1, 0, 2, 0, 3, 0, 3, 1], nested_while_true_continue) == (('raise', 'IndexError'), [7, 7, 7])
assert run([0, 2, 0], nested_withs_in_clause) == (('return', None), [-20, 2])
assert run([1, 2], nested_withs_in_clause) == (('raise', 'E2'), [])
assert run([0, 1], nested_withs_in_clause) == (('return', None), [('enter', 22), ('enter', 23), -1, ('exit', 23), ('exit', 22), 2])
assert run([2, 1], nested_withs_in_clause) == (('raise', 'E2'), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22)])
assert run([0], nested_withs_in_clause) == (('return', None), [-20, 2])
assert run([0, 2, 0], nested_withs_then_code_in_clause) == (('return', None), [-20])
assert run([1, 2], nested_withs_then_code_in_clause) == (('raise', 'E2'), [])
assert run([0, 1], nested_withs_then_code_in_clause) == (('return', None), [('enter', 22), ('enter', 23), -1, ('exit', 23), 2, ('exit', 22)])
assert run([2, 1], nested_withs_then_code_in_clause) == (('raise', 'E2'), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22)])
assert run([0], nested_withs_then_code_in_clause) == (('return', None), [-20])
assert run([0, 2, 0], nested_withs_in_clause_finally) == (('return', None), [-20, 5])
assert run([1, 2], nested_withs_in_clause_finally) == (('raise', 'E2'), [5])
assert run([0, 1], nested_withs_in_clause_finally) == (('return', None), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22), 5])
assert run([2, 1], nested_withs_in_clause_finally) == (('return', None), [('enter', 22), ('enter', 23), ('exit', 23), ('exit', 22), 5])
assert run([0], nested_withs_in_clause_finally) == (('return', None), [-20, 5])

def while_with_return_in_clause(c, t, x, m):
    try:
        x(1)
    except E1:
        while c() or c():
            with m(19):
                t(20)
                x(21)
                return 22


def for_break_ending_named_clause(c, t, x, m):
    try:
        x(2)
    except E1:
        pass
    except E2 as e:
        for i in range(c()):
            break
    t(45)


def if_else_try_finally_return_in_try(c, t, x, m):
    try:
        if c():
            try:
                t(2)
            except E1:
                pass
        else:
            try:
                t(5)
                return 6
            finally:
                t(7)
        t(15)
    except E1:
        pass
    t(44)

assert run([0, 2, 0], while_with_return_in_clause) == (('return', None), [-1])
assert run([1, 2], while_with_return_in_clause) == (('raise', 'E2'), [])
assert run([0, 1], while_with_return_in_clause) == (('raise', 'IndexError'), [])
assert run([2, 1], while_with_return_in_clause) == (('raise', 'IndexError'), [('enter', 19), 20, ('exit', 19)])
assert run([0], while_with_return_in_clause) == (('return', None), [-1])
assert run([1, 1, 3, 1], while_with_return_in_clause) == (('raise', 'E1'), [('enter', 19), 20, ('exit', 19)])
assert run([0, 0, 1, 1], while_with_return_in_clause) == (('return', 22), [('enter', 19), 20, -21, ('exit', 19)])
assert run([0, 2, 0], for_break_ending_named_clause) == (('return', None), [-2, 45])
assert run([1, 2], for_break_ending_named_clause) == (('return', None), [45])
assert run([0, 1], for_break_ending_named_clause) == (('return', None), [45])
assert run([2, 1], for_break_ending_named_clause) == (('return', None), [45])
assert run([0], for_break_ending_named_clause) == (('return', None), [-2, 45])
assert run([1, 1, 3, 1], for_break_ending_named_clause) == (('return', None), [45])
assert run([0, 0, 1, 1], for_break_ending_named_clause) == (('return', None), [45])
assert run([0, 2, 0], if_else_try_finally_return_in_try) == (('return', 6), [5, 7])
assert run([1, 2], if_else_try_finally_return_in_try) == (('return', None), [2, 15, 44])
assert run([0, 1], if_else_try_finally_return_in_try) == (('return', None), [2, 15, 44])
assert run([2, 1], if_else_try_finally_return_in_try) == (('return', None), [2, 15, 44])
assert run([0], if_else_try_finally_return_in_try) == (('return', 6), [5, 7])
assert run([1, 1, 3, 1], if_else_try_finally_return_in_try) == (('return', None), [2, 15, 44])
assert run([0, 0, 1, 1], if_else_try_finally_return_in_try) == (('return', None), [2, 15, 44])
