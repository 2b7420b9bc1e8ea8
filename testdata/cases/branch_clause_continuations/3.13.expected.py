











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


def if_else_tries_returning_then_code(c, t, x, n, m):
    if c():
        try:
            x(3)
            return 4
        except E2:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    t(19)


def if_else_tries_returning_then_loop(c, t, x, n, m):
    if c():
        try:
            x(3)
            return 4
        except E2:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    while c():
        t(19)


def if_elif_else_tries_then_loop(c, t, x, n, m):
    if c():
        try:
            x(4)
            raise E2(4)
        except E2 as e:
            pass
    elif not c():
        try:
            return 10
        except E1:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    while c():
        t(19)


def elif_orphan_try_then_code_then_if_end(c, t, x, n, m):
    if c():
        if c():
            t(1)
        elif not c():
            try:
                return 6
            except E1:
                t(7)
            t(8)
    t(11)


def for_clause_break_ending_while_and(c, t, x, n, m):
    k = 0
    while k < 3 and c():
        for i in n():
            try:
                x(8)
                k += 1
            except E1:
                break
    return k


def orphan_then_try_finally_returning_in_try(c, t, x, n, m):
    try:
        try:
            pass
        except E1:
            pass
        else:
            pass
        try:
            try:
                x(31)
                return 32
            finally:
                t(34)
        except E1:
            pass
        except E2 as e:
            x(39)
    except E1:
        pass
    t(56)

assert run([], if_else_tries_returning_then_code) in ((15, [-14]), FELL)
assert run([1], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([0, 1], if_else_tries_returning_then_code) in ((None, [-14, 19]), FELL)
assert run([0, 2], if_else_tries_returning_then_code) in (('E2', [-14]), FELL)
assert run([1, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([1, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([2], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([3], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([2, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([2, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([3, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([3, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([], if_else_tries_returning_then_loop) in ((15, [-14]), FELL)
assert run([1], if_else_tries_returning_then_loop) in ((4, [-3]), FELL)
assert run([0, 1], if_else_tries_returning_then_loop) in ((None, [-14]), FELL)
assert run([0, 2], if_else_tries_returning_then_loop) in (('E2', [-14]), FELL)
assert run([1, 1], if_else_tries_returning_then_loop) in (('E1', [-3]), FELL)
assert run([1, 2], if_else_tries_returning_then_loop) in ((None, [-3]), FELL)
assert run([0, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19]), FELL)
assert run([1, 2, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19]), FELL)
assert run([0, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19, 19]), FELL)
assert run([1, 2, 1, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19, 19]), FELL)
assert run([0, 1, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19, 19, 19]), FELL)
assert run([1, 2, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19, 19, 19]), FELL)
assert run([], if_elif_else_tries_then_loop) in ((10, []), FELL)
assert run([1], if_elif_else_tries_then_loop) in ((None, [-4]), FELL)
assert run([0, 1], if_elif_else_tries_then_loop) in ((15, [-14]), FELL)
assert run([1, 1], if_elif_else_tries_then_loop) in (('E1', [-4]), FELL)
assert run([0, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14]), FELL)
assert run([0, 1, 2], if_elif_else_tries_then_loop) in (('E2', [-14]), FELL)
assert run([1, 0, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19]), FELL)
assert run([0, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14, 19]), FELL)
assert run([1, 0, 1, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19, 19]), FELL)
assert run([0, 1, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14, 19, 19]), FELL)
assert run([1, 0, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19, 19, 19]), FELL)
assert run([2], if_elif_else_tries_then_loop) in ((None, [-4]), FELL)
assert run([], for_clause_break_ending_while_and) in ((0, []), FELL)
assert run([1, 1], for_clause_break_ending_while_and) in ((1, [-8]), FELL)
assert run([1, 2], for_clause_break_ending_while_and) in ((2, [-8, -8]), FELL)
assert run([1, 3], for_clause_break_ending_while_and) in ((3, [-8, -8, -8]), FELL)
assert run([1, 1, 1], for_clause_break_ending_while_and) in ((0, [-8]), FELL)
assert run([1, 1, 2], for_clause_break_ending_while_and) in (('E2', [-8]), FELL)
assert run([1, 2, 0, 1], for_clause_break_ending_while_and) in ((1, [-8, -8]), FELL)
assert run([1, 2, 0, 2], for_clause_break_ending_while_and) in (('E2', [-8, -8]), FELL)
assert run([1, 1, 0, 1, 3], for_clause_break_ending_while_and) in ((4, [-8, -8, -8, -8]), FELL)
assert run([1, 1, 1, 1, 2], for_clause_break_ending_while_and) in ((2, [-8, -8, -8]), FELL)
assert run([1, 1, 1, 1, 3], for_clause_break_ending_while_and) in ((3, [-8, -8, -8, -8]), FELL)
assert run([1, 3, 0, 0, 2], for_clause_break_ending_while_and) in (('E2', [-8, -8, -8]), FELL)
assert run([], orphan_then_try_finally_returning_in_try) in ((32, [-31, 34]), FELL)
assert run([1], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, 56]), FELL)
assert run([2], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, -39, 56]), FELL)
assert run([2, 2], orphan_then_try_finally_returning_in_try) in (('E2', [-31, 34, -39]), FELL)
assert run([2, 1], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, -39, 56]), FELL)
assert run([], elif_orphan_try_then_code_then_if_end) in ((None, [11]), FELL)
assert run([1], elif_orphan_try_then_code_then_if_end) in ((6, []), FELL)
assert run([1, 1], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([2], elif_orphan_try_then_code_then_if_end) in ((6, []), FELL)
assert run([3], elif_orphan_try_then_code_then_if_end) in ((6, []), FELL)
assert run([1, 2], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([1, 3], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([2, 1], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([2, 2], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([2, 3], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([3, 1], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
assert run([3, 2], elif_orphan_try_then_code_then_if_end) in ((None, [1, 11]), FELL)
