# Found on 2026-12-05 (twenty-third session): unseen tails seed 42 f78 (3.12-3.14, printed wrong code).
# A try/except whose body is a try whose own body returns, its except clause ending in a loop: that clause's
# end (POP_EXCEPT, its name cleanup) falls into the code after the outer try, a small return the compiler
# copies there and after the outer clause. Nothing in the normal flow reaches that code, so the walk after
# the outer try skipped it as handler code: the return was lost and the function returned None.
# Tries.nestedClauseOnlyAfter: code after the statement that only a nested clause's end falls into is
# walked with the statement.
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




def clause_loop_named_finally_pass(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_loop_named_finally(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                t(9)
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_loop_finally(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2:
            try:
                t(8)
            finally:
                pass
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_named_finally_call(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            t(11)
    except E1:
        pass
    return x.k


def clause_named_loop(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            t(8)
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_for_loop_named(c, t, x, n, m):
    try:
        try:
            for k in n():
                x(2)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            while c() or c():
                t(11)
    except E1:
        pass
    return x.k

assert run([], clause_loop_named_finally_pass) in ((4, [-1]), FELL)
assert run([1], clause_loop_named_finally_pass) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)

assert run([], clause_loop_named_finally) in ((4, [-1]), FELL)
assert run([1], clause_loop_named_finally) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9]), FELL)
assert run([2, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11]), FELL)
assert run([2, 1, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11, 11, 11]), FELL)

assert run([], clause_loop_finally) in ((4, [-1]), FELL)
assert run([1], clause_loop_finally) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_finally) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)

assert run([], clause_named_finally_call) in ((4, [-1]), FELL)
assert run([1], clause_named_finally_call) in (('AttributeError', [-1]), FELL)
assert run([2], clause_named_finally_call) in (('AttributeError', [-1, 8, 11]), FELL)

assert run([], clause_named_loop) in ((4, [-1]), FELL)
assert run([1], clause_named_loop) in (('AttributeError', [-1]), FELL)
assert run([2], clause_named_loop) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)

assert run([], clause_for_loop_named) in ((4, []), FELL)
assert run([1], clause_for_loop_named) in ((4, [-2]), FELL)
assert run([2], clause_for_loop_named) in ((4, [-2, -2]), FELL)
assert run([1, 1], clause_for_loop_named) in (('AttributeError', [-2]), FELL)
assert run([1, 2], clause_for_loop_named) in (('AttributeError', [-2, 8]), FELL)
assert run([1, 2, 1], clause_for_loop_named) in (('AttributeError', [-2, 8, 11]), FELL)

