# Silent wrongs found by scripts/fuzz-shapes.py on unseen sets after 7fcbaf92, reduced, each failing on
# the jar before its fix: rich seed 64 f141 (3.12), `for j in n(): if c(): while 0 < nx() < 5: pass / elif
# c(): pass`: the while loop's exits are jumps back to the for loop's head (a break threaded there), but its
# test is a chained comparison, whose last link jumps over the jump back to the jump over the cleanup
# popping the middle operand, not to the body; the exits were not seen to leave a loop inside the
# then-branch, so the elif was read as the code after the if and printed as a separate if
# (BranchExits.insideLoop: past that jump over the cleanup).
# A while True whose only jump back is an except clause's end (`while True: try: x(); break / except E:
# pass` nested in another loop's body: 3.12, 3.13 lay that jump out after the handlers, past the enclosing
# body's region, 3.11 after the inline handlers, reached only from handler code) fell back; it is read now
# (WhileTrue.coldJumpBackPast; with a written continue too, its jump to the head's line NOP, the cold one
# to the instruction after it), and the variants below check it (while_else_while_true_try_break_two_continues,
# 3.11: the continues go to the line NOP of the inner loop, which the outer loop's head shares: no loop at
# the try's NOP, the cold jump's target, WhileTrue.noContinueBefore; it falls back). One of them, `for: while True: try: x(1);
# break / except E1: if c(): break` (3.14), was wrong before: the clause's break, a jump to the for loop's
# head, was read as the code after the try, so the if's then-branch fell off the clause and the while
# looped again (Branches: a jump to an enclosing loop's head is no code after the try).
# Unseen set 75, 76, rich 65, 66 (at e6c746ec): rich seed 66 f228 (3.13, 3.14), `try: if v > 10: while
# True: if c() or c(): break / return 1` then `except E1: pass / t(18)`: the while never loops, its return
# unwound past the try body's end jump; the inner if read that return as its else (elsePastEndJump), but
# the outer if's walk went on at the range's end and the try read the return again, as its else (Branches:
# an if jumping out of its region goes on where its then-branch's walk stopped); rich seed 66 f236 (3.14),
# `while c(): if c(): try: return x(5) or v / except E1: x(6); break`: the break copies the loop's exit,
# `return None`, after the clause's POP_EXCEPT, and the try took it for the code after the statement, the
# clause falling off into it, and dropped the break (Tries: not where that code is the loop's exit and the
# region goes on at its head); rich seed 66 f144 (3.13, 3.14), a match inside a try whose nested match falls
# off the try body into a copy of the code after the try: that copy was read as the nested match's `case
# _:`, and the outer default's return as the try's else (Matches: a default case does not start outside
# the try's range; an honest fallback now). The last two functions check legit defaults inside a try.
# Found while reading a fallback: `try: for k in n(): if c(): break / else: if c(): t(5) / else: return 9`
# then `except E1: pass / t(18)` (3.12): the break jumps past the range's end, over the else's return
# unwound there, to the code after the try, and the else was read as the code after the loop (ForLoops:
# LoopBreaks.breaksPastRangeTail, as Loops.guardLoop reads a while loop's); its variants after it.
# Unseen set 77, 78, rich 67, 68 (at 8cb06684): seed 78 f252 (3.11), a regression of this file's
# coldJumpBackPast: `try: if c() and c(): pass / elif ...` then `else: while True: try: t(54) / except E1:
# pass / else: break`: 3.11 takes the jump back after the handlers for a back edge already, to the try's NOP
# after the loop's line NOP, and the cold reading made a second loop around it (coldJumpBackPast: not a jump
# the walk takes for a back edge). Seed 78 f82 (3.12; reduced, wrong on 3.11-3.14): `except E1: try: pass
# / except E1: pass / else: pass / finally: t(25)`: the finally protects only the jump over the orphan
# handler (the else's), right after the body's `pass` NOP, where the orphan's try was read first, the
# try/finally nested in its body and clauses, its body copied three times (Walker: a statement opening
# right after the line NOPs that encloses the orphan is read first).
# The for-else variants above fell back; now read (ForLoops: such a loop's breaks go where the range's tail
# goes, the else's straight return past the range is the else's, LoopBreaks.rangeTailBreakTarget; Tries:
# the body's for loop read that return, loopElseReadPastRange). The last five check more of them (a while
# loop's and one with a try's else still fall back).
# Fallbacks of unseen set 79, 80, rich 69, 70 (`stack underflow`, the most common message there): seed 79
# f56 (3.12-3.14), `with m(2): for j in n(): try: t(5); break / except E1: ...` then `if c() and c():
# t(11); break`: the code after the try, laid out after its handler, is the loop body's displaced tail,
# but the if's break block lies past the tail's jump back and was left to the walk after the with, which
# read it as live code (ForLoops.pastBranchBlocks: such blocks only the tail jumps to end the tail).
# Seed 79 f123 (3.14; `a jump leaves the loop past its exit`), `with m(1): while True: if c(): break / if
# c(): return 3` then t(4): the return's branch, laid out past the loop's jump back, unwinds the with (its
# exit call, outside the with's range) before the return, and was not taken for the body's tail, so the
# loop's exit was read right after the jump back (WhileTrue.tailCode: a return unwinding withs).
# Seed 79 f207 (3.12-3.14, stack underflow), `if c(): with m(37): try: x(43); return 44 / except E1: pass`:
# the clauses fall off into the with's normal exit call, laid out after the try's handler past the if's
# branch, then a copy of the code after the if; the with's range was cut at the branch's end, its exit left
# to the walk after the if, which read the exit call as live code (Withs.coldExitAfterClauses,
# TryBodyEnds.coldWithExit; the if prints a redundant `else: return None`, the same bytecode).
# Seed 79 f74 (3.12-3.14, stack underflow), `except E1: with m(3), m(4): try: x(7) / except E1: pass`: the
# inner try's clause exit goes to the inner with's exit call, which the outer with's handler protects, and
# that target was taken for normal flow (the code after a try), so the walk after the outer try read the
# exit call as live code (Walker.reachability: only where the protecting statement lies in normal flow).
# A standard-library fallback (re/_compiler.py _optimize_charset, 3.11-3.14): `for ...: while True: try: ...
# / except E: if c(): continue / ... / break`: the break after the try, which the clauses fall into, is a
# jump back to the for loop's head, and (3.13+) a branch of the try body jumps to it from outside the range
# (WhileTrue.lastTerminalEnd takes that break for the loop's end). Rich seed 69 f179 (3.14): a while True
# in an except clause crossing a nested loop (WhileTrue.pastCrossingLoops: in the flow of the loop's head,
# an except clause's too). Another (asyncio/__main__.py, 3.12,
# 3.13): `while True: try: ... / except E: ...; continue / else: break` (WhileTrue.elseBreakNop, as 3.14's;
# 3.11, whose body's end jumps over the inline handlers to the code after the loop: inlineElseBreak).
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


