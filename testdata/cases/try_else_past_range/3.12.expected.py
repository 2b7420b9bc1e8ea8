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
    try:
        if not c():
            x(42)
        else:
            with m(7):
                t(8)
            return 45
    except E1:
        t(46)
    t(66)


def with_then_else_return_value(c, t, x, m, n):
    # depyf: could not decompile with_then_else_return_value: a statement (Return) after return in the same block (a misread layout)
    #    77           0 RESUME                   0
    #   
    #    78           2 NOP
    #   
    #    79           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       26 (to 70)
    #   
    #    80          18 PUSH_NULL
    #                20 LOAD_FAST                3 (m)
    #                22 LOAD_CONST               1 (3)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 POP_TOP
    #   
    #    81          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (4)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #    80          52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 CALL                     2
    #                66 POP_TOP
    #   
    #    87          68 RETURN_CONST             5 ('after')
    #   
    #    83     >>   70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               3 (5)
    #                76 CALL                     1
    #                84 POP_TOP
    #   
    #    84          86 PUSH_NULL
    #                88 LOAD_FAST                0 (c)
    #                90 CALL                     0
    #                98 RETURN_VALUE
    #   
    #    80     >>  100 PUSH_EXC_INFO
    #               102 WITH_EXCEPT_START
    #               104 POP_JUMP_IF_TRUE         1 (to 108)
    #               106 RERAISE                  2
    #           >>  108 POP_TOP
    #               110 POP_EXCEPT
    #               112 POP_TOP
    #               114 POP_TOP
    #   
    #    87         116 RETURN_CONST             5 ('after')
    #           >>  118 COPY                     3
    #               120 POP_EXCEPT
    #               122 RERAISE                  1
    #           >>  124 PUSH_EXC_INFO
    #   
    #    85         126 LOAD_GLOBAL              0 (E1)
    #               136 CHECK_EXC_MATCH
    #               138 POP_JUMP_IF_FALSE        3 (to 146)
    #               140 POP_TOP
    #   
    #    86         142 POP_EXCEPT
    #               144 RETURN_CONST             4 (2)
    #   
    #    85     >>  146 RERAISE                  0
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
    try:
        if c() or c():
            pass
        elif c():
            pass
        elif c():
            for j in n():
                break
            else:
                return 8
        else:
            return 9
    except E1:
        pass
    else:
        t(11)

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
