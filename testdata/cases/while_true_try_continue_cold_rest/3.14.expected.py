






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


def while_true_try_continue_then_try_chained_if(c, t, x, n, m):
    # depyf: could not decompile while_true_try_continue_then_try_chained_if: except clause jumps back outside a loop at 206
    #     79            RESUME                   0
    #   
    #     80    L1:     NOP
    #   
    #     81            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       15 (to L2)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #     82            JUMP_FORWARD            11 (to L5)
    #   
    #     83    L2:     NOP
    #   
    #     84    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     85    L4:     JUMP_BACKWARD           39 (to L1)
    #   
    #     93    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     86            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     87    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #     86    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     88   L10:     NOP
    #   
    #     89   L11:     LOAD_SMALL_INT           0
    #                   LOAD_GLOBAL              3 (len + NULL)
    #                   LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   CALL                     1
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        8 (to L12)
    #                   NOT_TAKEN
    #                   LOAD_SMALL_INT           5
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        7 (to L15)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD             3 (to L14)
    #          L12:     POP_TOP
    #          L13:     JUMP_BACKWARD           98 (to L1)
    #   
    #     90   L14:     JUMP_BACKWARD          100 (to L1)
    #   
    #     89   L15:     JUMP_BACKWARD          102 (to L1)
    #   
    #     --   L16:     PUSH_EXC_INFO
    #   
    #     91            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     92   L17:     POP_EXCEPT
    #                   JUMP_BACKWARD          116 (to L1)
    #   
    #     91   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L6 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L8 to L9 -> L9 [1] lasti
    #     L11 to L13 -> L16 [0]
    #     L16 to L17 -> L19 [1] lasti
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_continue_then_try_chained_if: except clause jumps back outside a loop at 206')


def while_true_try_continue_then_try_if(c, t, x, n, m):
    # depyf: could not decompile while_true_try_continue_then_try_if: a statement (Continue) after continue in the same block (a misread layout)
    #     96            RESUME                   0
    #   
    #     97    L1:     NOP
    #   
    #     98            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #     99            JUMP_FORWARD            11 (to L5)
    #   
    #    100    L2:     NOP
    #   
    #    101    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    102    L4:     JUMP_BACKWARD           26 (to L1)
    #   
    #    110    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    103            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    104    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #    103    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    105   L10:     NOP
    #   
    #    106   L11:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L13)
    #          L12:     NOT_TAKEN
    #   
    #    107            JUMP_BACKWARD           67 (to L1)
    #   
    #    106   L13:     JUMP_BACKWARD           69 (to L1)
    #   
    #     --   L14:     PUSH_EXC_INFO
    #   
    #    108            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    109   L15:     POP_EXCEPT
    #                   JUMP_BACKWARD           83 (to L1)
    #   
    #    108   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L6 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L8 to L9 -> L9 [1] lasti
    #     L11 to L12 -> L14 [0]
    #     L14 to L15 -> L17 [1] lasti
    #     L16 to L17 -> L17 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_continue_then_try_if: a statement (Continue) after continue in the same block (a misread layout)')


def while_true_try_continue_then_try_call(c, t, x, n, m):
    while True:
        if c():
            pass
        else:
            try:
                x(3)
                continue
            except E1:
                pass
            try:
                x(4)
                continue
            except E1:
                continue
        return t(9)


def while_true_try_continue_then_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(3)
            continue
        except E1:
            pass
        if c():
            t(5)
    return t(9)

assert run([], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_try_chained_if) in (('E2', [-3]), FELL)
assert run([1, 1], while_true_try_continue_then_try_chained_if) in ((None, [9]), FELL)
assert run([1, 0, 1], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_try_chained_if) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], while_true_try_continue_then_try_chained_if) in ((None, [-3, 9]), FELL)
assert run([1, 0, 1, 0, 1], while_true_try_continue_then_try_chained_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_continue_then_try_chained_if) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 0, 0, 0, 1, 1], while_true_try_continue_then_try_chained_if) in ((None, [-3, -3, 9]), FELL)
assert run([], while_true_try_continue_then_try_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_try_if) in ((None, [9]), FELL)
assert run([0, 1], while_true_try_continue_then_try_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_try_if) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_continue_then_try_if) in ((None, [-3, 9]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_try_if) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 0, 0, 1], while_true_try_continue_then_try_if) in ((None, [-3, -3, 9]), FELL)
assert run([0, 1, 0, 0, 1], while_true_try_continue_then_try_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_continue_then_try_if) in (('E2', [-3, -3, -3]), FELL)
assert run([], while_true_try_continue_then_try_call) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_try_call) in ((None, [9]), FELL)
assert run([0, 1], while_true_try_continue_then_try_call) in (('Budget', [-3, -4, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_try_call) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_continue_then_try_call) in ((None, [-3, 9]), FELL)
assert run([0, 1, 2], while_true_try_continue_then_try_call) in (('E2', [-3, -4]), FELL)
assert run([0, 0, 0, 1], while_true_try_continue_then_try_call) in (('Budget', [-3, -3, -4, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_try_call) in (('E2', [-3, -3]), FELL)
assert run([0, 1, 0, 1], while_true_try_continue_then_try_call) in ((None, [-3, -4, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_try_continue_then_try_call) in ((None, [-3, -3, 9]), FELL)
assert run([0, 0, 0, 1, 2], while_true_try_continue_then_try_call) in (('E2', [-3, -3, -4]), FELL)
assert run([0, 1, 0, 0, 1], while_true_try_continue_then_try_call) in (('Budget', [-3, -4, -3, -4, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([], while_true_try_continue_then_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([1], while_true_try_continue_then_if) in ((None, [9]), FELL)
assert run([0, 1], while_true_try_continue_then_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 2], while_true_try_continue_then_if) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_continue_then_if) in ((None, [-3, 9]), FELL)
assert run([0, 1, 1], while_true_try_continue_then_if) in (('Budget', [-3, 5, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 0, 0, 2], while_true_try_continue_then_if) in (('E2', [-3, -3]), FELL)
assert run([0, 1, 1, 1], while_true_try_continue_then_if) in ((None, [-3, 5, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_try_continue_then_if) in ((None, [-3, -3, 9]), FELL)
assert run([0, 0, 0, 1, 1], while_true_try_continue_then_if) in (('Budget', [-3, -3, 5, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 0, 0, 1], while_true_try_continue_then_if) in (('Budget', [-3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 0, 1], while_true_try_continue_then_if) in (('Budget', [-3, 5, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3, -3]), FELL)
