
















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
    try:
        if c():
            with m(3):
                x(4)
        else:
            t(5)
            return c()
    except E1:
        return 2
    return 'after'


def elif_for_else_return(c, t, x, m, n):
    # depyf: could not decompile elif_for_else_return: conditional jump out of the region at 100
    #     90            RESUME                   0
    #   
    #     91            NOP
    #   
    #     92    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L2)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L3)
    #   
    #     93    L2:     JUMP_FORWARD            41 (to L8)
    #   
    #     94    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L4)
    #   
    #     95            JUMP_FORWARD            28 (to L8)
    #   
    #     96    L4:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       15 (to L7)
    #   
    #     97            LOAD_FAST                4 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                 3 (to L5)
    #                   STORE_FAST               5 (j)
    #   
    #     98            POP_TOP
    #                   JUMP_FORWARD             4 (to L8)
    #   
    #     97    L5:     END_FOR
    #                   POP_TOP
    #   
    #    100    L6:     RETURN_CONST             1 (8)
    #   
    #    102    L7:     RETURN_CONST             2 (9)
    #   
    #    106    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (11)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    103            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #                   POP_TOP
    #   
    #    104   L10:     POP_EXCEPT
    #                   RETURN_CONST             0 (None)
    #   
    #    103   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L6 -> L9 [0]
    #     L9 to L10 -> L12 [1] lasti
    #     L11 to L12 -> L12 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_for_else_return: conditional jump out of the region at 100')

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
