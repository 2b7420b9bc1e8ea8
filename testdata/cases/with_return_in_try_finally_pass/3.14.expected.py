





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


def else_with_return_except_finally_pass(c, t, x, n, m):
    # depyf: could not decompile else_with_return_except_finally_pass: a try statement read twice, its handler at 196
    #     80            RESUME                   0
    #   
    #     81            NOP
    #   
    #     82    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     86    L2:     NOP
    #   
    #     87    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     STORE_FAST               5 (w)
    #   
    #     88            NOP
    #   
    #     87    L5:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #     92    L6:     LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #     87    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #          L10:     JUMP_FORWARD            35 (to L18)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L12:     PUSH_EXC_INFO
    #   
    #     89            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       19 (to L16)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #     90   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #          L14:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L18)
    #   
    #     --   L15:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #     89   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L18:     NOP
    #   
    #     93            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #     92            RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L21:     PUSH_EXC_INFO
    #   
    #     83            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L23)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     84   L22:     POP_EXCEPT
    #   
    #     93            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #     83   L23:     RERAISE                  0
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L21 [0]
    #     L3 to L4 -> L12 [0]
    #     L4 to L5 -> L7 [2] lasti
    #     L5 to L6 -> L12 [0]
    #     L7 to L9 -> L11 [4] lasti
    #     L9 to L10 -> L12 [0]
    #     L10 to L11 -> L19 [0]
    #     L11 to L12 -> L12 [0]
    #     L12 to L13 -> L17 [1] lasti
    #     L13 to L14 -> L15 [1] lasti
    #     L14 to L15 -> L19 [0]
    #     L15 to L17 -> L17 [1] lasti
    #     L17 to L18 -> L19 [0]
    #     L19 to L20 -> L20 [1] lasti
    #     L21 to L22 -> L24 [1] lasti
    #     L23 to L24 -> L24 [1] lasti
    raise RuntimeError('depyf: could not decompile else_with_return_except_finally_pass: a try statement read twice, its handler at 196')


def with_return_except_finally_pass(c, t, x, n, m):
    t(0)
    try:
        with m(2):
            return 3
    except E1:
        t(4)
    finally:
        pass
    return c()

assert run([], else_with_return_except_finally_pass) in ((3, [-1, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], else_with_return_except_finally_pass) in ((0, [-1]), FELL)
assert run([2], else_with_return_except_finally_pass) in (('E2', [-1]), FELL)
assert run([1, 1], else_with_return_except_finally_pass) in ((1, [-1]), FELL)
assert run([1, 2], else_with_return_except_finally_pass) in ((2, [-1]), FELL)
assert run([], with_return_except_finally_pass) in ((3, [0, ('enter', 2), ('exit', 2, False)]), FELL)
