class E1(Exception):
    pass


class E2(Exception):
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


def for_try_while_true_return(c, t, x, m, n):
    # depyf: could not decompile for_try_while_true_return: then-branch jumps over the code after the range at 40
    #    49           0 RESUME                   0
    #   
    #    52           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                40 (to 100)
    #                20 STORE_FAST               5 (j)
    #   
    #    53          22 NOP
    #   
    #    54          24 NOP
    #   
    #    55          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 CALL                     0
    #                38 POP_JUMP_IF_TRUE         1 (to 42)
    #   
    #    56          40 JUMP_FORWARD            19 (to 80)
    #   
    #    57     >>   42 PUSH_NULL
    #                44 LOAD_FAST                1 (t)
    #                46 LOAD_CONST               1 (5)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #    58          58 NOP
    #   
    #    62          60 PUSH_NULL
    #                62 LOAD_FAST                1 (t)
    #                64 LOAD_CONST               2 (15)
    #                66 CALL                     1
    #                74 POP_TOP
    #                76 POP_TOP
    #                78 RETURN_CONST             3 (6)
    #   
    #    56     >>   80 NOP
    #   
    #    62     >>   82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               2 (15)
    #                88 CALL                     1
    #                96 POP_TOP
    #                98 JUMP_BACKWARD           42 (to 16)
    #   
    #    52     >>  100 END_FOR
    #   
    #    63         102 PUSH_NULL
    #               104 LOAD_FAST                1 (t)
    #               106 LOAD_CONST               4 (16)
    #               108 CALL                     1
    #               116 POP_TOP
    #               118 RETURN_CONST             0 (None)
    #           >>  120 PUSH_EXC_INFO
    #   
    #    59         122 LOAD_GLOBAL              0 (E1)
    #               132 CHECK_EXC_MATCH
    #               134 POP_JUMP_IF_FALSE        3 (to 142)
    #               136 POP_TOP
    #   
    #    60         138 POP_EXCEPT
    #               140 JUMP_BACKWARD           30 (to 82)
    #   
    #    59     >>  142 RERAISE                  0
    #           >>  144 COPY                     3
    #               146 POP_EXCEPT
    #               148 RERAISE                  1
    #           >>  150 PUSH_EXC_INFO
    #   
    #    62         152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               2 (15)
    #               158 CALL                     1
    #               166 POP_TOP
    #               168 RERAISE                  0
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #   ExceptionTable:
    #     24 to 56 -> 120 [1]
    #     80 to 80 -> 150 [1]
    #     120 to 136 -> 144 [2] lasti
    #     138 to 140 -> 150 [1]
    #     142 to 142 -> 144 [2] lasti
    #     144 to 148 -> 150 [1]
    #     150 to 168 -> 170 [2] lasti
    raise RuntimeError('depyf: could not decompile for_try_while_true_return: then-branch jumps over the code after the range at 40')


def try_while_and_break_raise(c, t, x, m, n):
    try:
        x(1)
        if c() and c():
            if not c():
                x(2)
                raise E2(7)
            if c():
                t(4)
            else:
                t(5)
                raise E2(7)
    except E1:
        return 8
    except E2:
        return 9
    else:
        t(10)


def elif_for_break_else(c, t, x, m, n):
    if c():
        if c():
            pass
        elif c():
            for i in n():
                t(10)
                break
            else:
                t(11)
    elif c():
        pass
    t(35)


def try_for_break_else(c, t, x, m, n):
    if c():
        t(1)
        try:
            for k in n():
                t(2)
                break
            else:
                t(3)
        except E1:
            t(5)
    t(26)


