








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


def if_try_finally_inner_try_return_then_code(c, t, x, n, m):
    # depyf: could not decompile if_try_finally_inner_try_return_then_code: a try statement read twice, its handler at 174
    #     81            RESUME                   0
    #   
    #     82            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       22 (to L3)
    #                   NOT_TAKEN
    #   
    #     83            NOP
    #   
    #     84            NOP
    #   
    #     85    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     86    L2:     NOP
    #   
    #     98            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           2
    #                   RETURN_VALUE
    #   
    #     82    L3:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L4:     PUSH_EXC_INFO
    #   
    #     87            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L6)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     88    L5:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L8)
    #   
    #     87    L6:     RERAISE                  0
    #   
    #     --    L7:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     89    L8:     NOP
    #   
    #     90    L9:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92   L10:     JUMP_FORWARD             5 (to L13)
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #     92            RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     93   L13:     NOP
    #   
    #     94            NOP
    #   
    #     96            NOP
    #   
    #     98            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #     --   L14:     PUSH_EXC_INFO
    #   
    #     96            RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L16:     PUSH_EXC_INFO
    #   
    #     98            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L4 [0]
    #     L4 to L5 -> L7 [1] lasti
    #     L5 to L6 -> L16 [0]
    #     L6 to L7 -> L7 [1] lasti
    #     L7 to L8 -> L16 [0]
    #     L9 to L10 -> L11 [0]
    #     L10 to L11 -> L16 [0]
    #     L11 to L12 -> L12 [1] lasti
    #     L12 to L13 -> L16 [0]
    #     L14 to L15 -> L15 [1] lasti
    #     L15 to L16 -> L16 [0]
    #     L16 to L17 -> L17 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_finally_inner_try_return_then_code: a try statement read twice, its handler at 174')


def if_try_finally_inner_try_return_then_call(c, t, x, n, m):
    # depyf: could not decompile if_try_finally_inner_try_return_then_call: a try statement read twice, its handler at 160
    #    101            RESUME                   0
    #   
    #    102            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       22 (to L3)
    #                   NOT_TAKEN
    #   
    #    103            NOP
    #   
    #    104            NOP
    #   
    #    105    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    106    L2:     NOP
    #   
    #    111            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           2
    #                   RETURN_VALUE
    #   
    #    112    L3:     LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #     --    L4:     PUSH_EXC_INFO
    #   
    #    107            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L6)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    108            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L5:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L8)
    #   
    #    107    L6:     RERAISE                  0
    #   
    #     --    L7:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    109    L8:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    111    L9:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    112            LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    111            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L4 [0]
    #     L4 to L5 -> L7 [1] lasti
    #     L5 to L6 -> L10 [0]
    #     L6 to L7 -> L7 [1] lasti
    #     L7 to L9 -> L10 [0]
    #     L10 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_finally_inner_try_return_then_call: a try statement read twice, its handler at 160')

assert run([], if_try_finally_inner_try_return_then_code) in ((None, []), FELL)
assert run([1], if_try_finally_inner_try_return_then_code) in ((2, [-1, 14]), FELL)
assert run([1, 1], if_try_finally_inner_try_return_then_code) in ((7, [-1, -4, 14]), FELL)
assert run([1, 2], if_try_finally_inner_try_return_then_code) in (('E2', [-1, 14]), FELL)
assert run([1, 1, 1], if_try_finally_inner_try_return_then_code) in (('E1', [-1, -4, 14]), FELL)
assert run([1, 1, 2], if_try_finally_inner_try_return_then_code) in (('E2', [-1, -4, 14]), FELL)
assert run([], if_try_finally_inner_try_return_then_call) in ((5, []), FELL)
assert run([1], if_try_finally_inner_try_return_then_call) in ((2, [-1, 14]), FELL)
assert run([1, 1], if_try_finally_inner_try_return_then_call) in ((5, [-1, 3, -4, 14]), FELL)
assert run([1, 2], if_try_finally_inner_try_return_then_call) in (('E2', [-1, 14]), FELL)
assert run([1, 1, 1], if_try_finally_inner_try_return_then_call) in (('E1', [-1, 3, -4, 14]), FELL)
assert run([1, 1, 2], if_try_finally_inner_try_return_then_call) in (('E2', [-1, 3, -4, 14]), FELL)
