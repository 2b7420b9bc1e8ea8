# Silent wrongs found by scripts/fuzz-shapes.py on the unseen sets 63, 64, rich 53, 54 (at 88fe4df0),
# reduced, each failing on the jar before its fix:
# seed 64 f94 (3.11), `try: if c(): try: pass / finally: pass / elif c(): return 7 / else: try: return 8 /
# except E1: pass` then the enclosing try's clause: the then-branch jumps past the try body's range (its
# end is the return's test, 3.11 loading the constant after it), over the else's `try: return 8`, whose
# orphan handler goes on where the then-branch does; the else's try was read as the code after the if, the
# then-branch falling into `return 8` (Branches: the code the normal flow reaches only from the else, up to
# where the then-branch jumps, is the else's); seed 63 f156 (3.11), an if whose then-branch is a try that
# never falls off but through a with ending an except clause, suppressing into the clause's end and a copy
# of the final return, then an elif: the with's path was read as falling off the clause, so the then-branch
# fell into the elif's test, printed as a separate if (WithSuppressedPaths walks that return, which tells
# that the if is the function's last statement); seed 63 f125 (3.14), `try: pass / except E1: with m(87):
# pass / with m(90): pass` (an orphan handler, laid out last) then `try: while True: if c(): break /
# finally: ...`: the clause's end after the second with jumps back to the second try, a JUMP_BACKWARD
# taken for a loop's back edge (the jump's handler was looked for as the PUSH_EXC_INFO right before it,
# the first with's), and the loop printed around both tries (Walker.handlerStartOf: the PUSH_EXC_INFO the
# same cleanup protects); seed 64 f247 (3.13, 3.14), `except E2 as e: try: x(18) / except E1: pass / else:
# t(24); return 25` inside two `finally: pass`: the else's return, unwinding the clause and then running the
# finally bodies' copies (line NOPs) before its constant, was read as the code after the inner try, where
# the inner clause would go on too (TryElses.ownConstReturn looks past those NOPs).
# Seed 70 f126 (3.12-3.14, found at this file's first fix, reduced): `try: try: while c(): return 14 / else:
# t(15) / finally: if c(): t(17) / except E1: ... / else: t(45)`: the then-branch leaves past the range only
# through handlers, yet that fix read the outer try's else as the inner if's else (Branches: only where the
# then-branch's own jump goes past the range).
# Unseen set 69, 70, rich 59, 60: rich seed 59 f28 (3.14), `while (q := c()) % 2 == 0: with m(1): with m(7):
# t(8); break`, the jumps back only on the withs' suppressing paths, laid out past the handlers: the walrus's
# STORE made WhileTrue.testsBeforeDisplacedTail refuse the test, and the loop read as `while True:` around
# `while ...: ... / else: break` (it now allows a walrus's store, as startsWithTest does); seed 69 f62
# (3.13, 3.14), `for: try: for: break / else: t(13) / except E1: pass` then another try: the break jumps
# past the try body's end NOP to the next statement's line NOP, and the else was read as the code after
# the loop (LoopBreaks.threadedToFollow: past the same NOPs); seed 69 f99 (3.13, 3.14), `try: if not c(): if
# c(): t(6) / else: return 12` then a loop: the try body's end NOP takes the test's line as a loop's exit
# NOP does, and the if was read as `while not c():` (Loops.neverLoops: a break's jump has a line of its
# own; the if now falls back honestly), and its twin with a written break lost the break (Walker.breaksPastNops).
# Unseen set 71, 72, rich 61, 62: seed 71 f90 (3.14), `while True: if c(): break / try: with m(1): t(2);
# break / finally: t(4)` then `return 6`: the break runs the with's exit call, the finally body's copy and a
# copy of the return; the loop's exit was taken right after the exit call, so the finally's copy was read
# again after the loop (WhileTrue.withTailExit goes past that copy, when the try/finally lies inside the
# loop); seed 71 f137 (3.13, 3.14), `except E1: try: try: x(26) / except E1: pass / else: return 32 / except
# E1: pass`: the inner try was read in the middle try's body region, which ends before the else's return;
# the middle try took the return for its own else and printed it after the inner try, where the inner
# clause would run it (Tries: such a return, TryElses.nestedTryOwnReturn, now falls back honestly); seed 72
# f210 (3.12, 3.13), `while not c(): while c() or c(): try: x(1) / except E1: continue / except E2: break`:
# the clause's continue goes to the inner loop's top test, which starts the outer loop's body, and the
# inner loop was read as a `while True` sharing the outer head around it (SharedHeads: not where the code
# at the head is a tested loop's test, its copy at the bottom jumping back into the body). Unseen set 73,
# 74, rich 63, 64: seed 74 f199 (3.13, 3.14), `except E1: try: x(20); try: return 22 / except E1: ... /
# except E1: t(26)` inside a try/finally: the return, unwinding the clause and running the finally body's
# copy before its constant, was read after the middle try, where its clause would run it
# (TryElses.ownConstReturn looks past that copy).
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



