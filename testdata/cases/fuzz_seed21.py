# Functions fuzz-shapes.py seeds 21, 22 and 23 (600 functions each) decompiled into code behaving
# differently, reduced. Fixed: while_try_else_break (Loops.withBreakInTrailingElse puts the break a
# try's body falls into in its else), for_while_try_continue_clause_return (ClauseBreakCopies: no copies
# with a break threaded to an enclosing loop's head), if_for_else_try_break_then (BranchExits: a clause
# going on at a loop tail that jumps back into the branch does not leave it). Falling back now:
# while_while_true_shared_head (Loops: a jump back to the body's start is a nested loop's on 3.11-3.13)
# and while_true_try_else_try_continue on 3.12/3.13 (Walker.coldBackEdgeBefore: the loop ends at its
# last jump back before the handlers). 3.11: elif_for_with_continue (ForLoops.enteredFromBefore: the
# body ends with the region, not past an enclosing if's copied return) and for_else_try_for_break
# (Walker: the break's iterator pop falls into the code after the loop past its line NOPs); the two
# *_try_break_then_code (Loops: the fallen break goes before a tail only the clauses reach);
# for_else_returning_clause_break_then_code (Loops.clauseBreakTarget, Walker.reachability: a clause's
# break past the handlers, the iterator popped, goes to the code after the for). Each
# function checks itself on the paths below, whether or not it fell back; `c` gives out after 60 calls
# (Budget), so no path loops forever.



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


def elif_for_with_continue(c, t, x, n, m):
    # seed 21 f176 (3.11): a for whose with body continues, read with a return after the with
    if not c():
        pass
    elif c():
        for k in n():
            with m(10):
                continue


def for_else_try_for_break(c, t, x, n, m):
    # seed 21 f536 (3.11): the for's break in a try body dropped, the try's clauses read as returns
    for j in n():
        pass
    else:
        try:
            for j in n():
                t(11)
                break
        except E1:
            pass
        else:
            try:
                pass
            except E1:
                pass
            else:
                pass


def if_for_else_try_break_then(c, t, x, n, m):
    # seed 21 f132 (3.12-3.14): the code after the if read as its else
    if c():
        for j in n():
            try:
                t(4)
                break
            except E1:
                pass
            except E2 as e:
                pass
            try:
                pass
            finally:
                pass
        else:
            if c():
                return 15
    t(16)


def while_try_else_break(c, t, x, n, m):
    # seed 21 f193 (3.12, 3.13): the else's break printed after the try, breaking on the clause's path
    if c():
        pass
    else:
        while c():
            try:
                x(3)
            except E1:
                pass
            else:
                break
    t(8)


def for_while_try_continue_clause_return(c, t, x, n, m):
    # seed 21 f319 (3.12, 3.13): the clause's return read as the loop's break and a return after it,
    # though the loop's test exit goes back to the for (ClauseBreakCopies: threaded break)
    for j in n():
        while c():
            try:
                t(4)
                continue
            except E1:
                return 5


def while_while_true_shared_head(c, t, x, n, m):
    # seed 22 f111 (3.11-3.13): the nested while True sharing the head of the loop's body, its
    # continues read as the outer loop's (falls back now)
    while c():
        while True:
            if not c():
                break
            if not c():
                continue
            elif not c():
                continue
            else:
                return 7


def while_true_try_else_try_continue(c, t, x, n, m):
    # seed 22 f318 (3.12, 3.13): the clause's continue read as falling into the code after the loop
    while True:
        if c():
            break
        try:
            x(1)
        except E1:
            pass
        else:
            try:
                continue
            except E1:
                pass
            else:
                pass
    t(18)



def for_while_try_break_then_code(c, t, x, n, m):
    # seed 23 f188 (3.12, 3.13): the break the try's body falls into was placed after the code that
    # follows the try, which only the clause reaches (laid out after the handlers): Loops puts it before
    for j in n():
        while c():
            try:
                t(2)
                break
            except E1:
                pass
            t(5)
        t(6)


def while_try_break_then_code(c, t, x, n, m):
    while c():
        try:
            x(2)
            break
        except E1:
            pass
        t(5)
    t(6)


def for_else_returning_clause_break_then_code(c, t, x, n, m):
    # seed 23 f120 (3.11-3.14): the code after the for, reached only by the clause's break (laid out
    # after the handlers, the iterator popped before the jump), was dropped: the break returned 24
    for j in n():
        try:
            x(4)
        except E1:
            break
    else:
        if c():
            return 23
        else:
            return 24
    t(25)


def for_else_return_ending_try_body(c, t, x, n, m):
    # 3.12+: the for-else's return is unwound out of the try's range, laid out past the region; the break
    # jumps past it to the try's else (ForLoops.elsePastRegion)
    try:
        t(1)
        for j in n():
            if c():
                break
        else:
            return 8
    except E1:
        pass
    else:
        t(11)


