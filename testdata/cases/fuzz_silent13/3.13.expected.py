

















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


def while_true_break_try_returns(c, t, x, n, m):
    while True:
        if c():
            break
        if c() and c():
            if c() or c():
                return 21
            return 24
        try:
            x(25)
            return 26
        except E1:
            pass
        except E2 as e:
            pass
    t(32)


def while_true_break_try_returns_finally(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(18)
            try:
                return 20
            finally:
                t(21)
        except E1:
            pass
    t(25)


def while_true_break_try_returns_clause_continue(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(2)
            return 3
        except E1:
            if c():
                continue
            t(9)
    t(32)


def try_except_finally_break_in_if(c, t, x, n, m):
    while c() or c():
        if c():
            try:
                x(9)
                break
            except E1:
                pass
            except E2 as e:
                pass
            finally:
                t(15)
        elif c() or c():
            pass
        else:
            pass


def try_except_finally_continue_in_if(c, t, x, n, m):
    while c():
        if c():
            try:
                x(9)
                continue
            except E1:
                pass
            finally:
                t(15)
        t(3)


def try_except_finally_break_in_if_then_code(c, t, x, n, m):
    while c():
        if c():
            try:
                x(9)
                break
            except E1:
                pass
            finally:
                t(15)
        t(5)
    t(4)


def with_for_else_return_in_clause(c, t, x, n, m):
    # depyf: could not decompile with_for_else_return_in_clause: a return after a nested with, past the enclosing exit call at 280
    #    184            RESUME                   0
    #   
    #    185            NOP
    #   
    #    186    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    193    L2:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L3)
    #   
    #    194            RETURN_CONST             0 (None)
    #   
    #    195    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L4)
    #   
    #    196            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (3)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #    195    L4:     RETURN_CONST             0 (None)
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    187            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE      115 (to L26)
    #                   POP_TOP
    #   
    #    188            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L6:     POP_TOP
    #                   LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (7)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L7:     POP_TOP
    #   
    #    189            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                20 (to L11)
    #                   STORE_FAST               5 (k)
    #   
    #    190            POP_TOP
    #   
    #    188    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L9:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #                   RETURN_CONST             4 (9)
    #   
    #    189   L11:     END_FOR
    #                   POP_TOP
    #   
    #    192            NOP
    #   
    #    188   L12:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L13:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L14:     POP_EXCEPT
    #                   RETURN_CONST             5 (10)
    #          L15:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L16)
    #                   RERAISE                  2
    #          L16:     POP_TOP
    #          L17:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L19)
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    188   L19:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L20:     POP_EXCEPT
    #                   JUMP_BACKWARD          141 (to L2)
    #          L21:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L22)
    #                   RERAISE                  2
    #          L22:     POP_TOP
    #          L23:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L24:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 156 (to L2)
    #   
    #     --   L25:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    187   L26:     RERAISE                  0
    #   
    #     --   L27:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L5 [0]
    #     L5 to L6 -> L27 [1] lasti
    #     L6 to L7 -> L21 [2] lasti
    #     L7 to L8 -> L15 [3] lasti
    #     L8 to L9 -> L21 [2] lasti
    #     L9 to L10 -> L27 [1] lasti
    #     L11 to L12 -> L15 [3] lasti
    #     L12 to L13 -> L21 [2] lasti
    #     L13 to L14 -> L27 [1] lasti
    #     L15 to L17 -> L18 [5] lasti
    #     L17 to L19 -> L21 [2] lasti
    #     L19 to L20 -> L27 [1] lasti
    #     L21 to L23 -> L25 [4] lasti
    #     L23 to L24 -> L27 [1] lasti
    #     L25 to L27 -> L27 [1] lasti
    raise RuntimeError('depyf: could not decompile with_for_else_return_in_clause: a return after a nested with, past the enclosing exit call at 280')


def with_for_else_return_in_clause_then_code(c, t, x, n, m):
    # depyf: could not decompile with_for_else_return_in_clause_then_code: stack underflow
    #    199            RESUME                   0
    #   
    #    200            NOP
    #   
    #    201    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    208    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (3)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    202            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       62 (to L15)
    #                   POP_TOP
    #   
    #    203            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    204            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                12 (to L7)
    #                   STORE_FAST               5 (k)
    #   
    #    205            POP_TOP
    #   
    #    203    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L6:     POP_EXCEPT
    #                   RETURN_CONST             3 (9)
    #   
    #    204    L7:     END_FOR
    #                   POP_TOP
    #   
    #    207            NOP
    #   
    #    203    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   RETURN_CONST             4 (10)
    #          L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L11)
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L13:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 77 (to L2)
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    202   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L16 [1] lasti
    #     L4 to L5 -> L10 [2] lasti
    #     L5 to L6 -> L16 [1] lasti
    #     L7 to L8 -> L10 [2] lasti
    #     L8 to L9 -> L16 [1] lasti
    #     L10 to L12 -> L14 [4] lasti
    #     L12 to L13 -> L16 [1] lasti
    #     L14 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile with_for_else_return_in_clause_then_code: stack underflow')

assert run([], while_true_break_try_returns) in ((26, [-25]), FELL)
assert run([1], while_true_break_try_returns) in ((None, [32]), FELL)
assert run([0, 0, 1], while_true_break_try_returns) in ((26, [-25, -25]), FELL)
assert run([0, 1, 1], while_true_break_try_returns) in ((24, []), FELL)
assert run([0, 0, 1, 1], while_true_break_try_returns) in ((None, [-25, 32]), FELL)
assert run([0, 1, 1, 1], while_true_break_try_returns) in ((21, []), FELL)
assert run([2], while_true_break_try_returns) in ((None, [32]), FELL)
assert run([3], while_true_break_try_returns) in ((None, [32]), FELL)
assert run([0, 0, 2], while_true_break_try_returns) in ((26, [-25, -25]), FELL)
assert run([0, 1, 2], while_true_break_try_returns) in ((24, []), FELL)
assert run([0, 1, 3], while_true_break_try_returns) in ((24, []), FELL)
assert run([0, 2, 1], while_true_break_try_returns) in ((24, []), FELL)
assert run([], while_true_break_try_returns_finally) in ((20, [-18, 21]), FELL)
assert run([1], while_true_break_try_returns_finally) in ((None, [25]), FELL)
assert run([0, 1], while_true_break_try_returns_finally) in ((20, [-18, -18, 21]), FELL)
assert run([0, 2], while_true_break_try_returns_finally) in (('E2', [-18]), FELL)
assert run([0, 1, 1], while_true_break_try_returns_finally) in ((None, [-18, 25]), FELL)
assert run([0, 1, 0, 1], while_true_break_try_returns_finally) in ((20, [-18, -18, -18, 21]), FELL)
assert run([0, 1, 0, 2], while_true_break_try_returns_finally) in (('E2', [-18, -18]), FELL)
assert run([0, 1, 0, 1, 1], while_true_break_try_returns_finally) in ((None, [-18, -18, 25]), FELL)
assert run([2], while_true_break_try_returns_finally) in ((None, [25]), FELL)
assert run([3], while_true_break_try_returns_finally) in ((None, [25]), FELL)
assert run([0, 1, 2], while_true_break_try_returns_finally) in ((None, [-18, 25]), FELL)
assert run([0, 1, 3], while_true_break_try_returns_finally) in ((None, [-18, 25]), FELL)
assert run([], while_true_break_try_returns_clause_continue) in ((3, [-2]), FELL)
assert run([1], while_true_break_try_returns_clause_continue) in ((None, [32]), FELL)
assert run([0, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, 9, -2]), FELL)
assert run([0, 2], while_true_break_try_returns_clause_continue) in (('E2', [-2]), FELL)
assert run([0, 1, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, -2]), FELL)
assert run([0, 1, 0, 1], while_true_break_try_returns_clause_continue) in ((None, [-2, 9, 32]), FELL)
assert run([0, 1, 1, 1], while_true_break_try_returns_clause_continue) in ((None, [-2, 32]), FELL)
assert run([0, 1, 0, 0, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, 9, -2, 9, -2]), FELL)
assert run([0, 1, 0, 0, 2], while_true_break_try_returns_clause_continue) in (('E2', [-2, 9, -2]), FELL)
assert run([0, 1, 1, 0, 1], while_true_break_try_returns_clause_continue) in ((3, [-2, -2, 9, -2]), FELL)
assert run([0, 1, 1, 0, 2], while_true_break_try_returns_clause_continue) in (('E2', [-2, -2]), FELL)
assert run([2], while_true_break_try_returns_clause_continue) in ((None, [32]), FELL)
assert run([], try_except_finally_break_in_if) in ((None, []), FELL)
assert run([1, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([1, 1, 1, 1, 1], try_except_finally_break_in_if) in ((None, [-9, 15, -9, 15]), FELL)
assert run([1, 2], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([1, 3], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([2, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([2, 2], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([2, 3], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([3, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([3, 2], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([3, 3], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([0, 1, 1], try_except_finally_break_in_if) in ((None, [-9, 15]), FELL)
assert run([], try_except_finally_continue_in_if) in ((None, []), FELL)
assert run([1], try_except_finally_continue_in_if) in ((None, [3]), FELL)
assert run([1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15]), FELL)
assert run([1, 0, 1], try_except_finally_continue_in_if) in ((None, [3, 3]), FELL)
assert run([1, 1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15, 3]), FELL)
assert run([1, 1, 2], try_except_finally_continue_in_if) in (('E2', [-9, 15]), FELL)
assert run([1, 0, 1, 1], try_except_finally_continue_in_if) in ((None, [3, -9, 15]), FELL)
assert run([1, 1, 1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15, 3, 3]), FELL)
assert run([1, 0, 1, 0, 1], try_except_finally_continue_in_if) in ((None, [3, 3, 3]), FELL)
assert run([1, 0, 1, 1, 1], try_except_finally_continue_in_if) in ((None, [3, -9, 15, 3]), FELL)
assert run([1, 0, 1, 1, 2], try_except_finally_continue_in_if) in (('E2', [3, -9, 15]), FELL)
assert run([1, 1, 0, 1, 1], try_except_finally_continue_in_if) in ((None, [-9, 15, -9, 15]), FELL)
assert run([], try_except_finally_break_in_if_then_code) in ((None, [4]), FELL)
assert run([1], try_except_finally_break_in_if_then_code) in ((None, [5, 4]), FELL)
assert run([1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 4]), FELL)
assert run([1, 0, 1], try_except_finally_break_in_if_then_code) in ((None, [5, 5, 4]), FELL)
assert run([1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 5, 4]), FELL)
assert run([1, 1, 2], try_except_finally_break_in_if_then_code) in (('E2', [-9, 15]), FELL)
assert run([1, 0, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [5, -9, 15, 4]), FELL)
assert run([1, 1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 5, 5, 4]), FELL)
assert run([1, 0, 1, 0, 1], try_except_finally_break_in_if_then_code) in ((None, [5, 5, 5, 4]), FELL)
assert run([1, 0, 1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [5, -9, 15, 5, 4]), FELL)
assert run([1, 0, 1, 1, 2], try_except_finally_break_in_if_then_code) in (('E2', [5, -9, 15]), FELL)
assert run([1, 1, 1, 1, 1], try_except_finally_break_in_if_then_code) in ((None, [-9, 15, 5, -9, 15, 4]), FELL)
assert run([], with_for_else_return_in_clause) in ((None, [-5]), FELL)
assert run([1], with_for_else_return_in_clause) in ((10, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([2], with_for_else_return_in_clause) in (('E2', [-5]), FELL)
assert run([1, 1], with_for_else_return_in_clause) in ((9, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 0, 1], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([1, 2], with_for_else_return_in_clause) in ((9, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([1, 3], with_for_else_return_in_clause) in ((9, [-5, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 0, 2], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([0, 0, 3], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([3, 0, 1], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([3, 0, 2], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([3, 0, 3], with_for_else_return_in_clause) in ((None, [-5, 3]), FELL)
assert run([], with_for_else_return_in_clause_then_code) in ((None, [-5, 3]), FELL)
assert run([1], with_for_else_return_in_clause_then_code) in ((10, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([2], with_for_else_return_in_clause_then_code) in (('E2', [-5]), FELL)
assert run([1, 1], with_for_else_return_in_clause_then_code) in ((9, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([1, 2], with_for_else_return_in_clause_then_code) in ((9, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([1, 3], with_for_else_return_in_clause_then_code) in ((9, [-5, ('enter', 6), ('exit', 6, False)]), FELL)
