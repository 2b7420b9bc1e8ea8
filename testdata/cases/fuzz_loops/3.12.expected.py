def run(answers, f):
    seen = []
    it = iter(answers)
    def c():
        return next(it)
    def t(n):
        seen.append(n)
    def x(n):
        seen.append(-n)
    f(c, t, x)
    return seen


def elif_while_and_continue(c, t, x):
    if c():
        return None
    if c() and c():
        return None
    if not c():
        if c() or c():
            pass
        elif c() or c():
            while c() and c():
                t(21)
                continue
        elif c():
            pass
        else:
            pass
        x(30)


def if_while_continue_elif(c, t, x):
    # depyf: could not decompile if_while_continue_elif: jump into the body of the loop at 16
    #    39           0 RESUME                   0
    #   
    #    40           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE        8 (to 32)
    #   
    #    41     >>   16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       16 (to 62)
    #   
    #    42          30 JUMP_BACKWARD            8 (to 16)
    #   
    #    43     >>   32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_FALSE        8 (to 62)
    #   
    #    44          46 PUSH_NULL
    #                48 LOAD_FAST                2 (x)
    #                50 LOAD_CONST               1 (33)
    #                52 CALL                     1
    #                60 POP_TOP
    #   
    #    45     >>   62 PUSH_NULL
    #                64 LOAD_FAST                1 (t)
    #                66 LOAD_CONST               2 (41)
    #                68 CALL                     1
    #                76 POP_TOP
    #                78 RETURN_CONST             0 (None)
    raise RuntimeError('depyf: could not decompile if_while_continue_elif: jump into the body of the loop at 16')


def nested_while_continue(c, t, x):
    # depyf: could not decompile nested_while_continue: jump into the body of the loop at 76
    #    48           0 RESUME                   0
    #   
    #    49           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE        8 (to 32)
    #                16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE        1 (to 32)
    #   
    #    50          30 JUMP_FORWARD            61 (to 154)
    #   
    #    51     >>   32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_TRUE         1 (to 48)
    #   
    #    52          46 JUMP_FORWARD            53 (to 154)
    #   
    #    53     >>   48 PUSH_NULL
    #                50 LOAD_FAST                0 (c)
    #                52 CALL                     0
    #                60 POP_JUMP_IF_FALSE       46 (to 154)
    #   
    #    54          62 PUSH_NULL
    #                64 LOAD_FAST                0 (c)
    #                66 CALL                     0
    #                74 POP_JUMP_IF_FALSE        8 (to 92)
    #   
    #    55     >>   76 PUSH_NULL
    #                78 LOAD_FAST                0 (c)
    #                80 CALL                     0
    #                88 POP_JUMP_IF_FALSE       32 (to 154)
    #   
    #    56          90 JUMP_BACKWARD            8 (to 76)
    #   
    #    57     >>   92 PUSH_NULL
    #                94 LOAD_FAST                0 (c)
    #                96 CALL                     0
    #               104 POP_JUMP_IF_FALSE        1 (to 108)
    #   
    #    58         106 JUMP_FORWARD            23 (to 154)
    #   
    #    59     >>  108 PUSH_NULL
    #               110 LOAD_FAST                0 (c)
    #               112 CALL                     0
    #               120 POP_JUMP_IF_TRUE        16 (to 154)
    #   
    #    60         122 PUSH_NULL
    #               124 LOAD_FAST                0 (c)
    #               126 CALL                     0
    #               134 POP_JUMP_IF_FALSE        1 (to 138)
    #   
    #    61         136 JUMP_FORWARD             8 (to 154)
    #   
    #    63     >>  138 PUSH_NULL
    #               140 LOAD_FAST                2 (x)
    #               142 LOAD_CONST               1 (33)
    #               144 CALL                     1
    #               152 POP_TOP
    #   
    #    64     >>  154 PUSH_NULL
    #               156 LOAD_FAST                1 (t)
    #               158 LOAD_CONST               2 (41)
    #               160 CALL                     1
    #               168 POP_TOP
    #               170 RETURN_CONST             0 (None)
    raise RuntimeError('depyf: could not decompile nested_while_continue: jump into the body of the loop at 76')

assert run([0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0], elif_while_and_continue) == [21, -30]
assert run([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0], elif_while_and_continue) == [21, 21, -30]
assert run([0, 0, 0, 0, 1, 1], elif_while_and_continue) == [-30]
assert run([0, 0, 0, 0, 0, 0, 0, 0], elif_while_and_continue) == [-30]
assert run([1], elif_while_and_continue) == []
assert run([0, 1, 1], elif_while_and_continue) == []
assert run([0, 0, 1], elif_while_and_continue) == []
assert run([1, 1, 1, 0], if_while_continue_elif) == [41]
assert run([0, 1], if_while_continue_elif) == [-33, 41]
assert run([0, 0], if_while_continue_elif) == [41]
assert run([1, 1], nested_while_continue) == [41]
assert run([0, 0], nested_while_continue) == [41]
assert run([0, 1, 0], nested_while_continue) == [41]
assert run([0, 1, 1, 1, 1, 0], nested_while_continue) == [41]
assert run([0, 1, 1, 0, 1], nested_while_continue) == [41]
assert run([0, 1, 1, 0, 0, 0, 1], nested_while_continue) == [41]
assert run([0, 1, 1, 0, 0, 0, 0], nested_while_continue) == [-33, 41]
assert run([0, 1, 1, 0, 0, 1], nested_while_continue) == [41]