def for_if_while_chain_elif(c, t, x, n, m):
    for j in n():
        if c():
            while 0 < c() < 3:
                t(5)
        elif c():
            t(7)
    return 9


def for_if_while_chain_body_elif_else(c, t, x, n, m):
    for j in n():
        if c():
            while 0 < c() < 3:
                t(5)
        elif c():
            t(7)
        else:
            t(9)
    return 11

def while_while_true_return_try_break_clause(c, t, x, n, m):
    while not c():
        while True:
            if c():
                return 5
            try:
                x(3)
                break
            except E1:
                t(4)
        t(6)

def for_while_true_try_break_two_clauses(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
                break
            except E1:
                t(2)
            except E2:
                break
        t(6)
    return 7

def if_while_true_try_else_break(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
            except E1:
                t(2)
            else:
                t(3)
                break
    t(4)

def while_while_true_break_try_break_else(c, t, x, n, m):
    while c():
        while True:
            if c():
                break
            try:
                x(1)
                break
            except E1:
                t(2)
        else:
            t(9)
        if c():
            break
    t(4)

def while_code_while_true_try_break_clause_continue(c, t, x, n, m):
    while c():
        t(0)
        while True:
            t(1)
            try:
                x(2)
                break
            except (E1, E2):
                t(3)
                if c():
                    continue
                t(5)

def for_while_true_try_break_clause_if_break_else(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
                break
            except E1:
                if c():
                    break
        else:
            t(5)

def try_if_never_looping_while_or_break_return(c, t, x, n, m):
    try:
        if not c():
            while True:
                if c() or c():
                    break
                return 1
    except E1:
        pass
    t(18)


def while_if_try_return_or_clause_break(c, t, x, n, m):
    while c():
        if c():
            try:
                return x(5) or c()
            except E1:
                x(6)
                break
            except E2 as e:
                raise E2(9)


def try_match_nested_match_default_return(c, t, x, n, m):
    try:
        match (c(), c()):
            case (1, _) | (2, True):
                match {'k': c()}:
                    case {'k': 0}:
                        pass
            case _:
                return 46
    except E1:
        pass
    return 47


def try_match_default_call(c, t, x, n, m):
    try:
        match c():
            case 1:
                x(1)
            case _:
                t(2)
    except E1:
        pass
    t(3)


def try_match_default_returns(c, t, x, n, m):
    try:
        match c():
            case 1:
                x(1)
            case 2:
                return 5
            case _:
                return c()
    except E1:
        pass
    return 6

def for_while_true_try_break_clause_continue_code(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
                break
            except E1:
                if c():
                    continue
                t(2)
        t(3)


def while_else_while_true_try_break_two_continues(c, t, x, n, m):
    while c():
        while True:
            try:
                x(1)
                break
            except E1:
                if c():
                    continue
                t(2)
            except E2:
                continue
    else:
        t(9)


def if_while_true_try_break_clause_return(c, t, x, n, m):
    if c():
        while True:
            t(1)
            try:
                x(2)
                break
            except E1:
                if c():
                    return 4
                t(5)
        t(6)
    return 7


def while_while_true_code_try_break_then_if(c, t, x, n, m):
    while c():
        while True:
            t(1)
            try:
                x(2)
                break
            except E1:
                t(3)
        if c():
            break
        t(5)


def try_for_break_else_if_else_return(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            if c():
                t(5)
            else:
                return 9
    except E1:
        pass
    t(18)


def try_for_break_else_return_value(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            return c()
    except E1:
        pass
    t(18)


def try_for_break_else_code_return(c, t, x, n, m):
    try:
        t(0)
        for k in n():
            if c():
                t(1)
                break
            t(2)
        else:
            t(3)
            return 4
    except E1:
        pass
    t(18)


def for_try_for_break_else_if_return(c, t, x, n, m):
    for j in n():
        try:
            for k in n():
                if c():
                    break
            else:
                if c():
                    return 5
        except E1:
            pass
        t(18)


def try_for_break_else_if_return(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            if c():
                return 9
    except E1:
        pass
    t(18)


def try_if_and_elif_else_while_true_try_else_break(c, t, x, n, m):
    try:
        if c() and c():
            pass
        elif c():
            pass
        else:
            pass
    except E1:
        pass
    except E2 as e:
        pass
    else:
        while True:
            try:
                x(c())
            except E1:
                pass
            else:
                break
    t(58)


def clause_try_pass_except_else_pass_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            pass
        except E1:
            pass
        else:
            pass
        finally:
            t(25)


def clause_try_pass_except_else_pass_finally_then_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            pass
        except E1:
            pass
        else:
            pass
        finally:
            t(25)
    except E2:
        pass


def try_if_elif_clause_try_pass_except_else_finally(c, t, x, n, m):
    try:
        if c():
            x(2)
        elif c() and c():
            pass
        else:
            pass
    except E1:
        try:
            pass
        except E1:
            pass
        else:
            pass
        finally:
            t(25)
    except E2 as e:
        pass
    else:
        pass


def try_while_break_else_code_return(c, t, x, n, m):
    try:
        t(0)
        while c():
            if c():
                t(1)
                break
            t(2)
        else:
            t(3)
            return 4
    except E1:
        pass
    t(18)

def for_try_for_break_else_return_value(c, t, x, n, m):
    for j in n():
        try:
            for k in n():
                if c():
                    t(1)
                    break
            else:
                t(3)
                return c()
        except E1:
            t(5)
        t(18)

def try_for_break_else_if_return_finally(c, t, x, n, m):
    try:
        for k in n():
            x(1)
            if c():
                break
        else:
            if c():
                t(2)
            return 4
    except E1:
        return 5
    finally:
        t(9)
    t(18)

def try_for_break_else_return_try_else(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
        else:
            t(3)
            return 4
    except E1:
        pass
    else:
        t(7)
    t(18)

def if_try_for_break_else_return(c, t, x, n, m):
    if c():
        try:
            for k in n():
                if c():
                    break
            else:
                return 4
        except E1:
            pass
    t(18)


def with_for_try_break_clause_then_if_break(c, t, x, n, m):
    with m(2) as w:
        for j in n():
            try:
                t(5)
                break
            except E1:
                t(6)
            if c():
                break


def with_for_try_break_clauses_then_if_and_break(c, t, x, n, m):
    with m(2) as w:
        t(3)
        for j in n():
            x(4)
            try:
                t(5)
                break
            except E1:
                t(6)
                x(7)
            except E2 as e:
                t(8)
                t(9)
                t(10)
            if c() and c():
                t(11)
                break


def with_two_while_true_break_while_return(c, t, x, n, m):
    with m(1) as w, m(2):
        while True:
            if c():
                break
            while c():
                return 3
    t(4)

def with_while_true_break_while_return(c, t, x, n, m):
    with m(1):
        while True:
            if c():
                break
            while c():
                return 3
    t(4)

def with_while_true_break_if_return(c, t, x, n, m):
    with m(1):
        while True:
            if c():
                break
            if c():
                return 3
    t(4)


def if_elif_with_try_return_two_clauses(c, t, x, n, m):
    if c():
        pass
    elif c():
        with m(37):
            try:
                x(43)
                return 44
            except E1:
                pass
            except E2 as e:
                pass

def if_elif_with_try_return_clause(c, t, x, n, m):
    if c():
        pass
    elif c():
        with m(37):
            try:
                x(43)
                return 44
            except E1:
                pass

def if_with_try_return_two_clauses(c, t, x, n, m):
    if c():
        with m(37):
            try:
                x(43)
                return 44
            except E1:
                pass
            except E2 as e:
                pass


def clause_with_two_try_else_pass(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                pass
            else:
                pass

def clause_with_two_try_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                pass

def with_two_try_else_pass(c, t, x, n, m):
    with m(3), m(4):
        try:
            x(7)
        except E1:
            pass
        else:
            pass

def clause_with_with_try_clause_call(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3):
            with m(4):
                try:
                    x(7)
                except E1:
                    t(5)


def try_clause_with_two_try_two_clauses_else(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(3), m(4):
            try:
                x(7)
            except E1:
                pass
            except E2 as e:
                pass
            else:
                pass
    else:
        pass


def for_while_true_try_clause_continue_then_break(c, t, x, n, m):
    for i in n():
        while True:
            try:
                x(1)
            except E1:
                if c():
                    continue
                t(2)
            break
    t(3)


def for_while_true_try_if_else_clause_continue_then_break(c, t, x, n, m):
    # re/_compiler.py's _optimize_charset: the then-branch's jump to the break lies outside the try's range
    for i in n():
        while True:
            try:
                if c():
                    x(4)
                else:
                    t(5)
            except E1:
                if c():
                    t(6)
                    continue
                t(7)
            break
    return 8


def while_while_true_try_clause_continue_then_break(c, t, x, n, m):
    while c():
        while True:
            try:
                x(1)
            except E1:
                if c():
                    continue
                t(2)
            break
    t(3)


def while_true_try_clause_continue_else_break(c, t, x, n, m):
    # asyncio/__main__.py (3.12, 3.13 fell back)
    while True:
        try:
            x(1)
        except E1:
            if c():
                t(2)
            continue
        else:
            break
    t(3)


def if_while_true_try_clause_continue_else_break(c, t, x, n, m):
    if c():
        t(0)
        while True:
            try:
                x(1)
            except E1:
                if c():
                    t(2)
                continue
            else:
                break


def for_while_true_try_elif_return_clause_continue_then_break(c, t, x, n, m):
    # re/_compiler.py's _optimize_charset on 3.14: a return inside the try body, unwound out of its range
    for i in n():
        while True:
            try:
                if c():
                    x(1)
                elif c():
                    return 5
                else:
                    t(2)
            except E1:
                if c():
                    t(3)
                    continue
                t(4)
            break
    return 6


def clause_while_true_break_then_while(c, t, x, n, m):
    # rich seed 69 f179 (3.14 fallback): in an except clause, the inner loop's body laid out past the outer
    # loop's jump back
    try:
        x(1)
    except E1:
        while True:
            if c():
                break
            while c():
                x(2)
        t(5)


def while_true_try_clause_continue_else_code_break(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            if c():
                t(2)
            continue
        else:
            t(4)
            break
    t(3)

def while_true_try_if_clause_continue_else_break(c, t, x, n, m):
    t(0)
    while True:
        try:
            if c():
                x(1)
            else:
                t(5)
        except E1:
            t(2)
            continue
        else:
            break
    return 3

def while_true_try_two_clauses_continue_return_else_break_then_loop(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            t(2)
            continue
        except E2:
            return 7
        else:
            break
    while c():
        t(3)


def try_if_if_chain_else_return_clause_return(c, t, x, n, m):
    # rich seed 77 f55 (3.11), a regression of this session: the outer if's then-branch read 3.11's copy of
    # the code after the try past the body's range, and the walk went on past it
    v = 0
    try:
        v -= 1
        if c():
            if 0 < len(list(n())) < 2:
                x(2)
            else:
                return 3
    except E1:
        return v

assert run([], for_if_while_chain_elif) in ((9, []), FELL)
assert run([1, 0, 1], for_if_while_chain_elif) in ((9, [7]), FELL)
assert run([1, 1, 1], for_if_while_chain_elif) in ((9, [5]), FELL)
assert run([1, 1, 1, 1], for_if_while_chain_elif) in ((9, [5, 5]), FELL)

assert run([], for_if_while_chain_body_elif_else) in ((11, []), FELL)
assert run([1], for_if_while_chain_body_elif_else) in ((11, [9]), FELL)
assert run([2], for_if_while_chain_body_elif_else) in ((11, [9, 9]), FELL)
assert run([3], for_if_while_chain_body_elif_else) in ((11, [9, 9, 9]), FELL)
assert run([1, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7]), FELL)
assert run([1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5]), FELL)
assert run([2, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7, 9]), FELL)
assert run([2, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 9]), FELL)
assert run([3, 0, 1], for_if_while_chain_body_elif_else) in ((11, [7, 9, 9]), FELL)
assert run([3, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 9, 9]), FELL)
assert run([1, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5]), FELL)
assert run([2, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5, 9]), FELL)
assert run([3, 1, 1, 1], for_if_while_chain_body_elif_else) in ((11, [5, 5, 9, 9]), FELL)
# (the elif's test is not run after the while loop ends)
assert run([1, 1, 1, 0, 1], for_if_while_chain_elif) in ((9, [5]), FELL)
assert run([1, 1, 1, 0, 1], for_if_while_chain_body_elif_else) in ((11, [5]), FELL)

assert run([], while_while_true_return_try_break_clause) in (('Budget', [-3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6]), FELL)
assert run([1], while_while_true_return_try_break_clause) in ((None, []), FELL)
assert run([0, 1], while_while_true_return_try_break_clause) in ((5, []), FELL)
assert run([0, 0, 1], while_while_true_return_try_break_clause) in (('Budget', [-3, 4, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6, -3, 6]), FELL)
assert run([0, 0, 2], while_while_true_return_try_break_clause) in (('E2', [-3]), FELL)
assert run([0, 0, 0, 1], while_while_true_return_try_break_clause) in ((None, [-3, 6]), FELL)
assert run([0, 0, 1, 1], while_while_true_return_try_break_clause) in ((5, [-3, 4]), FELL)

assert run([], for_while_true_try_break_two_clauses) in ((7, []), FELL)
assert run([1], for_while_true_try_break_two_clauses) in ((7, [-1, 6]), FELL)
assert run([2], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 6]), FELL)
assert run([3], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 6, -1, 6]), FELL)
assert run([1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 6]), FELL)
assert run([2, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 6, -1, 6]), FELL)
assert run([3, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 6, -1, 6, -1, 6]), FELL)
assert run([1, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 6]), FELL)
assert run([2, 0, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 2, -1, 6]), FELL)
assert run([2, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 6, -1, 6]), FELL)
assert run([3, 0, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 2, -1, 6, -1, 6]), FELL)
assert run([3, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 6, -1, 6, -1, 6]), FELL)
assert run([1, 1, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 2, -1, 2, -1, 2, -1, 6]), FELL)
assert run([2, 0, 1, 1], for_while_true_try_break_two_clauses) in ((7, [-1, 6, -1, 2, -1, 2, -1, 6]), FELL)

