










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


def with_try_return_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
        except E1:
            t(2)
        else:
            return 5
        finally:
            t(6)


def with_try_return_except_finally_then_call(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
        except E1:
            pass
        else:
            return 5
        finally:
            t(6)
        t(7)


def with_try_return_except_finally_then_branch(c, t, x, n, m):
    with m(1):
        try:
            x(4)
        except E1:
            pass
        else:
            return 5
        finally:
            t(6)
        if c():
            t(7)
    return 8


def two_withs_try_return_except_finally(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(4)
        except E1 as e:
            t(3)
        else:
            return 5
        finally:
            t(6)
        t(7)


def loop_with_try_return_except_finally(c, t, x, n, m):
    # depyf: could not decompile loop_with_try_return_except_finally: try statement cut by the end of its region at 46
    #    134            RESUME                   0
    #   
    #    135            LOAD_GLOBAL              1 (range + NULL)
    #                   LOAD_FAST                3 (n)
    #                   CALL                     1
    #                   GET_ITER
    #           L1:     FOR_ITER                38 (to L8)
    #                   STORE_FAST               5 (i)
    #   
    #    136            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    137    L3:     NOP
    #   
    #    138    L4:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    139    L5:     NOP
    #   
    #    143    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    136    L7:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   POP_TOP
    #                   RETURN_CONST             4 (5)
    #   
    #    135    L8:     END_FOR
    #                   POP_TOP
    #   
    #    145            RETURN_CONST             6 (8)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    140            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #                   POP_TOP
    #   
    #    141   L10:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L13)
    #   
    #    140   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    141   L13:     NOP
    #   
    #    143   L14:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L17)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #    143            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    143   L17:     NOP
    #   
    #    136            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L22)
    #          L18:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L19)
    #                   RERAISE                  2
    #          L19:     POP_TOP
    #          L20:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L22)
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    144   L22:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (7)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          119 (to L1)
    #   ExceptionTable:
    #     L2 to L3 -> L18 [2] lasti
    #     L4 to L5 -> L9 [2]
    #     L6 to L7 -> L18 [2] lasti
    #     L9 to L10 -> L12 [3] lasti
    #     L10 to L11 -> L15 [2]
    #     L11 to L12 -> L12 [3] lasti
    #     L12 to L13 -> L15 [2]
    #     L14 to L15 -> L18 [2] lasti
    #     L15 to L16 -> L16 [3] lasti
    #     L16 to L17 -> L18 [2] lasti
    #     L18 to L20 -> L21 [4] lasti
    raise RuntimeError('depyf: could not decompile loop_with_try_return_except_finally: try statement cut by the end of its region at 46')


def loop_with_try_break_except_finally(c, t, x, n, m):
    while c():
        with m(1):
            try:
                x(4)
            except E1:
                continue
            finally:
                t(6)
            return 8
    return 8


def branch_with_try_return_except_finally(c, t, x, n, m):
    # depyf: could not decompile branch_with_try_return_except_finally: try statement cut by the end of its region at 42
    #    162            RESUME                   0
    #   
    #    163            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       36 (to L7)
    #   
    #    164            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L1:     POP_TOP
    #   
    #    165    L2:     NOP
    #   
    #    166    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    167    L4:     NOP
    #   
    #    171    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    164    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             4 (5)
    #   
    #    174    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (8)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    175            RETURN_CONST             7 (9)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    168            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L10)
    #                   POP_TOP
    #   
    #    169    L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    168   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    169   L12:     NOP
    #   
    #    171   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L16)
    #   
    #     --   L14:     PUSH_EXC_INFO
    #   
    #    171            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    172   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (7)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    164   L17:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    175            RETURN_CONST             7 (9)
    #   
    #    164   L18:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L19)
    #                   RERAISE                  2
    #          L19:     POP_TOP
    #          L20:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    175            RETURN_CONST             7 (9)
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L18 [1] lasti
    #     L3 to L4 -> L8 [1]
    #     L5 to L6 -> L18 [1] lasti
    #     L8 to L9 -> L11 [2] lasti
    #     L9 to L10 -> L14 [1]
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L12 -> L14 [1]
    #     L13 to L14 -> L18 [1] lasti
    #     L14 to L15 -> L15 [2] lasti
    #     L15 to L17 -> L18 [1] lasti
    #     L18 to L20 -> L21 [3] lasti
    raise RuntimeError('depyf: could not decompile branch_with_try_return_except_finally: try statement cut by the end of its region at 42')


def with_try_return_value_else_finally(c, t, x, n, m):
    # depyf: could not decompile with_try_return_value_else_finally: code between a with body and its handler at 138
    #    178            RESUME                   0
    #   
    #    179            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L1:     STORE_FAST               5 (w)
    #   
    #    180    L2:     NOP
    #   
    #    181    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   STORE_FAST               6 (v)
    #   
    #    182            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L6)
    #   
    #    183            LOAD_FAST                6 (v)
    #   
    #    189    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    179    L5:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    182    L6:     NOP
    #   
    #    187            NOP
    #   
    #    189    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    179    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             4 (3)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    184            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L11)
    #                   POP_TOP
    #   
    #    185            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (2)
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L13)
    #   
    #    184   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    185   L13:     NOP
    #   
    #    189   L14:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L17)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #    189            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    190   L17:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (7)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    179   L18:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #          L19:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L20)
    #                   RERAISE                  2
    #          L20:     POP_TOP
    #          L21:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L19 [1] lasti
    #     L3 to L4 -> L9 [1]
    #     L4 to L5 -> L19 [1] lasti
    #     L7 to L8 -> L19 [1] lasti
    #     L9 to L10 -> L12 [2] lasti
    #     L10 to L11 -> L15 [1]
    #     L11 to L12 -> L12 [2] lasti
    #     L12 to L13 -> L15 [1]
    #     L14 to L15 -> L19 [1] lasti
    #     L15 to L16 -> L16 [2] lasti
    #     L16 to L18 -> L19 [1] lasti
    #     L19 to L21 -> L22 [3] lasti
    raise RuntimeError('depyf: could not decompile with_try_return_value_else_finally: code between a with body and its handler at 138')


def try_with_try_return_except_finally(c, t, x, n, m):
    try:
        with m(1):
            try:
                x(4)
            except E1:
                pass
            else:
                return 5
            finally:
                t(6)
            t(7)
        return 9
    except E2:
        return 8


def with_try_return_value_in_branch_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            v = x(4)
            if c():
                return v
        except E1:
            t(2)
        finally:
            t(6)
        t(7)

assert run([], with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 2, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_except_finally_then_call) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_call) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_except_finally_then_branch) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_branch) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], two_withs_try_return_except_finally) in ((5, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 3, 6, 7, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], two_withs_try_return_except_finally) in (('E2', [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], loop_with_try_return_except_finally) in (('TypeError', []), FELL)
assert run([], loop_with_try_break_except_finally) in ((8, []), FELL)
assert run([1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([1, 1, 1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([], branch_with_try_return_except_finally) in ((9, [8]), FELL)
assert run([1], branch_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1, 2], branch_with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_value_else_finally) in ((3, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_else_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], try_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_return_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_in_branch_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
