





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


def clause_while_for_else_break(c, t, x, n, m):
    # depyf: could not decompile clause_while_for_else_break: a for loop's else leaves the while True loop its break goes on with at 120
    #     78            RESUME                   0
    #   
    #     79            NOP
    #   
    #     80    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     81    L2:     LOAD_SMALL_INT          21
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     82            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       43 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     83    L4:     NOP
    #   
    #     84            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L6)
    #           L5:     NOT_TAKEN
    #   
    #     85            POP_EXCEPT
    #                   JUMP_FORWARD            29 (to L11)
    #   
    #     86    L6:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                12 (to L7)
    #                   STORE_FAST               5 (j)
    #   
    #     87            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_FAST                5 (j)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     88            POP_TOP
    #                   JUMP_BACKWARD           37 (to L4)
    #   
    #     86    L7:     END_FOR
    #                   POP_ITER
    #   
    #     90    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #     82    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     91   L11:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          32
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L5 -> L10 [1] lasti
    #     L6 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_while_for_else_break: a for loop's else leaves the while True loop its break goes on with at 120")


def clause_while_for_else_break_or(c, t, x, n, m):
    # depyf: could not decompile clause_while_for_else_break_or: a for loop's else leaves the while True loop its break goes on with at 188
    #     94            RESUME                   0
    #   
    #     95            NOP
    #   
    #     96    L1:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                11 (to L3)
    #                   STORE_FAST               5 (i)
    #   
    #     97            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L2)
    #   
    #     96    L3:     END_FOR
    #                   POP_ITER
    #   
    #     98    L4:     LOAD_SMALL_INT          21
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #     99            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L7)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    100    L6:     POP_EXCEPT
    #                   JUMP_FORWARD            70 (to L21)
    #   
    #    101    L7:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       58 (to L19)
    #           L8:     NOT_TAKEN
    #           L9:     STORE_FAST               6 (e)
    #   
    #    102   L10:     NOP
    #   
    #    103            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L14)
    #          L11:     NOT_TAKEN
    #          L12:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        6 (to L15)
    #          L13:     NOT_TAKEN
    #   
    #    104   L14:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD            28 (to L21)
    #   
    #    105   L15:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                 4 (to L16)
    #                   STORE_FAST               7 (j)
    #   
    #    106            POP_TOP
    #                   JUMP_BACKWARD           45 (to L10)
    #   
    #    105   L16:     END_FOR
    #                   POP_ITER
    #   
    #    108   L17:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L21)
    #   
    #     --   L18:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    101   L19:     RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    109   L21:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          32
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L4 -> L5 [0]
    #     L5 to L6 -> L20 [1] lasti
    #     L7 to L8 -> L20 [1] lasti
    #     L9 to L10 -> L20 [1] lasti
    #     L10 to L11 -> L18 [1] lasti
    #     L12 to L13 -> L18 [1] lasti
    #     L15 to L17 -> L18 [1] lasti
    #     L18 to L20 -> L20 [1] lasti
    raise RuntimeError("depyf: could not decompile clause_while_for_else_break_or: a for loop's else leaves the while True loop its break goes on with at 188")

assert run([], clause_while_for_else_break) in ((21, [-11]), FELL)
assert run([1], clause_while_for_else_break) in (('E1', [-11]), FELL)
assert run([2], clause_while_for_else_break) in ((None, [-11, 32]), FELL)
assert run([2, 0, 1], clause_while_for_else_break) in ((None, [-11, 0, 32]), FELL)
assert run([2, 0, 1, 0, 1], clause_while_for_else_break) in ((None, [-11, 0, 0, 32]), FELL)
assert run([], clause_while_for_else_break_or) in ((21, []), FELL)
assert run([1], clause_while_for_else_break_or) in ((21, [-11]), FELL)
assert run([2], clause_while_for_else_break_or) in ((21, [-11, -11]), FELL)
assert run([1, 1], clause_while_for_else_break_or) in ((None, [-11, 32]), FELL)
assert run([2, 0, 1], clause_while_for_else_break_or) in ((None, [-11, -11, 32]), FELL)
assert run([2, 1, 0, 1], clause_while_for_else_break) in ((None, [-11, 32]), FELL)
