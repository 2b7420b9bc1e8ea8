



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
    try:
        result = f(c, t, x)
    except E1:
        result = 'E1'
    return seen, result


def while_if_pass_last(c, t, x):
    while c():
        if c():
            continue
        if not c():
            return 9
        if c():
            t(8)
    t(10)


def clause_while_true_break(c, t, x):
    try:
        x(16)
    except E1:
        while True:
            if c() or c():
                break
            else:
                t(23)
    t(48)


def clause_while_true_break_after(c, t, x):
    try:
        x(16)
    except E1:
        while True:
            if c():
                t(1)
                break
            else:
                t(23)
    t(48)


def clause_while_break_named(c, t, x):
    try:
        x(16)
    except E1 as e:
        while c():
            if c():
                break
            else:
                t(23)
    t(48)


def clause_while_break_else(c, t, x):
    try:
        x(1)
    except E1:
        if c():
            pass
        else:
            t(13)
    t(32)


def clause_return_const_else(c, t, x):
    try:
        x(1)
    except E1:
        if c():
            return None
        return 35
    except E2 as e:
        pass


def nested_while_continue_in_try(c, t, x):
    while c():
        while c():
            try:
                x(26)
            except E1:
                pass
    t(52)


def loop_never_looping_in_try(c, t, x):
    # depyf: could not decompile loop_never_looping_in_try: conditional jump out of the region at 50
    #    116            RESUME                   0
    #   
    #    119            NOP
    #   
    #    120    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       17 (to L6)
    #           L2:     NOT_TAKEN
    #   
    #    121    L3:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #           L4:     NOT_TAKEN
    #   
    #    122            JUMP_FORWARD             3 (to L7)
    #   
    #    124    L5:     LOAD_SMALL_INT          13
    #                   RETURN_VALUE
    #   
    #    120    L6:     NOP
    #   
    #    127    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          19
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    125            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L10)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    126    L9:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 23 (to L7)
    #   
    #    125   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L8 [0]
    #     L3 to L4 -> L8 [0]
    #     L8 to L9 -> L11 [1] lasti
    #     L10 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_never_looping_in_try: conditional jump out of the region at 50')

assert run([0], while_if_pass_last) == ([10], None)
assert run([1, 1, 0], while_if_pass_last) == ([10], None)
assert run([1, 0, 0], while_if_pass_last) == ([], 9)
assert run([1, 0, 1, 1, 0], while_if_pass_last) == ([8, 10], None)
assert run([1, 0, 1, 0, 1, 1, 0], while_if_pass_last) == ([10], None)
assert run([0], clause_while_true_break) == ([-16, 48], None)
assert run([1, 1], clause_while_true_break) == ([-16, 48], None)
assert run([1, 0, 1], clause_while_true_break) == ([-16, 48], None)
assert run([1, 0, 0, 1], clause_while_true_break) == ([-16, 23, 48], None)
assert run([1, 0, 1], clause_while_true_break_after) == ([-16, 23, 1, 48], None)
assert run([1, 0, 0], clause_while_break_named) == ([-16, 48], None)
assert run([1, 1, 1], clause_while_break_named) == ([-16, 48], None)
assert run([1, 1, 0, 1, 1], clause_while_break_named) == ([-16, 23, 48], None)
assert run([1, 1], clause_while_break_else) == ([-1, 32], None)
assert run([1, 0], clause_while_break_else) == ([-1, 13, 32], None)
assert run([0], clause_while_break_else) == ([-1, 32], None)
assert run([1, 1], clause_return_const_else) == ([-1], None)
assert run([1, 0], clause_return_const_else) == ([-1], 35)
assert run([0], clause_return_const_else) == ([-1], None)
assert run([0], nested_while_continue_in_try) == ([52], None)
assert run([1, 0, 0], nested_while_continue_in_try) == ([52], None)
assert run([1, 1, 0, 0, 0], nested_while_continue_in_try) == ([-26, 52], None)
assert run([1, 1, 1, 0, 0], nested_while_continue_in_try) == ([-26, 52], None)
assert run([0], loop_never_looping_in_try) == ([19], None)
assert run([1, 1], loop_never_looping_in_try) == ([19], None)
assert run([1, 0], loop_never_looping_in_try) == ([], 13)
