








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


def elif_try_else_return_then_else_return(c, t, x, n, m):
    # depyf: could not decompile elif_try_else_return_then_else_return: a then-branch's try falls off past the code after the if at 80
    #     81            RESUME                   0
    #   
    #     82            NOP
    #   
    #     83    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L4)
    #           L2:     NOT_TAKEN
    #   
    #     84    L3:     JUMP_FORWARD            26 (to L9)
    #   
    #     85    L4:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L8)
    #           L5:     NOT_TAKEN
    #   
    #     86            NOP
    #   
    #     87    L6:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     91    L7:     LOAD_SMALL_INT          13
    #                   RETURN_VALUE
    #   
    #     93    L8:     LOAD_SMALL_INT          21
    #                   RETURN_VALUE
    #   
    #     97    L9:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89   L11:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 15 (to L9)
    #   
    #     88   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #     94            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L17)
    #                   NOT_TAKEN
    #                   STORE_FAST               5 (e)
    #   
    #     95   L15:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L16:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #     94   L17:     RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L14 [0]
    #     L3 to L5 -> L14 [0]
    #     L6 to L7 -> L10 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L11 to L12 -> L14 [0]
    #     L12 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L14 [0]
    #     L14 to L15 -> L18 [1] lasti
    #     L16 to L18 -> L18 [1] lasti
    raise RuntimeError("depyf: could not decompile elif_try_else_return_then_else_return: a then-branch's try falls off past the code after the if at 80")


def elif_try_else_return_then_else_return_code_after(c, t, x, n, m):
    # depyf: could not decompile elif_try_else_return_then_else_return_code_after: a then-branch's try falls off past the code after the if at 96
    #    100            RESUME                   0
    #   
    #    101            NOP
    #   
    #    102    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L5)
    #           L2:     NOT_TAKEN
    #   
    #    103    L3:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #           L4:     JUMP_FORWARD            26 (to L10)
    #   
    #    104    L5:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #           L6:     NOT_TAKEN
    #   
    #    105            NOP
    #   
    #    106    L7:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    110    L8:     LOAD_SMALL_INT          13
    #                   RETURN_VALUE
    #   
    #    112    L9:     LOAD_SMALL_INT          21
    #                   RETURN_VALUE
    #   
    #    115   L10:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          23
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #    107            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    108            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #          L12:     POP_EXCEPT
    #          L13:     JUMP_BACKWARD_NO_INTERRUPT 31 (to L10)
    #   
    #    107   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L16:     PUSH_EXC_INFO
    #   
    #    113            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    114            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #          L17:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 56 (to L10)
    #   
    #    113   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L16 [0]
    #     L3 to L4 -> L16 [0]
    #     L5 to L6 -> L16 [0]
    #     L7 to L8 -> L11 [0]
    #     L11 to L12 -> L15 [1] lasti
    #     L12 to L13 -> L16 [0]
    #     L14 to L15 -> L15 [1] lasti
    #     L15 to L16 -> L16 [0]
    #     L16 to L17 -> L19 [1] lasti
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError("depyf: could not decompile elif_try_else_return_then_else_return_code_after: a then-branch's try falls off past the code after the if at 96")

assert run([], elif_try_else_return_then_else_return) in ((21, []), FELL)
assert run([1], elif_try_else_return_then_else_return) in ((None, []), FELL)
assert run([0, 1], elif_try_else_return_then_else_return) in ((13, [-9]), FELL)
assert run([0, 1, 1], elif_try_else_return_then_else_return) in ((None, [-9]), FELL)
assert run([], elif_try_else_return_then_else_return_code_after) in ((21, []), FELL)
assert run([1], elif_try_else_return_then_else_return_code_after) in ((None, [1, 23]), FELL)
assert run([0, 1], elif_try_else_return_then_else_return_code_after) in ((13, [-9]), FELL)
assert run([0, 1, 1], elif_try_else_return_then_else_return_code_after) in ((None, [-9, 10, 23]), FELL)
assert run([0, 1, 2], elif_try_else_return_then_else_return_code_after) in ((None, [-9, 22, 23]), FELL)
