









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


def for_else_returns(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1 as e:
            t(2)
        except E2:
            pass
        else:
            t(3)
            return 39
        finally:
            t(4)
        t(5)
    return 1


def for_else_branch_returns(c, t, x, n, m):
    for k in n():
        t(1)
        try:
            x(2)
        except E1:
            pass
        else:
            if c():
                return 3
            t(4)
            return 39
        finally:
            t(5)
    return 1


def for_if_else_returns(c, t, x, n, m):
    for k in n():
        if c():
            try:
                x(1)
            except E1:
                pass
            else:
                t(2)
                return 39
            finally:
                t(3)
        t(4)
    return 1


def while_nested_else_returns(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            t(2)
        else:
            t(3)
            return 39
        finally:
            t(4)
    return 1


def for_clause_continues(c, t, x, n, m):
    for k in n():
        try:
            try:
                x(1)
            except E1:
                continue
            else:
                t(2)
            return 39
        finally:
            t(3)
    return 1


def for_else_returns_name(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1:
            pass
        else:
            t(2)
            return k
        finally:
            t(3)
    return 1


def while_true_else_returns(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            pass
        else:
            t(2)
            return 39
        finally:
            t(3)


def for_else_breaks(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1:
            pass
        else:
            t(2)
            break
        finally:
            t(3)
    return 1


def while_test_else_returns(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            t(2)
        else:
            t(3)
            return 39
        finally:
            t(4)
    return 1


def retry_then_log(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        except E1:
            t(3)
        finally:
            t(4)
        t(5)
    return 6


def retry_while_then_branch(c, t, x, n, m):
    while c():
        try:
            return x(1)
        except E1:
            pass
        finally:
            t(2)
        if c():
            t(3)
        t(4)
    return 5


def retry_then_raise(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        except E1:
            t(3)
        except E2:
            t(4)
        finally:
            t(5)
        raise KeyError(k)
    return 6


def retry_then_break(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 2
        except E1:
            t(3)
        finally:
            t(4)
        if c():
            break
        t(5)
    t(6)
    return 7


def retry_else_then_log(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 3
        except E1:
            t(2)
        finally:
            t(4)
        t(5)
    return 6


def for_body_breaks(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            break
        except E1:
            pass
        finally:
            t(2)
    return 5


def for_else_continues_then_code(c, t, x, n, m):
    for k in n():
        try:
            x(1)
        except E1:
            pass
        else:
            t(3)
            continue
        finally:
            t(2)
        t(4)
    return 5


def while_else_breaks_then_code(c, t, x, n, m):
    while c():
        try:
            x(1)
            break
        except E1:
            pass
        finally:
            t(2)
        t(4)
    return 5


def for_body_breaks_loop_else(c, t, x, n, m):
    for k in n():
        try:
            x(1)
            return 5
        except E1:
            t(3)
        finally:
            t(2)
        t(4)
    t(6)
    return 5


def while_true_returns_then_branch_breaks(c, t, x, n, m):
    while True:
        try:
            return x(1)
        except E1:
            t(3)
        finally:
            t(2)
        if c():
            break
    return 5

assert run([], for_else_returns) in ((1, []), FELL)
assert run([1], for_else_returns) in ((39, [-1, 3, 4]), FELL)
assert run([1, 1], for_else_returns) in ((1, [-1, 2, 4, 5]), FELL)
assert run([1, 2], for_else_returns) in ((1, [-1, 4, 5]), FELL)
assert run([2, 1], for_else_returns) in ((39, [-1, 2, 4, 5, -1, 3, 4]), FELL)
assert run([2, 2], for_else_returns) in ((39, [-1, 4, 5, -1, 3, 4]), FELL)
assert run([], for_else_branch_returns) in ((1, []), FELL)
assert run([1], for_else_branch_returns) in ((39, [1, -2, 4, 5]), FELL)
assert run([1, 1], for_else_branch_returns) in ((1, [1, -2, 5]), FELL)
assert run([1, 2], for_else_branch_returns) in (('E2', [1, -2, 5]), FELL)
assert run([2, 1], for_else_branch_returns) in ((39, [1, -2, 5, 1, -2, 4, 5]), FELL)
assert run([1, 0, 1], for_else_branch_returns) in ((3, [1, -2, 5]), FELL)
assert run([], for_if_else_returns) in ((1, []), FELL)
assert run([1], for_if_else_returns) in ((1, [4]), FELL)
assert run([2], for_if_else_returns) in ((1, [4, 4]), FELL)
assert run([1, 1], for_if_else_returns) in ((39, [-1, 2, 3]), FELL)
assert run([1, 1, 1], for_if_else_returns) in ((1, [-1, 3, 4]), FELL)
assert run([1, 1, 2], for_if_else_returns) in (('E2', [-1, 3]), FELL)
assert run([], while_nested_else_returns) in ((1, []), FELL)
assert run([1], while_nested_else_returns) in ((39, [-1, 3, 4]), FELL)
assert run([1, 1], while_nested_else_returns) in ((1, [-1, 2, 4]), FELL)
assert run([1, 2], while_nested_else_returns) in (('E2', [-1, 4]), FELL)
assert run([1, 1, 1], while_nested_else_returns) in ((39, [-1, 2, 4, -1, 3, 4]), FELL)
assert run([1, 1, 1, 1], while_nested_else_returns) in ((1, [-1, 2, 4, -1, 2, 4]), FELL)
assert run([], for_clause_continues) in ((1, []), FELL)
assert run([1], for_clause_continues) in ((39, [-1, 2, 3]), FELL)
assert run([1, 1], for_clause_continues) in ((1, [-1, 3]), FELL)
assert run([1, 2], for_clause_continues) in (('E2', [-1, 3]), FELL)
assert run([2, 1], for_clause_continues) in ((39, [-1, 3, -1, 2, 3]), FELL)
assert run([2, 1, 1], for_clause_continues) in ((1, [-1, 3, -1, 3]), FELL)
assert run([], for_else_returns_name) in ((1, []), FELL)
assert run([1], for_else_returns_name) in ((0, [-1, 2, 3]), FELL)
assert run([1, 1], for_else_returns_name) in ((1, [-1, 3]), FELL)
assert run([1, 2], for_else_returns_name) in (('E2', [-1, 3]), FELL)
assert run([2, 1], for_else_returns_name) in ((1, [-1, 3, -1, 2, 3]), FELL)
assert run([2, 1, 1], for_else_returns_name) in ((1, [-1, 3, -1, 3]), FELL)
assert run([], while_true_else_returns) in ((39, [-1, 2, 3]), FELL)
assert run([1], while_true_else_returns) in ((39, [-1, 3, -1, 2, 3]), FELL)
assert run([2], while_true_else_returns) in (('E2', [-1, 3]), FELL)
assert run([1, 1], while_true_else_returns) in ((39, [-1, 3, -1, 3, -1, 2, 3]), FELL)
assert run([1, 2], while_true_else_returns) in (('E2', [-1, 3, -1, 3]), FELL)
assert run([1, 1, 1], while_true_else_returns) in ((39, [-1, 3, -1, 3, -1, 3, -1, 2, 3]), FELL)
assert run([], for_else_breaks) in ((1, []), FELL)
assert run([1], for_else_breaks) in ((1, [-1, 2, 3]), FELL)
assert run([1, 1], for_else_breaks) in ((1, [-1, 3]), FELL)
assert run([1, 2], for_else_breaks) in (('E2', [-1, 3]), FELL)
assert run([2, 1], for_else_breaks) in ((1, [-1, 3, -1, 2, 3]), FELL)
assert run([2, 1, 1], for_else_breaks) in ((1, [-1, 3, -1, 3]), FELL)
assert run([], while_test_else_returns) in ((1, []), FELL)
assert run([1], while_test_else_returns) in ((39, [-1, 3, 4]), FELL)
assert run([1, 1], while_test_else_returns) in ((1, [-1, 2, 4]), FELL)
assert run([1, 2], while_test_else_returns) in (('E2', [-1, 4]), FELL)
assert run([1, 1, 1], while_test_else_returns) in ((39, [-1, 2, 4, -1, 3, 4]), FELL)
assert run([1, 1, 1, 1], while_test_else_returns) in ((1, [-1, 2, 4, -1, 2, 4]), FELL)
assert run([], retry_then_log) in ((6, []), FELL)
assert run([1], retry_then_log) in ((2, [-1, 4]), FELL)
assert run([1, 1], retry_then_log) in ((6, [-1, 3, 4, 5]), FELL)
assert run([1, 2], retry_then_log) in (('E2', [-1, 4]), FELL)
assert run([2, 1], retry_then_log) in ((2, [-1, 3, 4, 5, -1, 4]), FELL)
assert run([2, 1, 1], retry_then_log) in ((6, [-1, 3, 4, 5, -1, 3, 4, 5]), FELL)
assert run([], retry_while_then_branch) in ((5, []), FELL)
assert run([1], retry_while_then_branch) in ((None, [-1, 2]), FELL)
assert run([1, 1], retry_while_then_branch) in ((5, [-1, 2, 4]), FELL)
assert run([1, 2], retry_while_then_branch) in (('E2', [-1, 2]), FELL)
assert run([1, 1, 1], retry_while_then_branch) in ((5, [-1, 2, 3, 4]), FELL)
assert run([1, 1, 0, 1], retry_while_then_branch) in ((None, [-1, 2, 4, -1, 2]), FELL)
assert run([], retry_then_raise) in ((6, []), FELL)
assert run([1], retry_then_raise) in ((2, [-1, 5]), FELL)
assert run([1, 1], retry_then_raise) in (('KeyError', [-1, 3, 5]), FELL)
assert run([1, 2], retry_then_raise) in (('KeyError', [-1, 4, 5]), FELL)
assert run([], retry_then_break) in ((7, [6]), FELL)
assert run([1], retry_then_break) in ((2, [-1, 4]), FELL)
assert run([1, 1], retry_then_break) in ((7, [-1, 3, 4, 5, 6]), FELL)
assert run([1, 2], retry_then_break) in (('E2', [-1, 4]), FELL)
assert run([2, 1], retry_then_break) in ((2, [-1, 3, 4, 5, -1, 4]), FELL)
assert run([1, 1, 1], retry_then_break) in ((7, [-1, 3, 4, 6]), FELL)
assert run([], retry_else_then_log) in ((6, []), FELL)
assert run([1], retry_else_then_log) in ((3, [-1, 4]), FELL)
assert run([1, 1], retry_else_then_log) in ((6, [-1, 2, 4, 5]), FELL)
assert run([1, 2], retry_else_then_log) in (('E2', [-1, 4]), FELL)
assert run([2, 1], retry_else_then_log) in ((3, [-1, 2, 4, 5, -1, 4]), FELL)
assert run([2, 1, 1], retry_else_then_log) in ((6, [-1, 2, 4, 5, -1, 2, 4, 5]), FELL)
assert run([], for_body_breaks) in ((5, []), FELL)
assert run([1], for_body_breaks) in ((5, [-1, 2]), FELL)
assert run([1, 2], for_body_breaks) in (('E2', [-1, 2]), FELL)
assert run([2, 1], for_body_breaks) in ((5, [-1, 2, -1, 2]), FELL)
assert run([2, 1, 2], for_body_breaks) in (('E2', [-1, 2, -1, 2]), FELL)
assert run([], for_else_continues_then_code) in ((5, []), FELL)
assert run([1], for_else_continues_then_code) in ((5, [-1, 3, 2]), FELL)
assert run([2], for_else_continues_then_code) in ((5, [-1, 3, 2, -1, 3, 2]), FELL)
assert run([1, 1], for_else_continues_then_code) in ((5, [-1, 2, 4]), FELL)
assert run([1, 2], for_else_continues_then_code) in (('E2', [-1, 2]), FELL)
assert run([2, 1], for_else_continues_then_code) in ((5, [-1, 2, 4, -1, 3, 2]), FELL)
assert run([], while_else_breaks_then_code) in ((5, []), FELL)
assert run([1], while_else_breaks_then_code) in ((5, [-1, 2]), FELL)
assert run([1, 1], while_else_breaks_then_code) in ((5, [-1, 2, 4]), FELL)
assert run([1, 2], while_else_breaks_then_code) in (('E2', [-1, 2]), FELL)
assert run([1, 1, 1], while_else_breaks_then_code) in ((5, [-1, 2, 4, -1, 2]), FELL)
assert run([1, 1, 1, 1], while_else_breaks_then_code) in ((5, [-1, 2, 4, -1, 2, 4]), FELL)
assert run([], for_body_breaks_loop_else) in ((5, [6]), FELL)
assert run([1], for_body_breaks_loop_else) in ((5, [-1, 2]), FELL)
assert run([1, 1], for_body_breaks_loop_else) in ((5, [-1, 3, 2, 4, 6]), FELL)
assert run([1, 2], for_body_breaks_loop_else) in (('E2', [-1, 2]), FELL)
assert run([2, 1], for_body_breaks_loop_else) in ((5, [-1, 3, 2, 4, -1, 2]), FELL)
assert run([2, 1, 1], for_body_breaks_loop_else) in ((5, [-1, 3, 2, 4, -1, 3, 2, 4, 6]), FELL)
assert run([], while_true_returns_then_branch_breaks) in ((None, [-1, 2]), FELL)
assert run([1], while_true_returns_then_branch_breaks) in ((None, [-1, 3, 2, -1, 2]), FELL)
assert run([2], while_true_returns_then_branch_breaks) in (('E2', [-1, 2]), FELL)
assert run([1, 1], while_true_returns_then_branch_breaks) in ((5, [-1, 3, 2]), FELL)
assert run([1, 0, 1], while_true_returns_then_branch_breaks) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2]), FELL)
assert run([1, 0, 2], while_true_returns_then_branch_breaks) in (('E2', [-1, 3, 2, -1, 2]), FELL)
