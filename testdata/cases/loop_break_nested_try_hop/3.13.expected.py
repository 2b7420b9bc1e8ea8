








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


def loop_break_nested_try_named_clause(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            try:
                t(1)
                return 2
            except E2 as e:
                x(5)
            continue
        except E1:
            t(10)
            continue
    t(11)


def loop_break_nested_try_clause(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            try:
                t(1)
                return 2
            except E2:
                x(5)
            continue
        except E1:
            t(10)
            continue
    t(11)


def loop_break_nested_try_clauses_continue(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            try:
                t(1)
                return 2
            except E1:
                return 3
            except E2 as e:
                t(4)
                x(5)
            continue
        except E1:
            try:
                t(6)
            except E1:
                t(7)
                t(8)
                continue
            except E2 as e:
                t(9)
            t(10)
            continue
    t(11)


def loop_break_nested_try_then_code(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            try:
                x(1)
                return 2
            except E2:
                x(5)
        except E1:
            t(10)
    t(11)
    return 12

assert run([], loop_break_nested_try_named_clause) in ((2, [1]), FELL)
assert run([1], loop_break_nested_try_named_clause) in ((None, [11]), FELL)
assert run([], loop_break_nested_try_clause) in ((2, [1]), FELL)
assert run([1], loop_break_nested_try_clause) in ((None, [11]), FELL)
assert run([], loop_break_nested_try_clauses_continue) in ((2, [1]), FELL)
assert run([1], loop_break_nested_try_clauses_continue) in ((None, [11]), FELL)
assert run([], loop_break_nested_try_then_code) in ((2, [-1]), FELL)
assert run([1], loop_break_nested_try_then_code) in ((12, [11]), FELL)
assert run([0, 1], loop_break_nested_try_then_code) in ((2, [-1, 10, -1]), FELL)
assert run([0, 2], loop_break_nested_try_then_code) in ((2, [-1, -5, -1]), FELL)
assert run([0, 1, 1], loop_break_nested_try_then_code) in ((12, [-1, 10, 11]), FELL)
assert run([0, 2, 1], loop_break_nested_try_then_code) in ((2, [-1, -5, 10, -1]), FELL)
