





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


def nested_for_clause_break_finally_else(c, t, x, n, m):
    for i in n():
        for j in n():
            try:
                x(16)
            except E1:
                break
            finally:
                t(19)
        else:
            t(5)
            continue


def nested_for_clause_break_finally_else_if(c, t, x, n, m):
    for j in n():
        for j in n():
            try:
                x(16)
            except E1:
                break
            finally:
                t(19)
        else:
            if not c():
                continue
            continue


def for_clause_break_finally_else(c, t, x, n, m):
    for j in n():
        try:
            x(16)
        except E1:
            break
        finally:
            t(19)
    else:
        t(5)
    t(6)

assert run([], nested_for_clause_break_finally_else) in ((None, []), FELL)
assert run([1], nested_for_clause_break_finally_else) in ((None, [5]), FELL)
assert run([2], nested_for_clause_break_finally_else) in ((None, [5, 5]), FELL)
assert run([1, 1], nested_for_clause_break_finally_else) in ((None, [-16, 19, 5]), FELL)
assert run([1, 2], nested_for_clause_break_finally_else) in ((None, [-16, 19, -16, 19, 5]), FELL)
assert run([2, 1], nested_for_clause_break_finally_else) in ((None, [-16, 19, 5, 5]), FELL)
assert run([], nested_for_clause_break_finally_else_if) in ((None, []), FELL)
assert run([1, 1], nested_for_clause_break_finally_else_if) in ((None, [-16, 19]), FELL)
assert run([1, 2], nested_for_clause_break_finally_else_if) in ((None, [-16, 19, -16, 19]), FELL)
assert run([1, 1, 2], nested_for_clause_break_finally_else_if) in (('E2', [-16, 19]), FELL)
assert run([1, 2, 0, 2], nested_for_clause_break_finally_else_if) in (('E2', [-16, 19, -16, 19]), FELL)
assert run([2, 1, 1, 2], nested_for_clause_break_finally_else_if) in ((None, [-16, 19, -16, 19, -16, 19]), FELL)
assert run([], for_clause_break_finally_else) in ((None, [5, 6]), FELL)
assert run([1], for_clause_break_finally_else) in ((None, [-16, 19, 5, 6]), FELL)
assert run([2], for_clause_break_finally_else) in ((None, [-16, 19, -16, 19, 5, 6]), FELL)
assert run([1, 1], for_clause_break_finally_else) in ((None, [-16, 19, 6]), FELL)
assert run([1, 2], for_clause_break_finally_else) in (('E2', [-16, 19]), FELL)
assert run([2, 0, 1], for_clause_break_finally_else) in ((None, [-16, 19, -16, 19, 6]), FELL)