def with_try_else_return(c, t, x, m, n):
    # depyf: could not decompile with_try_else_return: then-branch jumps over the code after the range at 52
    #   117           0 RESUME                   0
    #   
    #   119           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (m)
    #                 6 LOAD_CONST               1 (33)
    #                 8 CALL                     1
    #                16 BEFORE_WITH
    #                18 POP_TOP
    #   
    #   120          20 NOP
    #   
    #   121          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_TRUE         9 (to 54)
    #   
    #   122          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (42)
    #                42 CALL                     1
    #                50 POP_TOP
    #                52 JUMP_FORWARD            10 (to 74)
    #   
    #   124     >>   54 NOP
    #   
    #   119          56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 LOAD_CONST               0 (None)
    #                62 CALL                     2
    #                70 POP_TOP
    #                72 RETURN_CONST             3 (45)
    #   
    #   122     >>   74 NOP
    #   
    #   119     >>   76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 CALL                     2
    #                90 POP_TOP
    #   
    #   127     >>   92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               5 (66)
    #                98 CALL                     1
    #               106 POP_TOP
    #               108 RETURN_CONST             0 (None)
    #           >>  110 PUSH_EXC_INFO
    #   
    #   125         112 LOAD_GLOBAL              0 (E1)
    #               122 CHECK_EXC_MATCH
    #               124 POP_JUMP_IF_FALSE       11 (to 148)
    #               126 POP_TOP
    #   
    #   126         128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               4 (46)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 POP_EXCEPT
    #               146 JUMP_BACKWARD           36 (to 76)
    #   
    #   125     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   119     >>  156 PUSH_EXC_INFO
    #               158 WITH_EXCEPT_START
    #               160 POP_JUMP_IF_TRUE         1 (to 164)
    #               162 RERAISE                  2
    #           >>  164 POP_TOP
    #               166 POP_EXCEPT
    #               168 POP_TOP
    #               170 POP_TOP
    #               172 JUMP_BACKWARD           41 (to 92)
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #   ExceptionTable:
    #     18 to 18 -> 156 [1] lasti
    #     22 to 52 -> 110 [1]
    #     74 to 74 -> 156 [1] lasti
    #     110 to 142 -> 150 [2] lasti
    #     144 to 146 -> 156 [1] lasti
    #     148 to 148 -> 150 [2] lasti
    #     150 to 154 -> 156 [1] lasti
    #     156 to 164 -> 174 [3] lasti
    raise RuntimeError('depyf: could not decompile with_try_else_return: then-branch jumps over the code after the range at 52')


def while_try_finally_else_return(c, t, x, m, n):
    # depyf: could not decompile while_try_finally_else_return: then-branch jumps over the code after the range at 66
    #   130           0 RESUME                   0
    #   
    #   133           2 NOP
    #   
    #   134     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE        1 (to 20)
    #   
    #   135          18 JUMP_FORWARD            60 (to 140)
    #   
    #   136     >>   20 NOP
    #   
    #   137          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_TRUE         7 (to 50)
    #                36 PUSH_NULL
    #                38 LOAD_FAST                0 (c)
    #                40 CALL                     0
    #                48 POP_JUMP_IF_FALSE        9 (to 68)
    #   
    #   138     >>   50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               1 (2)
    #                56 CALL                     1
    #                64 POP_TOP
    #                66 JUMP_FORWARD            18 (to 104)
    #   
    #   140     >>   68 PUSH_NULL
    #                70 LOAD_FAST                1 (t)
    #                72 LOAD_CONST               2 (3)
    #                74 CALL                     1
    #                82 POP_TOP
    #   
    #   141          84 NOP
    #   
    #   145          86 PUSH_NULL
    #                88 LOAD_FAST                1 (t)
    #                90 LOAD_CONST               3 (12)
    #                92 CALL                     1
    #               100 POP_TOP
    #               102 RETURN_CONST             4 (5)
    #   
    #   138     >>  104 NOP
    #   
    #   145     >>  106 PUSH_NULL
    #               108 LOAD_FAST                1 (t)
    #               110 LOAD_CONST               3 (12)
    #               112 CALL                     1
    #               120 POP_TOP
    #   
    #   146         122 PUSH_NULL
    #               124 LOAD_FAST                1 (t)
    #               126 LOAD_CONST               6 (20)
    #               128 CALL                     1
    #               136 POP_TOP
    #   
    #   133         138 JUMP_BACKWARD           68 (to 4)
    #   
    #   147     >>  140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               7 (33)
    #               146 CALL                     1
    #               154 POP_TOP
    #               156 RETURN_CONST             0 (None)
    #           >>  158 PUSH_EXC_INFO
    #   
    #   142         160 LOAD_GLOBAL              0 (E1)
    #               170 CHECK_EXC_MATCH
    #               172 POP_JUMP_IF_FALSE       11 (to 196)
    #               174 POP_TOP
    #   
    #   143         176 PUSH_NULL
    #               178 LOAD_FAST                1 (t)
    #               180 LOAD_CONST               5 (6)
    #               182 CALL                     1
    #               190 POP_TOP
    #               192 POP_EXCEPT
    #               194 JUMP_BACKWARD           45 (to 106)
    #   
    #   142     >>  196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #           >>  204 PUSH_EXC_INFO
    #   
    #   145         206 PUSH_NULL
    #               208 LOAD_FAST                1 (t)
    #               210 LOAD_CONST               3 (12)
    #               212 CALL                     1
    #               220 POP_TOP
    #               222 RERAISE                  0
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #   ExceptionTable:
    #     22 to 82 -> 158 [0]
    #     104 to 104 -> 204 [0]
    #     158 to 190 -> 198 [1] lasti
    #     192 to 194 -> 204 [0]
    #     196 to 196 -> 198 [1] lasti
    #     198 to 202 -> 204 [0]
    #     204 to 222 -> 224 [1] lasti
    raise RuntimeError('depyf: could not decompile while_try_finally_else_return: then-branch jumps over the code after the range at 66')

