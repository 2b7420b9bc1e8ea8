













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
    try:
        x(2)
    except E1:
        if c():
            try:
                t(20)
            finally:
                t(22)
        else:
            return 5
    finally:
        t(36)


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
    #    106            RESUME                   0
    #   
    #    107            LOAD_SMALL_INT           7
    #                   STORE_FAST               4 (v)
    #   
    #    108            NOP
    #   
    #    109    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    115    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    116            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    110            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       86 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    111            LOAD_FAST                3 (m)
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
    #    112            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       23 (to L8)
    #                   NOT_TAKEN
    #   
    #    113            LOAD_FAST                4 (v)
    #   
    #    111    L5:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   SWAP                     2
    #           L6:     POP_EXCEPT
    #   
    #    115    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    112    L8:     NOP
    #   
    #    111    L9:     LOAD_CONST               1 (None)
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
    #    110   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L18:     PUSH_EXC_INFO
    #   
    #    115            LOAD_FAST                1 (t)
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
    try:
        x(2)
    except E1:
        if c():
            try:
                assert c(), 21
            finally:
                pass
    finally:
        t(36)


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


def branch_try_except_in_clause_finally(c, t, x, m):
    try:
        x(2)
    except E1:
        if c():
            try:
                x(21)
            except E2:
                t(22)
    finally:
        t(36)


def branch_try_except_else_return_finally(c, t, x, m):
    try:
        x(2)
    except E1:
        if c():
            try:
                x(20)
            except E2:
                t(22)
        else:
            return 5
    finally:
        t(36)


def clause_branch_break_in_loop(c, t, x, m):
    while True:
        try:
            x(1)
        except E1:
            if c():
                break
            else:
                raise
        t(2)
        if not c():
            break
    t(3)
    return 4

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
assert run([0, 1, 1], branch_try_except_in_clause_finally) == (('return', None), [-21, 36])
assert run([2, 1, 1], branch_try_except_in_clause_finally) == (('return', None), [22, 36])
assert run([0, 1], branch_try_except_in_clause_finally) == (('return', None), [36])
assert run([0, 1], branch_try_except_else_return_finally) == (('return', 5), [36])
assert run([2, 1, 1], branch_try_except_else_return_finally) == (('return', None), [22, 36])
assert run([1, 1], clause_branch_break_in_loop) == (('return', 4), [3])
assert run([0, 0], clause_branch_break_in_loop) == (('return', 4), [-1, 2, 3])
assert run([0, 1], clause_branch_break_in_loop) == (('raise', 'E1'), [])
