







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


def clause_while_try_break_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_while_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 132
    #     82            RESUME                   0
    #   
    #     83            NOP
    #   
    #     84    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     93    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          33
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     85            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       48 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     86    L4:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       31 (to L13)
    #           L5:     NOT_TAKEN
    #   
    #     87            NOP
    #   
    #     88    L6:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     JUMP_BACKWARD           24 (to L4)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #     89            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        6 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     90    L9:     POP_EXCEPT
    #          L10:     POP_EXCEPT
    #                   JUMP_BACKWARD           60 (to L2)
    #   
    #     89   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L13:     POP_EXCEPT
    #                   LOAD_SMALL_INT          26
    #                   RETURN_VALUE
    #   
    #     85   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L5 -> L15 [1] lasti
    #     L6 to L7 -> L8 [1]
    #     L7 to L8 -> L15 [1] lasti
    #     L8 to L9 -> L12 [2] lasti
    #     L9 to L10 -> L15 [1] lasti
    #     L11 to L12 -> L12 [2] lasti
    #     L12 to L13 -> L15 [1] lasti
    #     L14 to L15 -> L15 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_while_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 132")


def clause_for_loop_try_break_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_for_loop_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 160
    #     96            RESUME                   0
    #   
    #     97            NOP
    #   
    #     98    L1:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                11 (to L3)
    #                   STORE_FAST               5 (i)
    #   
    #     99            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L2)
    #   
    #     98    L3:     END_FOR
    #                   POP_ITER
    #   
    #    112    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          33
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    100            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       74 (to L23)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    101    L6:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       31 (to L15)
    #           L7:     NOT_TAKEN
    #   
    #    102            NOP
    #   
    #    103    L8:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     JUMP_BACKWARD           24 (to L6)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    104            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        6 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    105   L11:     POP_EXCEPT
    #          L12:     POP_EXCEPT
    #                   JUMP_BACKWARD           60 (to L4)
    #   
    #    104   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    107   L15:     NOP
    #   
    #    108   L16:     JUMP_FORWARD            24 (to L22)
    #   
    #     --   L17:     PUSH_EXC_INFO
    #   
    #    109            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L20)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #    110   L18:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L22)
    #   
    #     --   L19:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    109   L20:     RERAISE                  0
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    111   L22:     POP_EXCEPT
    #                   LOAD_SMALL_INT          26
    #                   RETURN_VALUE
    #   
    #    100   L23:     RERAISE                  0
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L4 -> L5 [0]
    #     L5 to L7 -> L24 [1] lasti
    #     L8 to L9 -> L10 [1]
    #     L9 to L10 -> L24 [1] lasti
    #     L10 to L11 -> L14 [2] lasti
    #     L11 to L12 -> L24 [1] lasti
    #     L13 to L14 -> L14 [2] lasti
    #     L14 to L15 -> L24 [1] lasti
    #     L16 to L17 -> L24 [1] lasti
    #     L17 to L18 -> L21 [2] lasti
    #     L18 to L19 -> L24 [1] lasti
    #     L19 to L21 -> L21 [2] lasti
    #     L21 to L22 -> L24 [1] lasti
    #     L23 to L24 -> L24 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_for_loop_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 160")


def clause_while_try_break(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        t(20)
    t(33)


def clause_for_try_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        for i in n():
            try:
                x(18)
            except E1:
                break
        else:
            return 26
    t(33)


def for_named_clause_try_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1 as e:
            try:
                x(18)
            except E1:
                break
            else:
                continue
    t(33)


def for_named_clauses_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1 as e:
            try:
                x(18)
            except E2 as d:
                t(19)
                break
            t(20)
    t(33)

assert run([], clause_while_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_try_break_else_return) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_for_loop_try_break_else_return) in ((None, [33]), FELL)
assert run([1], clause_for_loop_try_break_else_return) in ((None, [-2, 33]), FELL)
assert run([2], clause_for_loop_try_break_else_return) in ((None, [-2, -2, 33]), FELL)
assert run([1, 1], clause_for_loop_try_break_else_return) in ((26, [-2]), FELL)
assert run([1, 2], clause_for_loop_try_break_else_return) in (('E2', [-2]), FELL)
assert run([1, 1, 1], clause_for_loop_try_break_else_return) in ((26, [-2, -18]), FELL)
assert run([], clause_while_try_break) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_break) in ((None, [-1, 20, 33]), FELL)
assert run([2], clause_while_try_break) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_break) in ((None, [-1, -18, 20, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break) in (('E2', [-1, -18]), FELL)
assert run([1, 1, 0, 1], clause_while_try_break) in ((None, [-1, -18, -18, 20, 33]), FELL)
assert run([], clause_for_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_for_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_for_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_for_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 2], clause_for_try_break_else_return) in ((26, [-1, -18, -18]), FELL)
assert run([1, 1, 1], clause_for_try_break_else_return) in ((None, [-1, -18, 33]), FELL)
assert run([], for_named_clause_try_break) in ((None, [33]), FELL)
assert run([1], for_named_clause_try_break) in ((None, [-1, 33]), FELL)
assert run([2], for_named_clause_try_break) in ((None, [-1, -1, 33]), FELL)
assert run([1, 1], for_named_clause_try_break) in ((None, [-1, -18, 33]), FELL)
assert run([1, 2], for_named_clause_try_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_named_clause_try_break) in ((None, [-1, -18, -1, 33]), FELL)
assert run([], for_named_clauses_break) in ((None, [33]), FELL)
assert run([1], for_named_clauses_break) in ((None, [-1, 33]), FELL)
assert run([2], for_named_clauses_break) in ((None, [-1, -1, 33]), FELL)
assert run([1, 1], for_named_clauses_break) in ((None, [-1, -18, 20, 33]), FELL)
assert run([1, 2], for_named_clauses_break) in (('E2', [-1]), FELL)
assert run([2, 1], for_named_clauses_break) in ((None, [-1, -18, 20, -1, 33]), FELL)
