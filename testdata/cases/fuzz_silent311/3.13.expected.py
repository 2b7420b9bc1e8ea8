












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


def while_true_try_finally_inner_continue_clauses_leave(c, t, x, n, m):
    # depyf: could not decompile while_true_try_finally_inner_continue_clauses_leave: the normal exit's copy of the finally body after an inner handler, at 252, goes on elsewhere than the region
    #     85            RESUME                   0
    #   
    #     86    L1:     NOP
    #   
    #     87    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L3)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L4)
    #   
    #     88    L3:     NOP
    #   
    #     89    L4:     NOP
    #   
    #     90            NOP
    #   
    #     91    L5:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92    L6:     NOP
    #   
    #    102            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           47 (to L1)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     93            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L10)
    #                   POP_TOP
    #   
    #     94    L8:     POP_EXCEPT
    #   
    #    102    L9:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     95   L10:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L13)
    #                   POP_TOP
    #   
    #     96   L11:     POP_EXCEPT
    #   
    #    102   L12:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             3 (4)
    #   
    #     95   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #     97            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L17)
    #                   POP_TOP
    #   
    #     98            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (2)
    #                   CALL                     1
    #                   POP_TOP
    #          L16:     POP_EXCEPT
    #                   JUMP_FORWARD            15 (to L21)
    #   
    #     99   L17:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L19)
    #                   POP_TOP
    #   
    #    100   L18:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L21)
    #   
    #     99   L19:     RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    102   L21:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L24)
    #   
    #     --   L22:     PUSH_EXC_INFO
    #   
    #    102            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    103   L24:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (19)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     86            JUMP_BACKWARD          156 (to L2)
    #   ExceptionTable:
    #     L5 to L6 -> L7 [0]
    #     L7 to L8 -> L14 [1] lasti
    #     L8 to L9 -> L15 [0]
    #     L10 to L11 -> L14 [1] lasti
    #     L11 to L12 -> L15 [0]
    #     L13 to L14 -> L14 [1] lasti
    #     L14 to L15 -> L15 [0]
    #     L15 to L16 -> L20 [1] lasti
    #     L16 to L17 -> L22 [0]
    #     L17 to L18 -> L20 [1] lasti
    #     L18 to L19 -> L22 [0]
    #     L19 to L20 -> L20 [1] lasti
    #     L20 to L21 -> L22 [0]
    #     L22 to L23 -> L23 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_finally_inner_continue_clauses_leave: the normal exit's copy of the finally body after an inner handler, at 252, goes on elsewhere than the region")


def while_true_try_finally_inner_continue_break(c, t, x, n, m):
    while True:
        c()
        try:
            try:
                x(1)
            except E1:
                return
            continue
        except E1:
            pass
        finally:
            t(18)


def while_true_try_finally_inner_continue(c, t, x, n, m):
    while True:
        c()
        try:
            x(1)
            continue
        except E1:
            t(3)
        finally:
            t(18)


def for_with_return_const_in_try(c, t, x, n, m):
    try:
        for j in n():
            with m(2) as w:
                return 3
    except E1:
        pass


def for_with_return_const_in_try_then_code(c, t, x, n, m):
    try:
        for j in n():
            with m(2) as w:
                return 3
    except E1:
        pass
    t(5)


def while_true_for_else_try_break_then_try_finally_break(c, t, x, n, m):
    # depyf: e is local, bound only in unreachable code
    e: object
    for j in n():
        t(1)
    t(36)

assert run([1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18]), FELL)
assert run([1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18]), FELL)
assert run([1, 0, 1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 0, 1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18]), FELL)
assert run([0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18]), FELL)
assert run([0, 0, 0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18]), FELL)
assert run([0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 18]), FELL)
assert run([0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 3, 18, -1, 18]), FELL)
assert run([0, 1, 0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 18, -1, 18]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 3, 18, -1, 18]), FELL)
assert run([], for_with_return_const_in_try) in ((None, []), FELL)
assert run([1], for_with_return_const_in_try) in ((3, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_return_const_in_try_then_code) in ((None, [5]), FELL)
assert run([1], for_with_return_const_in_try_then_code) in ((3, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_true_for_else_try_break_then_try_finally_break) in ((None, [36]), FELL)
assert run([1], while_true_for_else_try_break_then_try_finally_break) in ((None, [1, 36]), FELL)
assert run([2], while_true_for_else_try_break_then_try_finally_break) in ((None, [1, 1, 36]), FELL)
