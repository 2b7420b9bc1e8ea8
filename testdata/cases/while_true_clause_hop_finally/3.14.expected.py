












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


def while_true_clause_hop_finally(c, t, x, n, m):
    while True:
        if c():
            pass
        else:
            try:
                try:
                    x(2)
                    return 3
                except E1:
                    t(5)
                continue
            finally:
                pass
        t(9)
        return 10


def while_true_clause_hop_finally_orphan(c, t, x, n, m):
    while True:
        if c():
            pass
        else:
            try:
                try:
                    x(2)
                    return 3
                except E1:
                    try:
                        pass
                    finally:
                        pass
                continue
            finally:
                pass
        while c():
            t(11)
        return 12


def while_true_named_clause_hop_finally(c, t, x, n, m):
    v = 0
    while True:
        if c():
            return v
        try:
            v += 1
            x(2)
            return v
        except E2 as e:
            t(5)
        finally:
            pass


def while_true_clause_hop_finally_two_clauses(c, t, x, n, m):
    while True:
        if c():
            return 10
        t(1)
        try:
            x(2)
            return 3
        except E1:
            t(5)
        except E2:
            t(6)
        finally:
            pass


def while_true_clause_hop_finally_body(c, t, x, n, m):
    # depyf: could not decompile while_true_clause_hop_finally_body: the finally body's copy past the region's end at 172
    #    154            RESUME                   0
    #   
    #    155    L1:     NOP
    #   
    #    156            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #    157            JUMP_FORWARD            20 (to L5)
    #   
    #    158    L2:     NOP
    #   
    #    159    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    160    L4:     NOP
    #   
    #    164            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #    165    L5:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L6)
    #                   NOT_TAKEN
    #   
    #    166            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           23 (to L5)
    #   
    #    167    L6:     LOAD_SMALL_INT          13
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    161            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    162            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    161    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    162   L11:     NOP
    #   
    #    164            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           96 (to L1)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    164            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L12 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_clause_hop_finally_body: the finally body's copy past the region's end at 172")


def while_true_clause_hop_finally_body_orphan(c, t, x, n, m):
    # depyf: could not decompile while_true_clause_hop_finally_body_orphan: the finally body's copy past the region's end at 154
    #    170            RESUME                   0
    #   
    #    171    L1:     NOP
    #   
    #    172            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #    173            JUMP_FORWARD            20 (to L5)
    #   
    #    174    L2:     NOP
    #   
    #    175    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    176    L4:     NOP
    #   
    #    183            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #    184    L5:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L6)
    #                   NOT_TAKEN
    #   
    #    185            JUMP_BACKWARD           15 (to L5)
    #   
    #    184    L6:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    177            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    178    L8:     NOP
    #   
    #    179            NOP
    #   
    #    181    L9:     POP_EXCEPT
    #                   JUMP_FORWARD             9 (to L14)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    181            RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    177   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    181   L14:     NOP
    #   
    #    183            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           87 (to L1)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #    183            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L7 [0]
    #     L7 to L8 -> L13 [1] lasti
    #     L9 to L10 -> L15 [0]
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L15 [0]
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_clause_hop_finally_body_orphan: the finally body's copy past the region's end at 154")

