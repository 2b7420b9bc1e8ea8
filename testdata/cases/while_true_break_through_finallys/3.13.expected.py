







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


def while_true_break_through_finallys(c, t, x, n, m):
    while True:
        try:
            try:
                t(1)
                return 11
            except E1:
                pass
            finally:
                t(3)
        finally:
            if c():
                if c():
                    t(9)


def while_true_break_through_finally_pair(c, t, x, n, m):
    try:
        try:
            x(1)
        finally:
            t(3)
    finally:
        if c():
            t(9)
    return 11


def while_true_break_through_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        if c():
            if c():
                t(9)
    return 11


def while_true_breaks_through_finallys(c, t, x, n, m):
    while True:
        if c() and c():
            return 11
        try:
            try:
                t(1)
                return 11
            except E1:
                t(2)
            finally:
                t(3)
            if c() and c():
                t(4)
                x(5)
                t(6)
            else:
                t(7)
                t(8)
                return 11
        finally:
            if c():
                if c():
                    t(9)
        x(10)

assert run([], while_true_break_through_finallys) in ((11, [1, 3]), FELL)
assert run([1, 1], while_true_break_through_finallys) in ((11, [1, 3, 9]), FELL)
assert run([], while_true_break_through_finally_pair) in ((11, [-1, 3]), FELL)
assert run([1], while_true_break_through_finally_pair) in (('E1', [-1, 3]), FELL)
assert run([2], while_true_break_through_finally_pair) in (('E2', [-1, 3]), FELL)
assert run([0, 1], while_true_break_through_finally_pair) in ((11, [-1, 3, 9]), FELL)
assert run([1, 1], while_true_break_through_finally_pair) in (('E1', [-1, 3, 9]), FELL)
assert run([2, 1], while_true_break_through_finally_pair) in (('E2', [-1, 3, 9]), FELL)
assert run([], while_true_break_through_finally) in ((11, [-1]), FELL)
assert run([1], while_true_break_through_finally) in (('E1', [-1]), FELL)
assert run([2], while_true_break_through_finally) in (('E2', [-1]), FELL)
assert run([0, 1, 1], while_true_break_through_finally) in ((11, [-1, 9]), FELL)
assert run([1, 1, 1], while_true_break_through_finally) in (('E1', [-1, 9]), FELL)
assert run([2, 1, 1], while_true_break_through_finally) in (('E2', [-1, 9]), FELL)
assert run([], while_true_breaks_through_finallys) in ((11, [1, 3]), FELL)
assert run([1, 1], while_true_breaks_through_finallys) in ((11, []), FELL)
assert run([0, 1, 1], while_true_breaks_through_finallys) in ((11, [1, 3, 9]), FELL)
