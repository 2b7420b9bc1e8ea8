# Silent wrongs found by scripts/fuzz-shapes.py at 4764cd4a on the unseen set 45, 46, rich 35, 36, reduced:
# seed 46 f258 (3.12, 3.13), `while a() and b():` ending a for loop's body, its with's suppressing path
# falling into the copy of the test laid out after the handler: the first test's jump over its exit jump
# (threaded to the for loop's head) was taken for the whole test, so the continue jumping back to the test
# made it a `while True` around the loop (WhileTrue.startsThreadedTest); seed 45 f121 (3.14), an except
# clause's `if c(): pass / else: return 13` in a for loop's try/finally, the else's return (unwound first:
# POP_EXCEPT, the finally body, the iterator) taken for a copy of the code after the try placed after the
# if (ClauseExits.fold); seed 45 f63 (3.14), `while True: try: t(); break / except E1: pass` followed by
# more of the enclosing loop's body, which the try's break falls into, read as inside the while True
# (SharedHeads.breakNopEnd); seed 48 f151 (3.12-3.14), a try's `return 13` after a while loop lost
# (Loops.returnAt); seed 48 f294 (3.12-3.14), a while loop's else skipped by a clause's break threaded
# to the enclosing loop's head, read as the code after the loop (LoopBreaks.clauseBreaksBack); rich seed
# 38 f29 (3.14), a match's default case laid out past the loop's jump back, printed as `pass`; seed 47
# f4 (3.11), a while loop that never loops, its clause's break through a finally read as falling off; seed
# 49 f17 (3.11), a while's else skipped by a break to the try body's end jump, read after the loop. Each
# function checks itself on the paths below, whether or not it fell back; `c` and `n` give out after 60
# calls (Budget).
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


