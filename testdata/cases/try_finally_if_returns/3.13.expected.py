












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


def if_return_ending_try_finally(c, t, x, n, m):
    try:
        if not c():
            return 1
    finally:
        t(2)


def if_return_ending_try_finally_then(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    finally:
        t(2)
    t(3)


def if_elif_returns_ending_try_finally(c, t, x, n, m):
    try:
        if c():
            return 1
        if c():
            return 2
    finally:
        t(2)


def if_return_else_same_return_in_try_finally(c, t, x, n, m):
    try:
        if c():
            return 1
        return 1
    finally:
        t(2)


def if_return_ending_try_if_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    finally:
        if c():
            t(2)


def if_return_none_ending_try_finally(c, t, x, n, m):
    try:
        if c():
            return
    finally:
        x(2)


def if_return_ending_try_finally_in_while(c, t, x, n, m):
    while c():
        try:
            if c():
                return 1
        finally:
            t(2)


def if_return_ending_try_finally_then_same_return(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 1
    finally:
        t(2)
    return 1


def if_return_ending_try_except_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    except E1:
        t(3)
    finally:
        t(2)


def if_return_ending_try_except_returning_finally(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    except E1:
        return 2
    finally:
        t(2)


def if_return_ending_try_except_finally_then(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    except E1:
        t(3)
    finally:
        t(2)
    t(6)


def if_returns_in_try_and_clause_finally(c, t, x, n, m):
    try:
        if c():
            x(7)
            return 1
    except E1:
        if c():
            return 1
    finally:
        t(2)


def if_return_ending_try_except_then_code_finally(c, t, x, n, m):
    try:
        try:
            if c():
                return 1
        except E1:
            t(3)
        x(4)
        return None
    finally:
        t(2)


def if_return_ending_try_except_else_finally(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    except E1:
        t(3)
    else:
        t(5)
    finally:
        t(2)


def with_if_return_ending_try_finally(c, t, x, n, m):
    try:
        with m(1):
            x(0)
            if c():
                return 1
    finally:
        t(2)


def if_return_ending_nested_try_finally(c, t, x, n, m):
    try:
        try:
            if c():
                return 1
        finally:
            x(2)
    finally:
        t(3)


def if_return_ending_try_finally_in_clause(c, t, x, n, m):
    try:
        x(0)
    except E1 as e:
        try:
            if c():
                return 1
        finally:
            t(2)

assert run([2, 2, 0, 3, 1], if_return_ending_try_finally) == (None, [2])
assert run([0, 1, 0, 2, 3, 1], if_return_ending_try_finally) == (1, [2])
assert run([2, 2, 0], if_return_ending_try_finally_then) == ('E2', [0, 2])
assert run([3, 0, 3, 3], if_return_ending_try_finally_then) == (None, [0, 2, 3])
assert run([0, 1, 3, 0, 0], if_return_ending_try_finally_then) == (1, [0, 2])
assert run([1, 3, 1, 3, 2], if_return_ending_try_finally_then) == ('E1', [0, 2])
assert run([0], if_elif_returns_ending_try_finally) == (None, [2])
assert run([0, 3, 3, 0, 0, 0, 0], if_elif_returns_ending_try_finally) == (2, [2])
assert run([1, 3, 2, 1, 0, 0, 2], if_elif_returns_ending_try_finally) == (1, [2])
assert run([1], if_return_else_same_return_in_try_finally) == (1, [2])
assert run([2, 3, 0, 0, 0], if_return_ending_try_if_finally) == (1, [2])
assert run([0], if_return_ending_try_if_finally) == (None, [])
assert run([0, 2, 1, 3], if_return_ending_try_if_finally) == (None, [2])
assert run([2, 0], if_return_ending_try_if_finally) == (1, [])
assert run([0, 3, 3], if_return_none_ending_try_finally) == (None, [-2])
assert run([2, 2], if_return_none_ending_try_finally) == ('E2', [-2])
assert run([1, 1, 0, 1, 1], if_return_none_ending_try_finally) == ('E1', [-2])
assert run([1, 1, 2, 3], if_return_ending_try_finally_in_while) == (1, [2])
assert run([1, 0, 2, 3, 1, 2], if_return_ending_try_finally_in_while) == (1, [2, 2])
assert run([2], if_return_ending_try_finally_in_while) == (None, [2])
assert run([0, 3, 2], if_return_ending_try_finally_in_while) == (None, [])
assert run([1, 0, 2], if_return_ending_try_finally_in_while) == (None, [2, 2])
assert run([1, 0, 3, 0, 2, 1], if_return_ending_try_finally_in_while) == (1, [2, 2, 2])
assert run([1, 0, 1, 0, 1], if_return_ending_try_finally_in_while) == (None, [2, 2, 2])
assert run([0], if_return_ending_try_finally_then_same_return) == (1, [-1, 2])
assert run([2, 0, 0, 3], if_return_ending_try_finally_then_same_return) == ('E2', [-1, 2])
assert run([1, 0, 0, 0, 0, 0], if_return_ending_try_finally_then_same_return) == ('E1', [-1, 2])
assert run([0, 2], if_return_ending_try_except_finally) == (None, [2])
assert run([2], if_return_ending_try_except_finally) == (1, [2])
assert run([0, 1, 2], if_return_ending_try_except_returning_finally) == (1, [0, 2])
assert run([0, 0], if_return_ending_try_except_returning_finally) == (None, [0, 2])
assert run([2, 3, 0, 3], if_return_ending_try_except_returning_finally) == ('E2', [0, 2])
assert run([1, 2, 2, 2, 0, 3], if_return_ending_try_except_returning_finally) == (2, [0, 2])
assert run([3, 1, 0, 1, 2, 3], if_return_ending_try_except_finally_then) == (1, [0, 2])
assert run([2, 0], if_return_ending_try_except_finally_then) == ('E2', [0, 2])
assert run([1, 3, 0, 0, 3, 1], if_return_ending_try_except_finally_then) == (None, [0, 3, 2, 6])
assert run([0], if_return_ending_try_except_finally_then) == (None, [0, 2, 6])
assert run([1, 1, 0, 0, 2, 1, 0], if_returns_in_try_and_clause_finally) == (None, [-7, 2])
assert run([3], if_returns_in_try_and_clause_finally) == (1, [-7, 2])
assert run([0, 3, 0, 0, 2, 2, 1], if_returns_in_try_and_clause_finally) == (None, [2])
assert run([3, 2, 1, 2, 2, 2], if_returns_in_try_and_clause_finally) == ('E2', [-7, 2])
assert run([2, 0], if_return_ending_try_except_then_code_finally) == (1, [2])
assert run([0, 0, 1, 1], if_return_ending_try_except_then_code_finally) == (None, [-4, 2])
assert run([0, 2, 2, 3, 3, 0], if_return_ending_try_except_then_code_finally) == ('E2', [-4, 2])
assert run([0, 1, 3, 2], if_return_ending_try_except_then_code_finally) == ('E1', [-4, 2])
assert run([1, 1, 1], if_return_ending_try_except_else_finally) == (None, [0, 3, 2])
assert run([2, 2, 1], if_return_ending_try_except_else_finally) == ('E2', [0, 2])
assert run([3, 1, 2, 1, 2], if_return_ending_try_except_else_finally) == (1, [0, 2])
assert run([0, 0, 1, 2, 2, 1], if_return_ending_try_except_else_finally) == (None, [0, 5, 2])
assert run([2, 0, 0, 1], with_if_return_ending_try_finally) == ('E2', [('enter', 1), 0, ('exit', 1, False), 2])
assert run([3, 1], with_if_return_ending_try_finally) == (1, [('enter', 1), 0, ('exit', 1, False), 2])
assert run([0, 0, 3, 3], with_if_return_ending_try_finally) == (None, [('enter', 1), 0, ('exit', 1, False), 2])
assert run([2, 3, 3, 2, 1, 2], with_if_return_ending_try_finally) == (None, [('enter', 1), 0, ('exit', 1, True), 2])
assert run([1, 0, 0, 3, 0], with_if_return_ending_try_finally) == ('E1', [('enter', 1), 0, ('exit', 1, False), 2])
assert run([2, 1, 0, 3], if_return_ending_nested_try_finally) == ('E1', [-2, 3])
assert run([1, 3, 2, 0, 3], if_return_ending_nested_try_finally) == (1, [-2, 3])
assert run([2, 2, 2, 2], if_return_ending_nested_try_finally) == ('E2', [-2, 3])
assert run([0], if_return_ending_nested_try_finally) == (None, [-2, 3])
assert run([3, 3, 3, 3, 3, 1, 1], if_return_ending_try_finally_in_clause) == (None, [0])
assert run([2, 1, 2], if_return_ending_try_finally_in_clause) == ('E2', [0])
assert run([1, 2, 0], if_return_ending_try_finally_in_clause) == (1, [0, 2])
assert run([1, 0, 0], if_return_ending_try_finally_in_clause) == (None, [0, 2])

def if_try_with_else_return_finally(c, t, x, n, m):
    if c():
        try:
            with m(1):
                x(2)
            return 20
        except E1:
            t(3)
        finally:
            t(22)
    return 30

assert run([2, 1, 3, 0, 0, 0], if_try_with_else_return_finally) == (20, [('enter', 1), -2, ('exit', 1, True), 22])
assert run([2, 0, 1, 0, 0, 3], if_try_with_else_return_finally) == (20, [('enter', 1), -2, ('exit', 1, False), 22])
assert run([0, 1, 0, 3, 0, 1], if_try_with_else_return_finally) == (30, [])
assert run([2, 1, 0, 1, 2, 0], if_try_with_else_return_finally) == (30, [('enter', 1), -2, ('exit', 1, False), 3, 22])
assert run([3, 2, 2, 1, 0, 3], if_try_with_else_return_finally) == ('E2', [('enter', 1), -2, ('exit', 1, False), 22])
