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


def if_try_return_none_clause_then_code_else(c, t, x, n, m):
    if c():
        try:
            x(47)
            return
        except E1:
            t(48)
        t(53)
    else:
        t(60)
    t(61)


def if_try_return_none_clause_then_code(c, t, x, n, m):
    if c():
        try:
            x(47)
            return None
        except E1:
            t(48)
        t(53)
    t(61)
    return 4


def while_if_try_return_none_then_code_else(c, t, x, n, m):
    while c():
        if c():
            try:
                x(47)
                return
            except E1:
                t(48)
            t(53)
        else:
            t(60)
        t(61)


def for_if_try_return_none_then_code(c, t, x, n, m):
    for i in n():
        if c():
            try:
                x(47)
                return None
            except E1:
                t(48)
            t(53)
        t(61)
    return 5


def while_if_try_continue_then_code_else(c, t, x, n, m):
    while c():
        if c():
            try:
                x(47)
                continue
            except E1:
                t(48)
            t(53)
        else:
            t(60)
        t(61)


def while_if_try_continue_then_code(c, t, x, n, m):
    while c():
        if c():
            try:
                x(47)
                continue
            except E1:
                t(48)
            t(53)
        t(61)


def for_if_try_continue_then_code_else(c, t, x, n, m):
    for i in n():
        if c():
            try:
                x(47)
                continue
            except E1:
                t(48)
            t(53)
        else:
            t(60)
        t(61)
    t(62)


def while_elif_try_continue_then_if_continue(c, t, x, n, m):
    while c():
        t(42)
        if not c():
            t(1)
        elif c():
            try:
                x(47)
                continue
            except E1:
                t(48)
            if c():
                t(53)
                continue
        else:
            t(60)
        t(61)


def while_elif_try_continue_dead_else_then_if(c, t, x, n, m):
    v = 0
    while c():
        t(42)
        if not c():
            t(1)
        elif c():
            try:
                x(47)
                continue
            except E1:
                t(48)
            if c():
                t(53)
                continue
        elif n() == 1:
            t(58)
            return v
        else:
            t(60)
        t(61)
    return v


def while_if_try_continue_clause_as_then_break(c, t, x, n, m):
    while c():
        if c():
            try:
                x(47)
                continue
            except E1 as e:
                t(48)
            if c():
                break
            t(53)
        t(61)
    t(62)

