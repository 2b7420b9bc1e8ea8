








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
    # depyf: could not decompile while_true_inner_clause_then_loop: unstructured backward jump at 70
    #     83            RESUME                   0
    #   
    #     84    L1:     NOP
    #   
    #     85    L2:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L4)
    #                   NOT_TAKEN
    #   
    #     86            NOP
    #   
    #     87    L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #     92    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           36 (to L1)
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L7)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L9)
    #   
    #     88    L7:     RERAISE                  0
    #   
    #     --    L8:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     90    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L10)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           75 (to L2)
    #   
    #     91   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           25 (to L9)
    #   ExceptionTable:
    #     L3 to L4 -> L5 [0]
    #     L5 to L6 -> L8 [1] lasti
    #     L7 to L8 -> L8 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_inner_clause_then_loop: unstructured backward jump at 70')


def while_true_inner_clause_then_call(c, t, x, n, m):
    # depyf: could not decompile while_true_inner_clause_then_call: unstructured backward jump at 70
    #     95           RESUME                   0
    #   
    #     96   L1:     NOP
    #   
    #     97   L2:     LOAD_FAST_BORROW         0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE       13 (to L4)
    #                  NOT_TAKEN
    #   
    #     98           NOP
    #   
    #     99   L3:     LOAD_GLOBAL              1 (E1 + NULL)
    #                  LOAD_SMALL_INT           5
    #                  CALL                     1
    #                  RAISE_VARARGS            1
    #   
    #    103   L4:     LOAD_FAST_BORROW         1 (t)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT           1
    #                  CALL                     1
    #                  POP_TOP
    #                  JUMP_BACKWARD           36 (to L1)
    #   
    #     --   L5:     PUSH_EXC_INFO
    #   
    #    100           LOAD_GLOBAL              0 (E1)
    #                  CHECK_EXC_MATCH
    #                  POP_JUMP_IF_FALSE       12 (to L7)
    #                  NOT_TAKEN
    #                  POP_TOP
    #   
    #    101           LOAD_FAST                2 (x)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT           7
    #                  CALL                     1
    #                  POP_TOP
    #          L6:     POP_EXCEPT
    #                  JUMP_FORWARD             4 (to L9)
    #   
    #    100   L7:     RERAISE                  0
    #   
    #     --   L8:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   
    #    102   L9:     LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT           2
    #                  CALL                     1
    #                  POP_TOP
    #                  JUMP_BACKWARD           70 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L5 [0]
    #     L5 to L6 -> L8 [1] lasti
    #     L7 to L8 -> L8 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_inner_clause_then_call: unstructured backward jump at 70')


def while_inner_clause_then_loop(c, t, x, n, m):
    while c():
        try:
            raise E1(5)
        except E1:
            x(7)
        while c():
            t(8)
    t(1)


def while_inner_clause_then_if_else(c, t, x, n, m):
    while c():
        try:
            x(5)
            return 3
        except E1:
            x(7)
        if c():
            t(8)
        else:
            t(9)
    t(1)


def while_inner_clause_then_for(c, t, x, n, m):
    while c():
        try:
            raise E2(5)
        except E2:
            t(7)
        for k in n():
            t(k)
    return 4

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
assert run([], while_inner_clause_then_if_else) in ((None, [1]), FELL)
assert run([1], while_inner_clause_then_if_else) in ((3, [-5]), FELL)
assert run([1, 1], while_inner_clause_then_if_else) in ((None, [-5, -7, 9, 1]), FELL)
assert run([1, 2], while_inner_clause_then_if_else) in (('E2', [-5]), FELL)
assert run([1, 1, 1], while_inner_clause_then_if_else) in (('E1', [-5, -7]), FELL)
assert run([1, 1, 2], while_inner_clause_then_if_else) in (('E2', [-5, -7]), FELL)
assert run([], while_inner_clause_then_for) in ((4, []), FELL)
assert run([1], while_inner_clause_then_for) in ((4, [7]), FELL)
assert run([1, 1], while_inner_clause_then_for) in ((4, [7, 0]), FELL)
assert run([1, 2], while_inner_clause_then_for) in ((4, [7, 0, 1]), FELL)
assert run([1, 0, 1], while_inner_clause_then_for) in ((4, [7, 7]), FELL)
assert run([1, 1, 1], while_inner_clause_then_for) in ((4, [7, 0, 7]), FELL)
