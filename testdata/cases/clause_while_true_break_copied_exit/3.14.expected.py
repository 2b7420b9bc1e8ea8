







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


def named_clause_while_true_break_copied_return(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        while True:
            if c():
                break
            t(8)
    return x.k


def clause_while_true_break_copied_call_return(c, t, x, n, m):
    if c():
        t(1)
    else:
        try:
            x(2)
        except E1:
            while True:
                if c():
                    break
                else:
                    t(3)
        except E2 as e:
            t(4)
    return t(9)


def clause_while_true_break_copied_raise(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while True:
            t(2)
            if c():
                break
    raise E2(x.k)


def clause_while_true_break_constant_return(c, t, x, n, m):
    try:
        x(1)
        return 5
    except E1 as e:
        while True:
            if c():
                return 5
            t(2)

assert run([], named_clause_while_true_break_copied_return) in (('AttributeError', [-1]), FELL)
assert run([1], named_clause_while_true_break_copied_return) in (('E1', [-1]), FELL)
assert run([2, 0, 1], named_clause_while_true_break_copied_return) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 0, 0, 1], named_clause_while_true_break_copied_return) in (('AttributeError', [-1, 8, 8]), FELL)
assert run([2, 0, 0, 0, 1], named_clause_while_true_break_copied_return) in (('AttributeError', [-1, 8, 8, 8]), FELL)
assert run([2, 0, 0, 0, 0, 1], named_clause_while_true_break_copied_return) in (('AttributeError', [-1, 8, 8, 8, 8]), FELL)
assert run([], clause_while_true_break_copied_call_return) in ((None, [-2, 9]), FELL)
assert run([1], clause_while_true_break_copied_call_return) in ((None, [1, 9]), FELL)
assert run([0, 2], clause_while_true_break_copied_call_return) in ((None, [-2, 4, 9]), FELL)
assert run([0, 1, 0, 1], clause_while_true_break_copied_call_return) in ((None, [-2, 3, 9]), FELL)
assert run([0, 1, 0, 0, 1], clause_while_true_break_copied_call_return) in ((None, [-2, 3, 3, 9]), FELL)
assert run([0, 1, 0, 0, 0, 1], clause_while_true_break_copied_call_return) in ((None, [-2, 3, 3, 3, 9]), FELL)
assert run([], clause_while_true_break_copied_raise) in (('AttributeError', [-1]), FELL)
assert run([2], clause_while_true_break_copied_raise) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_true_break_copied_raise) in (('AttributeError', [-1, 2]), FELL)
assert run([1, 0, 1], clause_while_true_break_copied_raise) in (('AttributeError', [-1, 2, 2]), FELL)
assert run([1, 0, 0, 1], clause_while_true_break_copied_raise) in (('AttributeError', [-1, 2, 2, 2]), FELL)
assert run([1, 0, 0, 0, 1], clause_while_true_break_copied_raise) in (('AttributeError', [-1, 2, 2, 2, 2]), FELL)
assert run([], clause_while_true_break_constant_return) in ((5, [-1]), FELL)
assert run([2], clause_while_true_break_constant_return) in (('E2', [-1]), FELL)
assert run([1, 0, 1], clause_while_true_break_constant_return) in ((5, [-1, 2]), FELL)
assert run([1, 0, 0, 1], clause_while_true_break_constant_return) in ((5, [-1, 2, 2]), FELL)
assert run([1, 0, 0, 0, 1], clause_while_true_break_constant_return) in ((5, [-1, 2, 2, 2]), FELL)
assert run([1, 0, 0, 0, 0, 1], clause_while_true_break_constant_return) in ((5, [-1, 2, 2, 2, 2]), FELL)
