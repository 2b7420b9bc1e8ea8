# min-version: 3.11
# Found on 2026-12-06 (thirty-second session), unseen set 186's q59 f167 reduced: a local bound only in code
# the compiler removes as unreachable (a try's else after a body that always continues, code after a
# break or raise). No instruction binds it, so the printed body bound it nowhere and read it as a global
# (LOAD_GLOBAL where the original has LOAD_FAST: NameError, or a global's value, where the original raises
# UnboundLocalError). DeadBindings.declareRemovedBindings keeps such a name local with a bare annotation
# (`v: object`, which compiles to nothing inside a function), after the docstring. Set 187's q60 f204 (every
# version withdrawn by --verify): free variables only a handler nothing reaches uses (left unread) were
# dropped from the closure; a `nonlocal` declaration keeps them.
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




def try_continue_dead_else_binds(c, t, x, n, m):
    while c():
        try:
            x(47)
            continue
        except E1:
            pass
        else:
            v -= 52
        t([v])


def try_return_dead_else_binds_closure(c, t, x, n, m):
    "a docstring stays first"
    while c():
        try:
            x(4)
            return 5
        except E1:
            pass
        else:
            v = 6

        def g():
            return v
        t(g())


def loop_break_else_continue_dead_binds(c, t, x, n, m):
    for i in n():
        if c():
            break
        else:
            continue
        w = 3
    t(9)
    return w


def two_names_after_raise(c, t, x, n, m):
    if c():
        raise E2(1)
        a = b = 2
    t(3)
    return (a, b) if c() else 4


def closure_names_used_only_in_dead_handler(c, t, x, n, m):
    def inner():
        v = 0
        try:
            try:
                return 10
            except E1:
                t(11)
            if c():
                x(19)
        finally:
            t(22)
        return v
    return inner()

assert run([], try_continue_dead_else_binds) in ((None, []), FELL)
assert run([1], try_continue_dead_else_binds) in ((None, [-47]), FELL)
assert run([1, 1], try_continue_dead_else_binds) in (('UnboundLocalError', [-47]), FELL)
assert run([1, 2], try_continue_dead_else_binds) in (('E2', [-47]), FELL)
assert run([1, 0, 1], try_continue_dead_else_binds) in ((None, [-47, -47]), FELL)
assert run([1, 0, 1, 1], try_continue_dead_else_binds) in (('UnboundLocalError', [-47, -47]), FELL)
assert run([1, 0, 1, 2], try_continue_dead_else_binds) in (('E2', [-47, -47]), FELL)
assert run([1, 0, 1, 0, 1], try_continue_dead_else_binds) in ((None, [-47, -47, -47]), FELL)

assert run([], try_return_dead_else_binds_closure) in ((None, []), FELL)
assert run([1], try_return_dead_else_binds_closure) in ((5, [-4]), FELL)
assert run([1, 1], try_return_dead_else_binds_closure) in (('NameError', [-4]), FELL)
assert run([1, 2], try_return_dead_else_binds_closure) in (('E2', [-4]), FELL)

assert run([], loop_break_else_continue_dead_binds) in (('UnboundLocalError', [9]), FELL)

assert run([], two_names_after_raise) in ((4, [3]), FELL)
assert run([1], two_names_after_raise) in (('E2', []), FELL)
assert run([0, 1], two_names_after_raise) in (('UnboundLocalError', [3]), FELL)

assert run([], closure_names_used_only_in_dead_handler) in ((10, [22]), FELL)