assert run([], if_while_true_try_else_break) in ((None, [4]), FELL)
assert run([1], if_while_true_try_else_break) in ((None, [-1, 3, 4]), FELL)
assert run([1, 1], if_while_true_try_else_break) in ((None, [-1, 2, -1, 3, 4]), FELL)
assert run([1, 2], if_while_true_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], if_while_true_try_else_break) in ((None, [-1, 2, -1, 2, -1, 3, 4]), FELL)
assert run([1, 1, 2], if_while_true_try_else_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1, 1], if_while_true_try_else_break) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3, 4]), FELL)
assert run([1, 1, 1, 2], if_while_true_try_else_break) in (('E2', [-1, 2, -1, 2, -1]), FELL)

assert run([], while_while_true_break_try_break_else) in ((None, [4]), FELL)
assert run([1], while_while_true_break_try_break_else) in ((None, [-1, 4]), FELL)
assert run([1, 0, 1], while_while_true_break_try_break_else) in ((None, [-1, 2, -1, 4]), FELL)
assert run([1, 0, 2], while_while_true_break_try_break_else) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], while_while_true_break_try_break_else) in ((None, [-1, 2, 4]), FELL)

assert run([], while_code_while_true_try_break_clause_continue) in ((None, []), FELL)
assert run([1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2]), FELL)
assert run([1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 5, 1, -2]), FELL)
assert run([1, 0, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 0, 1, -2]), FELL)
assert run([1, 1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 1, -2]), FELL)
assert run([1, 0, 1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 0, 1, -2, 3, 5, 1, -2]), FELL)
assert run([1, 1, 0, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 5, 1, -2, 3, 5, 1, -2]), FELL)
assert run([1, 1, 1, 1], while_code_while_true_try_break_clause_continue) in ((None, [0, 1, -2, 3, 1, -2, 3, 5, 1, -2]), FELL)

