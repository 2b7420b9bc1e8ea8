






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
    # depyf: could not decompile f1: a for loop's else lies past the end of its region at 60
    #     79            RESUME                   0
    #   
    #     80    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L6)
    #                   NOT_TAKEN
    #   
    #     81            NOP
    #   
    #     82    L2:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                 4 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #     83            POP_TOP
    #           L3:     JUMP_BACKWARD           27 (to L1)
    #   
    #     82    L4:     END_FOR
    #                   POP_ITER
    #   
    #     85    L5:     LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #     80    L6:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     86            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       40 (to L17)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     87    L8:     NOP
    #   
    #     88    L9:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #                   JUMP_BACKWARD           56 (to L1)
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #     89            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L15)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #     90   L12:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #          L13:     POP_EXCEPT
    #                   JUMP_BACKWARD           74 (to L1)
    #   
    #     --   L14:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #     89   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     86   L17:     RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [0]
    #     L4 to L5 -> L7 [0]
    #     L7 to L8 -> L18 [1] lasti
    #     L9 to L10 -> L11 [1]
    #     L11 to L12 -> L16 [2] lasti
    #     L12 to L13 -> L18 [1] lasti
    #     L14 to L16 -> L16 [2] lasti
    #     L16 to L18 -> L18 [1] lasti
    raise RuntimeError("depyf: could not decompile f1: a for loop's else lies past the end of its region at 60")


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 86
    #     93            RESUME                   0
    #   
    #     94            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                36 (to L6)
    #                   STORE_FAST               5 (k)
    #   
    #     95            NOP
    #   
    #     96    L2:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                12 (to L4)
    #                   STORE_FAST               6 (i)
    #   
    #     97            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     98            POP_TOP
    #           L3:     JUMP_BACKWARD           25 (to L1)
    #   
    #     96    L4:     END_FOR
    #                   POP_ITER
    #   
    #    100            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    101    L5:     POP_TOP
    #                   LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #     94    L6:     END_FOR
    #                   POP_ITER
    #   
    #    104            LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    102            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    103            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           64 (to L1)
    #   
    #    102    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [1]
    #     L4 to L5 -> L7 [1]
    #     L7 to L8 -> L10 [2] lasti
    #     L9 to L10 -> L10 [2] lasti
    raise RuntimeError("depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 86")

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((7, []), FELL)
assert run([], f2) in ((5, []), FELL)
assert run([1], f2) in ((3, [2]), FELL)
assert run([1, 1], f2) in ((5, [-1]), FELL)
assert run([2, 1], f2) in ((3, [-1, 2]), FELL)
assert run([1, 1, 1], f2) in ((5, [-1, 4]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1, 1], f2) in ((3, [-1, 4, 2]), FELL)
assert run([2, 1, 0, 1], f2) in ((5, [-1, -1]), FELL)
assert run([2, 1, 1, 1], f2) in ((5, [-1, 4, -1]), FELL)
assert run([2, 1, 0, 1, 1], f2) in ((5, [-1, -1, 4]), FELL)
assert run([2, 1, 0, 1, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f2) in ((5, [-1, 4, -1, 4]), FELL)
assert run([2, 1, 1, 1, 2], f2) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 0], f1) in ((None, []), FELL)
assert run([1, 2, 1, 0, 0], f1) in ((7, []), FELL)
assert run([1, 0, 1], f1) in ((7, []), FELL)
