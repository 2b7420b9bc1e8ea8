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


def or_case_last_statement(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)


def or_case_returning(c, t, x, n, m):
    match c():
        case 1 | 2:
            return t(4)


def or_case_of_sequences(c, t, x, n, m):
    match c():
        case [1, 2] | [3, 4]:
            t(4)


def or_case_after_value_case(c, t, x, n, m):
    match c():
        case 3:
            t(3)
        case 1 | 2:
            t(4)


def or_case_capture_then_return(c, t, x, n, m):
    match c():
        case (1 | 2) as q:
            t(q)
    return 5


def or_case_in_then_branch(c, t, x, n, m):
    if c():
        match c():
            case 1 | 2:
                t(4)


def or_case_body_if(c, t, x, n, m):
    match c():
        case 1 | 2:
            if c():
                t(4)
                return


def or_case_in_for(c, t, x, n, m):
    for i in n():
        match c():
            case 1 | 2:
                t(4)


def or_case_default_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            return None
        case _:
            return 5


def or_case_default_return_in_while(c, t, x, n, m):
    while c():
        match c():
            case 1 | 2:
                t(4)
            case _:
                return 5


def or_case_then_return_in_while(c, t, x, n, m):
    if c():
        match c():
            case 1 | 2:
                t(4)
        return 5


