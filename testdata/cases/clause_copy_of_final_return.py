# min-version: 3.11
# Found on 2026-12-06 (twenty-eighth session): unseen tails seed 53 f38 (3.12), silently wrong, found only
# by --verify, reduced. An if/elif whose then-branch falls off only through the inner except clause of a
# nested try whose else returns: the clause's jump goes to a copy of the function's `return None` laid
# out after the handlers. Nothing read that copy (the clauses were taken to fall off their region), so
# the elif printed as a second if after the first, run again on the clause's path. The copy is now the
# code after the try (Tries: coldReturnCopy), and the if keeps its elif. Still falling back: code_after
# (3.12: the join a statement, the copy then a jump back to it) and returns_value (3.12-3.14: the copy of
# `return VAL` read as a return in the try body).
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




VAL = 9


def reduced(c, t, x, n, m):
    if c():
        try:
            try:
                t(4)
            except E1:
                pass
            else:
                return 6
        except E1:
            pass
    elif c():
        pass


def elif_calls(c, t, x, n, m):
    if c():
        try:
            try:
                x(4)
            except E1:
                t(1)
            else:
                return 6
        except E2:
            t(2)
    elif c():
        t(5)


def code_after(c, t, x, n, m):
    if c():
        try:
            try:
                x(4)
            except E1:
                pass
            else:
                return 6
        except E1:
            pass
    elif c():
        t(5)
    t(7)


def returns_value(c, t, x, n, m):
    if c():
        try:
            try:
                x(4)
            except E1:
                t(1)
            else:
                return 6
        except E2:
            t(2)
    elif c():
        t(5)
    return VAL

assert run([], reduced) in ((None, []), FELL)
assert run([1], reduced) in ((6, [4]), FELL)

assert run([], elif_calls) in ((None, []), FELL)
assert run([1], elif_calls) in ((6, [-4]), FELL)
assert run([0, 1], elif_calls) in ((None, [5]), FELL)
assert run([1, 1], elif_calls) in ((None, [-4, 1]), FELL)
assert run([1, 2], elif_calls) in ((None, [-4, 2]), FELL)

assert run([], code_after) in ((None, [7]), FELL)
assert run([1], code_after) in ((6, [-4]), FELL)
assert run([0, 1], code_after) in ((None, [5, 7]), FELL)
assert run([1, 1], code_after) in ((None, [-4, 7]), FELL)
assert run([1, 2], code_after) in (('E2', [-4]), FELL)

assert run([], returns_value) in ((9, []), FELL)
assert run([1], returns_value) in ((6, [-4]), FELL)
assert run([0, 1], returns_value) in ((9, [5]), FELL)
assert run([1, 1], returns_value) in ((9, [-4, 1]), FELL)
assert run([1, 2], returns_value) in ((9, [-4, 2]), FELL)

