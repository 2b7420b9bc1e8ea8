




















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


def clause_try_else_return(c, t, x, n, m):
    try:
        x(9)
    except E1:
        try:
            if not c():
                pass
            else:
                t(20)
                return 21
        except E1:
            pass
    t(24)


def clause_while_true_return(c, t, x, n, m):
    try:
        x(7)
    except E2 as e:
        while True:
            if c():
                break
            elif c():
                continue
            else:
                return 42
    t(43)


def clause_while_true_code_return(c, t, x, n, m):
    try:
        x(7)
    except E2 as e:
        t(1)
        while True:
            if c():
                break
            elif c() or c():
                t(2)
            else:
                x(41)
                return 42
    t(43)


def clause_while_true_raise(c, t, x, n, m):
    try:
        x(7)
    except E2:
        while True:
            if c():
                break
            elif c():
                t(5)
            else:
                raise E1
    t(43)


def for_clause_while_true_return(c, t, x, n, m):
    for j in n():
        try:
            x(7)
        except E2:
            while True:
                if c():
                    break
                elif not c():
                    return 42
        t(43)


def with_try_with_return_else_with(c, t, x, n, m):
    v = 1
    with m(1), m(2):
        try:
            with m(4):
                x(5)
                return v
        except E1:
            pass
        else:
            with m(29) as w:
                x(30)
                return 32


def with_try_with_return_else_return(c, t, x, n, m):
    with m(1):
        try:
            with m(4):
                x(5)
                return 3
        except E1:
            pass
        else:
            return 32


def with_try_with_return_else_code(c, t, x, n, m):
    with m(1):
        try:
            with m(4):
                x(5)
                return 3
        except E1:
            pass
        else:
            t(32)
    t(33)


def match_while_while_or_and(c, t, x, n, m):
    if c() == 0:
        t(1)
    else:
        while c() in (1, 2, 3):
            while c() or c() and c():
                t(6)
    t(12)


def while_while_or_and_pass(c, t, x, n, m):
    while c():
        while c() or c() and c():
            pass
        t(7)
    t(12)

