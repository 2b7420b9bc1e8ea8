














class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    calls = [0]
    def c():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return next(it, 0)
    def t(k):
        seen.append(k)
    def x(k):
        seen.append(-k)
        a = next(it, 0)
        if a == 1:
            raise E1(k)
        if a == 2:
            raise E2(k)
    def n():
        calls[0] += 1
        if calls[0] > 60:
            raise Budget()
        return range(next(it, 0))








    class m:
        def __init__(self, k):
            self.k = k
        def __enter__(self):
            seen.append(('enter', self.k))
            return self.k
        def __exit__(self, typ, value, tb):
            suppress = typ is not None and next(it, 0) % 2 == 1
            seen.append(('exit', self.k, suppress))
            return suppress
    try:
        result = f(c, t, x, n, m)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        result = type(e).__name__
    return result, seen


def while_never_looping_try_else_break_through_finally(c, t, x, n, m):
    # depyf: could not decompile while_never_looping_try_else_break_through_finally: a jump past the end of a branch skips the code after its statement at 108
    #     87           RESUME                   0
    #   
    #     88           NOP
    #   
    #     89           LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE        1 (to L1)
    #   
    #     90           JUMP_FORWARD            58 (to L6)
    #   
    #     91   L1:     NOP
    #   
    #     92   L2:     LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE        9 (to L3)
    #   
    #     93           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               1 (19)
    #                  CALL                     1
    #                  POP_TOP
    #                  JUMP_FORWARD            18 (to L5)
    #   
    #     95   L3:     LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               2 (23)
    #                  CALL                     1
    #                  POP_TOP
    #   
    #     96   L4:     NOP
    #   
    #     98           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               3 (24)
    #                  CALL                     1
    #                  POP_TOP
    #                  JUMP_FORWARD            18 (to L6)
    #   
    #     93   L5:     NOP
    #   
    #     98           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               3 (24)
    #                  CALL                     1
    #                  POP_TOP
    #   
    #     99           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               4 (26)
    #                  CALL                     1
    #                  POP_TOP
    #   
    #    100           NOP
    #   
    #    101   L6:     LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               5 (28)
    #                  CALL                     1
    #                  POP_TOP
    #                  RETURN_CONST             0 (None)
    #   
    #     --   L7:     PUSH_EXC_INFO
    #   
    #     98           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               3 (24)
    #                  CALL                     1
    #                  POP_TOP
    #                  RERAISE                  0
    #   
    #     --   L8:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   ExceptionTable:
    #     L2 to L4 -> L7 [0]
    #     L7 to L8 -> L8 [1] lasti
    raise RuntimeError('depyf: could not decompile while_never_looping_try_else_break_through_finally: a jump past the end of a branch skips the code after its statement at 108')


def try_while_true_break_with_break_then_empty_try(c, t, x, n, m):
    try:
        while True:
            if c():
                break
            with m(2), m(3):
                break
    except E1:
        pass
    try:
        pass
    except E1:
        pass
    except E2 as e:
        pass


def try_while_true_break_with_break_then_try(c, t, x, n, m):
    try:
        while True:
            if c():
                break
            t(1)
            with m(2), m(3):
                x(4)
                break
    except E1:
        t(6)
    try:
        t(7)
    except E1:
        t(10)
    t(33)


def match_while_try_else_break_else(c, t, x, n, m):
    match c():
        case 1 | 2:
            while c():
                try:
                    t(1)
                    break
                except E1:
                    pass
                except E2 as e:
                    pass
            else:
                x(21)
        case _:
            t(29)
    t(34)


def if_while_try_else_break_else(c, t, x, n, m):
    if c():
        while c():
            try:
                x(1)
                break
            except E1:
                pass
            except E2 as e:
                pass
        else:
            x(21)
    else:
        t(29)
    t(34)


def for_while_true_elifs_break_else_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() and c():
                break
            if c():
                t(1)
            elif c():
                pass
            elif c():
                break
            else:
                return 7


def for_while_true_elif_break_else_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                pass
            elif c():
                break
            else:
                return 7


