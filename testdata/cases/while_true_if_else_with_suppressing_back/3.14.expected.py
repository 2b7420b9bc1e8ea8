







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
    # depyf: could not decompile f1: except clause jumps back outside a loop at 184
    #     80            RESUME                   0
    #   
    #     81    L1:     NOP
    #   
    #     82            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L4)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L4)
    #                   NOT_TAKEN
    #   
    #     83            NOP
    #   
    #     84    L2:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     88    L3:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #     90    L4:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L5:     POP_TOP
    #                   LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L6:     POP_TOP
    #   
    #     91            NOP
    #   
    #     90    L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #     85            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     86   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD          105 (to L1)
    #   
    #     85   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     90   L13:     PUSH_EXC_INFO
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
    #                   JUMP_FORWARD             3 (to L17)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     90   L17:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD          138 (to L1)
    #          L18:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L19)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L19:     POP_TOP
    #          L20:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          155 (to L1)
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L9 [0]
    #     L5 to L6 -> L18 [2] lasti
    #     L6 to L7 -> L13 [4] lasti
    #     L7 to L8 -> L18 [2] lasti
    #     L9 to L10 -> L12 [1] lasti
    #     L11 to L12 -> L12 [1] lasti
    #     L13 to L15 -> L16 [6] lasti
    #     L15 to L17 -> L18 [2] lasti
    #     L18 to L20 -> L21 [4] lasti
    raise RuntimeError('depyf: could not decompile f1: except clause jumps back outside a loop at 184')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: except clause jumps back outside a loop at 124
    #     94            RESUME                   0
    #   
    #     95    L1:     NOP
    #   
    #     96            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L4)
    #                   NOT_TAKEN
    #   
    #     97            NOP
    #   
    #     98    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    102    L3:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #    104    L4:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L5:     POP_TOP
    #   
    #    105            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    106            NOP
    #   
    #    104    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     99            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    100    L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           75 (to L1)
    #   
    #     99    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    104   L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L12)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD           96 (to L1)
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [0]
    #     L5 to L6 -> L11 [2] lasti
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    #     L11 to L13 -> L14 [4] lasti
    raise RuntimeError('depyf: could not decompile f2: except clause jumps back outside a loop at 124')

assert run([], f1) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([1, 1], f1) in ((7, [5]), FELL)
assert run([], f2) in ((10, [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1], f2) in ((7, [-5]), FELL)
assert run([0, 1], f2) in (('E1', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1], f2) in ((10, [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 2], f2) in (('E2', [-5]), FELL)
assert run([0, 1, 1], f2) in ((10, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1], f2) in ((7, [-5, -5]), FELL)
assert run([0, 1, 1, 1], f2) in ((7, [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([1, 1, 0, 1], f2) in (('E1', [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 0, 2], f2) in (('E2', [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 1], f2) in ((10, [-5, -5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-5, -5]), FELL)
assert run([0, 1, 1, 0, 1], f2) in (('E1', [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 0, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1, 1], f2) in ((10, [('enter', 8), -9, ('exit', 8, True), -5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([1, 1, 0, 1, 1], f2) in ((10, [-5, ('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((7, [-5, -5, -5]), FELL)
