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
    while c():
        try:
            with m(16) as w:
                break
        except E1:
            pass
        else:
            if not c():
                pass


def loop_try_with_break_else_if_then_code(c, t, x, n, m):
    # depyf: could not decompile loop_try_with_break_else_if_then_code: a with's suppressing path goes on past its region at 96
    #    93           0 RESUME                   0
    #   
    #    94           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE   108 (to 238)
    #   
    #    95     >>   22 NOP
    #   
    #    96          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (16)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 STORE_FAST               5 (w)
    #   
    #    97          48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               2 (1)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #   
    #    98          70 NOP
    #   
    #    96          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 PRECALL                  2
    #                82 CALL                     2
    #                92 POP_TOP
    #                94 JUMP_FORWARD            71 (to 238)
    #           >>   96 PUSH_EXC_INFO
    #                98 WITH_EXCEPT_START
    #               100 POP_JUMP_FORWARD_IF_TRUE     4 (to 110)
    #               102 RERAISE                  2
    #           >>  104 COPY                     3
    #               106 POP_EXCEPT
    #               108 RERAISE                  1
    #           >>  110 POP_TOP
    #               112 POP_EXCEPT
    #               114 POP_TOP
    #               116 POP_TOP
    #               118 NOP
    #   
    #   102         120 PUSH_NULL
    #               122 LOAD_FAST                0 (c)
    #               124 PRECALL                  0
    #               128 CALL                     0
    #               138 POP_JUMP_FORWARD_IF_TRUE    11 (to 162)
    #   
    #   103         140 PUSH_NULL
    #               142 LOAD_FAST                2 (x)
    #               144 LOAD_CONST               3 (3)
    #               146 PRECALL                  1
    #               150 CALL                     1
    #               160 POP_TOP
    #           >>  162 JUMP_FORWARD            27 (to 218)
    #           >>  164 PUSH_EXC_INFO
    #   
    #    99         166 LOAD_GLOBAL              0 (E1)
    #               178 CHECK_EXC_MATCH
    #               180 POP_JUMP_FORWARD_IF_FALSE    14 (to 210)
    #               182 POP_TOP
    #   
    #   100         184 PUSH_NULL
    #               186 LOAD_FAST                1 (t)
    #               188 LOAD_CONST               4 (2)
    #               190 PRECALL                  1
    #               194 CALL                     1
    #               204 POP_TOP
    #               206 POP_EXCEPT
    #               208 JUMP_FORWARD             4 (to 218)
    #   
    #    99     >>  210 RERAISE                  0
    #           >>  212 COPY                     3
    #               214 POP_EXCEPT
    #               216 RERAISE                  1
    #   
    #    94     >>  218 PUSH_NULL
    #               220 LOAD_FAST                0 (c)
    #               222 PRECALL                  0
    #               226 CALL                     0
    #               236 POP_JUMP_BACKWARD_IF_TRUE   108 (to 22)
    #   
    #   104     >>  238 PUSH_NULL
    #               240 LOAD_FAST                1 (t)
    #               242 LOAD_CONST               5 (4)
    #               244 PRECALL                  1
    #               248 CALL                     1
    #               258 POP_TOP
    #               260 LOAD_CONST               0 (None)
    #               262 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 44 -> 164 [0]
    #     46 to 70 -> 96 [1] lasti
    #     72 to 92 -> 164 [0]
    #     96 to 102 -> 104 [3] lasti
    #     104 to 108 -> 164 [0]
    #     110 to 110 -> 104 [3] lasti
    #     112 to 116 -> 164 [0]
    #     164 to 204 -> 212 [1] lasti
    #     210 to 210 -> 212 [1] lasti
    raise RuntimeError("depyf: could not decompile loop_try_with_break_else_if_then_code: a with's suppressing path goes on past its region at 96")


