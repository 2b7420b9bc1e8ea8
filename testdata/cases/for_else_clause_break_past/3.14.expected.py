





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


def while_for_clause_break_else_return(c, t, x, n, m):
    # depyf: could not decompile while_for_clause_break_else_return: unstructured backward jump at 206
    #     80            RESUME                   0
    #   
    #     81            LOAD_SMALL_INT           0
    #                   STORE_FAST               5 (v)
    #   
    #     82    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L2)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       52 (to L10)
    #                   NOT_TAKEN
    #   
    #     83    L2:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L3:     FOR_ITER                22 (to L8)
    #                   STORE_FAST               6 (j)
    #   
    #     84            NOP
    #   
    #     85    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   COPY                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L7)
    #           L5:     NOT_TAKEN
    #           L6:     POP_TOP
    #                   LOAD_FAST                5 (v)
    #           L7:     SWAP                     2
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #     83    L8:     END_FOR
    #                   POP_ITER
    #   
    #     95            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   COPY                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #                   LOAD_FAST                5 (v)
    #           L9:     RETURN_VALUE
    #   
    #     82   L10:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #     86            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       14 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     87            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     88   L12:     POP_EXCEPT
    #                   POP_TOP
    #                   JUMP_BACKWARD          102 (to L1)
    #   
    #     89   L13:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       19 (to L19)
    #          L14:     NOT_TAKEN
    #          L15:     STORE_FAST               7 (e)
    #   
    #     90   L16:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #          L17:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               7 (e)
    #                   DELETE_FAST              7 (e)
    #                   JUMP_FORWARD             8 (to L21)
    #   
    #     --   L18:     LOAD_CONST               1 (None)
    #                   STORE_FAST               7 (e)
    #                   DELETE_FAST              7 (e)
    #                   RERAISE                  1
    #   
    #     89   L19:     RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     91   L21:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #          L22:     FOR_ITER                11 (to L23)
    #                   STORE_FAST               8 (k)
    #   
    #     92            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L22)
    #   
    #     91   L23:     END_FOR
    #                   POP_ITER
    #   
    #     93            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          132 (to L3)
    #   ExceptionTable:
    #     L4 to L5 -> L11 [1]
    #     L6 to L7 -> L11 [1]
    #     L11 to L12 -> L20 [2] lasti
    #     L13 to L14 -> L20 [2] lasti
    #     L15 to L16 -> L20 [2] lasti
    #     L16 to L17 -> L18 [2] lasti
    #     L18 to L20 -> L20 [2] lasti
    raise RuntimeError('depyf: could not decompile while_for_clause_break_else_return: unstructured backward jump at 206')


def while_for_clause_break_else_call(c, t, x, n, m):
    while c():
        for j in n():
            try:
                x(3)
            except E1:
                break
            t(4)
        else:
            t(5)
            continue


def while_for_clause_break_else_return_const(c, t, x, n, m):
    # depyf: could not decompile while_for_clause_break_else_return_const: unstructured backward jump at 124
    #    110            RESUME                   0
    #   
    #    111    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       26 (to L6)
    #                   NOT_TAKEN
    #   
    #    112            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                12 (to L5)
    #                   STORE_FAST               5 (j)
    #   
    #    113            NOP
    #   
    #    114    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L4:     JUMP_BACKWARD           14 (to L2)
    #   
    #    112    L5:     END_FOR
    #                   POP_ITER
    #   
    #    119            LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #    120    L6:     LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    115            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       14 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    116            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    117    L8:     POP_EXCEPT
    #                   POP_TOP
    #                   JUMP_BACKWARD           63 (to L1)
    #   
    #    115    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L7 [1]
    #     L7 to L8 -> L10 [2] lasti
    #     L9 to L10 -> L10 [2] lasti
    raise RuntimeError('depyf: could not decompile while_for_clause_break_else_return_const: unstructured backward jump at 124')


