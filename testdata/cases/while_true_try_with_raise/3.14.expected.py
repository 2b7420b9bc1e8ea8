







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


def while_true_try_with_raise(c, t, x, n, m):
    # depyf: could not decompile while_true_try_with_raise: a with suppressing goes back to code before it at 2
    #     82            RESUME                   0
    #   
    #     83    L1:     NOP
    #   
    #     84            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #     85            JUMP_FORWARD            37 (to L5)
    #   
    #     86    L2:     NOP
    #   
    #     87    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #     88            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     89            LOAD_GLOBAL              1 (E2 + NULL)
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #     92    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     87    L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L7)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #           L9:     JUMP_BACKWARD           79 (to L1)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L11:     PUSH_EXC_INFO
    #   
    #     90            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     91            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #          L12:     POP_EXCEPT
    #                   JUMP_BACKWARD          104 (to L1)
    #   
    #     90   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L11 [0]
    #     L4 to L5 -> L6 [2] lasti
    #     L6 to L8 -> L10 [4] lasti
    #     L8 to L9 -> L11 [0]
    #     L10 to L11 -> L11 [0]
    #     L11 to L12 -> L14 [1] lasti
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_with_raise: a with suppressing goes back to code before it at 2')


def while_true_try_with_as_raise_clauses(c, t, x, n, m):
    # depyf: could not decompile while_true_try_with_as_raise_clauses: a with suppressing goes back to code before it at 2
    #     95            RESUME                   0
    #   
    #     96    L1:     NOP
    #   
    #     97            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        4 (to L2)
    #                   NOT_TAKEN
    #   
    #     98            NOP
    #   
    #    107            LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #     99    L2:     NOP
    #   
    #    100    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     STORE_FAST               5 (w)
    #   
    #    101            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_FAST_BORROW         5 (w)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    102            LOAD_GLOBAL              1 (E2 + NULL)
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    100    L5:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L6)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L6:     POP_TOP
    #           L7:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #           L8:     JUMP_BACKWARD           71 (to L1)
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    103            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    104            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #                   JUMP_BACKWARD           96 (to L1)
    #   
    #    105   L12:     LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L16)
    #          L13:     NOT_TAKEN
    #          L14:     POP_TOP
    #   
    #    106            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #          L15:     POP_EXCEPT
    #                   JUMP_BACKWARD          117 (to L1)
    #   
    #    105   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L10 [0]
    #     L4 to L5 -> L5 [2] lasti
    #     L5 to L7 -> L9 [4] lasti
    #     L7 to L8 -> L10 [0]
    #     L9 to L10 -> L10 [0]
    #     L10 to L11 -> L17 [1] lasti
    #     L12 to L13 -> L17 [1] lasti
    #     L14 to L15 -> L17 [1] lasti
    #     L16 to L17 -> L17 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_with_as_raise_clauses: a with suppressing goes back to code before it at 2')


def for_try_with_raise(c, t, x, n, m):
    for j in n():
        if c():
            break
        try:
            with m(1):
                x(2)
                raise E2(3)
        except E1:
            t(4)
    t(10)


def while_true_try_with_raise_clause_loop(c, t, x, n, m):
    # depyf: could not decompile while_true_try_with_raise_clause_loop: a with suppressing goes back to code before it at 2
    #    123            RESUME                   0
    #   
    #    124    L1:     NOP
    #   
    #    125            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #    126            JUMP_FORWARD            37 (to L5)
    #   
    #    127    L2:     NOP
    #   
    #    128    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #    129            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    130            LOAD_GLOBAL              1 (E2 + NULL)
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    138    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    128    L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L7)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #           L9:     JUMP_BACKWARD           79 (to L1)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L11:     PUSH_EXC_INFO
    #   
    #    131            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       88 (to L22)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    132            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #          L12:     POP_TOP
    #   
    #    133            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    134            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    132   L13:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L18)
    #          L14:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L15)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L15:     POP_TOP
    #          L16:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L18)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    135   L18:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #          L19:     FOR_ITER                11 (to L20)
    #                   STORE_FAST               5 (j)
    #   
    #    136            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    137            JUMP_BACKWARD           13 (to L19)
    #   
    #    135   L20:     END_FOR
    #                   POP_ITER
    #          L21:     POP_EXCEPT
    #                   JUMP_BACKWARD          179 (to L1)
    #   
    #    131   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L11 [0]
    #     L4 to L5 -> L6 [2] lasti
    #     L6 to L8 -> L10 [4] lasti
    #     L8 to L9 -> L11 [0]
    #     L10 to L11 -> L11 [0]
    #     L11 to L12 -> L23 [1] lasti
    #     L12 to L13 -> L14 [3] lasti
    #     L13 to L14 -> L23 [1] lasti
    #     L14 to L16 -> L17 [5] lasti
    #     L16 to L21 -> L23 [1] lasti
    #     L22 to L23 -> L23 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_with_raise_clause_loop: a with suppressing goes back to code before it at 2')

assert run([], while_true_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], while_true_try_with_raise) in ((None, [10]), FELL)
assert run([0, 1], while_true_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False), 4, ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, True), 10]), FELL)
assert run([0, 1, 0, 1], while_true_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, False), 4, 10]), FELL)
assert run([1], while_true_try_with_as_raise_clauses) in ((10, []), FELL)
assert run([0, 0, 0, 1], while_true_try_with_as_raise_clauses) in ((10, [('enter', 1), -1, ('exit', 1, False), 5]), FELL)
assert run([0, 0, 1, 1], while_true_try_with_as_raise_clauses) in ((10, [('enter', 1), -1, ('exit', 1, True)]), FELL)
assert run([0, 1, 0, 1], while_true_try_with_as_raise_clauses) in ((10, [('enter', 1), -1, ('exit', 1, False), 4]), FELL)
assert run([], for_try_with_raise) in ((None, [10]), FELL)
assert run([1], for_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], for_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, False), 4, 10]), FELL)
assert run([2, 0, 1], for_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, False), 4, ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 0, 1], for_try_with_raise) in ((None, [('enter', 1), -2, ('exit', 1, True), 10]), FELL)
assert run([2, 0, 0, 1], for_try_with_raise) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], while_true_try_with_raise_clause_loop) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], while_true_try_with_raise_clause_loop) in ((None, [10]), FELL)
assert run([0, 1], while_true_try_with_raise_clause_loop) in (('E2', [('enter', 1), -2, ('exit', 1, False), ('enter', 3), 4, -6, ('exit', 3, False), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_try_with_raise_clause_loop) in (('E2', [('enter', 1), -2, ('exit', 1, True), ('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_try_with_raise_clause_loop) in ((None, [('enter', 1), -2, ('exit', 1, True), 10]), FELL)
assert run([0, 1, 0, 1], while_true_try_with_raise_clause_loop) in (('E1', [('enter', 1), -2, ('exit', 1, False), ('enter', 3), 4, -6, ('exit', 3, False)]), FELL)
