class E1(Exception):
    pass


def run(answers, f):
    seen = []
    it = iter(answers)
    def c():
        return next(it)
    def t(n):
        seen.append(n)
    def x(n):
        seen.append(-n)
        if next(it):
            raise E1(n)
    class m:
        def __init__(self, n):
            self.n = n
        def __enter__(self):
            seen.append(('enter', self.n))
            return self.n
        def __exit__(self, kind, value, tb):
            seen.append(('exit', self.n))
            return kind is not None and next(it)
    try:
        result = f(c, t, x, m)
    except E1:
        result = 'E1'
    return seen, result


def with_try_else_return(c, t, x, m):
    with m(1):
        try:
            x(4)
        except E1:
            t(5)
        else:
            return 6
    t(7)


def nested_with_try_else_return(c, t, x, m):
    # depyf: could not decompile nested_with_try_else_return: stack underflow
    #    51           0 RESUME                   0
    #   
    #    52           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 POP_TOP
    #   
    #    53          26 PUSH_NULL
    #                28 LOAD_FAST                3 (m)
    #                30 LOAD_CONST               2 (2)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #    54          50 NOP
    #   
    #    55          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               3 (4)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #    59          74 NOP
    #   
    #    53          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #   
    #    52          98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 LOAD_CONST               4 (6)
    #               122 RETURN_VALUE
    #           >>  124 PUSH_EXC_INFO
    #   
    #    56         126 LOAD_GLOBAL              0 (E1)
    #               138 CHECK_EXC_MATCH
    #               140 POP_JUMP_FORWARD_IF_FALSE    14 (to 170)
    #               142 POP_TOP
    #   
    #    57         144 PUSH_NULL
    #               146 LOAD_FAST                1 (t)
    #               148 LOAD_CONST               5 (5)
    #               150 PRECALL                  1
    #               154 CALL                     1
    #               164 POP_TOP
    #               166 POP_EXCEPT
    #               168 JUMP_FORWARD             4 (to 178)
    #   
    #    56     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #    57     >>  178 NOP
    #   
    #    53         180 LOAD_CONST               0 (None)
    #               182 LOAD_CONST               0 (None)
    #               184 LOAD_CONST               0 (None)
    #               186 PRECALL                  2
    #               190 CALL                     2
    #               200 POP_TOP
    #               202 JUMP_FORWARD            11 (to 226)
    #           >>  204 PUSH_EXC_INFO
    #               206 WITH_EXCEPT_START
    #               208 POP_JUMP_FORWARD_IF_TRUE     4 (to 218)
    #               210 RERAISE                  2
    #           >>  212 COPY                     3
    #               214 POP_EXCEPT
    #               216 RERAISE                  1
    #           >>  218 POP_TOP
    #               220 POP_EXCEPT
    #               222 POP_TOP
    #               224 POP_TOP
    #   
    #    52     >>  226 LOAD_CONST               0 (None)
    #               228 LOAD_CONST               0 (None)
    #               230 LOAD_CONST               0 (None)
    #               232 PRECALL                  2
    #               236 CALL                     2
    #               246 POP_TOP
    #               248 JUMP_FORWARD            11 (to 272)
    #           >>  250 PUSH_EXC_INFO
    #               252 WITH_EXCEPT_START
    #               254 POP_JUMP_FORWARD_IF_TRUE     4 (to 264)
    #               256 RERAISE                  2
    #           >>  258 COPY                     3
    #               260 POP_EXCEPT
    #               262 RERAISE                  1
    #           >>  264 POP_TOP
    #               266 POP_EXCEPT
    #               268 POP_TOP
    #               270 POP_TOP
    #   
    #    60     >>  272 PUSH_NULL
    #               274 LOAD_FAST                1 (t)
    #               276 LOAD_CONST               6 (7)
    #               278 PRECALL                  1
    #               282 CALL                     1
    #               292 POP_TOP
    #               294 LOAD_CONST               0 (None)
    #               296 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 46 -> 250 [1] lasti
    #     48 to 48 -> 204 [2] lasti
    #     52 to 72 -> 124 [2]
    #     74 to 74 -> 204 [2] lasti
    #     76 to 96 -> 250 [1] lasti
    #     124 to 164 -> 172 [3] lasti
    #     166 to 168 -> 204 [2] lasti
    #     170 to 170 -> 172 [3] lasti
    #     172 to 176 -> 204 [2] lasti
    #     180 to 202 -> 250 [1] lasti
    #     204 to 210 -> 212 [4] lasti
    #     212 to 216 -> 250 [1] lasti
    #     218 to 218 -> 212 [4] lasti
    #     220 to 224 -> 250 [1] lasti
    #     250 to 256 -> 258 [3] lasti
    #     264 to 264 -> 258 [3] lasti
    raise RuntimeError('depyf: could not decompile nested_with_try_else_return: stack underflow')


