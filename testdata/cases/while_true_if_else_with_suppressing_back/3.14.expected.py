









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
    #     82            RESUME                   0
    #   
    #     83    L1:     NOP
    #   
    #     84            LOAD_FAST_BORROW         0 (c)
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
    #     85            NOP
    #   
    #     86    L2:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     90    L3:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #     92    L4:     LOAD_FAST_BORROW         4 (m)
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
    #     93            NOP
    #   
    #     92    L7:     LOAD_CONST               1 (None)
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
    #     87            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     88   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD          105 (to L1)
    #   
    #     87   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L13:     PUSH_EXC_INFO
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
    #     92   L17:     LOAD_CONST               1 (None)
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
    #     96            RESUME                   0
    #   
    #     97    L1:     NOP
    #   
    #     98            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L4)
    #                   NOT_TAKEN
    #   
    #     99            NOP
    #   
    #    100    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    104    L3:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #    106    L4:     LOAD_FAST_BORROW         4 (m)
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
    #    107            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    108            NOP
    #   
    #    106    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    101            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    102    L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           75 (to L1)
    #   
    #    101    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    106   L11:     PUSH_EXC_INFO
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


def f3(c, t, x, n, m):
    # depyf: could not decompile f3: a with suppressing goes back to code before it at 2
    #    111            RESUME                   0
    #   
    #    112    L1:     NOP
    #   
    #    113            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L2)
    #                   NOT_TAKEN
    #   
    #    114            LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    115    L2:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L5)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L5)
    #                   NOT_TAKEN
    #   
    #    116            NOP
    #   
    #    117    L3:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121    L4:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #    123    L5:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L6:     POP_TOP
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
    #           L7:     POP_TOP
    #   
    #    124            NOP
    #   
    #    123    L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    118            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    119   L11:     POP_EXCEPT
    #                   JUMP_BACKWARD          120 (to L1)
    #   
    #    118   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    123   L14:     PUSH_EXC_INFO
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
    #    123   L18:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD          153 (to L1)
    #          L19:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L20)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L20:     POP_TOP
    #          L21:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          170 (to L1)
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L10 [0]
    #     L6 to L7 -> L19 [2] lasti
    #     L7 to L8 -> L14 [4] lasti
    #     L8 to L9 -> L19 [2] lasti
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    #     L14 to L16 -> L17 [6] lasti
    #     L16 to L18 -> L19 [2] lasti
    #     L19 to L21 -> L22 [4] lasti
    raise RuntimeError('depyf: could not decompile f3: a with suppressing goes back to code before it at 2')


def f4(c, t, x, n, m):
    # depyf: could not decompile f4: a with suppressing goes back to code before it at 2
    #    127            RESUME                   0
    #   
    #    128    L1:     NOP
    #   
    #    129            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L2)
    #                   NOT_TAKEN
    #   
    #    130            LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    131    L2:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L5)
    #                   NOT_TAKEN
    #   
    #    132            NOP
    #   
    #    133    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    137    L4:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #    139    L5:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L6:     POP_TOP
    #   
    #    140            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    141            NOP
    #   
    #    139    L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    134            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L10)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    135    L9:     POP_EXCEPT
    #                   JUMP_BACKWARD           90 (to L1)
    #   
    #    134   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    139   L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L13)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          111 (to L1)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L8 [0]
    #     L6 to L7 -> L12 [2] lasti
    #     L8 to L9 -> L11 [1] lasti
    #     L10 to L11 -> L11 [1] lasti
    #     L12 to L14 -> L15 [4] lasti
    raise RuntimeError('depyf: could not decompile f4: a with suppressing goes back to code before it at 2')

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
assert run([], f3) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([1], f3) in ((None, []), FELL)
assert run([0, 1, 1], f3) in ((7, [5]), FELL)
assert run([], f4) in ((10, [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1], f4) in ((None, []), FELL)
assert run([0, 1], f4) in ((7, [-5]), FELL)
assert run([0, 0, 1], f4) in (('E1', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 0, 2], f4) in (('E2', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1], f4) in ((10, [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 2], f4) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], f4) in ((10, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1], f4) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 1], f4) in ((None, [('enter', 8), -9, ('exit', 8, True)]), FELL)
assert run([0, 1, 1, 0, 1], f4) in ((7, [-5, -5]), FELL)
assert run([0, 0, 1, 1, 0, 1, 0], f4) in ((7, [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([0, 0, 1, 1, 1], f4) in ((None, [('enter', 8), -9, ('exit', 8, True)]), FELL)
assert run([0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0], f4) in ((7, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, True), -5]), FELL)
