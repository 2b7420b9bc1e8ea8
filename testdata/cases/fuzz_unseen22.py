# Found on 2026-12-04 (tenth session). Seed 115 f123 (3.14, silent wrong): `while True: if c(): break /
# try: ...; continue / except E1: pass / finally: if c(): pass` then t(12): the except clause's copy of the
# finally body, laid out cold after the handler, ends in two jumps back (the if's both ways), so
# Walker.coldBackEdgeBefore took the later for the loop's end: the code after the loop was read into its
# body, after an if whose else branch was the try, and the clause's continue dropped
# (TryFinally.coldCopyGoesOn accepted a continue in a branch followed by code). Both fixed; on 3.12 and
# 3.13 the copy's jump goes to the loop's lone end jump after the handlers, now read as its continue.
# `while c(): try: with m(1) as w: break / finally: t(5)` fell back on every version ("a with's suppressing
# path and its normal exit go on apart"): the break's unwinding runs the with's exit call, then a copy of
# the finally body, then a jump or a copy of the return the break goes to (Withs.finallyCopyBeforeExit);
# the suppressing path falls off the try body into the normal exit's copy of the finally body
# (Withs.finallyCopyAt). 3.12+: a for loop took that path's jump for a clause's break
# (LoopBreaks.clauseBreakTarget skips a with's handler).
# `if c(): try: return x() / except E1: ... / <code>` with an else branch (3.12+ fell back: "unstructured
# backward jump"): the code after the try, reached only from the clauses, is laid out after the handler
# and jumps back to where the if goes on, past the else; BranchExits.leavesPast takes that jump for the
# then-branch's (ColdContinuations.rejoinsPast), so the code at the test's target is the else.
# Seed 120 f79 (3.14, silent wrong; closures, so no borrowed loads to tell an else): `while True: try: x(1)
# / except E1: while c() and c(): pass / else: <ifs>`: the clause's inner loop breaks to the clause's end,
# which goes round the outer loop, but the clause was printed falling off into the code after the try,
# read as following the statement. Tries: when the clauses fall off to the loop's head and the body into
# the code at j, each clause that may fall off gets a continue (TryElses.continuing; depyf.ir.Exits).
# `if not c(): with m(7): try: raise E2(10) / except E1: pass` then t(3) in the with (3.12+: "stack
# underflow"): the code after the try, laid out after its handler inside the with and running into the
# with's normal exit, was taken for the then-branch's way out (BranchExits.inWithOfBranch); 3.14 also
# did not see the try body leave: its range ends at a `return None` the if's test jumps to
# (ColdContinuations.raisesAt).
# Seed 121 f179 (3.11, silent wrong): `while c() and c(): while True: if c(): break / continue`: the
# bottom copy of the test was matched from its second link only (Loops.bottomCopy: a link before it leaving
# to a copy of the exit makes it longer), the loop read as `if c(): while c():`. Now read as an if around
# a while True that repeats the test (the same behaviour, another layout; the idiomatic reading is left).
# `while True: with m(10): return 15` (3.12, 3.13 fell back: "unstructured backward jump"): the loop goes
# round only when the manager suppresses, its jump back reached only from the with's handler: read as the
# loop's end like an except clause's (WhileTrue.suppressesTo; 3.14 still falls back, and so does a with
# body that raises).
# Seed 124 f91 (3.11, silent wrong, older than the session): an if's then-branch `try: pass / except E1:
# break` (a try protecting nothing, its handler inline) jumps over that handler to the code after the if,
# and the clause's break past it: the code at the test's target was read as an else, the then-branch
# dropping the code after the if (Branches: a then-branch jumping forward to f, past line NOPs, fails that
# reading; the retry without the orphan reads it).
# Seed 123 f191 (3.12, silent wrong, older than the session): `for: try: for: break / else: x(3); return 4
# / except E1: pass`: the inner break jumps forward to a lone jump back to the outer head (3.12 does not
# thread it), not seen by ForLoops.backBreakElseFallsOff, so the else's return, laid out past the range,
# was read again as the code after the loop; now a fallback, as on 3.11, 3.13 and 3.14.
# `try: ... / except E1: if 0 < v < 5: pass` then code (3.13, 3.14 fell back: "unrecognised chained
# comparison cleanup"): the chain's cleanup falls into a copy of the clause's end, POP_EXCEPT and the jump
# to the code after the try (Chains.sameTail takes a jump ending the copy; BranchExits.leavesPast skips
# that copy's jump, read).
# `while 0 <= i < k: ...` then `return sorted(res)` (3.12 fell back, http/cookies.py _unquote): the exit
# block is copied after the first link's cleanup of the test's bottom copy, a block the test at the top
# jumps to too (Chains.condition: a cleanup falling into such a shared block, the false exit a copy of it).
# `if c(): while True: if c(): try: if c(): break / ... / finally: t(3)` with an else, then `return t(7)`
# (3.12, silent wrong, older than the session): the break's unwinding, the finally body's copy then a copy
# of the return block after the loop, was read as `return t(7)` in the try body, which would compute its
# value before the finally body. A return computed after a finally body's copy now fails (Walker).
# `while not c(): with m(1): if c(): break / ...` then `return E1.__name__` (3.12-3.14, silent wrong, older
# than the session; subprocess.py's Popen._wait): the break's unwinding, the with's exit call then a copy of
# the return after the loop, was read as a return inside the with, whose value would be computed before
# the exit call. Now read as the break when the copy is the loop's exit (Walker), and a return computing its
# value after a with's exit call fails otherwise.
# Found with fuzz-shapes --tails (new this session: functions ending in a small return of a computed value,
# which the compiler copies into the breaks reaching it). Tails seed 1 f45 (3.12-3.14, silent wrong, older
# than the session): `for k in n(): with m(2): break` then `return E1.__name__`: the with read the break
# (its exit call, the iterator popped, a copy of the return), which marked that copy dead, and the for
# loop's walk of the copy, printed after the loop, printed nothing: the return was lost (ForLoops reads it
# again). The same out of a while loop fell back (Withs.loopExitAfterExit: a copy of the loop's exit).
# Tails seed 1 f68 (3.13, 3.14, silent wrong, older than the session): an if chain in a try nested in an
# except clause, its last else returning 15, the others falling off: they leave the enclosing clause by
# their own POP_EXCEPT and jump, and the else's `POP_EXCEPT; return 15`, past the nested try's range, was
# read as that try's else clause (all branches returning 15). Now a fallback (Tries.leavesEnclosingClause).
# `for k in n(): with m(2): if c(): break` then code (3.12+ fell back with a computed return after the
# loop): the break's unwinding after the with's range ends in a copy of that return, no jump
# (Withs.breakAfterExitCall).
# `try: while True: if c(): break / except E2 as e: pass` then t(9) (3.14 fell back: "try body ends inside
# an expression"): the protected range ends before the test's jump, leaving the loop's jumps, which cannot
# raise, out of it (TryRanges.trailingLoopJumps reads the body on past them).
# Rich seed 121 f175 (3.12-3.14, silent wrong, older than the session): `while True: match ...: case (1, _) |
# (2, True): try: return (v, q) / except E1: pass / case _: return x(13) or v`: the loop's body was ended at
# the try's return, the default case's code read as the code after the loop and the default itself as
# `pass` (looping). A default going on at the loop's exit now reads as `case _: break` (Matches).
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


