# Found on 2026-12-05 (sixteenth session), reducing fuzz seed 149 f291: `while c(): try: t(7); continue /
# except E1: x(8)` fell back on 3.12. The body's continue jumps to the loop's head; the clause falls off
# into the copy of the loop's test that 3.12 lays out past the handlers (only the clause reaches it), which
# is where the loop body's end goes: not the else clause falling off past the region (Tries: the clauses'
# target a displaced test, DisplacedLoopTails). The same inside a with (3.12-3.14, the with's normal exit
# laid out past the handlers too, its continue unwinding through the exit call where the exit would be):
# with_try_continue_clause, for_with_try_continue_clause, read since 2026-12-05 (with_try_loop_exits).
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


def while_try_continue_clause(c, t, x, n, m):
    while c():
        try:
            t(7)
            continue
        except E1:
            x(8)


def while_try_continue_clause_then_code(c, t, x, n, m):
    while c():
        try:
            x(7)
            continue
        except E1:
            x(8)
        t(9)
    return 10


def while_try_if_continue_clause(c, t, x, n, m):
    while c():
        try:
            if c():
                continue
            x(7)
            continue
        except E1:
            t(8)
        except E2:
            t(9)
    t(10)


def while_try_continue_clauses_else(c, t, x, n, m):
    while c():
        try:
            x(7)
            continue
        except E1:
            t(8)
    else:
        t(11)
    return 12


def with_try_continue_clause(c, t, x, n, m):
    while c():
        with m(1):
            try:
                t(7)
                continue
            except E1:
                x(8)


def for_with_try_continue_clause(c, t, x, n, m):
    for k in n():
        with m(1):
            try:
                t(7)
                continue
            except E1:
                x(8)

assert run([], while_try_continue_clause) in ((None, []), FELL)
assert run([1], while_try_continue_clause) in ((None, [7]), FELL)
assert run([1, 1], while_try_continue_clause) in ((None, [7, 7]), FELL)
assert run([1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7]), FELL)
assert run([1, 1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7, 7]), FELL)
assert run([1, 1, 1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7, 7, 7]), FELL)

assert run([], while_try_continue_clause_then_code) in ((10, []), FELL)
assert run([1], while_try_continue_clause_then_code) in ((10, [-7]), FELL)
assert run([1, 1], while_try_continue_clause_then_code) in ((10, [-7, -8, 9]), FELL)
assert run([1, 2], while_try_continue_clause_then_code) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_try_continue_clause_then_code) in ((10, [-7, -7]), FELL)
assert run([1, 1, 1], while_try_continue_clause_then_code) in (('E1', [-7, -8]), FELL)

assert run([], while_try_if_continue_clause) in ((None, [10]), FELL)
assert run([1], while_try_if_continue_clause) in ((None, [-7, 10]), FELL)
assert run([1, 0, 1], while_try_if_continue_clause) in ((None, [-7, 8, 10]), FELL)
assert run([1, 0, 2], while_try_if_continue_clause) in ((None, [-7, 9, 10]), FELL)
assert run([1, 0, 0, 1], while_try_if_continue_clause) in ((None, [-7, -7, 10]), FELL)
assert run([1, 0, 1, 1], while_try_if_continue_clause) in ((None, [-7, 8, -7, 10]), FELL)

assert run([], while_try_continue_clauses_else) in ((12, [11]), FELL)
assert run([1], while_try_continue_clauses_else) in ((12, [-7, 11]), FELL)
assert run([1, 1], while_try_continue_clauses_else) in ((12, [-7, 8, 11]), FELL)
assert run([1, 2], while_try_continue_clauses_else) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_try_continue_clauses_else) in ((12, [-7, -7, 11]), FELL)
assert run([1, 1, 1], while_try_continue_clauses_else) in ((12, [-7, 8, -7, 11]), FELL)

assert run([], with_try_continue_clause) in ((None, []), FELL)
assert run([1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)

assert run([], for_with_try_continue_clause) in ((None, []), FELL)
assert run([1], for_with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([2], for_with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)

