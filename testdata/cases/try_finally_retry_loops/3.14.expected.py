





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


def retry_for(c, t, x, n, m):
    for i in n():
        try:
            x(4)
            return 5
        except E1:
            pass
        finally:
            t(1)


def retry_for_then_code(c, t, x, n, m):
    for i in n():
        if c():
            continue
        try:
            x(4)
            return True
        except (E1, E2) as e:
            t(2)
        finally:
            t(1)
    return False


def retry_for_else(c, t, x, n, m):
    for i in n():
        try:
            x(4)
            return 5
        except E1:
            t(2)
        finally:
            t(1)
    t(9)


def retry_while(c, t, x, n, m):
    while c():
        try:
            x(4)
            return 5
        except E1:
            t(2)
        finally:
            t(1)
    t(3)


def retry_nested_for(c, t, x, n, m):
    for i in n():
        for k in n():
            try:
                x(4)
                return 5
            except E1:
                pass
            finally:
                t(1)
        t(6)

assert run([], retry_for) in ((None, []), FELL)
assert run([1], retry_for) in ((5, [-4, 1]), FELL)
assert run([1, 1], retry_for) in ((None, [-4, 1]), FELL)
assert run([1, 2], retry_for) in (('E2', [-4, 1]), FELL)
assert run([2, 1], retry_for) in ((5, [-4, 1, -4, 1]), FELL)
assert run([2, 1, 1], retry_for) in ((None, [-4, 1, -4, 1]), FELL)
assert run([2, 1, 2], retry_for) in (('E2', [-4, 1, -4, 1]), FELL)
assert run([3, 1, 1], retry_for) in ((5, [-4, 1, -4, 1, -4, 1]), FELL)
assert run([], retry_for_then_code) in ((False, []), FELL)
assert run([1], retry_for_then_code) in ((True, [-4, 1]), FELL)
assert run([1, 0, 1], retry_for_then_code) in ((False, [-4, 2, 1]), FELL)
assert run([2, 0, 1], retry_for_then_code) in ((True, [-4, 2, 1, -4, 1]), FELL)
assert run([], retry_for_else) in ((None, [9]), FELL)
assert run([1], retry_for_else) in ((5, [-4, 1]), FELL)
assert run([1, 1], retry_for_else) in ((None, [-4, 2, 1, 9]), FELL)
assert run([1, 2], retry_for_else) in (('E2', [-4, 1]), FELL)
assert run([2, 1], retry_for_else) in ((5, [-4, 2, 1, -4, 1]), FELL)
assert run([2, 1, 1], retry_for_else) in ((None, [-4, 2, 1, -4, 2, 1, 9]), FELL)
assert run([2, 1, 2], retry_for_else) in (('E2', [-4, 2, 1, -4, 1]), FELL)
assert run([3, 1, 1], retry_for_else) in ((5, [-4, 2, 1, -4, 2, 1, -4, 1]), FELL)
assert run([], retry_while) in ((None, [3]), FELL)
assert run([1], retry_while) in ((5, [-4, 1]), FELL)
assert run([1, 1], retry_while) in ((None, [-4, 2, 1, 3]), FELL)
assert run([1, 2], retry_while) in (('E2', [-4, 1]), FELL)
assert run([1, 1, 1], retry_while) in ((5, [-4, 2, 1, -4, 1]), FELL)
assert run([1, 1, 1, 1], retry_while) in ((None, [-4, 2, 1, -4, 2, 1, 3]), FELL)
assert run([1, 1, 1, 2], retry_while) in (('E2', [-4, 2, 1, -4, 1]), FELL)
assert run([], retry_nested_for) in ((None, []), FELL)
assert run([1], retry_nested_for) in ((None, [6]), FELL)
assert run([2], retry_nested_for) in ((None, [6, 6]), FELL)
assert run([3], retry_nested_for) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], retry_nested_for) in ((5, [-4, 1]), FELL)
assert run([1, 1, 1], retry_nested_for) in ((None, [-4, 1, 6]), FELL)
assert run([1, 1, 2], retry_nested_for) in (('E2', [-4, 1]), FELL)
assert run([1, 2, 1], retry_nested_for) in ((5, [-4, 1, -4, 1]), FELL)
