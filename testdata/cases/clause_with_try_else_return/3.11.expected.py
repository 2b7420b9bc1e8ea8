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


def clause_with_try_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_with_try_else_return: except clauses fall off past the end of their region, the else clause into it, at 128
    #    82           0 RESUME                   0
    #   
    #    83           2 NOP
    #   
    #    84           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #    85          32 LOAD_GLOBAL              0 (E2)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    85 (to 218)
    #                48 POP_TOP
    #   
    #    86          50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               2 (15)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #    87          74 NOP
    #   
    #    88          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               3 (16)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #    92          98 NOP
    #   
    #    86         100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 POP_EXCEPT
    #               124 LOAD_CONST               4 (19)
    #               126 RETURN_VALUE
    #           >>  128 PUSH_EXC_INFO
    #   
    #    89         130 LOAD_GLOBAL              2 (E1)
    #               142 CHECK_EXC_MATCH
    #               144 POP_JUMP_FORWARD_IF_FALSE     3 (to 152)
    #               146 POP_TOP
    #   
    #    90         148 POP_EXCEPT
    #               150 JUMP_FORWARD             4 (to 160)
    #   
    #    89     >>  152 RERAISE                  0
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #   
    #    90     >>  160 NOP
    #   
    #    86         162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 PRECALL                  2
    #               172 CALL                     2
    #               182 POP_TOP
    #               184 POP_EXCEPT
    #               186 LOAD_CONST               0 (None)
    #               188 RETURN_VALUE
    #           >>  190 PUSH_EXC_INFO
    #               192 WITH_EXCEPT_START
    #               194 POP_JUMP_FORWARD_IF_TRUE     4 (to 204)
    #               196 RERAISE                  2
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #           >>  204 POP_TOP
    #               206 POP_EXCEPT
    #               208 POP_TOP
    #               210 POP_TOP
    #               212 POP_EXCEPT
    #               214 LOAD_CONST               0 (None)
    #               216 RETURN_VALUE
    #   
    #    85     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 70 -> 220 [1] lasti
    #     72 to 72 -> 190 [2] lasti
    #     76 to 96 -> 128 [2]
    #     98 to 98 -> 190 [2] lasti
    #     100 to 120 -> 220 [1] lasti
    #     128 to 146 -> 154 [3] lasti
    #     148 to 150 -> 190 [2] lasti
    #     152 to 152 -> 154 [3] lasti
    #     154 to 158 -> 190 [2] lasti
    #     162 to 182 -> 220 [1] lasti
    #     190 to 196 -> 198 [4] lasti
    #     198 to 202 -> 220 [1] lasti
    #     204 to 204 -> 198 [4] lasti
    #     206 to 210 -> 220 [1] lasti
    #     218 to 218 -> 220 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_with_try_else_return: except clauses fall off past the end of their region, the else clause into it, at 128')


