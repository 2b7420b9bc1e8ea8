






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
        except E1:
            t(8)
        except E2:
            t(9)
    t(10)


def while_try_continue_clauses_else(c, t, x, n, m):
    while c():
        try:
            x(7)
        except E1:
            t(8)
    t(11)
    return 12


def with_try_continue_clause(c, t, x, n, m):
    # depyf: could not decompile with_try_continue_clause: stack underflow
    #    125            RESUME                   0
    #   
    #    126    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       38 (to L6)
    #                   NOT_TAKEN
    #   
    #    127            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    128    L3:     NOP
    #   
    #    129    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    130    L5:     NOP
    #   
    #    127            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           50 (to L1)
    #   
    #    126    L6:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    131            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    132            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    131    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    132   L11:     NOP
    #   
    #    127            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           88 (to L1)
    #          L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L13)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          105 (to L1)
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
    raise RuntimeError('depyf: could not decompile with_try_continue_clause: stack underflow')


def for_with_try_continue_clause(c, t, x, n, m):
    # depyf: could not decompile for_with_try_continue_clause: stack underflow
    #    135            RESUME                   0
    #   
    #    136            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                38 (to L6)
    #                   STORE_FAST               5 (k)
    #   
    #    137            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    138    L3:     NOP
    #   
    #    139    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    140    L5:     NOP
    #   
    #    137            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           40 (to L1)
    #   
    #    136    L6:     END_FOR
    #                   POP_ITER
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    141            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    142            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
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
    #    137            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           80 (to L1)
    #          L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L13)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD           97 (to L1)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L12 [3] lasti
    #     L4 to L5 -> L7 [3]
    #     L7 to L8 -> L10 [4] lasti
    #     L8 to L9 -> L12 [3] lasti
    #     L9 to L10 -> L10 [4] lasti
    #     L10 to L11 -> L12 [3] lasti
    #     L12 to L14 -> L15 [5] lasti
    raise RuntimeError('depyf: could not decompile for_with_try_continue_clause: stack underflow')

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
