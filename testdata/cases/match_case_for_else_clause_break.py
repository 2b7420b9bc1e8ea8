# Found on 2026-12-05 (twenty-third session): unseen rich seed 157 f183 (3.12, 3.13 printed wrong code;
# 3.14 falls back). A for loop with an else, in the body of a match case whose pattern leaves the subject
# to pop on the failure path (a sequence or mapping pattern), the loop's body a try whose clause breaks.
# The clause is laid out past the match; its break jumps back to where the match goes on, past the failure
# path's subject pop and so past the case body's region: ForLoops saw no break and read the else as code
# after the loop (it ran after the break too). A clause's break to where the region goes on, past its
# end, makes the rest of the region the else clause.
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




def sequence_case_for_else_clause_break(c, t, x, n, m):
    match (c(), c()):
        case (1, z):
            for i in n():
                try:
                    x(18)
                except E1:
                    break
            else:
                t(5)
    t(33)


def mapping_case_for_else_clause_break_loop(c, t, x, n, m):
    match {'k': c()}:
        case {"k": 1 | 2 as z}:
            for i in n():
                try:
                    x(18)
                except E1:
                    break
            else:
                while not c():
                    t(6)
    t(33)


def sequence_case_for_else_if_break(c, t, x, n, m):
    match (c(), c()):
        case (1, z):
            for i in n():
                if c():
                    break
            else:
                t(5)
    t(33)


def literal_case_for_else_clause_break(c, t, x, n, m):
    match c():
        case 1:
            for i in n():
                try:
                    x(18)
                except E1:
                    break
            else:
                t(5)
    t(33)

assert run([], sequence_case_for_else_clause_break) in ((None, [33]), FELL)
assert run([1], sequence_case_for_else_clause_break) in ((None, [5, 33]), FELL)
assert run([1, 0, 1], sequence_case_for_else_clause_break) in ((None, [-18, 5, 33]), FELL)
assert run([1, 0, 2], sequence_case_for_else_clause_break) in ((None, [-18, -18, 5, 33]), FELL)
assert run([1, 0, 1, 1], sequence_case_for_else_clause_break) in ((None, [-18, 33]), FELL)
assert run([1, 0, 1, 2], sequence_case_for_else_clause_break) in (('E2', [-18]), FELL)

assert run([], mapping_case_for_else_clause_break_loop) in ((None, [33]), FELL)
assert run([1, 1, 1], mapping_case_for_else_clause_break_loop) in ((None, [-18, 33]), FELL)
assert run([1, 1, 2], mapping_case_for_else_clause_break_loop) in (('E2', [-18]), FELL)
assert run([1, 0, 0, 1], mapping_case_for_else_clause_break_loop) in ((None, [6, 33]), FELL)
assert run([1, 2, 0, 1], mapping_case_for_else_clause_break_loop) in ((None, [-18, -18, 33]), FELL)
assert run([1, 2, 0, 2], mapping_case_for_else_clause_break_loop) in (('E2', [-18, -18]), FELL)

assert run([], sequence_case_for_else_if_break) in ((None, [33]), FELL)
assert run([1], sequence_case_for_else_if_break) in ((None, [5, 33]), FELL)

assert run([], literal_case_for_else_clause_break) in ((None, [33]), FELL)
assert run([1], literal_case_for_else_clause_break) in ((None, [5, 33]), FELL)
assert run([1, 1], literal_case_for_else_clause_break) in ((None, [-18, 5, 33]), FELL)
assert run([1, 2], literal_case_for_else_clause_break) in ((None, [-18, -18, 5, 33]), FELL)
assert run([1, 1, 1], literal_case_for_else_clause_break) in ((None, [-18, 33]), FELL)
assert run([1, 1, 2], literal_case_for_else_clause_break) in (('E2', [-18]), FELL)