def named_clause(c, t, x, n, m):
    # depyf: could not decompile named_clause: except clauses fall off past the end of their region, the else clause into it, at 134
    #    95           0 RESUME                   0
    #   
    #    96           2 NOP
    #   
    #    97           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #    98          32 LOAD_GLOBAL              0 (E2)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    99 (to 246)
    #                48 STORE_FAST               5 (e)
    #   
    #    99          50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               2 (15)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #   100          74 NOP
    #   
    #   101          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               3 (16)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #   105          98 NOP
    #   
    #    99         100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 POP_EXCEPT
    #               124 LOAD_CONST               0 (None)
    #               126 STORE_FAST               5 (e)
    #               128 DELETE_FAST              5 (e)
    #               130 LOAD_CONST               4 (19)
    #               132 RETURN_VALUE
    #           >>  134 PUSH_EXC_INFO
    #   
    #   102         136 LOAD_GLOBAL              2 (E1)
    #               148 CHECK_EXC_MATCH
    #               150 POP_JUMP_FORWARD_IF_FALSE     3 (to 158)
    #               152 POP_TOP
    #   
    #   103         154 POP_EXCEPT
    #               156 JUMP_FORWARD             4 (to 166)
    #   
    #   102     >>  158 RERAISE                  0
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #   
    #   103     >>  166 NOP
    #   
    #    99         168 LOAD_CONST               0 (None)
    #               170 LOAD_CONST               0 (None)
    #               172 LOAD_CONST               0 (None)
    #               174 PRECALL                  2
    #               178 CALL                     2
    #               188 POP_TOP
    #               190 JUMP_FORWARD            17 (to 226)
    #           >>  192 PUSH_EXC_INFO
    #               194 WITH_EXCEPT_START
    #               196 POP_JUMP_FORWARD_IF_TRUE     4 (to 206)
    #               198 RERAISE                  2
    #           >>  200 COPY                     3
    #               202 POP_EXCEPT
    #               204 RERAISE                  1
    #           >>  206 POP_TOP
    #               208 POP_EXCEPT
    #               210 POP_TOP
    #               212 POP_TOP
    #               214 POP_EXCEPT
    #               216 LOAD_CONST               0 (None)
    #               218 STORE_FAST               5 (e)
    #               220 DELETE_FAST              5 (e)
    #               222 LOAD_CONST               0 (None)
    #               224 RETURN_VALUE
    #           >>  226 POP_EXCEPT
    #               228 LOAD_CONST               0 (None)
    #               230 STORE_FAST               5 (e)
    #               232 DELETE_FAST              5 (e)
    #               234 LOAD_CONST               0 (None)
    #               236 RETURN_VALUE
    #           >>  238 LOAD_CONST               0 (None)
    #               240 STORE_FAST               5 (e)
    #               242 DELETE_FAST              5 (e)
    #               244 RERAISE                  1
    #   
    #    98     >>  246 RERAISE                  0
    #           >>  248 COPY                     3
    #               250 POP_EXCEPT
    #               252 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 48 -> 248 [1] lasti
    #     50 to 70 -> 238 [1] lasti
    #     72 to 72 -> 192 [2] lasti
    #     76 to 96 -> 134 [2]
    #     98 to 98 -> 192 [2] lasti
    #     100 to 120 -> 238 [1] lasti
    #     134 to 152 -> 160 [3] lasti
    #     154 to 156 -> 192 [2] lasti
    #     158 to 158 -> 160 [3] lasti
    #     160 to 164 -> 192 [2] lasti
    #     168 to 190 -> 238 [1] lasti
    #     192 to 198 -> 200 [4] lasti
    #     200 to 204 -> 238 [1] lasti
    #     206 to 206 -> 200 [4] lasti
    #     208 to 212 -> 238 [1] lasti
    #     238 to 246 -> 248 [1] lasti
    raise RuntimeError('depyf: could not decompile named_clause: except clauses fall off past the end of their region, the else clause into it, at 134')


