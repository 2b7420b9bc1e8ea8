













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


def empty_with_in_clause_finally(c, t, x, m):
    try:
        x(2)
    except E1:
        with m(4):
            pass
    finally:
        t(12)


def branch_try_finally_else_return(c, t, x, m):
    try:
        x(2)
    except E1:
        if c():
            try:
                t(20)
            finally:
                t(22)
        else:
            return 5
    finally:
        t(36)


def match_try_finally_else_return(c, t, x, m):
    try:
        x(2)
    except E1:
        match c():
            case 1 | 2:
                try:
                    t(20)
                finally:
                    t(22)
            case _:
                return 5
    finally:
        t(36)


def with_return_in_clause_finally(c, t, x, m):
    v = 7
    try:
        x(2)
    except E1:
        with m(4):
            if c():
                return v
    finally:
        t(12)
    t(13)


def try_assert_finally_pass_in_clause(c, t, x, m):
    try:
        x(2)
    except E1:
        if c():
            try:
                assert c(), 21
            finally:
                pass
    finally:
        t(36)


def match_case_try_finally_then_default(c, t, x, m):
    match c(), c():
        case [z, False] if z:
            try:
                t(13)
            finally:
                t(23)
        case _:
            t(24)
            match c():
                case 2:
                    t(26)
                case z if z > 3:
                    return 5
                case _:
                    t(34)
    t(35)


def branch_try_except_in_clause_finally(c, t, x, m):
    try:
        x(2)
    except E1:
        if c():
            try:
                x(21)
            except E2:
                t(22)
    finally:
        t(36)


def branch_try_except_else_return_finally(c, t, x, m):
    try:
        x(2)
    except E1:
        if c():
            try:
                x(20)
            except E2:
                t(22)
        else:
            return 5
    finally:
        t(36)


def clause_branch_break_in_loop(c, t, x, m):
    while True:
        try:
            x(1)
        except E1:
            if c():
                break
            else:
                raise
        t(2)
        if not c():
            break
    t(3)
    return 4

assert run([0], empty_with_in_clause_finally) == (('return', None), [-2, 12])
assert run([1], empty_with_in_clause_finally) == (('return', None), [('enter', 4), ('exit', 4), 12])
assert run([2], empty_with_in_clause_finally) == (('raise', 'E2'), [12])
assert run([0], branch_try_finally_else_return) == (('return', None), [-2, 36])
assert run([1, 1], branch_try_finally_else_return) == (('return', None), [20, 22, 36])
assert run([0, 1], branch_try_finally_else_return) == (('return', 5), [36])
assert run([2], branch_try_finally_else_return) == (('raise', 'E2'), [36])
assert run([2, 1], match_try_finally_else_return) == (('return', None), [20, 22, 36])
assert run([3, 1], match_try_finally_else_return) == (('return', 5), [36])
assert run([0], match_try_finally_else_return) == (('return', None), [-2, 36])
assert run([0], with_return_in_clause_finally) == (('return', None), [-2, 12, 13])
assert run([1, 1], with_return_in_clause_finally) == (('return', 7), [('enter', 4), ('exit', 4), 12])
assert run([0, 1], with_return_in_clause_finally) == (('return', None), [('enter', 4), ('exit', 4), 12, 13])
assert run([1, 1, 1], try_assert_finally_pass_in_clause) == (('return', None), [36])
assert run([0, 1, 1], try_assert_finally_pass_in_clause) == (('raise', 'AssertionError'), [36])
assert run([0, 1], try_assert_finally_pass_in_clause) == (('return', None), [36])
assert run([False, 1], match_case_try_finally_then_default) == (('return', None), [13, 23, 35])
assert run([2, True, 1], match_case_try_finally_then_default) == (('return', None), [24, 26, 35])
assert run([4, False, 0], match_case_try_finally_then_default) == (('return', 5), [24])
assert run([0, False, 0], match_case_try_finally_then_default) == (('return', None), [24, 34, 35])
assert run([0, 1, 1], branch_try_except_in_clause_finally) == (('return', None), [-21, 36])
assert run([2, 1, 1], branch_try_except_in_clause_finally) == (('return', None), [22, 36])
assert run([0, 1], branch_try_except_in_clause_finally) == (('return', None), [36])
assert run([0, 1], branch_try_except_else_return_finally) == (('return', 5), [36])
assert run([2, 1, 1], branch_try_except_else_return_finally) == (('return', None), [22, 36])
assert run([1, 1], clause_branch_break_in_loop) == (('return', 4), [3])
assert run([0, 0], clause_branch_break_in_loop) == (('return', 4), [-1, 2, 3])
assert run([0, 1], clause_branch_break_in_loop) == (('raise', 'E1'), [])
