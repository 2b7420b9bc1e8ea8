










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


def for_two_withs_break_clause_named_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1), m(2):
                break
        except E2 as e:
            pass
        finally:
            t(11)


def for_with_break_clause_named_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                break
        except E2 as e:
            pass
        finally:
            t(11)


def for_two_withs_break_clause_finally_then_code(c, t, x, n, m):
    for j in n():
        try:
            with m(1), m(2):
                break
        except E2:
            pass
        finally:
            t(11)
        t(12)


def for_with_call_break_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                x(3)
                break
        except E2:
            pass
        finally:
            t(11)


def for_with_break_clause_finally_then_loop_exit(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                break
        except E2:
            pass
        finally:
            t(11)
    t(13)


def while_with_break_clause_finally(c, t, x, n, m):
    while c():
        try:
            with m(1):
                break
        except E2:
            pass
        finally:
            t(11)
    t(13)


def for_with_continue_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                pass
            continue
        except E2:
            pass
        finally:
            t(11)
    t(13)


def for_try_finally_break_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            t(10)
            break
        except E2:
            pass
        finally:
            t(11)
    t(13)


def for_with_then_break_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                x(3)
            break
        except E2:
            pass
        finally:
            t(11)


def for_if_with_break_else_return_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            if c():
                with m(1):
                    break
            else:
                return 3
        except E2:
            pass
        finally:
            t(11)


def with_return_clause_finally(c, t, x, n, m):
    try:
        with m(1):
            return 5
    except E2:
        pass
    finally:
        t(11)

assert run([], for_two_withs_break_clause_named_finally) in ((None, []), FELL)
assert run([1], for_two_withs_break_clause_named_finally) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 11]), FELL)
assert run([], for_with_break_clause_named_finally) in ((None, []), FELL)
assert run([1], for_with_break_clause_named_finally) in ((None, [('enter', 1), ('exit', 1, False), 11]), FELL)
assert run([], for_two_withs_break_clause_finally_then_code) in ((None, []), FELL)
assert run([1], for_two_withs_break_clause_finally_then_code) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 11]), FELL)
assert run([], for_with_call_break_clause_finally) in ((None, []), FELL)
assert run([1], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1], for_with_call_break_clause_finally) in (('E1', [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([2, 2], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1, 1], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, True), 11]), FELL)
assert run([2, 1, 1], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, True), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([], for_with_break_clause_finally_then_loop_exit) in ((None, [13]), FELL)
assert run([1], for_with_break_clause_finally_then_loop_exit) in ((None, [('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([], while_with_break_clause_finally) in ((None, [13]), FELL)
assert run([1], while_with_break_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([], for_with_continue_clause_finally) in ((None, [13]), FELL)
assert run([1], for_with_continue_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([2], for_with_continue_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11, ('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([], for_try_finally_break_clause_finally) in ((None, [13]), FELL)
assert run([1], for_try_finally_break_clause_finally) in ((None, [10, 11, 13]), FELL)
assert run([], for_with_then_break_clause_finally) in ((None, []), FELL)
assert run([1], for_with_then_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1], for_with_then_break_clause_finally) in (('E1', [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([2, 2], for_with_then_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1, 1], for_with_then_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, True), 11]), FELL)
assert run([2, 2, 0, 1], for_with_then_break_clause_finally) in (('E1', [('enter', 1), -3, ('exit', 1, False), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([], for_if_with_break_else_return_clause_finally) in ((None, []), FELL)
assert run([1], for_if_with_break_else_return_clause_finally) in ((3, [11]), FELL)
assert run([1, 1], for_if_with_break_else_return_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11]), FELL)
assert run([], with_return_clause_finally) in ((5, [('enter', 1), ('exit', 1, False), 11]), FELL)
