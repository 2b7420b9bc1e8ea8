




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


def while_true_inner_clause_then_loop(c, t, x, n, m):
    # depyf: could not decompile while_true_inner_clause_then_loop: a statement (While) after while in the same block (a misread layout)
    #     79            RESUME                   0
    #   
    #     80            NOP
    #   
    #     81    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L4)
    #   
    #     82    L2:     NOP
    #   
    #     83    L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #     88    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     80            JUMP_BACKWARD           34 (to L1)
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #     84            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L7)
    #                   POP_TOP
    #   
    #     85            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L9)
    #   
    #     84    L7:     RERAISE                  0
    #   
    #     --    L8:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     86    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       22 (to L11)
    #   
    #     87   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     86            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L11)
    #                   JUMP_BACKWARD           22 (to L10)
    #   
    #     81   L11:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L12)
    #                   JUMP_BACKWARD           94 (to L2)
    #          L12:     JUMP_BACKWARD_NO_INTERRUPT 83 (to L4)
    #   ExceptionTable:
    #     L3 to L4 -> L5 [0]
    #     L5 to L6 -> L8 [1] lasti
    #     L7 to L8 -> L8 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_inner_clause_then_loop: a statement (While) after while in the same block (a misread layout)')


def while_true_inner_clause_then_call(c, t, x, n, m):
    while True:
        while c():
            try:
                raise E1(5)
            except E1:
                x(7)
            t(2)
        t(1)


def while_inner_clause_then_loop(c, t, x, n, m):
    # depyf: could not decompile while_inner_clause_then_loop: a statement (While) after return in the same block (a misread layout)
    #    102            RESUME                   0
    #   
    #    103            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L3)
    #   
    #    104    L1:     NOP
    #   
    #    105    L2:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    110    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (1)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L4:     PUSH_EXC_INFO
    #   
    #    106            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L6)
    #                   POP_TOP
    #   
    #    107            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #           L5:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L8)
    #   
    #    106    L6:     RERAISE                  0
    #   
    #     --    L7:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    108    L8:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       22 (to L10)
    #   
    #    109    L9:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    108            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L10)
    #                   JUMP_BACKWARD           22 (to L9)
    #   
    #    103   L10:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L11)
    #                   JUMP_BACKWARD           93 (to L1)
    #          L11:     JUMP_BACKWARD_NO_INTERRUPT 82 (to L3)
    #   ExceptionTable:
    #     L2 to L3 -> L4 [0]
    #     L4 to L5 -> L7 [1] lasti
    #     L6 to L7 -> L7 [1] lasti
    raise RuntimeError('depyf: could not decompile while_inner_clause_then_loop: a statement (While) after return in the same block (a misread layout)')

assert run([], while_true_inner_clause_then_loop) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_inner_clause_then_loop) in (('Budget', [-7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], while_true_inner_clause_then_loop) in (('Budget', [1, -7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], while_true_inner_clause_then_loop) in (('E1', [-7]), FELL)
assert run([1, 2], while_true_inner_clause_then_loop) in (('E2', [-7]), FELL)
assert run([0, 0, 1], while_true_inner_clause_then_loop) in (('Budget', [1, 1, -7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([], while_true_inner_clause_then_call) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_inner_clause_then_call) in (('Budget', [-7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], while_true_inner_clause_then_call) in (('Budget', [1, -7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], while_true_inner_clause_then_call) in (('E1', [-7]), FELL)
assert run([1, 2], while_true_inner_clause_then_call) in (('E2', [-7]), FELL)
assert run([0, 0, 1], while_true_inner_clause_then_call) in (('Budget', [1, 1, -7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([], while_inner_clause_then_loop) in ((None, [1]), FELL)
assert run([1], while_inner_clause_then_loop) in ((None, [-7, 1]), FELL)
assert run([1, 1], while_inner_clause_then_loop) in (('E1', [-7]), FELL)
assert run([1, 2], while_inner_clause_then_loop) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_inner_clause_then_loop) in ((None, [-7, 8, 1]), FELL)
assert run([1, 0, 0, 1], while_inner_clause_then_loop) in ((None, [-7, -7, 1]), FELL)