def three_withs_try_else_return(c, t, x, m):
    # depyf: could not decompile three_withs_try_else_return: try statement cut by the end of its region at 48
    #    63           0 RESUME                   0
    #   
    #    64           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 STORE_FAST               4 (w)
    #   
    #    65          26 PUSH_NULL
    #                28 LOAD_FAST                3 (m)
    #                30 LOAD_CONST               2 (2)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #                50 PUSH_NULL
    #                52 LOAD_FAST                3 (m)
    #                54 LOAD_CONST               3 (3)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #    66          74 NOP
    #   
    #    67          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               4 (4)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #    71          98 NOP
    #   
    #    65         100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 PRECALL                  2
    #               132 CALL                     2
    #               142 POP_TOP
    #   
    #    64         144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 LOAD_CONST               0 (None)
    #               150 PRECALL                  2
    #               154 CALL                     2
    #               164 POP_TOP
    #               166 LOAD_CONST               5 (6)
    #               168 RETURN_VALUE
    #           >>  170 PUSH_EXC_INFO
    #   
    #    68         172 LOAD_GLOBAL              0 (E1)
    #               184 CHECK_EXC_MATCH
    #               186 POP_JUMP_FORWARD_IF_FALSE    14 (to 216)
    #               188 POP_TOP
    #   
    #    69         190 PUSH_NULL
    #               192 LOAD_FAST                1 (t)
    #               194 LOAD_CONST               6 (5)
    #               196 PRECALL                  1
    #               200 CALL                     1
    #               210 POP_TOP
    #               212 POP_EXCEPT
    #               214 JUMP_FORWARD             4 (to 224)
    #   
    #    68     >>  216 RERAISE                  0
    #           >>  218 COPY                     3
    #               220 POP_EXCEPT
    #               222 RERAISE                  1
    #   
    #    69     >>  224 NOP
    #   
    #    65         226 LOAD_CONST               0 (None)
    #               228 LOAD_CONST               0 (None)
    #               230 LOAD_CONST               0 (None)
    #               232 PRECALL                  2
    #               236 CALL                     2
    #               246 POP_TOP
    #               248 JUMP_FORWARD            11 (to 272)
    #           >>  250 PUSH_EXC_INFO
    #               252 WITH_EXCEPT_START
    #               254 POP_JUMP_FORWARD_IF_TRUE     4 (to 264)
    #               256 RERAISE                  2
    #           >>  258 COPY                     3
    #               260 POP_EXCEPT
    #               262 RERAISE                  1
    #           >>  264 POP_TOP
    #               266 POP_EXCEPT
    #               268 POP_TOP
    #               270 POP_TOP
    #           >>  272 LOAD_CONST               0 (None)
    #               274 LOAD_CONST               0 (None)
    #               276 LOAD_CONST               0 (None)
    #               278 PRECALL                  2
    #               282 CALL                     2
    #               292 POP_TOP
    #               294 JUMP_FORWARD            11 (to 318)
    #           >>  296 PUSH_EXC_INFO
    #               298 WITH_EXCEPT_START
    #               300 POP_JUMP_FORWARD_IF_TRUE     4 (to 310)
    #               302 RERAISE                  2
    #           >>  304 COPY                     3
    #               306 POP_EXCEPT
    #               308 RERAISE                  1
    #           >>  310 POP_TOP
    #               312 POP_EXCEPT
    #               314 POP_TOP
    #               316 POP_TOP
    #   
    #    64     >>  318 LOAD_CONST               0 (None)
    #               320 LOAD_CONST               0 (None)
    #               322 LOAD_CONST               0 (None)
    #               324 PRECALL                  2
    #               328 CALL                     2
    #               338 POP_TOP
    #               340 JUMP_FORWARD            11 (to 364)
    #           >>  342 PUSH_EXC_INFO
    #               344 WITH_EXCEPT_START
    #               346 POP_JUMP_FORWARD_IF_TRUE     4 (to 356)
    #               348 RERAISE                  2
    #           >>  350 COPY                     3
    #               352 POP_EXCEPT
    #               354 RERAISE                  1
    #           >>  356 POP_TOP
    #               358 POP_EXCEPT
    #               360 POP_TOP
    #               362 POP_TOP
    #   
    #    72     >>  364 PUSH_NULL
    #               366 LOAD_FAST                1 (t)
    #               368 LOAD_CONST               7 (7)
    #               370 PRECALL                  1
    #               374 CALL                     1
    #               384 POP_TOP
    #               386 LOAD_CONST               0 (None)
    #               388 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 46 -> 342 [1] lasti
    #     48 to 70 -> 296 [2] lasti
    #     72 to 72 -> 250 [3] lasti
    #     76 to 96 -> 170 [3]
    #     98 to 98 -> 250 [3] lasti
    #     100 to 120 -> 296 [2] lasti
    #     122 to 142 -> 342 [1] lasti
    #     170 to 210 -> 218 [4] lasti
    #     212 to 214 -> 250 [3] lasti
    #     216 to 216 -> 218 [4] lasti
    #     218 to 222 -> 250 [3] lasti
    #     226 to 248 -> 296 [2] lasti
    #     250 to 256 -> 258 [5] lasti
    #     258 to 262 -> 296 [2] lasti
    #     264 to 264 -> 258 [5] lasti
    #     266 to 270 -> 296 [2] lasti
    #     272 to 294 -> 342 [1] lasti
    #     296 to 302 -> 304 [4] lasti
    #     304 to 308 -> 342 [1] lasti
    #     310 to 310 -> 304 [4] lasti
    #     312 to 316 -> 342 [1] lasti
    #     342 to 348 -> 350 [3] lasti
    #     356 to 356 -> 350 [3] lasti
    raise RuntimeError('depyf: could not decompile three_withs_try_else_return: try statement cut by the end of its region at 48')