def while_true_if_break_try_for_else_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while not c():
                x(5)
            for k in n():
                pass
            else:
                continue
        except E1:
            pass
        finally:
            if c():
                pass
    t(12)


def while_true_if_break_try_continue_clause_finally_if_else(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                t(9)
            else:
                t(10)
    t(12)


def while_true_if_break_try_continue_clauses_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        except E2:
            pass
        finally:
            if c():
                t(9)
    t(12)


def while_true_if_break_try_continue_clause_finally_if_then_code(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
        t(11)
    t(12)


def for_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    for i in n():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_c_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    while c():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_true_if_else_try_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            t(3)
        else:
            try:
                x(5)
                continue
            except E1:
                t(7)
            finally:
                if c():
                    pass
        t(11)
        if c():
            break
    t(12)
def while_try_with_break_finally(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        finally:
            t(5)


def while_try_with_break_finally_then_code(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        finally:
            t(5)
    t(7)


def for_try_with_break_finally(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                break
        finally:
            t(5)


def for_try_with_break_finally_then_code(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                break
        finally:
            t(5)
    t(7)


def while_try_with_continue_finally_then_code(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                continue
        finally:
            t(5)
        t(6)
    t(7)


def while_try_with_break_clause_finally(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        except E1:
            t(3)
        finally:
            t(5)
    t(7)


def while_if_try_with_break_finally_else(c, t, x, n, m):
    while c():
        if c():
            try:
                with m(1) as w:
                    break
            finally:
                t(5)
        else:
            t(6)
    t(7)


def while_true_try_withs_break_finally(c, t, x, n, m):
    while True:
        t(1)
        try:
            with m(1) as w, m(2):
                break
        finally:
            if c():
                t(5)
    t(7)


def for_try_with_x_break_finally_return(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                x(2)
                break
        finally:
            t(5)
    return 8
def if_and_try_return_clause_pass_then_code_else_pass(c, t, x, n, m):
    if c() and c():
        try:
            t(15)
            return 16
        except E1:
            pass
        t(21)
    else:
        pass
    t(23)


def if_try_return_clause_pass_then_code_else(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        t(21)
    else:
        t(22)
    t(23)


def if_try_return_clauses_then_code_elif_else(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        except E2:
            pass
        t(21)
    elif c():
        t(22)
    else:
        t(24)
    t(25)


def for_if_try_return_clause_then_code_else(c, t, x, n, m):
    for i in n():
        if c():
            try:
                x(15)
                return 16
            except E1:
                t(17)
            t(21)
        else:
            t(22)
        t(23)
    t(24)


def while_if_try_return_clause_then_if_else(c, t, x, n, m):
    while c():
        if c():
            try:
                x(15)
                return 16
            except E1:
                t(17)
            if c():
                t(21)
        else:
            t(22)
        t(23)


def if_try_raise_clause_as_then_code_else_return(c, t, x, n, m):
    if c():
        try:
            x(15)
            raise E2(3)
        except E1 as e:
            t(17)
        t(21)
    else:
        return 22
    t(23)


def if_try_return_clause_then_code_else_at_end(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        t(21)
    else:
        t(22)


def if_with_try_return_clause_then_code_else(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(15)
                return 16
            except E1:
                t(17)
            t(21)
    else:
        t(22)
    t(23)
def while_true_try_clause_while_and_else_ifs_closure(c, t, x, n, m):
    def inner():
        while True:
            try:
                x(1)
            except E1:
                while c() and c():
                    pass
            else:
                if c():
                    pass
                elif c():
                    t(3)
                elif c():
                    return 4
    return inner()


def while_true_try_clause_for_break_else_code_closure(c, t, x, n, m):
    def inner():
        while True:
            try:
                x(1)
            except E1:
                for k in n():
                    if c():
                        break
                else:
                    t(2)
            else:
                t(3)
                if c():
                    return 4
    return inner()


def while_c_try_clause_if_else_code_closure(c, t, x, n, m):
    def inner():
        while c():
            try:
                x(1)
            except E1:
                if c():
                    t(2)
            except E2:
                return 5
            else:
                t(3)
                if c():
                    break
        t(6)
    return inner()
def if_not_with_try_raise_clause_pass_then_code(c, t, x, n, m):
    if not c():
        with m(7):
            try:
                x(9)
                raise E2(10)
            except E1:
                pass
            t(3)


def if_with_try_raise_clauses_then_code_else(c, t, x, n, m):
    if c():
        with m(7) as w:
            try:
                raise E2(10)
            except E1:
                t(2)
            except E2:
                pass
            t(3)
    else:
        t(4)
    t(5)


def for_if_with_try_raise_clause_then_code(c, t, x, n, m):
    for k in n():
        if c():
            with m(7):
                try:
                    x(9)
                    raise E2(10)
                except E2:
                    pass
                t(3)
        t(6)


def while_and_while_true_if_break_continue(c, t, x, n, m):
    while c() and c():
        while True:
            if c():
                break
            continue


def if_while_and_while_true_if_break_continue_elifs(c, t, x, n, m):
    if c():
        while c() and c():
            while True:
                if c():
                    break
                continue
    elif c():
        pass
    elif c():
        t(2)
    else:
        pass


def while_or_while_true_if_break_continue_then_code(c, t, x, n, m):
    while c() or c():
        while True:
            if c():
                break
            continue
    t(5)
def while_true_with_return(c, t, x, n, m):
    while True:
        with m(10):
            return 15


def while_true_with_as_code_return(c, t, x, n, m):
    while True:
        t(1)
        with m(10) as w:
            x(2)
            return w


def while_true_if_break_with_return_then_code(c, t, x, n, m):
    while True:
        if c():
            break
        with m(10):
            x(3)
            return 15
    t(7)


def while_true_withs_return(c, t, x, n, m):
    while True:
        with m(10) as w, m(11):
            with m(12), m(13):
                return 15
def while_not_if_and_try_pass_clause_break_else_for_else_return_closure(c, t, x, n, m):
    def inner():
        while not c():
            if c() and c():
                try:
                    pass
                except E1:
                    break
            else:
                pass
            for j in n():
                pass
            else:
                return 12
        else:
            pass
        t(17)
    return inner()


def for_try_for_break_else_return_clause_pass(c, t, x, n, m):
    for j in n():
        try:
            for j in n():
                break
            else:
                x(3)
                return 4
        except E1:
            pass


def for_try_for_if_break_else_return_clause_then_code(c, t, x, n, m):
    for j in n():
        try:
            for k in n():
                if c():
                    break
            else:
                x(3)
                return 4
        except E1:
            t(5)
    t(6)
def try_clause_if_chain_pass_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            pass
    t(13)


def try_clause_if_chain_else_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            t(2)
        else:
            t(3)
    t(13)


def for_try_clause_if_not_chain3_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E2 as e:
            if not (0 < n().stop <= 2 < 5):
                continue
            t(4)
        t(5)


def try_clauses_if_chain_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            t(2)
    except E2:
        if 1 <= n().stop < 3:
            pass
    t(13)
def while_chain_test_if_break_return_global_call(c, t, x, n, m):
    i = 0
    k = n().stop
    res = []
    while 0 <= i < k:
        if c():
            res.append(i)
            break
        t(i)
        i = i + 1
    return sorted(res)


def while_chain_test_return_global_call(c, t, x, n, m):
    i = 0
    k = n().stop
    while 0 <= i < k:
        t(i)
        i = i + 1
    return sorted([i, k])
def if_while_true_if_try_if_break_finally_else_return_call(c, t, x, n, m):
    if c():
        while True:
            if c():
                try:
                    if c():
                        break
                    t(1)
                finally:
                    t(3)
            t(5)
    else:
        t(6)
    return E1.__name__


def while_true_try_if_break_finally_pass(c, t, x, n, m):
    while True:
        try:
            if c():
                break
        finally:
            pass
def while_not_with_if_break_code_if_then_return_attr(c, t, x, n, m):
    while not c():
        with m(1):
            if c():
                break
            t(2)
            if c():
                t(3)
    return E1.__name__


def for_with_if_break_then_return_attr(c, t, x, n, m):
    for k in n():
        with m(1) as w:
            if c():
                break
            t(2)
    return E2.__name__
def for_with_break_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            break
    return E1.__name__


def for_with_code_break_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            t(1)
            break
    return E1.__name__


def while_with_break_return_attr(c, t, x, n, m):
    while c():
        with m(2):
            break
    return E1.__name__


def while_or_else_for_with_break_return_closure(c, t, x, n, m):
    def inner():
        while c() or c():
            pass
        else:
            for k in n():
                with m(2):
                    break
        return E2.__name__
    return inner()


def for_with_if_break_code_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            if c():
                break
        t(3)
    return E1.__name__


def while_with_if_break_code_return_attr(c, t, x, n, m):
    while c():
        with m(2) as w:
            if c():
                break
            t(2)
        t(3)
    return E2.__name__
def try_clause_try_if_elifs_else_return_clause_finally_return_attr(c, t, x, n, m):
    try:
        x(2)
    except E1:
        try:
            if c():
                pass
            elif c():
                pass
            elif c() or c():
                pass
            else:
                t(14)
                return 15
        except E1:
            pass
    finally:
        pass
    return E1.__name__


def try_try_return_clause_assign_clause_else_ifs_return(c, t, x, n, m):
    if not c():
        return t(1)
    try:
        try:
            x(2)
            return t(3)
        except E1:
            k = x(4)
    except E1:
        t(5)
    else:
        if c():
            t(6)
            return
        if k is None:
            t(7)
            return
        t(8)
def try_while_true_if_break_clause_as_then_code(c, t, x, n, m):
    try:
        while True:
            if c():
                break
    except E2 as e:
        pass
    t(9)


def try_while_true_code_if_break_clause(c, t, x, n, m):
    try:
        while True:
            x(1)
            if c():
                break
    except E1:
        t(2)
    t(9)
def while_true_match_or_try_return_clause_default_return_call(c, t, x, n, m):
    def inner():
        v = q = 0
        while True:
            match (n().stop, c()):
                case (1, _) | (2, True):
                    try:
                        return (v, q)
                    except E1:
                        pass
                    else:
                        pass
                case _:
                    return x(13) or v
    return inner()


def while_true_match_or_try_return_clause_default_return_attr(c, t, x, n, m):
    while True:
        match n().stop:
            case 1 | 2:
                try:
                    x(3)
                    return 4
                except E1:
                    t(5)
            case _:
                return E2.__name__

assert run([], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([0, 0, 1, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)

assert run([], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 9]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [-5, 10, 12]), FELL)

assert run([], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 9, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 7, 12]), FELL)

assert run([], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 7, 11, 12]), FELL)
assert run([0, 0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5, -5]), FELL)

assert run([], for_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([2], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([2, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([2, 0, 0, 0, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 7, 12]), FELL)
assert run([2, 0, 0, 0, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)

assert run([], while_c_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], while_c_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 0, 0, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)

assert run([], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_else_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [3, 11, 12]), FELL)
assert run([1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [-5, 7, 11, 12]), FELL)

assert run([], while_try_with_break_finally) in ((None, []), FELL)
assert run([1], while_try_with_break_finally) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)

assert run([], while_try_with_break_finally_then_code) in ((None, [7]), FELL)
assert run([1], while_try_with_break_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)

assert run([], for_try_with_break_finally) in ((None, []), FELL)
assert run([1], for_try_with_break_finally) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)

assert run([], for_try_with_break_finally_then_code) in ((None, [7]), FELL)
assert run([1], for_try_with_break_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)

assert run([], while_try_with_continue_finally_then_code) in ((None, [7]), FELL)
assert run([1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)

assert run([], while_try_with_break_clause_finally) in ((None, [7]), FELL)
assert run([1], while_try_with_break_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)

assert run([], while_if_try_with_break_finally_else) in ((None, [7]), FELL)
assert run([1], while_if_try_with_break_finally_else) in ((None, [6, 7]), FELL)
assert run([1, 1], while_if_try_with_break_finally_else) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 0, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, 7]), FELL)
assert run([1, 0, 1, 1], while_if_try_with_break_finally_else) in ((None, [6, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 0, 1, 0, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, 6, 7]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)

assert run([], while_true_try_withs_break_finally) in ((None, [1, ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 7]), FELL)
assert run([1], while_true_try_withs_break_finally) in ((None, [1, ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 5, 7]), FELL)

assert run([], for_try_with_x_break_finally_return) in ((8, []), FELL)
assert run([1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 1], for_try_with_x_break_finally_return) in (('E1', [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 2], for_try_with_x_break_finally_return) in (('E2', [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 1, 1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([2, 1, 1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([2, 1, 1, 1], for_try_with_x_break_finally_return) in (('E1', [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([2, 1, 1, 2], for_try_with_x_break_finally_return) in (('E2', [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)

assert run([], if_and_try_return_clause_pass_then_code_else_pass) in ((None, [23]), FELL)
assert run([1, 1], if_and_try_return_clause_pass_then_code_else_pass) in ((16, [15]), FELL)

assert run([], if_try_return_clause_pass_then_code_else) in ((None, [22, 23]), FELL)
assert run([1], if_try_return_clause_pass_then_code_else) in ((16, [-15]), FELL)
assert run([1, 1], if_try_return_clause_pass_then_code_else) in ((None, [-15, 17, 21, 23]), FELL)
assert run([1, 2], if_try_return_clause_pass_then_code_else) in (('E2', [-15]), FELL)

assert run([], if_try_return_clauses_then_code_elif_else) in ((None, [24, 25]), FELL)
assert run([1], if_try_return_clauses_then_code_elif_else) in ((16, [-15]), FELL)
assert run([0, 1], if_try_return_clauses_then_code_elif_else) in ((None, [22, 25]), FELL)
assert run([1, 1], if_try_return_clauses_then_code_elif_else) in ((None, [-15, 17, 21, 25]), FELL)
assert run([1, 2], if_try_return_clauses_then_code_elif_else) in ((None, [-15, 21, 25]), FELL)

assert run([], for_if_try_return_clause_then_code_else) in ((None, [24]), FELL)
assert run([1], for_if_try_return_clause_then_code_else) in ((None, [22, 23, 24]), FELL)
assert run([2], for_if_try_return_clause_then_code_else) in ((None, [22, 23, 22, 23, 24]), FELL)
assert run([1, 1], for_if_try_return_clause_then_code_else) in ((16, [-15]), FELL)
assert run([1, 1, 1], for_if_try_return_clause_then_code_else) in ((None, [-15, 17, 21, 23, 24]), FELL)
assert run([1, 1, 2], for_if_try_return_clause_then_code_else) in (('E2', [-15]), FELL)
assert run([2, 0, 1], for_if_try_return_clause_then_code_else) in ((16, [22, 23, -15]), FELL)
assert run([2, 1, 1], for_if_try_return_clause_then_code_else) in ((None, [-15, 17, 21, 23, 22, 23, 24]), FELL)

assert run([], while_if_try_return_clause_then_if_else) in ((None, []), FELL)
assert run([1], while_if_try_return_clause_then_if_else) in ((None, [22, 23]), FELL)
assert run([1, 1], while_if_try_return_clause_then_if_else) in ((16, [-15]), FELL)
assert run([1, 0, 1], while_if_try_return_clause_then_if_else) in ((None, [22, 23, 22, 23]), FELL)
assert run([1, 1, 1], while_if_try_return_clause_then_if_else) in ((None, [-15, 17, 23]), FELL)
assert run([1, 1, 2], while_if_try_return_clause_then_if_else) in (('E2', [-15]), FELL)
assert run([1, 0, 1, 1], while_if_try_return_clause_then_if_else) in ((16, [22, 23, -15]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_clause_then_if_else) in ((None, [-15, 17, 21, 23]), FELL)

assert run([], if_try_raise_clause_as_then_code_else_return) in ((22, []), FELL)
assert run([1], if_try_raise_clause_as_then_code_else_return) in (('E2', [-15]), FELL)
assert run([1, 1], if_try_raise_clause_as_then_code_else_return) in ((None, [-15, 17, 21, 23]), FELL)

assert run([], if_try_return_clause_then_code_else_at_end) in ((None, [22]), FELL)
assert run([1], if_try_return_clause_then_code_else_at_end) in ((16, [-15]), FELL)
assert run([1, 1], if_try_return_clause_then_code_else_at_end) in ((None, [-15, 17, 21]), FELL)
assert run([1, 2], if_try_return_clause_then_code_else_at_end) in (('E2', [-15]), FELL)

assert run([], if_with_try_return_clause_then_code_else) in ((None, [22, 23]), FELL)
assert run([1], if_with_try_return_clause_then_code_else) in ((16, [('enter', 3), -15, ('exit', 3, False)]), FELL)
assert run([1, 1], if_with_try_return_clause_then_code_else) in ((None, [('enter', 3), -15, 17, 21, ('exit', 3, False), 23]), FELL)
assert run([1, 2], if_with_try_return_clause_then_code_else) in (('E2', [('enter', 3), -15, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], if_with_try_return_clause_then_code_else) in ((None, [('enter', 3), -15, ('exit', 3, True), 23]), FELL)

assert run([], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1]), FELL)
assert run([0, 0, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1, -1]), FELL)
assert run([0, 0, 0, 1], while_true_try_clause_while_and_else_ifs_closure) in ((4, [-1]), FELL)
assert run([0, 0, 1, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 0, 1, 2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1, 3, -1]), FELL)

assert run([], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([2], while_true_try_clause_for_break_else_code_closure) in (('E2', [-1]), FELL)
assert run([0, 1], while_true_try_clause_for_break_else_code_closure) in ((4, [-1, 3]), FELL)
assert run([1, 1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 2], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([0, 0, 1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 3, -1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([0, 0, 2], while_true_try_clause_for_break_else_code_closure) in (('E2', [-1, 3, -1]), FELL)

assert run([], while_c_try_clause_if_else_code_closure) in ((None, [6]), FELL)
assert run([1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 3, 6]), FELL)
assert run([1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 6]), FELL)
assert run([1, 2], while_c_try_clause_if_else_code_closure) in ((5, [-1]), FELL)
assert run([1, 1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 2, 6]), FELL)
assert run([1, 0, 0, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 3, -1, 3, 6]), FELL)
assert run([1, 1, 0, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, -1, 3, 6]), FELL)
assert run([1, 1, 1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 2, -1, 3, 6]), FELL)

assert run([], if_not_with_try_raise_clause_pass_then_code) in (('E2', [('enter', 7), -9, ('exit', 7, False)]), FELL)
assert run([1], if_not_with_try_raise_clause_pass_then_code) in ((None, []), FELL)
assert run([0, 1], if_not_with_try_raise_clause_pass_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False)]), FELL)
assert run([0, 0, 1], if_not_with_try_raise_clause_pass_then_code) in ((None, [('enter', 7), -9, ('exit', 7, True)]), FELL)

assert run([], if_with_try_raise_clauses_then_code_else) in ((None, [4, 5]), FELL)
assert run([1], if_with_try_raise_clauses_then_code_else) in ((None, [('enter', 7), 3, ('exit', 7, False), 5]), FELL)

assert run([], for_if_with_try_raise_clause_then_code) in ((None, []), FELL)
assert run([1], for_if_with_try_raise_clause_then_code) in ((None, [6]), FELL)
assert run([2], for_if_with_try_raise_clause_then_code) in ((None, [6, 6]), FELL)
assert run([1, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False), 6]), FELL)
assert run([2, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False), 6, 6]), FELL)
assert run([1, 1, 1], for_if_with_try_raise_clause_then_code) in (('E1', [('enter', 7), -9, ('exit', 7, False)]), FELL)
assert run([2, 0, 1], for_if_with_try_raise_clause_then_code) in ((None, [6, ('enter', 7), -9, 3, ('exit', 7, False), 6]), FELL)
assert run([1, 1, 1, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, ('exit', 7, True), 6]), FELL)

assert run([], while_and_while_true_if_break_continue) in ((None, []), FELL)
assert run([1, 1], while_and_while_true_if_break_continue) in (('Budget', []), FELL)

assert run([], if_while_and_while_true_if_break_continue_elifs) in ((None, []), FELL)
assert run([0, 0, 1], if_while_and_while_true_if_break_continue_elifs) in ((None, [2]), FELL)
assert run([1, 1, 1], if_while_and_while_true_if_break_continue_elifs) in (('Budget', []), FELL)

assert run([], while_or_while_true_if_break_continue_then_code) in ((None, [5]), FELL)
assert run([1], while_or_while_true_if_break_continue_then_code) in (('Budget', []), FELL)

assert run([], while_true_with_return) in ((15, [('enter', 10), ('exit', 10, False)]), FELL)

assert run([], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([2], while_true_with_as_code_return) in (('E2', [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 2], while_true_with_as_code_return) in (('E2', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1, 1], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)

assert run([], while_true_if_break_with_return_then_code) in ((15, [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([1], while_true_if_break_with_return_then_code) in ((None, [7]), FELL)
assert run([0, 1], while_true_if_break_with_return_then_code) in (('E1', [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 2], while_true_if_break_with_return_then_code) in (('E2', [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1], while_true_if_break_with_return_then_code) in ((15, [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1, 1], while_true_if_break_with_return_then_code) in ((None, [('enter', 10), -3, ('exit', 10, True), 7]), FELL)
assert run([0, 1, 1, 0, 1], while_true_if_break_with_return_then_code) in (('E1', [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1, 0, 2], while_true_if_break_with_return_then_code) in (('E2', [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)

assert run([], while_true_withs_return) in ((15, [('enter', 10), ('enter', 11), ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False), ('exit', 11, False), ('exit', 10, False)]), FELL)

assert run([], while_not_if_and_try_pass_clause_break_else_for_else_return_closure) in ((12, []), FELL)
assert run([1], while_not_if_and_try_pass_clause_break_else_for_else_return_closure) in ((None, [17]), FELL)

assert run([], for_try_for_break_else_return_clause_pass) in ((None, []), FELL)
assert run([1], for_try_for_break_else_return_clause_pass) in ((4, [-3]), FELL)
assert run([1, 0, 1], for_try_for_break_else_return_clause_pass) in ((None, [-3]), FELL)
assert run([1, 0, 2], for_try_for_break_else_return_clause_pass) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_try_for_break_else_return_clause_pass) in ((4, [-3, -3]), FELL)
assert run([2, 0, 1, 0, 1], for_try_for_break_else_return_clause_pass) in ((None, [-3, -3]), FELL)
assert run([2, 0, 1, 0, 2], for_try_for_break_else_return_clause_pass) in (('E2', [-3, -3]), FELL)

assert run([], for_try_for_if_break_else_return_clause_then_code) in ((None, [6]), FELL)
assert run([1], for_try_for_if_break_else_return_clause_then_code) in ((4, [-3]), FELL)
assert run([1, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((None, [-3, 5, 6]), FELL)
assert run([1, 0, 2], for_try_for_if_break_else_return_clause_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((4, [-3, 5, -3]), FELL)
assert run([2, 0, 1, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((None, [-3, 5, -3, 5, 6]), FELL)
assert run([2, 0, 1, 0, 2], for_try_for_if_break_else_return_clause_then_code) in (('E2', [-3, 5, -3]), FELL)

assert run([], try_clause_if_chain_pass_then_code) in ((None, [-1, 13]), FELL)
assert run([2], try_clause_if_chain_pass_then_code) in (('E2', [-1]), FELL)

assert run([], try_clause_if_chain_else_then_code) in ((None, [-1, 13]), FELL)
assert run([1], try_clause_if_chain_else_then_code) in ((None, [-1, 3, 13]), FELL)
assert run([2], try_clause_if_chain_else_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], try_clause_if_chain_else_then_code) in ((None, [-1, 2, 13]), FELL)

assert run([], for_try_clause_if_not_chain3_continue) in ((None, []), FELL)
assert run([1], for_try_clause_if_not_chain3_continue) in ((None, [-1, 5]), FELL)
assert run([2], for_try_clause_if_not_chain3_continue) in ((None, [-1, 5, -1, 5]), FELL)
assert run([1, 1], for_try_clause_if_not_chain3_continue) in (('E1', [-1]), FELL)
assert run([1, 2], for_try_clause_if_not_chain3_continue) in ((None, [-1]), FELL)
assert run([2, 2], for_try_clause_if_not_chain3_continue) in ((None, [-1, -1, 5]), FELL)
assert run([1, 2, 1], for_try_clause_if_not_chain3_continue) in ((None, [-1, 4, 5]), FELL)
assert run([2, 0, 1], for_try_clause_if_not_chain3_continue) in (('E1', [-1, 5, -1]), FELL)

assert run([], try_clauses_if_chain_then_code) in ((None, [-1, 13]), FELL)
assert run([1, 1], try_clauses_if_chain_then_code) in ((None, [-1, 2, 13]), FELL)

assert run([], while_chain_test_if_break_return_global_call) in (([], []), FELL)
assert run([1], while_chain_test_if_break_return_global_call) in (([], [0]), FELL)
assert run([2], while_chain_test_if_break_return_global_call) in (([], [0, 1]), FELL)
assert run([1, 1], while_chain_test_if_break_return_global_call) in (([0], []), FELL)
assert run([2, 0, 1], while_chain_test_if_break_return_global_call) in (([1], [0]), FELL)

assert run([], while_chain_test_return_global_call) in (([0, 0], []), FELL)
assert run([1], while_chain_test_return_global_call) in (([1, 1], [0]), FELL)
assert run([2], while_chain_test_return_global_call) in (([2, 2], [0, 1]), FELL)

assert run([], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [6]), FELL)
assert run([1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [3]), FELL)
assert run([1, 0, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 0, 1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [5, 3]), FELL)
assert run([1, 1, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [1, 3, 5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)

assert run([], while_true_try_if_break_finally_pass) in (('Budget', []), FELL)
assert run([1], while_true_try_if_break_finally_pass) in ((None, []), FELL)

assert run([], while_not_with_if_break_code_if_then_return_attr) in (('Budget', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1], while_not_with_if_break_code_if_then_return_attr) in (('E1', []), FELL)
assert run([0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('Budget', [('enter', 1), 2, 3, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, 3, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, 3, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)

assert run([], for_with_if_break_then_return_attr) in (('E2', []), FELL)
assert run([1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([2], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1, 1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)

assert run([], for_with_break_return_attr) in (('E1', []), FELL)
assert run([1], for_with_break_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)

assert run([], for_with_code_break_return_attr) in (('E1', []), FELL)
assert run([1], for_with_code_break_return_attr) in (('E1', [('enter', 2), 1, ('exit', 2, False)]), FELL)

assert run([], while_with_break_return_attr) in (('E1', []), FELL)
assert run([1], while_with_break_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)

assert run([], while_or_else_for_with_break_return_closure) in (('E2', []), FELL)
assert run([0, 0, 1], while_or_else_for_with_break_return_closure) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)

assert run([], for_with_if_break_code_return_attr) in (('E1', []), FELL)
assert run([1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3]), FELL)
assert run([2], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False), 3]), FELL)
assert run([1, 1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 0, 1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)

assert run([], while_with_if_break_code_return_attr) in (('E2', []), FELL)
assert run([1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 0, 1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 1, 0, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)

assert run([], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in (('E1', [-2]), FELL)
assert run([1], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in ((15, [-2, 14]), FELL)
assert run([2], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in (('E2', [-2]), FELL)

assert run([], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [1]), FELL)
assert run([1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, 3]), FELL)
assert run([1, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 7]), FELL)
assert run([1, 2], try_try_return_clause_assign_clause_else_ifs_return) in (('E2', [-2]), FELL)
assert run([1, 1, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 5]), FELL)
assert run([1, 1, 2], try_try_return_clause_assign_clause_else_ifs_return) in (('E2', [-2, -4]), FELL)
assert run([1, 1, 0, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 6]), FELL)

assert run([], try_while_true_if_break_clause_as_then_code) in (('Budget', []), FELL)
assert run([1], try_while_true_if_break_clause_as_then_code) in ((None, [9]), FELL)

assert run([], try_while_true_code_if_break_clause) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([1], try_while_true_code_if_break_clause) in ((None, [-1, 2, 9]), FELL)
assert run([2], try_while_true_code_if_break_clause) in (('E2', [-1]), FELL)
assert run([0, 1], try_while_true_code_if_break_clause) in ((None, [-1, 9]), FELL)
assert run([0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, 2, 9]), FELL)
assert run([0, 0, 2], try_while_true_code_if_break_clause) in (('E2', [-1, -1]), FELL)
assert run([0, 0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, 9]), FELL)
assert run([0, 0, 0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, -1, 2, 9]), FELL)

assert run([], while_true_match_or_try_return_clause_default_return_call) in ((0, [-13]), FELL)
assert run([1], while_true_match_or_try_return_clause_default_return_call) in (((0, 0), []), FELL)
assert run([0, 0, 1], while_true_match_or_try_return_clause_default_return_call) in (('E1', [-13]), FELL)
assert run([0, 0, 2], while_true_match_or_try_return_clause_default_return_call) in (('E2', [-13]), FELL)

assert run([], while_true_match_or_try_return_clause_default_return_attr) in (('E2', []), FELL)
assert run([1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3]), FELL)
assert run([1, 1], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5]), FELL)
assert run([1, 2], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5, -3, 5]), FELL)
assert run([1, 1, 1, 2], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3, 5, -3, 5, -3]), FELL)