def else_statements(c, t, x, n, m):
    # depyf: could not decompile else_statements: except clauses fall off past the end of their region, the else clause into it, at 172
    #   108           0 RESUME                   0
    #   
    #   109           2 NOP
    #   
    #   110           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #   111          32 LOAD_GLOBAL              0 (E2)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE   118 (to 284)
    #                48 POP_TOP
    #   
    #   112          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               2 (2)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #   
    #   113          72 PUSH_NULL
    #                74 LOAD_FAST                4 (m)
    #                76 LOAD_CONST               3 (15)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 BEFORE_WITH
    #                94 STORE_FAST               5 (w)
    #   
    #   114          96 NOP
    #   
    #   115          98 PUSH_NULL
    #               100 LOAD_FAST                2 (x)
    #               102 LOAD_CONST               4 (16)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 POP_TOP
    #   
    #   119         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               5 (18)
    #               126 PRECALL                  1
    #               130 CALL                     1
    #               140 POP_TOP
    #   
    #   120         142 NOP
    #   
    #   113         144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 LOAD_CONST               0 (None)
    #               150 PRECALL                  2
    #               154 CALL                     2
    #               164 POP_TOP
    #               166 POP_EXCEPT
    #               168 LOAD_CONST               6 (19)
    #               170 RETURN_VALUE
    #           >>  172 PUSH_EXC_INFO
    #   
    #   116         174 LOAD_GLOBAL              2 (E1)
    #               186 CHECK_EXC_MATCH
    #               188 POP_JUMP_FORWARD_IF_FALSE    14 (to 218)
    #               190 POP_TOP
    #   
    #   117         192 PUSH_NULL
    #               194 LOAD_FAST                1 (t)
    #               196 LOAD_CONST               7 (17)
    #               198 PRECALL                  1
    #               202 CALL                     1
    #               212 POP_TOP
    #               214 POP_EXCEPT
    #               216 JUMP_FORWARD             4 (to 226)
    #   
    #   116     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   
    #   117     >>  226 NOP
    #   
    #   113         228 LOAD_CONST               0 (None)
    #               230 LOAD_CONST               0 (None)
    #               232 LOAD_CONST               0 (None)
    #               234 PRECALL                  2
    #               238 CALL                     2
    #               248 POP_TOP
    #               250 POP_EXCEPT
    #               252 LOAD_CONST               0 (None)
    #               254 RETURN_VALUE
    #           >>  256 PUSH_EXC_INFO
    #               258 WITH_EXCEPT_START
    #               260 POP_JUMP_FORWARD_IF_TRUE     4 (to 270)
    #               262 RERAISE                  2
    #           >>  264 COPY                     3
    #               266 POP_EXCEPT
    #               268 RERAISE                  1
    #           >>  270 POP_TOP
    #               272 POP_EXCEPT
    #               274 POP_TOP
    #               276 POP_TOP
    #               278 POP_EXCEPT
    #               280 LOAD_CONST               0 (None)
    #               282 RETURN_VALUE
    #   
    #   111     >>  284 RERAISE                  0
    #           >>  286 COPY                     3
    #               288 POP_EXCEPT
    #               290 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 92 -> 286 [1] lasti
    #     94 to 94 -> 256 [2] lasti
    #     98 to 118 -> 172 [2]
    #     120 to 142 -> 256 [2] lasti
    #     144 to 164 -> 286 [1] lasti
    #     172 to 212 -> 220 [3] lasti
    #     214 to 216 -> 256 [2] lasti
    #     218 to 218 -> 220 [3] lasti
    #     220 to 224 -> 256 [2] lasti
    #     228 to 248 -> 286 [1] lasti
    #     256 to 262 -> 264 [4] lasti
    #     264 to 268 -> 286 [1] lasti
    #     270 to 270 -> 264 [4] lasti
    #     272 to 276 -> 286 [1] lasti
    #     284 to 284 -> 286 [1] lasti
    raise RuntimeError('depyf: could not decompile else_statements: except clauses fall off past the end of their region, the else clause into it, at 172')


