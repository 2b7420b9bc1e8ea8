# Silent wrongs found by scripts/fuzz-shapes.py at f778d0ec on the unseen set 51, 52, rich 41, 42, reduced:
# seed 51 f102 (3.11, and 3.12-3.14 once reduced), a `while True` that never loops (every path breaks, so
# no jump back), its try body's break through a finally read as the end of an if's else branch falling off
# (Walker.jumpForward: a jump past a branch with an exact follow, skipping the code after its statement,
# now fails); seed 52 f296 (3.12, 3.13), `while True: if c(): break / with m(2), m(3): break` whose with's
# suppressing path is its only jump back, the exit read past the NOP the breaks jump to, so `if c(): break`
# read as `if c(): pass` (WhileTrue.withTailExit). From the next set (53, 54, rich 43, 44), rich seed 43 f275
# (3.12, 3.13): a try's `else: break` in a while loop with an else, the loop's test laid out after the
# handlers, the break past the else read as falling off (Walker.jumpForward reads a jump past a while
# loop's exit and its live code as a break); seed 54 f106 (3.14), a while True ending a for loop's body, its
# breaks threaded to the for loop's head, its last branch `else: return 7` (the for loop's iterator popped
# first) read as code after the loop (WhileTrue.leavingTail); rich seed 43 f288 (3.12-3.14), a match ending
# an if's then-branch that never falls off, its `case 0: pass` jumping to the code after the if statement,
# that code read as part of the else (Matches now fails it: an honest fallback). Each function checks itself on the paths below, whether
# or not it fell back; `c` and `n` give out after 60 calls (Budget).
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


def while_never_looping_try_else_break_through_finally(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            if c():
                t(19)
            else:
                t(23)
                break
        finally:
            t(24)
        t(26)
        break
    t(28)


def try_while_true_break_with_break_then_empty_try(c, t, x, n, m):
    try:
        while True:
            if c():
                break
            with m(2), m(3):
                break
    except E1:
        pass
    try:
        pass
    except E1:
        pass
    except E2 as e:
        pass


def try_while_true_break_with_break_then_try(c, t, x, n, m):
    try:
        while True:
            if c():
                break
            t(1)
            with m(2), m(3):
                x(4)
                break
    except E1:
        t(6)
    try:
        t(7)
    except E1:
        t(10)
    t(33)


def match_while_try_else_break_else(c, t, x, n, m):
    match c():
        case 1 | 2:
            while c():
                try:
                    t(1)
                except E1:
                    pass
                except E2 as e:
                    pass
                else:
                    break
            else:
                x(21)
        case _:
            t(29)
    t(34)


def if_while_try_else_break_else(c, t, x, n, m):
    if c():
        while c():
            try:
                x(1)
            except E1:
                pass
            except E2 as e:
                pass
            else:
                break
        else:
            x(21)
    else:
        t(29)
    t(34)


def for_while_true_elifs_break_else_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() and c():
                break
            if c():
                t(1)
            elif c():
                pass
            elif c():
                break
            else:
                return 7


def for_while_true_elif_break_else_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                pass
            elif c():
                break
            else:
                return 7


def if_match_cases_return_elif_then_code(c, t, x, n, m):
    if c():
        match c():
            case 0:
                pass
            case z if z:
                try:
                    t(12)
                except E1:
                    pass
                else:
                    return 11
                finally:
                    t(19)
            case _:
                return 26
    elif c():
        pass
    t(38)

assert run([], while_never_looping_try_else_break_through_finally) in ((None, [23, 24, 28]), FELL)
assert run([1], while_never_looping_try_else_break_through_finally) in ((None, [28]), FELL)
assert run([0, 1], while_never_looping_try_else_break_through_finally) in ((None, [19, 24, 26, 28]), FELL)

assert run([], try_while_true_break_with_break_then_empty_try) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1], try_while_true_break_with_break_then_empty_try) in ((None, []), FELL)

assert run([], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([1], try_while_true_break_with_break_then_try) in ((None, [7, 33]), FELL)
assert run([0, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 6, 7, 33]), FELL)
assert run([0, 2], try_while_true_break_with_break_then_try) in (('E2', [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([0, 1, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), 1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([0, 1, 0, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, True), 1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([0, 1, 1, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), 7, 33]), FELL)

assert run([], match_while_try_else_break_else) in ((None, [29, 34]), FELL)
assert run([1], match_while_try_else_break_else) in ((None, [-21, 34]), FELL)
assert run([1, 1], match_while_try_else_break_else) in ((None, [1, 34]), FELL)
assert run([1, 0, 1], match_while_try_else_break_else) in (('E1', [-21]), FELL)
assert run([1, 0, 2], match_while_try_else_break_else) in (('E2', [-21]), FELL)

assert run([], if_while_try_else_break_else) in ((None, [29, 34]), FELL)
assert run([1], if_while_try_else_break_else) in ((None, [-21, 34]), FELL)
assert run([1, 1], if_while_try_else_break_else) in ((None, [-1, 34]), FELL)
assert run([1, 0, 1], if_while_try_else_break_else) in (('E1', [-21]), FELL)
assert run([1, 0, 2], if_while_try_else_break_else) in (('E2', [-21]), FELL)
assert run([1, 1, 1], if_while_try_else_break_else) in ((None, [-1, -21, 34]), FELL)
assert run([1, 1, 1, 1], if_while_try_else_break_else) in ((None, [-1, -1, 34]), FELL)

assert run([], for_while_true_elifs_break_else_return) in ((None, []), FELL)
assert run([1], for_while_true_elifs_break_else_return) in ((7, []), FELL)
assert run([1, 0, 1], for_while_true_elifs_break_else_return) in ((7, [1]), FELL)

assert run([], for_while_true_elif_break_else_return) in ((None, []), FELL)
assert run([1], for_while_true_elif_break_else_return) in ((7, []), FELL)

assert run([], if_match_cases_return_elif_then_code) in ((None, [38]), FELL)
assert run([1, 1], if_match_cases_return_elif_then_code) in ((11, [12, 19]), FELL)

# (the path the misreading took: `case 0: pass` goes on with the code after the if statement)
assert run([1], if_match_cases_return_elif_then_code) in ((None, [38]), FELL)
