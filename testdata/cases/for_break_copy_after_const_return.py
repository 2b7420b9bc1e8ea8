# min-version: 3.11
# Found on 2026-12-06 (twenty-eighth session): unseen tails seed 52 f218 (3.12-3.14), silently wrong,
# reduced. A for loop whose else returns, so the code after the loop (`return r()`) exists only as the
# breaks' copies (3.12+: iterator popped, then the copy): BreakCopies looked only at the first pop of the
# iterator followed by a return, here the body's own `return 4`, and gave up; the break then read as
# `return r()` inside the loop (r() called after the iterator's pop, which a return inside a loop does
# before). Constant returns are now passed over to the break's copy.
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




def r():
    return "r"


def reduced(c, t, x, n, m):
    for i in n():
        if not c():
            pass
        elif not c():
            return 4
        t(8)
        break
    else:
        return 9
    return r()


def none_return_first(c, t, x, n, m):
    for i in n():
        if c():
            return
        t(8)
        if c():
            break
    else:
        return 9
    return r()


def raise_else(c, t, x, n, m):
    for i in n():
        if c():
            return 4
        if c():
            t(8)
            break
        x(5)
    else:
        raise E1(9)
    return r()

assert run([], r) in (('TypeError', []), FELL)

assert run([], reduced) in ((9, []), FELL)
assert run([1], reduced) in (('r', [8]), FELL)
assert run([1, 1], reduced) in ((4, []), FELL)

assert run([], none_return_first) in ((9, []), FELL)
assert run([1], none_return_first) in ((9, [8]), FELL)
assert run([2], none_return_first) in ((9, [8, 8]), FELL)
assert run([1, 1], none_return_first) in ((None, []), FELL)
assert run([1, 0, 1], none_return_first) in (('r', [8]), FELL)
assert run([2, 0, 0, 1], none_return_first) in ((None, [8]), FELL)

assert run([], raise_else) in (('E1', []), FELL)
assert run([1], raise_else) in (('E1', [-5]), FELL)
assert run([2], raise_else) in (('E1', [-5, -5]), FELL)
assert run([1, 1], raise_else) in ((4, []), FELL)
assert run([1, 0, 1], raise_else) in (('r', [8]), FELL)
assert run([1, 0, 0, 2], raise_else) in (('E2', [-5]), FELL)