def code_after_try(c, t, x, n, m):
    # depyf: could not decompile code_after_try: except clauses fall off past the end of their region, the else clause into it, at 126
    #   123           0 RESUME                   0
    #   
    #   124           2 NOP
    #   
    #   125           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 JUMP_FORWARD            95 (to 218)
    #           >>   28 PUSH_EXC_INFO
    #   
    #   126          30 LOAD_GLOBAL              0 (E2)
    #                42 CHECK_EXC_MATCH
    #                44 POP_JUMP_FORWARD_IF_FALSE    82 (to 210)
    #                46 POP_TOP
    #   
    #   127          48 PUSH_NULL
    #                50 LOAD_FAST                4 (m)
    #                52 LOAD_CONST               2 (15)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   128          72 NOP
    #   
    #   129          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               3 (16)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #   133          96 NOP
    #   
    #   127          98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 POP_EXCEPT
    #               122 LOAD_CONST               4 (19)
    #               124 RETURN_VALUE
    #           >>  126 PUSH_EXC_INFO
    #   
    #   130         128 LOAD_GLOBAL              2 (E1)
    #               140 CHECK_EXC_MATCH
    #               142 POP_JUMP_FORWARD_IF_FALSE     3 (to 150)
    #               144 POP_TOP
    #   
    #   131         146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   130     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   131     >>  158 NOP
    #   
    #   127         160 LOAD_CONST               0 (None)
    #               162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 PRECALL                  2
    #               170 CALL                     2
    #               180 POP_TOP
    #               182 JUMP_FORWARD            11 (to 206)
    #           >>  184 PUSH_EXC_INFO
    #               186 WITH_EXCEPT_START
    #               188 POP_JUMP_FORWARD_IF_TRUE     4 (to 198)
    #               190 RERAISE                  2
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #           >>  198 POP_TOP
    #               200 POP_EXCEPT
    #               202 POP_TOP
    #               204 POP_TOP
    #           >>  206 POP_EXCEPT
    #               208 JUMP_FORWARD             4 (to 218)
    #   
    #   126     >>  210 RERAISE                  0
    #           >>  212 COPY                     3
    #               214 POP_EXCEPT
    #               216 RERAISE                  1
    #   
    #   134     >>  218 PUSH_NULL
    #               220 LOAD_FAST                1 (t)
    #               222 LOAD_CONST               5 (20)
    #               224 PRECALL                  1
    #               228 CALL                     1
    #               238 POP_TOP
    #               240 LOAD_CONST               0 (None)
    #               242 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 24 -> 28 [0]
    #     28 to 68 -> 212 [1] lasti
    #     70 to 70 -> 184 [2] lasti
    #     74 to 94 -> 126 [2]
    #     96 to 96 -> 184 [2] lasti
    #     98 to 118 -> 212 [1] lasti
    #     126 to 144 -> 152 [3] lasti
    #     146 to 148 -> 184 [2] lasti
    #     150 to 150 -> 152 [3] lasti
    #     152 to 156 -> 184 [2] lasti
    #     160 to 182 -> 212 [1] lasti
    #     184 to 190 -> 192 [4] lasti
    #     192 to 196 -> 212 [1] lasti
    #     198 to 198 -> 192 [4] lasti
    #     200 to 204 -> 212 [1] lasti
    #     210 to 210 -> 212 [1] lasti
    raise RuntimeError('depyf: could not decompile code_after_try: except clauses fall off past the end of their region, the else clause into it, at 126')


def in_branch(c, t, x, n, m):
    # depyf: could not decompile in_branch: except clauses fall off past the end of their region, the else clause into it, at 148
    #   137           0 RESUME                   0
    #   
    #   138           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE   112 (to 246)
    #   
    #   139          22 NOP
    #   
    #   140          24 PUSH_NULL
    #                26 LOAD_FAST                2 (x)
    #                28 LOAD_CONST               1 (1)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 POP_TOP
    #                46 LOAD_CONST               0 (None)
    #                48 RETURN_VALUE
    #           >>   50 PUSH_EXC_INFO
    #   
    #   141          52 LOAD_GLOBAL              0 (E2)
    #                64 CHECK_EXC_MATCH
    #                66 POP_JUMP_FORWARD_IF_FALSE    85 (to 238)
    #                68 POP_TOP
    #   
    #   142          70 PUSH_NULL
    #                72 LOAD_FAST                4 (m)
    #                74 LOAD_CONST               2 (15)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 BEFORE_WITH
    #                92 POP_TOP
    #   
    #   143          94 NOP
    #   
    #   144          96 PUSH_NULL
    #                98 LOAD_FAST                2 (x)
    #               100 LOAD_CONST               3 (16)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 POP_TOP
    #   
    #   148         118 NOP
    #   
    #   142         120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 PRECALL                  2
    #               130 CALL                     2
    #               140 POP_TOP
    #               142 POP_EXCEPT
    #               144 LOAD_CONST               4 (19)
    #               146 RETURN_VALUE
    #           >>  148 PUSH_EXC_INFO
    #   
    #   145         150 LOAD_GLOBAL              2 (E1)
    #               162 CHECK_EXC_MATCH
    #               164 POP_JUMP_FORWARD_IF_FALSE     3 (to 172)
    #               166 POP_TOP
    #   
    #   146         168 POP_EXCEPT
    #               170 JUMP_FORWARD             4 (to 180)
    #   
    #   145     >>  172 RERAISE                  0
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #   
    #   146     >>  180 NOP
    #   
    #   142         182 LOAD_CONST               0 (None)
    #               184 LOAD_CONST               0 (None)
    #               186 LOAD_CONST               0 (None)
    #               188 PRECALL                  2
    #               192 CALL                     2
    #               202 POP_TOP
    #               204 POP_EXCEPT
    #               206 LOAD_CONST               0 (None)
    #               208 RETURN_VALUE
    #           >>  210 PUSH_EXC_INFO
    #               212 WITH_EXCEPT_START
    #               214 POP_JUMP_FORWARD_IF_TRUE     4 (to 224)
    #               216 RERAISE                  2
    #           >>  218 COPY                     3
    #               220 POP_EXCEPT
    #               222 RERAISE                  1
    #           >>  224 POP_TOP
    #               226 POP_EXCEPT
    #               228 POP_TOP
    #               230 POP_TOP
    #               232 POP_EXCEPT
    #               234 LOAD_CONST               0 (None)
    #               236 RETURN_VALUE
    #   
    #   141     >>  238 RERAISE                  0
    #           >>  240 COPY                     3
    #               242 POP_EXCEPT
    #               244 RERAISE                  1
    #   
    #   138     >>  246 LOAD_CONST               0 (None)
    #               248 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 44 -> 50 [0]
    #     50 to 90 -> 240 [1] lasti
    #     92 to 92 -> 210 [2] lasti
    #     96 to 116 -> 148 [2]
    #     118 to 118 -> 210 [2] lasti
    #     120 to 140 -> 240 [1] lasti
    #     148 to 166 -> 174 [3] lasti
    #     168 to 170 -> 210 [2] lasti
    #     172 to 172 -> 174 [3] lasti
    #     174 to 178 -> 210 [2] lasti
    #     182 to 202 -> 240 [1] lasti
    #     210 to 216 -> 218 [4] lasti
    #     218 to 222 -> 240 [1] lasti
    #     224 to 224 -> 218 [4] lasti
    #     226 to 230 -> 240 [1] lasti
    #     238 to 238 -> 240 [1] lasti
    raise RuntimeError('depyf: could not decompile in_branch: except clauses fall off past the end of their region, the else clause into it, at 148')

