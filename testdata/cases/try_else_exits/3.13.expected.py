










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


def for_with_try_else_return(c, t, x, n, m):
    for j in n():
        with m(9):
            try:
                x(12)
            except E1:
                pass
            else:
                t(14)
                return 5


def for_with_try_else_return_then_code(c, t, x, n, m):
    for j in n():
        with m(9):
            try:
                x(12)
            except E1:
                pass
            else:
                t(14)
                return 5
        t(20)


def orphan_try_else_endless_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        return
    else:
        while True:
            if c():
                return
            t(47)


def orphan_try_else_in_named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            pass
        except E1:
            pass
        else:
            t(2)


def try_else_in_named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(3)
        except E1:
            pass
        else:
            t(2)


def try_while_else_if_return(c, t, x, n, m):
    try:
        while c():
            x(3)
        t(5)
        if c():
            return 31
    except E1:
        pass
    else:
        t(8)
    t(40)


def loop_try_while_else_if_return(c, t, x, n, m):
    for i in n():
        try:
            while c():
                x(3)
            if c():
                return 31
        except E1:
            pass
        t(40)

assert run([], for_with_try_else_return) in ((None, []), FELL)
assert run([1], for_with_try_else_return) in ((5, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 1], for_with_try_else_return) in ((None, [('enter', 9), -12, ('exit', 9, False)]), FELL)
assert run([1, 2], for_with_try_else_return) in (('E2', [('enter', 9), -12, ('exit', 9, False)]), FELL)
assert run([2, 1], for_with_try_else_return) in ((5, [('enter', 9), -12, ('exit', 9, False), ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 2, 1], for_with_try_else_return) in ((None, [('enter', 9), -12, ('exit', 9, True)]), FELL)
assert run([2, 1, 1], for_with_try_else_return) in ((None, [('enter', 9), -12, ('exit', 9, False), ('enter', 9), -12, ('exit', 9, False)]), FELL)
assert run([2, 1, 2], for_with_try_else_return) in (('E2', [('enter', 9), -12, ('exit', 9, False), ('enter', 9), -12, ('exit', 9, False)]), FELL)
assert run([], for_with_try_else_return_then_code) in ((None, []), FELL)
assert run([1], for_with_try_else_return_then_code) in ((5, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 1], for_with_try_else_return_then_code) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([1, 2], for_with_try_else_return_then_code) in (('E2', [('enter', 9), -12, ('exit', 9, False)]), FELL)
assert run([2, 1], for_with_try_else_return_then_code) in ((5, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 2, 1], for_with_try_else_return_then_code) in ((None, [('enter', 9), -12, ('exit', 9, True), 20]), FELL)
assert run([2, 1, 1], for_with_try_else_return_then_code) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 1, 2], for_with_try_else_return_then_code) in (('E2', [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, ('exit', 9, False)]), FELL)
assert run([], orphan_try_else_endless_loop) in (('Budget', [47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1], orphan_try_else_endless_loop) in ((None, []), FELL)
assert run([0, 1], orphan_try_else_endless_loop) in ((None, [47]), FELL)
assert run([0, 0, 1], orphan_try_else_endless_loop) in ((None, [47, 47]), FELL)
assert run([0, 0, 0, 1], orphan_try_else_endless_loop) in ((None, [47, 47, 47]), FELL)
assert run([0, 0, 0, 0, 1], orphan_try_else_endless_loop) in ((None, [47, 47, 47, 47]), FELL)
assert run([2], orphan_try_else_endless_loop) in ((None, []), FELL)
assert run([3], orphan_try_else_endless_loop) in ((None, []), FELL)
assert run([], orphan_try_else_in_named_clause) in ((None, [-1]), FELL)
assert run([1], orphan_try_else_in_named_clause) in (('E1', [-1]), FELL)
assert run([2], orphan_try_else_in_named_clause) in ((None, [-1, 2]), FELL)
assert run([], try_else_in_named_clause) in ((None, [-1]), FELL)
assert run([1], try_else_in_named_clause) in (('E1', [-1]), FELL)
assert run([2], try_else_in_named_clause) in ((None, [-1, -3, 2]), FELL)
assert run([2, 1], try_else_in_named_clause) in ((None, [-1, -3]), FELL)
assert run([2, 2], try_else_in_named_clause) in (('E2', [-1, -3]), FELL)
assert run([], try_while_else_if_return) in ((None, [5, 8, 40]), FELL)
assert run([1], try_while_else_if_return) in ((None, [-3, 5, 8, 40]), FELL)
assert run([0, 1], try_while_else_if_return) in ((31, [5]), FELL)
assert run([1, 1], try_while_else_if_return) in ((None, [-3, 40]), FELL)
assert run([1, 2], try_while_else_if_return) in (('E2', [-3]), FELL)
assert run([1, 0, 1], try_while_else_if_return) in ((None, [-3, -3, 5, 8, 40]), FELL)
assert run([1, 0, 0, 1], try_while_else_if_return) in ((31, [-3, 5]), FELL)
assert run([1, 0, 1, 1], try_while_else_if_return) in ((None, [-3, -3, 40]), FELL)
assert run([], loop_try_while_else_if_return) in ((None, []), FELL)
assert run([1], loop_try_while_else_if_return) in ((None, [40]), FELL)
assert run([2], loop_try_while_else_if_return) in ((None, [40, 40]), FELL)
assert run([3], loop_try_while_else_if_return) in ((None, [40, 40, 40]), FELL)
assert run([1, 1], loop_try_while_else_if_return) in ((None, [-3, 40]), FELL)
assert run([2, 1], loop_try_while_else_if_return) in ((None, [-3, 40, 40]), FELL)
assert run([3, 1], loop_try_while_else_if_return) in ((None, [-3, 40, 40, 40]), FELL)
assert run([1, 0, 1], loop_try_while_else_if_return) in ((31, []), FELL)
