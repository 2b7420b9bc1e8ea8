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
    # depyf: could not decompile for_with_break_clause_named_finally: code protected by the finally at 198 after its try statement, at 118
    #    94           0 RESUME                   0
    #   
    #    95           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               103 (to 230)
    #                24 STORE_FAST               5 (j)
    #   
    #    96          26 NOP
    #   
    #    97          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #    98          52 NOP
    #   
    #    97          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 PRECALL                  2
    #                64 CALL                     2
    #                74 POP_TOP
    #   
    #   102          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               2 (11)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #                98 POP_TOP
    #               100 LOAD_CONST               0 (None)
    #               102 RETURN_VALUE
    #   
    #    97     >>  104 PUSH_EXC_INFO
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
    #               126 JUMP_FORWARD            23 (to 174)
    #           >>  128 PUSH_EXC_INFO
    #   
    #    99         130 LOAD_GLOBAL              0 (E2)
    #               142 CHECK_EXC_MATCH
    #               144 POP_JUMP_FORWARD_IF_FALSE    10 (to 166)
    #               146 STORE_FAST               6 (e)
    #   
    #   100         148 POP_EXCEPT
    #               150 LOAD_CONST               0 (None)
    #               152 STORE_FAST               6 (e)
    #               154 DELETE_FAST              6 (e)
    #               156 JUMP_FORWARD             8 (to 174)
    #               158 LOAD_CONST               0 (None)
    #               160 STORE_FAST               6 (e)
    #               162 DELETE_FAST              6 (e)
    #               164 RERAISE                  1
    #   
    #    99     >>  166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   
    #   102     >>  174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               2 (11)
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 JUMP_BACKWARD           88 (to 22)
    #           >>  198 PUSH_EXC_INFO
    #               200 PUSH_NULL
    #               202 LOAD_FAST                1 (t)
    #               204 LOAD_CONST               2 (11)
    #               206 PRECALL                  1
    #               210 CALL                     1
    #               220 POP_TOP
    #               222 RERAISE                  0
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #   
    #    95     >>  230 LOAD_CONST               0 (None)
    #               232 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 128 [1]
    #     50 to 52 -> 104 [2] lasti
    #     54 to 74 -> 128 [1]
    #     104 to 110 -> 112 [4] lasti
    #     112 to 116 -> 128 [1]
    #     118 to 118 -> 112 [4] lasti
    #     120 to 124 -> 128 [1]
    #     126 to 126 -> 198 [1]
    #     128 to 146 -> 168 [2] lasti
    #     148 to 156 -> 198 [1]
    #     158 to 166 -> 168 [2] lasti
    #     168 to 172 -> 198 [1]
    #     198 to 222 -> 224 [2] lasti
    raise RuntimeError('depyf: could not decompile for_with_break_clause_named_finally: code protected by the finally at 198 after its try statement, at 118')


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
    # depyf: could not decompile for_with_call_break_clause_finally: code protected by the finally at 206 after its try statement, at 140
    #   117           0 RESUME                   0
    #   
    #   118           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               107 (to 238)
    #                24 STORE_FAST               5 (j)
    #   
    #   119          26 NOP
    #   
    #   120          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   121          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               2 (3)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #   122          74 NOP
    #   
    #   120          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #   
    #   126          98 PUSH_NULL
    #               100 LOAD_FAST                1 (t)
    #               102 LOAD_CONST               3 (11)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 POP_TOP
    #               120 POP_TOP
    #               122 LOAD_CONST               0 (None)
    #               124 RETURN_VALUE
    #   
    #   120     >>  126 PUSH_EXC_INFO
    #               128 WITH_EXCEPT_START
    #               130 POP_JUMP_FORWARD_IF_TRUE     4 (to 140)
    #               132 RERAISE                  2
    #           >>  134 COPY                     3
    #               136 POP_EXCEPT
    #               138 RERAISE                  1
    #           >>  140 POP_TOP
    #               142 POP_EXCEPT
    #               144 POP_TOP
    #               146 POP_TOP
    #               148 JUMP_FORWARD            16 (to 182)
    #           >>  150 PUSH_EXC_INFO
    #   
    #   123         152 LOAD_GLOBAL              0 (E2)
    #               164 CHECK_EXC_MATCH
    #               166 POP_JUMP_FORWARD_IF_FALSE     3 (to 174)
    #               168 POP_TOP
    #   
    #   124         170 POP_EXCEPT
    #               172 JUMP_FORWARD             4 (to 182)
    #   
    #   123     >>  174 RERAISE                  0
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #   
    #   126     >>  182 PUSH_NULL
    #               184 LOAD_FAST                1 (t)
    #               186 LOAD_CONST               3 (11)
    #               188 PRECALL                  1
    #               192 CALL                     1
    #               202 POP_TOP
    #               204 JUMP_BACKWARD           92 (to 22)
    #           >>  206 PUSH_EXC_INFO
    #               208 PUSH_NULL
    #               210 LOAD_FAST                1 (t)
    #               212 LOAD_CONST               3 (11)
    #               214 PRECALL                  1
    #               218 CALL                     1
    #               228 POP_TOP
    #               230 RERAISE                  0
    #           >>  232 COPY                     3
    #               234 POP_EXCEPT
    #               236 RERAISE                  1
    #   
    #   118     >>  238 LOAD_CONST               0 (None)
    #               240 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 150 [1]
    #     50 to 74 -> 126 [2] lasti
    #     76 to 96 -> 150 [1]
    #     126 to 132 -> 134 [4] lasti
    #     134 to 138 -> 150 [1]
    #     140 to 140 -> 134 [4] lasti
    #     142 to 146 -> 150 [1]
    #     148 to 148 -> 206 [1]
    #     150 to 168 -> 176 [2] lasti
    #     170 to 172 -> 206 [1]
    #     174 to 174 -> 176 [2] lasti
    #     176 to 180 -> 206 [1]
    #     206 to 230 -> 232 [2] lasti
    raise RuntimeError('depyf: could not decompile for_with_call_break_clause_finally: code protected by the finally at 206 after its try statement, at 140')


