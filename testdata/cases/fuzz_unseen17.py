# Silent wrongs found by scripts/fuzz-shapes.py on the unseen sets 53, 54, rich 43, 44 (at 946165a4) and
# 55, 56, rich 45, 46 (at 37112b9b), reduced, each failing on the jar before its fix:
# rich seed 44 f199 (3.12-3.14), a match ending a try body whose default case ends with an if returning,
# the return laid out past the try's range: the default was read against the cases' end past the range,
# so the if read `if not c(): pass` and the return came after the match (Matches reads the default
# against the range's end, as a plain if there is read); seed 56 f268 (3.13, 3.14), a for loop ending a try
# body, its else an if whose else returns past the try's range: the return was read twice, as the else's and
# again after the loop (ForLoops goes on where the else's walk stopped); seed 55 f100 (3.12-3.14), a try
# body ending with `while c(): with m(8), m(9): return 11`, the return unprotected and the try's end taken
# there: the return was read again as the try's else (Withs marks the return it reads; a loop whose body's
# walk read past its region's end fails: an honest fallback on 3.12-3.14); rich seed 43 f237 (3.11), a
# `continue` ending a nested try's body read as the end of both try bodies, an extra continue printed after
# the inner try (Tries: an end jump read twice fails); seed 48 f126 (3.12), a try/except/finally ending an
# elif branch, its body returning, its clauses going on to the normal exit's copy of the finally body
# `t(23); if c() and c(): pass`, whose exits (copies of the implicit return) 3.12 lays out past the
# handler: FinallyCopy did not take it for a copy, and the walk printed it after the if statement
# (FinallyCopy.end: exits past the handler are duplicates of the last one before it).
# Unseen set 57, 58, rich 47, 48 (at 60dcdf67): seed 58 f96 (3.12, 3.13), `while c() or c(): with m(18):
# ...; return 22` after a try statement, the with's suppressing path the only way into the copy of the
# loop's test at the bottom: its jumps back to the body's start read as an except clause's continue of a
# `while True` sharing the head (SharedHeads now leaves the loop's own copy out).
# Unseen set 59, 60, rich 49, 50 (at b902a4d1): seed 59 f272 (3.12-3.14), `try: x(2); if c(): pass / else:
# with m(12), m(13): raise E2(15) / except E1: pass` then t(24): the code after the try, unprotected
# between the body and the with's handlers, was taken for the else's return after the range and read into
# the try body (TryRanges: not where the clauses go on too); rich seed 50 f80 (3.14), `while c(): while True:
# if c(): break / try: return x(1) / except E1: pass / with m(10): break`, the with reached only from the
# clause (laid out past the handlers) and its suppressing path the only jump back to the inner head: the
# clause's jump there read as a break, the with printed after the inner loop (SharedHeads fails honestly).
# Unseen set 61, 62, rich 51, 52 (at b5938935): seed 61 f112 (3.12, 3.13), `for: while c(): try: t(3);
# continue / except E1: ... / with m(6): ...`: the code after the try, which only the clause reaches, laid
# out after the handlers, was taken for the for loop's tail (ForLoops.displacedTail: not when it jumps back
# into a loop nested in the body; an honest fallback now); seed 62 f85 (3.12), `if c(): while c() and c():
# t(2)` before an elif, each test's exit its own copy of the implicit return: read `if c(): while c():`, the
# loop testing one operand (Branches: the copy at the bottom exits to a copy right after the jump back; an
# honest fallback now); rich seed 52 f51 (3.12-3.14), a with whose body holds a try protecting nothing
# (`try: pass / except E2 as e: return 18`, an orphan handler) then another with returning: the clause's
# `return 18`, unwinding through the with's exit call, was taken for the end of the with's body too and
# printed again after it (Withs: a return only handler code reaches is not the body's own); seed 62 f241
# (3.14), `try: while c(): try: t(1); break / except E1: pass / finally: t(7)` then `except E1: pass` and an
# if: the enclosing try's clause, going on at that if, was taken for one of a try in the loop's body, and the
# if read as the loop body's tail (ForLoops.displacedTail: not a handler protecting code before the loop).
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


