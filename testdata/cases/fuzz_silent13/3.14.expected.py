

















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


def while_true_break_try_returns(c, t, x, n, m):
    while True:
        if c():
            break
        if c() and c():
            if c() or c():
                return 21
            return 24
        try:
            x(25)
            return 26
        except E1:
            pass
        except E2 as e:
            pass
    t(32)


def while_true_break_try_returns_finally(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(18)
            try:
                return 20
            finally:
                t(21)
        except E1:
            pass
    t(25)


def while_true_break_try_returns_clause_continue(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(2)
            return 3
        except E1:
            if c():
                continue
            t(9)
    t(32)


def try_except_finally_break_in_if(c, t, x, n, m):
    while c() or c():
        if c():
            try:
                x(9)
                break
            except E1:
                pass
            except E2 as e:
                pass
            finally:
                t(15)
        elif c() or c():
            continue
        else:
            continue


def try_except_finally_continue_in_if(c, t, x, n, m):
    while c():
        if c():
            try:
                x(9)
                continue
            except E1:
                pass
            finally:
                t(15)
        t(3)


def try_except_finally_break_in_if_then_code(c, t, x, n, m):
    while c():
        if c():
            try:
                x(9)
                break
            except E1:
                pass
            finally:
                t(15)
        t(5)
    t(4)


def with_for_else_return_in_clause(c, t, x, n, m):
    try:
        x(5)
    except E1:
        with m(6), m(7):
            for k in n():
                return 9
            return 10
    if c():
        return None
    if c():
        t(3)


def with_for_else_return_in_clause_then_code(c, t, x, n, m):
    try:
        x(5)
    except E1:
        with m(6):
            for k in n():
                return 9
            return 10
    t(3)

assert run([], while_true_break_try_returns) in ((26, [-25]), FELL)
assert run([1], while_true_break_try_returns) in ((None, [32]), FELL)
assert run([0, 0, 1], while_true_break_try_returns) in ((26, [-25, -25]), FELL)
assert run([0, 1, 1], while_true_break_try_returns) in ((24, []), FELL)
assert run([0, 0, 1, 1], while_true_break_try_returns) in ((None, [-25, 32]), FELL)
assert run([0, 1, 1, 1], while_true_break_try_returns) in ((21, []), FELL)
assert run([2], while_true_break_try_returns) in ((None, [32]), FELL)
assert run([3], while_true_break_try_returns) in ((None, [32]), FELL)
assert run([0, 0, 2], while_true_break_try_returns) in ((26, [-25, -25]), FELL)
assert run([0, 1, 2], while_true_break_try_returns) in ((24, []), FELL)
assert run([0, 1, 3], while_true_break_try_returns) in ((24, []), FELL)
assert run([0, 2, 1], while_true_break_try_returns) in ((24, []), FELL)
assert run([], while_true_break_try_returns_finally) in ((20, [-18, 21]), FELL)
assert run([1], while_true_break_try_returns_finally) in ((None, [25]), FELL)
assert run([0, 1], while_true_break_try_returns_finally) in ((20, [-18, -18, 21]), FELL)
assert run([0, 2], while_true_break_try_returns_finally) in (('E2', [-18]), FELL)
assert run([0, 1, 1], while_true_break_try_returns_finally) in ((None, [-18, 25]), FELL)
assert run([0, 1, 0, 1], while_true_break_try_returns_finally) in ((20, [-18, -18, -18, 21]), FELL)
assert run([0, 1, 0, 2], while_true_break_try_returns_finally) in (('E2', [-18, -18]), FELL)
assert run([0, 1, 0, 1, 1], while_true_break_try_returns_finally) in ((None, [-18, -18, 25]), FELL)
assert run([2], while_true_break_try_returns_finally) in ((None, [25]), FELL)
assert run([3], while_true_break_try_returns_finally) in ((None, [25]), FELL)
assert run([0, 1, 2], while_true_break_try_returns_finally) in ((None, [-18, 25]), FELL)
assert run([0, 1, 3], while_true_break_try_returns_finally) in ((None, [-18, 25]), FELL)
assert run([], while_true_break_try_returns_clause_continue) in ((3, [-2]), FELL)
assert run([1], while_true_break_try_returns_clause_continue) in ((None, [32]), FELL)
assert run([0, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, 9, -2]), FELL)
assert run([0, 2], while_true_break_try_returns_clause_continue) in (('E2', [-2]), FELL)
assert run([0, 1, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, -2]), FELL)
assert run([0, 1, 0, 1], while_true_break_try_returns_clause_continue) in ((None, [-2, 9, 32]), FELL)
assert run([0, 1, 1, 1], while_true_break_try_returns_clause_continue) in ((None, [-2, 32]), FELL)
assert run([0, 1, 0, 0, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, 9, -2, 9, -2]), FELL)
assert run([0, 1, 0, 0, 2], while_true_break_try_returns_clause_continue) in (('E2', [-2, 9, -2]), FELL)
assert run([0, 1, 1, 0, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, -2, 9, -2]), FELL)
assert run([0, 1, 1, 0, 2], while_true_break_try_returns_clause_continue) in (('E2', [-2, -2]), FELL)
assert run([2], while_true_break_try_returns_clause_continue) in ((None, [32]), FELL)
assert run([], try_except_finally_break_in_if) in ((None, []), FELL)
assert run([1, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([1, 1, 1, 1, 1], try_except_finally_break_in_if) in ((None, [-9, 15, -9, 15]), FELL)
assert run([1, 2], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([1, 3], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([2, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([2, 2], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([2, 3], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([3, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([3, 2], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([3, 3], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([0, 1, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([], try_except_finally_continue_in_if) in ((None, []), FELL)
assert run([1], try_except_finally_continue_in_if) in ((None, [3]), FELL)
assert run([1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15]), FELL)
assert run([1, 0, 1], try_except_finally_continue_in_if) in ((None, [3, 3]), FELL)
assert run([1, 1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15, 3]), FELL)
assert run([1, 1, 2], try_except_finally_continue_in_if) in (('E2', [-9, 15]), FELL)
assert run([1, 0, 1, 1], try_except_finally_continue_in_if) in ((None, [3, -9, 15]), FELL)
assert run([1, 1, 1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15, 3, 3]), FELL)
assert run([1, 0, 1, 0, 1], try_except_finally_continue_in_if) in ((None, [3, 3, 3]), FELL)
assert run([1, 0, 1, 1, 1], try_except_finally_continue_in_if) in ((None, [3, -9, 15, 3]), FELL)
assert run([1, 0, 1, 1, 2], try_except_finally_continue_in_if) in (('E2', [3, -9, 15]), FELL)
assert run([1, 1, 0, 1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15, -9, 15]), FELL)
assert run([], try_except_finally_break_in_if_then_code) in ((None, [4]), FELL)
assert run([1], try_except_finally_break_in_if_then_code) in ((None, [5, 4]), FELL)
assert run([1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 4]), FELL)
assert run([1, 0, 1], try_except_finally_break_in_if_then_code) in ((None, [5, 5, 4]), FELL)
assert run([1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 5, 4]), FELL)
assert run([1, 1, 2], try_except_finally_break_in_if_then_code) in (('E2', [-9, 15]), FELL)
assert run([1, 0, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [5, -9, 15, 4]), FELL)
assert run([1, 1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 5, 5, 4]), FELL)
assert run([1, 0, 1, 0, 1], try_except_finally_break_in_if_then_code) in ((None, [5, 5, 5, 4]), FELL)
assert run([1, 0, 1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [5, -9, 15, 5, 4]), FELL)
assert run([1, 0, 1, 1, 2], try_except_finally_break_in_if_then_code) in (('E2', [5, -9, 15]), FELL)
assert run([1, 1, 1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 5, -9, 15, 4]), FELL)
assert run([], with_for_else_return_in_clause) in ((None, [-5]), FELL)
assert run([1], with_for_else_return_in_clause) in ((10, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([2], with_for_else_return_in_clause) in (('E2', [-5]), FELL)
assert run([1, 1], with_for_else_return_in_clause) in ((9, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 0, 1], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([1, 2], with_for_else_return_in_clause) in ((9, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1, 3], with_for_else_return_in_clause) in ((9, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 0, 2], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([0, 0, 3], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([3, 0, 1], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([3, 0, 2], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([3, 0, 3], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([], with_for_else_return_in_clause_then_code) in ((None, [-5, 3]), FELL)
assert run([1], with_for_else_return_in_clause_then_code) in ((10, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([2], with_for_else_return_in_clause_then_code) in (('E2', [-5]), FELL)
assert run([1, 1], with_for_else_return_in_clause_then_code) in ((9, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([1, 2], with_for_else_return_in_clause_then_code) in ((9, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([1, 3], with_for_else_return_in_clause_then_code) in ((9, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
