# min-version: 3.11
# Found on 2026-12-07 (thirty-sixth session), reducing unseen set 196 t69 f251 (withdrawn on 3.13-3.14):
# `try: ... except E1: try: x() / except E1: pass / else: t(); return 29` inside a try/finally whose
# finally body branches. The else's return unwinds the enclosing clause and runs a copy of the finally
# body, the return copied after each of its branches; TryElses.elseInClauseEnd stopped at the copy's first
# branch, and the return was read as the code after the inner try, run after its clause too. It now
# passes over the finally body's copy to the return's last copy (3.14: its constant's load, then the return).
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
    try:
        try:
            x(22)
        except E1:
            try:
                x(23)
            except E1:
                pass
            else:
                t(28)
                return 29
    except E1:
        t(30)
    finally:
        if c() and c():
            pass


def f2(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                x(2)
            except E2:
                t(3)
            else:
                t(4)
                return 5
    finally:
        if c():
            t(6)
        else:
            t(7)
    return 8

assert run([], f1) in ((None, [-22]), FELL)
assert run([1], f1) in ((29, [-22, -23, 28]), FELL)
assert run([2], f1) in (('E2', [-22]), FELL)
assert run([1, 1], f1) in ((None, [-22, -23]), FELL)
assert run([1, 2], f1) in (('E2', [-22, -23]), FELL)
assert run([], f2) in ((8, [-1, 7]), FELL)
assert run([1], f2) in ((5, [-1, -2, 4, 7]), FELL)
assert run([2], f2) in (('E2', [-1, 7]), FELL)
assert run([0, 1], f2) in ((8, [-1, 6]), FELL)
assert run([1, 1], f2) in (('E1', [-1, -2, 7]), FELL)
assert run([1, 2], f2) in ((8, [-1, -2, 3, 7]), FELL)
assert run([2, 1], f2) in (('E2', [-1, 6]), FELL)
assert run([1, 0, 1], f2) in ((5, [-1, -2, 4, 6]), FELL)
assert run([1, 1, 1], f2) in (('E1', [-1, -2, 6]), FELL)
assert run([1, 2, 1], f2) in ((8, [-1, -2, 3, 6]), FELL)
