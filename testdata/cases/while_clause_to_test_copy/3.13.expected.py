






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


def while_try_continue_clause(c, t, x, n, m):
    while c():
        try:
            t(7)
            continue
        except E1:
            x(8)


def while_try_continue_clause_then_code(c, t, x, n, m):
    while c():
        try:
            x(7)
            continue
        except E1:
            x(8)
        t(9)
    return 10


def while_try_if_continue_clause(c, t, x, n, m):
    while c():
        try:
            if c():
                continue
            x(7)
            continue
        except E1:
            t(8)
        except E2:
            t(9)
    t(10)


def while_try_continue_clauses_else(c, t, x, n, m):
    while c():
        try:
            x(7)
            continue
        except E1:
            t(8)
    t(11)
    return 12


def with_try_continue_clause(c, t, x, n, m):
    # depyf: could not decompile with_try_continue_clause: except clauses fall off past the end of their region at 86
    #    125            RESUME                   0
    #   
    #    126    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       29 (to L7)
    #   
    #    127    L2:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #   
    #    128    L4:     NOP
    #   
    #    129    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    130    L6:     NOP
    #   
    #    127            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_BACKWARD           41 (to L1)
    #   
    #    126    L7:     RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    131            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L10)
    #                   POP_TOP
    #   
    #    132            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    131   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    132   L12:     NOP
    #   
    #    127            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L17)
    #          L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L14)
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L17)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    126   L17:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L18)
    #                   JUMP_BACKWARD           95 (to L2)
    #          L18:     RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     L3 to L4 -> L13 [1] lasti
    #     L5 to L6 -> L8 [1]
    #     L8 to L9 -> L11 [2] lasti
    #     L9 to L10 -> L13 [1] lasti
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L12 -> L13 [1] lasti
    #     L13 to L15 -> L16 [3] lasti
    raise RuntimeError('depyf: could not decompile with_try_continue_clause: except clauses fall off past the end of their region at 86')


def for_with_try_continue_clause(c, t, x, n, m):
    # depyf: could not decompile for_with_try_continue_clause: not a value: Iterator[iterable=Call[func=Name[id=n], args=[], keywords=[]], async=false]
    #    135            RESUME                   0
    #   
    #    136            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                30 (to L6)
    #                   STORE_FAST               5 (k)
    #   
    #    137            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    138    L3:     NOP
    #   
    #    139    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (7)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    140    L5:     NOP
    #   
    #    137            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_BACKWARD           32 (to L1)
    #   
    #    136    L6:     END_FOR
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    141            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L9)
    #                   POP_TOP
    #   
    #    142            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (8)
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    141    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    142   L11:     NOP
    #   
    #    137            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_BACKWARD           70 (to L1)
    #          L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L13)
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD           85 (to L1)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L12 [2] lasti
    #     L4 to L5 -> L7 [2]
    #     L7 to L8 -> L10 [3] lasti
    #     L8 to L9 -> L12 [2] lasti
    #     L9 to L10 -> L10 [3] lasti
    #     L10 to L11 -> L12 [2] lasti
    #     L12 to L14 -> L15 [4] lasti
    raise RuntimeError('depyf: could not decompile for_with_try_continue_clause: not a value: Iterator[iterable=Call[func=Name[id=n], args=[], keywords=[]], async=false]')

assert run([], while_try_continue_clause) in ((None, []), FELL)
assert run([1], while_try_continue_clause) in ((None, [7]), FELL)
assert run([1, 1], while_try_continue_clause) in ((None, [7, 7]), FELL)
assert run([1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7]), FELL)
assert run([1, 1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7, 7]), FELL)
assert run([1, 1, 1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7, 7, 7]), FELL)
assert run([], while_try_continue_clause_then_code) in ((10, []), FELL)
assert run([1], while_try_continue_clause_then_code) in ((10, [-7]), FELL)
assert run([1, 1], while_try_continue_clause_then_code) in ((10, [-7, -8, 9]), FELL)
assert run([1, 2], while_try_continue_clause_then_code) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_try_continue_clause_then_code) in ((10, [-7, -7]), FELL)
assert run([1, 1, 1], while_try_continue_clause_then_code) in (('E1', [-7, -8]), FELL)
assert run([], while_try_if_continue_clause) in ((None, [10]), FELL)
assert run([1], while_try_if_continue_clause) in ((None, [-7, 10]), FELL)
assert run([1, 0, 1], while_try_if_continue_clause) in ((None, [-7, 8, 10]), FELL)
assert run([1, 0, 2], while_try_if_continue_clause) in ((None, [-7, 9, 10]), FELL)
assert run([1, 0, 0, 1], while_try_if_continue_clause) in ((None, [-7, -7, 10]), FELL)
assert run([1, 0, 1, 1], while_try_if_continue_clause) in ((None, [-7, 8, -7, 10]), FELL)
assert run([], while_try_continue_clauses_else) in ((12, [11]), FELL)
assert run([1], while_try_continue_clauses_else) in ((12, [-7, 11]), FELL)
assert run([1, 1], while_try_continue_clauses_else) in ((12, [-7, 8, 11]), FELL)
assert run([1, 2], while_try_continue_clauses_else) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_try_continue_clauses_else) in ((12, [-7, -7, 11]), FELL)
assert run([1, 1, 1], while_try_continue_clauses_else) in ((12, [-7, 8, -7, 11]), FELL)
assert run([], with_try_continue_clause) in ((None, []), FELL)
assert run([1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([], for_with_try_continue_clause) in ((None, []), FELL)
assert run([1], for_with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([2], for_with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