def for_with_break_clause_finally_then_loop_exit(c, t, x, n, m):
    # depyf: could not decompile for_with_break_clause_finally_then_loop_exit: code protected by the finally at 182 after its try statement, at 116
    #   129           0 RESUME                   0
    #   
    #   130           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                95 (to 214)
    #                24 STORE_FAST               5 (j)
    #   
    #   131          26 NOP
    #   
    #   132          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   133          52 NOP
    #   
    #   132          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 PRECALL                  2
    #                64 CALL                     2
    #                74 POP_TOP
    #   
    #   137          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               2 (11)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #                98 POP_TOP
    #               100 JUMP_FORWARD            56 (to 214)
    #   
    #   132     >>  102 PUSH_EXC_INFO
    #               104 WITH_EXCEPT_START
    #               106 POP_JUMP_FORWARD_IF_TRUE     4 (to 116)
    #               108 RERAISE                  2
    #           >>  110 COPY                     3
    #               112 POP_EXCEPT
    #               114 RERAISE                  1
    #           >>  116 POP_TOP
    #               118 POP_EXCEPT
    #               120 POP_TOP
    #               122 POP_TOP
    #               124 JUMP_FORWARD            16 (to 158)
    #           >>  126 PUSH_EXC_INFO
    #   
    #   134         128 LOAD_GLOBAL              0 (E2)
    #               140 CHECK_EXC_MATCH
    #               142 POP_JUMP_FORWARD_IF_FALSE     3 (to 150)
    #               144 POP_TOP
    #   
    #   135         146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   134     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   137     >>  158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               2 (11)
    #               164 PRECALL                  1
    #               168 CALL                     1
    #               178 POP_TOP
    #               180 JUMP_BACKWARD           80 (to 22)
    #           >>  182 PUSH_EXC_INFO
    #               184 PUSH_NULL
    #               186 LOAD_FAST                1 (t)
    #               188 LOAD_CONST               2 (11)
    #               190 PRECALL                  1
    #               194 CALL                     1
    #               204 POP_TOP
    #               206 RERAISE                  0
    #           >>  208 COPY                     3
    #               210 POP_EXCEPT
    #               212 RERAISE                  1
    #   
    #   138     >>  214 PUSH_NULL
    #               216 LOAD_FAST                1 (t)
    #               218 LOAD_CONST               3 (13)
    #               220 PRECALL                  1
    #               224 CALL                     1
    #               234 POP_TOP
    #               236 LOAD_CONST               0 (None)
    #               238 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 126 [1]
    #     50 to 52 -> 102 [2] lasti
    #     54 to 74 -> 126 [1]
    #     102 to 108 -> 110 [4] lasti
    #     110 to 114 -> 126 [1]
    #     116 to 116 -> 110 [4] lasti
    #     118 to 122 -> 126 [1]
    #     124 to 124 -> 182 [1]
    #     126 to 144 -> 152 [2] lasti
    #     146 to 148 -> 182 [1]
    #     150 to 150 -> 152 [2] lasti
    #     152 to 156 -> 182 [1]
    #     182 to 206 -> 208 [2] lasti
    raise RuntimeError('depyf: could not decompile for_with_break_clause_finally_then_loop_exit: code protected by the finally at 182 after its try statement, at 116')


