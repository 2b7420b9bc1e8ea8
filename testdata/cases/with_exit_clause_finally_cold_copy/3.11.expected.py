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


def for_two_withs_break_clause_named_finally(c, t, x, n, m):
    # depyf: could not decompile for_two_withs_break_clause_named_finally: try statement cut by the end of its region at 28
    #    83           0 RESUME                   0
    #   
    #    84           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               149 (to 322)
    #                24 STORE_FAST               5 (j)
    #   
    #    85          26 NOP
    #   
    #    86          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #                52 PUSH_NULL
    #                54 LOAD_FAST                4 (m)
    #                56 LOAD_CONST               2 (2)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 BEFORE_WITH
    #                74 POP_TOP
    #   
    #    87          76 NOP
    #   
    #    86          78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 PRECALL                  2
    #                88 CALL                     2
    #                98 POP_TOP
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #   
    #    91         122 PUSH_NULL
    #               124 LOAD_FAST                1 (t)
    #               126 LOAD_CONST               3 (11)
    #               128 PRECALL                  1
    #               132 CALL                     1
    #               142 POP_TOP
    #               144 POP_TOP
    #               146 LOAD_CONST               0 (None)
    #               148 RETURN_VALUE
    #   
    #    86     >>  150 PUSH_EXC_INFO
    #               152 WITH_EXCEPT_START
    #               154 POP_JUMP_FORWARD_IF_TRUE     4 (to 164)
    #               156 RERAISE                  2
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #           >>  164 POP_TOP
    #               166 POP_EXCEPT
    #               168 POP_TOP
    #               170 POP_TOP
    #               172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 PRECALL                  2
    #               182 CALL                     2
    #               192 POP_TOP
    #               194 JUMP_FORWARD            11 (to 218)
    #           >>  196 PUSH_EXC_INFO
    #               198 WITH_EXCEPT_START
    #               200 POP_JUMP_FORWARD_IF_TRUE     4 (to 210)
    #               202 RERAISE                  2
    #           >>  204 COPY                     3
    #               206 POP_EXCEPT
    #               208 RERAISE                  1
    #           >>  210 POP_TOP
    #               212 POP_EXCEPT
    #               214 POP_TOP
    #               216 POP_TOP
    #           >>  218 JUMP_FORWARD            23 (to 266)
    #           >>  220 PUSH_EXC_INFO
    #   
    #    88         222 LOAD_GLOBAL              0 (E2)
    #               234 CHECK_EXC_MATCH
    #               236 POP_JUMP_FORWARD_IF_FALSE    10 (to 258)
    #               238 STORE_FAST               6 (e)
    #   
    #    89         240 POP_EXCEPT
    #               242 LOAD_CONST               0 (None)
    #               244 STORE_FAST               6 (e)
    #               246 DELETE_FAST              6 (e)
    #               248 JUMP_FORWARD             8 (to 266)
    #               250 LOAD_CONST               0 (None)
    #               252 STORE_FAST               6 (e)
    #               254 DELETE_FAST              6 (e)
    #               256 RERAISE                  1
    #   
    #    88     >>  258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #   
    #    91     >>  266 PUSH_NULL
    #               268 LOAD_FAST                1 (t)
    #               270 LOAD_CONST               3 (11)
    #               272 PRECALL                  1
    #               276 CALL                     1
    #               286 POP_TOP
    #               288 JUMP_BACKWARD          134 (to 22)
    #           >>  290 PUSH_EXC_INFO
    #               292 PUSH_NULL
    #               294 LOAD_FAST                1 (t)
    #               296 LOAD_CONST               3 (11)
    #               298 PRECALL                  1
    #               302 CALL                     1
    #               312 POP_TOP
    #               314 RERAISE                  0
    #           >>  316 COPY                     3
    #               318 POP_EXCEPT
    #               320 RERAISE                  1
    #   
    #    84     >>  322 LOAD_CONST               0 (None)
    #               324 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 220 [1]
    #     50 to 72 -> 196 [2] lasti
    #     74 to 76 -> 150 [3] lasti
    #     78 to 98 -> 196 [2] lasti
    #     100 to 120 -> 220 [1]
    #     150 to 156 -> 158 [5] lasti
    #     158 to 162 -> 196 [2] lasti
    #     164 to 164 -> 158 [5] lasti
    #     166 to 170 -> 196 [2] lasti
    #     172 to 194 -> 220 [1]
    #     196 to 202 -> 204 [4] lasti
    #     204 to 208 -> 220 [1]
    #     210 to 210 -> 204 [4] lasti
    #     212 to 216 -> 220 [1]
    #     218 to 218 -> 290 [1]
    #     220 to 238 -> 260 [2] lasti
    #     240 to 248 -> 290 [1]
    #     250 to 258 -> 260 [2] lasti
    #     260 to 264 -> 290 [1]
    #     290 to 314 -> 316 [2] lasti
    raise RuntimeError('depyf: could not decompile for_two_withs_break_clause_named_finally: try statement cut by the end of its region at 28')


