



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
                continue
            except E1:
                pass
    t(52)


def loop_never_looping_in_try(c, t, x):
    # depyf: could not decompile loop_never_looping_in_try: conditional jump out of the region at 48
    #    116           RESUME                   0
    #   
    #    119           NOP
    #   
    #    120   L1:     LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE       14 (to L4)
    #   
    #    121           LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE        1 (to L3)
    #   
    #    122   L2:     JUMP_FORWARD             2 (to L5)
    #   
    #    124   L3:     RETURN_CONST             1 (13)
    #   
    #    120   L4:     NOP
    #   
    #    127   L5:     LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               2 (19)
    #                  CALL                     1
    #                  POP_TOP
    #                  RETURN_CONST             0 (None)
    #   
    #     --   L6:     PUSH_EXC_INFO
    #   
    #    125           LOAD_GLOBAL              0 (E1)
    #                  CHECK_EXC_MATCH
    #                  POP_JUMP_IF_FALSE        3 (to L8)
    #                  POP_TOP
    #   
    #    126   L7:     POP_EXCEPT
    #                  JUMP_BACKWARD_NO_INTERRUPT 21 (to L5)
    #   
    #    125   L8:     RERAISE                  0
    #   
    #     --   L9:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L6 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L8 to L9 -> L9 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_never_looping_in_try: conditional jump out of the region at 48')

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