def while_for_named_clause_break_else(c, t, x, n, m):
    # depyf: could not decompile while_for_named_clause_break_else: unstructured backward jump at 166
    #    123            RESUME                   0
    #   
    #    124    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       34 (to L6)
    #                   NOT_TAKEN
    #   
    #    125            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                12 (to L5)
    #                   STORE_FAST               5 (j)
    #   
    #    126            NOP
    #   
    #    127    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L4:     JUMP_BACKWARD           14 (to L2)
    #   
    #    125    L5:     END_FOR
    #                   POP_ITER
    #   
    #    132            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    133            LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #    124    L6:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    128            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       31 (to L11)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #    129    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_FAST                6 (e)
    #                   LOAD_ATTR                2 (args)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    130    L9:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   POP_TOP
    #                   JUMP_BACKWARD           84 (to L1)
    #   
    #     --   L10:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    128   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L7 [1]
    #     L7 to L8 -> L12 [2] lasti
    #     L8 to L9 -> L10 [2] lasti
    #     L10 to L12 -> L12 [2] lasti
    raise RuntimeError('depyf: could not decompile while_for_named_clause_break_else: unstructured backward jump at 166')


def while_for_clause_break_no_else(c, t, x, n, m):
    while c():
        for j in n():
            try:
                x(3)
            except E1:
                break
        t(5)


def for_for_clause_break_else(c, t, x, n, m):
    for i in n():
        for j in n():
            try:
                x(3)
            except E1:
                break
        else:
            t(5)
            continue

assert run([], while_for_clause_break_else_return) in ((None, []), FELL)
assert run([1], while_for_clause_break_else_return) in ((0, [-14]), FELL)
assert run([1, 1], while_for_clause_break_else_return) in ((0, [-8]), FELL)
assert run([1, 0, 1], while_for_clause_break_else_return) in (('E1', [-14]), FELL)
assert run([1, 0, 2], while_for_clause_break_else_return) in (('E2', [-14]), FELL)
assert run([1, 1, 1], while_for_clause_break_else_return) in ((None, [-8, 9]), FELL)
assert run([], while_for_clause_break_else_call) in ((None, []), FELL)
assert run([1], while_for_clause_break_else_call) in ((None, [5]), FELL)
assert run([1, 1], while_for_clause_break_else_call) in ((None, [-3, 4, 5]), FELL)
assert run([1, 2], while_for_clause_break_else_call) in ((None, [-3, 4, -3, 4, 5]), FELL)
assert run([1, 0, 1], while_for_clause_break_else_call) in ((None, [5, 5]), FELL)
assert run([1, 1, 1], while_for_clause_break_else_call) in ((None, [-3]), FELL)
assert run([], while_for_clause_break_else_return_const) in ((6, []), FELL)
assert run([1], while_for_clause_break_else_return_const) in ((5, []), FELL)
assert run([1, 1], while_for_clause_break_else_return_const) in ((5, [-3]), FELL)
assert run([1, 2], while_for_clause_break_else_return_const) in ((5, [-3, -3]), FELL)
assert run([1, 1, 1], while_for_clause_break_else_return_const) in ((6, [-3, 4]), FELL)
assert run([1, 1, 2], while_for_clause_break_else_return_const) in (('E2', [-3]), FELL)
assert run([], while_for_named_clause_break_else) in ((None, []), FELL)
assert run([1], while_for_named_clause_break_else) in ((6, [5]), FELL)
assert run([1, 1], while_for_named_clause_break_else) in ((6, [-3, 5]), FELL)
assert run([1, 2], while_for_named_clause_break_else) in ((6, [-3, -3, 5]), FELL)
assert run([1, 1, 1], while_for_named_clause_break_else) in ((None, [-3, (3,)]), FELL)
assert run([1, 1, 2], while_for_named_clause_break_else) in (('E2', [-3]), FELL)
assert run([], while_for_clause_break_no_else) in ((None, []), FELL)
assert run([1], while_for_clause_break_no_else) in ((None, [5]), FELL)
assert run([1, 1], while_for_clause_break_no_else) in ((None, [-3, 5]), FELL)
assert run([1, 2], while_for_clause_break_no_else) in ((None, [-3, -3, 5]), FELL)
assert run([1, 0, 1], while_for_clause_break_no_else) in ((None, [5, 5]), FELL)
assert run([1, 1, 2], while_for_clause_break_no_else) in (('E2', [-3]), FELL)
assert run([], for_for_clause_break_else) in ((None, []), FELL)
assert run([1], for_for_clause_break_else) in ((None, [5]), FELL)
assert run([2], for_for_clause_break_else) in ((None, [5, 5]), FELL)
assert run([1, 1], for_for_clause_break_else) in ((None, [-3, 5]), FELL)
assert run([1, 2], for_for_clause_break_else) in ((None, [-3, -3, 5]), FELL)
assert run([2, 1], for_for_clause_break_else) in ((None, [-3, 5, 5]), FELL)