def for_with_break_clause_named_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                break
        except E2 as e:
            pass
        finally:
            t(11)


def for_two_withs_break_clause_finally_then_code(c, t, x, n, m):
    # depyf: could not decompile for_two_withs_break_clause_finally_then_code: try statement cut by the end of its region at 28
    #   105           0 RESUME                   0
    #   
    #   106           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               154 (to 332)
    #                24 STORE_FAST               5 (j)
    #   
    #   107          26 NOP
    #   
    #   108          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #                52 PUSH_NULL
    #                54 LOAD_FAST                4 (m)
    #                56 LOAD_CONST               2 (2)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 BEFORE_WITH
    #                74 POP_TOP
    #   
    #   109          76 NOP
    #   
    #   108          78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 PRECALL                  2
    #                88 CALL                     2
    #                98 POP_TOP
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #   
    #   113         122 PUSH_NULL
    #               124 LOAD_FAST                1 (t)
    #               126 LOAD_CONST               3 (11)
    #               128 PRECALL                  1
    #               132 CALL                     1
    #               142 POP_TOP
    #               144 POP_TOP
    #               146 LOAD_CONST               0 (None)
    #               148 RETURN_VALUE
    #   
    #   108     >>  150 PUSH_EXC_INFO
    #               152 WITH_EXCEPT_START
    #               154 POP_JUMP_FORWARD_IF_TRUE     4 (to 164)
    #               156 RERAISE                  2
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #           >>  164 POP_TOP
    #               166 POP_EXCEPT
    #               168 POP_TOP
    #               170 POP_TOP
    #               172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 PRECALL                  2
    #               182 CALL                     2
    #               192 POP_TOP
    #               194 JUMP_FORWARD            11 (to 218)
    #           >>  196 PUSH_EXC_INFO
    #               198 WITH_EXCEPT_START
    #               200 POP_JUMP_FORWARD_IF_TRUE     4 (to 210)
    #               202 RERAISE                  2
    #           >>  204 COPY                     3
    #               206 POP_EXCEPT
    #               208 RERAISE                  1
    #           >>  210 POP_TOP
    #               212 POP_EXCEPT
    #               214 POP_TOP
    #               216 POP_TOP
    #           >>  218 JUMP_FORWARD            16 (to 252)
    #           >>  220 PUSH_EXC_INFO
    #   
    #   110         222 LOAD_GLOBAL              0 (E2)
    #               234 CHECK_EXC_MATCH
    #               236 POP_JUMP_FORWARD_IF_FALSE     3 (to 244)
    #               238 POP_TOP
    #   
    #   111         240 POP_EXCEPT
    #               242 JUMP_FORWARD             4 (to 252)
    #   
    #   110     >>  244 RERAISE                  0
    #           >>  246 COPY                     3
    #               248 POP_EXCEPT
    #               250 RERAISE                  1
    #   
    #   113     >>  252 PUSH_NULL
    #               254 LOAD_FAST                1 (t)
    #               256 LOAD_CONST               3 (11)
    #               258 PRECALL                  1
    #               262 CALL                     1
    #               272 POP_TOP
    #               274 JUMP_FORWARD            16 (to 308)
    #           >>  276 PUSH_EXC_INFO
    #               278 PUSH_NULL
    #               280 LOAD_FAST                1 (t)
    #               282 LOAD_CONST               3 (11)
    #               284 PRECALL                  1
    #               288 CALL                     1
    #               298 POP_TOP
    #               300 RERAISE                  0
    #           >>  302 COPY                     3
    #               304 POP_EXCEPT
    #               306 RERAISE                  1
    #   
    #   114     >>  308 PUSH_NULL
    #               310 LOAD_FAST                1 (t)
    #               312 LOAD_CONST               4 (12)
    #               314 PRECALL                  1
    #               318 CALL                     1
    #               328 POP_TOP
    #               330 JUMP_BACKWARD          155 (to 22)
    #   
    #   106     >>  332 LOAD_CONST               0 (None)
    #               334 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 220 [1]
    #     50 to 72 -> 196 [2] lasti
    #     74 to 76 -> 150 [3] lasti
    #     78 to 98 -> 196 [2] lasti
    #     100 to 120 -> 220 [1]
    #     150 to 156 -> 158 [5] lasti
    #     158 to 162 -> 196 [2] lasti
    #     164 to 164 -> 158 [5] lasti
    #     166 to 170 -> 196 [2] lasti
    #     172 to 194 -> 220 [1]
    #     196 to 202 -> 204 [4] lasti
    #     204 to 208 -> 220 [1]
    #     210 to 210 -> 204 [4] lasti
    #     212 to 216 -> 220 [1]
    #     218 to 218 -> 276 [1]
    #     220 to 238 -> 246 [2] lasti
    #     240 to 242 -> 276 [1]
    #     244 to 244 -> 246 [2] lasti
    #     246 to 250 -> 276 [1]
    #     276 to 300 -> 302 [2] lasti
    raise RuntimeError('depyf: could not decompile for_two_withs_break_clause_finally_then_code: try statement cut by the end of its region at 28')


