class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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


def while_true_break_then_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        with m(9):
            return 10
    t(11)


def with_return_then_dead_call(c, t, x, n, m):
    x(26)
    with m(27) as w:
        return 28
    t(29)


def while_true_break_continue_then_with_return(c, t, x, n, m):
    # depyf: could not decompile while_true_break_continue_then_with_return: a jump leaves the loop past its exit at 24
    #    97           0 RESUME                   0
    #   
    #    98     >>    2 NOP
    #   
    #    99     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_TRUE     1 (to 26)
    #   
    #   100          24 JUMP_FORWARD            60 (to 146)
    #   
    #   101     >>   26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    12 (to 70)
    #   
    #   102          46 PUSH_NULL
    #                48 LOAD_FAST                1 (t)
    #                50 LOAD_CONST               2 (5)
    #                52 PRECALL                  1
    #                56 CALL                     1
    #                66 POP_TOP
    #   
    #   103          68 JUMP_BACKWARD           34 (to 2)
    #   
    #   104     >>   70 PUSH_NULL
    #                72 LOAD_FAST                4 (m)
    #                74 LOAD_CONST               3 (9)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 BEFORE_WITH
    #                92 POP_TOP
    #   
    #   105          94 NOP
    #   
    #   104          96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 PRECALL                  2
    #               106 CALL                     2
    #               116 POP_TOP
    #               118 LOAD_CONST               4 (10)
    #               120 RETURN_VALUE
    #           >>  122 PUSH_EXC_INFO
    #               124 WITH_EXCEPT_START
    #               126 POP_JUMP_FORWARD_IF_TRUE     4 (to 136)
    #               128 RERAISE                  2
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #           >>  136 POP_TOP
    #               138 POP_EXCEPT
    #               140 POP_TOP
    #               142 POP_TOP
    #   
    #    98         144 JUMP_BACKWARD           71 (to 4)
    #   
    #   106     >>  146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               5 (11)
    #               152 PRECALL                  1
    #               156 CALL                     1
    #               166 POP_TOP
    #               168 LOAD_CONST               0 (None)
    #               170 RETURN_VALUE
    #   ExceptionTable:
    #     92 to 94 -> 122 [1] lasti
    #     122 to 128 -> 130 [3] lasti
    #     136 to 136 -> 130 [3] lasti
    raise RuntimeError('depyf: could not decompile while_true_break_continue_then_with_return: a jump leaves the loop past its exit at 24')


def while_try_finally_continue_then_with(c, t, x, n, m):
    while c():
        try:
            t(5)
        finally:
            t(8)
    t(11)


def while_if_try_finally_continue_then_with(c, t, x, n, m):
    while c():
        if c():
            try:
                t(5)
            finally:
                t(8)
            continue
        with m(9):
            return 10
    t(11)


def while_true_break_if_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            with m(9):
                return 10
        t(5)
    t(11)


def while_true_with_return(c, t, x, n, m):
    while True:
        with m(9):
            return 10


def while_true_while_with_return(c, t, x, n, m):
    while True:
        while c():
            with m(1):
                return 2
        t(3)


def while_true_while_with_return_continue_break(c, t, x, n, m):
    while True:
        while c():
            with m(1):
                return 2
        if c():
            continue
        return None


