






class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
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
            raise Budget()
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


def while_true_break_then_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        with m(9):
            return 10
    t(11)


def with_return_then_dead_call(c, t, x, n, m):
    x(26)
    with m(27) as w:
        return 28
    t(29)


def while_true_break_continue_then_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            t(5)
            continue
        with m(9):
            return 10
    t(11)


def while_try_finally_continue_then_with(c, t, x, n, m):
    while c():
        try:
            t(5)
        finally:
            t(8)
        continue
    t(11)


def while_if_try_finally_continue_then_with(c, t, x, n, m):
    while c():
        if c():
            try:
                t(5)
            finally:
                t(8)
            continue
        with m(9):
            return 10
    t(11)


def while_true_break_if_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            with m(9):
                return 10
        t(5)
    t(11)


def while_true_with_return(c, t, x, n, m):
    while True:
        with m(9):
            return 10


def while_true_while_with_return(c, t, x, n, m):
    while True:
        while c():
            with m(1):
                return 2
        t(3)


def while_true_while_with_return_continue_break(c, t, x, n, m):
    while True:
        while c():
            with m(1):
                return 2
        if c():
            continue
        return None


def while_true_continue_then_with_return(c, t, x, n, m):
    # depyf: could not decompile while_true_continue_then_with_return: unstructured backward jump at 120
    #    169            RESUME                   0
    #   
    #    170    L1:     NOP
    #   
    #    171    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L3)
    #   
    #    172            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    173            JUMP_BACKWARD           23 (to L1)
    #   
    #    174    L3:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (9)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    175            NOP
    #   
    #    174    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             3 (10)
    #           L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L7)
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L10)
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    170   L10:     JUMP_BACKWARD           60 (to L2)
    #   ExceptionTable:
    #     L4 to L5 -> L6 [1] lasti
    #     L6 to L8 -> L9 [3] lasti
    raise RuntimeError('depyf: could not decompile while_true_continue_then_with_return: unstructured backward jump at 120')


def for_while_true_break_continue_then_with_return(c, t, x, n, m):
    for i in n():
        while True:
            if not c():
                break
            if c():
                t(5)
                continue
            with m(9):
                return 10
        t(11)


def while_true_break_continue_then_with_break_or_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            t(5)
            continue
        with m(9):
            if c():
                break
            return 10
    t(11)


def while_true_break_continue_then_try_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            t(5)
            continue
        try:
            return x(9)
        except E1:
            pass
    t(11)

assert run([], while_true_break_then_with_return) in ((None, [11]), FELL)
assert run([1], while_true_break_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([], with_return_then_dead_call) in ((28, [-26, ('enter', 27), ('exit', 27, False)]), FELL)
assert run([1], with_return_then_dead_call) in (('E1', [-26]), FELL)
assert run([2], with_return_then_dead_call) in (('E2', [-26]), FELL)
assert run([], while_true_break_continue_then_with_return) in ((None, [11]), FELL)
assert run([1], while_true_break_continue_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_break_continue_then_with_return) in ((None, [5, 11]), FELL)
assert run([1, 1, 1], while_true_break_continue_then_with_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_break_continue_then_with_return) in ((None, [5, 5, 11]), FELL)
assert run([1, 1, 1, 1, 1], while_true_break_continue_then_with_return) in ((10, [5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_try_finally_continue_then_with) in ((None, [11]), FELL)
assert run([1], while_try_finally_continue_then_with) in ((None, [5, 8, 11]), FELL)
assert run([1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1, 1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 5, 8, 5, 8, 5, 8, 11]), FELL)
assert run([], while_if_try_finally_continue_then_with) in ((None, [11]), FELL)
assert run([1], while_if_try_finally_continue_then_with) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_if_try_finally_continue_then_with) in ((None, [5, 8, 11]), FELL)
assert run([1, 1, 1], while_if_try_finally_continue_then_with) in ((10, [5, 8, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_if_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1, 1, 1], while_if_try_finally_continue_then_with) in ((10, [5, 8, 5, 8, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_true_break_if_with_return) in ((None, [11]), FELL)
assert run([1], while_true_break_if_with_return) in ((None, [5, 11]), FELL)
assert run([1, 1], while_true_break_if_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 0, 1], while_true_break_if_with_return) in ((None, [5, 5, 11]), FELL)
assert run([1, 0, 1, 1], while_true_break_if_with_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 0, 1, 0, 1], while_true_break_if_with_return) in ((None, [5, 5, 5, 11]), FELL)
assert run([], while_true_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_true_while_with_return) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([1], while_true_while_with_return) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], while_true_while_with_return) in ((2, [3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_while_with_return) in ((2, [3, 3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1], while_true_while_with_return) in ((2, [3, 3, 3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_true_while_with_return) in ((2, [3, 3, 3, 3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], while_true_while_with_return_continue_break) in ((None, []), FELL)
assert run([1], while_true_while_with_return_continue_break) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], while_true_continue_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1], while_true_continue_then_with_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_continue_then_with_return) in ((10, [5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1], while_true_continue_then_with_return) in ((10, [5, 5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_continue_then_with_return) in ((10, [5, 5, 5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_true_continue_then_with_return) in ((10, [5, 5, 5, 5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], for_while_true_break_continue_then_with_return) in ((None, []), FELL)
assert run([1], for_while_true_break_continue_then_with_return) in ((None, [11]), FELL)
assert run([2], for_while_true_break_continue_then_with_return) in ((None, [11, 11]), FELL)
assert run([1, 1], for_while_true_break_continue_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1], for_while_true_break_continue_then_with_return) in ((None, [5, 11]), FELL)
assert run([2, 0, 1], for_while_true_break_continue_then_with_return) in ((10, [11, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_true_break_continue_then_with_break_or_return) in ((None, [11]), FELL)
assert run([1], while_true_break_continue_then_with_break_or_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_break_continue_then_with_break_or_return) in ((None, [5, 11]), FELL)
assert run([1, 0, 1], while_true_break_continue_then_with_break_or_return) in ((None, [('enter', 9), ('exit', 9, False), 11]), FELL)
assert run([1, 1, 1], while_true_break_continue_then_with_break_or_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_break_continue_then_with_break_or_return) in ((None, [5, 5, 11]), FELL)
assert run([], while_true_break_continue_then_try_return) in ((None, [11]), FELL)
assert run([1], while_true_break_continue_then_try_return) in ((None, [-9]), FELL)
assert run([1, 1], while_true_break_continue_then_try_return) in ((None, [5, 11]), FELL)
assert run([1, 0, 1], while_true_break_continue_then_try_return) in ((None, [-9, 11]), FELL)
assert run([1, 0, 2], while_true_break_continue_then_try_return) in (('E2', [-9]), FELL)
assert run([1, 1, 1], while_true_break_continue_then_try_return) in ((None, [5, -9]), FELL)
