






class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def clause_match_guard_case_pass_after_value(c, t, x, n, m):
    try:
        t(-x(2) if c() > 1 else c())
    except E2 as e:
        match c() % 3, c():
            case [z, False] if z:
                pass
            case _:
                pass
    t(28)


def clause_match_guard_case_pass(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        match c(), c():
            case [z, False] if z:
                pass
            case _:
                pass
    t(28)


def clause_match_two_guarded_cases(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        match c(), c():
            case [z, 0] if z:
                pass
            case [1, y] if y:
                t(4)
            case _:
                pass
    t(28)


def clause_match_value_guard_pass(c, t, x, n, m):
    try:
        x(1)
    except E2:
        while c() == 1 and c():
            break
    t(28)


def loop_clause_match_guard_break(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E2 as e:
            match c(), c():
                case [z, 0] if z:
                    break
        t(28)


def clause_match_list_guard_pass_default_return(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        match [c(), c()]:
            case [z, 0] if z:
                pass
            case _:
                return 3
    t(28)


def match_guard_pass_then_case(c, t, x, n, m):
    match c():
        case 1 if c():
            pass
        case 2:
            t(3)
    t(28)

assert run([], clause_match_guard_case_pass_after_value) in ((None, [0, 28]), FELL)
assert run([2], clause_match_guard_case_pass_after_value) in (('TypeError', [-2]), FELL)
assert run([0, 1], clause_match_guard_case_pass_after_value) in ((None, [1, 28]), FELL)
assert run([0, 2], clause_match_guard_case_pass_after_value) in ((None, [2, 28]), FELL)
assert run([2, 1], clause_match_guard_case_pass_after_value) in (('E1', [-2]), FELL)
assert run([2, 2], clause_match_guard_case_pass_after_value) in ((None, [-2, 28]), FELL)
assert run([], clause_match_guard_case_pass) in ((None, [-1, 28]), FELL)
assert run([1], clause_match_guard_case_pass) in (('E1', [-1]), FELL)
assert run([], clause_match_two_guarded_cases) in ((None, [-1, 28]), FELL)
assert run([1], clause_match_two_guarded_cases) in (('E1', [-1]), FELL)
assert run([2, 1, 1], clause_match_two_guarded_cases) in ((None, [-1, 4, 28]), FELL)
assert run([], clause_match_value_guard_pass) in ((None, [-1, 28]), FELL)
assert run([1], clause_match_value_guard_pass) in (('E1', [-1]), FELL)
assert run([], loop_clause_match_guard_break) in ((None, []), FELL)
assert run([1], loop_clause_match_guard_break) in ((None, [-1, 28]), FELL)
assert run([1, 1], loop_clause_match_guard_break) in (('E1', [-1]), FELL)
assert run([1, 0, 1], loop_clause_match_guard_break) in ((None, [-1, 28, -1, 28]), FELL)
assert run([1, 2, 1], loop_clause_match_guard_break) in ((None, [-1]), FELL)
assert run([1, 0, 1, 1], loop_clause_match_guard_break) in (('E1', [-1, 28, -1]), FELL)
assert run([], clause_match_list_guard_pass_default_return) in ((None, [-1, 28]), FELL)
assert run([1], clause_match_list_guard_pass_default_return) in (('E1', [-1]), FELL)
assert run([2], clause_match_list_guard_pass_default_return) in ((3, [-1]), FELL)
assert run([], match_guard_pass_then_case) in ((None, [28]), FELL)
assert run([2], match_guard_pass_then_case) in ((None, [3, 28]), FELL)
