









class E1(Exception):
    pass


class E2(Exception):
    pass


class Manager:
    def __init__(self, seen, n):
        self.seen = seen
        self.n = n
    def __enter__(self):
        self.seen.append(('enter', self.n))
    def __exit__(self, *exc):
        self.seen.append(('exit', self.n))
        return False


def run(answers, f):
    "f's trace and outcome, the answers of c() taken from the end of the list."
    seen = []
    answers = list(answers)
    def c():
        return answers.pop()
    def t(n):
        seen.append(n)
    def x(n):
        a = c()
        if a == 1:
            raise E1(n)
        if a == 2:
            raise E2(n)
        seen.append(-n)
    def m(n):
        return Manager(seen, n)
    try:
        outcome = ('return', f(c, t, x, m))
    except (E1, E2, IndexError, AssertionError) as e:
        outcome = ('raise', type(e).__name__)
    return outcome, seen


def empty_with_in_clause_finally(c, t, x, m):
    try:
        x(2)
    except E1:
        with m(4):
            pass
    finally:
        t(12)


def branch_try_finally_else_return(c, t, x, m):
    # depyf: could not decompile branch_try_finally_else_return: unstructured backward jump at 118
    #     71            RESUME                   0
    #   
    #     72            NOP
    #   
    #     73    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     83    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (36)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     74            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       55 (to L12)
    #                   POP_TOP
    #   
    #     75            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       32 (to L10)
    #   
    #     76    L4:     NOP
    #   
    #     77    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (20)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     79    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (22)
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 50 (to L2)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #     79            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (22)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     81   L10:     POP_EXCEPT
    #   
    #     83   L11:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (36)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             5 (5)
    #   
    #     74   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #     83            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (36)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L13 [1] lasti
    #     L5 to L6 -> L8 [1]
    #     L6 to L7 -> L13 [1] lasti
    #     L7 to L8 -> L14 [0]
    #     L8 to L9 -> L9 [2] lasti
    #     L9 to L10 -> L13 [1] lasti
    #     L10 to L11 -> L14 [0]
    #     L12 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L14 [0]
    #     L14 to L15 -> L15 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_try_finally_else_return: unstructured backward jump at 118')


def match_try_finally_else_return(c, t, x, m):
    try:
        x(2)
    except E1:
        match c():
            case 1 | 2:
                try:
                    t(20)
                finally:
                    t(22)
            case _:
                return 5
    finally:
        t(36)


def with_return_in_clause_finally(c, t, x, m):
    v = 7
    try:
        x(2)
    except E1:
        with m(4):
            if c():
                return v
    finally:
        t(12)
    t(13)


def try_assert_finally_pass_in_clause(c, t, x, m):
    # depyf: could not decompile try_assert_finally_pass_in_clause: unstructured backward jump at 126
    #    115            RESUME                   0
    #   
    #    116            NOP
    #   
    #    117    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    125    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (36)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    118            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       43 (to L11)
    #                   POP_TOP
    #   
    #    119            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       28 (to L10)
    #   
    #    120    L4:     NOP
    #   
    #    121    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         7 (to L6)
    #                   LOAD_ASSERTION_ERROR
    #                   LOAD_CONST               2 (21)
    #                   CALL                     0
    #                   RAISE_VARARGS            1
    #           L6:     NOP
    #   
    #    123    L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 54 (to L2)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    123            RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    119   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 61 (to L2)
    #   
    #    118   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L13:     PUSH_EXC_INFO
    #   
    #    125            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (36)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L12 [1] lasti
    #     L5 to L6 -> L8 [1]
    #     L7 to L8 -> L13 [0]
    #     L8 to L9 -> L9 [2] lasti
    #     L9 to L10 -> L12 [1] lasti
    #     L10 to L11 -> L13 [0]
    #     L11 to L12 -> L12 [1] lasti
    #     L12 to L13 -> L13 [0]
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile try_assert_finally_pass_in_clause: unstructured backward jump at 126')


def match_case_try_finally_then_default(c, t, x, m):
    match c(), c():
        case [z, False] if z:
            try:
                t(13)
            finally:
                t(23)
        case _:
            t(24)
            match c():
                case 2:
                    t(26)
                case z if z > 3:
                    return 5
                case _:
                    t(34)
    t(35)

assert run([0], empty_with_in_clause_finally) == (('return', None), [-2, 12])
assert run([1], empty_with_in_clause_finally) == (('return', None), [('enter', 4), ('exit', 4), 12])
assert run([2], empty_with_in_clause_finally) == (('raise', 'E2'), [12])
assert run([0], branch_try_finally_else_return) == (('return', None), [-2, 36])
assert run([1, 1], branch_try_finally_else_return) == (('return', None), [20, 22, 36])
assert run([0, 1], branch_try_finally_else_return) == (('return', 5), [36])
assert run([2], branch_try_finally_else_return) == (('raise', 'E2'), [36])
assert run([2, 1], match_try_finally_else_return) == (('return', None), [20, 22, 36])
assert run([3, 1], match_try_finally_else_return) == (('return', 5), [36])
assert run([0], match_try_finally_else_return) == (('return', None), [-2, 36])
assert run([0], with_return_in_clause_finally) == (('return', None), [-2, 12, 13])
assert run([1, 1], with_return_in_clause_finally) == (('return', 7), [('enter', 4), ('exit', 4), 12])
assert run([0, 1], with_return_in_clause_finally) == (('return', None), [('enter', 4), ('exit', 4), 12, 13])
assert run([1, 1, 1], try_assert_finally_pass_in_clause) == (('return', None), [36])
assert run([0, 1, 1], try_assert_finally_pass_in_clause) == (('raise', 'AssertionError'), [36])
assert run([0, 1], try_assert_finally_pass_in_clause) == (('return', None), [36])
assert run([False, 1], match_case_try_finally_then_default) == (('return', None), [13, 23, 35])
assert run([2, True, 1], match_case_try_finally_then_default) == (('return', None), [24, 26, 35])
assert run([4, False, 0], match_case_try_finally_then_default) == (('return', 5), [24])
assert run([0, False, 0], match_case_try_finally_then_default) == (('return', None), [24, 34, 35])
