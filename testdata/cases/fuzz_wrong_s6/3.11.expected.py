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
    for j in n():
        try:
            if not c():
                pass
            else:
                t(5)
                return 6
        except E1:
            pass
        finally:
            t(15)
    t(16)


def try_while_and_break_raise(c, t, x, m, n):
    # depyf: could not decompile try_while_and_break_raise: then-branch jumps past the end of the enclosing branch at 152
    #    66           0 RESUME                   0
    #   
    #    68           2 NOP
    #   
    #    69           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #   
    #    70          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    80 (to 206)
    #                46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 PRECALL                  0
    #                54 CALL                     0
    #                64 POP_JUMP_FORWARD_IF_FALSE    70 (to 206)
    #   
    #    71          66 PUSH_NULL
    #                68 LOAD_FAST                0 (c)
    #                70 PRECALL                  0
    #                74 CALL                     0
    #                84 POP_JUMP_FORWARD_IF_TRUE    12 (to 110)
    #   
    #    72          86 PUSH_NULL
    #                88 LOAD_FAST                2 (x)
    #                90 LOAD_CONST               2 (2)
    #                92 PRECALL                  1
    #                96 CALL                     1
    #               106 POP_TOP
    #               108 JUMP_FORWARD            33 (to 176)
    #   
    #    73     >>  110 PUSH_NULL
    #               112 LOAD_FAST                0 (c)
    #               114 PRECALL                  0
    #               118 CALL                     0
    #               128 POP_JUMP_FORWARD_IF_FALSE    12 (to 154)
    #   
    #    74         130 PUSH_NULL
    #               132 LOAD_FAST                1 (t)
    #               134 LOAD_CONST               3 (4)
    #               136 PRECALL                  1
    #               140 CALL                     1
    #               150 POP_TOP
    #   
    #    75         152 JUMP_FORWARD            26 (to 206)
    #   
    #    77     >>  154 PUSH_NULL
    #               156 LOAD_FAST                1 (t)
    #               158 LOAD_CONST               4 (5)
    #               160 PRECALL                  1
    #               164 CALL                     1
    #               174 POP_TOP
    #   
    #    78     >>  176 LOAD_GLOBAL              1 (NULL + E2)
    #               188 LOAD_CONST               5 (7)
    #               190 PRECALL                  1
    #               194 CALL                     1
    #               204 RAISE_VARARGS            1
    #           >>  206 JUMP_FORWARD            29 (to 266)
    #           >>  208 PUSH_EXC_INFO
    #   
    #    79         210 LOAD_GLOBAL              2 (E1)
    #               222 CHECK_EXC_MATCH
    #               224 POP_JUMP_FORWARD_IF_FALSE     4 (to 234)
    #               226 POP_TOP
    #   
    #    80         228 POP_EXCEPT
    #               230 LOAD_CONST               6 (8)
    #               232 RETURN_VALUE
    #   
    #    81     >>  234 LOAD_GLOBAL              0 (E2)
    #               246 CHECK_EXC_MATCH
    #               248 POP_JUMP_FORWARD_IF_FALSE     4 (to 258)
    #               250 POP_TOP
    #   
    #    82         252 POP_EXCEPT
    #               254 LOAD_CONST               7 (9)
    #               256 RETURN_VALUE
    #   
    #    81     >>  258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #   
    #    83     >>  266 PUSH_NULL
    #               268 LOAD_FAST                1 (t)
    #               270 LOAD_CONST               8 (10)
    #               272 PRECALL                  1
    #               276 CALL                     1
    #               286 POP_TOP
    #               288 LOAD_CONST               0 (None)
    #               290 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 204 -> 208 [0]
    #     208 to 226 -> 260 [1] lasti
    #     234 to 250 -> 260 [1] lasti
    #     258 to 258 -> 260 [1] lasti
    raise RuntimeError('depyf: could not decompile try_while_and_break_raise: then-branch jumps past the end of the enclosing branch at 152')


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
    with m(33):
        try:
            if not c():
                x(42)
            else:
                return 45
        except E1:
            t(46)
    t(66)


def while_try_finally_else_return(c, t, x, m, n):
    while True:
        if c():
            break
        try:
            if c() or c():
                t(2)
            else:
                t(3)
                return 5
        except E1:
            t(6)
        finally:
            t(12)
        t(20)
    t(33)

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
