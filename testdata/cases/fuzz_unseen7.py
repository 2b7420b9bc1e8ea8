# Silent wrongs of the unseen fuzz set of 2026-12-02's second session (fuzz-shapes.py seed 25, 300
# functions, on de8558d), reduced with --reduce, kept as cases until read right or falling back; all
# three are now: a while True never looping inside a try in a while True (3.13: `if c(): t(1); break`
# then `return 2` was read as `if c(): t(1)` with the return after the try, so the break returned; now
# the break's jump to the enclosing loop's jump back is a continue), an else clause holding only tries
# that protect nothing (3.12-3.14: the finally was printed again after the if, run twice on the except
# path; now it falls back), and rich seed 16 f97: a with returning a value in an except clause of a try
# whose finally ends in an if (3.12 dropped the return; 3.11, 3.13, 3.14 fell back; now read right).
# Each function checks itself on the paths below, whether or not it fell back; `c` and `n` give out
# after 60 calls (Budget), so no path loops forever.


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


def while_true_never_looping_in_try(c, t, x, n, m):
    # seed 25 f73 (3.13): the inner while True breaks or returns, never loops
    while True:
        try:
            while True:
                if c():
                    t(1)
                    break
                return 2
        except E1:
            while not c():
                pass
            else:
                return 4


def else_of_orphan_tries_in_finally(c, t, x, n, m):
    # seed 25 f194 (3.12-3.14): the else holds a try returning and a try passing, neither protecting anything
    if c() or c():
        try:
            while c() or c():
                x(6)
            t(7)
        except E1:
            pass
        else:
            try:
                return 16
            except E1:
                pass
            try:
                pass
            except E1:
                pass
        finally:
            t(25)


def clause_with_returning_value_finally_if(c, t, x, n, m):
    # rich seed 16 f97 (3.12)
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return (v, w)
    except E2 as e:
        pass
    else:
        pass
    finally:
        if c():
            pass



assert run([1, 1, 0], while_true_never_looping_in_try) in ((2, [1, 1]), FELL)
assert run([0], while_true_never_looping_in_try) in ((2, []), FELL)
assert run([1, 1, 1], else_of_orphan_tries_in_finally) in ((None, [-6, 25]), FELL)
assert run([1, 0, 0], else_of_orphan_tries_in_finally) in ((16, [7, 25]), FELL)
assert run([0, 0], else_of_orphan_tries_in_finally) in ((None, []), FELL)
assert run([0, 1, 1, 0, 0, 0], else_of_orphan_tries_in_finally) in ((16, [-6, 7, 25]), FELL)
assert run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21, ('enter', 26), ('exit', 26, False)]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
