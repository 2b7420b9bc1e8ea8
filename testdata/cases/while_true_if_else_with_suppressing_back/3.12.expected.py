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


def f1(c, t, x, n, m):
    # depyf: could not decompile f1: a with past a while loop's exit suppresses back to its test at 52
    #    82           0 RESUME                   0
    #   
    #    83           2 NOP
    #   
    #    84     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       17 (to 52)
    #                18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       10 (to 52)
    #   
    #    85          32 NOP
    #   
    #    86          34 PUSH_NULL
    #                36 LOAD_FAST                1 (t)
    #                38 LOAD_CONST               1 (5)
    #                40 CALL                     1
    #                48 POP_TOP
    #   
    #    90          50 RETURN_CONST             2 (7)
    #   
    #    92     >>   52 PUSH_NULL
    #                54 LOAD_FAST                4 (m)
    #                56 LOAD_CONST               3 (8)
    #                58 CALL                     1
    #                66 BEFORE_WITH
    #                68 POP_TOP
    #                70 PUSH_NULL
    #                72 LOAD_FAST                4 (m)
    #                74 LOAD_CONST               4 (9)
    #                76 CALL                     1
    #                84 BEFORE_WITH
    #                86 POP_TOP
    #   
    #    93          88 NOP
    #   
    #    92          90 LOAD_CONST               0 (None)
    #                92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 CALL                     2
    #               104 POP_TOP
    #               106 LOAD_CONST               0 (None)
    #               108 LOAD_CONST               0 (None)
    #               110 LOAD_CONST               0 (None)
    #               112 CALL                     2
    #               120 POP_TOP
    #               122 RETURN_CONST             5 (10)
    #           >>  124 PUSH_EXC_INFO
    #   
    #    87         126 LOAD_GLOBAL              0 (E1)
    #               136 CHECK_EXC_MATCH
    #               138 POP_JUMP_IF_FALSE        3 (to 146)
    #               140 POP_TOP
    #   
    #    88         142 POP_EXCEPT
    #               144 JUMP_FORWARD            37 (to 220)
    #   
    #    87     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   
    #    92     >>  154 PUSH_EXC_INFO
    #               156 WITH_EXCEPT_START
    #               158 POP_JUMP_IF_TRUE         1 (to 162)
    #               160 RERAISE                  2
    #           >>  162 POP_TOP
    #               164 POP_EXCEPT
    #               166 POP_TOP
    #               168 POP_TOP
    #               170 JUMP_FORWARD             3 (to 178)
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #           >>  178 LOAD_CONST               0 (None)
    #               180 LOAD_CONST               0 (None)
    #               182 LOAD_CONST               0 (None)
    #               184 CALL                     2
    #               192 POP_TOP
    #               194 JUMP_FORWARD            12 (to 220)
    #           >>  196 PUSH_EXC_INFO
    #               198 WITH_EXCEPT_START
    #               200 POP_JUMP_IF_TRUE         1 (to 204)
    #               202 RERAISE                  2
    #           >>  204 POP_TOP
    #               206 POP_EXCEPT
    #               208 POP_TOP
    #               210 POP_TOP
    #               212 JUMP_FORWARD             3 (to 220)
    #           >>  214 COPY                     3
    #               216 POP_EXCEPT
    #               218 RERAISE                  1
    #   
    #    83     >>  220 JUMP_BACKWARD          109 (to 4)
    #   ExceptionTable:
    #     34 to 48 -> 124 [0]
    #     68 to 84 -> 196 [1] lasti
    #     86 to 88 -> 154 [2] lasti
    #     90 to 104 -> 196 [1] lasti
    #     124 to 140 -> 148 [1] lasti
    #     146 to 146 -> 148 [1] lasti
    #     154 to 162 -> 172 [4] lasti
    #     164 to 176 -> 196 [1] lasti
    #     196 to 204 -> 214 [3] lasti
    raise RuntimeError("depyf: could not decompile f1: a with past a while loop's exit suppresses back to its test at 52")


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: a with past a while loop's exit suppresses back to its test at 38
    #    96           0 RESUME                   0
    #   
    #    97           2 NOP
    #   
    #    98     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       10 (to 38)
    #   
    #    99          18 NOP
    #   
    #   100          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (5)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   104          36 RETURN_CONST             2 (7)
    #   
    #   106     >>   38 PUSH_NULL
    #                40 LOAD_FAST                4 (m)
    #                42 LOAD_CONST               3 (8)
    #                44 CALL                     1
    #                52 BEFORE_WITH
    #                54 POP_TOP
    #   
    #   107          56 PUSH_NULL
    #                58 LOAD_FAST                2 (x)
    #                60 LOAD_CONST               4 (9)
    #                62 CALL                     1
    #                70 POP_TOP
    #   
    #   108          72 NOP
    #   
    #   106          74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 CALL                     2
    #                88 POP_TOP
    #                90 RETURN_CONST             5 (10)
    #           >>   92 PUSH_EXC_INFO
    #   
    #   101          94 LOAD_GLOBAL              0 (E1)
    #               104 CHECK_EXC_MATCH
    #               106 POP_JUMP_IF_FALSE        3 (to 114)
    #               108 POP_TOP
    #   
    #   102         110 POP_EXCEPT
    #               112 JUMP_FORWARD            16 (to 146)
    #   
    #   101     >>  114 RERAISE                  0
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #   
    #   106     >>  122 PUSH_EXC_INFO
    #               124 WITH_EXCEPT_START
    #               126 POP_JUMP_IF_TRUE         1 (to 130)
    #               128 RERAISE                  2
    #           >>  130 POP_TOP
    #               132 POP_EXCEPT
    #               134 POP_TOP
    #               136 POP_TOP
    #               138 JUMP_FORWARD             3 (to 146)
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   
    #    97     >>  146 JUMP_BACKWARD           72 (to 4)
    #   ExceptionTable:
    #     20 to 34 -> 92 [0]
    #     54 to 72 -> 122 [1] lasti
    #     92 to 108 -> 116 [1] lasti
    #     114 to 114 -> 116 [1] lasti
    #     122 to 130 -> 140 [3] lasti
    raise RuntimeError("depyf: could not decompile f2: a with past a while loop's exit suppresses back to its test at 38")