def try_if_finally_elif_else_orphan_try(c, t, x, n, m):
    try:
        if c():
            try:
                pass
            finally:
                pass
        elif c():
            return 7
        else:
            try:
                return 8
            except E1:
                pass
    except E1:
        pass
    t(39)


def try_if_call_elif_else_orphan_try(c, t, x, n, m):
    try:
        if c():
            x(1)
        elif c():
            return 7
        else:
            try:
                return 8
            except E1:
                pass
    except E1:
        pass
    t(39)


def if_try_clause_with_suppressing_then_elif(c, t, x, n, m):
    if c():
        try:
            if c():
                x(1)
            t(4)
        except E1:
            pass
        except E2 as e:
            with m(14):
                x(15)
                return 16
    elif c():
        if not c():
            with m(17) as w:
                t(18)
        else:
            pass


def elif_orphan_try_two_withs_then_try_while_finally(c, t, x, n, m):
    if c():
        pass
    elif c():
        try:
            pass
        except E1:
            with m(87):
                pass
            with m(90):
                pass
        try:
            while True:
                if c():
                    break
        finally:
            if c() or c():
                t(18)
    elif c():
        pass
    t(120)

def clause_try_else_return_through_finallys(c, t, x, n, m):
    try:
        try:
            x(5)
        except E2 as e:
            try:
                x(18)
            except E1:
                pass
            else:
                t(24)
                return 25
        finally:
            pass
    finally:
        pass


def try_finally_while_return_in_try_else(c, t, x, n, m):
    try:
        try:
            while c():
                return 14
            else:
                t(15)
                x(16)
        finally:
            if c():
                t(17)
    except E1:
        t(20)
    else:
        t(45)
    t(51)


def while_walrus_nested_withs_break(c, t, x, n, m):
    while (q := c()) % 2 == 0:
        with m(1):
            with m(7):
                t(8)
                break
    t(9)


def for_try_for_break_else_then_try(c, t, x, n, m):
    for i in n():
        try:
            for k in n():
                break
            else:
                t(13)
        except E1:
            pass
        try:
            pass
        except E1:
            pass


def try_if_not_if_else_return_then_loop(c, t, x, n, m):
    try:
        if not c():
            if c():
                t(6)
            else:
                return 12
    except E1:
        t(13)
    while True:
        if not c():
            break
        t(16)
    t(25)


def try_while_not_if_break_else_return_then_loop(c, t, x, n, m):
    try:
        while not c():
            if c():
                t(6)
                break
            else:
                return 12
    except E1:
        t(13)
    while True:
        if not c():
            break
        t(16)
    t(25)


