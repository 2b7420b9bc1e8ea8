
















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


def for_with_try_return_clause_break(c, t, x, n, m):
    for j in n():
        with m(1):
            try:
                x(2)
                return 3
            except E1:
                t(4)
                break


def while_with_try_return_clause_break(c, t, x, n, m):
    while c():
        with m(1):
            try:
                x(2)
                return 3
            except E1:
                t(4)
                return None


def for_with_try_return_clause_continue(c, t, x, n, m):
    for j in n():
        with m(1):
            try:
                x(2)
                return 3
            except E1:
                t(4)
                continue
    t(5)


def for_with_try_return_clauses_leave(c, t, x, n, m):
    for j in n():
        with m(1):
            try:
                x(2)
                return 3
            except E1:
                t(4)
                break
            except E2:
                return 5
    t(6)


def with_while_with_raise(c, t, x, n, m):
    with m(1):
        while c():
            t(2)
            with m(6):
                t(7)
                raise E1(8)
    t(9)


def with_while_or_with_raise(c, t, x, n, m):
    with m(1):
        while c() or c():
            t(2)
            with m(6):
                t(7)
                raise E1(8)
    t(9)


def with_while_with_return(c, t, x, n, m):
    with m(1):
        while c():
            t(2)
            with m(6):
                t(7)
                return 8
    t(9)


def with_try_clause_with_return(c, t, x, n, m):
    with m(1):
        try:
            x(2)
        except E1:
            t(4)
            with m(5):
                return 7


def with_try_clause_two_withs_return(c, t, x, n, m):
    with m(1):
        try:
            x(2)
        except E1:
            t(4)
            with m(5), m(6):
                return 7


def with_try_while_breaks_clause_with_return(c, t, x, n, m):
    with m(1):
        try:
            if c():
                pass
            else:
                x(2)
        except E1:
            t(4)
            with m(5) as w, m(6):
                return 7


def with_loop_with_two_return(c, t, x, n, m):
    t(2)
    with m(3), m(4):
        while c():
            t(1)
            with m(9), m(10):
                t(2)
                return 5


def clause_while_true_or_with_return(c, t, x, n, m):
    try:
        x(72)
    except E1:
        while True:
            if c() or c():
                return None
            with m(75):
                return 76


def clause_while_true_with_return(c, t, x, n, m):
    try:
        x(72)
    except E1:
        while True:
            if c():
                return None
            with m(75):
                return 76

assert run([], for_with_try_return_clause_break) in ((None, []), FELL)
assert run([1], for_with_try_return_clause_break) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1], for_with_try_return_clause_break) in ((None, [('enter', 1), -2, 4, ('exit', 1, False)]), FELL)
assert run([1, 2], for_with_try_return_clause_break) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_with_try_return_clause_break) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([2, 2, 1], for_with_try_return_clause_break) in ((3, [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], while_with_try_return_clause_break) in ((None, []), FELL)
assert run([1], while_with_try_return_clause_break) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1], while_with_try_return_clause_break) in ((None, [('enter', 1), -2, 4, ('exit', 1, False)]), FELL)
assert run([1, 2], while_with_try_return_clause_break) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], while_with_try_return_clause_break) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([1, 2, 1, 1], while_with_try_return_clause_break) in ((3, [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], for_with_try_return_clause_continue) in ((None, [5]), FELL)
assert run([1], for_with_try_return_clause_continue) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1], for_with_try_return_clause_continue) in ((None, [('enter', 1), -2, 4, ('exit', 1, False), 5]), FELL)
assert run([1, 2], for_with_try_return_clause_continue) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([2, 1], for_with_try_return_clause_continue) in ((3, [('enter', 1), -2, 4, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_with_try_return_clause_continue) in ((None, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([], for_with_try_return_clauses_leave) in ((None, [6]), FELL)
assert run([1], for_with_try_return_clauses_leave) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1], for_with_try_return_clauses_leave) in ((None, [('enter', 1), -2, 4, ('exit', 1, False), 6]), FELL)
assert run([1, 2], for_with_try_return_clauses_leave) in ((5, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], with_while_with_raise) in ((None, [('enter', 1), ('exit', 1, False), 9]), FELL)
assert run([1], with_while_with_raise) in (('E1', [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_while_with_raise) in ((None, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, True), ('exit', 1, False), 9]), FELL)
assert run([1, 0, 1], with_while_with_raise) in ((None, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, True), 9]), FELL)
assert run([1, 1, 1], with_while_with_raise) in (('E1', [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, True), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_while_with_raise) in ((None, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, True), 2, ('enter', 6), 7, ('exit', 6, True), ('exit', 1, False), 9]), FELL)
assert run([], with_while_or_with_raise) in ((None, [('enter', 1), ('exit', 1, False), 9]), FELL)
assert run([1], with_while_or_with_raise) in (('E1', [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_while_or_with_raise) in ((None, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, True), ('exit', 1, False), 9]), FELL)
assert run([1, 0, 1], with_while_or_with_raise) in ((None, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, True), 9]), FELL)
assert run([1, 1, 1], with_while_or_with_raise) in (('E1', [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, True), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_while_or_with_raise) in ((None, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, True), 2, ('enter', 6), 7, ('exit', 6, True), ('exit', 1, False), 9]), FELL)
assert run([], with_while_with_return) in ((None, [('enter', 1), ('exit', 1, False), 9]), FELL)
assert run([1], with_while_with_return) in ((8, [('enter', 1), 2, ('enter', 6), 7, ('exit', 6, False), ('exit', 1, False)]), FELL)
assert run([], with_try_clause_with_return) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], with_try_clause_with_return) in ((7, [('enter', 1), -2, 4, ('enter', 5), ('exit', 5, False), ('exit', 1, False)]), FELL)
assert run([2], with_try_clause_with_return) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_clause_with_return) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], with_try_clause_two_withs_return) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], with_try_clause_two_withs_return) in ((7, [('enter', 1), -2, 4, ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('exit', 1, False)]), FELL)
assert run([2], with_try_clause_two_withs_return) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_clause_two_withs_return) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], with_try_while_breaks_clause_with_return) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], with_try_while_breaks_clause_with_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_while_breaks_clause_with_return) in ((7, [('enter', 1), -2, 4, ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_while_breaks_clause_with_return) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 2, 1], with_try_while_breaks_clause_with_return) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], with_loop_with_two_return) in ((None, [2, ('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1], with_loop_with_two_return) in ((5, [2, ('enter', 3), ('enter', 4), 1, ('enter', 9), ('enter', 10), 2, ('exit', 10, False), ('exit', 9, False), ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([], clause_while_true_or_with_return) in ((None, [-72]), FELL)
assert run([1], clause_while_true_or_with_return) in ((76, [-72, ('enter', 75), ('exit', 75, False)]), FELL)
assert run([2], clause_while_true_or_with_return) in (('E2', [-72]), FELL)
assert run([], clause_while_true_with_return) in ((None, [-72]), FELL)
assert run([1], clause_while_true_with_return) in ((76, [-72, ('enter', 75), ('exit', 75, False)]), FELL)
assert run([2], clause_while_true_with_return) in (('E2', [-72]), FELL)
