








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
    # depyf: could not decompile f1: unstructured backward jump at 122
    #     81            RESUME                   0
    #   
    #     82            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                22 (to L5)
    #                   STORE_FAST               5 (k)
    #   
    #     83    L2:     NOP
    #   
    #     84            NOP
    #   
    #     85    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     86    L4:     NOP
    #   
    #     90            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           24 (to L1)
    #   
    #     82    L5:     END_FOR
    #                   POP_ITER
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     87            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     88    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #     87    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     89   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           52 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L9 [2] lasti
    #     L8 to L9 -> L9 [2] lasti
    raise RuntimeError('depyf: could not decompile f1: unstructured backward jump at 122')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: unstructured backward jump at 104
    #     93            RESUME                   0
    #   
    #     94            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                13 (to L5)
    #                   STORE_FAST               5 (k)
    #   
    #     95    L2:     NOP
    #   
    #     96            NOP
    #   
    #     97    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     98    L4:     JUMP_BACKWARD           15 (to L1)
    #   
    #     94    L5:     END_FOR
    #                   POP_ITER
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     99            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    100    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #     99    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    101   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           43 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L9 [2] lasti
    #     L8 to L9 -> L9 [2] lasti
    raise RuntimeError('depyf: could not decompile f2: unstructured backward jump at 104')


def f3(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
            except E1:
                continue
            t(3)
            break


def f4(c, t, x, n, m):
    # depyf: could not decompile f4: unstructured backward jump at 180
    #    115            RESUME                   0
    #   
    #    116    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       30 (to L5)
    #                   NOT_TAKEN
    #   
    #    117            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    118    L2:     NOP
    #   
    #    119            NOP
    #   
    #    120    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121    L4:     NOP
    #   
    #    127            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           42 (to L1)
    #   
    #    128    L5:     LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    122            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    123            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_FORWARD            16 (to L14)
    #   
    #    124    L8:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L12)
    #           L9:     NOT_TAKEN
    #          L10:     POP_TOP
    #   
    #    125   L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    124   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    126   L14:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           70 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L6 [0]
    #     L6 to L7 -> L13 [1] lasti
    #     L8 to L9 -> L13 [1] lasti
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile f4: unstructured backward jump at 180')

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((None, [-1, 3]), FELL)
assert run([2], f1) in ((None, [-1, 3, -1, 3]), FELL)
assert run([1, 1], f1) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 2], f1) in (('E2', [-1]), FELL)
assert run([2, 1], f1) in ((None, [-1, 2, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 2], f1) in (('E2', [-1, 2, -1]), FELL)
assert run([2, 0, 1], f1) in ((None, [-1, 3, -1, 2, -1, 3]), FELL)
assert run([2, 0, 2], f1) in (('E2', [-1, 3, -1]), FELL)
assert run([2, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 1, 2], f1) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([2, 0, 1, 1], f1) in ((None, [-1, 3, -1, 2, -1, 2, -1, 3]), FELL)
assert run([2, 0, 1, 2], f1) in (('E2', [-1, 3, -1, 2, -1]), FELL)
assert run([2, 1, 0, 1], f1) in ((None, [-1, 2, -1, 3, -1, 2, -1, 3]), FELL)
assert run([], f2) in ((None, []), FELL)
assert run([1], f2) in ((None, [-1]), FELL)
assert run([2], f2) in ((None, [-1, -1]), FELL)
assert run([1, 1], f2) in ((None, [-1, 2, -1]), FELL)
assert run([1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1], f2) in ((None, [-1, 2, -1, -1]), FELL)
assert run([1, 1, 1], f2) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-1, 2, -1]), FELL)
assert run([2, 0, 1], f2) in ((None, [-1, -1, 2, -1]), FELL)
assert run([2, 0, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1], f2) in ((None, [-1, 2, -1, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([2, 0, 1, 1], f2) in ((None, [-1, -1, 2, -1, 2, -1]), FELL)
assert run([2, 0, 1, 2], f2) in (('E2', [-1, -1, 2, -1]), FELL)
assert run([2, 1, 0, 1], f2) in ((None, [-1, 2, -1, -1, 2, -1]), FELL)
assert run([], f3) in ((None, []), FELL)
assert run([1], f3) in ((None, [-1, 3]), FELL)
assert run([2], f3) in ((None, [-1, 3, -1, 3]), FELL)
assert run([1, 1], f3) in ((None, [-1, -1, 3]), FELL)
assert run([1, 2], f3) in (('E2', [-1]), FELL)
assert run([2, 1], f3) in ((None, [-1, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1], f3) in ((None, [-1, -1, -1, 3]), FELL)
assert run([1, 1, 2], f3) in (('E2', [-1, -1]), FELL)
assert run([2, 0, 1], f3) in ((None, [-1, 3, -1, -1, 3]), FELL)
assert run([2, 0, 2], f3) in (('E2', [-1, 3, -1]), FELL)
assert run([2, 1, 1], f3) in ((None, [-1, -1, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [-1, -1, -1, -1, 3]), FELL)
assert run([1, 1, 1, 2], f3) in (('E2', [-1, -1, -1]), FELL)
assert run([2, 0, 1, 1], f3) in ((None, [-1, 3, -1, -1, -1, 3]), FELL)
assert run([2, 0, 1, 2], f3) in (('E2', [-1, 3, -1, -1]), FELL)
assert run([2, 1, 0, 1], f3) in ((None, [-1, -1, 3, -1, -1, 3]), FELL)
assert run([], f4) in ((6, []), FELL)
assert run([1], f4) in ((6, [1, -2, 5]), FELL)
assert run([1, 1], f4) in ((6, [1, -2, 3, 4, -2, 5]), FELL)
assert run([1, 2], f4) in ((6, [1, -2, 4, -2, 5]), FELL)
assert run([1, 0, 1], f4) in ((6, [1, -2, 5, 1, -2, 5]), FELL)
assert run([1, 1, 1], f4) in ((6, [1, -2, 3, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 1, 2], f4) in ((6, [1, -2, 3, 4, -2, 4, -2, 5]), FELL)
assert run([1, 2, 1], f4) in ((6, [1, -2, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 2, 2], f4) in ((6, [1, -2, 4, -2, 4, -2, 5]), FELL)
assert run([1, 0, 1, 1], f4) in ((6, [1, -2, 5, 1, -2, 3, 4, -2, 5]), FELL)
assert run([1, 0, 1, 2], f4) in ((6, [1, -2, 5, 1, -2, 4, -2, 5]), FELL)
assert run([1, 1, 0, 1], f4) in ((6, [1, -2, 3, 4, -2, 5, 1, -2, 5]), FELL)
assert run([1, 1, 1, 1], f4) in ((6, [1, -2, 3, 4, -2, 3, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 1, 1, 2], f4) in ((6, [1, -2, 3, 4, -2, 3, 4, -2, 4, -2, 5]), FELL)
assert run([1, 1, 2, 1], f4) in ((6, [1, -2, 3, 4, -2, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 1, 2, 2], f4) in ((6, [1, -2, 3, 4, -2, 4, -2, 4, -2, 5]), FELL)
