







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
    # depyf: could not decompile clause_while_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 122
    #     82            RESUME                   0
    #   
    #     83            NOP
    #   
    #     84    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     93    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (33)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     85            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       57 (to L15)
    #                   POP_TOP
    #   
    #     86            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       42 (to L14)
    #   
    #     87    L4:     NOP
    #   
    #     88    L5:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     JUMP_FORWARD            18 (to L12)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     89            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L10)
    #                   POP_TOP
    #   
    #     90    L8:     POP_EXCEPT
    #           L9:     POP_EXCEPT
    #                   JUMP_BACKWARD           55 (to L2)
    #   
    #     89   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     86   L12:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L14)
    #          L13:     JUMP_BACKWARD           42 (to L4)
    #   
    #     92   L14:     POP_EXCEPT
    #                   RETURN_CONST             3 (26)
    #   
    #     85   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L16 [1] lasti
    #     L5 to L6 -> L7 [1]
    #     L6 to L7 -> L16 [1] lasti
    #     L7 to L8 -> L11 [2] lasti
    #     L8 to L9 -> L16 [1] lasti
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L13 -> L16 [1] lasti
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_while_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 122")


def clause_for_loop_try_break_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_for_loop_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 150
    #     96            RESUME                   0
    #   
    #     97            NOP
    #   
    #     98    L1:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                11 (to L3)
    #                   STORE_FAST               5 (i)
    #   
    #     99            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (2)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L2)
    #   
    #     98    L3:     END_FOR
    #                   POP_TOP
    #   
    #    112    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (33)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    100            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       82 (to L24)
    #                   POP_TOP
    #   
    #    101            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       42 (to L16)
    #   
    #    102    L6:     NOP
    #   
    #    103    L7:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (18)
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     JUMP_FORWARD            18 (to L14)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    104            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L12)
    #                   POP_TOP
    #   
    #    105   L10:     POP_EXCEPT
    #          L11:     POP_EXCEPT
    #                   JUMP_BACKWARD           55 (to L4)
    #   
    #    104   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    101   L14:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L16)
    #          L15:     JUMP_BACKWARD           42 (to L6)
    #   
    #    107   L16:     NOP
    #   
    #    108   L17:     JUMP_FORWARD            23 (to L23)
    #   
    #     --   L18:     PUSH_EXC_INFO
    #   
    #    109            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L21)
    #                   STORE_FAST               6 (e)
    #   
    #    110   L19:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L23)
    #   
    #     --   L20:     LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    109   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    111   L23:     POP_EXCEPT
    #                   RETURN_CONST             3 (26)
    #   
    #    100   L24:     RERAISE                  0
    #   
    #     --   L25:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L4 -> L5 [0]
    #     L5 to L6 -> L25 [1] lasti
    #     L7 to L8 -> L9 [1]
    #     L8 to L9 -> L25 [1] lasti
    #     L9 to L10 -> L13 [2] lasti
    #     L10 to L11 -> L25 [1] lasti
    #     L12 to L13 -> L13 [2] lasti
    #     L13 to L15 -> L25 [1] lasti
    #     L17 to L18 -> L25 [1] lasti
    #     L18 to L19 -> L22 [2] lasti
    #     L19 to L20 -> L25 [1] lasti
    #     L20 to L22 -> L22 [2] lasti
    #     L22 to L23 -> L25 [1] lasti
    #     L24 to L25 -> L25 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_for_loop_try_break_else_return: a break out of a loop inside an except clause, copied with that clause's end, at 150")


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