def while_true_try_with_break_finally_then_return(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            with m(1) as w:
                t(2)
                break
        finally:
            t(4)
    return 6


def clause_try_try_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            try:
                x(26)
            except E1:
                pass
            else:
                return 32
        except E1:
            pass
    t(37)


def while_while_or_try_continue_break(c, t, x, n, m):
    while not c():
        while c() or c():
            try:
                x(1)
            except E1:
                continue
            except E2 as e:
                break
    else:
        t(5)


def clause_try_orphan_return_in_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                x(20)
                try:
                    return 22
                except E1:
                    t(23)
            except E1:
                t(26)
        t(30)
    finally:
        t(31)
    t(32)

assert run([], try_if_finally_elif_else_orphan_try) in ((8, []), FELL)
assert run([1], try_if_finally_elif_else_orphan_try) in ((None, [39]), FELL)
assert run([0, 1], try_if_finally_elif_else_orphan_try) in ((7, []), FELL)

assert run([], try_if_call_elif_else_orphan_try) in ((8, []), FELL)
assert run([1], try_if_call_elif_else_orphan_try) in ((None, [-1, 39]), FELL)
assert run([0, 1], try_if_call_elif_else_orphan_try) in ((7, []), FELL)
assert run([1, 2], try_if_call_elif_else_orphan_try) in (('E2', [-1]), FELL)

assert run([], if_try_clause_with_suppressing_then_elif) in ((None, []), FELL)
assert run([1], if_try_clause_with_suppressing_then_elif) in ((None, [4]), FELL)
assert run([0, 1], if_try_clause_with_suppressing_then_elif) in ((None, [('enter', 17), 18, ('exit', 17, False)]), FELL)
assert run([1, 1], if_try_clause_with_suppressing_then_elif) in ((None, [-1, 4]), FELL)
assert run([1, 1, 1], if_try_clause_with_suppressing_then_elif) in ((None, [-1]), FELL)
assert run([1, 1, 2], if_try_clause_with_suppressing_then_elif) in ((16, [-1, ('enter', 14), -15, ('exit', 14, False)]), FELL)
assert run([1, 1, 2, 1], if_try_clause_with_suppressing_then_elif) in (('E1', [-1, ('enter', 14), -15, ('exit', 14, False)]), FELL)
assert run([1, 1, 2, 2], if_try_clause_with_suppressing_then_elif) in (('E2', [-1, ('enter', 14), -15, ('exit', 14, False)]), FELL)
assert run([1, 1, 2, 1, 1, 1, 0], if_try_clause_with_suppressing_then_elif) in ((None, [-1, ('enter', 14), -15, ('exit', 14, True)]), FELL)

assert run([], elif_orphan_try_two_withs_then_try_while_finally) in ((None, [120]), FELL)
assert run([0, 1], elif_orphan_try_two_withs_then_try_while_finally) in (('Budget', []), FELL)
assert run([0, 1, 1, 1], elif_orphan_try_two_withs_then_try_while_finally) in ((None, [18, 120]), FELL)
assert run([0, 1, 0, 1], elif_orphan_try_two_withs_then_try_while_finally) in ((None, [120]), FELL)

assert run([], clause_try_else_return_through_finallys) in ((None, [-5]), FELL)
assert run([1], clause_try_else_return_through_finallys) in (('E1', [-5]), FELL)
assert run([2], clause_try_else_return_through_finallys) in ((25, [-5, -18, 24]), FELL)
assert run([2, 1], clause_try_else_return_through_finallys) in ((None, [-5, -18]), FELL)
assert run([2, 2], clause_try_else_return_through_finallys) in (('E2', [-5, -18]), FELL)

assert run([], try_finally_while_return_in_try_else) in ((None, [15, -16, 45, 51]), FELL)
assert run([1], try_finally_while_return_in_try_else) in ((14, []), FELL)
assert run([0, 1], try_finally_while_return_in_try_else) in ((None, [15, -16, 20, 51]), FELL)
assert run([0, 2], try_finally_while_return_in_try_else) in (('E2', [15, -16]), FELL)
assert run([1, 1], try_finally_while_return_in_try_else) in ((14, [17]), FELL)
assert run([0, 0, 1], try_finally_while_return_in_try_else) in ((None, [15, -16, 17, 45, 51]), FELL)
assert run([0, 1, 1], try_finally_while_return_in_try_else) in ((None, [15, -16, 17, 20, 51]), FELL)
assert run([0, 2, 1], try_finally_while_return_in_try_else) in (('E2', [15, -16, 17]), FELL)

assert run([], while_walrus_nested_withs_break) in ((None, [('enter', 1), ('enter', 7), 8, ('exit', 7, False), ('exit', 1, False), 9]), FELL)
assert run([1], while_walrus_nested_withs_break) in ((None, [9]), FELL)

assert run([], for_try_for_break_else_then_try) in ((None, []), FELL)
assert run([1], for_try_for_break_else_then_try) in ((None, [13]), FELL)
assert run([2], for_try_for_break_else_then_try) in ((None, [13, 13]), FELL)
assert run([3], for_try_for_break_else_then_try) in ((None, [13, 13, 13]), FELL)

assert run([], try_if_not_if_else_return_then_loop) in ((12, []), FELL)
assert run([1], try_if_not_if_else_return_then_loop) in ((None, [25]), FELL)
assert run([0, 1], try_if_not_if_else_return_then_loop) in ((None, [6, 25]), FELL)
assert run([1, 1], try_if_not_if_else_return_then_loop) in ((None, [16, 25]), FELL)
assert run([0, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [6, 16, 25]), FELL)
assert run([1, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [16, 16, 25]), FELL)
assert run([0, 1, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [6, 16, 16, 25]), FELL)
assert run([1, 1, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [16, 16, 16, 25]), FELL)

assert run([], try_while_not_if_break_else_return_then_loop) in ((12, []), FELL)
assert run([1], try_while_not_if_break_else_return_then_loop) in ((None, [25]), FELL)
assert run([0, 1], try_while_not_if_break_else_return_then_loop) in ((None, [6, 25]), FELL)
assert run([1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [16, 25]), FELL)
assert run([0, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [6, 16, 25]), FELL)
assert run([1, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [16, 16, 25]), FELL)
assert run([0, 1, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [6, 16, 16, 25]), FELL)
assert run([1, 1, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [16, 16, 16, 25]), FELL)
assert run([1, 1], for_try_for_break_else_then_try) in ((None, []), FELL)

assert run([], while_true_try_with_break_finally_then_return) in ((6, [('enter', 1), 2, ('exit', 1, False), 4]), FELL)
assert run([1], while_true_try_with_break_finally_then_return) in ((6, []), FELL)

assert run([], clause_try_try_else_return) in ((None, [-1, 37]), FELL)
assert run([1], clause_try_try_else_return) in ((32, [-1, -26]), FELL)
assert run([2], clause_try_try_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_try_else_return) in ((None, [-1, -26, 37]), FELL)
assert run([1, 2], clause_try_try_else_return) in (('E2', [-1, -26]), FELL)

assert run([], while_while_or_try_continue_break) in (('Budget', []), FELL)
assert run([1], while_while_or_try_continue_break) in ((None, [5]), FELL)
assert run([0, 1], while_while_or_try_continue_break) in (('Budget', [-1]), FELL)
assert run([0, 1, 0, 1], while_while_or_try_continue_break) in (('Budget', [-1, -1]), FELL)
assert run([0, 1, 2, 1], while_while_or_try_continue_break) in ((None, [-1, 5]), FELL)

assert run([], clause_try_orphan_return_in_finally) in ((None, [-1, 30, 31, 32]), FELL)
assert run([1], clause_try_orphan_return_in_finally) in ((22, [-1, -20, 31]), FELL)
assert run([2], clause_try_orphan_return_in_finally) in (('E2', [-1, 31]), FELL)
assert run([1, 1], clause_try_orphan_return_in_finally) in ((None, [-1, -20, 26, 30, 31, 32]), FELL)
assert run([1, 2], clause_try_orphan_return_in_finally) in (('E2', [-1, -20, 31]), FELL)
