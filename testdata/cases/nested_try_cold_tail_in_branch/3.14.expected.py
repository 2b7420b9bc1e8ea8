








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


def in_if(c, t, x, n, m):
    if c():
        try:
            try:
                x(2)
                return 3
            except E2:
                pass
            t(4)
        except E1:
            return None
    else:
        return None


def in_if_then_code(c, t, x, n, m):
    if c():
        try:
            try:
                x(2)
                return 3
            except E2:
                pass
            t(4)
        except E1:
            t(7)
    t(5)


def in_if_else(c, t, x, n, m):
    if c():
        try:
            try:
                x(2)
                return 3
            except E2:
                pass
            x(4)
        except E1:
            return None
    else:
        t(6)


def in_while(c, t, x, n, m):
    while c():
        try:
            try:
                x(2)
                return 3
            except E2:
                pass
            x(4)
        except E1:
            continue


def in_for(c, t, x, n, m):
    for k in n():
        try:
            try:
                x(2)
                return 3
            except E2 as e:
                t(8)
            x(4)
        except E1:
            continue
    return 9


def loop_after_inner(c, t, x, n, m):
    if c():
        if c():
            try:
                try:
                    x(2)
                    return 3
                except E2 as e:
                    pass
                while c():
                    t(4)
            except E1:
                return None
        else:
            return None
    else:
        return None


def if_after_inner(c, t, x, n, m):
    if c():
        try:
            try:
                x(2)
                return 3
            except E2:
                t(8)
            if c():
                x(4)
            t(5)
        except E1:
            return None
    else:
        return None

assert run([], in_if) in ((None, []), FELL)
assert run([1], in_if) in ((3, [-2]), FELL)
assert run([1, 1], in_if) in ((None, [-2]), FELL)
assert run([1, 2], in_if) in ((None, [-2, 4]), FELL)
assert run([], in_if_then_code) in ((None, [5]), FELL)
assert run([1], in_if_then_code) in ((3, [-2]), FELL)
assert run([1, 1], in_if_then_code) in ((None, [-2, 7, 5]), FELL)
assert run([1, 2], in_if_then_code) in ((None, [-2, 4, 5]), FELL)
assert run([], in_if_else) in ((None, [6]), FELL)
assert run([1], in_if_else) in ((3, [-2]), FELL)
assert run([1, 1], in_if_else) in ((None, [-2]), FELL)
assert run([1, 2], in_if_else) in ((None, [-2, -4]), FELL)
assert run([1, 2, 2], in_if_else) in (('E2', [-2, -4]), FELL)
assert run([], in_while) in ((None, []), FELL)
assert run([1], in_while) in ((3, [-2]), FELL)
assert run([1, 1], in_while) in ((None, [-2]), FELL)
assert run([1, 2], in_while) in ((None, [-2, -4]), FELL)
assert run([1, 1, 1], in_while) in ((3, [-2, -2]), FELL)
assert run([1, 2, 2], in_while) in (('E2', [-2, -4]), FELL)
assert run([], in_for) in ((9, []), FELL)
assert run([1], in_for) in ((3, [-2]), FELL)
assert run([1, 1], in_for) in ((9, [-2]), FELL)
assert run([1, 2], in_for) in ((9, [-2, 8, -4]), FELL)
assert run([2, 1], in_for) in ((3, [-2, -2]), FELL)
assert run([2, 2], in_for) in ((3, [-2, 8, -4, -2]), FELL)
assert run([], loop_after_inner) in ((None, []), FELL)
assert run([1, 1], loop_after_inner) in ((3, [-2]), FELL)
assert run([1, 1, 1], loop_after_inner) in ((None, [-2]), FELL)
assert run([1, 1, 2, 1], loop_after_inner) in ((None, [-2, 4]), FELL)
assert run([1, 1, 2, 1, 1], loop_after_inner) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 2, 1, 1, 1], loop_after_inner) in ((None, [-2, 4, 4, 4]), FELL)
assert run([], if_after_inner) in ((None, []), FELL)
assert run([1], if_after_inner) in ((3, [-2]), FELL)
assert run([1, 1], if_after_inner) in ((None, [-2]), FELL)
assert run([1, 2], if_after_inner) in ((None, [-2, 8, 5]), FELL)
assert run([1, 2, 1], if_after_inner) in ((None, [-2, 8, -4, 5]), FELL)
assert run([1, 2, 1, 1], if_after_inner) in ((None, [-2, 8, -4]), FELL)