def while_true_continue_then_with_return(c, t, x, n, m):
    # depyf: could not decompile while_true_continue_then_with_return: a with suppressing goes back to code before it at 4
    #   169           0 RESUME                   0
    #   
    #   170     >>    2 NOP
    #   
    #   171     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_FALSE    12 (to 48)
    #   
    #   172          24 PUSH_NULL
    #                26 LOAD_FAST                1 (t)
    #                28 LOAD_CONST               2 (5)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 POP_TOP
    #   
    #   173          46 JUMP_BACKWARD           23 (to 2)
    #   
    #   174     >>   48 PUSH_NULL
    #                50 LOAD_FAST                4 (m)
    #                52 LOAD_CONST               3 (9)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   175          72 NOP
    #   
    #   174          74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 PRECALL                  2
    #                84 CALL                     2
    #                94 POP_TOP
    #                96 LOAD_CONST               4 (10)
    #                98 RETURN_VALUE
    #           >>  100 PUSH_EXC_INFO
    #               102 WITH_EXCEPT_START
    #               104 POP_JUMP_FORWARD_IF_TRUE     4 (to 114)
    #               106 RERAISE                  2
    #           >>  108 COPY                     3
    #               110 POP_EXCEPT
    #               112 RERAISE                  1
    #           >>  114 POP_TOP
    #               116 POP_EXCEPT
    #               118 POP_TOP
    #               120 POP_TOP
    #   
    #   170         122 JUMP_BACKWARD           60 (to 4)
    #   ExceptionTable:
    #     70 to 72 -> 100 [1] lasti
    #     100 to 106 -> 108 [3] lasti
    #     114 to 114 -> 108 [3] lasti
    raise RuntimeError('depyf: could not decompile while_true_continue_then_with_return: a with suppressing goes back to code before it at 4')


def for_while_true_break_continue_then_with_return(c, t, x, n, m):
    # depyf: could not decompile for_while_true_break_continue_then_with_return: a jump leaves the loop past its exit at 48
    #   178           0 RESUME                   0
    #   
    #   179           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                86 (to 196)
    #                24 STORE_FAST               5 (i)
    #   
    #   180     >>   26 NOP
    #   
    #   181     >>   28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_TRUE     1 (to 50)
    #   
    #   182          48 JUMP_FORWARD            61 (to 172)
    #   
    #   183     >>   50 PUSH_NULL
    #                52 LOAD_FAST                0 (c)
    #                54 PRECALL                  0
    #                58 CALL                     0
    #                68 POP_JUMP_FORWARD_IF_FALSE    12 (to 94)
    #   
    #   184          70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               2 (5)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 POP_TOP
    #   
    #   185          92 JUMP_BACKWARD           34 (to 26)
    #   
    #   186     >>   94 PUSH_NULL
    #                96 LOAD_FAST                4 (m)
    #                98 LOAD_CONST               3 (9)
    #               100 PRECALL                  1
    #               104 CALL                     1
    #               114 BEFORE_WITH
    #               116 POP_TOP
    #   
    #   187         118 NOP
    #   
    #   186         120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 PRECALL                  2
    #               130 CALL                     2
    #               140 POP_TOP
    #               142 POP_TOP
    #               144 LOAD_CONST               4 (10)
    #               146 RETURN_VALUE
    #           >>  148 PUSH_EXC_INFO
    #               150 WITH_EXCEPT_START
    #               152 POP_JUMP_FORWARD_IF_TRUE     4 (to 162)
    #               154 RERAISE                  2
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #           >>  162 POP_TOP
    #               164 POP_EXCEPT
    #               166 POP_TOP
    #               168 POP_TOP
    #   
    #   180         170 JUMP_BACKWARD           72 (to 28)
    #   
    #   188     >>  172 PUSH_NULL
    #               174 LOAD_FAST                1 (t)
    #               176 LOAD_CONST               5 (11)
    #               178 PRECALL                  1
    #               182 CALL                     1
    #               192 POP_TOP
    #               194 JUMP_BACKWARD           87 (to 22)
    #   
    #   179     >>  196 LOAD_CONST               0 (None)
    #               198 RETURN_VALUE
    #   ExceptionTable:
    #     116 to 118 -> 148 [2] lasti
    #     148 to 154 -> 156 [4] lasti
    #     162 to 162 -> 156 [4] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_break_continue_then_with_return: a jump leaves the loop past its exit at 48')


