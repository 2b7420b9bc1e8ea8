








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


def clause_while_true_break_then_try_finally(c, t, x, n, m):
    try:
        x(19)
    except E1:
        while True:
            if c():
                break
            else:
                try:
                    pass
                except E1:
                    pass
    finally:
        t(20)


def clause_while_true_break_then_try_else_finally(c, t, x, n, m):
    try:
        x(19)
    except E1:
        while True:
            if c():
                break
            else:
                try:
                    t(3)
                except E1:
                    pass
    except E2 as e:
        pass
    finally:
        pass
    return


def clause_while_true_break_then_try(c, t, x, n, m):
    try:
        x(19)
    except E1:
        while True:
            if c():
                break
            else:
                try:
                    x(5)
                except E1:
                    t(6)
    t(7)


def clause_while_true_break_then_code(c, t, x, n, m):
    try:
        x(19)
    except E1:
        while True:
            if c():
                break
            try:
                pass
            except E1:
                pass
        x(3)


def clause_loop_if_break_elif_after_with(c, t, x, n, m):
    try:
        x(2)
    except E1:
        while not c():
            with m(16) as w:
                t(17)
            if not c():
                t(19)
                break
            if c() and c():
                x(21)
                raise E2(23)
    t(57)


def clause_if_with_elif(c, t, x, n, m):
    try:
        x(2)
    except E1:
        if c():
            x(11)
            with m(12):
                t(13)
        elif c():
            if c() and c():
                return 19
            for k in n():
                t(28)
    t(44)

assert run([0], clause_while_true_break_then_try_finally) in ((None, [-19, 20]), FELL)
assert run([1], clause_while_true_break_then_try_finally) in (('Budget', [-19, 20]), FELL)
assert run([2], clause_while_true_break_then_try_finally) in (('E2', [-19, 20]), FELL)
assert run([0], clause_while_true_break_then_try_else_finally) in ((None, [-19]), FELL)
assert run([1], clause_while_true_break_then_try_else_finally) in (('Budget', [-19, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([1, 0, 1], clause_while_true_break_then_try_else_finally) in ((None, [-19, 3]), FELL)
assert run([1, 0, 0, 1], clause_while_true_break_then_try_else_finally) in ((None, [-19, 3, 3]), FELL)
assert run([0], clause_while_true_break_then_try) in ((None, [-19, 7]), FELL)
assert run([1], clause_while_true_break_then_try) in (('Budget', [-19, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([2], clause_while_true_break_then_try) in (('E2', [-19]), FELL)
assert run([1, 0, 1], clause_while_true_break_then_try) in (('Budget', [-19, -5, 6, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1, 0, 2], clause_while_true_break_then_try) in (('E2', [-19, -5]), FELL)
assert run([1, 0, 0, 1], clause_while_true_break_then_try) in ((None, [-19, -5, 7]), FELL)
assert run([1, 0, 1, 1], clause_while_true_break_then_try) in ((None, [-19, -5, 6, 7]), FELL)
assert run([0], clause_while_true_break_then_code) in ((None, [-19]), FELL)
assert run([1], clause_while_true_break_then_code) in (('Budget', [-19]), FELL)
assert run([2], clause_while_true_break_then_code) in (('E2', [-19]), FELL)
assert run([1, 1], clause_while_true_break_then_code) in ((None, [-19, -3]), FELL)
assert run([1, 1, 1], clause_while_true_break_then_code) in (('E1', [-19, -3]), FELL)
assert run([1, 1, 2], clause_while_true_break_then_code) in (('E2', [-19, -3]), FELL)
assert run([0], clause_loop_if_break_elif_after_with) in ((None, [-2, 57]), FELL)
assert run([1], clause_loop_if_break_elif_after_with) in ((None, [-2, ('enter', 16), 17, ('exit', 16, False), 19, 57]), FELL)
assert run([2], clause_loop_if_break_elif_after_with) in (('E2', [-2]), FELL)
assert run([1, 0, 1], clause_loop_if_break_elif_after_with) in ((None, [-2, ('enter', 16), 17, ('exit', 16, False), ('enter', 16), 17, ('exit', 16, False), 19, 57]), FELL)
assert run([0], clause_if_with_elif) in ((None, [-2, 44]), FELL)
assert run([2], clause_if_with_elif) in (('E2', [-2]), FELL)
assert run([1, 1], clause_if_with_elif) in ((None, [-2, -11, ('enter', 12), 13, ('exit', 12, False), 44]), FELL)
assert run([1, 1, 1], clause_if_with_elif) in (('E1', [-2, -11]), FELL)
assert run([1, 1, 2], clause_if_with_elif) in (('E2', [-2, -11]), FELL)