def loop_try_with_continue_else(c, t, x, n, m):
    # depyf: could not decompile loop_try_with_continue_else: a with's suppressing path goes on past its region at 96
    #   107           0 RESUME                   0
    #   
    #   108     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE   112 (to 246)
    #   
    #   109     >>   22 NOP
    #   
    #   110          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (16)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 STORE_FAST               5 (w)
    #   
    #   111          48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               2 (1)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #   
    #   112          70 NOP
    #   
    #   110          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 PRECALL                  2
    #                82 CALL                     2
    #                92 POP_TOP
    #                94 JUMP_BACKWARD           47 (to 2)
    #           >>   96 PUSH_EXC_INFO
    #                98 WITH_EXCEPT_START
    #               100 POP_JUMP_FORWARD_IF_TRUE     4 (to 110)
    #               102 RERAISE                  2
    #           >>  104 COPY                     3
    #               106 POP_EXCEPT
    #               108 RERAISE                  1
    #           >>  110 POP_TOP
    #               112 POP_EXCEPT
    #               114 POP_TOP
    #               116 POP_TOP
    #               118 NOP
    #   
    #   116         120 PUSH_NULL
    #               122 LOAD_FAST                0 (c)
    #               124 PRECALL                  0
    #               128 CALL                     0
    #               138 POP_JUMP_FORWARD_IF_FALSE    13 (to 166)
    #   
    #   117         140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               3 (3)
    #               146 PRECALL                  1
    #               150 CALL                     1
    #               160 POP_TOP
    #   
    #   118         162 LOAD_CONST               4 (4)
    #               164 RETURN_VALUE
    #   
    #   116     >>  166 JUMP_FORWARD            27 (to 222)
    #           >>  168 PUSH_EXC_INFO
    #   
    #   113         170 LOAD_GLOBAL              0 (E1)
    #               182 CHECK_EXC_MATCH
    #               184 POP_JUMP_FORWARD_IF_FALSE    14 (to 214)
    #               186 POP_TOP
    #   
    #   114         188 PUSH_NULL
    #               190 LOAD_FAST                1 (t)
    #               192 LOAD_CONST               5 (2)
    #               194 PRECALL                  1
    #               198 CALL                     1
    #               208 POP_TOP
    #               210 POP_EXCEPT
    #               212 JUMP_FORWARD             4 (to 222)
    #   
    #   113     >>  214 RERAISE                  0
    #           >>  216 COPY                     3
    #               218 POP_EXCEPT
    #               220 RERAISE                  1
    #   
    #   108     >>  222 PUSH_NULL
    #               224 LOAD_FAST                0 (c)
    #               226 PRECALL                  0
    #               230 CALL                     0
    #               240 POP_JUMP_BACKWARD_IF_TRUE   110 (to 22)
    #               242 LOAD_CONST               0 (None)
    #               244 RETURN_VALUE
    #           >>  246 LOAD_CONST               0 (None)
    #               248 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 44 -> 168 [0]
    #     46 to 70 -> 96 [1] lasti
    #     72 to 92 -> 168 [0]
    #     96 to 102 -> 104 [3] lasti
    #     104 to 108 -> 168 [0]
    #     110 to 110 -> 104 [3] lasti
    #     112 to 116 -> 168 [0]
    #     168 to 208 -> 216 [1] lasti
    #     214 to 214 -> 216 [1] lasti
    raise RuntimeError("depyf: could not decompile loop_try_with_continue_else: a with's suppressing path goes on past its region at 96")


def for_try_with_return_else(c, t, x, n, m):
    # depyf: could not decompile for_try_with_return_else: line 130 (LOAD_FAST at offset 130) was never read: the structure found would leave it out
    #   121           0 RESUME                   0
    #   
    #   122           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               104 (to 232)
    #                24 STORE_FAST               5 (i)
    #   
    #   123          26 NOP
    #   
    #   124          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (16)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 STORE_FAST               6 (w)
    #   
    #   125          52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               2 (1)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #   126          74 NOP
    #   
    #   124          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #                98 POP_TOP
    #               100 LOAD_CONST               3 (2)
    #               102 RETURN_VALUE
    #           >>  104 PUSH_EXC_INFO
    #               106 WITH_EXCEPT_START
    #               108 POP_JUMP_FORWARD_IF_TRUE     4 (to 118)
    #               110 RERAISE                  2
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #           >>  118 POP_TOP
    #               120 POP_EXCEPT
    #               122 POP_TOP
    #               124 POP_TOP
    #               126 NOP
    #   
    #   130         128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               4 (4)
    #               134 PRECALL                  1
    #               138 CALL                     1
    #               148 POP_TOP
    #   
    #   131         150 PUSH_NULL
    #               152 LOAD_FAST                0 (c)
    #               154 PRECALL                  0
    #               158 CALL                     0
    #               168 POP_JUMP_FORWARD_IF_FALSE     3 (to 176)
    #   
    #   132         170 POP_TOP
    #               172 LOAD_CONST               0 (None)
    #               174 RETURN_VALUE
    #   
    #   131     >>  176 JUMP_BACKWARD           78 (to 22)
    #           >>  178 PUSH_EXC_INFO
    #   
    #   127         180 LOAD_GLOBAL              0 (E1)
    #               192 CHECK_EXC_MATCH
    #               194 POP_JUMP_FORWARD_IF_FALSE    14 (to 224)
    #               196 POP_TOP
    #   
    #   128         198 PUSH_NULL
    #               200 LOAD_FAST                1 (t)
    #               202 LOAD_CONST               5 (3)
    #               204 PRECALL                  1
    #               208 CALL                     1
    #               218 POP_TOP
    #               220 POP_EXCEPT
    #               222 JUMP_BACKWARD          101 (to 22)
    #   
    #   127     >>  224 RERAISE                  0
    #           >>  226 COPY                     3
    #               228 POP_EXCEPT
    #               230 RERAISE                  1
    #   
    #   122     >>  232 LOAD_CONST               0 (None)
    #               234 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 178 [1]
    #     50 to 74 -> 104 [2] lasti
    #     76 to 96 -> 178 [1]
    #     104 to 110 -> 112 [4] lasti
    #     112 to 116 -> 178 [1]
    #     118 to 118 -> 112 [4] lasti
    #     120 to 124 -> 178 [1]
    #     178 to 218 -> 226 [2] lasti
    #     224 to 224 -> 226 [2] lasti
    raise RuntimeError('depyf: could not decompile for_try_with_return_else: line 130 (LOAD_FAST at offset 130) was never read: the structure found would leave it out')

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
