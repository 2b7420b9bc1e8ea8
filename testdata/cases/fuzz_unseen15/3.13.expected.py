














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


def for_while_and_with_continue(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                x(2)
                continue


def for_while_and_with_continue_then_code(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                if c():
                    continue
                t(3)


def for_try_while_clause_if_else_return(c, t, x, n, m):
    for j in n():
        try:
            while c():
                x(4)
        except E1:
            if c():
                pass
            elif c():
                pass
            else:
                return 13
        finally:
            t(16)


def for_try_clause_if_call_else_return(c, t, x, n, m):
    for j in n():
        try:
            x(4)
        except E1:
            if c():
                t(1)
            else:
                return 13
        finally:
            t(16)


def while_true_try_break_then_while_true(c, t, x, n, m):
    # depyf: could not decompile while_true_try_break_then_while_true: unstructured backward jump at 218
    #    133            RESUME                   0
    #   
    #    134            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        79 (to L11)
    #   
    #    135    L1:     NOP
    #   
    #    136    L2:     NOP
    #   
    #    137    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    138    L4:     NOP
    #   
    #    141            NOP
    #   
    #    142    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L6)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L7)
    #   
    #    143    L6:     JUMP_FORWARD            27 (to L9)
    #   
    #    144    L7:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L8)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L8)
    #   
    #    145            NOP
    #   
    #    141    L8:     JUMP_BACKWARD           52 (to L5)
    #   
    #    134    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L10)
    #                   JUMP_BACKWARD           78 (to L1)
    #          L10:     RETURN_CONST             0 (None)
    #          L11:     RETURN_CONST             0 (None)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    139            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L14)
    #                   POP_TOP
    #   
    #    140   L13:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L16)
    #   
    #    139   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    135   L16:     JUMP_BACKWARD           97 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L12 [0]
    #     L12 to L13 -> L15 [1] lasti
    #     L14 to L15 -> L15 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_break_then_while_true: unstructured backward jump at 218')


def while_true_try_break_then_loop_code(c, t, x, n, m):
    # depyf: could not decompile while_true_try_break_then_loop_code: unstructured backward jump at 160
    #    148            RESUME                   0
    #   
    #    149            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        50 (to L9)
    #   
    #    150    L1:     NOP
    #   
    #    151    L2:     NOP
    #   
    #    152    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    153    L4:     NOP
    #   
    #    156            NOP
    #   
    #    157    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L6)
    #   
    #    158            JUMP_FORWARD            10 (to L7)
    #   
    #    159    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    156            JUMP_BACKWARD           23 (to L5)
    #   
    #    149    L7:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   JUMP_BACKWARD           49 (to L1)
    #           L8:     RETURN_CONST             0 (None)
    #           L9:     RETURN_CONST             0 (None)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    154            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L12)
    #                   POP_TOP
    #   
    #    155   L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    154   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    150   L14:     JUMP_BACKWARD           68 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L10 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_break_then_loop_code: unstructured backward jump at 160')


def closure_while_true_try_break_then_while_true(c, t, x, n, m):
    def inner():
        # depyf: could not decompile closure_while_true_try_break_then_while_true.<locals>.inner: unstructured backward jump at 220
        #     --            COPY_FREE_VARS           2
        #   
        #    163            RESUME                   0
        #   
        #    164            LOAD_DEREF               0 (c)
        #                   PUSH_NULL
        #                   CALL                     0
        #                   TO_BOOL
        #                   POP_JUMP_IF_TRUE        79 (to L11)
        #   
        #    165    L1:     NOP
        #   
        #    166    L2:     NOP
        #   
        #    167    L3:     LOAD_DEREF               1 (x)
        #                   PUSH_NULL
        #                   LOAD_CONST               1 (3)
        #                   CALL                     1
        #                   POP_TOP
        #   
        #    168    L4:     NOP
        #   
        #    171            NOP
        #   
        #    172    L5:     LOAD_DEREF               0 (c)
        #                   PUSH_NULL
        #                   CALL                     0
        #                   TO_BOOL
        #                   POP_JUMP_IF_TRUE        12 (to L6)
        #                   LOAD_DEREF               0 (c)
        #                   PUSH_NULL
        #                   CALL                     0
        #                   TO_BOOL
        #                   POP_JUMP_IF_FALSE        1 (to L7)
        #   
        #    173    L6:     JUMP_FORWARD            27 (to L9)
        #   
        #    174    L7:     LOAD_DEREF               0 (c)
        #                   PUSH_NULL
        #                   CALL                     0
        #                   TO_BOOL
        #                   POP_JUMP_IF_FALSE       13 (to L8)
        #                   LOAD_DEREF               0 (c)
        #                   PUSH_NULL
        #                   CALL                     0
        #                   TO_BOOL
        #                   POP_JUMP_IF_FALSE        1 (to L8)
        #   
        #    175            NOP
        #   
        #    171    L8:     JUMP_BACKWARD           52 (to L5)
        #   
        #    164    L9:     LOAD_DEREF               0 (c)
        #                   PUSH_NULL
        #                   CALL                     0
        #                   TO_BOOL
        #                   POP_JUMP_IF_TRUE         2 (to L10)
        #                   JUMP_BACKWARD           78 (to L1)
        #          L10:     RETURN_CONST             0 (None)
        #          L11:     RETURN_CONST             0 (None)
        #   
        #     --   L12:     PUSH_EXC_INFO
        #   
        #    169            LOAD_GLOBAL              0 (E1)
        #                   CHECK_EXC_MATCH
        #                   POP_JUMP_IF_FALSE        3 (to L14)
        #                   POP_TOP
        #   
        #    170   L13:     POP_EXCEPT
        #                   JUMP_FORWARD             4 (to L16)
        #   
        #    169   L14:     RERAISE                  0
        #   
        #     --   L15:     COPY                     3
        #                   POP_EXCEPT
        #                   RERAISE                  1
        #   
        #    165   L16:     JUMP_BACKWARD           97 (to L2)
        #   ExceptionTable:
        #     L3 to L4 -> L12 [0]
        #     L12 to L13 -> L15 [1] lasti
        #     L14 to L15 -> L15 [1] lasti
        raise RuntimeError('depyf: could not decompile closure_while_true_try_break_then_while_true.<locals>.inner: unstructured backward jump at 220')
        # depyf: unreachable; what the enclosing code was compiled with
        c, x
    return inner()


def while_then_try_return_then_code(c, t, x, n, m):
    while c():
        t(1)
    try:
        x(12)
        return 13
    except E1:
        pass
    t(15)


def closure_nested_whiles_then_try_return_then_code(c, t, x, n, m):
    def inner():
        while c() or c():
            while c():
                pass
        try:
            x(12)
            return 13
        except E1:
            pass
        t(15)
    return inner()


def for_while_clause_break_else(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)
            continue


def while_while_clause_break_else(c, t, x, n, m):
    while c():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def for_while_clause_break_else_with(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            with m(6) as w:
                t(7)
            continue


def for_while_clause_break_then_code(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        t(6)


def while_true_match_or_then_default_match_break(c, t, x, n, m):
    while True:
        match c():
            case 1 | 2:
                t(1)
            case _:
                c()
                break
    t(2)

assert run([], for_while_and_with_continue) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2], for_while_and_with_continue) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], for_while_and_with_continue_then_code) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([2, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([], for_try_while_clause_if_else_return) in ((None, []), FELL)
assert run([1], for_try_while_clause_if_else_return) in ((None, [16]), FELL)
assert run([2], for_try_while_clause_if_else_return) in ((None, [16, 16]), FELL)
assert run([3], for_try_while_clause_if_else_return) in ((None, [16, 16, 16]), FELL)
assert run([1, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16]), FELL)
assert run([2, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16]), FELL)
assert run([3, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16, 16]), FELL)
assert run([1, 1, 1], for_try_while_clause_if_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 1, 2], for_try_while_clause_if_else_return) in (('E2', [-4, 16]), FELL)
assert run([2, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16]), FELL)
assert run([3, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16, 16]), FELL)
assert run([1, 1, 0, 1], for_try_while_clause_if_else_return) in ((None, [-4, -4, 16]), FELL)
assert run([], for_try_clause_if_call_else_return) in ((None, []), FELL)
assert run([1], for_try_clause_if_call_else_return) in ((None, [-4, 16]), FELL)
assert run([2], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16]), FELL)
assert run([3], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16, -4, 16]), FELL)
assert run([1, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16]), FELL)
assert run([1, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16]), FELL)
assert run([2, 0, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16, -4, 16]), FELL)
assert run([2, 0, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16, -4, 16]), FELL)
assert run([2, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16]), FELL)
assert run([3, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16, -4, 16]), FELL)
assert run([2, 0, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 1, 16]), FELL)
assert run([], while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1], while_true_try_break_then_loop_code) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 2], while_true_try_break_then_loop_code) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_loop_code) in ((None, [-3]), FELL)
assert run([0, 1, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3, -3]), FELL)
assert run([], closure_while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([], while_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([1], while_then_try_return_then_code) in ((13, [1, -12]), FELL)
assert run([0, 1], while_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 2], while_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 1], while_then_try_return_then_code) in ((13, [1, 1, -12]), FELL)
assert run([1, 0, 1], while_then_try_return_then_code) in ((None, [1, -12, 15]), FELL)
assert run([1, 0, 2], while_then_try_return_then_code) in (('E2', [1, -12]), FELL)
assert run([1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, -12]), FELL)
assert run([1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, -12, 15]), FELL)
assert run([1, 1, 0, 2], while_then_try_return_then_code) in (('E2', [1, 1, -12]), FELL)
assert run([1, 1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, 1, -12]), FELL)
assert run([1, 1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, 1, -12, 15]), FELL)
assert run([], closure_nested_whiles_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([1, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([2, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([2, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([3, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([3, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([], for_while_clause_break_else) in ((None, []), FELL)
assert run([1], for_while_clause_break_else) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_else) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 1], for_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([], while_while_clause_break_else) in ((None, []), FELL)
assert run([1], while_while_clause_break_else) in ((None, [6]), FELL)
assert run([1, 1], while_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([1, 0, 1], while_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], while_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], while_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([1, 0, 1, 1], while_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([1, 1, 0, 1], while_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([1, 0, 1, 0, 1], while_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 0, 1, 1, 1], while_while_clause_break_else) in ((None, [6, -3]), FELL)
assert run([1, 0, 1, 1, 2], while_while_clause_break_else) in (('E2', [6, -3]), FELL)
assert run([1, 1, 0, 0, 1], while_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([], for_while_clause_break_else_with) in ((None, []), FELL)
assert run([1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 1], for_while_clause_break_else_with) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else_with) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else_with) in ((None, [-3, -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([], for_while_clause_break_then_code) in ((None, []), FELL)
assert run([1], for_while_clause_break_then_code) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_then_code) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_then_code) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_then_code) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 2], for_while_clause_break_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_then_code) in ((None, [-3, -3, 6]), FELL)
assert run([2, 0, 1, 2], for_while_clause_break_then_code) in (('E2', [6, -3]), FELL)
assert run([], while_true_match_or_then_default_match_break) in ((None, [2]), FELL)
assert run([1], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 1, 2]), FELL)
assert run([2], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
