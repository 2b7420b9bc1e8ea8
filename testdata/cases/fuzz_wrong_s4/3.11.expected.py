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


def nested_with_returning(c, t, x, m):
    with m(2), m(3):
        x(4)
        return 6
    t(7)


def with_try_returning(c, t, x, m):
    with m(1) as w:
        x(8)
        try:
            return 9
        except E1:
            pass
    t(2)


def nested_with_loop_returning(c, t, x, m):
    with m(2), m(3):
        while c():
            x(4)
        return 6
    t(7)


def clause_while_break_in_branch(c, t, x, m):
    if c():
        try:
            x(16)
        except E1:
            while True:
                if c():
                    break
                t(22)
    elif c():
        t(1)
    t(48)


def clause_while_or_break_after_for(c, t, x, m):
    if c() or c():
        try:
            for j in range(2):
                x(16)
        except E1:
            while True:
                if c() or c():
                    break
                t(22)
    elif c():
        t(1)
    t(48)


def for_else_break_through_finally(c, t, x, m):
    for j in range(2):
        try:
            x(3)
        except E1:
            break
        finally:
            t(5)
    else:
        t(27)
    t(57)


def for_else_break_in_try_else_through_finally(c, t, x, m):
    for j in range(2):
        try:
            x(3)
        except E1:
            try:
                break
            except E1:
                pass
        finally:
            t(5)
    else:
        t(27)
    t(57)


def for_else_break_through_finally_if(c, t, x, m):
    # depyf: could not decompile for_else_break_through_finally_if: unrecognised condition at 224
    #   129           0 RESUME                   0
    #   
    #   131           2 LOAD_GLOBAL              1 (NULL + range)
    #                14 LOAD_CONST               1 (2)
    #                16 PRECALL                  1
    #                20 CALL                     1
    #                30 GET_ITER
    #           >>   32 FOR_ITER               100 (to 234)
    #                34 STORE_FAST               4 (j)
    #   
    #   132          36 NOP
    #   
    #   133          38 PUSH_NULL
    #                40 LOAD_FAST                2 (x)
    #                42 LOAD_CONST               2 (3)
    #                44 PRECALL                  1
    #                48 CALL                     1
    #                58 POP_TOP
    #                60 JUMP_FORWARD            38 (to 138)
    #           >>   62 PUSH_EXC_INFO
    #   
    #   134          64 LOAD_GLOBAL              2 (E1)
    #                76 CHECK_EXC_MATCH
    #                78 POP_JUMP_FORWARD_IF_FALSE    25 (to 130)
    #                80 POP_TOP
    #   
    #   135          82 POP_EXCEPT
    #   
    #   137          84 PUSH_NULL
    #                86 LOAD_FAST                0 (c)
    #                88 PRECALL                  0
    #                92 CALL                     0
    #               102 POP_JUMP_FORWARD_IF_TRUE    10 (to 124)
    #               104 PUSH_NULL
    #               106 LOAD_FAST                0 (c)
    #               108 PRECALL                  0
    #               112 CALL                     0
    #               122 POP_JUMP_FORWARD_IF_FALSE     1 (to 126)
    #   
    #   138     >>  124 NOP
    #           >>  126 POP_TOP
    #               128 JUMP_FORWARD            63 (to 256)
    #   
    #   134     >>  130 RERAISE                  0
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   
    #   133     >>  138 NOP
    #   
    #   137         140 PUSH_NULL
    #               142 LOAD_FAST                0 (c)
    #               144 PRECALL                  0
    #               148 CALL                     0
    #               158 POP_JUMP_FORWARD_IF_TRUE    10 (to 180)
    #               160 PUSH_NULL
    #               162 LOAD_FAST                0 (c)
    #               164 PRECALL                  0
    #               168 CALL                     0
    #               178 POP_JUMP_FORWARD_IF_FALSE     1 (to 182)
    #   
    #   138     >>  180 NOP
    #           >>  182 JUMP_BACKWARD           76 (to 32)
    #           >>  184 PUSH_EXC_INFO
    #   
    #   137         186 PUSH_NULL
    #               188 LOAD_FAST                0 (c)
    #               190 PRECALL                  0
    #               194 CALL                     0
    #               204 POP_JUMP_FORWARD_IF_TRUE    10 (to 226)
    #               206 PUSH_NULL
    #               208 LOAD_FAST                0 (c)
    #               210 PRECALL                  0
    #               214 CALL                     0
    #               224 POP_JUMP_FORWARD_IF_FALSE     0 (to 226)
    #   
    #   138     >>  226 RERAISE                  0
    #           >>  228 COPY                     3
    #               230 POP_EXCEPT
    #               232 RERAISE                  1
    #   
    #   140     >>  234 PUSH_NULL
    #               236 LOAD_FAST                1 (t)
    #               238 LOAD_CONST               3 (27)
    #               240 PRECALL                  1
    #               244 CALL                     1
    #               254 POP_TOP
    #   
    #   141     >>  256 PUSH_NULL
    #               258 LOAD_FAST                1 (t)
    #               260 LOAD_CONST               4 (57)
    #               262 PRECALL                  1
    #               266 CALL                     1
    #               276 POP_TOP
    #               278 LOAD_CONST               0 (None)
    #               280 RETURN_VALUE
    #   ExceptionTable:
    #     38 to 58 -> 62 [1]
    #     60 to 60 -> 184 [1]
    #     62 to 80 -> 132 [2] lasti
    #     82 to 82 -> 184 [1]
    #     130 to 130 -> 132 [2] lasti
    #     132 to 136 -> 184 [1]
    #     184 to 226 -> 228 [2] lasti
    raise RuntimeError('depyf: could not decompile for_else_break_through_finally_if: unrecognised condition at 224')