def while_true_break_continue_then_with_break_or_return(c, t, x, n, m):
    # depyf: could not decompile while_true_break_continue_then_with_break_or_return: a jump leaves the loop past its exit at 24
    #   191           0 RESUME                   0
    #   
    #   192     >>    2 NOP
    #   
    #   193     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_TRUE     1 (to 26)
    #   
    #   194          24 JUMP_FORWARD            83 (to 192)
    #   
    #   195     >>   26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    12 (to 70)
    #   
    #   196          46 PUSH_NULL
    #                48 LOAD_FAST                1 (t)
    #                50 LOAD_CONST               2 (5)
    #                52 PRECALL                  1
    #                56 CALL                     1
    #                66 POP_TOP
    #   
    #   197          68 JUMP_BACKWARD           34 (to 2)
    #   
    #   198     >>   70 PUSH_NULL
    #                72 LOAD_FAST                4 (m)
    #                74 LOAD_CONST               3 (9)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 BEFORE_WITH
    #                92 POP_TOP
    #   
    #   199          94 PUSH_NULL
    #                96 LOAD_FAST                0 (c)
    #                98 PRECALL                  0
    #               102 CALL                     0
    #               112 POP_JUMP_FORWARD_IF_FALSE    13 (to 140)
    #   
    #   200         114 NOP
    #   
    #   198         116 LOAD_CONST               0 (None)
    #               118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 PRECALL                  2
    #               126 CALL                     2
    #               136 POP_TOP
    #               138 JUMP_FORWARD            26 (to 192)
    #   
    #   201     >>  140 NOP
    #   
    #   198         142 LOAD_CONST               0 (None)
    #               144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 PRECALL                  2
    #               152 CALL                     2
    #               162 POP_TOP
    #               164 LOAD_CONST               4 (10)
    #               166 RETURN_VALUE
    #           >>  168 PUSH_EXC_INFO
    #               170 WITH_EXCEPT_START
    #               172 POP_JUMP_FORWARD_IF_TRUE     4 (to 182)
    #               174 RERAISE                  2
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #           >>  182 POP_TOP
    #               184 POP_EXCEPT
    #               186 POP_TOP
    #               188 POP_TOP
    #   
    #   192         190 JUMP_BACKWARD           94 (to 4)
    #   
    #   202     >>  192 PUSH_NULL
    #               194 LOAD_FAST                1 (t)
    #               196 LOAD_CONST               5 (11)
    #               198 PRECALL                  1
    #               202 CALL                     1
    #               212 POP_TOP
    #               214 LOAD_CONST               0 (None)
    #               216 RETURN_VALUE
    #   ExceptionTable:
    #     92 to 114 -> 168 [1] lasti
    #     140 to 140 -> 168 [1] lasti
    #     168 to 174 -> 176 [3] lasti
    #     182 to 182 -> 176 [3] lasti
    raise RuntimeError('depyf: could not decompile while_true_break_continue_then_with_break_or_return: a jump leaves the loop past its exit at 24')


def while_true_break_continue_then_try_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            t(5)
            continue
        try:
            return x(9)
        except E1:
            pass
    t(11)

