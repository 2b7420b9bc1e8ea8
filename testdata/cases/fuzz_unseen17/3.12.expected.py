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


def try_match_guarded_then_default_if_returning(c, t, x, n, m):
    try:
        match c() % 3, c():
            case [z, False] if z:
                pass
            case _:
                if not c():
                    return 35
    except E1:
        pass
    except E2 as e:
        pass
    t(65)


def try_match_default_if_returning(c, t, x, n, m):
    try:
        if c() == 1:
            t(1)
        elif not c():
            return 35
    except E1:
        pass
    t(65)


def try_for_with_break_else_if_returning(c, t, x, n, m):
    # depyf: could not decompile try_for_with_break_else_if_returning: a with's suppressing path and its normal exit go on apart at 44
    #   108           0 RESUME                   0
    #   
    #   109           2 NOP
    #   
    #   110           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 CALL                     0
    #                16 GET_ITER
    #           >>   18 FOR_ITER                21 (to 64)
    #                22 STORE_FAST               5 (k)
    #   
    #   111          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (1)
    #                30 CALL                     1
    #                38 BEFORE_WITH
    #                40 POP_TOP
    #   
    #   112          42 NOP
    #   
    #   111          44 LOAD_CONST               0 (None)
    #                46 LOAD_CONST               0 (None)
    #                48 LOAD_CONST               0 (None)
    #                50 CALL                     2
    #                58 POP_TOP
    #                60 POP_TOP
    #                62 JUMP_FORWARD            18 (to 100)
    #   
    #   110     >>   64 END_FOR
    #   
    #   114          66 PUSH_NULL
    #                68 LOAD_FAST                0 (c)
    #                70 CALL                     0
    #                78 POP_JUMP_IF_FALSE        9 (to 98)
    #   
    #   115          80 PUSH_NULL
    #                82 LOAD_FAST                1 (t)
    #                84 LOAD_CONST               2 (5)
    #                86 CALL                     1
    #                94 POP_TOP
    #                96 JUMP_FORWARD             1 (to 100)
    #   
    #   117     >>   98 RETURN_CONST             3 (9)
    #   
    #   120     >>  100 PUSH_NULL
    #               102 LOAD_FAST                1 (t)
    #               104 LOAD_CONST               4 (18)
    #               106 CALL                     1
    #               114 POP_TOP
    #               116 RETURN_CONST             0 (None)
    #   
    #   111     >>  118 PUSH_EXC_INFO
    #               120 WITH_EXCEPT_START
    #               122 POP_JUMP_IF_TRUE         1 (to 126)
    #               124 RERAISE                  2
    #           >>  126 POP_TOP
    #               128 POP_EXCEPT
    #               130 POP_TOP
    #               132 POP_TOP
    #               134 JUMP_BACKWARD           59 (to 18)
    #           >>  136 COPY                     3
    #               138 POP_EXCEPT
    #               140 RERAISE                  1
    #           >>  142 PUSH_EXC_INFO
    #   
    #   118         144 LOAD_GLOBAL              0 (E1)
    #               154 CHECK_EXC_MATCH
    #               156 POP_JUMP_IF_FALSE        3 (to 164)
    #               158 POP_TOP
    #   
    #   119         160 POP_EXCEPT
    #               162 JUMP_BACKWARD           32 (to 100)
    #   
    #   118     >>  164 RERAISE                  0
    #           >>  166 COPY                     3
    #               168 POP_EXCEPT
    #               170 RERAISE                  1
    #   ExceptionTable:
    #     4 to 38 -> 142 [0]
    #     40 to 42 -> 118 [2] lasti
    #     44 to 96 -> 142 [0]
    #     118 to 126 -> 136 [4] lasti
    #     128 to 140 -> 142 [0]
    #     142 to 158 -> 166 [1] lasti
    #     164 to 164 -> 166 [1] lasti
    raise RuntimeError("depyf: could not decompile try_for_with_break_else_if_returning: a with's suppressing path and its normal exit go on apart at 44")


