








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


def for_else_cold_clause_break(c, t, x, n, m):
    # depyf: could not decompile for_else_cold_clause_break: unstructured backward jump at 188
    #     83            RESUME                   0
    #   
    #     84    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       27 (to L5)
    #                   NOT_TAKEN
    #   
    #     85            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                13 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #     86            NOP
    #   
    #     87    L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_FAST_BORROW         5 (i)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #     85    L4:     END_FOR
    #                   POP_ITER
    #   
    #     96            LOAD_SMALL_INT          86
    #                   RETURN_VALUE
    #   
    #     97    L5:     LOAD_SMALL_INT          90
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #     88    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     90   L10:     NOP
    #   
    #     91   L11:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          75
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L12:     JUMP_BACKWARD           57 (to L2)
    #   
    #     --   L13:     PUSH_EXC_INFO
    #   
    #     93            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L16)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #     94   L14:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   POP_TOP
    #                   JUMP_BACKWARD           95 (to L1)
    #   
    #     --   L15:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #     93   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L9 [2] lasti
    #     L8 to L9 -> L9 [2] lasti
    #     L11 to L12 -> L13 [1]
    #     L13 to L14 -> L17 [2] lasti
    #     L15 to L17 -> L17 [2] lasti
    raise RuntimeError('depyf: could not decompile for_else_cold_clause_break: unstructured backward jump at 188')


def for_else_cold_clause_break_unnamed(c, t, x, n, m):
    # depyf: could not decompile for_else_cold_clause_break_unnamed: unstructured backward jump at 214
    #    100            RESUME                   0
    #   
    #    101    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       43 (to L5)
    #                   NOT_TAKEN
    #   
    #    102            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    103            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                13 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #    104            NOP
    #   
    #    105    L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_FAST_BORROW         5 (i)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    103    L4:     END_FOR
    #                   POP_ITER
    #   
    #    113            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    114            LOAD_SMALL_INT          86
    #                   RETURN_VALUE
    #   
    #    115    L5:     LOAD_SMALL_INT          90
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    106            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    107            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #    106    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    108   L10:     NOP
    #   
    #    109   L11:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L12:     JUMP_BACKWARD           65 (to L2)
    #   
    #     --   L13:     PUSH_EXC_INFO
    #   
    #    110            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        6 (to L15)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    111   L14:     POP_EXCEPT
    #                   POP_TOP
    #                   JUMP_BACKWARD          108 (to L1)
    #   
    #    110   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L9 [2] lasti
    #     L8 to L9 -> L9 [2] lasti
    #     L11 to L12 -> L13 [1]
    #     L13 to L14 -> L16 [2] lasti
    #     L15 to L16 -> L16 [2] lasti
    raise RuntimeError('depyf: could not decompile for_else_cold_clause_break_unnamed: unstructured backward jump at 214')


def for_else_falls_off_cold_break(c, t, x, n, m):
    while c():
        for i in n():
            try:
                raise E1(i)
            except E1:
                pass
            try:
                x(2)
            except E2:
                break
        else:
            t(8)
            continue
    return 90


def for_else_cold_break_in_if(c, t, x, n, m):
    # depyf: could not decompile for_else_cold_break_in_if: unstructured backward jump at 196
    #    134            RESUME                   0
    #   
    #    135    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       27 (to L5)
    #                   NOT_TAKEN
    #   
    #    136            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                13 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #    137            NOP
    #   
    #    138    L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_FAST_BORROW         5 (i)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    136    L4:     END_FOR
    #                   POP_ITER
    #   
    #    147            LOAD_SMALL_INT          86
    #                   RETURN_VALUE
    #   
    #    148    L5:     LOAD_SMALL_INT          90
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    139            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    140    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #    139    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    141   L10:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L11)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           53 (to L2)
    #   
    #    142   L11:     NOP
    #   
    #    143   L12:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L13:     JUMP_BACKWARD           64 (to L2)
    #   
    #     --   L14:     PUSH_EXC_INFO
    #   
    #    144            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        6 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    145   L15:     POP_EXCEPT
    #                   POP_TOP
    #                   JUMP_BACKWARD           99 (to L1)
    #   
    #    144   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L9 [2] lasti
    #     L8 to L9 -> L9 [2] lasti
    #     L12 to L13 -> L14 [1]
    #     L14 to L15 -> L17 [2] lasti
    #     L16 to L17 -> L17 [2] lasti
    raise RuntimeError('depyf: could not decompile for_else_cold_break_in_if: unstructured backward jump at 196')


