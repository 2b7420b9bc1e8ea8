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


def clause_with_try_else_return(c, t, x, n, m):
    try:
        x(1)
    except E2:
        with m(15):
            try:
                x(16)
                return 19
            except E1:
                pass


def named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        with m(15):
            try:
                x(16)
            except E1:
                pass
            else:
                return 19


def else_statements(c, t, x, n, m):
    try:
        x(1)
    except E2:
        t(2)
        with m(15) as w:
            try:
                x(16)
            except E1:
                t(17)
            else:
                t(18)
                return 19


def code_after_try(c, t, x, n, m):
    try:
        x(1)
    except E2:
        with m(15):
            try:
                x(16)
                return 19
            except E1:
                pass
    t(20)


def in_branch(c, t, x, n, m):
    if c():
        try:
            x(1)
        except E2:
            with m(15):
                try:
                    x(16)
                    return 19
                except E1:
                    pass

assert run([], clause_with_try_else_return) in ((None, [-1]), FELL)
assert run([1], clause_with_try_else_return) in (('E1', [-1]), FELL)
assert run([2], clause_with_try_else_return) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 1], clause_with_try_else_return) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2], clause_with_try_else_return) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], clause_with_try_else_return) in ((None, [-1, ('enter', 15), -16, ('exit', 15, True)]), FELL)
assert run([], named_clause) in ((None, [-1]), FELL)
assert run([1], named_clause) in (('E1', [-1]), FELL)
assert run([2], named_clause) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 1], named_clause) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2], named_clause) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], named_clause) in ((None, [-1, ('enter', 15), -16, ('exit', 15, True)]), FELL)
assert run([], else_statements) in ((None, [-1]), FELL)
assert run([1], else_statements) in (('E1', [-1]), FELL)
assert run([2], else_statements) in ((19, [-1, 2, ('enter', 15), -16, 18, ('exit', 15, False)]), FELL)
assert run([2, 1], else_statements) in ((None, [-1, 2, ('enter', 15), -16, 17, ('exit', 15, False)]), FELL)
assert run([2, 2], else_statements) in (('E2', [-1, 2, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], else_statements) in ((None, [-1, 2, ('enter', 15), -16, ('exit', 15, True)]), FELL)
assert run([], code_after_try) in ((None, [-1, 20]), FELL)
assert run([1], code_after_try) in (('E1', [-1]), FELL)
assert run([2], code_after_try) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 1], code_after_try) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False), 20]), FELL)
assert run([2, 2], code_after_try) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], code_after_try) in ((None, [-1, ('enter', 15), -16, ('exit', 15, True), 20]), FELL)
assert run([], in_branch) in ((None, []), FELL)
assert run([1], in_branch) in ((None, [-1]), FELL)
assert run([1, 1], in_branch) in (('E1', [-1]), FELL)
assert run([1, 2], in_branch) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([1, 2, 1], in_branch) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([1, 2, 2], in_branch) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
