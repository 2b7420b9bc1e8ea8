









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


def or_case_last_statement(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)


def or_case_returning(c, t, x, n, m):
    match c():
        case 1 | 2:
            return t(4)


def or_case_of_sequences(c, t, x, n, m):
    match c():
        case [1, 2] | [3, 4]:
            t(4)


def or_case_after_value_case(c, t, x, n, m):
    match c():
        case 3:
            t(3)
        case 1 | 2:
            t(4)


def or_case_capture_then_return(c, t, x, n, m):
    match c():
        case (1 | 2) as q:
            t(q)
    return 5


def or_case_in_then_branch(c, t, x, n, m):
    if c():
        match c():
            case 1 | 2:
                t(4)


def or_case_body_if(c, t, x, n, m):
    match c():
        case 1 | 2:
            if c():
                t(4)
                return


def or_case_in_for(c, t, x, n, m):
    for i in n():
        match c():
            case 1 | 2:
                t(4)


def or_case_default_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            return None
        case _:
            return 5


def or_case_default_return_in_while(c, t, x, n, m):
    while c():
        match c():
            case 1 | 2:
                t(4)
            case _:
                return 5


def or_case_then_return_in_while(c, t, x, n, m):
    if c():
        match c():
            case 1 | 2:
                t(4)
        return 5


def or_case_default_call(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            return
        case _:
            t(5)
            return


def or_case_default_break(c, t, x, n, m):
    while c():
        match c():
            case 1 | 2:
                t(4)
            case _:
                return


def or_cases_both_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            return 4
        case _:
            return 5


def while_true_or_case_try_default_return(c, t, x, n, m):
    # depyf: could not decompile while_true_or_case_try_default_return: except clause jumps back outside a loop at 80
    #    188            RESUME                   0
    #   
    #    189    L1:     NOP
    #   
    #    190            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    191            COPY                     1
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD            12 (to L4)
    #           L2:     COPY                     1
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L3)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD             4 (to L4)
    #           L3:     POP_TOP
    #   
    #    197            NOP
    #   
    #    198            LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #    191    L4:     POP_TOP
    #   
    #    192            NOP
    #   
    #    193    L5:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    194    L6:     LOAD_SMALL_INT           4
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    195            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    196            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           61 (to L1)
    #   
    #    195    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L5 to L6 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_or_case_try_default_return: except clause jumps back outside a loop at 80')


def while_true_or_case_try(c, t, x, n, m):
    while True:
        match c():
            case 1 | 2:
                try:
                    x(3)
                    return 4
                except E1:
                    t(5)


def while_true_or_case_try_then_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            try:
                x(3)
                return 4
            except E1:
                t(5)
                return 7
        case _:
            return 7


def or_case_guarded(c, t, x, n, m):
    match c():
        case 1 | 2:
            if c():
                t(4)
                return


def or_case_in_for_then_return(c, t, x, n, m):
    for i in n():
        match c():
            case 1 | 2:
                t(4)
        return 5


