







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


def f1(c, t, x, n, m):
    # depyf: could not decompile f1: except clauses fall off past the end of their region, the else clause into it, at 82
    #     80            RESUME                   0
    #   
    #     81            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L5)
    #   
    #     82    L1:     NOP
    #   
    #     83            NOP
    #   
    #     84    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (20)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     88    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (26)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     89    L4:     NOP
    #   
    #     92    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (5)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     85            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #     86    L7:     POP_EXCEPT
    #           L8:     JUMP_FORWARD            20 (to L15)
    #   
    #     85    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L11:     PUSH_EXC_INFO
    #   
    #     90            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L13)
    #                   POP_TOP
    #   
    #     91   L12:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L15)
    #   
    #     90   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     81   L15:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L16)
    #                   JUMP_BACKWARD           74 (to L1)
    #          L16:     JUMP_BACKWARD_NO_INTERRUPT 56 (to L5)
    #   ExceptionTable:
    #     L2 to L3 -> L6 [0]
    #     L3 to L4 -> L11 [0]
    #     L6 to L7 -> L10 [1] lasti
    #     L7 to L8 -> L11 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L11 [0]
    #     L11 to L12 -> L14 [1] lasti
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile f1: except clauses fall off past the end of their region, the else clause into it, at 82')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: except clauses fall off past the end of their region, the else clause into it, at 110
    #     95            RESUME                   0
    #   
    #     96            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L5)
    #   
    #     97    L1:     NOP
    #   
    #     98            NOP
    #   
    #     99    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (20)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    103    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (26)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    104    L4:     NOP
    #   
    #    107    L5:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L6:     FOR_ITER                11 (to L7)
    #                   STORE_FAST               6 (j)
    #   
    #    108            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_FAST                6 (j)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L6)
    #   
    #    107    L7:     END_FOR
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    100            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L12)
    #                   STORE_FAST               5 (e)
    #   
    #    101    L9:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #          L10:     JUMP_FORWARD            24 (to L18)
    #   
    #     --   L11:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    100   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #    105            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L16)
    #                   POP_TOP
    #   
    #    106   L15:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L18)
    #   
    #    105   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     96   L18:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L19)
    #                   JUMP_BACKWARD           95 (to L1)
    #          L19:     JUMP_BACKWARD_NO_INTERRUPT 77 (to L5)
    #   ExceptionTable:
    #     L2 to L3 -> L8 [0]
    #     L3 to L4 -> L14 [0]
    #     L8 to L9 -> L13 [1] lasti
    #     L9 to L10 -> L14 [0]
    #     L11 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L14 [0]
    #     L14 to L15 -> L17 [1] lasti
    #     L16 to L17 -> L17 [1] lasti
    raise RuntimeError('depyf: could not decompile f2: except clauses fall off past the end of their region, the else clause into it, at 110')


def f3(c, t, x, n, m):
    # depyf: could not decompile f3: a nested try's clauses go past the try body's end jump at 62
    #    111            RESUME                   0
    #   
    #    112            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L5)
    #   
    #    113    L1:     NOP
    #   
    #    114            NOP
    #   
    #    115    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (20)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    119    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (26)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    120    L4:     JUMP_FORWARD             1 (to L6)
    #   
    #    124    L5:     NOP
    #   
    #    125    L6:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L7:     FOR_ITER                11 (to L8)
    #                   STORE_FAST               6 (j)
    #   
    #    126            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_FAST                6 (j)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L7)
    #   
    #    125    L8:     END_FOR
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    116            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L13)
    #                   STORE_FAST               5 (e)
    #   
    #    117   L10:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #          L11:     JUMP_FORWARD            24 (to L19)
    #   
    #     --   L12:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    116   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #    121            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L17)
    #                   POP_TOP
    #   
    #    122   L16:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L19)
    #   
    #    121   L17:     RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    112   L19:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L20)
    #                   JUMP_BACKWARD           96 (to L1)
    #          L20:     JUMP_BACKWARD_NO_INTERRUPT 78 (to L5)
    #   ExceptionTable:
    #     L2 to L3 -> L9 [0]
    #     L3 to L4 -> L15 [0]
    #     L9 to L10 -> L14 [1] lasti
    #     L10 to L11 -> L15 [0]
    #     L12 to L14 -> L14 [1] lasti
    #     L14 to L15 -> L15 [0]
    #     L15 to L16 -> L18 [1] lasti
    #     L17 to L18 -> L18 [1] lasti
    raise RuntimeError("depyf: could not decompile f3: a nested try's clauses go past the try body's end jump at 62")

