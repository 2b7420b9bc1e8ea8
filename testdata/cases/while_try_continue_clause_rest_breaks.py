# min-version: 3.11
# Found on 2026-12-07 (thirty-sixth session), in unseen set 195 t68 f212, silently wrong on 3.12-3.14:
# `while c(): try: x(); continue / except E1: pass` then `t(); break` ending the loop's body. The try body
# never falls off its end, so 3.12+ lay the code after the try, reached only from the clause, out after the
# handlers, where it ends with the break: a jump to the loop's exit (or, the loop ending a for loop's body,
# to that loop's head). The clause's jump there was read as a break, and that code as the code after the
# loop, which the loop's own exit skips. ExceptClauses.breakingContinuation reads it as the rest of the
# body when the loop's own test or breaks jump where that code's break goes.
class E1(Exception):
    pass


class E2(Exception):
    pass


FELL = ('fell back',)


class Budget(Exception):
    pass


def run(answers, f):
    """f's result (or the name of the exception it raised) and what it logged; answers drive every test,
    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).
    FELL when f fell back to its disassembly (its honest raise)."""
    seen = []
    it = iter(answers)

    calls = [0]

    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()        # a loop the answers no longer drive
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
            raise Budget()        # a loop over loops the answers no longer drive
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


def f1(c, t, x, n, m):
    for k in n():
        while c():
            try:
                t(2)
                continue
            except E1:
                x(5)
            t(6)
            break


def f2(c, t, x, n, m):
    while c():
        try:
            t(2)
            continue
        except E1:
            x(5)
        t(6)
        break
    t(10)


def f3(c, t, x, n, m):
    for k in n():
        while c():
            try:
                t(2)
                continue
            except E1:
                x(5)
            t(6)
            break
        t(7)


def f4(c, t, x, n, m):
    for k in n():
        while c():
            try:
                t(2)
                continue
            except E1:
                x(5)
            try:
                t(6)
                break
            except E1:
                t(7)


def f5(c, t, x, n, m):
    for k in n():
        t(1)
        while c():
            try:
                t(2)
                continue
            except E1:
                t(3)
                x(5)
            try:
                t(6)
                break
            except E1:
                t(7)
                return 8
            finally:
                t(9)
        if c() or c():
            t(12)
    return 18


def f6(c, t, x, n, m):
    while c():
        while c():
            try:
                x(2)
                continue
            except E1:
                t(3)
            t(4)
            break
    return 5

assert run([], f1) in ((None, []), FELL)
assert run([1, 1], f1) in ((None, [2]), FELL)
assert run([1, 1, 1], f1) in ((None, [2, 2]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [2, 2, 2]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [2, 2, 2, 2]), FELL)
assert run([1, 1, 1, 1, 1, 1], f1) in ((None, [2, 2, 2, 2, 2]), FELL)
assert run([], f2) in ((None, [10]), FELL)
assert run([1], f2) in ((None, [2, 10]), FELL)
assert run([1, 1], f2) in ((None, [2, 2, 10]), FELL)
assert run([1, 1, 1], f2) in ((None, [2, 2, 2, 10]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [2, 2, 2, 2, 10]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [2, 2, 2, 2, 2, 10]), FELL)
assert run([1, 1, 1, 1, 1, 1], f2) in ((None, [2, 2, 2, 2, 2, 2, 10]), FELL)
assert run([], f3) in ((None, []), FELL)
assert run([1], f3) in ((None, [7]), FELL)
assert run([2], f3) in ((None, [7, 7]), FELL)
assert run([1, 1], f3) in ((None, [2, 7]), FELL)
assert run([2, 1], f3) in ((None, [2, 7, 7]), FELL)
assert run([1, 1, 1], f3) in ((None, [2, 2, 7]), FELL)
assert run([2, 0, 1], f3) in ((None, [7, 2, 7]), FELL)
assert run([2, 1, 1], f3) in ((None, [2, 2, 7, 7]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [2, 2, 2, 7]), FELL)
assert run([2, 0, 1, 1], f3) in ((None, [7, 2, 2, 7]), FELL)
assert run([2, 1, 0, 1], f3) in ((None, [2, 7, 2, 7]), FELL)
assert run([2, 1, 1, 1], f3) in ((None, [2, 2, 2, 7, 7]), FELL)
assert run([], f4) in ((None, []), FELL)
assert run([1, 1], f4) in ((None, [2]), FELL)
assert run([1, 1, 1], f4) in ((None, [2, 2]), FELL)
assert run([1, 1, 1, 1], f4) in ((None, [2, 2, 2]), FELL)
assert run([1, 1, 1, 1, 1], f4) in ((None, [2, 2, 2, 2]), FELL)
assert run([1, 1, 1, 1, 1, 1], f4) in ((None, [2, 2, 2, 2, 2]), FELL)
assert run([], f5) in ((18, []), FELL)
assert run([1], f5) in ((18, [1]), FELL)
assert run([2], f5) in ((18, [1, 1]), FELL)
assert run([1, 1], f5) in ((18, [1, 2]), FELL)
assert run([2, 1], f5) in ((18, [1, 2, 1]), FELL)
assert run([1, 0, 1], f5) in ((18, [1, 12]), FELL)
assert run([1, 1, 1], f5) in ((18, [1, 2, 2]), FELL)
assert run([2, 0, 1], f5) in ((18, [1, 12, 1]), FELL)
assert run([2, 1, 1], f5) in ((18, [1, 2, 2, 1]), FELL)
assert run([1, 1, 0, 1], f5) in ((18, [1, 2, 12]), FELL)
assert run([1, 1, 1, 1], f5) in ((18, [1, 2, 2, 2]), FELL)
assert run([2, 0, 1, 1], f5) in ((18, [1, 12, 1, 2]), FELL)
assert run([], f6) in ((5, []), FELL)
assert run([1, 1], f6) in ((5, [-2]), FELL)
assert run([1, 1, 1], f6) in ((5, [-2, 3, 4]), FELL)
assert run([1, 1, 2], f6) in (('E2', [-2]), FELL)
assert run([1, 1, 0, 1], f6) in ((5, [-2, -2]), FELL)
assert run([1, 1, 0, 1, 1], f6) in ((5, [-2, -2, 3, 4]), FELL)
assert run([1, 1, 0, 1, 2], f6) in (('E2', [-2, -2]), FELL)
assert run([1, 1, 1, 1, 1], f6) in ((5, [-2, 3, 4, -2]), FELL)
assert run([1, 1, 0, 1, 0, 1], f6) in ((5, [-2, -2, -2]), FELL)
assert run([1, 1, 1, 1, 1, 1], f6) in ((5, [-2, 3, 4, -2, 3, 4]), FELL)
assert run([1, 1, 1, 1, 1, 2], f6) in (('E2', [-2, 3, 4, -2]), FELL)
