








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


def clause_while_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if x(18):
                break
        else:
            return 26
    t(33)


def named_clause_while_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        while c():
            if x(18):
                break
        else:
            return 26
    t(33)


def clause_while_named_try_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1 as e:
                break
        else:
            return 26
    t(33)


def clause_while_try_break_else_falls_off(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                break
        else:
            t(26)
    t(33)


def clause_while_try_if_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                if c():
                    break
                else:
                    t(5)
        else:
            return 26
    t(33)


def loop_clause_while_break_else_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            while c():
                if x(18):
                    break
            else:
                continue
        t(33)


def named_clauses_while_if_break_else_raise(c, t, x, n, m):
    try:
        x(1)
    except E1 as e:
        while c():
            try:
                x(18)
            except E2 as d:
                if c():
                    break
        else:
            raise
    t(33)


def clause_while_with_break_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_while_with_break_else_return: conditional jump out of the region at 138
    #    179            RESUME                   0
    #   
    #    180            NOP
    #   
    #    181    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    190    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (33)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    182            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       98 (to L17)
    #                   POP_TOP
    #   
    #    183            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    184            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       75 (to L16)
    #   
    #    185    L4:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (3)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L5:     POP_TOP
    #   
    #    186            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (18)
    #                   CALL                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       12 (to L8)
    #   
    #    187            NOP
    #   
    #    185    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_BACKWARD           73 (to L2)
    #   
    #    186    L8:     NOP
    #   
    #    185    L9:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L14)
    #          L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L11)
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L14)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    184   L14:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L16)
    #          L15:     JUMP_BACKWARD           75 (to L4)
    #   
    #    189   L16:     POP_EXCEPT
    #                   RETURN_CONST             5 (26)
    #   
    #    182   L17:     RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L5 -> L18 [1] lasti
    #     L5 to L6 -> L10 [2] lasti
    #     L6 to L7 -> L18 [1] lasti
    #     L9 to L10 -> L18 [1] lasti
    #     L10 to L12 -> L13 [4] lasti
    #     L12 to L15 -> L18 [1] lasti
    #     L17 to L18 -> L18 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_while_with_break_else_return: conditional jump out of the region at 138')


def clause_if_while_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if c():
            while c():
                if x(18):
                    break
            else:
                return 26
        else:
            t(5)
    t(33)