assert run([1, 0, 2, 1, 0, 1], clause_try_else_return) in ((None, [-9, 24]), FELL)
assert run([1, 3, 0, 0, 0], clause_try_else_return) in ((21, [-9, 20]), FELL)
assert run([0, 1, 0, 0, 3], clause_try_else_return) in ((None, [-9, 24]), FELL)
assert run([2, 3, 2, 3, 2, 0, 0, 3, 1], clause_try_else_return) in (('E2', [-9]), FELL)
assert run([2, 2, 1, 2, 3, 3, 3], clause_while_true_return) in ((None, [-7, 43]), FELL)
assert run([0, 3, 3, 2, 3, 2, 1, 1, 3], clause_while_true_return) in ((None, [-7, 43]), FELL)
assert run([2, 0, 0, 0, 0, 3, 2, 0, 1], clause_while_true_return) in ((42, [-7]), FELL)
assert run([1, 1, 0], clause_while_true_return) in (('E1', [-7]), FELL)
assert run([2, 2, 0, 2, 0], clause_while_true_code_return) in ((None, [-7, 1, 43]), FELL)
assert run([2, 0, 0, 2, 3, 3, 3, 2], clause_while_true_code_return) in ((None, [-7, 1, 2, 43]), FELL)
assert run([2, 0, 0, 3, 0, 3, 1, 0, 0, 0, 2, 1], clause_while_true_code_return) in ((None, [-7, 1, 2, 2, 43]), FELL)
assert run([], clause_while_true_code_return) in ((None, [-7, 43]), FELL)
assert run([1, 2, 0, 3, 2, 2, 2], clause_while_true_code_return) in (('E1', [-7]), FELL)
assert run([2], clause_while_true_code_return) in ((42, [-7, 1, -41]), FELL)
assert run([2, 0, 1, 0], clause_while_true_code_return) in ((42, [-7, 1, 2, -41]), FELL)
assert run([2, 0, 3, 0, 2], clause_while_true_code_return) in ((42, [-7, 1, 2, 2, -41]), FELL)
assert run([0, 2, 2, 3, 3, 1, 1, 0, 0, 3, 3, 3], clause_while_true_raise) in ((None, [-7, 43]), FELL)
assert run([1, 2, 2, 0], clause_while_true_raise) in (('E1', [-7]), FELL)
assert run([2, 0, 1, 1, 2, 1, 0, 1, 1, 3], clause_while_true_raise) in ((None, [-7, 5, 43]), FELL)
assert run([2, 0, 1, 0, 3, 2, 3, 3], clause_while_true_raise) in ((None, [-7, 5, 5, 43]), FELL)
assert run([2, 0, 1], clause_while_true_raise) in (('E1', [-7, 5]), FELL)
assert run([2, 0, 1, 0, 3, 0, 0, 3, 0, 1, 3], clause_while_true_raise) in (('E1', [-7, 5, 5]), FELL)
assert run([1, 2, 1, 3, 1, 2, 0, 0, 0, 2, 1, 3], for_clause_while_true_return) in ((None, [-7, 43]), FELL)
assert run([3, 3, 2, 3], for_clause_while_true_return) in ((None, [-7, 43, -7, 43, -7, 43]), FELL)
assert run([2, 2, 3, 1, 2, 0, 0, 0, 1, 1], for_clause_while_true_return) in (('E1', [-7, 43, -7]), FELL)
assert run([1, 1, 0, 0, 2], for_clause_while_true_return) in (('E1', [-7]), FELL)
assert run([0, 2, 2, 1, 1, 0, 1], for_clause_while_true_return) in ((None, []), FELL)
assert run([1, 2, 0, 3, 0, 0, 2, 0, 1, 2, 0], for_clause_while_true_return) in ((42, [-7]), FELL)
assert run([3, 3, 0, 1, 3], for_clause_while_true_return) in (('E1', [-7, 43, -7, 43, -7]), FELL)
assert run([2, 3, 3, 0, 1, 1], for_clause_while_true_return) in ((None, [-7, 43, -7, 43]), FELL)
assert run([2, 1, 2, 1, 0, 3, 2, 1, 0, 0, 0, 0], with_try_with_return_else_with) in ((None, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, True), ('enter', 29), -30, ('exit', 29, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 3, 2, 0, 1, 1, 1, 2, 3, 0], with_try_with_return_else_with) in ((None, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, True), ('enter', 29), -30, ('exit', 29, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 3, 3, 3, 1, 1, 2], with_try_with_return_else_with) in ((32, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, True), ('enter', 29), -30, ('exit', 29, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2, 2], with_try_with_return_else_with) in (('E2', [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 3, 0, 0, 2], with_try_with_return_else_with) in ((1, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_try_with_return_else_with) in ((None, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 3, 1, 2, 0, 1, 2, 0, 2, 0, 3], with_try_with_return_else_with) in ((None, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, True), ('enter', 29), -30, ('exit', 29, False), ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([2, 0, 1, 2, 0, 3, 2, 0], with_try_with_return_else_with) in ((None, [('enter', 1), ('enter', 2), ('enter', 4), -5, ('exit', 4, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1, 2, 1, 2, 2], with_try_with_return_else_return) in ((3, [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([2, 1, 3, 3, 0, 1, 3], with_try_with_return_else_return) in ((32, [('enter', 1), ('enter', 4), -5, ('exit', 4, True), ('exit', 1, False)]), FELL)
assert run([2, 2, 2, 2, 2, 2, 2, 1, 0, 1, 2, 3], with_try_with_return_else_return) in (('E2', [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 0, 1, 0], with_try_with_return_else_return) in ((None, [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([2, 2, 3, 2], with_try_with_return_else_return) in ((None, [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, True)]), FELL)
assert run([3, 3, 1], with_try_with_return_else_code) in ((3, [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 0, 0, 1], with_try_with_return_else_code) in ((None, [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, False), 33]), FELL)
assert run([1, 1, 2, 0, 0, 3, 1, 1], with_try_with_return_else_code) in ((None, [('enter', 1), ('enter', 4), -5, ('exit', 4, True), 32, ('exit', 1, False), 33]), FELL)
assert run([2, 2, 0, 0, 3, 0, 2, 1, 3, 3, 1, 2], with_try_with_return_else_code) in (('E2', [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], with_try_with_return_else_code) in ((None, [('enter', 1), ('enter', 4), -5, ('exit', 4, False), ('exit', 1, True), 33]), FELL)
assert run([3, 3, 1, 1], match_while_while_or_and) in ((None, [6, 6, 12]), FELL)
assert run([3, 3, 2, 2, 2, 0, 0, 2, 0, 0, 2, 1], match_while_while_or_and) in ((None, [6, 6, 6, 6, 12]), FELL)
assert run([1, 3, 2, 2, 2, 0, 3, 2, 2], match_while_while_or_and) in ((None, [6, 6, 6, 6, 6, 12]), FELL)
assert run([0, 0], match_while_while_or_and) in ((None, [1, 12]), FELL)
assert run([1, 0, 0, 3, 0, 2], match_while_while_or_and) in ((None, [12]), FELL)
assert run([3, 2, 1, 0, 2, 2, 2, 0], match_while_while_or_and) in ((None, [6, 6, 6, 12]), FELL)
assert run([3, 3, 3, 3, 1, 3, 0, 1, 1, 1, 0], match_while_while_or_and) in ((None, [6, 6, 6, 6, 6, 6, 12]), FELL)
assert run([3, 1, 2, 1, 3, 2, 1, 2, 1, 0, 2, 3], match_while_while_or_and) in ((None, [6, 6, 6, 6, 6, 6, 6, 6, 12]), FELL)
assert run([1, 2, 3, 1, 0, 3, 3, 0, 2, 2], while_while_or_and_pass) in ((None, [7, 12]), FELL)
assert run([0, 2, 2, 2, 3, 3, 1, 3], while_while_or_and_pass) in ((None, [12]), FELL)
assert run([3, 1, 2, 1, 0, 0, 1, 2], while_while_or_and_pass) in ((None, [7, 7, 12]), FELL)
assert run([2, 2, 0, 2, 0, 2, 2, 1, 0, 0, 2, 3], while_while_or_and_pass) in ((None, [7, 7, 7, 12]), FELL)