def while_with_break_clause_finally(c, t, x, n, m):
    # depyf: could not decompile while_with_break_clause_finally: code protected by the finally at 176 after its try statement, at 110
    #   141           0 RESUME                   0
    #   
    #   142           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE   103 (to 228)
    #   
    #   143     >>   22 NOP
    #   
    #   144          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (1)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   145          48 NOP
    #   
    #   144          50 LOAD_CONST               0 (None)
    #                52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 PRECALL                  2
    #                60 CALL                     2
    #                70 POP_TOP
    #   
    #   149          72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               2 (11)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 POP_TOP
    #                94 JUMP_FORWARD            66 (to 228)
    #   
    #   144     >>   96 PUSH_EXC_INFO
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
    #               118 JUMP_FORWARD            16 (to 152)
    #           >>  120 PUSH_EXC_INFO
    #   
    #   146         122 LOAD_GLOBAL              0 (E2)
    #               134 CHECK_EXC_MATCH
    #               136 POP_JUMP_FORWARD_IF_FALSE     3 (to 144)
    #               138 POP_TOP
    #   
    #   147         140 POP_EXCEPT
    #               142 JUMP_FORWARD             4 (to 152)
    #   
    #   146     >>  144 RERAISE                  0
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #   
    #   149     >>  152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               2 (11)
    #               158 PRECALL                  1
    #               162 CALL                     1
    #               172 POP_TOP
    #               174 JUMP_FORWARD            16 (to 208)
    #           >>  176 PUSH_EXC_INFO
    #               178 PUSH_NULL
    #               180 LOAD_FAST                1 (t)
    #               182 LOAD_CONST               2 (11)
    #               184 PRECALL                  1
    #               188 CALL                     1
    #               198 POP_TOP
    #               200 RERAISE                  0
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #   
    #   142     >>  208 PUSH_NULL
    #               210 LOAD_FAST                0 (c)
    #               212 PRECALL                  0
    #               216 CALL                     0
    #               226 POP_JUMP_BACKWARD_IF_TRUE   103 (to 22)
    #   
    #   150     >>  228 PUSH_NULL
    #               230 LOAD_FAST                1 (t)
    #               232 LOAD_CONST               3 (13)
    #               234 PRECALL                  1
    #               238 CALL                     1
    #               248 POP_TOP
    #               250 LOAD_CONST               0 (None)
    #               252 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 44 -> 120 [0]
    #     46 to 48 -> 96 [1] lasti
    #     50 to 70 -> 120 [0]
    #     96 to 102 -> 104 [3] lasti
    #     104 to 108 -> 120 [0]
    #     110 to 110 -> 104 [3] lasti
    #     112 to 116 -> 120 [0]
    #     118 to 118 -> 176 [0]
    #     120 to 138 -> 146 [1] lasti
    #     140 to 142 -> 176 [0]
    #     144 to 144 -> 146 [1] lasti
    #     146 to 150 -> 176 [0]
    #     176 to 200 -> 202 [1] lasti
    raise RuntimeError('depyf: could not decompile while_with_break_clause_finally: code protected by the finally at 176 after its try statement, at 110')