def for_with_call_break_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                x(3)
                break
        except E2:
            pass
        finally:
            t(11)


def for_with_break_clause_finally_then_loop_exit(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                break
        except E2:
            pass
        finally:
            t(11)
    t(13)


def while_with_break_clause_finally(c, t, x, n, m):
    while c():
        try:
            with m(1):
                break
        except E2:
            pass
        finally:
            t(11)
    t(13)


def for_with_continue_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                pass
            continue
        except E2:
            pass
        finally:
            t(11)
    t(13)


def for_try_finally_break_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            t(10)
            break
        except E2:
            pass
        finally:
            t(11)
    t(13)


def for_with_then_break_clause_finally(c, t, x, n, m):
    for j in n():
        try:
            with m(1):
                x(3)
            break
        except E2:
            pass
        finally:
            t(11)


def for_if_with_break_else_return_clause_finally(c, t, x, n, m):
    # depyf: could not decompile for_if_with_break_else_return_clause_finally: a with's suppressing path goes on past its region at 124
    #   191           0 RESUME                   0
    #   
    #   192           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               122 (to 268)
    #                24 STORE_FAST               5 (j)
    #   
    #   193          26 NOP
    #   
    #   194          28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE    50 (to 148)
    #   
    #   195          48 PUSH_NULL
    #                50 LOAD_FAST                4 (m)
    #                52 LOAD_CONST               1 (1)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   196          72 NOP
    #   
    #   195          74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 PRECALL                  2
    #                84 CALL                     2
    #                94 POP_TOP
    #   
    #   202          96 PUSH_NULL
    #                98 LOAD_FAST                1 (t)
    #               100 LOAD_CONST               2 (11)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 POP_TOP
    #               118 POP_TOP
    #               120 LOAD_CONST               0 (None)
    #               122 RETURN_VALUE
    #   
    #   195     >>  124 PUSH_EXC_INFO
    #               126 WITH_EXCEPT_START
    #               128 POP_JUMP_FORWARD_IF_TRUE     4 (to 138)
    #               130 RERAISE                  2
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #           >>  138 POP_TOP
    #               140 POP_EXCEPT
    #               142 POP_TOP
    #               144 POP_TOP
    #               146 JUMP_FORWARD            15 (to 178)
    #   
    #   198     >>  148 NOP
    #   
    #   202         150 PUSH_NULL
    #               152 LOAD_FAST                1 (t)
    #               154 LOAD_CONST               2 (11)
    #               156 PRECALL                  1
    #               160 CALL                     1
    #               170 POP_TOP
    #               172 POP_TOP
    #               174 LOAD_CONST               3 (3)
    #               176 RETURN_VALUE
    #   
    #   195     >>  178 JUMP_FORWARD            16 (to 212)
    #           >>  180 PUSH_EXC_INFO
    #   
    #   199         182 LOAD_GLOBAL              0 (E2)
    #               194 CHECK_EXC_MATCH
    #               196 POP_JUMP_FORWARD_IF_FALSE     3 (to 204)
    #               198 POP_TOP
    #   
    #   200         200 POP_EXCEPT
    #               202 JUMP_FORWARD             4 (to 212)
    #   
    #   199     >>  204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   
    #   202     >>  212 PUSH_NULL
    #               214 LOAD_FAST                1 (t)
    #               216 LOAD_CONST               2 (11)
    #               218 PRECALL                  1
    #               222 CALL                     1
    #               232 POP_TOP
    #               234 JUMP_BACKWARD          107 (to 22)
    #           >>  236 PUSH_EXC_INFO
    #               238 PUSH_NULL
    #               240 LOAD_FAST                1 (t)
    #               242 LOAD_CONST               2 (11)
    #               244 PRECALL                  1
    #               248 CALL                     1
    #               258 POP_TOP
    #               260 RERAISE                  0
    #           >>  262 COPY                     3
    #               264 POP_EXCEPT
    #               266 RERAISE                  1
    #   
    #   192     >>  268 LOAD_CONST               0 (None)
    #               270 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 68 -> 180 [1]
    #     70 to 72 -> 124 [2] lasti
    #     74 to 94 -> 180 [1]
    #     124 to 130 -> 132 [4] lasti
    #     132 to 136 -> 180 [1]
    #     138 to 138 -> 132 [4] lasti
    #     140 to 146 -> 180 [1]
    #     178 to 178 -> 236 [1]
    #     180 to 198 -> 206 [2] lasti
    #     200 to 202 -> 236 [1]
    #     204 to 204 -> 206 [2] lasti
    #     206 to 210 -> 236 [1]
    #     236 to 260 -> 262 [2] lasti
    raise RuntimeError("depyf: could not decompile for_if_with_break_else_return_clause_finally: a with's suppressing path goes on past its region at 124")


def with_return_clause_finally(c, t, x, n, m):
    # depyf: could not decompile with_return_clause_finally: a with's suppressing path goes on into a copy of the finally body at 134 after its try statement
    #   205           0 RESUME                   0
    #   
    #   206           2 NOP
    #   
    #   207           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 BEFORE_WITH
    #                26 POP_TOP
    #   
    #   208          28 NOP
    #   
    #   207          30 LOAD_CONST               0 (None)
    #                32 LOAD_CONST               0 (None)
    #                34 LOAD_CONST               0 (None)
    #                36 PRECALL                  2
    #                40 CALL                     2
    #                50 POP_TOP
    #   
    #   212          52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               2 (11)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #                74 LOAD_CONST               3 (5)
    #                76 RETURN_VALUE
    #   
    #   207     >>   78 PUSH_EXC_INFO
    #                80 WITH_EXCEPT_START
    #                82 POP_JUMP_FORWARD_IF_TRUE     4 (to 92)
    #                84 RERAISE                  2
    #           >>   86 COPY                     3
    #                88 POP_EXCEPT
    #                90 RERAISE                  1
    #           >>   92 POP_TOP
    #                94 POP_EXCEPT
    #                96 POP_TOP
    #                98 POP_TOP
    #               100 JUMP_FORWARD            16 (to 134)
    #           >>  102 PUSH_EXC_INFO
    #   
    #   209         104 LOAD_GLOBAL              0 (E2)
    #               116 CHECK_EXC_MATCH
    #               118 POP_JUMP_FORWARD_IF_FALSE     3 (to 126)
    #               120 POP_TOP
    #   
    #   210         122 POP_EXCEPT
    #               124 JUMP_FORWARD             4 (to 134)
    #   
    #   209     >>  126 RERAISE                  0
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #   
    #   212     >>  134 PUSH_NULL
    #               136 LOAD_FAST                1 (t)
    #               138 LOAD_CONST               2 (11)
    #               140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #               156 LOAD_CONST               0 (None)
    #               158 RETURN_VALUE
    #           >>  160 PUSH_EXC_INFO
    #               162 PUSH_NULL
    #               164 LOAD_FAST                1 (t)
    #               166 LOAD_CONST               2 (11)
    #               168 PRECALL                  1
    #               172 CALL                     1
    #               182 POP_TOP
    #               184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 102 [0]
    #     26 to 28 -> 78 [1] lasti
    #     30 to 50 -> 102 [0]
    #     78 to 84 -> 86 [3] lasti
    #     86 to 90 -> 102 [0]
    #     92 to 92 -> 86 [3] lasti
    #     94 to 98 -> 102 [0]
    #     100 to 100 -> 160 [0]
    #     102 to 120 -> 128 [1] lasti
    #     122 to 124 -> 160 [0]
    #     126 to 126 -> 128 [1] lasti
    #     128 to 132 -> 160 [0]
    #     160 to 184 -> 186 [1] lasti
    raise RuntimeError("depyf: could not decompile with_return_clause_finally: a with's suppressing path goes on into a copy of the finally body at 134 after its try statement")

assert run([], for_two_withs_break_clause_named_finally) in ((None, []), FELL)
assert run([1], for_two_withs_break_clause_named_finally) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 11]), FELL)
assert run([], for_with_break_clause_named_finally) in ((None, []), FELL)
assert run([1], for_with_break_clause_named_finally) in ((None, [('enter', 1), ('exit', 1, False), 11]), FELL)
assert run([], for_two_withs_break_clause_finally_then_code) in ((None, []), FELL)
assert run([1], for_two_withs_break_clause_finally_then_code) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 11]), FELL)
assert run([], for_with_call_break_clause_finally) in ((None, []), FELL)
assert run([1], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1], for_with_call_break_clause_finally) in (('E1', [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([2, 2], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1, 1], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, True), 11]), FELL)
assert run([2, 1, 1], for_with_call_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, True), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([], for_with_break_clause_finally_then_loop_exit) in ((None, [13]), FELL)
assert run([1], for_with_break_clause_finally_then_loop_exit) in ((None, [('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([], while_with_break_clause_finally) in ((None, [13]), FELL)
assert run([1], while_with_break_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([], for_with_continue_clause_finally) in ((None, [13]), FELL)
assert run([1], for_with_continue_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([2], for_with_continue_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11, ('enter', 1), ('exit', 1, False), 11, 13]), FELL)
assert run([], for_try_finally_break_clause_finally) in ((None, [13]), FELL)
assert run([1], for_try_finally_break_clause_finally) in ((None, [10, 11, 13]), FELL)
assert run([], for_with_then_break_clause_finally) in ((None, []), FELL)
assert run([1], for_with_then_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1], for_with_then_break_clause_finally) in (('E1', [('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([2, 2], for_with_then_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, False), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([1, 1, 1], for_with_then_break_clause_finally) in ((None, [('enter', 1), -3, ('exit', 1, True), 11]), FELL)
assert run([2, 2, 0, 1], for_with_then_break_clause_finally) in (('E1', [('enter', 1), -3, ('exit', 1, False), 11, ('enter', 1), -3, ('exit', 1, False), 11]), FELL)
assert run([], for_if_with_break_else_return_clause_finally) in ((None, []), FELL)
assert run([1], for_if_with_break_else_return_clause_finally) in ((3, [11]), FELL)
assert run([1, 1], for_if_with_break_else_return_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 11]), FELL)
assert run([], with_return_clause_finally) in ((5, [('enter', 1), ('exit', 1, False), 11]), FELL)
