
















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
    # depyf: could not decompile elif_for_else_return: conditional jump out of the region at 106
    #     90            RESUME                   0
    #   
    #     91            NOP
    #   
    #     92    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L5)
    #           L2:     NOT_TAKEN
    #           L3:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L6)
    #           L4:     NOT_TAKEN
    #   
    #     93    L5:     JUMP_FORWARD            45 (to L15)
    #   
    #     94    L6:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L9)
    #           L7:     NOT_TAKEN
    #   
    #     95    L8:     JUMP_FORWARD            31 (to L15)
    #   
    #     96    L9:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       17 (to L14)
    #          L10:     NOT_TAKEN
    #   
    #     97   L11:     LOAD_FAST_BORROW         4 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                 3 (to L12)
    #                   STORE_FAST               5 (j)
    #   
    #     98            POP_TOP
    #                   JUMP_FORWARD             6 (to L15)
    #   
    #     97   L12:     END_FOR
    #                   POP_ITER
    #   
    #    100   L13:     LOAD_SMALL_INT           8
    #                   RETURN_VALUE
    #   
    #    102   L14:     LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #    106   L15:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L16:     PUSH_EXC_INFO
    #   
    #    103            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    104   L17:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    103   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L16 [0]
    #     L3 to L4 -> L16 [0]
    #     L5 to L7 -> L16 [0]
    #     L8 to L10 -> L16 [0]
    #     L11 to L13 -> L16 [0]
    #     L16 to L17 -> L19 [1] lasti
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_for_else_return: conditional jump out of the region at 106')

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
