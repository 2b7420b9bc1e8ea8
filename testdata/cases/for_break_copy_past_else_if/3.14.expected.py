



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


def for_break_copy_past_else_if(c, t, x, n, m):
    for k in n():
        if c():
            t(1)
        elif c():
            return 12
        t(13)
        break
    else:
        if c() and c():
            t(2)
    return E1.__name__


def for_break_copy_past_else_if_else(c, t, x, n, m):
    for k in n():
        x(1)
        if c():
            break
    else:
        if c():
            t(2)
        else:
            t(3)
        return c()
    return c()


def for_break_copy_past_else_elif(c, t, x, n, m):
    for k in n():
        if c():
            t(1)
            break
    else:
        if c() or c():
            t(2)
        elif c():
            t(3)
        return E2.__name__
    return E2.__name__

assert run([], for_break_copy_past_else_if) in (('E1', []), FELL)
assert run([1], for_break_copy_past_else_if) in (('E1', [13]), FELL)
assert run([1, 1], for_break_copy_past_else_if) in (('E1', [1, 13]), FELL)
assert run([0, 1, 1], for_break_copy_past_else_if) in (('E1', [2]), FELL)
assert run([1, 0, 1], for_break_copy_past_else_if) in ((12, []), FELL)
assert run([], for_break_copy_past_else_if_else) in ((0, [3]), FELL)
assert run([1], for_break_copy_past_else_if_else) in ((0, [-1, 3]), FELL)
assert run([2], for_break_copy_past_else_if_else) in ((0, [-1, -1, 3]), FELL)
assert run([0, 1], for_break_copy_past_else_if_else) in ((0, [2]), FELL)
assert run([1, 1], for_break_copy_past_else_if_else) in (('E1', [-1]), FELL)
assert run([1, 2], for_break_copy_past_else_if_else) in (('E2', [-1]), FELL)
assert run([], for_break_copy_past_else_elif) in (('E2', []), FELL)
assert run([0, 1], for_break_copy_past_else_elif) in (('E2', [2]), FELL)
assert run([1, 1], for_break_copy_past_else_elif) in (('E2', [1]), FELL)
assert run([0, 0, 0, 1], for_break_copy_past_else_elif) in (('E2', [3]), FELL)
