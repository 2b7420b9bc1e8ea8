










class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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


def while_true_ending_named_clause(c, t, x, n, m):
    try:
        x(22)
    except E2 as e:
        if not c():
            pass
        else:
            while True:
                if c() != 1:
                    break
    t(1)


def while_true_ending_named_clause_body(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        if c():
            pass
        else:
            while True:
                if c() != 1:
                    break
                else:
                    t(17)
    t(18)


def assert_ending_elif_in_for(c, t, x, n, m):
    for k in n():
        if c() and (c() or c()):
            continue
        if c() in (1, 2, 3):
            assert c() and c(), 27
        elif c():
            t(31)


def nested_with_return_suppressed(c, t, x, n, m):
    with m(2) as w, m(3):
        return x(23) or w
    t(24)


def while_true_filling_try_finally_body(c, t, x, n, m):
    try:
        while True:
            if not c():
                break
            x(1)
    except E1:
        if c():
            return 12
    finally:
        t(42)


def chain_return_ending_try_in_while(c, t, x, n, m):
    while c():
        try:
            if 0 < c() < 5:
                return 1
        except E1:
            pass
        finally:
            pass


def plain_return_ending_try_in_while(c, t, x, n, m):
    while c():
        try:
            if c() < 5:
                return 1
        except E1:
            pass
        finally:
            pass


def for_else_break_ending_try_in_while(c, t, x, n, m):
    while c() and c():
        try:
            for k in n():
                x(2)
                break
            else:
                t(3)
                return
        except E1:
            pass
        except E2 as e:
            pass

assert run([], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([1], while_true_ending_named_clause) in (('E1', [-22]), FELL)
assert run([2, 0], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([2, 1, 1, 0], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([2, 1, 1, 1, 2], while_true_ending_named_clause) in ((None, [-22, 1]), FELL)
assert run([], while_true_ending_named_clause_body) in ((None, [-1, 18]), FELL)
assert run([1], while_true_ending_named_clause_body) in (('E1', [-1]), FELL)
assert run([2, 0, 1], while_true_ending_named_clause_body) in ((None, [-1, 17, 18]), FELL)
assert run([2, 0, 1, 1], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 18]), FELL)
assert run([2, 0, 1, 1, 1], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 17, 18]), FELL)
assert run([2, 0, 1, 1, 1, 1, 3, 0, 2, 0], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 17, 17, 18]), FELL)
assert run([2, 1, 0], while_true_ending_named_clause_body) in ((None, [-1, 18]), FELL)
assert run([2, 0, 1, 1, 0], while_true_ending_named_clause_body) in ((None, [-1, 17, 17, 18]), FELL)
assert run([], assert_ending_elif_in_for) in ((None, []), FELL)
assert run([1, 0, 2], assert_ending_elif_in_for) in (('AssertionError', []), FELL)
assert run([1, 0, 0, 2], assert_ending_elif_in_for) in ((None, [31]), FELL)
assert run([3, 0, 0, 3, 0, 2], assert_ending_elif_in_for) in (('AssertionError', [31]), FELL)
assert run([2, 0, 0, 1, 3, 0, 0, 0, 2], assert_ending_elif_in_for) in ((None, [31, 31]), FELL)
assert run([1, 0, 2, 1, 1, 1], assert_ending_elif_in_for) in ((None, []), FELL)
assert run([2, 0, 2, 1, 1, 0, 3, 1, 1, 1], assert_ending_elif_in_for) in ((None, []), FELL)
assert run([], nested_with_return_suppressed) in ((2, [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([2], nested_with_return_suppressed) in (('E2', [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1], nested_with_return_suppressed) in (('E1', [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([2, 1], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, True), ('exit', 2, False), 24]), FELL)
assert run([2, 0, 3], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, True), 24]), FELL)
assert run([1, 1], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, True), ('exit', 2, False), 24]), FELL)
assert run([2, 2, 1], nested_with_return_suppressed) in ((None, [('enter', 2), ('enter', 3), -23, ('exit', 3, False), ('exit', 2, True), 24]), FELL)
assert run([], while_true_filling_try_finally_body) in ((None, [42]), FELL)
assert run([2], while_true_filling_try_finally_body) in ((None, [-1, 42]), FELL)
assert run([3, 2], while_true_filling_try_finally_body) in (('E2', [-1, 42]), FELL)
assert run([1, 3, 3], while_true_filling_try_finally_body) in ((None, [-1, -1, 42]), FELL)
assert run([1, 1, 1], while_true_filling_try_finally_body) in ((12, [-1, 42]), FELL)
assert run([3, 0, 2, 2], while_true_filling_try_finally_body) in (('E2', [-1, -1, 42]), FELL)
assert run([1, 3, 3, 1, 2], while_true_filling_try_finally_body) in ((12, [-1, -1, 42]), FELL)
assert run([3, 0, 2, 3, 3], while_true_filling_try_finally_body) in ((None, [-1, -1, -1, 42]), FELL)
assert run([2, 0, 2, 3, 2, 2], while_true_filling_try_finally_body) in (('E2', [-1, -1, -1, 42]), FELL)
assert run([2, 3, 2, 3, 3, 1, 3], while_true_filling_try_finally_body) in ((12, [-1, -1, -1, 42]), FELL)
assert run([2, 0, 1, 0, 2, 0, 1], while_true_filling_try_finally_body) in ((None, [-1, -1, -1, -1, 42]), FELL)
assert run([3, 3, 1, 0, 1, 0, 2, 2], while_true_filling_try_finally_body) in (('E2', [-1, -1, -1, -1, 42]), FELL)
assert run([], chain_return_ending_try_in_while) in ((None, []), FELL)
assert run([2, 3], chain_return_ending_try_in_while) in ((1, []), FELL)
assert run([], plain_return_ending_try_in_while) in ((None, []), FELL)
assert run([2, 3], plain_return_ending_try_in_while) in ((1, []), FELL)
assert run([2, 7, 0], plain_return_ending_try_in_while) in ((None, []), FELL)
assert run([], for_else_break_ending_try_in_while) in ((None, []), FELL)
assert run([1], for_else_break_ending_try_in_while) in ((None, []), FELL)
assert run([1, 1], for_else_break_ending_try_in_while) in ((None, [3]), FELL)
assert run([1, 1, 0], for_else_break_ending_try_in_while) in ((None, [3]), FELL)
assert run([1, 1, 1, 0], for_else_break_ending_try_in_while) in ((None, [-2]), FELL)
assert run([1, 1, 1, 0, 1, 1, 0], for_else_break_ending_try_in_while) in ((None, [-2, 3]), FELL)
assert run([1, 1, 1, 1], for_else_break_ending_try_in_while) in ((None, [-2]), FELL)
assert run([1, 1, 1, 2, 1, 1, 0], for_else_break_ending_try_in_while) in ((None, [-2, 3]), FELL)
assert run([1, 1, 2, 1, 1, 0, 0], for_else_break_ending_try_in_while) in ((None, [-2]), FELL)