assert run([], for_while_true_try_break_clause_if_break_else) in ((None, []), FELL)
assert run([1], for_while_true_try_break_clause_if_break_else) in ((None, [-1]), FELL)
assert run([2], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1]), FELL)
assert run([3], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1]), FELL)
assert run([1, 2], for_while_true_try_break_clause_if_break_else) in (('E2', [-1]), FELL)
assert run([3, 1], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1, -1]), FELL)
assert run([2, 0, 2], for_while_true_try_break_clause_if_break_else) in (('E2', [-1, -1]), FELL)
assert run([3, 0, 0, 2], for_while_true_try_break_clause_if_break_else) in (('E2', [-1, -1, -1]), FELL)
assert run([3, 1, 0, 1], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1, -1, -1]), FELL)
# (the clause's break leaves the while True: x runs once)
assert run([1, 1, 1], for_while_true_try_break_clause_if_break_else) in ((None, [-1]), FELL)
assert run([2, 1, 1, 1, 0], for_while_true_try_break_clause_if_break_else) in ((None, [-1, -1, -1]), FELL)

assert run([], try_if_never_looping_while_or_break_return) in ((1, []), FELL)
assert run([1], try_if_never_looping_while_or_break_return) in ((None, [18]), FELL)

assert run([], while_if_try_return_or_clause_break) in ((None, []), FELL)
assert run([1, 1], while_if_try_return_or_clause_break) in ((0, [-5]), FELL)
assert run([1, 1, 1], while_if_try_return_or_clause_break) in ((None, [-5, -6]), FELL)
assert run([1, 1, 2], while_if_try_return_or_clause_break) in (('E2', [-5]), FELL)
assert run([1, 1, 0, 1], while_if_try_return_or_clause_break) in ((1, [-5]), FELL)
assert run([1, 1, 0, 2], while_if_try_return_or_clause_break) in ((2, [-5]), FELL)
assert run([1, 1, 0, 3], while_if_try_return_or_clause_break) in ((3, [-5]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_or_clause_break) in (('E1', [-5, -6]), FELL)
assert run([1, 1, 1, 2], while_if_try_return_or_clause_break) in (('E2', [-5, -6]), FELL)

assert run([], try_match_nested_match_default_return) in ((46, []), FELL)
assert run([1], try_match_nested_match_default_return) in ((47, []), FELL)

assert run([], try_match_default_call) in ((None, [2, 3]), FELL)
assert run([1], try_match_default_call) in ((None, [-1, 3]), FELL)
assert run([1, 2], try_match_default_call) in (('E2', [-1]), FELL)

assert run([], try_match_default_returns) in ((0, []), FELL)
assert run([1], try_match_default_returns) in ((6, [-1]), FELL)
assert run([2], try_match_default_returns) in ((5, []), FELL)
assert run([0, 1], try_match_default_returns) in ((1, []), FELL)
assert run([0, 2], try_match_default_returns) in ((2, []), FELL)
assert run([0, 3], try_match_default_returns) in ((3, []), FELL)
assert run([1, 2], try_match_default_returns) in (('E2', [-1]), FELL)
# (the clause's break leaves the loop: the loop's test is not run again)
assert run([1, 1, 1, 0, 1, 1, 0, 0], while_if_try_return_or_clause_break) in ((None, [-5, -6]), FELL)

assert run([], for_while_true_try_break_clause_continue_code) in ((None, []), FELL)
assert run([1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3]), FELL)
assert run([2], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 3]), FELL)
assert run([3], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 2], for_while_true_try_break_clause_continue_code) in (('E2', [-1]), FELL)
assert run([2, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 2, -1, 3, -1, 3]), FELL)
assert run([3, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 2, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, -1, 3]), FELL)
assert run([2, 0, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 2, -1, 3]), FELL)
assert run([2, 0, 2], for_while_true_try_break_clause_continue_code) in (('E2', [-1, 3, -1]), FELL)
assert run([2, 1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, -1, 3, -1, 3]), FELL)
assert run([3, 0, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, 3, -1, 2, -1, 3, -1, 3]), FELL)
assert run([3, 1, 1], for_while_true_try_break_clause_continue_code) in ((None, [-1, -1, 3, -1, 3, -1, 3]), FELL)

