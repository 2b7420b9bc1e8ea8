










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


def finally_two_tries(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            t(3)
        try:
            x(4)
        except E2:
            t(5)
    return 6


def finally_try_then_try_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            pass
        try:
            x(3)
        finally:
            t(4)
    return 5


def finally_try_then_with(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            pass
        with m(3):
            x(4)
    return 5


def loop_finally_two_tries(c, t, x, n, m):
    for k in n():
        try:
            if c():
                continue
            x(1)
        finally:
            try:
                x(2)
            except E1:
                t(3)
            try:
                x(4)
            except E2:
                t(5)
        t(6)
    return 7


def nested_finally_try(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        finally:
            try:
                x(3)
            except E1:
                pass
            t(4)
    return 5


def nested_finally_try_store(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        finally:
            try:
                x(3)
            except E1:
                pass
            c.done = False
    return 5

assert run([], finally_two_tries) in ((6, [-1, -2, -4]), FELL)
assert run([1], finally_two_tries) in (('E1', [-1, -2, -4]), FELL)
assert run([2], finally_two_tries) in (('E2', [-1, -2, -4]), FELL)
assert run([0, 1], finally_two_tries) in ((6, [-1, -2, 3, -4]), FELL)
assert run([0, 2], finally_two_tries) in (('E2', [-1, -2]), FELL)
assert run([1, 1], finally_two_tries) in (('E1', [-1, -2, 3, -4]), FELL)
assert run([], finally_try_then_try_finally) in ((5, [-1, -2, -3, 4]), FELL)
assert run([1], finally_try_then_try_finally) in (('E1', [-1, -2, -3, 4]), FELL)
assert run([2], finally_try_then_try_finally) in (('E2', [-1, -2, -3, 4]), FELL)
assert run([0, 2], finally_try_then_try_finally) in (('E2', [-1, -2]), FELL)
assert run([], finally_try_then_with) in ((5, [-1, -2, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], finally_try_then_with) in (('E1', [-1, -2, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2], finally_try_then_with) in (('E2', [-1, -2, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 2], finally_try_then_with) in (('E2', [-1, -2]), FELL)
assert run([0, 0, 1, 1], finally_try_then_with) in ((5, [-1, -2, ('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([1, 0, 1, 1], finally_try_then_with) in (('E1', [-1, -2, ('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], loop_finally_two_tries) in ((7, []), FELL)
assert run([1], loop_finally_two_tries) in ((7, [-1, -2, -4, 6]), FELL)
assert run([2], loop_finally_two_tries) in ((7, [-1, -2, -4, 6, -1, -2, -4, 6]), FELL)
assert run([1, 1], loop_finally_two_tries) in ((7, [-2, -4]), FELL)
assert run([2, 1], loop_finally_two_tries) in ((7, [-2, -4, -1, -2, -4, 6]), FELL)
assert run([1, 0, 1], loop_finally_two_tries) in (('E1', [-1, -2, -4]), FELL)
assert run([], nested_finally_try) in ((5, [-1, -2, -3, 4]), FELL)
assert run([1], nested_finally_try) in (('E1', [-1, -2, -3, 4]), FELL)
assert run([2], nested_finally_try) in (('E2', [-1, -2, -3, 4]), FELL)
assert run([0, 0, 2], nested_finally_try) in (('E2', [-1, -2, -3]), FELL)
assert run([], nested_finally_try_store) in ((5, [-1, -2, -3]), FELL)
assert run([1], nested_finally_try_store) in (('E1', [-1, -2, -3]), FELL)
assert run([2], nested_finally_try_store) in (('E2', [-1, -2, -3]), FELL)