assert run([], if_try_return_none_clause_then_code_else) in ((None, [60, 61]), FELL)
assert run([1], if_try_return_none_clause_then_code_else) in ((None, [-47]), FELL)
assert run([1, 1], if_try_return_none_clause_then_code_else) in ((None, [-47, 48, 53, 61]), FELL)
assert run([1, 2], if_try_return_none_clause_then_code_else) in (('E2', [-47]), FELL)
assert run([], if_try_return_none_clause_then_code) in ((4, [61]), FELL)
assert run([1], if_try_return_none_clause_then_code) in ((None, [-47]), FELL)
assert run([1, 1], if_try_return_none_clause_then_code) in ((4, [-47, 48, 53, 61]), FELL)
assert run([1, 2], if_try_return_none_clause_then_code) in (('E2', [-47]), FELL)
assert run([], while_if_try_return_none_then_code_else) in ((None, []), FELL)
assert run([1], while_if_try_return_none_then_code_else) in ((None, [60, 61]), FELL)
assert run([1, 1], while_if_try_return_none_then_code_else) in ((None, [-47]), FELL)
assert run([1, 0, 1], while_if_try_return_none_then_code_else) in ((None, [60, 61, 60, 61]), FELL)
assert run([1, 1, 1], while_if_try_return_none_then_code_else) in ((None, [-47, 48, 53, 61]), FELL)
assert run([1, 1, 2], while_if_try_return_none_then_code_else) in (('E2', [-47]), FELL)
assert run([1, 0, 1, 1], while_if_try_return_none_then_code_else) in ((None, [60, 61, -47]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_none_then_code_else) in ((None, [-47, 48, 53, 61, 60, 61]), FELL)
assert run([], for_if_try_return_none_then_code) in ((5, []), FELL)
assert run([1], for_if_try_return_none_then_code) in ((5, [61]), FELL)
assert run([2], for_if_try_return_none_then_code) in ((5, [61, 61]), FELL)
assert run([1, 1], for_if_try_return_none_then_code) in ((None, [-47]), FELL)
assert run([1, 1, 1], for_if_try_return_none_then_code) in ((5, [-47, 48, 53, 61]), FELL)
assert run([1, 1, 2], for_if_try_return_none_then_code) in (('E2', [-47]), FELL)
assert run([2, 0, 1], for_if_try_return_none_then_code) in ((None, [61, -47]), FELL)
assert run([2, 1, 1], for_if_try_return_none_then_code) in ((5, [-47, 48, 53, 61, 61]), FELL)
assert run([], while_if_try_continue_then_code_else) in ((None, []), FELL)
assert run([1], while_if_try_continue_then_code_else) in ((None, [60, 61]), FELL)
assert run([1, 1], while_if_try_continue_then_code_else) in ((None, [-47]), FELL)
assert run([1, 0, 1], while_if_try_continue_then_code_else) in ((None, [60, 61, 60, 61]), FELL)
assert run([1, 1, 1], while_if_try_continue_then_code_else) in ((None, [-47, 48, 53, 61]), FELL)
assert run([1, 1, 2], while_if_try_continue_then_code_else) in (('E2', [-47]), FELL)
assert run([1, 0, 1, 1], while_if_try_continue_then_code_else) in ((None, [60, 61, -47]), FELL)
assert run([1, 1, 0, 1], while_if_try_continue_then_code_else) in ((None, [-47, 60, 61]), FELL)
assert run([], while_if_try_continue_then_code) in ((None, []), FELL)
assert run([1], while_if_try_continue_then_code) in ((None, [61]), FELL)
assert run([1, 1], while_if_try_continue_then_code) in ((None, [-47]), FELL)
assert run([1, 0, 1], while_if_try_continue_then_code) in ((None, [61, 61]), FELL)
assert run([1, 1, 1], while_if_try_continue_then_code) in ((None, [-47, 48, 53, 61]), FELL)
assert run([1, 1, 2], while_if_try_continue_then_code) in (('E2', [-47]), FELL)
assert run([1, 0, 1, 1], while_if_try_continue_then_code) in ((None, [61, -47]), FELL)
assert run([1, 1, 0, 1], while_if_try_continue_then_code) in ((None, [-47, 61]), FELL)
assert run([], for_if_try_continue_then_code_else) in ((None, [62]), FELL)
assert run([1], for_if_try_continue_then_code_else) in ((None, [60, 61, 62]), FELL)
assert run([2], for_if_try_continue_then_code_else) in ((None, [60, 61, 60, 61, 62]), FELL)
assert run([1, 1], for_if_try_continue_then_code_else) in ((None, [-47, 62]), FELL)
assert run([2, 1], for_if_try_continue_then_code_else) in ((None, [-47, 60, 61, 62]), FELL)
assert run([1, 1, 1], for_if_try_continue_then_code_else) in ((None, [-47, 48, 53, 61, 62]), FELL)
assert run([1, 1, 2], for_if_try_continue_then_code_else) in (('E2', [-47]), FELL)
assert run([2, 0, 1], for_if_try_continue_then_code_else) in ((None, [60, 61, -47, 62]), FELL)
assert run([], while_elif_try_continue_then_if_continue) in ((None, []), FELL)
assert run([1], while_elif_try_continue_then_if_continue) in ((None, [42, 1, 61]), FELL)
assert run([1, 1], while_elif_try_continue_then_if_continue) in ((None, [42, 60, 61]), FELL)
assert run([1, 0, 1], while_elif_try_continue_then_if_continue) in ((None, [42, 1, 61, 42, 1, 61]), FELL)
assert run([1, 1, 1], while_elif_try_continue_then_if_continue) in ((None, [42, -47]), FELL)
assert run([1, 0, 1, 1], while_elif_try_continue_then_if_continue) in ((None, [42, 1, 61, 42, 60, 61]), FELL)
assert run([1, 1, 0, 1], while_elif_try_continue_then_if_continue) in ((None, [42, 60, 61, 42, 1, 61]), FELL)
assert run([1, 1, 1, 1], while_elif_try_continue_then_if_continue) in ((None, [42, -47, 48, 61]), FELL)
assert run([], while_elif_try_continue_dead_else_then_if) in ((0, []), FELL)
assert run([1], while_elif_try_continue_dead_else_then_if) in ((0, [42, 1, 61]), FELL)
assert run([1, 1], while_elif_try_continue_dead_else_then_if) in ((0, [42, 60, 61]), FELL)
assert run([1, 0, 1], while_elif_try_continue_dead_else_then_if) in ((0, [42, 1, 61, 42, 1, 61]), FELL)
assert run([1, 1, 1], while_elif_try_continue_dead_else_then_if) in ((0, [42, -47]), FELL)
assert run([1, 0, 1, 1], while_elif_try_continue_dead_else_then_if) in ((0, [42, 1, 61, 42, 60, 61]), FELL)
assert run([1, 1, 1, 1], while_elif_try_continue_dead_else_then_if) in ((0, [42, -47, 48, 61]), FELL)
assert run([1, 1, 1, 2], while_elif_try_continue_dead_else_then_if) in (('E2', [42, -47]), FELL)
assert run([], while_if_try_continue_clause_as_then_break) in ((None, [62]), FELL)
assert run([1], while_if_try_continue_clause_as_then_break) in ((None, [61, 62]), FELL)
assert run([1, 1], while_if_try_continue_clause_as_then_break) in ((None, [-47, 62]), FELL)
assert run([1, 0, 1], while_if_try_continue_clause_as_then_break) in ((None, [61, 61, 62]), FELL)
assert run([1, 1, 1], while_if_try_continue_clause_as_then_break) in ((None, [-47, 48, 53, 61, 62]), FELL)
assert run([1, 1, 2], while_if_try_continue_clause_as_then_break) in (('E2', [-47]), FELL)
assert run([1, 0, 1, 1], while_if_try_continue_clause_as_then_break) in ((None, [61, -47, 62]), FELL)
assert run([1, 1, 0, 1], while_if_try_continue_clause_as_then_break) in ((None, [-47, 61, 62]), FELL)
