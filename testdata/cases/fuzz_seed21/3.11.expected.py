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


def elif_for_with_continue(c, t, x, n, m):
    if not c():
        return
    if c():
        for k in n():
            with m(10):
                continue


def for_else_try_for_break(c, t, x, n, m):
    for j in n():
        pass
    try:
        for j in n():
            t(11)
            break
    except E1:
        return
    else:
        try:
            return
        except E1:
            return


def if_for_else_try_break_then(c, t, x, n, m):
    if c():
        for j in n():
            try:
                t(4)
                break
            except E1:
                pass
            except E2 as e:
                pass
            try:
                pass
            finally:
                pass
        else:
            if c():
                return 15
    t(16)


def while_try_else_break(c, t, x, n, m):
    if c():
        pass
    else:
        while c():
            try:
                x(3)
                break
            except E1:
                pass
    t(8)


def for_while_try_continue_clause_return(c, t, x, n, m):
    for j in n():
        while c():
            try:
                t(4)
                continue
            except E1:
                return 5


def while_while_true_shared_head(c, t, x, n, m):
    while c():
        while True:
            if not c():
                break
            if not c():
                continue
            if not c():
                continue
            return 7


def while_true_try_else_try_continue(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(1)
        except E1:
            pass
        else:
            try:
                continue
            except E1:
                pass
    t(18)


def for_while_try_break_then_code(c, t, x, n, m):
    for j in n():
        while c():
            try:
                t(2)
                break
            except E1:
                pass
            t(5)
        t(6)


def while_try_break_then_code(c, t, x, n, m):
    while c():
        try:
            x(2)
            break
        except E1:
            pass
        t(5)
    t(6)


def for_else_returning_clause_break_then_code(c, t, x, n, m):
    for j in n():
        try:
            x(4)
        except E1:
            break
    else:
        if c():
            return 23
        return 24
    t(25)


def for_else_return_ending_try_body(c, t, x, n, m):
    try:
        t(1)
        for j in n():
            if c():
                break
        else:
            return 8
    except E1:
        return None
    else:
        t(11)


def while_try_return_clause_then_code(c, t, x, n, m):
    while c():
        try:
            x(2)
            return 3
        except E1:
            t(4)
        t(5)
    t(6)

assert run([1, 3, 3, 2, 0, 0, 0, 3, 0], if_for_else_try_break_then) in ((None, [4, 16]), FELL)
assert run([0, 1], if_for_else_try_break_then) in ((None, [16]), FELL)
assert run([1, 0, 3, 1, 0, 0, 3, 2, 2, 2], if_for_else_try_break_then) in ((15, []), FELL)
assert run([1, 0, 0, 3, 2, 0, 0, 1, 3, 2, 2, 1], while_try_else_break) in ((None, [8]), FELL)
assert run([0, 1, 3, 3, 0, 3, 0, 0, 0], while_try_else_break) in ((None, [-3, 8]), FELL)
assert run([0, 1, 2, 1, 3, 0], while_try_else_break) in (('E2', [-3]), FELL)
assert run([0, 1, 1, 1, 2, 0, 1], while_try_else_break) in (('E2', [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1, 1, 2, 1, 3, 1, 3, 3, 3], while_try_else_break) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 2, 1, 2, 3, 1], while_try_else_break) in ((None, [-3, -3, 8]), FELL)
assert run([0, 2, 1, 2, 1, 2, 0, 1, 3, 1, 1, 3], while_try_else_break) in ((None, [-3, -3, -3, 8]), FELL)
assert run([0, 2, 1, 2, 1, 2, 1, 2, 1], while_try_else_break) in ((None, [-3, -3, -3, -3, 8]), FELL)
assert run([0, 0, 1, 0, 0], for_while_try_continue_clause_return) in ((None, []), FELL)
assert run([3, 0, 0, 1, 3, 1, 1, 0, 0, 3, 2], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4]), FELL)
assert run([3, 2, 3, 2, 1, 1, 3, 2, 1, 0], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4, 4, 4]), FELL)
assert run([1, 2, 3, 1, 3, 1, 0, 1], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4]), FELL)
assert run([2, 0, 1, 1], for_while_try_continue_clause_return) in ((None, [4, 4]), FELL)
assert run([1, 1, 2, 1, 3, 3, 2, 3, 0, 3, 1, 2], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4, 4]), FELL)
assert run([1, 1, 0, 2, 2, 2, 0, 2, 3, 3, 1], for_while_try_continue_clause_return) in ((None, [4]), FELL)
assert run([2, 3, 2, 2, 3, 3, 2, 2, 0, 3, 3, 1], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), FELL)
assert run([1, 1, 3, 2, 2, 3, 1], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4]), FELL)
assert run([2, 2, 2, 2, 0, 0, 3, 3], for_while_try_continue_clause_return) in ((None, [4, 4, 4]), FELL)
assert run([], while_while_true_shared_head) in ((None, []), FELL)
assert run([2, 2, 3, 2, 2, 3, 1, 3, 0, 2, 3, 0], while_while_true_shared_head) in ((7, []), FELL)
assert run([0, 2, 2, 0, 3], while_true_try_else_try_continue) in (('E2', [-1]), FELL)
assert run([1, 1, 3, 1, 3, 0, 0, 2, 1], while_true_try_else_try_continue) in ((None, [18]), FELL)
assert run([0, 3, 0, 0, 0], while_true_try_else_try_continue) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 0, 3, 2, 3, 1, 0, 2], while_true_try_else_try_continue) in ((None, [-1, 18]), FELL)
assert run([0, 1, 0, 3, 1, 0, 3, 0, 1, 2], while_true_try_else_try_continue) in ((None, [-1, -1, 18]), FELL)
assert run([0, 0, 0, 2, 2, 3, 1, 2, 1, 3, 3], while_true_try_else_try_continue) in (('E2', [-1, -1]), FELL)
assert run([0, 3, 0, 3, 0, 3, 1, 0, 1], while_true_try_else_try_continue) in ((None, [-1, -1, -1, 18]), FELL)
assert run([0, 3, 0, 3, 0, 2, 3, 1, 0], while_true_try_else_try_continue) in (('E2', [-1, -1, -1]), FELL)
assert run([3, 3, 1, 1, 3, 1, 0], elif_for_with_continue) in ((None, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([2, 1, 0, 0, 3, 3, 1], elif_for_with_continue) in ((None, []), FELL)
assert run([1, 1, 2, 3, 0, 0, 3], elif_for_with_continue) in ((None, [('enter', 10), ('exit', 10, False), ('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 3, 3, 0, 3, 0, 0, 0, 0, 2, 1], elif_for_with_continue) in ((None, [('enter', 10), ('exit', 10, False), ('enter', 10), ('exit', 10, False), ('enter', 10), ('exit', 10, False)]), FELL)
assert run([0, 1, 3, 0, 0, 1, 2, 0, 3, 1, 1, 2], for_else_try_for_break) in ((None, [11]), FELL)
assert run([0, 0, 0, 0, 1, 0, 2, 1, 1, 0, 2, 2, 1], for_else_try_for_break) in ((None, []), FELL)
assert run([2, 0, 0, 2, 3, 3, 2, 1, 1, 2, 3, 0], for_while_try_break_then_code) in ((None, [6, 6]), FELL)
assert run([3, 0, 0], for_while_try_break_then_code) in ((None, [6, 6, 6]), FELL)
assert run([0, 3, 2, 0, 1, 0], for_while_try_break_then_code) in ((None, []), FELL)
assert run([2, 1, 1, 2, 2, 2, 2, 0, 3], for_while_try_break_then_code) in ((None, [2, 6, 2, 6]), FELL)
assert run([3, 3], for_while_try_break_then_code) in ((None, [2, 6, 6, 6]), FELL)
assert run([1, 1, 1, 2, 1, 0, 0, 0, 3, 0], for_while_try_break_then_code) in ((None, [2, 6]), FELL)
assert run([1, 0, 0, 3], for_while_try_break_then_code) in ((None, [6]), FELL)
assert run([2, 1, 0], for_while_try_break_then_code) in ((None, [2, 6, 6]), FELL)
assert run([1, 3, 0, 0, 3, 3], while_try_break_then_code) in ((None, [-2, 6]), FELL)
assert run([], while_try_break_then_code) in ((None, [6]), FELL)
assert run([1, 2, 0, 3, 1, 0, 3, 2, 3, 1, 3], while_try_break_then_code) in (('E2', [-2]), FELL)
assert run([1, 1, 1, 2, 3], while_try_break_then_code) in (('E2', [-2, 5, -2]), FELL)
assert run([2, 1, 1, 0, 3], while_try_break_then_code) in ((None, [-2, 5, -2, 6]), FELL)
assert run([1, 1, 0, 2, 0, 0, 3, 0, 1, 2, 2, 1], while_try_break_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([3, 1, 1, 1, 1, 1, 3, 0], while_try_break_then_code) in ((None, [-2, 5, -2, 5, -2, 5, -2, 6]), FELL)
assert run([3, 1, 1, 1, 2, 3, 3, 0], while_try_break_then_code) in ((None, [-2, 5, -2, 5, -2, 6]), FELL)
assert run([1, 1, 3, 0, 2, 1, 1, 2], for_else_returning_clause_break_then_code) in ((None, [-4, 25]), FELL)
assert run([2, 2, 1, 0, 2, 2, 1, 2, 2, 2, 1], for_else_returning_clause_break_then_code) in (('E2', [-4]), FELL)
assert run([0, 3, 1], for_else_returning_clause_break_then_code) in ((23, []), FELL)
assert run([0, 0, 0], for_else_returning_clause_break_then_code) in ((24, []), FELL)
assert run([3, 3, 3, 3, 3, 3, 0, 0, 0, 3, 2, 2, 1], for_else_returning_clause_break_then_code) in ((23, [-4, -4, -4]), FELL)
assert run([3, 3], for_else_returning_clause_break_then_code) in ((24, [-4, -4, -4]), FELL)
assert run([2, 3, 2, 2, 3, 2, 2, 3, 2], for_else_returning_clause_break_then_code) in (('E2', [-4, -4]), FELL)
assert run([2, 3, 1, 2, 1, 0], for_else_returning_clause_break_then_code) in ((None, [-4, -4, 25]), FELL)
assert run([1, 3, 0, 0, 0], for_else_return_ending_try_body) in ((None, [1, 11]), FELL)
assert run([0, 1, 0, 0, 3], for_else_return_ending_try_body) in ((8, [1]), FELL)
assert run([0, 3, 3, 2, 0, 1], while_try_return_clause_then_code) in ((None, [6]), FELL)
assert run([2, 1], while_try_return_clause_then_code) in ((None, [-2, 4, 5, 6]), FELL)
assert run([1, 0, 3, 3, 1, 1, 1], while_try_return_clause_then_code) in ((3, [-2]), FELL)
assert run([3, 2], while_try_return_clause_then_code) in (('E2', [-2]), FELL)
assert run([2, 1, 2, 3, 1, 2, 2, 0, 2, 0], while_try_return_clause_then_code) in ((3, [-2, 4, 5, -2]), FELL)
assert run([1, 1, 3, 2, 0], while_try_return_clause_then_code) in (('E2', [-2, 4, 5, -2]), FELL)