def while_try_return_clause_then_code(c, t, x, n, m):
    # 3.14: the only jump back comes from the code after the try, laid out after the handlers, which only
    # the clause reaches (Loops.coldBackInto)
    while c():
        try:
            x(2)
            return 3
        except E1:
            t(4)
        t(5)
    t(6)

assert run([1, 3, 3, 2, 0, 0, 0, 3, 0], if_for_else_try_break_then) in ((None, [4, 16]), FELL)
assert run([0, 1], if_for_else_try_break_then) in ((None, [16]), FELL)
assert run([1, 0, 3, 1, 0, 0, 3, 2, 2, 2], if_for_else_try_break_then) in ((15, []), FELL)
assert run([1, 0, 0, 3, 2, 0, 0, 1, 3, 2, 2, 1], while_try_else_break) in ((None, [8]), FELL)
assert run([0, 1, 3, 3, 0, 3, 0, 0, 0], while_try_else_break) in ((None, [-3, 8]), FELL)
assert run([0, 1, 2, 1, 3, 0], while_try_else_break) in (('E2', [-3]), FELL)
assert run([0, 1, 1, 1, 2, 0, 1], while_try_else_break) in (('E2', [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1, 1, 2, 1, 3, 1, 3, 3, 3], while_try_else_break) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 2, 1, 2, 3, 1], while_try_else_break) in ((None, [-3, -3, 8]), FELL)
assert run([0, 2, 1, 2, 1, 2, 0, 1, 3, 1, 1, 3], while_try_else_break) in ((None, [-3, -3, -3, 8]), FELL)
assert run([0, 2, 1, 2, 1, 2, 1, 2, 1], while_try_else_break) in ((None, [-3, -3, -3, -3, 8]), FELL)
assert run([0, 0, 1, 0, 0], for_while_try_continue_clause_return) in ((None, []), FELL)
assert run([3, 0, 0, 1, 3, 1, 1, 0, 0, 3, 2], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4]), FELL)
assert run([3, 2, 3, 2, 1, 1, 3, 2, 1, 0], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4, 4, 4]), FELL)
assert run([1, 2, 3, 1, 3, 1, 0, 1], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4]), FELL)
assert run([2, 0, 1, 1], for_while_try_continue_clause_return) in ((None, [4, 4]), FELL)
assert run([1, 1, 2, 1, 3, 3, 2, 3, 0, 3, 1, 2], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4, 4]), FELL)
assert run([1, 1, 0, 2, 2, 2, 0, 2, 3, 3, 1], for_while_try_continue_clause_return) in ((None, [4]), FELL)
assert run([2, 3, 2, 2, 3, 3, 2, 2, 0, 3, 3, 1], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), FELL)
assert run([1, 1, 3, 2, 2, 3, 1], for_while_try_continue_clause_return) in ((None, [4, 4, 4, 4, 4, 4]), FELL)
assert run([2, 2, 2, 2, 0, 0, 3, 3], for_while_try_continue_clause_return) in ((None, [4, 4, 4]), FELL)
assert run([], while_while_true_shared_head) in ((None, []), FELL)
assert run([2, 2, 3, 2, 2, 3, 1, 3, 0, 2, 3, 0], while_while_true_shared_head) in ((7, []), FELL)
assert run([0, 2, 2, 0, 3], while_true_try_else_try_continue) in (('E2', [-1]), FELL)
assert run([1, 1, 3, 1, 3, 0, 0, 2, 1], while_true_try_else_try_continue) in ((None, [18]), FELL)
assert run([0, 3, 0, 0, 0], while_true_try_else_try_continue) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 0, 3, 2, 3, 1, 0, 2], while_true_try_else_try_continue) in ((None, [-1, 18]), FELL)
assert run([0, 1, 0, 3, 1, 0, 3, 0, 1, 2], while_true_try_else_try_continue) in ((None, [-1, -1, 18]), FELL)
assert run([0, 0, 0, 2, 2, 3, 1, 2, 1, 3, 3], while_true_try_else_try_continue) in (('E2', [-1, -1]), FELL)
assert run([0, 3, 0, 3, 0, 3, 1, 0, 1], while_true_try_else_try_continue) in ((None, [-1, -1, -1, 18]), FELL)
assert run([0, 3, 0, 3, 0, 2, 3, 1, 0], while_true_try_else_try_continue) in (('E2', [-1, -1, -1]), FELL)