def loop_clause_while_break_continue_else_return(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            while c():
                if x(18):
                    break
                elif x(19):
                    continue
                else:
                    t(4)
            else:
                return 26
        t(33)


def clause_while_two_clauses_break_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            try:
                x(18)
            except E1:
                try:
                    x(2)
                except E2:
                    break
        else:
            return 26
    t(33)


def clause_while_break_else_return_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while c():
            if x(18):
                break
        else:
            return 26
    finally:
        t(7)
    t(33)


def clause_nested_whiles_break_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_nested_whiles_break_else_return: then-branch leaves an except clause out of a loop inside it at 196
    #    255            RESUME                   0
    #   
    #    256            NOP
    #   
    #    257    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    269    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (33)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    258            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       88 (to L14)
    #                   POP_TOP
    #   
    #    259            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       73 (to L13)
    #   
    #    260    L4:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (3)
    #                   CALL                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       29 (to L8)
    #   
    #    261    L5:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (18)
    #                   CALL                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L6)
    #   
    #    262            JUMP_FORWARD            17 (to L9)
    #   
    #    260    L6:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (3)
    #                   CALL                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L8)
    #           L7:     JUMP_BACKWARD           29 (to L5)
    #   
    #    264    L8:     POP_EXCEPT
    #                   RETURN_CONST             1 (1)
    #   
    #    265    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #   
    #    266   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD           90 (to L2)
    #   
    #    259   L11:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L13)
    #          L12:     JUMP_BACKWARD           73 (to L4)
    #   
    #    268   L13:     POP_EXCEPT
    #                   RETURN_CONST             4 (26)
    #   
    #    258   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L7 -> L15 [1] lasti
    #     L9 to L10 -> L15 [1] lasti
    #     L11 to L12 -> L15 [1] lasti
    #     L14 to L15 -> L15 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_nested_whiles_break_else_return: then-branch leaves an except clause out of a loop inside it at 196')


def clauses_while_true_and_while_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        while True:
            if c():
                break
        t(4)
    except E2:
        while c():
            if x(18):
                break
        else:
            return 26
    t(33)

assert run([], clause_while_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_if_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 2], clause_while_if_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], named_clause_while_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], named_clause_while_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], named_clause_while_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], named_clause_while_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], named_clause_while_if_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 2], named_clause_while_if_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_named_try_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_named_try_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_named_try_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_named_try_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_named_try_break_else_return) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_named_try_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_try_break_else_falls_off) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_break_else_falls_off) in ((None, [-1, 26, 33]), FELL)
assert run([2], clause_while_try_break_else_falls_off) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_break_else_falls_off) in ((None, [-1, -18, 26, 33]), FELL)
assert run([1, 1, 1], clause_while_try_break_else_falls_off) in ((None, [-1, -18, 33]), FELL)
assert run([1, 1, 2], clause_while_try_break_else_falls_off) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_try_if_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_try_if_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_try_if_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_try_if_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_try_if_break_else_return) in ((26, [-1, -18, 5]), FELL)
assert run([1, 1, 2], clause_while_try_if_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], loop_clause_while_break_else_continue) in ((None, []), FELL)
assert run([1], loop_clause_while_break_else_continue) in ((None, [-1, 33]), FELL)
assert run([2], loop_clause_while_break_else_continue) in ((None, [-1, 33, -1, 33]), FELL)
assert run([1, 1], loop_clause_while_break_else_continue) in ((None, [-1]), FELL)
assert run([1, 2], loop_clause_while_break_else_continue) in (('E2', [-1]), FELL)
assert run([2, 1], loop_clause_while_break_else_continue) in ((None, [-1, -1, 33]), FELL)
assert run([], named_clauses_while_if_break_else_raise) in ((None, [-1, 33]), FELL)
assert run([1], named_clauses_while_if_break_else_raise) in (('E1', [-1]), FELL)
assert run([2], named_clauses_while_if_break_else_raise) in (('E2', [-1]), FELL)
assert run([1, 1], named_clauses_while_if_break_else_raise) in (('E1', [-1, -18]), FELL)
assert run([1, 1, 0, 1], named_clauses_while_if_break_else_raise) in (('E1', [-1, -18, -18]), FELL)
assert run([1, 1, 2, 1], named_clauses_while_if_break_else_raise) in ((None, [-1, -18, 33]), FELL)
assert run([], clause_while_with_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_with_break_else_return) in ((26, [-1, 2]), FELL)
assert run([2], clause_while_with_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_with_break_else_return) in ((26, [-1, 2, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], clause_while_with_break_else_return) in (('E1', [-1, 2, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([1, 1, 2], clause_while_with_break_else_return) in (('E2', [-1, 2, ('enter', 3), -18, ('exit', 3, False)]), FELL)
assert run([], clause_if_while_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_if_while_break_else_return) in ((None, [-1, 5, 33]), FELL)
assert run([2], clause_if_while_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_if_while_break_else_return) in ((26, [-1]), FELL)
assert run([1, 1, 1], clause_if_while_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1, 1], clause_if_while_break_else_return) in (('E1', [-1, -18]), FELL)
assert run([], loop_clause_while_break_continue_else_return) in ((None, []), FELL)
assert run([1], loop_clause_while_break_continue_else_return) in ((None, [-1, 33]), FELL)
assert run([1, 1], loop_clause_while_break_continue_else_return) in ((26, [-1]), FELL)
assert run([1, 2], loop_clause_while_break_continue_else_return) in (('E2', [-1]), FELL)
assert run([1, 0, 1], loop_clause_while_break_continue_else_return) in ((None, [-1, 33, -1, 33]), FELL)
assert run([1, 1, 1], loop_clause_while_break_continue_else_return) in ((26, [-1, -18, -19, 4]), FELL)
assert run([], clause_while_two_clauses_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_while_two_clauses_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_while_two_clauses_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_while_two_clauses_break_else_return) in ((26, [-1, -18]), FELL)
assert run([1, 1, 1], clause_while_two_clauses_break_else_return) in ((26, [-1, -18, -2]), FELL)
assert run([1, 1, 2], clause_while_two_clauses_break_else_return) in (('E2', [-1, -18]), FELL)
assert run([], clause_while_break_else_return_finally) in ((None, [-1, 7, 33]), FELL)
assert run([1], clause_while_break_else_return_finally) in ((26, [-1, 7]), FELL)
assert run([2], clause_while_break_else_return_finally) in (('E2', [-1, 7]), FELL)
assert run([1, 1], clause_while_break_else_return_finally) in ((26, [-1, -18, 7]), FELL)
assert run([1, 1, 1], clause_while_break_else_return_finally) in (('E1', [-1, -18, 7]), FELL)
assert run([1, 1, 2], clause_while_break_else_return_finally) in (('E2', [-1, -18, 7]), FELL)
assert run([], clause_nested_whiles_break_else_return) in ((None, [-1, 33]), FELL)
assert run([1], clause_nested_whiles_break_else_return) in ((26, [-1]), FELL)
assert run([2], clause_nested_whiles_break_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_nested_whiles_break_else_return) in ((1, [-1, -3]), FELL)
assert run([1, 1, 1], clause_nested_whiles_break_else_return) in (('E1', [-1, -3]), FELL)
assert run([1, 1, 2], clause_nested_whiles_break_else_return) in (('E2', [-1, -3]), FELL)
assert run([], clauses_while_true_and_while_else_return) in ((None, [-1, 33]), FELL)
assert run([2], clauses_while_true_and_while_else_return) in ((26, [-1]), FELL)
assert run([1, 1], clauses_while_true_and_while_else_return) in ((None, [-1, 4, 33]), FELL)
assert run([2, 1], clauses_while_true_and_while_else_return) in ((26, [-1, -18]), FELL)
assert run([2, 1, 1], clauses_while_true_and_while_else_return) in (('E1', [-1, -18]), FELL)
assert run([2, 1, 2], clauses_while_true_and_while_else_return) in (('E2', [-1, -18]), FELL)
