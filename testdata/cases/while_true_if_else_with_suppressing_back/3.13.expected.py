









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
    # depyf: could not decompile f1: a with past a while loop's exit suppresses back to its test at 72
    #     82            RESUME                   0
    #   
    #     83            NOP
    #   
    #     84    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       22 (to L4)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L4)
    #   
    #     85            NOP
    #   
    #     86    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     90    L3:     RETURN_CONST             2 (7)
    #   
    #     92    L4:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L5:     POP_TOP
    #                   LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (9)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L6:     POP_TOP
    #   
    #     93            NOP
    #   
    #     92    L7:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             5 (10)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #     87            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #                   POP_TOP
    #   
    #     88   L10:     POP_EXCEPT
    #                   JUMP_FORWARD            47 (to L22)
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
    #                   POP_JUMP_IF_TRUE         1 (to L14)
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L17)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L17:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L22)
    #          L18:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L19)
    #                   RERAISE                  2
    #          L19:     POP_TOP
    #          L20:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L22)
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     83   L22:     JUMP_BACKWARD          131 (to L1)
    #   ExceptionTable:
    #     L2 to L3 -> L9 [0]
    #     L5 to L6 -> L18 [1] lasti
    #     L6 to L7 -> L13 [2] lasti
    #     L7 to L8 -> L18 [1] lasti
    #     L9 to L10 -> L12 [1] lasti
    #     L11 to L12 -> L12 [1] lasti
    #     L13 to L15 -> L16 [4] lasti
    #     L15 to L17 -> L18 [1] lasti
    #     L18 to L20 -> L21 [3] lasti
    raise RuntimeError("depyf: could not decompile f1: a with past a while loop's exit suppresses back to its test at 72")


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: a with past a while loop's exit suppresses back to its test at 48
    #     96            RESUME                   0
    #   
    #     97            NOP
    #   
    #     98    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L4)
    #   
    #     99            NOP
    #   
    #    100    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    104    L3:     RETURN_CONST             2 (7)
    #   
    #    106    L4:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L5:     POP_TOP
    #   
    #    107            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (9)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    108            NOP
    #   
    #    106    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             5 (10)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    101            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #    102    L8:     POP_EXCEPT
    #                   JUMP_FORWARD            21 (to L15)
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
    #                   POP_JUMP_IF_TRUE         1 (to L12)
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L15)
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     97   L15:     JUMP_BACKWARD           84 (to L1)
    #   ExceptionTable:
    #     L2 to L3 -> L7 [0]
    #     L5 to L6 -> L11 [1] lasti
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    #     L11 to L13 -> L14 [3] lasti
    raise RuntimeError("depyf: could not decompile f2: a with past a while loop's exit suppresses back to its test at 48")


def f3(c, t, x, n, m):
    # depyf: could not decompile f3: a with at a while loop's exit suppresses back to its head at 98
    #    111            RESUME                   0
    #   
    #    112            NOP
    #   
    #    113    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L2)
    #   
    #    114            RETURN_CONST             0 (None)
    #   
    #    115    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       22 (to L5)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L5)
    #   
    #    116            NOP
    #   
    #    117    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121    L4:     RETURN_CONST             2 (7)
    #   
    #    123    L5:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L6:     POP_TOP
    #                   LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (9)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L7:     POP_TOP
    #   
    #    124            NOP
    #   
    #    123    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L9:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             5 (10)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    118            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L12)
    #                   POP_TOP
    #   
    #    119   L11:     POP_EXCEPT
    #                   JUMP_FORWARD            47 (to L23)
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
    #                   POP_JUMP_IF_TRUE         1 (to L15)
    #                   RERAISE                  2
    #          L15:     POP_TOP
    #          L16:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L18)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    123   L18:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L23)
    #          L19:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L20)
    #                   RERAISE                  2
    #          L20:     POP_TOP
    #          L21:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L23)
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    112   L23:     JUMP_BACKWARD          144 (to L1)
    #   ExceptionTable:
    #     L3 to L4 -> L10 [0]
    #     L6 to L7 -> L19 [1] lasti
    #     L7 to L8 -> L14 [2] lasti
    #     L8 to L9 -> L19 [1] lasti
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    #     L14 to L16 -> L17 [4] lasti
    #     L16 to L18 -> L19 [1] lasti
    #     L19 to L21 -> L22 [3] lasti
    raise RuntimeError("depyf: could not decompile f3: a with at a while loop's exit suppresses back to its head at 98")


def f4(c, t, x, n, m):
    # depyf: could not decompile f4: a with at a while loop's exit suppresses back to its head at 74
    #    127            RESUME                   0
    #   
    #    128            NOP
    #   
    #    129    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L2)
    #   
    #    130            RETURN_CONST             0 (None)
    #   
    #    131    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L5)
    #   
    #    132            NOP
    #   
    #    133    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    137    L4:     RETURN_CONST             2 (7)
    #   
    #    139    L5:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L6:     POP_TOP
    #   
    #    140            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (9)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    141            NOP
    #   
    #    139    L7:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             5 (10)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    134            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L10)
    #                   POP_TOP
    #   
    #    135    L9:     POP_EXCEPT
    #                   JUMP_FORWARD            21 (to L16)
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
    #                   POP_JUMP_IF_TRUE         1 (to L13)
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L16)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    128   L16:     JUMP_BACKWARD           97 (to L1)
    #   ExceptionTable:
    #     L3 to L4 -> L8 [0]
    #     L6 to L7 -> L12 [1] lasti
    #     L8 to L9 -> L11 [1] lasti
    #     L10 to L11 -> L11 [1] lasti
    #     L12 to L14 -> L15 [3] lasti
    raise RuntimeError("depyf: could not decompile f4: a with at a while loop's exit suppresses back to its head at 74")

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
