







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


def try_with_try_returns_then_code_clause_loop(c, t, x, n, m):
    try:
        with m(1):
            try:
                return x(1)
            except E1:
                pass
            return 12
        x(13)
    except E1:
        while True:
            if c() or c():
                t(11)
                break
            else:
                continue
    t(47)


def try_with_try_returns_then_code_clause_call(c, t, x, n, m):
    try:
        with m(1):
            try:
                return x(1)
            except E1:
                pass
            return 12
        x(13)
    except E1:
        t(14)
    t(47)


def try_with_return_then_code_clause_while(c, t, x, n, m):
    try:
        with m(1):
            return x(1)
        x(13)
    except E1:
        while c():
            t(2)
    t(47)

assert run([], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_returns_then_code_clause_loop) in ((12, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_returns_then_code_clause_loop) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([2, 1, 1], try_with_try_returns_then_code_clause_loop) in (('Budget', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([2, 1, 2], try_with_try_returns_then_code_clause_loop) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([2, 1, 1, 1], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 11, 47]), FELL)
assert run([], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_returns_then_code_clause_call) in ((12, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_returns_then_code_clause_call) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([2, 1, 1], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 14, 47]), FELL)
assert run([2, 1, 2], try_with_try_returns_then_code_clause_call) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 47]), FELL)
assert run([2], try_with_return_then_code_clause_while) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([1, 0, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 47]), FELL)
assert run([1, 1, 2], try_with_return_then_code_clause_while) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([1, 0, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 47]), FELL)
assert run([1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 2, 2, 47]), FELL)