def for_while_and_with_continue(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                x(2)
                continue


def for_while_and_with_continue_then_code(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                if c():
                    continue
                t(3)


def for_try_while_clause_if_else_return(c, t, x, n, m):
    for j in n():
        try:
            while c():
                x(4)
        except E1:
            if c():
                pass
            elif c():
                pass
            else:
                return 13
        finally:
            t(16)


def for_try_clause_if_call_else_return(c, t, x, n, m):
    for j in n():
        try:
            x(4)
        except E1:
            if c():
                t(1)
            else:
                return 13
        finally:
            t(16)


def while_true_try_break_then_while_true(c, t, x, n, m):
    while not c():
        while True:
            try:
                x(3)
                break
            except E1:
                pass
        while True:
            if c() or c():
                break
            while c() and c():
                break


def while_true_try_break_then_loop_code(c, t, x, n, m):
    while not c():
        while True:
            try:
                x(3)
                break
            except E1:
                pass
        while True:
            if c():
                break
            t(5)


def closure_while_true_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                while c() and c():
                    break
    return inner()


def while_then_try_return_then_code(c, t, x, n, m):
    # seed 48 f151 (3.12-3.14, wrong since 8bbc14e0): the loop's exit block looked like a small return block
    # (a copy of the code after the loop), and reading it read the try starting there, which left its marks:
    # the body's `return 13` and the code after the try were lost (Loops.returnAt)
    while c():
        t(1)
    try:
        x(12)
        return 13
    except E1:
        pass
    t(15)


def closure_nested_whiles_then_try_return_then_code(c, t, x, n, m):
    def inner():
        while c() or c():
            while c():
                pass
        try:
            x(12)
            return 13
        except E1:
            pass
        t(15)
    return inner()


def for_while_clause_break_else(c, t, x, n, m):
    # seed 48 f294 (3.12-3.14): the clause's break, threaded to the for loop's head, skips the while's else,
    # which was read as the code after the loop (LoopBreaks.clauseBreaksBack)
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def while_while_clause_break_else(c, t, x, n, m):
    while c():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def for_while_clause_break_else_with(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            with m(6) as w:
                t(7)


def for_while_clause_break_then_code(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        t(6)


def while_true_match_or_then_default_match_break(c, t, x, n, m):
    # rich seed 38 f29 (3.14): the default case, laid out past the loop's jump back and breaking into the
    # code after the loop, was printed as `case _: pass` (now an honest fallback on 3.14: Matches)
    while True:
        match c():
            case 1 | 2:
                t(1)
            case _:
                match c():
                    case _:
                        break
    t(2)


def closure_while_true_code_try_break_then_while_true(c, t, x, n, m):
    # seed 45 f63 as reduced after the fix above (3.14): code before the try in the while True body
    def inner():
        while not c():
            while True:
                t(2)
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                while c() and c():
                    break
    return inner()


def while_never_looping_clause_break_through_finally(c, t, x, n, m):
    # seed 47 f4 (3.11): the outer while never loops (every path breaks), so it has no jump back; the
    # clause's break runs the finally body's copy and jumps past the inner loop, which was read as the
    # clause falling off its end (`except E1: pass`): now an honest fallback (Walker, 3.11)
    while c():
        try:
            x(52)
        except E1:
            break
        finally:
            t(54)
        while c():
            t(60)
        else:
            break
    t(82)


def closure_while_true_break_try_break_then_while_true(c, t, x, n, m):
    # seed 45 f63 as reduced at 0dff629 (3.14): a break before the try jumps to the code after the loop
    def inner():
        while not c():
            while True:
                if c() or c():
                    break
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                while c() and c():
                    break
    return inner()


def try_while_break_else_with_return_finally(c, t, x, n, m):
    # seed 49 f17 (3.11, measured at b9a4e13): the break jumps to the try body's end jump, past the while's
    # else, the region cut short by the with's return unwinding through the finally: the else was read as the
    # code after the loop (LoopBreaks.tryBodyEndJump)
    try:
        while c():
            if c():
                pass
            elif c():
                pass
            else:
                break
        else:
            with m(7) as w:
                return 10
    except E1:
        pass
    except E2 as e:
        pass
    finally:
        t(15)
    t(16)


def try_while_break_else_with_return(c, t, x, n, m):
    try:
        while c():
            if c():
                break
        else:
            with m(7) as w:
                return 10
    except E1:
        pass
    t(16)

assert run([], for_while_and_with_continue) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2], for_while_and_with_continue) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)

assert run([], for_while_and_with_continue_then_code) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([2, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)

assert run([], for_try_while_clause_if_else_return) in ((None, []), FELL)
assert run([1], for_try_while_clause_if_else_return) in ((None, [16]), FELL)
assert run([2], for_try_while_clause_if_else_return) in ((None, [16, 16]), FELL)
assert run([3], for_try_while_clause_if_else_return) in ((None, [16, 16, 16]), FELL)
assert run([1, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16]), FELL)
assert run([2, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16]), FELL)
assert run([3, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16, 16]), FELL)
assert run([1, 1, 1], for_try_while_clause_if_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 1, 2], for_try_while_clause_if_else_return) in (('E2', [-4, 16]), FELL)
assert run([2, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16]), FELL)
assert run([3, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16, 16]), FELL)
assert run([1, 1, 0, 1], for_try_while_clause_if_else_return) in ((None, [-4, -4, 16]), FELL)

assert run([], for_try_clause_if_call_else_return) in ((None, []), FELL)
assert run([1], for_try_clause_if_call_else_return) in ((None, [-4, 16]), FELL)
assert run([2], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16]), FELL)
assert run([3], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16, -4, 16]), FELL)
assert run([1, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16]), FELL)
assert run([1, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16]), FELL)
assert run([2, 0, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16, -4, 16]), FELL)
assert run([2, 0, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16, -4, 16]), FELL)
assert run([2, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16]), FELL)
assert run([3, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16, -4, 16]), FELL)
assert run([2, 0, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 1, 16]), FELL)

assert run([], while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)

