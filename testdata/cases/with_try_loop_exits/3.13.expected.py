



















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


def while_with_try_break_clause(c, t, x, n, m):
    while c():
        with m(1):
            try:
                t(7)
                break
            except E1:
                x(8)
    t(9)


def for_with_try_break_clause(c, t, x, n, m):
    for k in n():
        with m(1):
            try:
                t(7)
                break
            except E1:
                x(8)
    t(9)


def for_with_try_break_clause_at_end(c, t, x, n, m):
    for k in n():
        with m(1):
            try:
                t(7)
                break
            except E1:
                x(8)


def while_with_try_continue_then_code(c, t, x, n, m):
    while c():
        with m(1):
            try:
                t(7)
                continue
            except E1:
                x(8)
            t(9)
        t(10)


def while_with_try_return_then_code(c, t, x, n, m):
    while c():
        with m(1):
            try:
                t(7)
                return 5
            except E1:
                x(8)
            t(9)
        t(10)


def while_with_try_break_then_code(c, t, x, n, m):
    while c():
        with m(1):
            try:
                t(7)
                break
            except E1:
                x(8)
            t(9)
        t(10)
    t(11)


def for_with_try_continue_then_code(c, t, x, n, m):
    for k in n():
        with m(1):
            try:
                t(7)
                continue
            except E1:
                x(8)
            t(9)
        t(10)
    t(11)


def while_with_as_try_continue_clause_as(c, t, x, n, m):
    while c():
        with m(1) as v:
            try:
                t(v)
                continue
            except E1 as e:
                x(8)


def while_true_with_try_break_clause(c, t, x, n, m):
    while True:
        with m(1):
            try:
                t(7)
                return
            except E1:
                x(8)


def for_with_try_break_clause_else(c, t, x, n, m):
    for k in n():
        with m(1):
            try:
                t(7)
                break
            except E1:
                x(8)
    else:
        t(5)
    t(6)


def while_with_try_continue_two_clauses(c, t, x, n, m):
    while c():
        with m(1):
            try:
                x(7)
                continue
            except E1:
                x(8)
            except E2:
                return
        t(4)


def if_with_try_continue_else(c, t, x, n, m):
    while c():
        if c():
            with m(1):
                try:
                    x(7)
                    continue
                except E1:
                    x(8)
        else:
            t(2)
        t(3)


def if_with_try_return_else(c, t, x, n, m):
    while c():
        if c():
            with m(1):
                try:
                    x(7)
                    return 1
                except E1:
                    x(8)
        else:
            t(2)
        t(3)


def if_with_try_continue(c, t, x, n, m):
    while c():
        if c():
            with m(1):
                try:
                    x(7)
                    continue
                except E1:
                    x(8)
        t(3)


def while_true_with_return(c, t, x, n, m):
    t(1)
    while True:
        if not c():
            return None
        x(2)
        with m(3):
            return 4


def if_with_orphan_try_return_then_if(c, t, x, n, m):
    if c():
        with m(1):
            try:
                return 1
            except E1:
                t(3)
        if c():
            return 2
    return 10


def with_try_return_ifexp(c, t, x, n, m):
    with m(1):
        try:
            return t(1) if c() else 2
        except E1:
            x(3)
    t(4)


def with_try_return_and(c, t, x, n, m):
    with m(1):
        try:
            return c() and c()
        except E1:
            x(3)
    t(4)


def if_with_try_return_ifexp_elif(c, t, x, n, m):
    if c():
        with m(1):
            try:
                return t(1) if c() else 2
            except E1:
                x(3)
    else:
        if c():
            t(5)
        return 10
    t(4)
    return 10


def if_with_try_return_ifexp_then_if_else_with(c, t, x, n, m):
    if c() and c():
        with m(1):
            try:
                return t(1) if c() else 2
            except E1:
                x(3)
    else:
        if c():
            t(5)
        return 10
    if c():
        return 6
    with m(7) as w, m(8):
        return 9
    return 10