def try_match_guarded_then_default_if_returning(c, t, x, n, m):
    try:
        match c() % 3, c():
            case (z, False) if z:
                pass
            case _:
                if not c():
                    return 35
    except E1:
        pass
    except E2 as e:
        pass
    t(65)


def try_match_default_if_returning(c, t, x, n, m):
    try:
        match c():
            case 1:
                t(1)
            case _:
                if not c():
                    return 35
    except E1:
        pass
    t(65)


def try_for_with_break_else_if_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1):
                break
        else:
            if c():
                t(5)
            else:
                return 9
    except E1:
        pass
    t(18)


def try_for_with_break_else_elif_and_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1) as w:
                t(2)
                break
        else:
            t(3)
            if c():
                t(5)
            elif c() and c():
                t(6)
            else:
                return 9
    except E1:
        t(10)
    t(18)


def try_with_return_then_while_with_return(c, t, x, n, m):
    try:
        with m(1), m(2):
            try:
                x(4)
                return 5
            except E1:
                pass
        while c():
            with m(8), m(9):
                return 11
    except E1:
        pass


def try_while_with_return(c, t, x, n, m):
    try:
        while c():
            with m(8), m(9):
                return 11
    except E1:
        pass
    t(1)


def for_nested_try_continue_then_return(c, t, x, n, m):
    for j in n():
        try:
            try:
                x(13)
                continue
            except E1:
                pass
            except E2 as e:
                pass
        except E1:
            pass
        except E2 as e:
            pass
        return 26


def elif_try_finally_returning_and_test_in_finally(c, t, x, n, m):
    if c() and c():
        pass
    elif c():
        try:
            x(15)
            try:
                return 18
            except E1:
                pass
        except E1:
            pass
        finally:
            t(23)
            if c() and c():
                pass
    elif c():
        pass
    else:
        pass


