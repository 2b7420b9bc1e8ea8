









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
    # depyf: could not decompile branch_try_finally_else_return: unstructured backward jump at 124
    #     71            RESUME                   0
    #   
    #     72            NOP
    #   
    #     73    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     83    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          36
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     74            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       58 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     75            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       33 (to L10)
    #           L4:     NOT_TAKEN
    #   
    #     76            NOP
    #   
    #     77    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          20
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     79    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 53 (to L2)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #     79            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
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
    #                   LOAD_SMALL_INT          36
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           5
    #                   RETURN_VALUE
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
    #                   LOAD_SMALL_INT          36
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
    raise RuntimeError('depyf: could not decompile branch_try_finally_else_return: unstructured backward jump at 124')


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
    # depyf: could not decompile with_return_in_clause_finally: stack underflow
    #    102            RESUME                   0
    #   
    #    103            LOAD_SMALL_INT           7
    #                   STORE_FAST               4 (v)
    #   
    #    104            NOP
    #   
    #    105    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    111    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    112            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    106            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       86 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    107            LOAD_FAST                3 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #    108            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       23 (to L8)
    #                   NOT_TAKEN
    #   
    #    109            LOAD_FAST                4 (v)
    #   
    #    107    L5:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   SWAP                     2
    #           L6:     POP_EXCEPT
    #   
    #    111    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    108    L8:     NOP
    #   
    #    107    L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #                   JUMP_BACKWARD           93 (to L2)
    #          L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L12)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #          L14:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 110 (to L2)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    106   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L18:     PUSH_EXC_INFO
    #   
    #    111            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L17 [1] lasti
    #     L4 to L5 -> L11 [3] lasti
    #     L5 to L6 -> L17 [1] lasti
    #     L6 to L7 -> L18 [0]
    #     L9 to L10 -> L17 [1] lasti
    #     L10 to L11 -> L18 [0]
    #     L11 to L13 -> L15 [5] lasti
    #     L13 to L14 -> L17 [1] lasti
    #     L14 to L15 -> L18 [0]
    #     L15 to L17 -> L17 [1] lasti
    #     L17 to L18 -> L18 [0]
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError('depyf: could not decompile with_return_in_clause_finally: stack underflow')


def try_assert_finally_pass_in_clause(c, t, x, m):
    # depyf: could not decompile try_assert_finally_pass_in_clause: unstructured backward jump at 134
    #    115            RESUME                   0
    #   
    #    116            NOP
    #   
    #    117    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    125    L2:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          36
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    118            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       46 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    119            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       30 (to L12)
    #           L4:     NOT_TAKEN
    #   
    #    120            NOP
    #   
    #    121    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         8 (to L8)
    #           L6:     NOT_TAKEN
    #           L7:     LOAD_COMMON_CONSTANT     0 (AssertionError)
    #                   LOAD_SMALL_INT          21
    #                   CALL                     0
    #                   RAISE_VARARGS            1
    #           L8:     NOP
    #   
    #    123    L9:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 58 (to L2)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    123            RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    119   L12:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 65 (to L2)
    #   
    #    118   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #    125            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          36
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L14 [1] lasti
    #     L5 to L6 -> L10 [1]
    #     L7 to L8 -> L10 [1]
    #     L9 to L10 -> L15 [0]
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L12 -> L14 [1] lasti
    #     L12 to L13 -> L15 [0]
    #     L13 to L14 -> L14 [1] lasti
    #     L14 to L15 -> L15 [0]
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile try_assert_finally_pass_in_clause: unstructured backward jump at 134')


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
