






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


def for_try_break_clause_code_else_in_if(c, t, x, n, m):
    if c():
        for j in n():
            try:
                t(52)
                break
            except E1:
                pass
            t(4)
        else:
            t(5)
    else:
        t(6)
    t(90)


def for_try_break_clause_finally_pass_else_in_elif(c, t, x, n, m):
    if c() or c():
        pass
    elif c() and c():
        pass
    elif c():
        for j in n():
            try:
                t(52)
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
                pass
    else:
        pass
    t(90)


def for_try_break_clause_code_else_in_elif(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        for j in n():
            try:
                x(2)
                break
            except E1:
                t(3)
            t(4)
        else:
            t(5)
    else:
        t(6)
    return 7


def for_try_break_clause_code_no_else_in_if(c, t, x, n, m):
    if c():
        for j in n():
            try:
                x(2)
                break
            except E1:
                t(3)
            t(4)
    else:
        t(6)
    return 7

assert run([], for_try_break_clause_code_else_in_if) in ((None, [6, 90]), FELL)
assert run([1], for_try_break_clause_code_else_in_if) in ((None, [5, 90]), FELL)
assert run([1, 1], for_try_break_clause_code_else_in_if) in ((None, [52, 90]), FELL)
assert run([], for_try_break_clause_finally_pass_else_in_elif) in ((None, [90]), FELL)
assert run([0, 0, 0, 1, 1], for_try_break_clause_finally_pass_else_in_elif) in ((None, [52, 90]), FELL)
assert run([], for_try_break_clause_code_else_in_elif) in ((7, [6]), FELL)
assert run([1], for_try_break_clause_code_else_in_elif) in ((7, [1]), FELL)
assert run([0, 1], for_try_break_clause_code_else_in_elif) in ((7, [5]), FELL)
assert run([0, 1, 1], for_try_break_clause_code_else_in_elif) in ((7, [-2]), FELL)
assert run([0, 1, 1, 1], for_try_break_clause_code_else_in_elif) in ((7, [-2, 3, 4, 5]), FELL)
assert run([0, 1, 1, 2], for_try_break_clause_code_else_in_elif) in (('E2', [-2]), FELL)
assert run([], for_try_break_clause_code_no_else_in_if) in ((7, [6]), FELL)
assert run([1], for_try_break_clause_code_no_else_in_if) in ((7, []), FELL)
assert run([1, 1], for_try_break_clause_code_no_else_in_if) in ((7, [-2]), FELL)
assert run([1, 1, 1], for_try_break_clause_code_no_else_in_if) in ((7, [-2, 3, 4]), FELL)
assert run([1, 1, 2], for_try_break_clause_code_no_else_in_if) in (('E2', [-2]), FELL)
assert run([1, 2, 1], for_try_break_clause_code_no_else_in_if) in ((7, [-2, 3, 4, -2]), FELL)
