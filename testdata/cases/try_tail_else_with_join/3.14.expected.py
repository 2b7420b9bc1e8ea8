







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


def loop_try_continue_else_with_break(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
                continue
            t(12)
            continue
        with m(13) as w:
            x(14)
            return


def loop_try_continue_else_with_return(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
                continue
            t(12)
            continue
        with m(13) as w:
            x(14)
            return 5


def loop_try_continue_else_with(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
                continue
            t(12)
            continue
        with m(13) as w:
            x(14)


def loop_try_continue_else_statement(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
                continue
            t(12)
            continue
        t(14)


def for_try_continue_else_statement(c, t, x, n, m):
    for i in n():
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            t(10)
        else:
            with m(13):
                x(14)
                return 15


def try_return_else_with_return(c, t, x, n, m):
    if c():
        try:
            t(7)
            return 1
        except E1:
            t(9)
        t(10)
    else:
        with m(13) as w:
            x(14)
            return 5
    t(15)


def try_return_then_if_else_return(c, t, x, n, m):
    if c():
        try:
            t(7)
            return 1
        except E1:
            t(9)
        if not c():
            t(10)
        else:
            t(12)
            return 2
    else:
        t(14)
    t(15)


def loop_try_continue_nested_if_else_with(c, t, x, n, m):
    while c():
        if c():
            try:
                x(7)
                continue
            except E2:
                t(9)
            if c():
                t(10)
            elif c():
                t(11)
                return None
        else:
            with m(13):
                x(14)
                return 15
        t(16)

assert run([], loop_try_continue_else_with_break) in ((None, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], loop_try_continue_else_with_break) in ((None, [7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1], loop_try_continue_else_with_break) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], loop_try_continue_else_with_break) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_else_with_break) in ((None, [7, 7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1, 1], loop_try_continue_else_with_break) in ((None, [('enter', 13), -14, ('exit', 13, True), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], loop_try_continue_else_with_return) in ((5, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], loop_try_continue_else_with_return) in ((5, [7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1], loop_try_continue_else_with_return) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], loop_try_continue_else_with_return) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_else_with_return) in ((5, [7, 7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1, 1], loop_try_continue_else_with_return) in ((5, [('enter', 13), -14, ('exit', 13, True), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], loop_try_continue_else_with) in (('Budget', [('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], loop_try_continue_else_with) in (('Budget', [7, ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1], loop_try_continue_else_with) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], loop_try_continue_else_with) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_else_with) in (('Budget', [7, 7, ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 0, 1], loop_try_continue_else_with) in (('Budget', [('enter', 13), -14, ('exit', 13, False), 7, ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], loop_try_continue_else_statement) in (('Budget', [14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1], loop_try_continue_else_statement) in (('Budget', [7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 1], loop_try_continue_else_statement) in (('Budget', [14, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1, 1], loop_try_continue_else_statement) in (('Budget', [7, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 0, 1], loop_try_continue_else_statement) in (('Budget', [14, 14, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 1, 1], loop_try_continue_else_statement) in (('Budget', [14, 7, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([], for_try_continue_else_statement) in ((None, []), FELL)
assert run([1], for_try_continue_else_statement) in ((15, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], for_try_continue_else_statement) in ((None, [7]), FELL)
assert run([2, 1], for_try_continue_else_statement) in ((15, [7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 0, 1], for_try_continue_else_statement) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 0, 2], for_try_continue_else_statement) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], try_return_else_with_return) in ((5, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], try_return_else_with_return) in ((1, [7]), FELL)
assert run([0, 1], try_return_else_with_return) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], try_return_else_with_return) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1, 1], try_return_else_with_return) in ((None, [('enter', 13), -14, ('exit', 13, True), 15]), FELL)
assert run([], try_return_then_if_else_return) in ((None, [14, 15]), FELL)
assert run([1], try_return_then_if_else_return) in ((1, [7]), FELL)
assert run([], loop_try_continue_nested_if_else_with) in ((None, []), FELL)
assert run([1], loop_try_continue_nested_if_else_with) in ((15, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_nested_if_else_with) in ((None, [-7]), FELL)
assert run([1, 0, 1], loop_try_continue_nested_if_else_with) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 0, 2], loop_try_continue_nested_if_else_with) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1, 1], loop_try_continue_nested_if_else_with) in (('E1', [-7]), FELL)
