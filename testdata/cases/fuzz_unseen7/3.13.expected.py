











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


def while_true_never_looping_in_try(c, t, x, n, m):
    while True:
        try:
            if c():
                t(1)
                continue
        except E1:
            while not c():
                pass
            return 4
        return 2


def else_of_orphan_tries_in_finally(c, t, x, n, m):
    # depyf: could not decompile else_of_orphan_tries_in_finally: a statement (ExprStmt) after return in the same block (a misread layout)
    #    100            RESUME                   0
    #   
    #    102            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L1)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       80 (to L9)
    #   
    #    103    L1:     NOP
    #   
    #    104    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L3)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       36 (to L7)
    #   
    #    105    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    104            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #           L4:     JUMP_BACKWARD           22 (to L3)
    #           L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L7)
    #           L6:     JUMP_BACKWARD           36 (to L3)
    #   
    #    106    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    110    L8:     NOP
    #   
    #    111            NOP
    #   
    #    119            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (25)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             4 (16)
    #   
    #    102    L9:     RETURN_CONST             0 (None)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    112            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L12)
    #                   POP_TOP
    #   
    #    113   L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    112   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    114   L14:     NOP
    #   
    #    115   L15:     JUMP_FORWARD            32 (to L24)
    #   
    #     --   L16:     PUSH_EXC_INFO
    #   
    #    116            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L18)
    #                   POP_TOP
    #   
    #    117   L17:     POP_EXCEPT
    #                   JUMP_FORWARD            20 (to L24)
    #   
    #    116   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L20:     PUSH_EXC_INFO
    #   
    #    107            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L22)
    #                   POP_TOP
    #   
    #    108   L21:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L24)
    #   
    #    107   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    119   L24:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (25)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L25:     PUSH_EXC_INFO
    #   
    #    119            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (25)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L26:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L4 -> L20 [0]
    #     L5 to L6 -> L20 [0]
    #     L7 to L8 -> L20 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L11 to L12 -> L25 [0]
    #     L12 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L25 [0]
    #     L15 to L16 -> L25 [0]
    #     L16 to L17 -> L19 [1] lasti
    #     L17 to L18 -> L25 [0]
    #     L18 to L19 -> L19 [1] lasti
    #     L19 to L20 -> L25 [0]
    #     L20 to L21 -> L23 [1] lasti
    #     L21 to L22 -> L25 [0]
    #     L22 to L23 -> L23 [1] lasti
    #     L23 to L24 -> L25 [0]
    #     L25 to L26 -> L26 [1] lasti
    raise RuntimeError('depyf: could not decompile else_of_orphan_tries_in_finally: a statement (ExprStmt) after return in the same block (a misread layout)')


def clause_with_returning_value_finally_if(c, t, x, n, m):
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return v, w
    except E2 as e:
        pass
    else:
        pass
    finally:
        if c():
            pass

assert run([1, 1, 0], while_true_never_looping_in_try) in ((2, [1, 1]), FELL)
assert run([0], while_true_never_looping_in_try) in ((2, []), FELL)
assert run([1, 1, 1], else_of_orphan_tries_in_finally) in ((None, [-6, 25]), FELL)
assert run([1, 0, 0], else_of_orphan_tries_in_finally) in ((16, [7, 25]), FELL)
assert run([0, 0], else_of_orphan_tries_in_finally) in ((None, []), FELL)
assert run([0, 1, 1, 0, 0, 0], else_of_orphan_tries_in_finally) in ((16, [-6, 7, 25]), FELL)
assert run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21, ('enter', 26), ('exit', 26, False)]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
