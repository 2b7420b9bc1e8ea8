















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


def while_true_break_in_try_and_in_clause_try(c, t, x, n, m):
    while True:
        try:
            x(4)
            break
        except E1:
            try:
                x(5)
                break
            except E1:
                t(6)
    t(9)


def while_true_test_break_then_clause_try_break(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(4)
            break
        except E1:
            try:
                x(5)
                break
            except E1:
                t(6)
    t(9)


def while_true_or_test_try_return_clause_named(c, t, x, n, m):
    while True:
        if c() or c():
            try:
                x(11)
                return 12
            except E2 as e:
                pass


def while_true_try_return_clause_named_then_call(c, t, x, n, m):
    while True:
        while c():
            try:
                x(1)
            except E1 as e:
                t(3)
                break
            return 2
        else:
            x(4)


def while_true_or_test_try_return_clause_named_finally(c, t, x, n, m):
    while True:
        if c() or c():
            try:
                x(11)
                return 12
            except E2 as e:
                pass
            finally:
                pass
        elif c() and c():
            t(14)


def while_true_or_test_try_return_clause_named_finally_body(c, t, x, n, m):
    while True:
        if c() or c():
            try:
                x(11)
                return 12
            except E2 as e:
                pass
            finally:
                t(13)
        elif c() and c():
            t(14)


def while_true_branch_try_return_clause_finally_then_call(c, t, x, n, m):
    while True:
        if c():
            try:
                x(11)
                return 12
            except E2:
                t(1)
            finally:
                t(13)
                t(15)
        t(16)

assert run([], while_true_break_in_try_and_in_clause_try) in ((None, [-4, 9]), FELL)
assert run([1], while_true_break_in_try_and_in_clause_try) in ((None, [-4, -5, 9]), FELL)
assert run([2], while_true_break_in_try_and_in_clause_try) in (('E2', [-4]), FELL)
assert run([1, 1], while_true_break_in_try_and_in_clause_try) in ((None, [-4, -5, 6, -4, 9]), FELL)
assert run([1, 2], while_true_break_in_try_and_in_clause_try) in (('E2', [-4, -5]), FELL)
assert run([1, 1, 1], while_true_break_in_try_and_in_clause_try) in ((None, [-4, -5, 6, -4, -5, 9]), FELL)
assert run([], while_true_test_break_then_clause_try_break) in ((None, [-4, 9]), FELL)
assert run([1], while_true_test_break_then_clause_try_break) in ((None, [9]), FELL)
assert run([0, 1], while_true_test_break_then_clause_try_break) in ((None, [-4, -5, 9]), FELL)
assert run([0, 2], while_true_test_break_then_clause_try_break) in (('E2', [-4]), FELL)
assert run([0, 1, 1], while_true_test_break_then_clause_try_break) in ((None, [-4, -5, 6, -4, 9]), FELL)
assert run([0, 1, 2], while_true_test_break_then_clause_try_break) in (('E2', [-4, -5]), FELL)
assert run([], while_true_or_test_try_return_clause_named) in (('Budget', []), FELL)
assert run([1], while_true_or_test_try_return_clause_named) in ((12, [-11]), FELL)
assert run([1, 1], while_true_or_test_try_return_clause_named) in (('E1', [-11]), FELL)
assert run([1, 2], while_true_or_test_try_return_clause_named) in (('Budget', [-11]), FELL)
assert run([1, 2, 1], while_true_or_test_try_return_clause_named) in ((12, [-11, -11]), FELL)
assert run([1, 2, 1, 1], while_true_or_test_try_return_clause_named) in (('E1', [-11, -11]), FELL)
assert run([], while_true_try_return_clause_named_then_call) in (('Budget', [-4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4]), FELL)
assert run([1], while_true_try_return_clause_named_then_call) in ((2, [-1]), FELL)
assert run([0, 1], while_true_try_return_clause_named_then_call) in (('E1', [-4]), FELL)
assert run([0, 2], while_true_try_return_clause_named_then_call) in (('E2', [-4]), FELL)
assert run([1, 1], while_true_try_return_clause_named_then_call) in (('Budget', [-1, 3, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4]), FELL)
assert run([1, 2], while_true_try_return_clause_named_then_call) in (('E2', [-1]), FELL)
assert run([], while_true_or_test_try_return_clause_named_finally) in (('Budget', []), FELL)
assert run([1], while_true_or_test_try_return_clause_named_finally) in ((12, [-11]), FELL)
assert run([1, 1], while_true_or_test_try_return_clause_named_finally) in (('E1', [-11]), FELL)
assert run([1, 2], while_true_or_test_try_return_clause_named_finally) in (('Budget', [-11]), FELL)
assert run([1, 2, 1], while_true_or_test_try_return_clause_named_finally) in ((12, [-11, -11]), FELL)
assert run([0, 0, 1, 1], while_true_or_test_try_return_clause_named_finally) in (('Budget', [14]), FELL)
assert run([], while_true_or_test_try_return_clause_named_finally_body) in (('Budget', []), FELL)
assert run([1], while_true_or_test_try_return_clause_named_finally_body) in ((12, [-11, 13]), FELL)
assert run([1, 1], while_true_or_test_try_return_clause_named_finally_body) in (('E1', [-11, 13]), FELL)
assert run([1, 2], while_true_or_test_try_return_clause_named_finally_body) in (('Budget', [-11, 13]), FELL)
assert run([1, 2, 1], while_true_or_test_try_return_clause_named_finally_body) in ((12, [-11, 13, -11, 13]), FELL)
assert run([0, 0, 1, 1], while_true_or_test_try_return_clause_named_finally_body) in (('Budget', [14]), FELL)
assert run([], while_true_branch_try_return_clause_finally_then_call) in (('Budget', [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16]), FELL)
assert run([1], while_true_branch_try_return_clause_finally_then_call) in ((12, [-11, 13, 15]), FELL)
assert run([0, 1], while_true_branch_try_return_clause_finally_then_call) in ((12, [16, -11, 13, 15]), FELL)
assert run([1, 1], while_true_branch_try_return_clause_finally_then_call) in (('E1', [-11, 13, 15]), FELL)
assert run([1, 2], while_true_branch_try_return_clause_finally_then_call) in (('Budget', [-11, 1, 13, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16]), FELL)
assert run([0, 0, 1], while_true_branch_try_return_clause_finally_then_call) in ((12, [16, 16, -11, 13, 15]), FELL)