def f3(c, t, x, n, m):
    # depyf: could not decompile f3: a with at a while loop's exit suppresses back to its head at 68
    #   111           0 RESUME                   0
    #   
    #   112           2 NOP
    #   
    #   113     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE        1 (to 20)
    #   
    #   114          18 RETURN_CONST             0 (None)
    #   
    #   115     >>   20 PUSH_NULL
    #                22 LOAD_FAST                0 (c)
    #                24 CALL                     0
    #                32 POP_JUMP_IF_FALSE       17 (to 68)
    #                34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 POP_JUMP_IF_FALSE       10 (to 68)
    #   
    #   116          48 NOP
    #   
    #   117          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               1 (5)
    #                56 CALL                     1
    #                64 POP_TOP
    #   
    #   121          66 RETURN_CONST             2 (7)
    #   
    #   123     >>   68 PUSH_NULL
    #                70 LOAD_FAST                4 (m)
    #                72 LOAD_CONST               3 (8)
    #                74 CALL                     1
    #                82 BEFORE_WITH
    #                84 POP_TOP
    #                86 PUSH_NULL
    #                88 LOAD_FAST                4 (m)
    #                90 LOAD_CONST               4 (9)
    #                92 CALL                     1
    #               100 BEFORE_WITH
    #               102 POP_TOP
    #   
    #   124         104 NOP
    #   
    #   123         106 LOAD_CONST               0 (None)
    #               108 LOAD_CONST               0 (None)
    #               110 LOAD_CONST               0 (None)
    #               112 CALL                     2
    #               120 POP_TOP
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 CALL                     2
    #               136 POP_TOP
    #               138 RETURN_CONST             5 (10)
    #           >>  140 PUSH_EXC_INFO
    #   
    #   118         142 LOAD_GLOBAL              0 (E1)
    #               152 CHECK_EXC_MATCH
    #               154 POP_JUMP_IF_FALSE        3 (to 162)
    #               156 POP_TOP
    #   
    #   119         158 POP_EXCEPT
    #               160 JUMP_FORWARD            37 (to 236)
    #   
    #   118     >>  162 RERAISE                  0
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #   
    #   123     >>  170 PUSH_EXC_INFO
    #               172 WITH_EXCEPT_START
    #               174 POP_JUMP_IF_TRUE         1 (to 178)
    #               176 RERAISE                  2
    #           >>  178 POP_TOP
    #               180 POP_EXCEPT
    #               182 POP_TOP
    #               184 POP_TOP
    #               186 JUMP_FORWARD             3 (to 194)
    #           >>  188 COPY                     3
    #               190 POP_EXCEPT
    #               192 RERAISE                  1
    #           >>  194 LOAD_CONST               0 (None)
    #               196 LOAD_CONST               0 (None)
    #               198 LOAD_CONST               0 (None)
    #               200 CALL                     2
    #               208 POP_TOP
    #               210 JUMP_FORWARD            12 (to 236)
    #           >>  212 PUSH_EXC_INFO
    #               214 WITH_EXCEPT_START
    #               216 POP_JUMP_IF_TRUE         1 (to 220)
    #               218 RERAISE                  2
    #           >>  220 POP_TOP
    #               222 POP_EXCEPT
    #               224 POP_TOP
    #               226 POP_TOP
    #               228 JUMP_FORWARD             3 (to 236)
    #           >>  230 COPY                     3
    #               232 POP_EXCEPT
    #               234 RERAISE                  1
    #   
    #   112     >>  236 JUMP_BACKWARD          117 (to 4)
    #   ExceptionTable:
    #     50 to 64 -> 140 [0]
    #     84 to 100 -> 212 [1] lasti
    #     102 to 104 -> 170 [2] lasti
    #     106 to 120 -> 212 [1] lasti
    #     140 to 156 -> 164 [1] lasti
    #     162 to 162 -> 164 [1] lasti
    #     170 to 178 -> 188 [4] lasti
    #     180 to 192 -> 212 [1] lasti
    #     212 to 220 -> 230 [3] lasti
    raise RuntimeError("depyf: could not decompile f3: a with at a while loop's exit suppresses back to its head at 68")


