









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
    # depyf: could not decompile branch_try_else_finally_then_cold_try_return: a then-branch's try falls off past the code after the if at 122
    #     84            RESUME                   0
    #   
    #     85            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L1)
    #   
    #     86            NOP
    #   
    #    104            LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #     87    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       50 (to L6)
    #   
    #     88            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L4)
    #   
    #     89            NOP
    #   
    #     90    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (25)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     94    L3:     NOP
    #   
    #     96            RETURN_CONST             2 (30)
    #   
    #    102    L4:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       15 (to L6)
    #   
    #    103    L5:     NOP
    #   
    #    102            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L6)
    #                   JUMP_BACKWARD           15 (to L5)
    #   
    #    104    L6:     LOAD_FAST                2 (x)
    #                   LOAD_ATTR                2 (k)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     91            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #     92    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #     91    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L11:     NOP
    #   
    #     96            JUMP_FORWARD             5 (to L14)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #     96            RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     97   L14:     NOP
    #   
    #     98            NOP
    #   
    #    100            RETURN_CONST             3 (33)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #    100            RERAISE                  0
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
    raise RuntimeError("depyf: could not decompile branch_try_else_finally_then_cold_try_return: a then-branch's try falls off past the code after the if at 122")


def elif_chain_try_else_finally_cold_return(c, t, x, n, m):
    if c() or c():
        return x.k
    if c() and c():
        return x.k
    if c() or c():
        if c():
            try:
                x(25)
                return 30
            except E1:
                t(26)
            finally:
                t(31)
            return 33
        while c() and c():
            t(34)
    return x.k

assert run([], branch_try_else_finally_then_cold_try_return) in (('AttributeError', []), FELL)
assert run([0, 1, 1], branch_try_else_finally_then_cold_try_return) in ((30, [25]), FELL)
assert run([], elif_chain_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([0, 0, 0, 1, 1], elif_chain_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([0, 0, 0, 1, 1, 1], elif_chain_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([0, 0, 0, 1, 1, 2], elif_chain_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)

def if_try_else_finally_cold_return(c, t, x, n, m):
    if c():
        try:
            x(25)
            return 30
        except E1:
            t(26)
        finally:
            t(31)
        return 33
    return x.k

assert run([], if_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([1], if_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([1, 1], if_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([1, 2], if_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)
