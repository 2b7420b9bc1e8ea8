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


def loop_try_with_break_else_if(c, t, x, n, m):
    # depyf: could not decompile loop_try_with_break_else_if: conditional jump out of the region at 98
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       21 (to 58)
    #   
    #    83     >>   16 NOP
    #   
    #    84          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (16)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #    85          36 NOP
    #   
    #    84          38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #                54 RETURN_CONST             0 (None)
    #           >>   56 RETURN_CONST             0 (None)
    #   
    #    82     >>   58 RETURN_CONST             0 (None)
    #   
    #    84     >>   60 PUSH_EXC_INFO
    #                62 WITH_EXCEPT_START
    #                64 POP_JUMP_IF_TRUE         1 (to 68)
    #                66 RERAISE                  2
    #           >>   68 POP_TOP
    #                70 POP_EXCEPT
    #                72 POP_TOP
    #                74 POP_TOP
    #                76 JUMP_FORWARD             3 (to 84)
    #           >>   78 COPY                     3
    #                80 POP_EXCEPT
    #                82 RERAISE                  1
    #           >>   84 NOP
    #   
    #    89          86 PUSH_NULL
    #                88 LOAD_FAST                0 (c)
    #                90 CALL                     0
    #                98 POP_JUMP_IF_TRUE        16 (to 132)
    #   
    #    90         100 JUMP_FORWARD            15 (to 132)
    #           >>  102 PUSH_EXC_INFO
    #   
    #    86         104 LOAD_GLOBAL              0 (E1)
    #               114 CHECK_EXC_MATCH
    #               116 POP_JUMP_IF_FALSE        3 (to 124)
    #               118 POP_TOP
    #   
    #    87         120 POP_EXCEPT
    #               122 JUMP_FORWARD             4 (to 132)
    #   
    #    86     >>  124 RERAISE                  0
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #   
    #    82     >>  132 PUSH_NULL
    #               134 LOAD_FAST                0 (c)
    #               136 CALL                     0
    #               144 POP_JUMP_IF_FALSE        1 (to 148)
    #               146 JUMP_BACKWARD           66 (to 16)
    #           >>  148 JUMP_BACKWARD           47 (to 56)
    #   ExceptionTable:
    #     18 to 32 -> 102 [0]
    #     34 to 36 -> 60 [1] lasti
    #     38 to 52 -> 102 [0]
    #     60 to 68 -> 78 [3] lasti
    #     70 to 82 -> 102 [0]
    #     102 to 118 -> 126 [1] lasti
    #     124 to 124 -> 126 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_try_with_break_else_if: conditional jump out of the region at 98')


def loop_try_with_break_else_if_then_code(c, t, x, n, m):
    # depyf: could not decompile loop_try_with_break_else_if_then_code: line 102 (LOAD_FAST at offset 116) was never read: the structure found would leave it out
    #    93           0 RESUME                   0
    #   
    #    94           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       27 (to 70)
    #   
    #    95     >>   16 NOP
    #   
    #    96          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (16)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #    97          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (1)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #    98          52 NOP
    #   
    #    96          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 CALL                     2
    #                68 POP_TOP
    #   
    #   104     >>   70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               5 (4)
    #                76 CALL                     1
    #                84 POP_TOP
    #                86 RETURN_CONST             0 (None)
    #   
    #    96     >>   88 PUSH_EXC_INFO
    #                90 WITH_EXCEPT_START
    #                92 POP_JUMP_IF_TRUE         1 (to 96)
    #                94 RERAISE                  2
    #           >>   96 POP_TOP
    #                98 POP_EXCEPT
    #               100 POP_TOP
    #               102 POP_TOP
    #               104 JUMP_FORWARD             3 (to 112)
    #           >>  106 COPY                     3
    #               108 POP_EXCEPT
    #               110 RERAISE                  1
    #           >>  112 NOP
    #   
    #   102         114 PUSH_NULL
    #               116 LOAD_FAST                0 (c)
    #               118 CALL                     0
    #               126 POP_JUMP_IF_TRUE        32 (to 192)
    #   
    #   103         128 PUSH_NULL
    #               130 LOAD_FAST                2 (x)
    #               132 LOAD_CONST               3 (3)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 JUMP_FORWARD            23 (to 192)
    #           >>  146 PUSH_EXC_INFO
    #   
    #    99         148 LOAD_GLOBAL              0 (E1)
    #               158 CHECK_EXC_MATCH
    #               160 POP_JUMP_IF_FALSE       11 (to 184)
    #               162 POP_TOP
    #   
    #   100         164 PUSH_NULL
    #               166 LOAD_FAST                1 (t)
    #               168 LOAD_CONST               4 (2)
    #               170 CALL                     1
    #               178 POP_TOP
    #               180 POP_EXCEPT
    #               182 JUMP_FORWARD             4 (to 192)
    #   
    #    99     >>  184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #    94     >>  192 PUSH_NULL
    #               194 LOAD_FAST                0 (c)
    #               196 CALL                     0
    #               204 POP_JUMP_IF_FALSE        1 (to 208)
    #               206 JUMP_BACKWARD           96 (to 16)
    #           >>  208 JUMP_BACKWARD           70 (to 70)
    #   ExceptionTable:
    #     18 to 32 -> 146 [0]
    #     34 to 52 -> 88 [1] lasti
    #     54 to 68 -> 146 [0]
    #     88 to 96 -> 106 [3] lasti
    #     98 to 110 -> 146 [0]
    #     146 to 178 -> 186 [1] lasti
    #     184 to 184 -> 186 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_try_with_break_else_if_then_code: line 102 (LOAD_FAST at offset 116) was never read: the structure found would leave it out')


