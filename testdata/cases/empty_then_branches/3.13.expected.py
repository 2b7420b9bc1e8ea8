




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
        if c():
            raise E1(n)
    try:
        return seen, f(c, t, x)
    except E1 as e:
        return seen, type(e).__name__


def finally_if_pass(c, t, x):
    try:
        x(3)
    finally:
        if c():
            pass


def finally_if_and_pass(c, t, x):
    try:
        x(3)
    finally:
        if c():
            if c():
                pass


def finally_if_or_pass(c, t, x):
    try:
        x(3)
    finally:
        if c() or c():
            pass


def if_or_pass_then_code(c, t, x):
    if c() or c():
        pass
    t(1)


def for_else_clause_break_through_finally_if_or_pass(c, t, x):
    # depyf: could not decompile for_else_clause_break_through_finally_if_or_pass: code copied after an except clause's POP_EXCEPT at 144
    #     57            RESUME                   0
    #   
    #     58            LOAD_GLOBAL              1 (range + NULL)
    #                   LOAD_CONST               1 (2)
    #                   CALL                     1
    #                   GET_ITER
    #           L1:     FOR_ITER                39 (to L6)
    #                   STORE_FAST               3 (j)
    #   
    #     59            NOP
    #   
    #     60    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (3)
    #                   CALL                     1
    #                   POP_TOP
    #           L3:     NOP
    #   
    #     64            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L4)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #   
    #     65    L4:     JUMP_BACKWARD           39 (to L1)
    #   
    #     64    L5:     JUMP_BACKWARD           41 (to L1)
    #   
    #     58    L6:     END_FOR
    #                   POP_TOP
    #   
    #     67            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (27)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     68    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (57)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #     61            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       32 (to L13)
    #                   POP_TOP
    #   
    #     62    L9:     POP_EXCEPT
    #   
    #     64   L10:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L11)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L12)
    #   
    #     65   L11:     POP_TOP
    #                   JUMP_BACKWARD           47 (to L7)
    #   
    #     64   L12:     POP_TOP
    #                   JUMP_BACKWARD           50 (to L7)
    #   
    #     61   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #     64            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L16)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L17)
    #   
    #     65   L16:     RERAISE                  0
    #   
    #     64   L17:     RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L8 [1]
    #     L8 to L9 -> L14 [2] lasti
    #     L9 to L10 -> L15 [1]
    #     L13 to L14 -> L14 [2] lasti
    #     L14 to L15 -> L15 [1]
    #     L15 to L18 -> L18 [2] lasti
    raise RuntimeError("depyf: could not decompile for_else_clause_break_through_finally_if_or_pass: code copied after an except clause's POP_EXCEPT at 144")

assert run([0, 1], finally_if_pass) == ([-3], None)
assert run([1, 0], finally_if_pass) == ([-3], 'E1')
assert run([0, 0, 0], finally_if_and_pass) == ([-3], None)
assert run([1, 1, 1], finally_if_and_pass) == ([-3], 'E1')
assert run([0, 0, 1], finally_if_or_pass) == ([-3], None)
assert run([1, 1], finally_if_or_pass) == ([-3], 'E1')
assert run([0, 0], if_or_pass_then_code) == ([1], None)
assert run([1], if_or_pass_then_code) == ([1], None)
assert run([0, 0, 0, 0, 0, 1], for_else_clause_break_through_finally_if_or_pass) == ([-3, -3, 27, 57], None)
assert run([1, 1], for_else_clause_break_through_finally_if_or_pass) == ([-3, 57], None)
