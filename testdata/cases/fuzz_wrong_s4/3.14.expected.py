





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
                else:
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
                else:
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
    # depyf: could not decompile for_else_break_through_finally_if: code copied after an except clause's POP_EXCEPT at 150
    #    129            RESUME                   0
    #   
    #    131            LOAD_GLOBAL              1 (range + NULL)
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   GET_ITER
    #           L1:     FOR_ITER                41 (to L6)
    #                   STORE_FAST               4 (j)
    #   
    #    132            NOP
    #   
    #    133    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #           L3:     NOP
    #   
    #    137            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L4)
    #                   NOT_TAKEN
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L5)
    #                   NOT_TAKEN
    #   
    #    138    L4:     JUMP_BACKWARD           41 (to L1)
    #   
    #    137    L5:     JUMP_BACKWARD           43 (to L1)
    #   
    #    131    L6:     END_FOR
    #                   POP_ITER
    #   
    #    140            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          27
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    141    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          57
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    134            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       35 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    135    L9:     POP_EXCEPT
    #   
    #    137   L10:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L11)
    #                   NOT_TAKEN
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        4 (to L12)
    #                   NOT_TAKEN
    #   
    #    138   L11:     POP_TOP
    #                   JUMP_BACKWARD           51 (to L7)
    #   
    #    137   L12:     POP_TOP
    #                   JUMP_BACKWARD           54 (to L7)
    #   
    #    134   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #    137            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L17)
    #                   NOT_TAKEN
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L18)
    #          L16:     NOT_TAKEN
    #   
    #    138   L17:     RERAISE                  0
    #   
    #    137   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L8 [1]
    #     L8 to L9 -> L14 [2] lasti
    #     L9 to L10 -> L15 [1]
    #     L13 to L14 -> L14 [2] lasti
    #     L14 to L15 -> L15 [1]
    #     L15 to L16 -> L19 [2] lasti
    #     L17 to L19 -> L19 [2] lasti
    raise RuntimeError("depyf: could not decompile for_else_break_through_finally_if: code copied after an except clause's POP_EXCEPT at 150")

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
