









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


def if_return_ending_try_finally(c, t, x, n, m):
    try:
        if not c():
            return 1
    finally:
        t(2)


def if_return_ending_try_finally_then(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    finally:
        t(2)
    t(3)


def if_elif_returns_ending_try_finally(c, t, x, n, m):
    try:
        if c():
            return 1
        if c():
            return 2
    finally:
        t(2)


def if_return_else_same_return_in_try_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    finally:
        t(2)
    return 1


def if_return_ending_try_if_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    finally:
        if c():
            t(2)


def if_return_none_ending_try_finally(c, t, x, n, m):
    try:
        if c():
            return None
    finally:
        x(2)


def if_return_ending_try_finally_in_while(c, t, x, n, m):
    while c():
        try:
            if c():
                return 1
        finally:
            t(2)


def if_return_ending_try_finally_then_same_return(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 1
    finally:
        t(2)
    return 1


def if_return_ending_try_except_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    except E1:
        t(3)
    finally:
        t(2)


def if_return_ending_try_except_returning_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_returning_finally: conditional jump out of the region at 40
    #    164            RESUME                   0
    #   
    #    165            NOP
    #   
    #    166    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           0
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    167            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L3)
    #                   NOT_TAKEN
    #   
    #    168    L2:     NOP
    #   
    #    172            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    167    L3:     NOP
    #   
    #    172            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L4:     PUSH_EXC_INFO
    #   
    #    169            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L7)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    170    L5:     POP_EXCEPT
    #   
    #    172    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           2
    #                   RETURN_VALUE
    #   
    #    169    L7:     RERAISE                  0
    #   
    #     --    L8:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #           L9:     PUSH_EXC_INFO
    #   
    #    172            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L4 [0]
    #     L4 to L5 -> L8 [1] lasti
    #     L5 to L6 -> L9 [0]
    #     L7 to L8 -> L8 [1] lasti
    #     L8 to L9 -> L9 [0]
    #     L9 to L10 -> L10 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_returning_finally: conditional jump out of the region at 40')


def if_return_ending_try_except_finally_then(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    except E1:
        t(3)
    finally:
        t(2)
    t(6)


def if_returns_in_try_and_clause_finally(c, t, x, n, m):
    try:
        if c():
            x(7)
            return 1
    except E1:
        if c():
            return 1
    finally:
        t(2)


def if_return_ending_try_except_then_code_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_then_code_finally: conditional jump out of the region at 26
    #    199            RESUME                   0
    #   
    #    200            NOP
    #   
    #    201            NOP
    #   
    #    202    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L3)
    #           L2:     NOT_TAKEN
    #   
    #    203            NOP
    #   
    #    208            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    202    L3:     NOP
    #   
    #    206    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    208    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    204            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    205            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 39 (to L4)
    #   
    #    204    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    208            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L6 [0]
    #     L3 to L5 -> L10 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L7 to L8 -> L10 [0]
    #     L8 to L9 -> L9 [1] lasti
    #     L9 to L10 -> L10 [0]
    #     L10 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_then_code_finally: conditional jump out of the region at 26')


def if_return_ending_try_except_else_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_else_finally: conditional jump out of the region at 40
    #    211            RESUME                   0
    #   
    #    212            NOP
    #   
    #    213    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           0
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    214            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L3)
    #                   NOT_TAKEN
    #   
    #    215    L2:     NOP
    #   
    #    221            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    214    L3:     NOP
    #   
    #    219    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    221    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    216            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    217            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 31 (to L5)
    #   
    #    216    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    221            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L6 [0]
    #     L4 to L5 -> L10 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L7 to L8 -> L10 [0]
    #     L8 to L9 -> L9 [1] lasti
    #     L9 to L10 -> L10 [0]
    #     L10 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_else_finally: conditional jump out of the region at 40')


def with_if_return_ending_try_finally(c, t, x, n, m):
    # depyf: could not decompile with_if_return_ending_try_finally: conditional jump out of the region at 74
    #    224            RESUME                   0
    #   
    #    225            NOP
    #   
    #    226    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    227            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           0
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    228            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       20 (to L5)
    #                   NOT_TAKEN
    #   
    #    229            NOP
    #   
    #    226    L3:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    231    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    228    L5:     NOP
    #   
    #    226    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    231    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    226    L8:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L9)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L9:     POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 26 (to L7)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L12:     PUSH_EXC_INFO
    #   
    #    231            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L12 [0]
    #     L2 to L3 -> L8 [2] lasti
    #     L3 to L4 -> L12 [0]
    #     L6 to L7 -> L12 [0]
    #     L8 to L10 -> L11 [4] lasti
    #     L10 to L12 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile with_if_return_ending_try_finally: conditional jump out of the region at 74')


def if_return_ending_nested_try_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_nested_try_finally: conditional jump out of the region at 26
    #    234            RESUME                   0
    #   
    #    235            NOP
    #   
    #    236            NOP
    #   
    #    237    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       20 (to L5)
    #           L2:     NOT_TAKEN
    #   
    #    238            NOP
    #   
    #    240    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    242    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    237    L5:     NOP
    #   
    #    240    L6:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     NOP
    #   
    #    242            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    240            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    242            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L8 [0]
    #     L3 to L4 -> L10 [0]
    #     L6 to L7 -> L10 [0]
    #     L8 to L9 -> L9 [1] lasti
    #     L9 to L10 -> L10 [0]
    #     L10 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_nested_try_finally: conditional jump out of the region at 26')


def if_return_ending_try_finally_in_clause(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_finally_in_clause: conditional jump out of the region at 68
    #    245            RESUME                   0
    #   
    #    246            NOP
    #   
    #    247    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           0
    #                   CALL                     1
    #                   POP_TOP
    #           L2:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    248            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       63 (to L15)
    #                   NOT_TAKEN
    #                   STORE_FAST               5 (e)
    #   
    #    249    L4:     NOP
    #   
    #    250    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       16 (to L9)
    #                   NOT_TAKEN
    #   
    #    251    L6:     NOP
    #   
    #    253    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    250    L9:     NOP
    #   
    #    253   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    253            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    248   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L16 [1] lasti
    #     L5 to L6 -> L12 [1]
    #     L7 to L8 -> L14 [1] lasti
    #     L10 to L11 -> L14 [1] lasti
    #     L12 to L13 -> L13 [2] lasti
    #     L13 to L14 -> L14 [1] lasti
    #     L14 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_finally_in_clause: conditional jump out of the region at 68')

assert run([2, 2, 0, 3, 1], if_return_ending_try_finally) == (None, [2])
assert run([0, 1, 0, 2, 3, 1], if_return_ending_try_finally) == (1, [2])
assert run([2, 2, 0], if_return_ending_try_finally_then) == ('E2', [0, 2])
assert run([3, 0, 3, 3], if_return_ending_try_finally_then) == (None, [0, 2, 3])
assert run([0, 1, 3, 0, 0], if_return_ending_try_finally_then) == (1, [0, 2])
assert run([1, 3, 1, 3, 2], if_return_ending_try_finally_then) == ('E1', [0, 2])
assert run([0], if_elif_returns_ending_try_finally) == (None, [2])
assert run([0, 3, 3, 0, 0, 0, 0], if_elif_returns_ending_try_finally) == (2, [2])
assert run([1, 3, 2, 1, 0, 0, 2], if_elif_returns_ending_try_finally) == (1, [2])
assert run([1], if_return_else_same_return_in_try_finally) == (1, [2])
assert run([2, 3, 0, 0, 0], if_return_ending_try_if_finally) == (1, [2])
assert run([0], if_return_ending_try_if_finally) == (None, [])
assert run([0, 2, 1, 3], if_return_ending_try_if_finally) == (None, [2])
assert run([2, 0], if_return_ending_try_if_finally) == (1, [])
assert run([0, 3, 3], if_return_none_ending_try_finally) == (None, [-2])
assert run([2, 2], if_return_none_ending_try_finally) == ('E2', [-2])
assert run([1, 1, 0, 1, 1], if_return_none_ending_try_finally) == ('E1', [-2])
assert run([1, 1, 2, 3], if_return_ending_try_finally_in_while) == (1, [2])
assert run([1, 0, 2, 3, 1, 2], if_return_ending_try_finally_in_while) == (1, [2, 2])
assert run([2], if_return_ending_try_finally_in_while) == (None, [2])
assert run([0, 3, 2], if_return_ending_try_finally_in_while) == (None, [])
assert run([1, 0, 2], if_return_ending_try_finally_in_while) == (None, [2, 2])
assert run([1, 0, 3, 0, 2, 1], if_return_ending_try_finally_in_while) == (1, [2, 2, 2])
assert run([1, 0, 1, 0, 1], if_return_ending_try_finally_in_while) == (None, [2, 2, 2])
assert run([0], if_return_ending_try_finally_then_same_return) == (1, [-1, 2])
assert run([2, 0, 0, 3], if_return_ending_try_finally_then_same_return) == ('E2', [-1, 2])
assert run([1, 0, 0, 0, 0, 0], if_return_ending_try_finally_then_same_return) == ('E1', [-1, 2])
assert run([0, 2], if_return_ending_try_except_finally) == (None, [2])
assert run([2], if_return_ending_try_except_finally) == (1, [2])
assert run([0, 1, 2], if_return_ending_try_except_returning_finally) in ((1, [0, 2]), FELL)
assert run([0, 0], if_return_ending_try_except_returning_finally) in ((None, [0, 2]), FELL)
assert run([2, 3, 0, 3], if_return_ending_try_except_returning_finally) in (('E2', [0, 2]), FELL)
assert run([1, 2, 2, 2, 0, 3], if_return_ending_try_except_returning_finally) in ((2, [0, 2]), FELL)
assert run([3, 1, 0, 1, 2, 3], if_return_ending_try_except_finally_then) == (1, [0, 2])
assert run([2, 0], if_return_ending_try_except_finally_then) == ('E2', [0, 2])
assert run([1, 3, 0, 0, 3, 1], if_return_ending_try_except_finally_then) == (None, [0, 3, 2, 6])
assert run([0], if_return_ending_try_except_finally_then) == (None, [0, 2, 6])
assert run([1, 1, 0, 0, 2, 1, 0], if_returns_in_try_and_clause_finally) == (None, [-7, 2])
assert run([3], if_returns_in_try_and_clause_finally) == (1, [-7, 2])
assert run([0, 3, 0, 0, 2, 2, 1], if_returns_in_try_and_clause_finally) == (None, [2])
assert run([3, 2, 1, 2, 2, 2], if_returns_in_try_and_clause_finally) == ('E2', [-7, 2])
assert run([2, 0], if_return_ending_try_except_then_code_finally) in ((1, [2]), FELL)
assert run([0, 0, 1, 1], if_return_ending_try_except_then_code_finally) in ((None, [-4, 2]), FELL)
assert run([0, 2, 2, 3, 3, 0], if_return_ending_try_except_then_code_finally) in (('E2', [-4, 2]), FELL)
assert run([0, 1, 3, 2], if_return_ending_try_except_then_code_finally) in (('E1', [-4, 2]), FELL)
assert run([1, 1, 1], if_return_ending_try_except_else_finally) in ((None, [0, 3, 2]), FELL)
assert run([2, 2, 1], if_return_ending_try_except_else_finally) in (('E2', [0, 2]), FELL)
assert run([3, 1, 2, 1, 2], if_return_ending_try_except_else_finally) in ((1, [0, 2]), FELL)
assert run([0, 0, 1, 2, 2, 1], if_return_ending_try_except_else_finally) in ((None, [0, 5, 2]), FELL)
assert run([2, 0, 0, 1], with_if_return_ending_try_finally) in (('E2', [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([3, 1], with_if_return_ending_try_finally) in ((1, [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([0, 0, 3, 3], with_if_return_ending_try_finally) in ((None, [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([2, 3, 3, 2, 1, 2], with_if_return_ending_try_finally) in ((None, [('enter', 1), 0, ('exit', 1, True), 2]), FELL)
assert run([1, 0, 0, 3, 0], with_if_return_ending_try_finally) in (('E1', [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([2, 1, 0, 3], if_return_ending_nested_try_finally) in (('E1', [-2, 3]), FELL)
assert run([1, 3, 2, 0, 3], if_return_ending_nested_try_finally) in ((1, [-2, 3]), FELL)
assert run([2, 2, 2, 2], if_return_ending_nested_try_finally) in (('E2', [-2, 3]), FELL)
assert run([0], if_return_ending_nested_try_finally) in ((None, [-2, 3]), FELL)
assert run([3, 3, 3, 3, 3, 1, 1], if_return_ending_try_finally_in_clause) in ((None, [0]), FELL)
assert run([2, 1, 2], if_return_ending_try_finally_in_clause) in (('E2', [0]), FELL)
assert run([1, 2, 0], if_return_ending_try_finally_in_clause) in ((1, [0, 2]), FELL)
assert run([1, 0, 0], if_return_ending_try_finally_in_clause) in ((None, [0, 2]), FELL)
