# Silent wrongs found by scripts/fuzz-shapes.py on 3.14, reduced. Seed 920 f243: `while True: if c: break`
# then a with whose try's else returns: the break jumps forward to the code after the loop, laid out before
# the handlers, and the with's normal exit (the try's clause going on, laid out past the handlers) jumps
# back to the head; read as the loop's last statement the with lost that jump, the code after the loop
# became the rest of the body (Withs.endsLoopBody: now a continue, same behaviour, other layout). Seed 927
# f216: `try: pass / except E: pass` (its handler orphaned, its clause's end a JUMP_BACKWARD_NO_INTERRUPT
# to the next statement) then `try: while True: ... / finally: f()`: that jump was taken for a loop's back
# edge, the finally printed inside a loop (Walker.orphanClauseEnd: no back edge; now exact). Seed 931
# f219 (3.12-3.14): a for loop returning inside a try/finally inside an except clause: the loop's exit
# falls into the normal exit's copy of the finally body, read as code after the statement, run twice
# (TryFinally.fallsIntoCopy; exact). Seed 931 f68 (3.13, 3.14): a while True breaking inside a try/except
# inside an except clause: POP_EXCEPT and the jump were read as an if's end, the loop never left
# (ClauseEndBreaks.clauseCleanup; exact). Seed 934 f147 (3.13, 3.14): a try raising inside a named clause:
# the outer clause's name-cleanup handler, laid out after the inner handlers, was read as `e = None; del
# e; raise` (Walker.cleanupReachedInLayout; exact). Seed 935 f180 (3.12-3.14): a while/else ending a try
# body whose else returns past the range, the break jumping over that return: the else was printed after
# the loop (LoopBreaks.breaksPastRangeTail: now falls back). Seed 937 f170 (3.14): an orphaned try with
# a looping else in a named clause: the outer cleanup read as a reraise (cleanupReachedInLayout: same
# behaviour now). Seed 937 f239 (3.14): a with's suppressing path jumps back to the NOP of the `try:` right
# before a `while True`, taken for the loop's head: the try printed inside the loop (Walker.handlerStatementEnd:
# the nested-loops one exact, the other falls back); likewise a break's copy of a clause's end threaded to
# that NOP (seed 927 again, Walker.pastOwnTry; exact). Each function checks itself on the paths
# below, whether or not it fell back; `c` and `n` give out after 60 calls (Budget).




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


def while_true_break_then_with_try_else_return(c, t, x, n, m):
    while True:
        if c() or c():
            break
        with m(1):
            try:
                x(6)
            except E1:
                pass
            else:
                return 10
    t(11)


def while_true_single_break_then_with_try_else_return(c, t, x, n, m):
    while True:
        if c():
            break
        with m(1):
            try:
                x(6)
            except E1:
                pass
            else:
                return 10
    t(11)


def orphan_try_then_try_except_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    except E2 as e:
        pass
    else:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass
    finally:
        t(31)


def orphan_try_then_try_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    try:
        while True:
            if c():
                break
        t(23)
    finally:
        t(31)


def orphan_try_then_try_except_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass

def for_return_in_try_finally_in_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for j in n():
                return 4
        finally:
            t(5)
    else:
        pass


def while_true_break_in_try_in_clause(c, t, x, n, m):
    try:
        x(2)
    except E1:
        try:
            while True:
                if not c():
                    break
                t(4)
        except E1:
            pass
    except E2 as e:
        pass
    else:
        pass
    finally:
        pass


def raising_try_in_named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            raise E1(10)
        except E1:
            pass
    t(49)


def try_while_else_return_past_range(c, t, x, n, m):
    try:
        while c():
            if c():
                continue
            break
        else:
            if c():
                return 31
    except E1:
        pass
    t(40)

def while_in_orphan_try_else_in_named_clause(c, t, x, n, m):
    try:
        if c():
            x(4)
    except E1:
        pass
    except E2 as e:
        try:
            pass
        except E1:
            pass
        else:
            while True:
                if c():
                    break
                t(47)
    finally:
        pass


