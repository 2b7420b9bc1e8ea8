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
    def n():
        return range(next(it))
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
        result = f(c, t, x, m, n)
    except E1:
        result = 'E1'
    except StopIteration:
        result = 'out of answers'
    return seen, result


def plain_else_return(c, t, x, m, n):
    try:
        if not c():
            x(42)
        else:
            return 45
    except E1:
        t(46)
    t(66)


def with_else_return(c, t, x, m, n):
    # depyf: could not decompile with_else_return: a statement (Return) after return in the same block (a misread layout)
    #    63           0 RESUME                   0
    #   
    #    64           2 NOP
    #   
    #    65           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_TRUE         9 (to 36)
    #   
    #    66          18 PUSH_NULL
    #                20 LOAD_FAST                2 (x)
    #                22 LOAD_CONST               1 (42)
    #                24 CALL                     1
    #                32 POP_TOP
    #                34 JUMP_FORWARD            26 (to 88)
    #   
    #    68     >>   36 PUSH_NULL
    #                38 LOAD_FAST                3 (m)
    #                40 LOAD_CONST               2 (7)
    #                42 CALL                     1
    #                50 BEFORE_WITH
    #                52 POP_TOP
    #   
    #    69          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               3 (8)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #    68          70 LOAD_CONST               0 (None)
    #                72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 CALL                     2
    #                84 POP_TOP
    #   
    #    70          86 RETURN_CONST             4 (45)
    #   
    #    66     >>   88 NOP
    #   
    #    73     >>   90 PUSH_NULL
    #                92 LOAD_FAST                1 (t)
    #                94 LOAD_CONST               6 (66)
    #                96 CALL                     1
    #               104 POP_TOP
    #               106 RETURN_CONST             0 (None)
    #   
    #    68     >>  108 PUSH_EXC_INFO
    #               110 WITH_EXCEPT_START
    #               112 POP_JUMP_IF_TRUE         1 (to 116)
    #               114 RERAISE                  2
    #           >>  116 POP_TOP
    #               118 POP_EXCEPT
    #               120 POP_TOP
    #               122 POP_TOP
    #   
    #    70         124 RETURN_CONST             4 (45)
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #           >>  132 PUSH_EXC_INFO
    #   
    #    71         134 LOAD_GLOBAL              0 (E1)
    #               144 CHECK_EXC_MATCH
    #               146 POP_JUMP_IF_FALSE       11 (to 170)
    #               148 POP_TOP
    #   
    #    72         150 PUSH_NULL
    #               152 LOAD_FAST                1 (t)
    #               154 LOAD_CONST               5 (46)
    #               156 CALL                     1
    #               164 POP_TOP
    #               166 POP_EXCEPT
    #               168 JUMP_BACKWARD           40 (to 90)
    #   
    #    71     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   ExceptionTable:
    #     4 to 50 -> 132 [0]
    #     52 to 68 -> 108 [1] lasti
    #     70 to 84 -> 132 [0]
    #     108 to 116 -> 126 [3] lasti
    #     118 to 122 -> 132 [0]
    #     126 to 130 -> 132 [0]
    #     132 to 164 -> 172 [1] lasti
    #     170 to 170 -> 172 [1] lasti
    raise RuntimeError('depyf: could not decompile with_else_return: a statement (Return) after return in the same block (a misread layout)')


def with_then_else_return_value(c, t, x, m, n):
    # depyf: could not decompile with_then_else_return_value: a statement (Return) after return in the same block (a misread layout)
    #    76           0 RESUME                   0
    #   
    #    77           2 NOP
    #   
    #    78           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       26 (to 70)
    #   
    #    79          18 PUSH_NULL
    #                20 LOAD_FAST                3 (m)
    #                22 LOAD_CONST               1 (3)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 POP_TOP
    #   
    #    80          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (4)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #    79          52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 CALL                     2
    #                66 POP_TOP
    #   
    #    86          68 RETURN_CONST             5 ('after')
    #   
    #    82     >>   70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               3 (5)
    #                76 CALL                     1
    #                84 POP_TOP
    #   
    #    83          86 PUSH_NULL
    #                88 LOAD_FAST                0 (c)
    #                90 CALL                     0
    #                98 RETURN_VALUE
    #   
    #    79     >>  100 PUSH_EXC_INFO
    #               102 WITH_EXCEPT_START
    #               104 POP_JUMP_IF_TRUE         1 (to 108)
    #               106 RERAISE                  2
    #           >>  108 POP_TOP
    #               110 POP_EXCEPT
    #               112 POP_TOP
    #               114 POP_TOP
    #   
    #    86         116 RETURN_CONST             5 ('after')
    #           >>  118 COPY                     3
    #               120 POP_EXCEPT
    #               122 RERAISE                  1
    #           >>  124 PUSH_EXC_INFO
    #   
    #    84         126 LOAD_GLOBAL              0 (E1)
    #               136 CHECK_EXC_MATCH
    #               138 POP_JUMP_IF_FALSE        3 (to 146)
    #               140 POP_TOP
    #   
    #    85         142 POP_EXCEPT
    #               144 RETURN_CONST             4 (2)
    #   
    #    84     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   ExceptionTable:
    #     4 to 32 -> 124 [0]
    #     34 to 50 -> 100 [1] lasti
    #     52 to 66 -> 124 [0]
    #     70 to 96 -> 124 [0]
    #     100 to 108 -> 118 [3] lasti
    #     110 to 114 -> 124 [0]
    #     118 to 122 -> 124 [0]
    #     124 to 140 -> 148 [1] lasti
    #     146 to 146 -> 148 [1] lasti
    raise RuntimeError('depyf: could not decompile with_then_else_return_value: a statement (Return) after return in the same block (a misread layout)')