def or_case_default_call(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            return
        case _:
            t(5)
            return


def or_case_default_break(c, t, x, n, m):
    while c():
        match c():
            case 1 | 2:
                t(4)
            case _:
                return


def or_cases_both_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            return 4
        case _:
            return 5


def while_true_or_case_try_default_return(c, t, x, n, m):
    while True:
        match c():
            case 1 | 2:
                try:
                    x(3)
                    return 4
                except E1:
                    t(5)
            case _:
                return 6


def while_true_or_case_try(c, t, x, n, m):
    while True:
        match c():
            case 1 | 2:
                try:
                    x(3)
                    return 4
                except E1:
                    t(5)


def while_true_or_case_try_then_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            try:
                x(3)
                return 4
            except E1:
                t(5)
    return 7


def or_case_guarded(c, t, x, n, m):
    match c():
        case 1 | 2:
            if c():
                t(4)
                return


def or_case_in_for_then_return(c, t, x, n, m):
    for i in n():
        match c():
            case 1 | 2:
                t(4)
        return 5


def or_case_then_raise(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
    raise E1


def or_case_capturing_alternatives(c, t, x, n, m):
    match c():
        case [a] | [a, 3]:
            t(a)


def or_case_default_raise(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            return
        case _:
            raise E1


def or_case_body_returning_if(c, t, x, n, m):
    match c():
        case 1 | 2:
            if c():
                return 4
            t(4)
    return 6


def or_case_returning_then_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            return 4
    return 6


def two_or_cases(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
        case 3 | 4:
            t(5)


def try_or_case_nested_match_default_return(c, t, x, n, m):
    try:
        match c(), c():
            case [1, _] | [2, True]:
                match {'k': c()}:
                    case {'k': 0}:
                        t(4)
            case _:
                return 46
    except E1:
        pass
    return 47


def value_case_then_or_case_default_return_then_call(c, t, x, n, m):
    match c(), c():
        case [0, True]:
            pass
        case [1, _] | [2, True]:
            pass
        case _:
            return 28
    t(29)


def or_case_default_return_then_call(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
        case _:
            return 5
    t(6)


def value_case_then_or_case_then_call(c, t, x, n, m):
    match c():
        case 0:
            t(3)
        case 1 | 2:
            t(4)
    t(6)

assert run([], or_case_last_statement) in ((None, []), FELL)
assert run([1], or_case_last_statement) in ((None, [4]), FELL)
assert run([], or_case_returning) in ((None, []), FELL)
assert run([1], or_case_returning) in ((None, [4]), FELL)
assert run([], or_case_of_sequences) in ((None, []), FELL)
assert run([], or_case_after_value_case) in ((None, []), FELL)
assert run([1], or_case_after_value_case) in ((None, [4]), FELL)
assert run([], or_case_capture_then_return) in ((5, []), FELL)
assert run([1], or_case_capture_then_return) in ((5, [1]), FELL)
assert run([2], or_case_capture_then_return) in ((5, [2]), FELL)
assert run([], or_case_in_then_branch) in ((None, []), FELL)
assert run([1, 1], or_case_in_then_branch) in ((None, [4]), FELL)
assert run([], or_case_body_if) in ((None, []), FELL)
assert run([1, 1], or_case_body_if) in ((None, [4]), FELL)
assert run([], or_case_in_for) in ((None, []), FELL)
assert run([1, 1], or_case_in_for) in ((None, [4]), FELL)
assert run([2, 1, 1], or_case_in_for) in ((None, [4, 4]), FELL)
assert run([], or_case_default_return) in ((5, []), FELL)
assert run([1], or_case_default_return) in ((None, [4]), FELL)
assert run([], or_case_default_return_in_while) in ((None, []), FELL)
assert run([1], or_case_default_return_in_while) in ((5, []), FELL)
assert run([1, 1], or_case_default_return_in_while) in ((None, [4]), FELL)
assert run([1, 1, 1], or_case_default_return_in_while) in ((5, [4]), FELL)
assert run([1, 1, 1, 1], or_case_default_return_in_while) in ((None, [4, 4]), FELL)
assert run([1, 1, 1, 1, 1], or_case_default_return_in_while) in ((5, [4, 4]), FELL)
assert run([], or_case_then_return_in_while) in ((None, []), FELL)
assert run([1], or_case_then_return_in_while) in ((5, []), FELL)
assert run([1, 1], or_case_then_return_in_while) in ((5, [4]), FELL)
assert run([], or_case_default_call) in ((None, [5]), FELL)
assert run([1], or_case_default_call) in ((None, [4]), FELL)
assert run([], or_case_default_break) in ((None, []), FELL)
assert run([1, 1], or_case_default_break) in ((None, [4]), FELL)
assert run([1, 1, 1, 1], or_case_default_break) in ((None, [4, 4]), FELL)
assert run([1, 1, 1, 1, 1, 1], or_case_default_break) in ((None, [4, 4, 4]), FELL)
assert run([], or_cases_both_return) in ((5, []), FELL)
assert run([1], or_cases_both_return) in ((4, []), FELL)
assert run([], while_true_or_case_try_default_return) in ((6, []), FELL)
assert run([1], while_true_or_case_try_default_return) in ((4, [-3]), FELL)
assert run([1, 1], while_true_or_case_try_default_return) in ((6, [-3, 5]), FELL)
assert run([1, 2], while_true_or_case_try_default_return) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_or_case_try_default_return) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_or_case_try_default_return) in ((6, [-3, 5, -3, 5]), FELL)
assert run([], while_true_or_case_try) in (('Budget', []), FELL)
assert run([1], while_true_or_case_try) in ((4, [-3]), FELL)
assert run([1, 1], while_true_or_case_try) in (('Budget', [-3, 5]), FELL)
assert run([1, 2], while_true_or_case_try) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_or_case_try) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_or_case_try) in (('Budget', [-3, 5, -3, 5]), FELL)
assert run([], while_true_or_case_try_then_return) in ((7, []), FELL)
assert run([1], while_true_or_case_try_then_return) in ((4, [-3]), FELL)
assert run([1, 1], while_true_or_case_try_then_return) in ((7, [-3, 5]), FELL)
assert run([1, 2], while_true_or_case_try_then_return) in (('E2', [-3]), FELL)
assert run([], or_case_guarded) in ((None, []), FELL)
assert run([1, 1], or_case_guarded) in ((None, [4]), FELL)
assert run([], or_case_in_for_then_return) in ((None, []), FELL)
assert run([1], or_case_in_for_then_return) in ((5, []), FELL)
assert run([1, 1], or_case_in_for_then_return) in ((5, [4]), FELL)
assert run([], or_case_then_raise) in (('E1', []), FELL)
assert run([1], or_case_then_raise) in (('E1', [4]), FELL)
assert run([], or_case_capturing_alternatives) in ((None, []), FELL)
assert run([], or_case_default_raise) in (('E1', []), FELL)
assert run([1], or_case_default_raise) in ((None, [4]), FELL)
assert run([], or_case_body_returning_if) in ((6, []), FELL)
assert run([1], or_case_body_returning_if) in ((6, [4]), FELL)
assert run([1, 1], or_case_body_returning_if) in ((4, []), FELL)
assert run([], or_case_returning_then_return) in ((6, []), FELL)
assert run([1], or_case_returning_then_return) in ((4, []), FELL)
assert run([], two_or_cases) in ((None, []), FELL)
assert run([1], two_or_cases) in ((None, [4]), FELL)
assert run([], try_or_case_nested_match_default_return) in ((46, []), FELL)
assert run([1], try_or_case_nested_match_default_return) in ((47, [4]), FELL)
assert run([1, 0, 1], try_or_case_nested_match_default_return) in ((47, []), FELL)
assert run([], value_case_then_or_case_default_return_then_call) in ((28, []), FELL)
assert run([1], value_case_then_or_case_default_return_then_call) in ((None, [29]), FELL)
assert run([], or_case_default_return_then_call) in ((5, []), FELL)
assert run([1], or_case_default_return_then_call) in ((None, [4, 6]), FELL)
assert run([], value_case_then_or_case_then_call) in ((None, [3, 6]), FELL)
assert run([1], value_case_then_or_case_then_call) in ((None, [4, 6]), FELL)
