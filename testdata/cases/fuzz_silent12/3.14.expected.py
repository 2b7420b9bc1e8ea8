

















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


def while_true_with_break_ends_while_true(c, t, x, n, m):
    while True:
        if c():
            break
        while True:
            if c():
                break
            with m(1) as w:
                break
    t(3)


def while_true_ends_tested_loop_clause_returns_in_finally(c, t, x, n, m):
    while not (c() and c()):
        while True:
            if c() and c():
                break
            try:
                x(5)
            except E1:
                pass
            except E2 as e:
                return 7
            finally:
                t(9)


def while_true_ends_tested_loop_clause_returns(c, t, x, n, m):
    while not c():
        while True:
            if c():
                break
            try:
                x(5)
            except E2:
                return 7
            finally:
                t(9)


def clause_while_true_break_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile clause_while_true_break_return_in_finally: then-branch leaves an except clause out of a loop inside it at 102
    #    130            RESUME                   0
    #   
    #    131            NOP
    #   
    #    132    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    140    L2:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    133            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       50 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    134    L4:     NOP
    #   
    #    135            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       17 (to L9)
    #           L5:     NOT_TAKEN
    #           L6:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        4 (to L9)
    #           L7:     NOT_TAKEN
    #   
    #    136    L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           43 (to L2)
    #   
    #    137    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #          L10:     POP_JUMP_IF_FALSE        3 (to L11)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           45 (to L4)
    #   
    #    138   L11:     POP_EXCEPT
    #   
    #    140   L12:     LOAD_SMALL_INT          27
    #                   RETURN_VALUE
    #   
    #    133   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L15:     PUSH_EXC_INFO
    #   
    #    140            RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L5 -> L14 [1] lasti
    #     L6 to L7 -> L14 [1] lasti
    #     L8 to L9 -> L15 [0]
    #     L9 to L10 -> L14 [1] lasti
    #     L11 to L12 -> L15 [0]
    #     L13 to L14 -> L14 [1] lasti
    #     L14 to L15 -> L15 [0]
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_while_true_break_return_in_finally: then-branch leaves an except clause out of a loop inside it at 102')


def clause_while_true_break_if_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile clause_while_true_break_if_return_in_finally: then-branch leaves an except clause out of a loop inside it at 92
    #    143            RESUME                   0
    #   
    #    144            NOP
    #   
    #    145    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    153    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    146            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       45 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    147    L4:     NOP
    #   
    #    148            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        4 (to L7)
    #           L5:     NOT_TAKEN
    #   
    #    149    L6:     POP_EXCEPT
    #                   JUMP_BACKWARD           38 (to L2)
    #   
    #    150    L7:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #           L8:     POP_JUMP_IF_FALSE        3 (to L9)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           32 (to L4)
    #   
    #    151    L9:     POP_EXCEPT
    #   
    #    153   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT          27
    #                   RETURN_VALUE
    #   
    #    146   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L13:     PUSH_EXC_INFO
    #   
    #    153            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L5 -> L12 [1] lasti
    #     L6 to L7 -> L13 [0]
    #     L7 to L8 -> L12 [1] lasti
    #     L9 to L10 -> L13 [0]
    #     L11 to L12 -> L12 [1] lasti
    #     L12 to L13 -> L13 [0]
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_while_true_break_if_return_in_finally: then-branch leaves an except clause out of a loop inside it at 92')

assert run([], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([0, 1], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([0, 1, 0, 1], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([2], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([3], while_true_with_break_ends_while_true) in ((None, [3]), FELL)
assert run([0, 2], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 3], while_true_with_break_ends_while_true) in (('Budget', [('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 2], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([0, 0, 3], while_true_with_break_ends_while_true) in ((None, [('enter', 1), ('exit', 1, False), 3]), FELL)
assert run([], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in ((None, []), FELL)
assert run([0, 0, 2], while_true_ends_tested_loop_clause_returns_in_finally) in ((7, [-5, 9]), FELL)
assert run([0, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1, 0, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 1, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 2], while_true_ends_tested_loop_clause_returns_in_finally) in ((7, [-5, 9, -5, 9]), FELL)
assert run([1, 0, 1, 1, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([2], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([3], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 1], while_true_ends_tested_loop_clause_returns_in_finally) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([1], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([0, 1], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 1], while_true_ends_tested_loop_clause_returns) in (('E1', [-5, 9]), FELL)
assert run([0, 0, 2], while_true_ends_tested_loop_clause_returns) in ((7, [-5, 9]), FELL)
assert run([0, 1, 0, 1], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 1], while_true_ends_tested_loop_clause_returns) in (('E1', [-5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 0, 2], while_true_ends_tested_loop_clause_returns) in ((7, [-5, 9, -5, 9]), FELL)
assert run([0, 0, 0, 1, 1], while_true_ends_tested_loop_clause_returns) in ((None, [-5, 9]), FELL)
assert run([2], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([3], while_true_ends_tested_loop_clause_returns) in ((None, []), FELL)
assert run([0, 2], while_true_ends_tested_loop_clause_returns) in (('Budget', [-5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9, -5, 9]), FELL)
assert run([], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([2], clause_while_true_break_return_in_finally) in (('E2', [-2]), FELL)
assert run([1, 1, 1], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1, 1, 0, 1, 1, 1], clause_while_true_break_return_in_finally) in ((None, [-2]), FELL)
assert run([1, 1, 0, 0], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([1, 0, 0, 1, 1], clause_while_true_break_return_in_finally) in ((27, [-2]), FELL)
assert run([], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1], clause_while_true_break_if_return_in_finally) in ((27, [-2, 9]), FELL)
assert run([2], clause_while_true_break_if_return_in_finally) in (('E2', [-2, 9]), FELL)
assert run([1, 1, 1], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 1, 0, 1, 1, 1], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 1, 0, 0], clause_while_true_break_if_return_in_finally) in ((None, [-2, 9]), FELL)
assert run([1, 0, 0, 1, 1], clause_while_true_break_if_return_in_finally) in ((27, [-2, 9]), FELL)
