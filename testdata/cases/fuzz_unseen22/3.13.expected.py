






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


def while_true_if_break_try_for_else_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while not c():
                x(5)
            for k in n():
                pass
            continue
        except E1:
            pass
        finally:
            if c():
                pass
    t(12)


def while_true_if_break_try_continue_clause_finally_if_else(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                t(9)
            else:
                t(10)
    t(12)


def while_true_if_break_try_continue_clauses_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        except E2:
            pass
        finally:
            if c():
                t(9)
    t(12)


def while_true_if_break_try_continue_clause_finally_if_then_code(c, t, x, n, m):
    # depyf: could not decompile while_true_if_break_try_continue_clause_finally_if_then_code: the normal exit's copy of the finally body after an inner handler, at 148, goes on elsewhere than the region
    #    132            RESUME                   0
    #   
    #    133    L1:     NOP
    #   
    #    134    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L3)
    #   
    #    135            JUMP_FORWARD            26 (to L7)
    #   
    #    136    L3:     NOP
    #   
    #    137    L4:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    138    L5:     NOP
    #   
    #    142            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L6)
    #                   JUMP_BACKWARD           38 (to L1)
    #   
    #    143    L6:     JUMP_BACKWARD           40 (to L1)
    #   
    #    145    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (12)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    139            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L10)
    #                   POP_TOP
    #   
    #    140            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    139   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    140   L12:     NOP
    #   
    #    142            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L13)
    #   
    #    143            NOP
    #   
    #     --   L13:     JUMP_FORWARD            18 (to L17)
    #          L14:     PUSH_EXC_INFO
    #   
    #    142            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L15)
    #   
    #    143            RERAISE                  0
    #   
    #    142   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    144   L17:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (11)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    133            JUMP_BACKWARD          115 (to L2)
    #   ExceptionTable:
    #     L4 to L5 -> L8 [0]
    #     L8 to L9 -> L11 [1] lasti
    #     L9 to L10 -> L14 [0]
    #     L10 to L11 -> L11 [1] lasti
    #     L11 to L12 -> L14 [0]
    #     L14 to L16 -> L16 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_if_break_try_continue_clause_finally_if_then_code: the normal exit's copy of the finally body after an inner handler, at 148, goes on elsewhere than the region")


def for_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    for i in n():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_c_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    # depyf: could not decompile while_c_if_break_try_continue_clause_finally_if: the normal exit's copy of the finally body after an inner handler, at 170, goes on elsewhere than the region
    #    163            RESUME                   0
    #   
    #    164    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       39 (to L7)
    #   
    #    165    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L3)
    #   
    #    166            JUMP_FORWARD            26 (to L7)
    #   
    #    167    L3:     NOP
    #   
    #    168    L4:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    169    L5:     NOP
    #   
    #    173            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L6)
    #                   JUMP_BACKWARD           49 (to L1)
    #   
    #    174    L6:     JUMP_BACKWARD           51 (to L1)
    #   
    #    175    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (12)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    170            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L10)
    #                   POP_TOP
    #   
    #    171            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    170   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    171   L12:     NOP
    #   
    #    173            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L13)
    #   
    #    174            NOP
    #   
    #     --   L13:     JUMP_FORWARD            18 (to L17)
    #          L14:     PUSH_EXC_INFO
    #   
    #    173            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L15)
    #   
    #    174            RERAISE                  0
    #   
    #    173   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    164   L17:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L18)
    #                   JUMP_BACKWARD          119 (to L2)
    #          L18:     JUMP_BACKWARD_NO_INTERRUPT 81 (to L7)
    #   ExceptionTable:
    #     L4 to L5 -> L8 [0]
    #     L8 to L9 -> L11 [1] lasti
    #     L9 to L10 -> L14 [0]
    #     L10 to L11 -> L11 [1] lasti
    #     L11 to L12 -> L14 [0]
    #     L14 to L16 -> L16 [1] lasti
    raise RuntimeError("depyf: could not decompile while_c_if_break_try_continue_clause_finally_if: the normal exit's copy of the finally body after an inner handler, at 170, goes on elsewhere than the region")


def while_true_if_else_try_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            t(3)
        else:
            try:
                x(5)
                continue
            except E1:
                t(7)
            finally:
                if c():
                    pass
        t(11)
        if c():
            break
    t(12)

assert run([], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([0, 0, 1, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 9]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [-5, 10, 12]), FELL)
assert run([], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 9, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 7, 11, 12]), FELL)
assert run([0, 0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5, -5]), FELL)
assert run([], for_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([2], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([2, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([2, 0, 0, 0, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 7, 12]), FELL)
assert run([2, 0, 0, 0, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([], while_c_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], while_c_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 0, 0, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_else_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [3, 11, 12]), FELL)
assert run([1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [-5, 7, 11, 12]), FELL)
