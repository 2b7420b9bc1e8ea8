















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
    #     63            RESUME                   0
    #   
    #     64            NOP
    #   
    #     65    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        10 (to L5)
    #           L2:     NOT_TAKEN
    #   
    #     66    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          42
    #                   CALL                     1
    #                   POP_TOP
    #           L4:     JUMP_FORWARD            35 (to L9)
    #   
    #     68    L5:     LOAD_FAST_BORROW         3 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L6:     POP_TOP
    #   
    #     69            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     68    L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #     70    L8:     LOAD_SMALL_INT          45
    #                   RETURN_VALUE
    #   
    #     73    L9:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          66
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     68   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L11)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #   
    #     70   L13:     LOAD_SMALL_INT          45
    #                   RETURN_VALUE
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #     71            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L17)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     72            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          46
    #                   CALL                     1
    #                   POP_TOP
    #          L16:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 51 (to L9)
    #   
    #     71   L17:     RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L15 [0]
    #     L3 to L4 -> L15 [0]
    #     L5 to L6 -> L15 [0]
    #     L6 to L7 -> L10 [2] lasti
    #     L7 to L8 -> L15 [0]
    #     L10 to L12 -> L14 [4] lasti
    #     L12 to L13 -> L15 [0]
    #     L14 to L15 -> L15 [0]
    #     L15 to L16 -> L18 [1] lasti
    #     L17 to L18 -> L18 [1] lasti
    raise RuntimeError('depyf: could not decompile with_else_return: a statement (Return) after return in the same block (a misread layout)')


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
    #     89            RESUME                   0
    #   
    #     90            NOP
    #   
    #     91    L1:     LOAD_FAST_BORROW         0 (c)
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
    #     92    L5:     JUMP_FORWARD            45 (to L15)
    #   
    #     93    L6:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L9)
    #           L7:     NOT_TAKEN
    #   
    #     94    L8:     JUMP_FORWARD            31 (to L15)
    #   
    #     95    L9:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       17 (to L14)
    #          L10:     NOT_TAKEN
    #   
    #     96   L11:     LOAD_FAST_BORROW         4 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                 3 (to L12)
    #                   STORE_FAST               5 (j)
    #   
    #     97            POP_TOP
    #                   JUMP_FORWARD             6 (to L15)
    #   
    #     96   L12:     END_FOR
    #                   POP_ITER
    #   
    #     99   L13:     LOAD_SMALL_INT           8
    #                   RETURN_VALUE
    #   
    #    101   L14:     LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #    105   L15:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L16:     PUSH_EXC_INFO
    #   
    #    102            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    103   L17:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    102   L18:     RERAISE                  0
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
