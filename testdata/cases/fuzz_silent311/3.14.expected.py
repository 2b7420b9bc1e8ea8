












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
    # depyf: could not decompile while_true_try_finally_inner_continue_clauses_leave: the normal exit's copy of the finally body after an inner handler, at 268, goes on elsewhere than the region
    #     85            RESUME                   0
    #   
    #     86    L1:     NOP
    #   
    #     87            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L2)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L3)
    #                   NOT_TAKEN
    #   
    #     88    L2:     NOP
    #   
    #     89    L3:     NOP
    #   
    #     90            NOP
    #   
    #     91    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92    L5:     NOP
    #   
    #    102            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           49 (to L1)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     93            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     94    L7:     POP_EXCEPT
    #   
    #    102    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     95    L9:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L14)
    #          L10:     NOT_TAKEN
    #          L11:     POP_TOP
    #   
    #     96   L12:     POP_EXCEPT
    #   
    #    102   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           4
    #                   RETURN_VALUE
    #   
    #     95   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L16:     PUSH_EXC_INFO
    #   
    #     97            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     98            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L17:     POP_EXCEPT
    #                   JUMP_FORWARD            16 (to L24)
    #   
    #     99   L18:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L22)
    #          L19:     NOT_TAKEN
    #          L20:     POP_TOP
    #   
    #    100   L21:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L24)
    #   
    #     99   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    102   L24:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L27)
    #   
    #     --   L25:     PUSH_EXC_INFO
    #   
    #    102            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L26:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    103   L27:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          19
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          165 (to L1)
    #   ExceptionTable:
    #     L4 to L5 -> L6 [0]
    #     L6 to L7 -> L15 [1] lasti
    #     L7 to L8 -> L16 [0]
    #     L9 to L10 -> L15 [1] lasti
    #     L11 to L12 -> L15 [1] lasti
    #     L12 to L13 -> L16 [0]
    #     L14 to L15 -> L15 [1] lasti
    #     L15 to L16 -> L16 [0]
    #     L16 to L17 -> L23 [1] lasti
    #     L17 to L18 -> L25 [0]
    #     L18 to L19 -> L23 [1] lasti
    #     L20 to L21 -> L23 [1] lasti
    #     L21 to L22 -> L25 [0]
    #     L22 to L23 -> L23 [1] lasti
    #     L23 to L24 -> L25 [0]
    #     L25 to L26 -> L26 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_finally_inner_continue_clauses_leave: the normal exit's copy of the finally body after an inner handler, at 268, goes on elsewhere than the region")


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
