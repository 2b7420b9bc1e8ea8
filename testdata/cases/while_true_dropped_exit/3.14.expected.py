








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


def try_break_then_code(c, t, x, n, m):
    while True:
        try:
            if c():
                break
            x(1)
        finally:
            t(2)
    return x.__name__


def try_break_ends_body(c, t, x, n, m):
    while True:
        try:
            if c():
                break
        finally:
            t(2)
    return x.__name__


def with_break(c, t, x, n, m):
    while True:
        with m(1):
            if c():
                break
            x(2)
    return x.__name__


def try_break_then_branch_break(c, t, x, n, m):
    while True:
        try:
            if c():
                break
            x(1)
        finally:
            t(2)
        if c():
            break
    return x.__name__


def try_break_or_return(c, t, x, n, m):
    while True:
        try:
            if c():
                break
            if c():
                return c.__name__
        finally:
            t(2)
    return x.__name__


def branch_loop_else_returns(c, t, x, n, m):
    if c():
        while True:
            try:
                if c():
                    break
                x(1)
            finally:
                t(2)
    else:
        t(3)
    return x.__name__


def branch_loop_else_loop(c, t, x, n, m):
    if c():
        while True:
            if c():
                try:
                    if c():
                        break
                    x(1)
                finally:
                    t(2)
            t(3)
    else:
        while c():
            with m(4):
                if c():
                    break
                x(5)
    return x.__name__

assert run([], try_break_then_code) in (('Budget', [-1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, 2]), FELL)
assert run([1], try_break_then_code) in (('x', [2]), FELL)
assert run([0, 1], try_break_then_code) in (('E1', [-1, 2]), FELL)
assert run([0, 2], try_break_then_code) in (('E2', [-1, 2]), FELL)
assert run([0, 0, 1], try_break_then_code) in (('x', [-1, 2, 2]), FELL)
assert run([0, 0, 0, 1], try_break_then_code) in (('E1', [-1, 2, -1, 2]), FELL)
assert run([], try_break_ends_body) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], try_break_ends_body) in (('x', [2]), FELL)
assert run([0, 1], try_break_ends_body) in (('x', [2, 2]), FELL)
assert run([0, 0, 1], try_break_ends_body) in (('x', [2, 2, 2]), FELL)
assert run([0, 0, 0, 1], try_break_ends_body) in (('x', [2, 2, 2, 2]), FELL)
assert run([0, 0, 0, 0, 1], try_break_ends_body) in (('x', [2, 2, 2, 2, 2]), FELL)
assert run([], with_break) in (('Budget', [('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_break) in (('x', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], with_break) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 2], with_break) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], with_break) in (('x', [('enter', 1), -2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_break) in (('Budget', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), -2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], try_break_then_branch_break) in (('Budget', [-1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, 2]), FELL)
assert run([1], try_break_then_branch_break) in (('x', [2]), FELL)
assert run([0, 1], try_break_then_branch_break) in (('E1', [-1, 2]), FELL)
assert run([0, 2], try_break_then_branch_break) in (('E2', [-1, 2]), FELL)
assert run([0, 0, 1], try_break_then_branch_break) in (('x', [-1, 2]), FELL)
assert run([0, 0, 0, 1], try_break_then_branch_break) in (('x', [-1, 2, 2]), FELL)
assert run([], try_break_or_return) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], try_break_or_return) in (('x', [2]), FELL)
assert run([0, 1], try_break_or_return) in (('c', [2]), FELL)
assert run([0, 0, 1], try_break_or_return) in (('x', [2, 2]), FELL)
assert run([0, 0, 0, 1], try_break_or_return) in (('c', [2, 2]), FELL)
assert run([0, 0, 0, 0, 1], try_break_or_return) in (('x', [2, 2, 2]), FELL)
assert run([], branch_loop_else_returns) in (('x', [3]), FELL)
assert run([1], branch_loop_else_returns) in (('Budget', [-1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, 2]), FELL)
assert run([1, 1], branch_loop_else_returns) in (('x', [2]), FELL)
assert run([1, 0, 1], branch_loop_else_returns) in (('E1', [-1, 2]), FELL)
assert run([1, 0, 2], branch_loop_else_returns) in (('E2', [-1, 2]), FELL)
assert run([1, 0, 0, 1], branch_loop_else_returns) in (('x', [-1, 2, 2]), FELL)
assert run([], branch_loop_else_loop) in (('x', []), FELL)
assert run([1], branch_loop_else_loop) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 1], branch_loop_else_loop) in (('x', [('enter', 4), -5, ('exit', 4, False)]), FELL)
assert run([1, 1], branch_loop_else_loop) in (('Budget', [-1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([0, 1, 1], branch_loop_else_loop) in (('x', [('enter', 4), ('exit', 4, False)]), FELL)
assert run([1, 0, 1], branch_loop_else_loop) in (('Budget', [3, -1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