assert run([3, 3, 1, 1, 3, 1, 0], elif_for_with_continue) in ((None, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([2, 1, 0, 0, 3, 3, 1], elif_for_with_continue) in ((None, []), FELL)
assert run([1, 1, 2, 3, 0, 0, 3], elif_for_with_continue) in ((None, [('enter', 10), ('exit', 10, False), ('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 3, 3, 0, 3, 0, 0, 0, 0, 2, 1], elif_for_with_continue) in ((None, [('enter', 10), ('exit', 10, False), ('enter', 10), ('exit', 10, False), ('enter', 10), ('exit', 10, False)]), FELL)
assert run([0, 1, 3, 0, 0, 1, 2, 0, 3, 1, 1, 2], for_else_try_for_break) in ((None, [11]), FELL)
assert run([0, 0, 0, 0, 1, 0, 2, 1, 1, 0, 2, 2, 1], for_else_try_for_break) in ((None, []), FELL)
assert run([2, 0, 0, 2, 3, 3, 2, 1, 1, 2, 3, 0], for_while_try_break_then_code) in ((None, [6, 6]), FELL)
assert run([3, 0, 0], for_while_try_break_then_code) in ((None, [6, 6, 6]), FELL)
assert run([0, 3, 2, 0, 1, 0], for_while_try_break_then_code) in ((None, []), FELL)
assert run([2, 1, 1, 2, 2, 2, 2, 0, 3], for_while_try_break_then_code) in ((None, [2, 6, 2, 6]), FELL)
assert run([3, 3], for_while_try_break_then_code) in ((None, [2, 6, 6, 6]), FELL)
assert run([1, 1, 1, 2, 1, 0, 0, 0, 3, 0], for_while_try_break_then_code) in ((None, [2, 6]), FELL)
assert run([1, 0, 0, 3], for_while_try_break_then_code) in ((None, [6]), FELL)
assert run([2, 1, 0], for_while_try_break_then_code) in ((None, [2, 6, 6]), FELL)
assert run([1, 3, 0, 0, 3, 3], while_try_break_then_code) in ((None, [-2, 6]), FELL)
assert run([], while_try_break_then_code) in ((None, [6]), FELL)
assert run([1, 2, 0, 3, 1, 0, 3, 2, 3, 1, 3], while_try_break_then_code) in (('E2', [-2]), FELL)
assert run([1, 1, 1, 2, 3], while_try_break_then_code) in (('E2', [-2, 5, -2]), FELL)
assert run([2, 1, 1, 0, 3], while_try_break_then_code) in ((None, [-2, 5, -2, 6]), FELL)
assert run([1, 1, 0, 2, 0, 0, 3, 0, 1, 2, 2, 1], while_try_break_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([3, 1, 1, 1, 1, 1, 3, 0], while_try_break_then_code) in ((None, [-2, 5, -2, 5, -2, 5, -2, 6]), FELL)
assert run([3, 1, 1, 1, 2, 3, 3, 0], while_try_break_then_code) in ((None, [-2, 5, -2, 5, -2, 6]), FELL)
assert run([1, 1, 3, 0, 2, 1, 1, 2], for_else_returning_clause_break_then_code) in ((None, [-4, 25]), FELL)
assert run([2, 2, 1, 0, 2, 2, 1, 2, 2, 2, 1], for_else_returning_clause_break_then_code) in (('E2', [-4]), FELL)
assert run([0, 3, 1], for_else_returning_clause_break_then_code) in ((23, []), FELL)
assert run([0, 0, 0], for_else_returning_clause_break_then_code) in ((24, []), FELL)
assert run([3, 3, 3, 3, 3, 3, 0, 0, 0, 3, 2, 2, 1], for_else_returning_clause_break_then_code) in ((23, [-4, -4, -4]), FELL)
assert run([3, 3], for_else_returning_clause_break_then_code) in ((24, [-4, -4, -4]), FELL)
assert run([2, 3, 2, 2, 3, 2, 2, 3, 2], for_else_returning_clause_break_then_code) in (('E2', [-4, -4]), FELL)
assert run([2, 3, 1, 2, 1, 0], for_else_returning_clause_break_then_code) in ((None, [-4, -4, 25]), FELL)
assert run([1, 3, 0, 0, 0], for_else_return_ending_try_body) in ((None, [1, 11]), FELL)
assert run([0, 1, 0, 0, 3], for_else_return_ending_try_body) in ((8, [1]), FELL)
assert run([0, 3, 3, 2, 0, 1], while_try_return_clause_then_code) in ((None, [6]), FELL)
assert run([2, 1], while_try_return_clause_then_code) in ((None, [-2, 4, 5, 6]), FELL)
assert run([1, 0, 3, 3, 1, 1, 1], while_try_return_clause_then_code) in ((3, [-2]), FELL)
assert run([3, 2], while_try_return_clause_then_code) in (('E2', [-2]), FELL)
assert run([2, 1, 2, 3, 1, 2, 2, 0, 2, 0], while_try_return_clause_then_code) in ((3, [-2, 4, 5, -2]), FELL)
assert run([1, 1, 3, 2, 0], while_try_return_clause_then_code) in (('E2', [-2, 4, 5, -2]), FELL)
