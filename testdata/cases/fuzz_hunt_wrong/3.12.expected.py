class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def clause_try_else_for_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for i in n():
                t(6)
                break
            else:
                raise E1(2)
        except E1:
            t(3)
        except E2 as e:
            t(4)
        else:
            for j in n():
                return 5


def clause_while_true_break_else_raise(c, t, x, n, m):
    try:
        x(3)
    except E1:
        while True:
            if c():
                t(4)
                break
            if c():
                t(5)
            else:
                raise E1(27)
    t(29)


def match_default_return_in_with_try(c, t, x, n, m):
    with m(1):
        try:
            x(4)
            match c() % 3, c():
                case [0, 1]:
                    pass
                case _:
                    return 18
        except E1:
            t(2)
        except E2 as e:
            t(3)


def if_match_default_return_in_try(c, t, x, n, m):
    if c() and (c() or c()):
        try:
            match c() % 3, c():
                case [1, _] | [2, 1]:
                    pass
                case _:
                    t(5)
                    return 36
        except E1:
            t(38)
    elif c() in (1, 2, 3):
        return None
    elif c():
        if c() or c():
            t(54)


def for_while_with_return(c, t, x, n, m):
    for i in n():
        while c() or c() and c():
            with m(1), m(2):
                x(3)
                return i


def try_while_break_elif(c, t, x, n, m):
    try:
        while c():
            if not (c() and c()):
                t(2)
                break
            if (q := c()) % 2 == 0:
                pass
            elif c():
                pass
            t(3)
        x(1)
    except E1:
        pass
    t(21)

assert run([], clause_try_else_for_return) in ((None, [-1]), FELL)
assert run([1, 2, 0, 0, 3, 0], clause_try_else_for_return) in ((None, [-1, 6]), FELL)
assert run([2, 0, 1, 0, 3, 2, 0], clause_try_else_for_return) in (('E2', [-1]), FELL)
assert run([1, 1, 2, 1, 3, 0, 3, 1, 3], clause_try_else_for_return) in ((5, [-1, 6]), FELL)
assert run([1, 0, 3, 0], clause_try_else_for_return) in ((None, [-1, 3]), FELL)
assert run([], clause_while_true_break_else_raise) in ((None, [-3, 29]), FELL)
assert run([2, 2, 1, 1, 1], clause_while_true_break_else_raise) in (('E2', [-3]), FELL)
assert run([1, 3, 2, 1, 1, 1, 0, 0, 0, 3], clause_while_true_break_else_raise) in ((None, [-3, 4, 29]), FELL)
assert run([1, 0, 1, 3, 0, 1, 3, 2, 1, 3], clause_while_true_break_else_raise) in ((None, [-3, 5, 4, 29]), FELL)
assert run([1], clause_while_true_break_else_raise) in (('E1', [-3]), FELL)
assert run([1, 0, 1, 0, 3, 1, 3, 1, 2], clause_while_true_break_else_raise) in ((None, [-3, 5, 5, 4, 29]), FELL)
assert run([1, 0, 3, 0], clause_while_true_break_else_raise) in (('E1', [-3, 5]), FELL)
assert run([1, 0, 2, 0, 2, 0, 0, 3], clause_while_true_break_else_raise) in (('E1', [-3, 5, 5]), FELL)
assert run([1, 0, 3, 0, 2, 0, 1, 3, 1], clause_while_true_break_else_raise) in ((None, [-3, 5, 5, 5, 4, 29]), FELL)
assert run([1, 0, 1, 0, 1, 0, 1, 0, 3], clause_while_true_break_else_raise) in (('E1', [-3, 5, 5, 5, 5]), FELL)
assert run([], match_default_return_in_with_try) in ((18, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, 2, ('exit', 1, False)]), FELL)
assert run([2, 1, 1, 3, 2], match_default_return_in_with_try) in ((None, [('enter', 1), -4, 3, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 1, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 0, 1, 4, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([2, 2, 0], if_match_default_return_in_try) in ((36, [5]), FELL)
assert run([0, 0, 1, 1, 0, 1, 3, 1, 3], if_match_default_return_in_try) in ((None, [54]), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 1, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 1, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([], for_while_with_return) in ((None, []), FELL)
assert run([2, 3, 2, 1, 3, 0], for_while_with_return) in ((0, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 3, 1, 3, 1, 2, 1, 1, 3], for_while_with_return) in ((0, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 3, 1, 1, 3], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 2, 2, 2, 1], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([1, 1, 2], for_while_with_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2, 1, 3, 3, 3, 3], for_while_with_return) in ((0, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2, 1, 0, 3, 0, 1, 2, 1], for_while_with_return) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3, 1, 1, 2], for_while_with_return) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1, 2, 1, 2, 1, 0, 1], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([1, 2, 2, 3], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 1, 2, 3, 1, 1, 2, 2, 2], for_while_with_return) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], try_while_break_elif) in ((None, [-1, 21]), FELL)
assert run([3, 3, 2, 0, 1, 0], try_while_break_elif) in ((None, [3, 2, -1, 21]), FELL)
assert run([3, 1, 1, 1, 0, 0, 2], try_while_break_elif) in (('E2', [3, -1]), FELL)
assert run([1, 1, 0], try_while_break_elif) in ((None, [2, -1, 21]), FELL)
assert run([3, 2, 1, 0, 0, 1], try_while_break_elif) in ((None, [3, -1, 21]), FELL)
assert run([1, 3, 0, 2, 1, 1, 1, 1, 3], try_while_break_elif) in (('E2', [2, -1]), FELL)
assert run([0, 2, 0, 1, 2, 2], try_while_break_elif) in (('E2', [-1]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 2], try_while_break_elif) in ((None, [3, 3, -1, 21]), FELL)
assert run([2, 1, 1, 0, 1, 2, 2, 0, 0, 2], try_while_break_elif) in (('E2', [3, 3, -1]), FELL)
assert run([1, 1, 1, 1, 1, 2, 1, 0, 2], try_while_break_elif) in (('E2', [3, 2, -1]), FELL)
assert run([2, 3, 1, 0, 1, 2, 3, 2, 1], try_while_break_elif) in ((None, [3, 3, 2, -1, 21]), FELL)