assert run([], clause_with_try_else_return) in ((None, [-1]), FELL)
assert run([1], clause_with_try_else_return) in (('E1', [-1]), FELL)
assert run([2], clause_with_try_else_return) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 1], clause_with_try_else_return) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2], clause_with_try_else_return) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], clause_with_try_else_return) in ((None, [-1, ('enter', 15), -16, ('exit', 15, True)]), FELL)
assert run([], named_clause) in ((None, [-1]), FELL)
assert run([1], named_clause) in (('E1', [-1]), FELL)
assert run([2], named_clause) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 1], named_clause) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2], named_clause) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], named_clause) in ((None, [-1, ('enter', 15), -16, ('exit', 15, True)]), FELL)
assert run([], else_statements) in ((None, [-1]), FELL)
assert run([1], else_statements) in (('E1', [-1]), FELL)
assert run([2], else_statements) in ((19, [-1, 2, ('enter', 15), -16, 18, ('exit', 15, False)]), FELL)
assert run([2, 1], else_statements) in ((None, [-1, 2, ('enter', 15), -16, 17, ('exit', 15, False)]), FELL)
assert run([2, 2], else_statements) in (('E2', [-1, 2, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], else_statements) in ((None, [-1, 2, ('enter', 15), -16, ('exit', 15, True)]), FELL)
assert run([], code_after_try) in ((None, [-1, 20]), FELL)
assert run([1], code_after_try) in (('E1', [-1]), FELL)
assert run([2], code_after_try) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 1], code_after_try) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False), 20]), FELL)
assert run([2, 2], code_after_try) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([2, 2, 1], code_after_try) in ((None, [-1, ('enter', 15), -16, ('exit', 15, True), 20]), FELL)
assert run([], in_branch) in ((None, []), FELL)
assert run([1], in_branch) in ((None, [-1]), FELL)
assert run([1, 1], in_branch) in (('E1', [-1]), FELL)
assert run([1, 2], in_branch) in ((19, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([1, 2, 1], in_branch) in ((None, [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
assert run([1, 2, 2], in_branch) in (('E2', [-1, ('enter', 15), -16, ('exit', 15, False)]), FELL)