def loop_try_with_continue_else(c, t, x, n, m):
    # depyf: could not decompile loop_try_with_continue_else: conditional jump out of the region at 114
    #   107           0 RESUME                   0
    #   
    #   108     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       29 (to 74)
    #   
    #   109     >>   16 NOP
    #   
    #   110          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (16)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #   111          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (1)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   112          52 NOP
    #   
    #   110          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 CALL                     2
    #                68 POP_TOP
    #                70 JUMP_BACKWARD           35 (to 2)
    #           >>   72 RETURN_CONST             0 (None)
    #   
    #   108     >>   74 RETURN_CONST             0 (None)
    #   
    #   110     >>   76 PUSH_EXC_INFO
    #                78 WITH_EXCEPT_START
    #                80 POP_JUMP_IF_TRUE         1 (to 84)
    #                82 RERAISE                  2
    #           >>   84 POP_TOP
    #                86 POP_EXCEPT
    #                88 POP_TOP
    #                90 POP_TOP
    #                92 JUMP_FORWARD             3 (to 100)
    #           >>   94 COPY                     3
    #                96 POP_EXCEPT
    #                98 RERAISE                  1
    #           >>  100 NOP
    #   
    #   116         102 PUSH_NULL
    #               104 LOAD_FAST                0 (c)
    #               106 CALL                     0
    #               114 POP_JUMP_IF_FALSE       32 (to 180)
    #   
    #   117         116 PUSH_NULL
    #               118 LOAD_FAST                1 (t)
    #               120 LOAD_CONST               3 (3)
    #               122 CALL                     1
    #               130 POP_TOP
    #   
    #   118         132 RETURN_CONST             4 (4)
    #           >>  134 PUSH_EXC_INFO
    #   
    #   113         136 LOAD_GLOBAL              0 (E1)
    #               146 CHECK_EXC_MATCH
    #               148 POP_JUMP_IF_FALSE       11 (to 172)
    #               150 POP_TOP
    #   
    #   114         152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               5 (2)
    #               158 CALL                     1
    #               166 POP_TOP
    #               168 POP_EXCEPT
    #               170 JUMP_FORWARD             4 (to 180)
    #   
    #   113     >>  172 RERAISE                  0
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #   
    #   108     >>  180 PUSH_NULL
    #               182 LOAD_FAST                0 (c)
    #               184 CALL                     0
    #               192 POP_JUMP_IF_FALSE        1 (to 196)
    #               194 JUMP_BACKWARD           90 (to 16)
    #           >>  196 JUMP_BACKWARD           63 (to 72)
    #   ExceptionTable:
    #     18 to 32 -> 134 [0]
    #     34 to 52 -> 76 [1] lasti
    #     54 to 68 -> 134 [0]
    #     76 to 84 -> 94 [3] lasti
    #     86 to 98 -> 134 [0]
    #     134 to 166 -> 174 [1] lasti
    #     172 to 172 -> 174 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_try_with_continue_else: conditional jump out of the region at 114')


def for_try_with_return_else(c, t, x, n, m):
    for i in n():
        try:
            with m(16) as w:
                t(1)
                return 2
        except E1:
            t(3)
        else:
            t(4)
            if c():
                break

assert run([], loop_try_with_break_else_if) in ((None, []), FELL)
assert run([1], loop_try_with_break_else_if) in ((None, [('enter', 16), ('exit', 16, False)]), FELL)
assert run([], loop_try_with_break_else_if_then_code) in ((None, [4]), FELL)
assert run([1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, 4]), FELL)
assert run([1, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), -3, 4]), FELL)
assert run([1, 1, 0, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), 4]), FELL)
assert run([1, 1, 0, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 2, 4]), FELL)
assert run([1, 1, 0, 1, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1, 0, 1], loop_try_with_break_else_if_then_code) in (('E1', [('enter', 16), -1, ('exit', 16, True), -3]), FELL)
assert run([1, 1, 1, 0, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, True), -3]), FELL)
assert run([1, 1, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1, 0, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, True), -3, 4]), FELL)
assert run([1, 1, 1, 0, 0, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), -3, ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([], loop_try_with_continue_else) in ((None, []), FELL)
assert run([1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, True)]), FELL)
assert run([1, 0, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 0, 1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1, 1], loop_try_with_continue_else) in ((4, [('enter', 16), -1, ('exit', 16, True), 3]), FELL)
assert run([1, 0, 1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 0, 1, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, True)]), FELL)
assert run([1, 1, 0, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 1, 0, 1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([], for_try_with_return_else) in ((None, []), FELL)
assert run([1], for_try_with_return_else) in ((2, [('enter', 16), 1, ('exit', 16, False)]), FELL)