assert run([], while_else_while_true_try_break_two_continues) in ((None, [9]), FELL)
assert run([1], while_else_while_true_try_break_two_continues) in ((None, [-1, 9]), FELL)
assert run([1, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, 2, -1, 9]), FELL)
assert run([1, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, 9]), FELL)
assert run([1, 2, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, 2, -1, 9]), FELL)
assert run([1, 2, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, -1, 9]), FELL)
assert run([1, 1, 0, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, 2, -1, 2, -1, 9]), FELL)
assert run([1, 1, 0, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, 2, -1, -1, 9]), FELL)
assert run([1, 2, 2, 1], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, -1, 2, -1, 9]), FELL)
assert run([1, 2, 2, 2], while_else_while_true_try_break_two_continues) in ((None, [-1, -1, -1, -1, 9]), FELL)

assert run([], if_while_true_try_break_clause_return) in ((7, []), FELL)
assert run([1], if_while_true_try_break_clause_return) in ((7, [1, -2, 6]), FELL)
assert run([1, 1], if_while_true_try_break_clause_return) in ((7, [1, -2, 5, 1, -2, 6]), FELL)
assert run([1, 2], if_while_true_try_break_clause_return) in (('E2', [1, -2]), FELL)
assert run([1, 1, 1], if_while_true_try_break_clause_return) in ((4, [1, -2]), FELL)
assert run([1, 1, 0, 1], if_while_true_try_break_clause_return) in ((7, [1, -2, 5, 1, -2, 5, 1, -2, 6]), FELL)
assert run([1, 1, 0, 2], if_while_true_try_break_clause_return) in (('E2', [1, -2, 5, 1, -2]), FELL)

assert run([], while_while_true_code_try_break_then_if) in ((None, []), FELL)
assert run([1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 5]), FELL)
assert run([1, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2, 5]), FELL)
assert run([1, 2], while_while_true_code_try_break_then_if) in (('E2', [1, -2]), FELL)
assert run([1, 0, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2]), FELL)
assert run([1, 1, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2, 3, 1, -2, 5]), FELL)
assert run([1, 1, 2], while_while_true_code_try_break_then_if) in (('E2', [1, -2, 3, 1, -2]), FELL)
assert run([1, 0, 0, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 5, 1, -2, 5]), FELL)
assert run([1, 1, 0, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2]), FELL)
assert run([1, 1, 1, 1], while_while_true_code_try_break_then_if) in ((None, [1, -2, 3, 1, -2, 3, 1, -2, 3, 1, -2, 5]), FELL)
assert run([1, 1, 1, 2], while_while_true_code_try_break_then_if) in (('E2', [1, -2, 3, 1, -2, 3, 1, -2]), FELL)

assert run([], try_for_break_else_if_else_return) in ((9, []), FELL)
assert run([0, 1], try_for_break_else_if_else_return) in ((None, [5, 18]), FELL)
assert run([1, 1], try_for_break_else_if_else_return) in ((None, [18]), FELL)

assert run([], try_for_break_else_return_value) in ((0, []), FELL)
assert run([0, 1], try_for_break_else_return_value) in ((1, []), FELL)
assert run([0, 2], try_for_break_else_return_value) in ((2, []), FELL)
assert run([0, 3], try_for_break_else_return_value) in ((3, []), FELL)
assert run([1, 1], try_for_break_else_return_value) in ((None, [18]), FELL)

