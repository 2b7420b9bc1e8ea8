class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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


def clause_try_else_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                t(6)
                break
        t(11)
    t(12)


def clause_try_else_break_finally(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                t(6)
                break
        finally:
            t(9)
        t(11)
    t(12)


def clause_try_else_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E2:
                t(5)
            else:
                t(6)
                continue
        t(11)
    return 12


def named_clause_try_else_break(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1 as e:
            try:
                x(4)
            except E1:
                t(5)
            except E2:
                t(7)
            else:
                t(6)
                break
        t(11)
    t(12)


def clause_try_else_return(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
                return 6
            except E1:
                t(5)
        t(11)
    t(12)


def clause_try_else_if_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                if c():
                    break
                t(6)
        t(11)
    t(12)

assert run([], clause_try_else_break) in ((None, [12]), FELL)
assert run([1], clause_try_else_break) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_break) in ((None, [-1, -4, 6, 12]), FELL)
assert run([1, 2], clause_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_break) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_break_finally) in ((None, [12]), FELL)
assert run([1], clause_try_else_break_finally) in ((None, [-1, 9, 11, 12]), FELL)
assert run([2], clause_try_else_break_finally) in ((None, [-1, 9, 11, -1, 9, 11, 12]), FELL)
assert run([1, 1], clause_try_else_break_finally) in ((None, [-1, -4, 6, 9, 12]), FELL)
assert run([1, 2], clause_try_else_break_finally) in (('E2', [-1, 9]), FELL)
assert run([1, 1, 1], clause_try_else_break_finally) in ((None, [-1, -4, 5, 9, 11, 12]), FELL)
assert run([], clause_try_else_continue) in ((12, []), FELL)
assert run([1], clause_try_else_continue) in ((12, [-1, 11]), FELL)
assert run([2], clause_try_else_continue) in ((12, [-1, 11, -1, 11]), FELL)
assert run([1, 1], clause_try_else_continue) in ((12, [-1, -4, 6]), FELL)
assert run([1, 2], clause_try_else_continue) in (('E2', [-1]), FELL)
assert run([2, 1], clause_try_else_continue) in ((12, [-1, -4, 6, -1, 11]), FELL)
assert run([], named_clause_try_else_break) in ((None, [12]), FELL)
assert run([1], named_clause_try_else_break) in ((None, [-1, 11, 12]), FELL)
assert run([1, 1], named_clause_try_else_break) in ((None, [-1, -4, 6, 12]), FELL)
assert run([1, 2], named_clause_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], named_clause_try_else_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1, 1], named_clause_try_else_break) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_return) in ((None, [12]), FELL)
assert run([1], clause_try_else_return) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_return) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_return) in ((6, [-1, -4]), FELL)
assert run([1, 2], clause_try_else_return) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_return) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_if_break) in ((None, [12]), FELL)
assert run([1], clause_try_else_if_break) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_if_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_if_break) in ((None, [-1, -4, 6, 11, 12]), FELL)
assert run([1, 2], clause_try_else_if_break) in (('E2', [-1]), FELL)
assert run([2, 1], clause_try_else_if_break) in ((None, [-1, -4, 6, 11, -1, 11, 12]), FELL)