assert run([], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1], while_true_try_break_then_loop_code) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 2], while_true_try_break_then_loop_code) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_loop_code) in ((None, [-3]), FELL)
assert run([0, 1, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3, -3]), FELL)

assert run([], closure_while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)

assert run([], while_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([1], while_then_try_return_then_code) in ((13, [1, -12]), FELL)
assert run([0, 1], while_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 2], while_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 1], while_then_try_return_then_code) in ((13, [1, 1, -12]), FELL)
assert run([1, 0, 1], while_then_try_return_then_code) in ((None, [1, -12, 15]), FELL)
assert run([1, 0, 2], while_then_try_return_then_code) in (('E2', [1, -12]), FELL)
assert run([1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, -12]), FELL)
assert run([1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, -12, 15]), FELL)
assert run([1, 1, 0, 2], while_then_try_return_then_code) in (('E2', [1, 1, -12]), FELL)
assert run([1, 1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, 1, -12]), FELL)
assert run([1, 1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, 1, -12, 15]), FELL)

assert run([], closure_nested_whiles_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([1, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([2, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([2, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([3, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([3, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)

assert run([], for_while_clause_break_else) in ((None, []), FELL)
assert run([1], for_while_clause_break_else) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_else) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 1], for_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)

assert run([], while_while_clause_break_else) in ((None, []), FELL)
assert run([1], while_while_clause_break_else) in ((None, [6]), FELL)
assert run([1, 1], while_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([1, 0, 1], while_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], while_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], while_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([1, 0, 1, 1], while_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([1, 1, 0, 1], while_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([1, 0, 1, 0, 1], while_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 0, 1, 1, 1], while_while_clause_break_else) in ((None, [6, -3]), FELL)
assert run([1, 0, 1, 1, 2], while_while_clause_break_else) in (('E2', [6, -3]), FELL)
assert run([1, 1, 0, 0, 1], while_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)

assert run([], for_while_clause_break_else_with) in ((None, []), FELL)
assert run([1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 1], for_while_clause_break_else_with) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else_with) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else_with) in ((None, [-3, -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)

assert run([], for_while_clause_break_then_code) in ((None, []), FELL)
assert run([1], for_while_clause_break_then_code) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_then_code) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_then_code) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_then_code) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 2], for_while_clause_break_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_then_code) in ((None, [-3, -3, 6]), FELL)
assert run([2, 0, 1, 2], for_while_clause_break_then_code) in (('E2', [6, -3]), FELL)

assert run([], while_true_match_or_then_default_match_break) in ((None, [2]), FELL)
assert run([1], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 1, 2]), FELL)
assert run([2], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)

assert run([], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3]), FELL)
assert run([1], closure_while_true_code_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3]), FELL)
assert run([0, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3]), FELL)
assert run([0, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3, 2, -3, 2, -3]), FELL)

assert run([], while_never_looping_clause_break_through_finally) in ((None, [82]), FELL)
assert run([1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([1, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([1, 0, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([1, 0, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 60, 82]), FELL)
assert run([1, 0, 1, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 60, 60, 82]), FELL)
assert run([2], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([3], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([2, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([3, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([1, 0, 2], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([1, 0, 3], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)

assert run([], closure_while_true_break_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 0, 0, 2], closure_while_true_break_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([2], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([3], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 2], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 3], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 2], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 3], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)

assert run([], try_while_break_else_with_return_finally) in ((10, [('enter', 7), ('exit', 7, False), 15]), FELL)
assert run([1], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([2], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([3], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)

assert run([], try_while_break_else_with_return) in ((10, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 0, 1, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 0, 1, 2], try_while_break_else_with_return) in ((None, [16]), FELL)

# (the path the misreading took: the clause's break must skip the inner loop)
assert run([1, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
# (the paths the misreadings took: after the second loop's break the outer test runs, not the first loop)
assert run([0, 0, 0, 0, 1, 1], closure_while_true_break_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 0, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3]), FELL)
assert run([0, 0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