assert run([0], for_try_while_true_return) == ([16], None)
assert run([1, 0], for_try_while_true_return) == ([15, 16], None)
assert run([1, 1], for_try_while_true_return) == ([5, 15], 6)
assert run([2, 0, 0], for_try_while_true_return) == ([15, 15, 16], None)
assert run([2, 0, 1], for_try_while_true_return) == ([15, 5, 15], 6)
assert run([1], try_while_and_break_raise) == ([-1], 8)
assert run([0, 0], try_while_and_break_raise) == ([-1, 10], None)
assert run([0, 1, 1, 0, 0], try_while_and_break_raise) == ([-1, -2], 9)
assert run([0, 1, 1, 0, 1], try_while_and_break_raise) == ([-1, -2], 8)
assert run([0, 1, 1, 1, 0], try_while_and_break_raise) == ([-1, 5], 9)
assert run([0, 1, 1, 1, 1], try_while_and_break_raise) == ([-1, 4, 10], None)
assert run([0, 0], elif_for_break_else) == ([35], None)
assert run([1, 0, 1, 0], elif_for_break_else) == ([11, 35], None)
assert run([1, 0, 1, 1], elif_for_break_else) == ([10, 35], None)
assert run([0], try_for_break_else) == ([26], None)
assert run([1, 0], try_for_break_else) == ([1, 3, 26], None)
assert run([1, 1], try_for_break_else) == ([1, 2, 26], None)
assert run([1], with_try_else_return) == ([('enter', 33), ('exit', 33)], 45)
assert run([0, 0], with_try_else_return) == ([('enter', 33), -42, ('exit', 33), 66], None)
assert run([0, 1], with_try_else_return) == ([('enter', 33), -42, 46, ('exit', 33), 66], None)
assert run([1], while_try_finally_else_return) == ([33], None)
assert run([0, 0, 0], while_try_finally_else_return) == ([3, 12], 5)
assert run([0, 1, 1], while_try_finally_else_return) == ([2, 12, 20, 33], None)
assert run([0, 1, 0, 0, 0], while_try_finally_else_return) == ([2, 12, 20, 3, 12], 5)
assert run([0, 1, 0, 1, 1], while_try_finally_else_return) == ([2, 12, 20, 2, 12, 20, 33], None)
assert run([0, 1, 0, 1, 0, 0, 0], while_try_finally_else_return) == ([2, 12, 20, 2, 12, 20, 3, 12], 5)