assert run([], while_true_clause_hop_finally) in ((3, [-2]), FELL)
assert run([1], while_true_clause_hop_finally) in ((10, [9]), FELL)
assert run([0, 1], while_true_clause_hop_finally) in ((3, [-2, 5, -2]), FELL)
assert run([0, 2], while_true_clause_hop_finally) in (('E2', [-2]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally) in ((10, [-2, 5, 9]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally) in ((3, [-2, 5, -2, 5, -2]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally) in (('E2', [-2, 5, -2]), FELL)
assert run([0, 1, 0, 1, 1], while_true_clause_hop_finally) in ((10, [-2, 5, -2, 5, 9]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_clause_hop_finally) in ((3, [-2, 5, -2, 5, -2, 5, -2]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_clause_hop_finally) in (('E2', [-2, 5, -2, 5, -2]), FELL)
assert run([], while_true_clause_hop_finally_orphan) in ((3, [-2]), FELL)
assert run([1], while_true_clause_hop_finally_orphan) in ((12, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_orphan) in ((3, [-2, -2]), FELL)
assert run([0, 2], while_true_clause_hop_finally_orphan) in (('E2', [-2]), FELL)
assert run([1, 1], while_true_clause_hop_finally_orphan) in ((12, [11]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_orphan) in ((12, [-2]), FELL)
assert run([1, 1, 1], while_true_clause_hop_finally_orphan) in ((12, [11, 11]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_orphan) in ((3, [-2, -2, -2]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_orphan) in (('E2', [-2, -2]), FELL)
assert run([0, 1, 1, 1], while_true_clause_hop_finally_orphan) in ((12, [-2, 11]), FELL)
assert run([], while_true_named_clause_hop_finally) in ((1, [-2]), FELL)
assert run([1], while_true_named_clause_hop_finally) in ((0, []), FELL)
assert run([0, 1], while_true_named_clause_hop_finally) in (('E1', [-2]), FELL)
assert run([0, 2], while_true_named_clause_hop_finally) in ((2, [-2, 5, -2]), FELL)
assert run([0, 2, 1], while_true_named_clause_hop_finally) in ((1, [-2, 5]), FELL)
assert run([0, 2, 0, 1], while_true_named_clause_hop_finally) in (('E1', [-2, 5, -2]), FELL)
assert run([0, 2, 0, 2], while_true_named_clause_hop_finally) in ((3, [-2, 5, -2, 5, -2]), FELL)
assert run([0, 2, 0, 2, 1], while_true_named_clause_hop_finally) in ((2, [-2, 5, -2, 5]), FELL)
assert run([0, 2, 0, 2, 0, 1], while_true_named_clause_hop_finally) in (('E1', [-2, 5, -2, 5, -2]), FELL)
assert run([0, 2, 0, 2, 0, 2], while_true_named_clause_hop_finally) in ((4, [-2, 5, -2, 5, -2, 5, -2]), FELL)
assert run([], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2]), FELL)
assert run([1], while_true_clause_hop_finally_two_clauses) in ((10, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 5, 1, -2]), FELL)
assert run([0, 2], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 6, 1, -2]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_two_clauses) in ((10, [1, -2, 5]), FELL)
assert run([0, 2, 1], while_true_clause_hop_finally_two_clauses) in ((10, [1, -2, 6]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 5, 1, -2, 5, 1, -2]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 5, 1, -2, 6, 1, -2]), FELL)
assert run([0, 2, 0, 1], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 6, 1, -2, 5, 1, -2]), FELL)
assert run([0, 2, 0, 2], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 6, 1, -2, 6, 1, -2]), FELL)
assert run([], while_true_clause_hop_finally_body) in ((3, [-2, 11]), FELL)
assert run([1], while_true_clause_hop_finally_body) in ((13, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_body) in ((3, [-2, 5, 11, -2, 11]), FELL)
assert run([0, 2], while_true_clause_hop_finally_body) in (('E2', [-2, 11]), FELL)
assert run([1, 1], while_true_clause_hop_finally_body) in ((13, [12]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_body) in ((13, [-2, 5, 11]), FELL)
assert run([1, 1, 1], while_true_clause_hop_finally_body) in ((13, [12, 12]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_body) in ((3, [-2, 5, 11, -2, 5, 11, -2, 11]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_body) in (('E2', [-2, 5, 11, -2, 11]), FELL)
assert run([0, 1, 1, 1], while_true_clause_hop_finally_body) in ((13, [-2, 5, 11, 12]), FELL)
assert run([], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11]), FELL)
assert run([1], while_true_clause_hop_finally_body_orphan) in ((None, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11, -2, 11]), FELL)
assert run([0, 2], while_true_clause_hop_finally_body_orphan) in (('E2', [-2, 11]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_body_orphan) in ((None, [-2, 11]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11, -2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_body_orphan) in (('E2', [-2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 1, 1], while_true_clause_hop_finally_body_orphan) in ((None, [-2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11, -2, 11, -2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_clause_hop_finally_body_orphan) in (('E2', [-2, 11, -2, 11, -2, 11]), FELL)
