









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


def else_return_after_while_in_nested_try(c, t, x, n, m):
    try:
        try:
            x(3)
            while c():
                pass
            return 14
        except E1:
            pass
        except E2 as e:
            pass
    except E1:
        pass
    t(17)


def else_return_after_for_in_nested_try(c, t, x, n, m):
    try:
        try:
            for i in n():
                t(i)
            return 14
        except E1:
            t(5)
    except E2:
        pass
    t(17)


def match_rest_then_finally_or_and(c, t, x, n, m):
    try:
        match {'k': c() % 3}:
            case {'k': 0}:
                return 1
            case {**rest}:
                pass
    finally:
        if c() or c() and c():
            t(10)
    assert c(), 12


def return_through_or_and_finally(c, t, x, n, m):
    try:
        if c():
            return 1
        t(2)
    finally:
        if c() or c() and c():
            t(10)
    t(3)


def loop_return_through_dead_try_finally(c, t, x, n, m):
    try:
        x(1)
        if c():
            t(5)
            return 3
    except E1:
        t(7)

assert run([0, 0], else_return_after_while_in_nested_try) in ((14, [-3]), FELL)
assert run([0, 1, 1, 0], else_return_after_while_in_nested_try) in ((14, [-3]), FELL)
assert run([1], else_return_after_while_in_nested_try) in ((None, [-3, 17]), FELL)
assert run([2], else_return_after_while_in_nested_try) in ((None, [-3, 17]), FELL)
assert run([0, 1, 1, 1, 0], else_return_after_while_in_nested_try) in ((14, [-3]), FELL)
assert run([2, 0], else_return_after_for_in_nested_try) in ((14, [0, 1]), FELL)
assert run([0], else_return_after_for_in_nested_try) in ((14, []), FELL)
assert run([0, 0], match_rest_then_finally_or_and) in ((1, []), FELL)
assert run([3, 1, 1], match_rest_then_finally_or_and) in ((1, [10]), FELL)
assert run([1, 0, 0, 1], match_rest_then_finally_or_and) in ((None, []), FELL)
assert run([1, 1, 1], match_rest_then_finally_or_and) in ((None, [10]), FELL)
assert run([1, 0, 1, 1, 0], match_rest_then_finally_or_and) in (('AssertionError', [10]), FELL)
assert run([1, 0, 0], return_through_or_and_finally) in ((1, []), FELL)
assert run([1, 0, 1, 1], return_through_or_and_finally) in ((1, [10]), FELL)
assert run([0, 1], return_through_or_and_finally) in ((None, [2, 10, 3]), FELL)
assert run([0, 0, 1, 0], return_through_or_and_finally) in ((None, [2, 3]), FELL)
assert run([0, 1], loop_return_through_dead_try_finally) in ((3, [-1, 5]), FELL)
assert run([0, 0], loop_return_through_dead_try_finally) in ((None, [-1]), FELL)
assert run([1], loop_return_through_dead_try_finally) in ((None, [-1, 7]), FELL)