assert run([], while_true_break_then_with_return) in ((None, [11]), FELL)
assert run([1], while_true_break_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([], with_return_then_dead_call) in ((28, [-26, ('enter', 27), ('exit', 27, False)]), FELL)
assert run([1], with_return_then_dead_call) in (('E1', [-26]), FELL)
assert run([2], with_return_then_dead_call) in (('E2', [-26]), FELL)
assert run([], while_true_break_continue_then_with_return) in ((None, [11]), FELL)
assert run([1], while_true_break_continue_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_break_continue_then_with_return) in ((None, [5, 11]), FELL)
assert run([1, 1, 1], while_true_break_continue_then_with_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_break_continue_then_with_return) in ((None, [5, 5, 11]), FELL)
assert run([1, 1, 1, 1, 1], while_true_break_continue_then_with_return) in ((10, [5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_try_finally_continue_then_with) in ((None, [11]), FELL)
assert run([1], while_try_finally_continue_then_with) in ((None, [5, 8, 11]), FELL)
assert run([1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1, 1, 1], while_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 5, 8, 5, 8, 5, 8, 11]), FELL)
assert run([], while_if_try_finally_continue_then_with) in ((None, [11]), FELL)
assert run([1], while_if_try_finally_continue_then_with) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_if_try_finally_continue_then_with) in ((None, [5, 8, 11]), FELL)
assert run([1, 1, 1], while_if_try_finally_continue_then_with) in ((10, [5, 8, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_if_try_finally_continue_then_with) in ((None, [5, 8, 5, 8, 11]), FELL)
assert run([1, 1, 1, 1, 1], while_if_try_finally_continue_then_with) in ((10, [5, 8, 5, 8, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_true_break_if_with_return) in ((None, [11]), FELL)
assert run([1], while_true_break_if_with_return) in ((None, [5, 11]), FELL)
assert run([1, 1], while_true_break_if_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 0, 1], while_true_break_if_with_return) in ((None, [5, 5, 11]), FELL)
assert run([1, 0, 1, 1], while_true_break_if_with_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 0, 1, 0, 1], while_true_break_if_with_return) in ((None, [5, 5, 5, 11]), FELL)
assert run([], while_true_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_true_while_with_return) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([1], while_true_while_with_return) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 1], while_true_while_with_return) in ((2, [3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_while_with_return) in ((2, [3, 3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1], while_true_while_with_return) in ((2, [3, 3, 3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_true_while_with_return) in ((2, [3, 3, 3, 3, ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], while_true_while_with_return_continue_break) in ((None, []), FELL)
assert run([1], while_true_while_with_return_continue_break) in ((2, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], while_true_continue_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1], while_true_continue_then_with_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_continue_then_with_return) in ((10, [5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1], while_true_continue_then_with_return) in ((10, [5, 5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_continue_then_with_return) in ((10, [5, 5, 5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_true_continue_then_with_return) in ((10, [5, 5, 5, 5, 5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], for_while_true_break_continue_then_with_return) in ((None, []), FELL)
assert run([1], for_while_true_break_continue_then_with_return) in ((None, [11]), FELL)
assert run([2], for_while_true_break_continue_then_with_return) in ((None, [11, 11]), FELL)
assert run([1, 1], for_while_true_break_continue_then_with_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1], for_while_true_break_continue_then_with_return) in ((None, [5, 11]), FELL)
assert run([2, 0, 1], for_while_true_break_continue_then_with_return) in ((10, [11, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([], while_true_break_continue_then_with_break_or_return) in ((None, [11]), FELL)
assert run([1], while_true_break_continue_then_with_break_or_return) in ((10, [('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1], while_true_break_continue_then_with_break_or_return) in ((None, [5, 11]), FELL)
assert run([1, 0, 1], while_true_break_continue_then_with_break_or_return) in ((None, [('enter', 9), ('exit', 9, False), 11]), FELL)
assert run([1, 1, 1], while_true_break_continue_then_with_break_or_return) in ((10, [5, ('enter', 9), ('exit', 9, False)]), FELL)
assert run([1, 1, 1, 1], while_true_break_continue_then_with_break_or_return) in ((None, [5, 5, 11]), FELL)
assert run([], while_true_break_continue_then_try_return) in ((None, [11]), FELL)
assert run([1], while_true_break_continue_then_try_return) in ((None, [-9]), FELL)
assert run([1, 1], while_true_break_continue_then_try_return) in ((None, [5, 11]), FELL)
assert run([1, 0, 1], while_true_break_continue_then_try_return) in ((None, [-9, 11]), FELL)
assert run([1, 0, 2], while_true_break_continue_then_try_return) in (('E2', [-9]), FELL)
assert run([1, 1, 1], while_true_break_continue_then_try_return) in ((None, [5, -9]), FELL)
