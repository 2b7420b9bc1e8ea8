







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


def branch_try_else_finally_then_cold_try_return(c, t, x, n, m):
    # depyf: could not decompile branch_try_else_finally_then_cold_try_return: a statement (Return) after return in the same block (a misread layout)
    #     82            RESUME                   0
    #   
    #     83            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L1)
    #   
    #     84            NOP
    #   
    #    102            LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #     85    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       50 (to L6)
    #   
    #     86            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L4)
    #   
    #     87            NOP
    #   
    #     88    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (25)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92    L3:     NOP
    #   
    #     94            RETURN_CONST             2 (30)
    #   
    #    100    L4:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       15 (to L6)
    #   
    #    101    L5:     NOP
    #   
    #    100            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L6)
    #                   JUMP_BACKWARD           15 (to L5)
    #   
    #    102    L6:     LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     89            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #     90    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #     89    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     90   L11:     NOP
    #   
    #     94            JUMP_FORWARD             5 (to L14)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #     94            RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     95   L14:     NOP
    #   
    #     96            NOP
    #   
    #     98            RETURN_CONST             3 (33)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #     98            RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L12 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_try_else_finally_then_cold_try_return: a statement (Return) after return in the same block (a misread layout)')


def elif_chain_try_else_finally_cold_return(c, t, x, n, m):
    # depyf: could not decompile elif_chain_try_else_finally_cold_return: the finally body's copy past the region's end at 448
    #    105            RESUME                   0
    #   
    #    106            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L1)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L2)
    #   
    #    107    L1:     NOP
    #   
    #    124            LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #    108    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L3)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L3)
    #   
    #    109            NOP
    #   
    #    124            LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #    110    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L4)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       89 (to L9)
    #   
    #    111    L4:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L7)
    #   
    #    112            NOP
    #   
    #    113    L5:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (25)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    117    L6:     NOP
    #   
    #    119            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (31)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             3 (30)
    #   
    #    122    L7:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       46 (to L9)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       34 (to L9)
    #   
    #    123    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (34)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    122            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       14 (to L9)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L9)
    #                   JUMP_BACKWARD           34 (to L8)
    #   
    #    124    L9:     LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    114            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L12)
    #                   POP_TOP
    #   
    #    115            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (26)
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    114   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    115   L14:     NOP
    #   
    #    119            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (31)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    120            RETURN_CONST             5 (33)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #    119            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (31)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L5 to L6 -> L10 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L11 to L12 -> L15 [0]
    #     L12 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L15 [0]
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError("depyf: could not decompile elif_chain_try_else_finally_cold_return: the finally body's copy past the region's end at 448")

assert run([], branch_try_else_finally_then_cold_try_return) in (('AttributeError', []), FELL)
assert run([0, 1, 1], branch_try_else_finally_then_cold_try_return) in ((30, [25]), FELL)
assert run([], elif_chain_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([0, 0, 0, 1, 1], elif_chain_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([0, 0, 0, 1, 1, 1], elif_chain_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([0, 0, 0, 1, 1, 2], elif_chain_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)