assert run([0], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2)], 6)
assert run([1, 1], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 0, 1], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 0, 0], nested_with_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2)], 'E1')
assert run([0], with_try_returning) == ([('enter', 1), -8, ('exit', 1)], 9)
assert run([1, 1], with_try_returning) == ([('enter', 1), -8, ('exit', 1), 2], None)
assert run([1, 0], with_try_returning) == ([('enter', 1), -8, ('exit', 1)], 'E1')
assert run([0], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), ('exit', 3), ('exit', 2)], 6)
assert run([1, 0, 0], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2)], 6)
assert run([1, 1, 1], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 1, 0, 1], nested_with_loop_returning) == ([('enter', 2), ('enter', 3), -4, ('exit', 3), ('exit', 2), 7], None)
assert run([1, 0], clause_while_break_in_branch) == ([-16, 48], None)
assert run([1, 1, 1], clause_while_break_in_branch) == ([-16, 48], None)
assert run([1, 1, 0, 0, 1], clause_while_break_in_branch) == ([-16, 22, 22, 48], None)
assert run([0, 1], clause_while_break_in_branch) == ([1, 48], None)
assert run([0, 0], clause_while_break_in_branch) == ([48], None)
assert run([1, 0, 0], clause_while_or_break_after_for) == ([-16, -16, 48], None)
assert run([0, 1, 1, 0, 1], clause_while_or_break_after_for) == ([-16, 48], None)
assert run([1, 1, 0, 0, 0, 1], clause_while_or_break_after_for) == ([-16, 22, 48], None)
assert run([0, 0, 1], clause_while_or_break_after_for) == ([1, 48], None)
assert run([0, 0], for_else_break_through_finally) == ([-3, 5, -3, 5, 27, 57], None)
assert run([0, 1], for_else_break_through_finally) == ([-3, 5, -3, 5, 57], None)
assert run([1], for_else_break_through_finally) == ([-3, 5, 57], None)
assert run([0, 0], for_else_break_in_try_else_through_finally) == ([-3, 5, -3, 5, 27, 57], None)
assert run([0, 1], for_else_break_in_try_else_through_finally) == ([-3, 5, -3, 5, 57], None)
assert run([0, 1, 0, 0, 0], for_else_break_through_finally_if) == ([-3, -3, 27, 57], None)
assert run([1, 0, 1], for_else_break_through_finally_if) == ([-3, 57], None)