assert run([], try_for_break_else_code_return) in ((4, [0, 3]), FELL)
assert run([1], try_for_break_else_code_return) in ((4, [0, 2, 3]), FELL)
assert run([2], try_for_break_else_code_return) in ((4, [0, 2, 2, 3]), FELL)
assert run([3], try_for_break_else_code_return) in ((4, [0, 2, 2, 2, 3]), FELL)
assert run([1, 1], try_for_break_else_code_return) in ((None, [0, 1, 18]), FELL)
assert run([2, 0, 1], try_for_break_else_code_return) in ((None, [0, 2, 1, 18]), FELL)
assert run([3, 0, 0, 1], try_for_break_else_code_return) in ((None, [0, 2, 2, 1, 18]), FELL)

assert run([], for_try_for_break_else_if_return) in ((None, []), FELL)
assert run([1], for_try_for_break_else_if_return) in ((None, [18]), FELL)
assert run([2], for_try_for_break_else_if_return) in ((None, [18, 18]), FELL)
assert run([3], for_try_for_break_else_if_return) in ((None, [18, 18, 18]), FELL)
assert run([1, 0, 1], for_try_for_break_else_if_return) in ((5, []), FELL)

assert run([], try_for_break_else_if_return) in ((None, [18]), FELL)
assert run([0, 1], try_for_break_else_if_return) in ((9, []), FELL)


assert run([], try_if_and_elif_else_while_true_try_else_break) in ((None, [0, 58]), FELL)
assert run([0, 0, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-1, 58]), FELL)
assert run([0, 0, 2], try_if_and_elif_else_while_true_try_else_break) in ((None, [-2, 58]), FELL)
assert run([0, 0, 3], try_if_and_elif_else_while_true_try_else_break) in ((None, [-3, 58]), FELL)
assert run([0, 0, 0, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [0, 0, 58]), FELL)
assert run([0, 0, 0, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [0]), FELL)
assert run([0, 0, 1, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-1, 0, 58]), FELL)
assert run([0, 0, 1, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [-1]), FELL)
assert run([0, 0, 2, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-2, 0, 58]), FELL)
assert run([0, 0, 2, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [-2]), FELL)
assert run([0, 0, 3, 1], try_if_and_elif_else_while_true_try_else_break) in ((None, [-3, 0, 58]), FELL)
assert run([0, 0, 3, 2], try_if_and_elif_else_while_true_try_else_break) in (('E2', [-3]), FELL)

assert run([], clause_try_pass_except_else_pass_finally) in ((None, [-1]), FELL)
assert run([1], clause_try_pass_except_else_pass_finally) in ((None, [-1, 25]), FELL)
assert run([2], clause_try_pass_except_else_pass_finally) in (('E2', [-1]), FELL)

assert run([], clause_try_pass_except_else_pass_finally_then_clause) in ((None, [-1]), FELL)
assert run([1], clause_try_pass_except_else_pass_finally_then_clause) in ((None, [-1, 25]), FELL)

assert run([], try_if_elif_clause_try_pass_except_else_finally) in ((None, []), FELL)
assert run([1], try_if_elif_clause_try_pass_except_else_finally) in ((None, [-2]), FELL)
assert run([1, 1], try_if_elif_clause_try_pass_except_else_finally) in ((None, [-2, 25]), FELL)

assert run([], try_while_break_else_code_return) in ((4, [0, 3]), FELL)
assert run([1], try_while_break_else_code_return) in ((4, [0, 2, 3]), FELL)
assert run([1, 1], try_while_break_else_code_return) in ((None, [0, 1, 18]), FELL)
assert run([1, 0, 1], try_while_break_else_code_return) in ((4, [0, 2, 2, 3]), FELL)
assert run([1, 0, 1, 1], try_while_break_else_code_return) in ((None, [0, 2, 1, 18]), FELL)

assert run([], for_try_for_break_else_return_value) in ((None, []), FELL)
assert run([1], for_try_for_break_else_return_value) in ((0, [3]), FELL)
assert run([1, 0, 1], for_try_for_break_else_return_value) in ((1, [3]), FELL)
assert run([1, 0, 2], for_try_for_break_else_return_value) in ((2, [3]), FELL)
assert run([1, 0, 3], for_try_for_break_else_return_value) in ((3, [3]), FELL)
assert run([1, 1, 1], for_try_for_break_else_return_value) in ((None, [1, 18]), FELL)
assert run([2, 1, 1], for_try_for_break_else_return_value) in ((0, [1, 18, 3]), FELL)

assert run([], try_for_break_else_if_return_finally) in ((4, [9]), FELL)
assert run([1], try_for_break_else_if_return_finally) in ((4, [-1, 9]), FELL)
assert run([2], try_for_break_else_if_return_finally) in ((4, [-1, -1, 9]), FELL)
assert run([3], try_for_break_else_if_return_finally) in ((4, [-1, -1, -1, 9]), FELL)
assert run([0, 1], try_for_break_else_if_return_finally) in ((4, [2, 9]), FELL)
assert run([1, 1], try_for_break_else_if_return_finally) in ((5, [-1, 9]), FELL)
assert run([1, 2], try_for_break_else_if_return_finally) in (('E2', [-1, 9]), FELL)
assert run([1, 0, 1], try_for_break_else_if_return_finally) in ((None, [-1, 9, 18]), FELL)
assert run([1, 0, 0, 1], try_for_break_else_if_return_finally) in ((4, [-1, 2, 9]), FELL)
assert run([2, 0, 0, 1], try_for_break_else_if_return_finally) in ((5, [-1, -1, 9]), FELL)
assert run([2, 0, 0, 2], try_for_break_else_if_return_finally) in (('E2', [-1, -1, 9]), FELL)

assert run([], try_for_break_else_return_try_else) in ((4, [3]), FELL)
assert run([1, 1], try_for_break_else_return_try_else) in ((None, [7, 18]), FELL)

assert run([], if_try_for_break_else_return) in ((None, [18]), FELL)
assert run([1], if_try_for_break_else_return) in ((4, []), FELL)

assert run([], with_for_try_break_clause_then_if_break) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], with_for_try_break_clause_then_if_break) in ((None, [('enter', 2), 5, ('exit', 2, False)]), FELL)