def nested_with_branch_try_else_raise(c, t, x, m):
    with m(1) as w, m(2):
        t(3)
        if not c():
            try:
                x(6)
            except E1:
                t(8)
            else:
                raise E1(10)
        else:
            return 11

assert run([0], with_try_else_return) == ([('enter', 1), -4, ('exit', 1)], 6)
assert run([1], with_try_else_return) == ([('enter', 1), -4, 5, ('exit', 1), 7], None)
assert run([0], nested_with_try_else_return) == ([('enter', 1), ('enter', 2), -4, ('exit', 2), ('exit', 1)], 6)
assert run([1], nested_with_try_else_return) == ([('enter', 1), ('enter', 2), -4, 5, ('exit', 2), ('exit', 1), 7], None)
assert run([0], three_withs_try_else_return) == ([('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), ('exit', 1)], 6)
assert run([1], three_withs_try_else_return) == ([('enter', 1), ('enter', 2), ('enter', 3), -4, 5, ('exit', 3), ('exit', 2), ('exit', 1), 7], None)
assert run([1], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, ('exit', 2), ('exit', 1)], 11)
assert run([0, 1], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, -6, 8, ('exit', 2), ('exit', 1)], None)
assert run([0, 0, 1], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, -6, ('exit', 2), ('exit', 1)], None)
assert run([0, 0, 0, 0], nested_with_branch_try_else_raise) == ([('enter', 1), ('enter', 2), 3, -6, ('exit', 2), ('exit', 1)], 'E1')