def if_try_finally_returning_if_in_finally(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 18
        except E1:
            pass
        finally:
            t(23)
            if c():
                pass
    else:
        pass


def try_then_while_or_with_returning(c, t, x, n, m):
    try:
        while c():
            pass
        raise E1(2)
    except E1:
        if c() and c():
            x(12)
    x(17)
    while c() or c():
        with m(18):
            if c() and c():
                x(20)
                t(21)
            return 22


def try_if_else_nested_with_raising_then_code(c, t, x, n, m):
    try:
        x(2)
        if c():
            pass
        else:
            with m(12), m(13):
                raise E2(15)
    except E1:
        pass
    t(24)


def try_if_or_elif_else_with_as_raising_then_code(c, t, x, n, m):
    try:
        x(2)
        if c() or c():
            pass
        elif c():
            pass
        else:
            with m(12) as w, m(13):
                raise E2(15)
    except E1:
        pass
    t(24)


def while_while_true_try_return_clause_then_with_break(c, t, x, n, m):
    while c():
        while True:
            if c():
                break
            try:
                return x(1)
            except E1:
                pass
            with m(10):
                break


def for_while_try_continue_clause_then_with_break(c, t, x, n, m):
    for k in n():
        x(1)
        while c():
            x(2)
            try:
                t(3)
                continue
            except E1:
                x(4)
                t(5)
            with m(6) as w:
                t(7)
                t(8)
                break


def for_while_try_continue_clause_then_with(c, t, x, n, m):
    for k in n():
        while c():
            try:
                t(3)
                continue
            except E1:
                pass
            with m(6) as w:
                pass


def if_while_and_before_elif(c, t, x, n, m):
    if c():
        if c():
            while c() and c():
                t(2)
        elif c():
            pass
    elif c():
        pass


def with_orphan_clause_return_then_with_return(c, t, x, n, m):
    with m(1) as w, m(2):
        try:
            pass
        except E1:
            try:
                pass
            except E2 as e:
                return 18
        with m(26):
            return x(1)


def with_try_clause_return_then_with_return(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(0)
        except E1:
            return 18
        with m(26):
            return x(1)


def try_while_try_break_finally_then_if(c, t, x, n, m):
    try:
        while c():
            try:
                t(1)
                break
            except E1:
                pass
            finally:
                t(7)
    except E1:
        pass
    if c():
        t(8)

assert run([], try_match_guarded_then_default_if_returning) in ((35, []), FELL)
assert run([0, 0, 1], try_match_guarded_then_default_if_returning) in ((None, [65]), FELL)

assert run([], try_match_default_if_returning) in ((35, []), FELL)
assert run([1], try_match_default_if_returning) in ((None, [1, 65]), FELL)
assert run([0, 1], try_match_default_if_returning) in ((None, [65]), FELL)

assert run([], try_for_with_break_else_if_returning) in ((9, []), FELL)
assert run([1], try_for_with_break_else_if_returning) in ((None, [('enter', 1), ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_if_returning) in ((None, [5, 18]), FELL)

assert run([], try_for_with_break_else_elif_and_returning) in ((9, [3]), FELL)
assert run([1], try_for_with_break_else_elif_and_returning) in ((None, [('enter', 1), 2, ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 5, 18]), FELL)
assert run([0, 0, 1, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 6, 18]), FELL)

assert run([], try_with_return_then_while_with_return) in ((5, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], try_with_return_then_while_with_return) in (('E2', [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([2, 1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([2, 1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, True), ('exit', 1, False), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([2, 0, 1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, True), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)

assert run([], try_while_with_return) in ((None, [1]), FELL)
assert run([1], try_while_with_return) in ((11, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)

assert run([], for_nested_try_continue_then_return) in ((None, []), FELL)
assert run([1], for_nested_try_continue_then_return) in ((None, [-13]), FELL)
assert run([2], for_nested_try_continue_then_return) in ((None, [-13, -13]), FELL)
assert run([3], for_nested_try_continue_then_return) in ((None, [-13, -13, -13]), FELL)
assert run([1, 1], for_nested_try_continue_then_return) in ((26, [-13]), FELL)
assert run([2, 0, 1], for_nested_try_continue_then_return) in ((26, [-13, -13]), FELL)
assert run([3, 0, 0, 1], for_nested_try_continue_then_return) in ((26, [-13, -13, -13]), FELL)

assert run([], elif_try_finally_returning_and_test_in_finally) in ((None, []), FELL)
assert run([0, 1], elif_try_finally_returning_and_test_in_finally) in ((18, [-15, 23]), FELL)
assert run([0, 1, 1], elif_try_finally_returning_and_test_in_finally) in ((None, [-15, 23]), FELL)
assert run([0, 1, 2], elif_try_finally_returning_and_test_in_finally) in (('E2', [-15, 23]), FELL)

assert run([], if_try_finally_returning_if_in_finally) in ((None, []), FELL)
assert run([1], if_try_finally_returning_if_in_finally) in ((18, [-15, 23]), FELL)
assert run([1, 1], if_try_finally_returning_if_in_finally) in ((None, [-15, 23]), FELL)
assert run([1, 2], if_try_finally_returning_if_in_finally) in (('E2', [-15, 23]), FELL)

assert run([], try_then_while_or_with_returning) in ((None, [-17]), FELL)
assert run([0, 0, 1], try_then_while_or_with_returning) in (('E1', [-17]), FELL)
assert run([0, 0, 2], try_then_while_or_with_returning) in (('E2', [-17]), FELL)
assert run([0, 1, 1], try_then_while_or_with_returning) in ((None, [-12, -17]), FELL)
assert run([0, 0, 0, 1], try_then_while_or_with_returning) in ((22, [-17, ('enter', 18), ('exit', 18, False)]), FELL)
assert run([0, 1, 1, 1], try_then_while_or_with_returning) in (('E1', [-12]), FELL)
assert run([0, 1, 1, 2], try_then_while_or_with_returning) in (('E2', [-12]), FELL)

assert run([], try_if_else_nested_with_raising_then_code) in (('E2', [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False)]), FELL)
assert run([1], try_if_else_nested_with_raising_then_code) in ((None, [-2, 24]), FELL)
assert run([2], try_if_else_nested_with_raising_then_code) in (('E2', [-2]), FELL)
assert run([0, 0, 1], try_if_else_nested_with_raising_then_code) in ((None, [-2, ('enter', 12), ('enter', 13), ('exit', 13, True), ('exit', 12, False), 24]), FELL)
assert run([0, 0, 0, 1], try_if_else_nested_with_raising_then_code) in ((None, [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, True), 24]), FELL)

assert run([], try_if_or_elif_else_with_as_raising_then_code) in (('E2', [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False)]), FELL)
assert run([1], try_if_or_elif_else_with_as_raising_then_code) in ((None, [-2, 24]), FELL)
assert run([2], try_if_or_elif_else_with_as_raising_then_code) in (('E2', [-2]), FELL)

assert run([], while_while_true_try_return_clause_then_with_break) in ((None, []), FELL)
assert run([1], while_while_true_try_return_clause_then_with_break) in ((None, [-1]), FELL)
assert run([1, 0, 1], while_while_true_try_return_clause_then_with_break) in ((None, [-1, ('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 0, 2], while_while_true_try_return_clause_then_with_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], while_while_true_try_return_clause_then_with_break) in ((None, [-1, ('enter', 10), ('exit', 10, False), -1]), FELL)

assert run([], for_while_try_continue_clause_then_with_break) in ((None, []), FELL)
assert run([1], for_while_try_continue_clause_then_with_break) in ((None, [-1]), FELL)
assert run([2], for_while_try_continue_clause_then_with_break) in ((None, [-1, -1]), FELL)
assert run([3], for_while_try_continue_clause_then_with_break) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1]), FELL)
assert run([1, 2], for_while_try_continue_clause_then_with_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3]), FELL)
assert run([2, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3, -1]), FELL)
assert run([3, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3, -1, -1]), FELL)
assert run([1, 0, 1, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1, -2]), FELL)
assert run([1, 0, 1, 2], for_while_try_continue_clause_then_with_break) in (('E2', [-1, -2]), FELL)
assert run([2, 0, 0, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1, -1]), FELL)

assert run([], for_while_try_continue_clause_then_with) in ((None, []), FELL)
assert run([1, 1], for_while_try_continue_clause_then_with) in ((None, [3]), FELL)
assert run([1, 1, 1], for_while_try_continue_clause_then_with) in ((None, [3, 3]), FELL)
assert run([1, 1, 1, 1], for_while_try_continue_clause_then_with) in ((None, [3, 3, 3]), FELL)

assert run([], if_while_and_before_elif) in ((None, []), FELL)
assert run([1, 1, 1, 1], if_while_and_before_elif) in ((None, [2]), FELL)

assert run([], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_orphan_clause_return_then_with_return) in (('E1', [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_orphan_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 0, 0, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, True)]), FELL)

assert run([], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_try_clause_return_then_with_return) in ((18, [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_try_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_clause_return_then_with_return) in (('E1', [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([0, 1, 0, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, True), ('exit', 1, False)]), FELL)

assert run([], try_while_try_break_finally_then_if) in ((None, []), FELL)
assert run([1], try_while_try_break_finally_then_if) in ((None, [1, 7]), FELL)
assert run([0, 1], try_while_try_break_finally_then_if) in ((None, [8]), FELL)
assert run([1, 1], try_while_try_break_finally_then_if) in ((None, [1, 7, 8]), FELL)
assert run([1, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1, 1, 1, 1, 1], try_then_while_or_with_returning) in ((None, [-17, ('enter', 18), -20, ('exit', 18, True)]), FELL)
assert run([1, 1], while_while_true_try_return_clause_then_with_break) in ((None, []), FELL)
assert run([1], for_while_try_continue_clause_then_with) in ((None, []), FELL)
assert run([1, 1, 1, 1, 1], if_while_and_before_elif) in ((None, [2]), FELL)