assert run([], with_for_try_break_clauses_then_if_and_break) in ((None, [('enter', 2), 3, ('exit', 2, False)]), FELL)
assert run([1], with_for_try_break_clauses_then_if_and_break) in ((None, [('enter', 2), 3, -4, 5, ('exit', 2, False)]), FELL)
assert run([1, 1], with_for_try_break_clauses_then_if_and_break) in (('E1', [('enter', 2), 3, -4, ('exit', 2, False)]), FELL)
assert run([1, 2], with_for_try_break_clauses_then_if_and_break) in (('E2', [('enter', 2), 3, -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1], with_for_try_break_clauses_then_if_and_break) in ((None, [('enter', 2), 3, -4, ('exit', 2, True)]), FELL)

assert run([], with_two_while_true_break_while_return) in (('Budget', [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_two_while_true_break_while_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 4]), FELL)
assert run([0, 1], with_two_while_true_break_while_return) in ((3, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)

assert run([], with_while_true_break_while_return) in (('Budget', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_while_true_break_while_return) in ((None, [('enter', 1), ('exit', 1, False), 4]), FELL)
assert run([0, 1], with_while_true_break_while_return) in ((3, [('enter', 1), ('exit', 1, False)]), FELL)

assert run([], with_while_true_break_if_return) in (('Budget', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_while_true_break_if_return) in ((None, [('enter', 1), ('exit', 1, False), 4]), FELL)
assert run([0, 1], with_while_true_break_if_return) in ((3, [('enter', 1), ('exit', 1, False)]), FELL)

assert run([], if_elif_with_try_return_two_clauses) in ((None, []), FELL)
assert run([0, 1], if_elif_with_try_return_two_clauses) in ((44, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 1], if_elif_with_try_return_two_clauses) in ((None, [('enter', 37), -43, ('exit', 37, False)]), FELL)

assert run([], if_elif_with_try_return_clause) in ((None, []), FELL)
assert run([0, 1], if_elif_with_try_return_clause) in ((44, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 1], if_elif_with_try_return_clause) in ((None, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 2], if_elif_with_try_return_clause) in (('E2', [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([0, 1, 2, 1], if_elif_with_try_return_clause) in ((None, [('enter', 37), -43, ('exit', 37, True)]), FELL)

assert run([], if_with_try_return_two_clauses) in ((None, []), FELL)
assert run([1], if_with_try_return_two_clauses) in ((44, [('enter', 37), -43, ('exit', 37, False)]), FELL)
assert run([1, 1], if_with_try_return_two_clauses) in ((None, [('enter', 37), -43, ('exit', 37, False)]), FELL)

assert run([], clause_with_two_try_else_pass) in ((None, [-1]), FELL)
assert run([1], clause_with_two_try_else_pass) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], clause_with_two_try_else_pass) in (('E2', [-1]), FELL)
assert run([1, 2], clause_with_two_try_else_pass) in (('E2', [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2, 1], clause_with_two_try_else_pass) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([1, 2, 0, 1], clause_with_two_try_else_pass) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)

assert run([], clause_with_two_try_clause) in ((None, [-1]), FELL)
assert run([1], clause_with_two_try_clause) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], clause_with_two_try_clause) in (('E2', [-1]), FELL)
assert run([1, 2], clause_with_two_try_clause) in (('E2', [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2, 1], clause_with_two_try_clause) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([1, 2, 0, 1], clause_with_two_try_clause) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)

assert run([], with_two_try_else_pass) in ((None, [('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], with_two_try_else_pass) in (('E2', [('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2, 1], with_two_try_else_pass) in ((None, [('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([2, 0, 1], with_two_try_else_pass) in ((None, [('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)

assert run([], clause_with_with_try_clause_call) in ((None, [-1]), FELL)
assert run([1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], clause_with_with_try_clause_call) in (('E2', [-1]), FELL)
assert run([1, 1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, 5, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2], clause_with_with_try_clause_call) in (('E2', [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([1, 2, 1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, True), ('exit', 3, False)]), FELL)
assert run([1, 2, 0, 1], clause_with_with_try_clause_call) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, True)]), FELL)

assert run([], try_clause_with_two_try_two_clauses_else) in ((None, [-1]), FELL)
assert run([1], try_clause_with_two_try_two_clauses_else) in ((None, [-1, ('enter', 3), ('enter', 4), -7, ('exit', 4, False), ('exit', 3, False)]), FELL)
assert run([2], try_clause_with_two_try_two_clauses_else) in (('E2', [-1]), FELL)

assert run([], for_while_true_try_clause_continue_then_break) in ((None, [3]), FELL)
assert run([1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 3]), FELL)
assert run([2], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 3]), FELL)
assert run([3], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, -1, 3]), FELL)
assert run([1, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, 3]), FELL)
assert run([1, 2], for_while_true_try_clause_continue_then_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, 3]), FELL)
assert run([3, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, -1, 3]), FELL)
assert run([2, 0, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 2, 3]), FELL)
assert run([2, 0, 2], for_while_true_try_clause_continue_then_break) in (('E2', [-1, -1]), FELL)
assert run([3, 0, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 2, -1, 3]), FELL)
assert run([3, 1, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, -1, -1, -1, 3]), FELL)
assert run([2, 1, 0, 1], for_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, 2, 3]), FELL)
assert run([2, 1, 0, 2], for_while_true_try_clause_continue_then_break) in (('E2', [-1, 2, -1]), FELL)

assert run([], for_while_true_try_if_else_clause_continue_then_break) in ((8, []), FELL)
assert run([1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5]), FELL)
assert run([2], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, 5]), FELL)
assert run([3], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, 5, 5]), FELL)
assert run([1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4]), FELL)
assert run([2, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 5]), FELL)
assert run([3, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 5, 5]), FELL)
assert run([1, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 7]), FELL)
assert run([1, 1, 2], for_while_true_try_if_else_clause_continue_then_break) in (('E2', [-4]), FELL)
assert run([2, 0, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, -4]), FELL)
assert run([2, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 7, 5]), FELL)
assert run([3, 0, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [5, -4, 5]), FELL)
assert run([3, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 7, 5, 5]), FELL)
assert run([1, 1, 1, 1], for_while_true_try_if_else_clause_continue_then_break) in ((8, [-4, 6, 5]), FELL)