def f4(c, t, x, n, m):
    # depyf: could not decompile f4: a with at a while loop's exit suppresses back to its head at 54
    #   127           0 RESUME                   0
    #   
    #   128           2 NOP
    #   
    #   129     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE        1 (to 20)
    #   
    #   130          18 RETURN_CONST             0 (None)
    #   
    #   131     >>   20 PUSH_NULL
    #                22 LOAD_FAST                0 (c)
    #                24 CALL                     0
    #                32 POP_JUMP_IF_FALSE       10 (to 54)
    #   
    #   132          34 NOP
    #   
    #   133          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               1 (5)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   137          52 RETURN_CONST             2 (7)
    #   
    #   139     >>   54 PUSH_NULL
    #                56 LOAD_FAST                4 (m)
    #                58 LOAD_CONST               3 (8)
    #                60 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   140          72 PUSH_NULL
    #                74 LOAD_FAST                2 (x)
    #                76 LOAD_CONST               4 (9)
    #                78 CALL                     1
    #                86 POP_TOP
    #   
    #   141          88 NOP
    #   
    #   139          90 LOAD_CONST               0 (None)
    #                92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 CALL                     2
    #               104 POP_TOP
    #               106 RETURN_CONST             5 (10)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   134         110 LOAD_GLOBAL              0 (E1)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_IF_FALSE        3 (to 130)
    #               124 POP_TOP
    #   
    #   135         126 POP_EXCEPT
    #               128 JUMP_FORWARD            16 (to 162)
    #   
    #   134     >>  130 RERAISE                  0
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   
    #   139     >>  138 PUSH_EXC_INFO
    #               140 WITH_EXCEPT_START
    #               142 POP_JUMP_IF_TRUE         1 (to 146)
    #               144 RERAISE                  2
    #           >>  146 POP_TOP
    #               148 POP_EXCEPT
    #               150 POP_TOP
    #               152 POP_TOP
    #               154 JUMP_FORWARD             3 (to 162)
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #   
    #   128     >>  162 JUMP_BACKWARD           80 (to 4)
    #   ExceptionTable:
    #     36 to 50 -> 108 [0]
    #     70 to 88 -> 138 [1] lasti
    #     108 to 124 -> 132 [1] lasti
    #     130 to 130 -> 132 [1] lasti
    #     138 to 146 -> 156 [3] lasti
    raise RuntimeError("depyf: could not decompile f4: a with at a while loop's exit suppresses back to its head at 54")

assert run([], f1) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([1, 1], f1) in ((7, [5]), FELL)
assert run([], f2) in ((10, [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1], f2) in ((7, [-5]), FELL)
assert run([0, 1], f2) in (('E1', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1], f2) in ((10, [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 2], f2) in (('E2', [-5]), FELL)
assert run([0, 1, 1], f2) in ((10, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1], f2) in ((7, [-5, -5]), FELL)
assert run([0, 1, 1, 1], f2) in ((7, [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([1, 1, 0, 1], f2) in (('E1', [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 0, 2], f2) in (('E2', [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 1], f2) in ((10, [-5, -5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-5, -5]), FELL)
assert run([0, 1, 1, 0, 1], f2) in (('E1', [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 0, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1, 1], f2) in ((10, [('enter', 8), -9, ('exit', 8, True), -5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1, 2], f2) in (('E2', [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([1, 1, 0, 1, 1], f2) in ((10, [-5, ('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((7, [-5, -5, -5]), FELL)
assert run([], f3) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([1], f3) in ((None, []), FELL)
assert run([0, 1, 1], f3) in ((7, [5]), FELL)
assert run([], f4) in ((10, [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([1], f4) in ((None, []), FELL)
assert run([0, 1], f4) in ((7, [-5]), FELL)
assert run([0, 0, 1], f4) in (('E1', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 0, 2], f4) in (('E2', [('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1], f4) in ((10, [-5, ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 2], f4) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], f4) in ((10, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, False)]), FELL)
assert run([0, 1, 1, 1], f4) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 1], f4) in ((None, [('enter', 8), -9, ('exit', 8, True)]), FELL)
assert run([0, 1, 1, 0, 1], f4) in ((7, [-5, -5]), FELL)
assert run([0, 0, 1, 1, 0, 1, 0], f4) in ((7, [('enter', 8), -9, ('exit', 8, True), -5]), FELL)
assert run([0, 0, 1, 1, 1], f4) in ((None, [('enter', 8), -9, ('exit', 8, True)]), FELL)
assert run([0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0], f4) in ((7, [('enter', 8), -9, ('exit', 8, True), ('enter', 8), -9, ('exit', 8, True), -5]), FELL)
