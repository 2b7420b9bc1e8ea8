




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


def while_true_elif_try_break_clause_pass_then_for(c, t, x, n, m):
    # depyf: could not decompile while_true_elif_try_break_clause_pass_then_for: a statement (For) after try in the same block (a misread layout)
    #     77            RESUME                   0
    #   
    #     78            NOP
    #   
    #     79    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L2)
    #   
    #     80            JUMP_FORWARD            23 (to L6)
    #   
    #     81    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L5)
    #   
    #     82            NOP
    #   
    #     83    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (14)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     84    L4:     RETURN_CONST             0 (None)
    #   
    #     90    L5:     NOP
    #   
    #     78    L6:     JUMP_BACKWARD           38 (to L1)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     85            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #     86    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #     85    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     87   L11:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #          L12:     FOR_ITER                11 (to L13)
    #                   STORE_FAST               5 (j)
    #   
    #     88            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (16)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           13 (to L12)
    #   
    #     87   L13:     END_FOR
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 41 (to L6)
    #   ExceptionTable:
    #     L3 to L4 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_elif_try_break_clause_pass_then_for: a statement (For) after try in the same block (a misread layout)')

assert run([], while_true_elif_try_break_clause_pass_then_for) in (('Budget', []), FELL)
assert run([1, 1], while_true_elif_try_break_clause_pass_then_for) in ((None, [-14]), FELL)
assert run([1, 1, 1], while_true_elif_try_break_clause_pass_then_for) in (('Budget', [-14]), FELL)
assert run([1, 1, 2], while_true_elif_try_break_clause_pass_then_for) in (('E2', [-14]), FELL)
assert run([1, 1, 1, 1], while_true_elif_try_break_clause_pass_then_for) in (('Budget', [-14, 16]), FELL)
assert run([1, 1, 1, 2], while_true_elif_try_break_clause_pass_then_for) in (('Budget', [-14, 16, 16]), FELL)
assert run([1, 1, 1, 0, 1, 1], while_true_elif_try_break_clause_pass_then_for) in ((None, [-14, -14]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_true_elif_try_break_clause_pass_then_for) in ((None, [-14, 16, -14]), FELL)
assert run([1, 0, 2], while_true_elif_try_break_clause_pass_then_for) in (('Budget', []), FELL)
