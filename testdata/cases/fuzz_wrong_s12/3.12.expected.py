class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def for_else_clause_break(c, t, x, n, m):
    for j in n():
        try:
            for i in n():
                x(3)
        except E1:
            try:
                break
            except E1:
                pass
            except E2 as e:
                pass
        except E2 as e:
            pass
        finally:
            pass
    else:
        t(27)
    t(57)


def for_else_plain_clause_break(c, t, x, n, m):
    for j in n():
        try:
            x(3)
        except E1:
            break
        except E2 as e:
            t(4)
    else:
        t(27)
    t(57)


def try_if_else_return(c, t, x, n, m):
    if c():
        return None
    if c():
        try:
            if c():
                pass
            else:
                return 13
        except E1:
            pass
    elif c() or c():
        return None


def try_if_else_then_return(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            t(9)
            x(10)
            if c():
                t(11)
            else:
                t(12)
                return 13
        except E1:
            return 14
    elif c() or c():
        t(15)


def nested_try_body_return(c, t, x, n, m):
    while c():
        try:
            try:
                x(1)
                return 2
            except E1:
                pass
            except E2 as e:
                pass
        except E1:
            pass
    t(12)


def loop_try_else_return(c, t, x, n, m):
    try:
        while c():
            try:
                x(23)
                return 26
            except E1:
                pass
    except E1:
        return None


def with_suppress_past_if(c, t, x, n, m):
    if c():
        with m(22) as w, m(23) as w:
            x(24)
            return 25
    elif c():
        for k in n():
            t(29)
        try:
            x(30)
        except E1:
            x(32)
            return 33
        return 31
    else:
        return 34
    t(35)


def clause_with_then_break(c, t, x, n, m):
    while c():
        if c():
            break
        try:
            x(37)
        except E1:
            pass
        except E2 as e:
            with m(47) as w:
                x(48)
    t(49)

assert run([], for_else_clause_break) in ((None, [27, 57]), FELL)
assert run([1, 1, 1], for_else_clause_break) in ((None, [-3, 57]), FELL)
assert run([1, 2], for_else_clause_break) in ((None, [-3, -3, 27, 57]), FELL)
assert run([1, 3, 3, 1], for_else_clause_break) in ((None, [-3, -3, 57]), FELL)
assert run([1, 1], for_else_clause_break) in ((None, [-3, 27, 57]), FELL)
assert run([1, 3, 0, 0, 1], for_else_clause_break) in ((None, [-3, -3, -3, 57]), FELL)
assert run([1, 3], for_else_clause_break) in ((None, [-3, -3, -3, 27, 57]), FELL)
assert run([2, 1, 3, 3], for_else_clause_break) in ((None, [-3, -3, -3, -3, 27, 57]), FELL)
assert run([2, 3, 3, 0, 2, 1, 1], for_else_clause_break) in ((None, [-3, -3, -3, -3, 57]), FELL)
assert run([3, 2, 3, 2, 1, 3, 2], for_else_clause_break) in ((None, [-3, -3, -3, -3, -3, 27, 57]), FELL)
assert run([], for_else_plain_clause_break) in ((None, [27, 57]), FELL)
assert run([1, 1], for_else_plain_clause_break) in ((None, [-3, 57]), FELL)
assert run([2, 2, 2], for_else_plain_clause_break) in ((None, [-3, 4, -3, 4, 27, 57]), FELL)
assert run([1, 2], for_else_plain_clause_break) in ((None, [-3, 4, 27, 57]), FELL)
assert run([2], for_else_plain_clause_break) in ((None, [-3, -3, 27, 57]), FELL)
assert run([3, 0, 2], for_else_plain_clause_break) in ((None, [-3, -3, 4, -3, 27, 57]), FELL)
assert run([1], for_else_plain_clause_break) in ((None, [-3, 27, 57]), FELL)
assert run([2, 2], for_else_plain_clause_break) in ((None, [-3, 4, -3, 27, 57]), FELL)
assert run([2, 2, 1], for_else_plain_clause_break) in ((None, [-3, 4, -3, 57]), FELL)
assert run([2, 3, 2], for_else_plain_clause_break) in ((None, [-3, -3, 4, 27, 57]), FELL)
assert run([], try_if_else_return) in ((None, []), FELL)
assert run([0, 2], try_if_else_return) in ((13, []), FELL)
assert run([], try_if_else_then_return) in ((None, []), FELL)
assert run([1], try_if_else_then_return) in ((None, [1]), FELL)
assert run([0, 0, 2], try_if_else_then_return) in ((None, [15]), FELL)
assert run([0, 1, 0, 3], try_if_else_then_return) in ((None, [9, -10, 11]), FELL)
assert run([0, 2, 1], try_if_else_then_return) in ((14, [9, -10]), FELL)
assert run([0, 2, 2], try_if_else_then_return) in (('E2', [9, -10]), FELL)
assert run([0, 2], try_if_else_then_return) in ((13, [9, -10, 12]), FELL)
assert run([], nested_try_body_return) in ((None, [12]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], nested_try_body_return) in ((None, [-1, -1, -1, -1, -1, -1, 12]), FELL)
assert run([3], nested_try_body_return) in ((2, [-1]), FELL)
assert run([2, 2, 1], nested_try_body_return) in ((2, [-1, -1]), FELL)
assert run([2, 1], nested_try_body_return) in ((None, [-1, 12]), FELL)
assert run([1, 1, 2, 2], nested_try_body_return) in ((None, [-1, -1, 12]), FELL)
assert run([2, 2, 1, 1, 2], nested_try_body_return) in ((2, [-1, -1, -1]), FELL)
assert run([2, 2, 2, 2, 1, 1, 3], nested_try_body_return) in ((2, [-1, -1, -1, -1]), FELL)
assert run([1, 2, 3, 2, 1, 1, 3, 1, 2, 2], nested_try_body_return) in ((None, [-1, -1, -1, -1, -1, 12]), FELL)
assert run([1, 2, 2, 2, 2, 2, 1, 2, 3], nested_try_body_return) in ((2, [-1, -1, -1, -1, -1]), FELL)
assert run([], loop_try_else_return) in ((None, []), FELL)
assert run([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], loop_try_else_return) in ((None, [-23, -23, -23, -23, -23, -23]), FELL)
assert run([2, 2], loop_try_else_return) in (('E2', [-23]), FELL)
assert run([3, 1, 1, 1, 2, 2], loop_try_else_return) in (('E2', [-23, -23, -23]), FELL)
assert run([2, 1, 1, 2], loop_try_else_return) in (('E2', [-23, -23]), FELL)
assert run([2], loop_try_else_return) in ((26, [-23]), FELL)
assert run([1, 1, 2], loop_try_else_return) in ((26, [-23, -23]), FELL)
assert run([2, 1], loop_try_else_return) in ((None, [-23]), FELL)
assert run([2, 1, 1, 1], loop_try_else_return) in ((None, [-23, -23]), FELL)
assert run([1, 1, 1, 1, 2, 1, 1, 2], loop_try_else_return) in (('E2', [-23, -23, -23, -23]), FELL)
assert run([], with_suppress_past_if) in ((34, []), FELL)
assert run([1, 1, 1], with_suppress_past_if) in ((None, [('enter', 22), ('enter', 23), -24, ('exit', 23, True), ('exit', 22, False), 35]), FELL)
assert run([2, 2], with_suppress_past_if) in (('E2', [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, False)]), FELL)
assert run([0, 1, 0, 2], with_suppress_past_if) in (('E2', [-30]), FELL)
assert run([3], with_suppress_past_if) in ((25, [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, False)]), FELL)
assert run([0, 3, 3, 2], with_suppress_past_if) in (('E2', [29, 29, 29, -30]), FELL)
assert run([2, 2, 0, 1], with_suppress_past_if) in ((None, [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, True), 35]), FELL)
assert run([1, 1], with_suppress_past_if) in (('E1', [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, False)]), FELL)
assert run([0, 1, 1, 2], with_suppress_past_if) in (('E2', [29, -30]), FELL)
assert run([0, 1, 2, 1], with_suppress_past_if) in ((33, [29, 29, -30, -32]), FELL)
assert run([], clause_with_then_break) in ((None, [49]), FELL)
assert run([3], clause_with_then_break) in ((None, [-37, 49]), FELL)
assert run([1, 0, 2], clause_with_then_break) in ((None, [-37, ('enter', 47), -48, ('exit', 47, False), 49]), FELL)
assert run([2, 0, 2, 1, 3, 2, 0, 1, 2], clause_with_then_break) in ((None, [-37, ('enter', 47), -48, ('exit', 47, True), -37, -37, 49]), FELL)
assert run([1, 0, 2, 2, 1], clause_with_then_break) in ((None, [-37, ('enter', 47), -48, ('exit', 47, True), 49]), FELL)
assert run([2, 0, 1, 2], clause_with_then_break) in ((None, [-37, -37, 49]), FELL)
assert run([3, 0, 2, 1], clause_with_then_break) in (('E1', [-37, ('enter', 47), -48, ('exit', 47, False)]), FELL)