assert run([], f1) in ((None, [5]), FELL)
assert run([1], f1) in ((None, [-20, 26, 5]), FELL)
assert run([1, 1], f1) in ((None, [-20, 5]), FELL)
assert run([1, 1, 1], f1) in ((None, [-20, -20, 26, 5]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-20, -20, 5]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, 26, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, -20, 26, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, -20, 5]), FELL)
assert run([], f2) in ((None, []), FELL)
assert run([1], f2) in ((None, [-20, 26]), FELL)
assert run([0, 1], f2) in ((None, [0]), FELL)
assert run([0, 2], f2) in ((None, [0, 1]), FELL)
assert run([1, 1], f2) in ((None, [-20]), FELL)
assert run([1, 0, 1], f2) in ((None, [-20, 26, 0]), FELL)
assert run([1, 0, 2], f2) in ((None, [-20, 26, 0, 1]), FELL)
assert run([1, 1, 1], f2) in ((None, [-20, -20, 26]), FELL)
assert run([1, 1, 0, 1], f2) in ((None, [-20, 0]), FELL)
assert run([1, 1, 0, 2], f2) in ((None, [-20, 0, 1]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [-20, -20]), FELL)
assert run([1, 1, 1, 0, 1], f2) in ((None, [-20, -20, 26, 0]), FELL)
assert run([1, 1, 1, 0, 2], f2) in ((None, [-20, -20, 26, 0, 1]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [-20, -20, -20, 26]), FELL)
assert run([1, 1, 1, 1, 0, 1], f2) in ((None, [-20, -20, 0]), FELL)
assert run([1, 1, 1, 1, 0, 2], f2) in ((None, [-20, -20, 0, 1]), FELL)
assert run([], f3) in ((None, []), FELL)
assert run([1], f3) in ((None, [-20, 26]), FELL)
assert run([0, 1], f3) in ((None, [0]), FELL)
assert run([0, 2], f3) in ((None, [0, 1]), FELL)
assert run([1, 1], f3) in ((None, [-20]), FELL)
assert run([1, 0, 1], f3) in ((None, [-20, 26, 0]), FELL)
assert run([1, 0, 2], f3) in ((None, [-20, 26, 0, 1]), FELL)
assert run([1, 1, 1], f3) in ((None, [-20, -20, 26]), FELL)
assert run([1, 1, 0, 1], f3) in ((None, [-20, 0]), FELL)
assert run([1, 1, 0, 2], f3) in ((None, [-20, 0, 1]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [-20, -20]), FELL)
assert run([1, 1, 1, 0, 1], f3) in ((None, [-20, -20, 26, 0]), FELL)
assert run([1, 1, 1, 0, 2], f3) in ((None, [-20, -20, 26, 0, 1]), FELL)
assert run([1, 1, 1, 1, 1], f3) in ((None, [-20, -20, -20, 26]), FELL)
assert run([1, 1, 1, 1, 0, 1], f3) in ((None, [-20, -20, 0]), FELL)
assert run([1, 1, 1, 1, 0, 2], f3) in ((None, [-20, -20, 0, 1]), FELL)
assert run([1, 2, 1, 0, 0], f1) in ((None, [-20, -20, 26, 5]), FELL)
assert run([1, 2, 1, 2, 1, 0, 1, 1], f1) in ((None, [-20, -20, -20, 26, 5]), FELL)
assert run([1, 2, 1, 0, 0], f2) in ((None, [-20, -20, 26]), FELL)
assert run([1, 2, 1, 2, 1, 0, 1, 1], f2) in ((None, [-20, -20, -20, 26, 0]), FELL)
assert run([1, 2, 1, 0, 0], f3) in ((None, [-20, -20, 26]), FELL)
assert run([1, 2, 1, 2, 1, 0, 1, 1], f3) in ((None, [-20, -20, -20, 26, 0]), FELL)