def for_else_clause_break_after_orphan(c, t, x, n, m):
    # depyf: could not decompile for_else_clause_break_after_orphan: unstructured backward jump at 224
    #    151            RESUME                   0
    #   
    #    152            NOP
    #   
    #    153            NOP
    #   
    #    159    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       27 (to L5)
    #                   NOT_TAKEN
    #   
    #    160            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                13 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #    161            NOP
    #   
    #    162    L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_SMALL_INT          72
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    160    L4:     END_FOR
    #                   POP_ITER
    #   
    #    170            LOAD_SMALL_INT          86
    #                   RETURN_VALUE
    #   
    #    159    L5:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    154            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L10)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    155    L7:     NOP
    #   
    #    156            NOP
    #   
    #    158            POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 56 (to L1)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    158            RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    154   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L12:     PUSH_EXC_INFO
    #   
    #    163            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    164   L13:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L16)
    #   
    #    163   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    165   L16:     NOP
    #   
    #    166   L17:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          75
    #                   CALL                     1
    #                   POP_TOP
    #          L18:     JUMP_BACKWARD           73 (to L2)
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    167            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L22)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #    168   L20:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   POP_TOP
    #                   JUMP_BACKWARD          111 (to L1)
    #   
    #     --   L21:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    167   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L12 [1]
    #     L6 to L7 -> L11 [1] lasti
    #     L8 to L9 -> L9 [2] lasti
    #     L9 to L11 -> L11 [1] lasti
    #     L12 to L13 -> L15 [2] lasti
    #     L14 to L15 -> L15 [2] lasti
    #     L17 to L18 -> L19 [1]
    #     L19 to L20 -> L23 [2] lasti
    #     L21 to L23 -> L23 [2] lasti
    raise RuntimeError('depyf: could not decompile for_else_clause_break_after_orphan: unstructured backward jump at 224')

assert run([], for_else_cold_clause_break) in ((90, []), FELL)
assert run([1], for_else_cold_clause_break) in ((86, []), FELL)
assert run([1, 1], for_else_cold_clause_break) in ((86, [75, -2]), FELL)
assert run([1, 2], for_else_cold_clause_break) in ((86, [75, -2, 75, -2]), FELL)
assert run([1, 1, 1], for_else_cold_clause_break) in (('E1', [75, -2]), FELL)
assert run([1, 1, 2], for_else_cold_clause_break) in ((90, [75, -2]), FELL)
assert run([1, 2, 0, 1], for_else_cold_clause_break) in (('E1', [75, -2, 75, -2]), FELL)
assert run([1, 2, 0, 2], for_else_cold_clause_break) in ((90, [75, -2, 75, -2]), FELL)
assert run([], for_else_cold_clause_break_unnamed) in ((90, []), FELL)
assert run([1], for_else_cold_clause_break_unnamed) in ((86, [3, 8]), FELL)
assert run([1, 1], for_else_cold_clause_break_unnamed) in ((86, [3, 5, -2, 8]), FELL)
assert run([1, 2], for_else_cold_clause_break_unnamed) in ((86, [3, 5, -2, 5, -2, 8]), FELL)
assert run([1, 1, 1], for_else_cold_clause_break_unnamed) in (('E1', [3, 5, -2]), FELL)
assert run([1, 1, 2], for_else_cold_clause_break_unnamed) in ((90, [3, 5, -2]), FELL)
assert run([1, 1, 2, 1], for_else_cold_clause_break_unnamed) in ((86, [3, 5, -2, 3, 8]), FELL)
assert run([1, 2, 0, 1], for_else_cold_clause_break_unnamed) in (('E1', [3, 5, -2, 5, -2]), FELL)
assert run([], for_else_falls_off_cold_break) in ((90, []), FELL)
assert run([1], for_else_falls_off_cold_break) in ((90, [8]), FELL)
assert run([1, 1], for_else_falls_off_cold_break) in ((90, [-2, 8]), FELL)
assert run([1, 2], for_else_falls_off_cold_break) in ((90, [-2, -2, 8]), FELL)
assert run([1, 0, 1], for_else_falls_off_cold_break) in ((90, [8, 8]), FELL)
assert run([1, 1, 1], for_else_falls_off_cold_break) in (('E1', [-2]), FELL)
assert run([1, 1, 2], for_else_falls_off_cold_break) in ((90, [-2]), FELL)
assert run([1, 0, 1, 1], for_else_falls_off_cold_break) in ((90, [8, -2, 8]), FELL)
assert run([], for_else_cold_break_in_if) in ((90, []), FELL)
assert run([1], for_else_cold_break_in_if) in ((86, []), FELL)
assert run([1, 1, 1], for_else_cold_break_in_if) in ((86, [-2]), FELL)
assert run([1, 1, 1, 1], for_else_cold_break_in_if) in (('E1', [-2]), FELL)
assert run([1, 1, 1, 2], for_else_cold_break_in_if) in ((90, [-2]), FELL)
assert run([1, 2, 1, 0, 1], for_else_cold_break_in_if) in ((86, [-2, -2]), FELL)
assert run([1, 2, 1, 0, 1, 1], for_else_cold_break_in_if) in (('E1', [-2, -2]), FELL)
assert run([1, 2, 1, 0, 1, 2], for_else_cold_break_in_if) in ((90, [-2, -2]), FELL)
assert run([], for_else_clause_break_after_orphan) in ((None, []), FELL)
assert run([1], for_else_clause_break_after_orphan) in ((86, []), FELL)
assert run([1, 1], for_else_clause_break_after_orphan) in ((86, [75]), FELL)
assert run([1, 2], for_else_clause_break_after_orphan) in ((86, [75, 75]), FELL)