def if_match_cases_return_elif_then_code(c, t, x, n, m):
    # depyf: could not decompile if_match_cases_return_elif_then_code: line 209 (STORE_FAST_LOAD_FAST at offset 54) was read only into statements a dropped reading made
    #    204            RESUME                   0
    #   
    #    205            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       42 (to L5)
    #   
    #    206            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    207            COPY                     1
    #                   LOAD_CONST               1 (0)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L1)
    #                   POP_TOP
    #   
    #    208            JUMP_FORWARD            41 (to L6)
    #   
    #    209    L1:     STORE_FAST_LOAD_FAST    85 (z, z)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L4)
    #   
    #    210            NOP
    #   
    #    211    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (12)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    215    L3:     NOP
    #   
    #    217            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (19)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             4 (11)
    #   
    #    218    L4:     NOP
    #   
    #    219            RETURN_CONST             5 (26)
    #   
    #    220    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L6)
    #   
    #    221            NOP
    #   
    #    222    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (38)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    212            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #    213    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    212    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    213   L11:     NOP
    #   
    #    217            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (19)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           36 (to L6)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    217            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (19)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L12 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile if_match_cases_return_elif_then_code: line 209 (STORE_FAST_LOAD_FAST at offset 54) was read only into statements a dropped reading made')

assert run([], while_never_looping_try_else_break_through_finally) in ((None, [23, 24, 28]), FELL)
assert run([1], while_never_looping_try_else_break_through_finally) in ((None, [28]), FELL)
assert run([0, 1], while_never_looping_try_else_break_through_finally) in ((None, [19, 24, 26, 28]), FELL)
assert run([], try_while_true_break_with_break_then_empty_try) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1], try_while_true_break_with_break_then_empty_try) in ((None, []), FELL)
assert run([], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([1], try_while_true_break_with_break_then_try) in ((None, [7, 33]), FELL)
assert run([0, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 6, 7, 33]), FELL)
assert run([0, 2], try_while_true_break_with_break_then_try) in (('E2', [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([0, 1, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), 1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([0, 1, 0, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, True), 1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([0, 1, 1, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), 7, 33]), FELL)
assert run([], match_while_try_else_break_else) in ((None, [29, 34]), FELL)
assert run([1], match_while_try_else_break_else) in ((None, [-21, 34]), FELL)
assert run([1, 1], match_while_try_else_break_else) in ((None, [1, 34]), FELL)
assert run([1, 0, 1], match_while_try_else_break_else) in (('E1', [-21]), FELL)
assert run([1, 0, 2], match_while_try_else_break_else) in (('E2', [-21]), FELL)
assert run([], if_while_try_else_break_else) in ((None, [29, 34]), FELL)
assert run([1], if_while_try_else_break_else) in ((None, [-21, 34]), FELL)
assert run([1, 1], if_while_try_else_break_else) in ((None, [-1, 34]), FELL)
assert run([1, 0, 1], if_while_try_else_break_else) in (('E1', [-21]), FELL)
assert run([1, 0, 2], if_while_try_else_break_else) in (('E2', [-21]), FELL)
assert run([1, 1, 1], if_while_try_else_break_else) in ((None, [-1, -21, 34]), FELL)
assert run([1, 1, 1, 1], if_while_try_else_break_else) in ((None, [-1, -1, 34]), FELL)
assert run([], for_while_true_elifs_break_else_return) in ((None, []), FELL)
assert run([1], for_while_true_elifs_break_else_return) in ((7, []), FELL)
assert run([1, 0, 1], for_while_true_elifs_break_else_return) in ((7, [1]), FELL)
assert run([], for_while_true_elif_break_else_return) in ((None, []), FELL)
assert run([1], for_while_true_elif_break_else_return) in ((7, []), FELL)
assert run([], if_match_cases_return_elif_then_code) in ((None, [38]), FELL)
assert run([1, 1], if_match_cases_return_elif_then_code) in ((11, [12, 19]), FELL)
assert run([1], if_match_cases_return_elif_then_code) in ((None, [38]), FELL)
