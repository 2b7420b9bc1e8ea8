






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
    # depyf: could not decompile while_true_if_break_try_continue_clause_finally_if_then_code: the normal exit's copy of the finally body after an inner handler, at 156, goes on elsewhere than the region
    #    132            RESUME                   0
    #   
    #    133    L1:     NOP
    #   
    #    134            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #    135            JUMP_FORWARD            27 (to L6)
    #   
    #    136    L2:     NOP
    #   
    #    137    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    138    L4:     NOP
    #   
    #    142            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L5)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           40 (to L1)
    #   
    #    143    L5:     JUMP_BACKWARD           42 (to L1)
    #   
    #    145    L6:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    139            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    140            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    139    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    140   L11:     NOP
    #   
    #    142            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L12)
    #                   NOT_TAKEN
    #   
    #    143            NOP
    #   
    #     --   L12:     JUMP_FORWARD            19 (to L16)
    #          L13:     PUSH_EXC_INFO
    #   
    #    142            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L14)
    #                   NOT_TAKEN
    #   
    #    143            RERAISE                  0
    #   
    #    142   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    144   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          122 (to L1)
    #   ExceptionTable:
    #     L3 to L4 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L13 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L13 [0]
    #     L13 to L15 -> L15 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_if_break_try_continue_clause_finally_if_then_code: the normal exit's copy of the finally body after an inner handler, at 156, goes on elsewhere than the region")


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
    while c():
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
    if False:
        pass
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