def try_for_with_break_else_elif_and_returning(c, t, x, n, m):
    # depyf: could not decompile try_for_with_break_else_elif_and_returning: a with's suppressing path and its normal exit go on apart at 60
    #   123           0 RESUME                   0
    #   
    #   124           2 NOP
    #   
    #   125           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 CALL                     0
    #                16 GET_ITER
    #           >>   18 FOR_ITER                29 (to 80)
    #                22 STORE_FAST               5 (k)
    #   
    #   126          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (1)
    #                30 CALL                     1
    #                38 BEFORE_WITH
    #                40 STORE_FAST               6 (w)
    #   
    #   127          42 PUSH_NULL
    #                44 LOAD_FAST                1 (t)
    #                46 LOAD_CONST               2 (2)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #   128          58 NOP
    #   
    #   126          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 POP_TOP
    #                78 JUMP_FORWARD            49 (to 178)
    #   
    #   125     >>   80 END_FOR
    #   
    #   130          82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               3 (3)
    #                88 CALL                     1
    #                96 POP_TOP
    #   
    #   131          98 PUSH_NULL
    #               100 LOAD_FAST                0 (c)
    #               102 CALL                     0
    #               110 POP_JUMP_IF_FALSE        9 (to 130)
    #   
    #   132         112 PUSH_NULL
    #               114 LOAD_FAST                1 (t)
    #               116 LOAD_CONST               4 (5)
    #               118 CALL                     1
    #               126 POP_TOP
    #               128 JUMP_FORWARD            24 (to 178)
    #   
    #   133     >>  130 PUSH_NULL
    #               132 LOAD_FAST                0 (c)
    #               134 CALL                     0
    #               142 POP_JUMP_IF_FALSE       16 (to 176)
    #               144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 CALL                     0
    #               156 POP_JUMP_IF_FALSE        9 (to 176)
    #   
    #   134         158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               5 (6)
    #               164 CALL                     1
    #               172 POP_TOP
    #               174 JUMP_FORWARD             1 (to 178)
    #   
    #   136     >>  176 RETURN_CONST             6 (9)
    #   
    #   139     >>  178 PUSH_NULL
    #               180 LOAD_FAST                1 (t)
    #               182 LOAD_CONST               8 (18)
    #               184 CALL                     1
    #               192 POP_TOP
    #               194 RETURN_CONST             0 (None)
    #   
    #   126     >>  196 PUSH_EXC_INFO
    #               198 WITH_EXCEPT_START
    #               200 POP_JUMP_IF_TRUE         1 (to 204)
    #               202 RERAISE                  2
    #           >>  204 POP_TOP
    #               206 POP_EXCEPT
    #               208 POP_TOP
    #               210 POP_TOP
    #               212 JUMP_BACKWARD           98 (to 18)
    #           >>  214 COPY                     3
    #               216 POP_EXCEPT
    #               218 RERAISE                  1
    #           >>  220 PUSH_EXC_INFO
    #   
    #   137         222 LOAD_GLOBAL              0 (E1)
    #               232 CHECK_EXC_MATCH
    #               234 POP_JUMP_IF_FALSE       11 (to 258)
    #               236 POP_TOP
    #   
    #   138         238 PUSH_NULL
    #               240 LOAD_FAST                1 (t)
    #               242 LOAD_CONST               7 (10)
    #               244 CALL                     1
    #               252 POP_TOP
    #               254 POP_EXCEPT
    #               256 JUMP_BACKWARD           40 (to 178)
    #   
    #   137     >>  258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #   ExceptionTable:
    #     4 to 38 -> 220 [0]
    #     40 to 58 -> 196 [2] lasti
    #     60 to 174 -> 220 [0]
    #     196 to 204 -> 214 [4] lasti
    #     206 to 218 -> 220 [0]
    #     220 to 252 -> 260 [1] lasti
    #     258 to 258 -> 260 [1] lasti
    raise RuntimeError("depyf: could not decompile try_for_with_break_else_elif_and_returning: a with's suppressing path and its normal exit go on apart at 60")

assert run([], try_match_guarded_then_default_if_returning) in ((35, []), FELL)
assert run([0, 0, 1], try_match_guarded_then_default_if_returning) in ((None, [65]), FELL)
assert run([], try_match_default_if_returning) in ((35, []), FELL)
assert run([1], try_match_default_if_returning) in ((None, [1, 65]), FELL)
assert run([0, 1], try_match_default_if_returning) in ((None, [65]), FELL)
assert run([], try_for_with_break_else_if_returning) in ((9, []), FELL)
assert run([1], try_for_with_break_else_if_returning) in ((None, [('enter', 1), ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_if_returning) in ((None, [5, 18]), FELL)
assert run([], try_for_with_break_else_elif_and_returning) in ((9, [3]), FELL)
assert run([1], try_for_with_break_else_elif_and_returning) in ((None, [('enter', 1), 2, ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 5, 18]), FELL)
assert run([0, 0, 1, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 6, 18]), FELL)