def with_suppressing_into_try_of_endless_loop(c, t, x, n, m):
    if c() or c():
        with m(3) as w:
            pass
    else:
        pass
    try:
        while True:
            if not c():
                pass
            while c():
                t(7)
    except E1:
        pass
    except E2 as e:
        pass
    t(17)


def with_suppressing_into_try_of_nested_loops(c, t, x, n, m):
    if c():
        with m(3) as w:
            pass
    try:
        while True:
            while c():
                t(7)
    except E1:
        pass
    t(17)

def clause_loop_break_then_try_finally_loop(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        while True:
            if c():
                break
    try:
        while True:
            if c() or c():
                break
        t(23)
    finally:
        t(31)


def orphan_clause_loop_break_then_try_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    except E2 as e:
        while True:
            if c():
                break
    else:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass
    finally:
        t(31)

assert run([], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([1], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 0, 1], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 2], while_true_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 0, 2, 1], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 2, 1, 1], while_true_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, True), 11]), FELL)
assert run([2], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([3], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 1], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 2], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 3], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)

assert run([], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([1], while_true_single_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2], while_true_single_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 2, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 2], while_true_single_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, True), 11]), FELL)
assert run([0, 1, 0, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 1, 0, 2, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2, 1, 0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)

assert run([], orphan_try_then_try_except_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)

assert run([], orphan_try_then_try_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)

assert run([], orphan_try_then_try_except_loop) in (('Budget', []), FELL)
assert run([1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)

assert run([], for_return_in_try_finally_in_clause) in ((None, [-1]), FELL)
assert run([1], for_return_in_try_finally_in_clause) in ((None, [-1, 5]), FELL)
assert run([2], for_return_in_try_finally_in_clause) in (('E2', [-1]), FELL)
assert run([1, 1], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([1, 2], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([1, 3], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)

assert run([], while_true_break_in_try_in_clause) in ((None, [-2]), FELL)
assert run([1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4, 4]), FELL)
assert run([1, 1, 1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4, 4, 4]), FELL)
assert run([1, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 1, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)

assert run([], raising_try_in_named_clause) in ((None, [-1, 49]), FELL)
assert run([1], raising_try_in_named_clause) in (('E1', [-1]), FELL)

assert run([], try_while_else_return_past_range) in ((None, [40]), FELL)
assert run([0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 3, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 3, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)

assert run([], while_in_orphan_try_else_in_named_clause) in ((None, []), FELL)
assert run([1], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([1, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1, 2, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([1, 2, 0, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47, 47]), FELL)
assert run([2], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([3], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([2, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([3, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1, 2, 0, 2], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([1, 2, 0, 3], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([2, 2, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)

assert run([], with_suppressing_into_try_of_endless_loop) in (('Budget', []), FELL)
assert run([1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([1, 0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7]), FELL)
assert run([0, 0, 0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [7]), FELL)
assert run([1, 0, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7]), FELL)
assert run([0, 0, 0, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [7, 7]), FELL)
assert run([1, 0, 1, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7]), FELL)
assert run([2], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([3], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 2], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 3], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)

assert run([], with_suppressing_into_try_of_nested_loops) in (('Budget', []), FELL)
assert run([1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7]), FELL)
assert run([1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7]), FELL)
assert run([0, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7]), FELL)
assert run([1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7]), FELL)
assert run([0, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7, 7]), FELL)
assert run([1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7]), FELL)
assert run([0, 1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7, 7, 7]), FELL)
assert run([1, 1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7, 7]), FELL)
assert run([2], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([3], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)

assert run([], clause_loop_break_then_try_finally_loop) in (('Budget', [-1, 31]), FELL)
assert run([1], clause_loop_break_then_try_finally_loop) in (('E1', [-1]), FELL)
assert run([2], clause_loop_break_then_try_finally_loop) in (('Budget', [-1]), FELL)
assert run([0, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)

assert run([], orphan_clause_loop_break_then_try_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)