def elif_for_else_return(c, t, x, m, n):
    # depyf: could not decompile elif_for_else_return: conditional jump out of the region at 62
    #    89           0 RESUME                   0
    #   
    #    90           2 NOP
    #   
    #    91           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_TRUE         7 (to 32)
    #                18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE        1 (to 34)
    #   
    #    92     >>   32 JUMP_FORWARD            30 (to 94)
    #   
    #    93     >>   34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 POP_JUMP_IF_FALSE        1 (to 50)
    #   
    #    94          48 JUMP_FORWARD            22 (to 94)
    #   
    #    95     >>   50 PUSH_NULL
    #                52 LOAD_FAST                0 (c)
    #                54 CALL                     0
    #                62 POP_JUMP_IF_FALSE       14 (to 92)
    #   
    #    96          64 PUSH_NULL
    #                66 LOAD_FAST                4 (n)
    #                68 CALL                     0
    #                76 GET_ITER
    #                78 FOR_ITER                 3 (to 88)
    #                82 STORE_FAST               5 (j)
    #   
    #    97          84 POP_TOP
    #                86 JUMP_FORWARD             3 (to 94)
    #   
    #    96     >>   88 END_FOR
    #   
    #    99          90 RETURN_CONST             1 (8)
    #   
    #   101     >>   92 RETURN_CONST             2 (9)
    #   
    #   105     >>   94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               3 (11)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 RETURN_CONST             0 (None)
    #           >>  112 PUSH_EXC_INFO
    #   
    #   102         114 LOAD_GLOBAL              0 (E1)
    #               124 CHECK_EXC_MATCH
    #               126 POP_JUMP_IF_FALSE        3 (to 134)
    #               128 POP_TOP
    #   
    #   103         130 POP_EXCEPT
    #               132 RETURN_CONST             0 (None)
    #   
    #   102     >>  134 RERAISE                  0
    #           >>  136 COPY                     3
    #               138 POP_EXCEPT
    #               140 RERAISE                  1
    #   ExceptionTable:
    #     4 to 88 -> 112 [0]
    #     112 to 128 -> 136 [1] lasti
    #     134 to 134 -> 136 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_for_else_return: conditional jump out of the region at 62')

assert run([1], plain_else_return) == ([], 45)
assert run([0, 0], plain_else_return) == ([-42, 66], None)
assert run([0, 1], plain_else_return) == ([-42, 46, 66], None)
assert run([1], with_else_return) == ([('enter', 7), 8, ('exit', 7)], 45)
assert run([0, 0], with_else_return) == ([-42, 66], None)
assert run([0, 1], with_else_return) == ([-42, 46, 66], None)
assert run([1, 0], with_then_else_return_value) == ([('enter', 3), -4, ('exit', 3)], 'after')
assert run([1, 1, 0], with_then_else_return_value) == ([('enter', 3), -4, ('exit', 3)], 2)
assert run([1, 1, 1], with_then_else_return_value) == ([('enter', 3), -4, ('exit', 3)], 'after')
assert run([0, 9], with_then_else_return_value) == ([5], 9)
assert run([1, 0], elif_for_else_return) == ([11], None)
assert run([0, 0, 1], elif_for_else_return) == ([11], None)
assert run([0, 0, 0, 1, 0], elif_for_else_return) == ([], 8)
assert run([0, 0, 0, 1, 2], elif_for_else_return) == ([11], None)
assert run([0, 0, 0, 0], elif_for_else_return) == ([], 9)