assert run([], while_with_try_break_clause) in ((None, [9]), FELL)
assert run([1], while_with_try_break_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), 9]), FELL)
assert run([], for_with_try_break_clause) in ((None, [9]), FELL)
assert run([1], for_with_try_break_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), 9]), FELL)
assert run([], for_with_try_break_clause_at_end) in ((None, []), FELL)
assert run([1], for_with_try_break_clause_at_end) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([], while_with_try_continue_then_code) in ((None, []), FELL)
assert run([1], while_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1], while_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], while_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([], while_with_try_return_then_code) in ((None, []), FELL)
assert run([1], while_with_try_return_then_code) in ((5, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([], while_with_try_break_then_code) in ((None, [11]), FELL)
assert run([1], while_with_try_break_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), 11]), FELL)
assert run([], for_with_try_continue_then_code) in ((None, [11]), FELL)
assert run([1], for_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), 11]), FELL)
assert run([2], for_with_try_continue_then_code) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), 11]), FELL)
assert run([], while_with_as_try_continue_clause_as) in ((None, []), FELL)
assert run([1], while_with_as_try_continue_clause_as) in ((None, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1], while_with_as_try_continue_clause_as) in ((None, [('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_with_as_try_continue_clause_as) in ((None, [('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], while_with_as_try_continue_clause_as) in ((None, [('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_with_as_try_continue_clause_as) in ((None, [('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False), ('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([], while_true_with_try_break_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([], for_with_try_break_clause_else) in ((None, [5, 6]), FELL)
assert run([1], for_with_try_break_clause_else) in ((None, [('enter', 1), 7, ('exit', 1, False), 6]), FELL)
assert run([], while_with_try_continue_two_clauses) in ((None, []), FELL)
assert run([1], while_with_try_continue_two_clauses) in ((None, [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([1, 1], while_with_try_continue_two_clauses) in ((None, [('enter', 1), -7, -8, ('exit', 1, False), 4]), FELL)
assert run([1, 0, 1], while_with_try_continue_two_clauses) in ((None, [('enter', 1), -7, ('exit', 1, False), ('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_with_try_continue_two_clauses) in (('E1', [('enter', 1), -7, -8, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], while_with_try_continue_two_clauses) in (('E2', [('enter', 1), -7, -8, ('exit', 1, False)]), FELL)
assert run([], if_with_try_continue_else) in ((None, []), FELL)
assert run([1], if_with_try_continue_else) in ((None, [2, 3]), FELL)
assert run([1, 1], if_with_try_continue_else) in ((None, [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], if_with_try_continue_else) in ((None, [2, 3, 2, 3]), FELL)
assert run([1, 1, 1], if_with_try_continue_else) in ((None, [('enter', 1), -7, -8, ('exit', 1, False), 3]), FELL)
assert run([1, 1, 2], if_with_try_continue_else) in (('E2', [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([], if_with_try_return_else) in ((None, []), FELL)
assert run([1], if_with_try_return_else) in ((None, [2, 3]), FELL)
assert run([1, 1], if_with_try_return_else) in ((1, [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], if_with_try_return_else) in ((None, [2, 3, 2, 3]), FELL)
assert run([1, 1, 1], if_with_try_return_else) in ((None, [('enter', 1), -7, -8, ('exit', 1, False), 3]), FELL)
assert run([1, 1, 2], if_with_try_return_else) in (('E2', [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([], if_with_try_continue) in ((None, []), FELL)
assert run([1], if_with_try_continue) in ((None, [3]), FELL)
assert run([1, 1], if_with_try_continue) in ((None, [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], if_with_try_continue) in ((None, [3, 3]), FELL)
assert run([1, 1, 1], if_with_try_continue) in ((None, [('enter', 1), -7, -8, ('exit', 1, False), 3]), FELL)
assert run([1, 1, 2], if_with_try_continue) in (('E2', [('enter', 1), -7, ('exit', 1, False)]), FELL)
assert run([], while_true_with_return) in ((None, [1]), FELL)
assert run([1], while_true_with_return) in ((4, [1, -2, ('enter', 3), ('exit', 3, False)]), FELL)
assert run([1, 1], while_true_with_return) in (('E1', [1, -2]), FELL)
assert run([1, 2], while_true_with_return) in (('E2', [1, -2]), FELL)
assert run([], if_with_orphan_try_return_then_if) in ((10, []), FELL)
assert run([1], if_with_orphan_try_return_then_if) in ((1, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], with_try_return_ifexp) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_return_ifexp) in ((None, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([], with_try_return_and) in ((0, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_return_and) in ((1, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_return_and) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], if_with_try_return_ifexp_elif) in ((10, []), FELL)
assert run([1], if_with_try_return_ifexp_elif) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], if_with_try_return_ifexp_elif) in ((10, [5]), FELL)
assert run([1, 1], if_with_try_return_ifexp_elif) in ((None, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([], if_with_try_return_ifexp_then_if_else_with) in ((10, []), FELL)
assert run([0, 1], if_with_try_return_ifexp_then_if_else_with) in ((10, [5]), FELL)
assert run([1, 1], if_with_try_return_ifexp_then_if_else_with) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], if_with_try_return_ifexp_then_if_else_with) in ((None, [('enter', 1), 1, ('exit', 1, False)]), FELL)