def for_with_continue_clause_finally(c, t, x, n, m):
    # depyf: could not decompile for_with_continue_clause_finally: code protected by the finally at 180 after its try statement, at 114
    #   153           0 RESUME                   0
    #   
    #   154           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                94 (to 212)
    #                24 STORE_FAST               5 (j)
    #   
    #   155          26 NOP
    #   
    #   156          28 PUSH_NULL
    #                30 LOAD_FAST                4 (m)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   157          52 NOP
    #   
    #   156          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 PRECALL                  2
    #                64 CALL                     2
    #                74 POP_TOP
    #   
    #   161          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               2 (11)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #                98 JUMP_BACKWARD           39 (to 22)
    #   
    #   156     >>  100 PUSH_EXC_INFO
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
    #               122 JUMP_FORWARD            16 (to 156)
    #           >>  124 PUSH_EXC_INFO
    #   
    #   158         126 LOAD_GLOBAL              0 (E2)
    #               138 CHECK_EXC_MATCH
    #               140 POP_JUMP_FORWARD_IF_FALSE     3 (to 148)
    #               142 POP_TOP
    #   
    #   159         144 POP_EXCEPT
    #               146 JUMP_FORWARD             4 (to 156)
    #   
    #   158     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   161     >>  156 PUSH_NULL
    #               158 LOAD_FAST                1 (t)
    #               160 LOAD_CONST               2 (11)
    #               162 PRECALL                  1
    #               166 CALL                     1
    #               176 POP_TOP
    #               178 JUMP_BACKWARD           79 (to 22)
    #           >>  180 PUSH_EXC_INFO
    #               182 PUSH_NULL
    #               184 LOAD_FAST                1 (t)
    #               186 LOAD_CONST               2 (11)
    #               188 PRECALL                  1
    #               192 CALL                     1
    #               202 POP_TOP
    #               204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   
    #   162     >>  212 PUSH_NULL
    #               214 LOAD_FAST                1 (t)
    #               216 LOAD_CONST               3 (13)
    #               218 PRECALL                  1
    #               222 CALL                     1
    #               232 POP_TOP
    #               234 LOAD_CONST               0 (None)
    #               236 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 124 [1]
    #     50 to 52 -> 100 [2] lasti
    #     54 to 74 -> 124 [1]
    #     100 to 106 -> 108 [4] lasti
    #     108 to 112 -> 124 [1]
    #     114 to 114 -> 108 [4] lasti
    #     116 to 120 -> 124 [1]
    #     122 to 122 -> 180 [1]
    #     124 to 142 -> 150 [2] lasti
    #     144 to 146 -> 180 [1]
    #     148 to 148 -> 150 [2] lasti
    #     150 to 154 -> 180 [1]
    #     180 to 204 -> 206 [2] lasti
    raise RuntimeError('depyf: could not decompile for_with_continue_clause_finally: code protected by the finally at 180 after its try statement, at 114')


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
    # depyf: could not decompile with_return_clause_finally: code protected by the finally at 160 after its try statement, at 92
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
    raise RuntimeError('depyf: could not decompile with_return_clause_finally: code protected by the finally at 160 after its try statement, at 92')

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