def or_case_then_raise(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
    raise E1


def or_case_capturing_alternatives(c, t, x, n, m):
    match c():
        case [a] | [a, 3]:
            t(a)


def or_case_default_raise(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            return
        case _:
            raise E1


def or_case_body_returning_if(c, t, x, n, m):
    match c():
        case 1 | 2:
            if c():
                return 4
            t(4)
    return 6


def or_case_returning_then_return(c, t, x, n, m):
    match c():
        case 1 | 2:
            return 4
    return 6


def two_or_cases(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
        case 3 | 4:
            t(5)


def try_or_case_nested_match_default_return(c, t, x, n, m):
    # depyf: could not decompile try_or_case_nested_match_default_return: match default case starts past the end of its try body's range at 230
    #    283            RESUME                   0
    #   
    #    284            NOP
    #   
    #    285    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #    286            COPY                     1
    #                   MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       18 (to L6)
    #           L2:     NOT_TAKEN
    #           L3:     GET_LEN
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       11 (to L6)
    #           L4:     NOT_TAKEN
    #           L5:     UNPACK_SEQUENCE          2
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        3 (to L6)
    #                   NOT_TAKEN
    #                   POP_TOP
    #                   JUMP_FORWARD            30 (to L15)
    #           L6:     POP_TOP
    #                   COPY                     1
    #                   MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       22 (to L13)
    #           L7:     NOT_TAKEN
    #           L8:     GET_LEN
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       15 (to L13)
    #           L9:     NOT_TAKEN
    #          L10:     UNPACK_SEQUENCE          2
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        7 (to L13)
    #                   NOT_TAKEN
    #                   LOAD_CONST               1 (True)
    #                   IS_OP                    0 (is)
    #                   POP_JUMP_IF_FALSE        3 (to L14)
    #          L11:     NOT_TAKEN
    #          L12:     JUMP_FORWARD             3 (to L15)
    #          L13:     POP_TOP
    #          L14:     POP_TOP
    #                   JUMP_FORWARD            51 (to L24)
    #          L15:     POP_TOP
    #   
    #    287            LOAD_CONST               2 ('k')
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_MAP                1
    #   
    #    288            MATCH_MAPPING
    #                   POP_JUMP_IF_FALSE       35 (to L22)
    #          L16:     NOT_TAKEN
    #          L17:     GET_LEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP             172 (>=)
    #                   POP_JUMP_IF_FALSE       28 (to L22)
    #          L18:     NOT_TAKEN
    #          L19:     LOAD_CONST               3 (('k',))
    #                   MATCH_KEYS
    #                   COPY                     1
    #                   POP_JUMP_IF_NONE        20 (to L20)
    #                   NOT_TAKEN
    #                   UNPACK_SEQUENCE          1
    #                   LOAD_SMALL_INT           0
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       13 (to L21)
    #                   NOT_TAKEN
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    289            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD             9 (to L26)
    #   
    #    288   L20:     POP_TOP
    #          L21:     POP_TOP
    #          L22:     POP_TOP
    #          L23:     NOP
    #   
    #    294            LOAD_SMALL_INT          47
    #                   RETURN_VALUE
    #   
    #    290   L24:     NOP
    #   
    #    291   L25:     LOAD_SMALL_INT          46
    #                   RETURN_VALUE
    #   
    #    289   L26:     NOP
    #   
    #    294            LOAD_SMALL_INT          47
    #                   RETURN_VALUE
    #   
    #     --   L27:     PUSH_EXC_INFO
    #   
    #    292            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L29)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    293   L28:     POP_EXCEPT
    #   
    #    294            LOAD_SMALL_INT          47
    #                   RETURN_VALUE
    #   
    #    292   L29:     RERAISE                  0
    #   
    #     --   L30:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L27 [0]
    #     L3 to L4 -> L27 [0]
    #     L5 to L7 -> L27 [0]
    #     L8 to L9 -> L27 [0]
    #     L10 to L11 -> L27 [0]
    #     L12 to L16 -> L27 [0]
    #     L17 to L18 -> L27 [0]
    #     L19 to L23 -> L27 [0]
    #     L24 to L25 -> L27 [0]
    #     L27 to L28 -> L30 [1] lasti
    #     L29 to L30 -> L30 [1] lasti
    raise RuntimeError("depyf: could not decompile try_or_case_nested_match_default_return: match default case starts past the end of its try body's range at 230")


def value_case_then_or_case_default_return_then_call(c, t, x, n, m):
    match c(), c():
        case [0, True]:
            pass
        case [1, _] | [2, True]:
            pass
        case _:
            return 28
    t(29)


def or_case_default_return_then_call(c, t, x, n, m):
    match c():
        case 1 | 2:
            t(4)
            if False:
                pass
            t(6)
            return None
        case _:
            return 5


def value_case_then_or_case_then_call(c, t, x, n, m):
    match c():
        case 0:
            t(3)
        case 1 | 2:
            t(4)
    t(6)

assert run([], or_case_last_statement) in ((None, []), FELL)
assert run([1], or_case_last_statement) in ((None, [4]), FELL)
assert run([], or_case_returning) in ((None, []), FELL)
assert run([1], or_case_returning) in ((None, [4]), FELL)
assert run([], or_case_of_sequences) in ((None, []), FELL)
assert run([], or_case_after_value_case) in ((None, []), FELL)
assert run([1], or_case_after_value_case) in ((None, [4]), FELL)
assert run([], or_case_capture_then_return) in ((5, []), FELL)
assert run([1], or_case_capture_then_return) in ((5, [1]), FELL)
assert run([2], or_case_capture_then_return) in ((5, [2]), FELL)
assert run([], or_case_in_then_branch) in ((None, []), FELL)
assert run([1, 1], or_case_in_then_branch) in ((None, [4]), FELL)
assert run([], or_case_body_if) in ((None, []), FELL)
assert run([1, 1], or_case_body_if) in ((None, [4]), FELL)
assert run([], or_case_in_for) in ((None, []), FELL)
assert run([1, 1], or_case_in_for) in ((None, [4]), FELL)
assert run([2, 1, 1], or_case_in_for) in ((None, [4, 4]), FELL)
assert run([], or_case_default_return) in ((5, []), FELL)
assert run([1], or_case_default_return) in ((None, [4]), FELL)
assert run([], or_case_default_return_in_while) in ((None, []), FELL)
assert run([1], or_case_default_return_in_while) in ((5, []), FELL)
assert run([1, 1], or_case_default_return_in_while) in ((None, [4]), FELL)
assert run([1, 1, 1], or_case_default_return_in_while) in ((5, [4]), FELL)
assert run([1, 1, 1, 1], or_case_default_return_in_while) in ((None, [4, 4]), FELL)
assert run([1, 1, 1, 1, 1], or_case_default_return_in_while) in ((5, [4, 4]), FELL)
assert run([], or_case_then_return_in_while) in ((None, []), FELL)
assert run([1], or_case_then_return_in_while) in ((5, []), FELL)
assert run([1, 1], or_case_then_return_in_while) in ((5, [4]), FELL)
assert run([], or_case_default_call) in ((None, [5]), FELL)
assert run([1], or_case_default_call) in ((None, [4]), FELL)
assert run([], or_case_default_break) in ((None, []), FELL)
assert run([1, 1], or_case_default_break) in ((None, [4]), FELL)
assert run([1, 1, 1, 1], or_case_default_break) in ((None, [4, 4]), FELL)
assert run([1, 1, 1, 1, 1, 1], or_case_default_break) in ((None, [4, 4, 4]), FELL)
assert run([], or_cases_both_return) in ((5, []), FELL)
assert run([1], or_cases_both_return) in ((4, []), FELL)
assert run([], while_true_or_case_try_default_return) in ((6, []), FELL)
assert run([1], while_true_or_case_try_default_return) in ((4, [-3]), FELL)
assert run([1, 1], while_true_or_case_try_default_return) in ((6, [-3, 5]), FELL)
assert run([1, 2], while_true_or_case_try_default_return) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_or_case_try_default_return) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_or_case_try_default_return) in ((6, [-3, 5, -3, 5]), FELL)
assert run([], while_true_or_case_try) in (('Budget', []), FELL)
assert run([1], while_true_or_case_try) in ((4, [-3]), FELL)
assert run([1, 1], while_true_or_case_try) in (('Budget', [-3, 5]), FELL)
assert run([1, 2], while_true_or_case_try) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_or_case_try) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_or_case_try) in (('Budget', [-3, 5, -3, 5]), FELL)
assert run([], while_true_or_case_try_then_return) in ((7, []), FELL)
assert run([1], while_true_or_case_try_then_return) in ((4, [-3]), FELL)
assert run([1, 1], while_true_or_case_try_then_return) in ((7, [-3, 5]), FELL)
assert run([1, 2], while_true_or_case_try_then_return) in (('E2', [-3]), FELL)
assert run([], or_case_guarded) in ((None, []), FELL)
assert run([1, 1], or_case_guarded) in ((None, [4]), FELL)
assert run([], or_case_in_for_then_return) in ((None, []), FELL)
assert run([1], or_case_in_for_then_return) in ((5, []), FELL)
assert run([1, 1], or_case_in_for_then_return) in ((5, [4]), FELL)
assert run([], or_case_then_raise) in (('E1', []), FELL)
assert run([1], or_case_then_raise) in (('E1', [4]), FELL)
assert run([], or_case_capturing_alternatives) in ((None, []), FELL)
assert run([], or_case_default_raise) in (('E1', []), FELL)
assert run([1], or_case_default_raise) in ((None, [4]), FELL)
assert run([], or_case_body_returning_if) in ((6, []), FELL)
assert run([1], or_case_body_returning_if) in ((6, [4]), FELL)
assert run([1, 1], or_case_body_returning_if) in ((4, []), FELL)
assert run([], or_case_returning_then_return) in ((6, []), FELL)
assert run([1], or_case_returning_then_return) in ((4, []), FELL)
assert run([], two_or_cases) in ((None, []), FELL)
assert run([1], two_or_cases) in ((None, [4]), FELL)
assert run([], try_or_case_nested_match_default_return) in ((46, []), FELL)
assert run([1], try_or_case_nested_match_default_return) in ((47, [4]), FELL)
assert run([1, 0, 1], try_or_case_nested_match_default_return) in ((47, []), FELL)
assert run([], value_case_then_or_case_default_return_then_call) in ((28, []), FELL)
assert run([1], value_case_then_or_case_default_return_then_call) in ((None, [29]), FELL)
assert run([], or_case_default_return_then_call) in ((5, []), FELL)
assert run([1], or_case_default_return_then_call) in ((None, [4, 6]), FELL)
assert run([], value_case_then_or_case_then_call) in ((None, [3, 6]), FELL)
assert run([1], value_case_then_or_case_then_call) in ((None, [4, 6]), FELL)