assert run([], while_while_true_try_clause_continue_then_break) in ((None, [3]), FELL)
assert run([1], while_while_true_try_clause_continue_then_break) in ((None, [-1, 3]), FELL)
assert run([1, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, 2, 3]), FELL)
assert run([1, 2], while_while_true_try_clause_continue_then_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 3]), FELL)
assert run([1, 0, 1, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, -1, 2, 3]), FELL)
assert run([1, 0, 1, 2], while_while_true_try_clause_continue_then_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], while_while_true_try_clause_continue_then_break) in ((None, [-1, 2, -1, 3]), FELL)

assert run([], while_true_try_clause_continue_else_break) in ((None, [-1, 3]), FELL)
assert run([1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, 3]), FELL)
assert run([2], while_true_try_clause_continue_else_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 0, 1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, -1, 3]), FELL)
assert run([1, 0, 2], while_true_try_clause_continue_else_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, 2, -1, -1, 3]), FELL)
assert run([1, 1, 2], while_true_try_clause_continue_else_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 0, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, 2, -1, 3]), FELL)
assert run([1, 1, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)

assert run([], if_while_true_try_clause_continue_else_break) in ((None, []), FELL)
assert run([1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1]), FELL)
assert run([1, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, -1]), FELL)
assert run([1, 2], if_while_true_try_clause_continue_else_break) in (('E2', [0, -1]), FELL)
assert run([1, 1, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, -1, -1]), FELL)
assert run([1, 1, 0, 2], if_while_true_try_clause_continue_else_break) in (('E2', [0, -1, -1]), FELL)
assert run([1, 1, 1, 1], if_while_true_try_clause_continue_else_break) in ((None, [0, -1, 2, -1, -1]), FELL)
assert run([1, 1, 1, 2], if_while_true_try_clause_continue_else_break) in (('E2', [0, -1, 2, -1]), FELL)

assert run([], for_while_true_try_elif_return_clause_continue_then_break) in ((6, []), FELL)
assert run([1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2]), FELL)
assert run([2], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2, 2]), FELL)
assert run([3], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2, 2, 2]), FELL)
assert run([1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1]), FELL)
assert run([2, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 2]), FELL)
assert run([3, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 2, 2]), FELL)
assert run([1, 0, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((5, []), FELL)
assert run([1, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 4]), FELL)
assert run([1, 1, 2], for_while_true_try_elif_return_clause_continue_then_break) in (('E2', [-1]), FELL)
assert run([2, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 4, 2]), FELL)
assert run([3, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 4, 2, 2]), FELL)
assert run([1, 1, 1, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [-1, 3, 2]), FELL)
assert run([2, 0, 0, 1], for_while_true_try_elif_return_clause_continue_then_break) in ((6, [2, -1]), FELL)

assert run([], clause_while_true_break_then_while) in ((None, [-1]), FELL)
assert run([1], clause_while_true_break_then_while) in (('Budget', [-1]), FELL)
assert run([2], clause_while_true_break_then_while) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_true_break_then_while) in ((None, [-1, 5]), FELL)
assert run([1, 0, 1], clause_while_true_break_then_while) in (('Budget', [-1, -2]), FELL)
assert run([1, 0, 1, 1], clause_while_true_break_then_while) in (('E1', [-1, -2]), FELL)
assert run([1, 0, 1, 2], clause_while_true_break_then_while) in (('E2', [-1, -2]), FELL)

assert run([], while_true_try_clause_continue_else_code_break) in ((None, [-1, 4, 3]), FELL)
assert run([1], while_true_try_clause_continue_else_code_break) in ((None, [-1, -1, 4, 3]), FELL)
assert run([2], while_true_try_clause_continue_else_code_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, 2, -1, 4, 3]), FELL)
assert run([1, 0, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, -1, -1, 4, 3]), FELL)
assert run([1, 0, 2], while_true_try_clause_continue_else_code_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, 2, -1, -1, 4, 3]), FELL)
assert run([1, 1, 2], while_true_try_clause_continue_else_code_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 0, 1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, -1, 2, -1, 4, 3]), FELL)
assert run([1, 1, 1, 1], while_true_try_clause_continue_else_code_break) in ((None, [-1, 2, -1, 2, -1, 4, 3]), FELL)

assert run([], while_true_try_if_clause_continue_else_break) in ((3, [0, 5]), FELL)
assert run([1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1]), FELL)
assert run([1, 1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1, 2, 5]), FELL)
assert run([1, 2], while_true_try_if_clause_continue_else_break) in (('E2', [0, -1]), FELL)
assert run([1, 1, 1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1], while_true_try_if_clause_continue_else_break) in ((3, [0, -1, 2, -1, 2, 5]), FELL)
assert run([1, 1, 1, 2], while_true_try_if_clause_continue_else_break) in (('E2', [0, -1, 2, -1]), FELL)

assert run([], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1]), FELL)
assert run([1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1]), FELL)
assert run([2], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((7, [-1]), FELL)
assert run([0, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 3]), FELL)
assert run([1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 2], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((7, [-1, 2, -1]), FELL)
assert run([0, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 3, 3]), FELL)
assert run([1, 0, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((7, [-1, 2, -1, 2, -1]), FELL)
assert run([0, 1, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 3, 3, 3]), FELL)
assert run([1, 0, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 3, 3]), FELL)
assert run([1, 1, 0, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 1, 1], while_true_try_two_clauses_continue_return_else_break_then_loop) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)

assert run([], try_if_if_chain_else_return_clause_return) in ((None, []), FELL)
assert run([1], try_if_if_chain_else_return_clause_return) in ((3, []), FELL)
assert run([1, 1], try_if_if_chain_else_return_clause_return) in ((None, [-2]), FELL)
assert run([1, 1, 1], try_if_if_chain_else_return_clause_return) in ((-1, [-2]), FELL)
assert run([1, 1, 2], try_if_if_chain_else_return_clause_return) in (('E2', [-2]), FELL)
