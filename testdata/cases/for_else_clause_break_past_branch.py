# min-version: 3.11
# Found on 2026-12-07 (thirty-sixth session), reducing unseen set 196 f206 (withdrawn on 3.12-3.14): a for
# loop with an else ending an if's branch, `if c(): for ...: try: x() / except E: break / else: t(); return`
# then `else: ...` and code after the if. 3.12+ lay the except clause out after the code; its break (the
# iterator popped first) jumps back to the code after the if, past the branch's region, whose follow is the
# else's start. The for loop took the loop's else for the code after it, and the if then lost its else.
# ForLoops now reads the code after the loop as its else when a clause's break goes past the region, not
# to that code; BranchExits.leavesPast counts a for loop's clause breaks (clauseExits with breaks).
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
    if not c():
        for i in n():
            try:
                x(67)
            except E2 as e:
                break
        else:
            t(74)
            return 75
    else:
        while True:
            if c():
                break
    t(79)


def f2(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(1)
            except E1:
                t(2)
                break
        else:
            t(3)
            return 4
    else:
        t(5)
    t(6)


def f3(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(1)
            except E1:
                break
        else:
            t(3)
            raise E2(4)
    elif c():
        t(5)
    return 6

assert run([], f1) in ((75, [74]), FELL)
assert run([1], f1) in (('Budget', []), FELL)
assert run([0, 1], f1) in ((75, [-67, 74]), FELL)
assert run([0, 2], f1) in ((75, [-67, -67, 74]), FELL)
assert run([1, 1], f1) in ((None, [79]), FELL)
assert run([0, 1, 1], f1) in (('E1', [-67]), FELL)
assert run([0, 1, 2], f1) in ((None, [-67, 79]), FELL)
assert run([0, 2, 0, 1], f1) in (('E1', [-67, -67]), FELL)
assert run([0, 2, 0, 2], f1) in ((None, [-67, -67, 79]), FELL)
assert run([], f2) in ((None, [5, 6]), FELL)
assert run([1], f2) in ((4, [3]), FELL)
assert run([1, 1], f2) in ((4, [-1, 3]), FELL)
assert run([1, 2], f2) in ((4, [-1, -1, 3]), FELL)
assert run([1, 1, 1], f2) in ((None, [-1, 2, 6]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-1]), FELL)
assert run([1, 2, 0, 1], f2) in ((None, [-1, -1, 2, 6]), FELL)
assert run([1, 2, 0, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([], f3) in ((6, []), FELL)
assert run([1], f3) in (('E2', [3]), FELL)
assert run([0, 1], f3) in ((6, [5]), FELL)
assert run([1, 1], f3) in (('E2', [-1, 3]), FELL)
assert run([1, 2], f3) in (('E2', [-1, -1, 3]), FELL)
assert run([1, 1, 1], f3) in ((6, [-1]), FELL)
assert run([1, 1, 2], f3) in (('E2', [-1]), FELL)
assert run([1, 2, 0, 1], f3) in ((6, [-1, -1]), FELL)
assert run([1, 2, 0, 2], f3) in (('E2', [-1, -1]), FELL)
