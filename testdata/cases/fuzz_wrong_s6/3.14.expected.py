








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
    # depyf: could not decompile try_while_and_break_raise: then-branch jumps past the end of the enclosing branch at 158
    #     66            RESUME                   0
    #   
    #     68            NOP
    #   
    #     69    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     70            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       77 (to L14)
    #           L2:     NOT_TAKEN
    #           L3:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       64 (to L14)
    #           L4:     NOT_TAKEN
    #   
    #     71    L5:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        10 (to L8)
    #           L6:     NOT_TAKEN
    #   
    #     72    L7:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            30 (to L13)
    #   
    #     73    L8:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L12)
    #           L9:     NOT_TAKEN
    #   
    #     74   L10:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     75   L11:     JUMP_FORWARD            19 (to L14)
    #   
    #     77   L12:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     78   L13:     LOAD_GLOBAL              1 (E2 + NULL)
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #     83   L14:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #     79            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L17)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     80   L16:     POP_EXCEPT
    #                   LOAD_SMALL_INT           8
    #                   RETURN_VALUE
    #   
    #     81   L17:     LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L21)
    #          L18:     NOT_TAKEN
    #          L19:     POP_TOP
    #   
    #     82   L20:     POP_EXCEPT
    #                   LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #     81   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L15 [0]
    #     L3 to L4 -> L15 [0]
    #     L5 to L6 -> L15 [0]
    #     L7 to L9 -> L15 [0]
    #     L10 to L11 -> L15 [0]
    #     L12 to L14 -> L15 [0]
    #     L15 to L16 -> L22 [1] lasti
    #     L17 to L18 -> L22 [1] lasti
    #     L19 to L20 -> L22 [1] lasti
    #     L21 to L22 -> L22 [1] lasti
    raise RuntimeError('depyf: could not decompile try_while_and_break_raise: then-branch jumps past the end of the enclosing branch at 158')


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
