







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


def with_try_try_return_clauses_then_code(c, t, x, n, m):
    # depyf: could not decompile with_try_try_return_clauses_then_code: except clauses fall off past the end of their region at 78
    #     80            RESUME                   0
    #   
    #     81            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #     82    L2:     NOP
    #   
    #     83            NOP
    #   
    #     84    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     85    L4:     NOP
    #   
    #     81            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          12
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #     86            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     87    L6:     POP_EXCEPT
    #           L7:     JUMP_FORWARD            21 (to L14)
    #   
    #     86    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89   L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #     88   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     90   L14:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          15
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     81   L15:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #          L16:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L17)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L17:     POP_TOP
    #          L18:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L16 [2] lasti
    #     L3 to L4 -> L5 [2]
    #     L5 to L6 -> L9 [3] lasti
    #     L6 to L7 -> L10 [2]
    #     L7 to L8 -> L16 [2] lasti
    #     L8 to L9 -> L9 [3] lasti
    #     L9 to L10 -> L10 [2]
    #     L10 to L11 -> L13 [3] lasti
    #     L11 to L12 -> L16 [2] lasti
    #     L12 to L13 -> L13 [3] lasti
    #     L13 to L15 -> L16 [2] lasti
    #     L16 to L18 -> L19 [4] lasti
    raise RuntimeError('depyf: could not decompile with_try_try_return_clauses_then_code: except clauses fall off past the end of their region at 78')


def with_nested_try_return_loop_with_then_code(c, t, x, n, m):
    # depyf: could not decompile with_nested_try_return_loop_with_then_code: except clauses fall off past the end of their region at 394
    #     93            RESUME                   0
    #   
    #     94            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #     95            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #     96            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     97            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     95    L3:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #     98    L4:     NOP
    #   
    #     99    L5:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L6:     FOR_ITER                19 (to L7)
    #                   STORE_FAST               5 (k)
    #   
    #    100            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    101            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           21 (to L6)
    #   
    #     99    L7:     END_FOR
    #                   POP_ITER
    #   
    #    102            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L8:     STORE_FAST               6 (w)
    #   
    #    103            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    104            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    105            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    102    L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    106   L10:     NOP
    #   
    #    107   L11:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    108   L12:     NOP
    #   
    #     94            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          12
    #                   RETURN_VALUE
    #   
    #     95   L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L14)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 116 (to L4)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    102   L17:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L18)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L18:     POP_TOP
    #          L19:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 55 (to L10)
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L21:     PUSH_EXC_INFO
    #   
    #    109            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L24)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    110            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #          L22:     POP_EXCEPT
    #          L23:     JUMP_FORWARD            29 (to L30)
    #   
    #    109   L24:     RERAISE                  0
    #   
    #     --   L25:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L26:     PUSH_EXC_INFO
    #   
    #    111            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L28)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    112            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #          L27:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L30)
    #   
    #    111   L28:     RERAISE                  0
    #   
    #     --   L29:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    113   L30:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          15
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     94   L31:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L36)
    #          L32:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L33)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L33:     POP_TOP
    #          L34:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L36)
    #   
    #     --   L35:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    114   L36:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          16
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L32 [2] lasti
    #     L2 to L3 -> L13 [4] lasti
    #     L3 to L4 -> L32 [2] lasti
    #     L5 to L8 -> L26 [2]
    #     L8 to L9 -> L17 [4] lasti
    #     L9 to L10 -> L26 [2]
    #     L11 to L12 -> L21 [2]
    #     L13 to L15 -> L16 [6] lasti
    #     L15 to L17 -> L32 [2] lasti
    #     L17 to L19 -> L20 [6] lasti
    #     L19 to L21 -> L26 [2]
    #     L21 to L22 -> L25 [3] lasti
    #     L22 to L23 -> L26 [2]
    #     L23 to L24 -> L32 [2] lasti
    #     L24 to L25 -> L25 [3] lasti
    #     L25 to L26 -> L26 [2]
    #     L26 to L27 -> L29 [3] lasti
    #     L27 to L28 -> L32 [2] lasti
    #     L28 to L29 -> L29 [3] lasti
    #     L29 to L31 -> L32 [2] lasti
    #     L32 to L34 -> L35 [4] lasti
    raise RuntimeError('depyf: could not decompile with_nested_try_return_loop_with_then_code: except clauses fall off past the end of their region at 394')


def try_try_return_clauses_then_code(c, t, x, n, m):
    try:
        try:
            x(11)
            return 12
        except E1:
            t(13)
    except E2:
        t(14)
    x(15)
    return 16

assert run([], with_try_try_return_clauses_then_code) in ((12, [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1], with_try_try_return_clauses_then_code) in ((None, [('enter', 1), -11, -15, ('exit', 1, False)]), FELL)
assert run([2], with_try_try_return_clauses_then_code) in (('E2', [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_try_return_clauses_then_code) in (('E1', [('enter', 1), -11, -15, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_try_return_clauses_then_code) in (('E2', [('enter', 1), -11, -15, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_try_return_clauses_then_code) in ((None, [('enter', 1), -11, ('exit', 1, True)]), FELL)
assert run([1, 1, 1], with_try_try_return_clauses_then_code) in ((None, [('enter', 1), -11, -15, ('exit', 1, True)]), FELL)
assert run([], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([1], with_nested_try_return_loop_with_then_code) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_nested_try_return_loop_with_then_code) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 1], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([0, 2], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, 5, 6, ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([1, 1], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], with_nested_try_return_loop_with_then_code) in ((None, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), ('enter', 7), 8, -9, ('exit', 7, False), 14, -15, ('exit', 1, False), 16]), FELL)
assert run([0, 0, 2], with_nested_try_return_loop_with_then_code) in (('E2', [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), ('enter', 7), 8, -9, ('exit', 7, False), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_nested_try_return_loop_with_then_code) in ((None, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, ('enter', 7), 8, -9, ('exit', 7, False), 14, -15, ('exit', 1, False), 16]), FELL)
assert run([0, 1, 2], with_nested_try_return_loop_with_then_code) in (('E2', [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, ('enter', 7), 8, -9, ('exit', 7, False), ('exit', 1, False)]), FELL)
assert run([], try_try_return_clauses_then_code) in ((12, [-11]), FELL)
assert run([1], try_try_return_clauses_then_code) in ((16, [-11, 13, -15]), FELL)
assert run([2], try_try_return_clauses_then_code) in ((16, [-11, 14, -15]), FELL)
assert run([1, 1], try_try_return_clauses_then_code) in (('E1', [-11, 13, -15]), FELL)
assert run([1, 2], try_try_return_clauses_then_code) in (('E2', [-11, 13, -15]), FELL)
assert run([2, 1], try_try_return_clauses_then_code) in (('E1', [-11, 14, -15]), FELL)
assert run([2, 2], try_try_return_clauses_then_code) in (('E2', [-11, 14, -15]), FELL)
