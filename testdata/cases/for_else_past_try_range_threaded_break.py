# min-version: 3.11
# Found on 2026-12-07 (thirty-sixth session), reducing unseen set 197 t70 f224 (silently wrong on 3.14):
# `while c(): try: for i in n(): break / else: return 7 / except E1: ...`. The for loop's break is threaded
# back to the while loop's head (nothing follows the for loop in the while body), and 3.14 ends the try's
# range at the loop's exit, so the loop's else (`return 7`) lies past the region the for loop is read in; it
# was read as code after the loop, run after the break too. ForLoops.elseBeyondRegion now refuses that
# reading: 3.14 falls back, honestly, until the else past the range is read.
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
    while c():
        try:
            for i in n():
                break
            else:
                return 7
        except E1:
            try:
                t(10)
            except E2 as e:
                pass


def f2(c, t, x, n, m):
    for k in n():
        try:
            for i in n():
                x(1)
                break
            else:
                t(2)
                return 3
        except E1:
            t(4)
    return 5

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((7, []), FELL)
assert run([], f2) in ((5, []), FELL)
assert run([1], f2) in ((3, [2]), FELL)
assert run([1, 1], f2) in ((5, [-1]), FELL)
assert run([2, 1], f2) in ((3, [-1, 2]), FELL)
assert run([1, 1, 1], f2) in ((5, [-1, 4]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1, 1], f2) in ((3, [-1, 4, 2]), FELL)
assert run([2, 1, 0, 1], f2) in ((5, [-1, -1]), FELL)
assert run([2, 1, 1, 1], f2) in ((5, [-1, 4, -1]), FELL)
assert run([2, 1, 0, 1, 1], f2) in ((5, [-1, -1, 4]), FELL)
assert run([2, 1, 0, 1, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f2) in ((5, [-1, 4, -1, 4]), FELL)
assert run([2, 1, 1, 1, 2], f2) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 0], f1) in ((None, []), FELL)
assert run([1, 2, 1, 0, 0], f1) in ((7, []), FELL)
assert run([1, 0, 1], f1) in ((7, []), FELL)
