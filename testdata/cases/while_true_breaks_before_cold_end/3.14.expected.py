















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


def while_true_break_in_try_and_in_clause_try(c, t, x, n, m):
    while True:
        try:
            x(4)
        except E1:
            try:
                x(5)
            except E1:
                t(6)
                continue
        t(9)
        return


def while_true_test_break_then_clause_try_break(c, t, x, n, m):
    # depyf: could not decompile while_true_test_break_then_clause_try_break: the loop at line 105 (offset 2) was not read as a loop
    #    104            RESUME                   0
    #   
    #    105    L1:     NOP
    #   
    #    106            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #    107            JUMP_FORWARD            10 (to L5)
    #   
    #    108    L2:     NOP
    #   
    #    109    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    110    L4:     NOP
    #   
    #    117    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    111            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L15)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    112    L7:     NOP
    #   
    #    113    L8:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    114    L9:     POP_EXCEPT
    #                   JUMP_BACKWARD           33 (to L5)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    115            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       14 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    116            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #          L12:     POP_EXCEPT
    #                   JUMP_BACKWARD           81 (to L1)
    #   
    #    115   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    111   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L6 [0]
    #     L6 to L7 -> L16 [1] lasti
    #     L8 to L9 -> L10 [1]
    #     L10 to L11 -> L14 [2] lasti
    #     L11 to L12 -> L16 [1] lasti
    #     L13 to L14 -> L14 [2] lasti
    #     L14 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_test_break_then_clause_try_break: the loop at line 105 (offset 2) was not read as a loop')


def while_true_or_test_try_return_clause_named(c, t, x, n, m):
    while True:
        if c() or c():
            try:
                x(11)
                return 12
            except E2 as e:
                pass


def while_true_try_return_clause_named_then_call(c, t, x, n, m):
    while True:
        if c():
            try:
                x(1)
                return 2
            except E1 as e:
                t(3)
                continue
        x(4)


def while_true_or_test_try_return_clause_named_finally(c, t, x, n, m):
    while True:
        if c() or c():
            try:
                try:
                    x(11)
                    return 12
                except E2 as e:
                    pass
                continue
            finally:
                pass
        if c():
            if c():
                t(14)


def while_true_or_test_try_return_clause_named_finally_body(c, t, x, n, m):
    while True:
        if c() or c():
            try:
                x(11)
                return 12
            except E2 as e:
                pass
            finally:
                t(13)
        elif c():
            if c():
                t(14)


def while_true_branch_try_return_clause_finally_then_call(c, t, x, n, m):
    while True:
        if c():
            try:
                x(11)
                return 12
            except E2:
                t(1)
            finally:
                t(13)
                t(15)
        t(16)

assert run([], while_true_break_in_try_and_in_clause_try) in ((None, [-4, 9]), FELL)
assert run([1], while_true_break_in_try_and_in_clause_try) in ((None, [-4, -5, 9]), FELL)
assert run([2], while_true_break_in_try_and_in_clause_try) in (('E2', [-4]), FELL)
assert run([1, 1], while_true_break_in_try_and_in_clause_try) in ((None, [-4, -5, 6, -4, 9]), FELL)
assert run([1, 2], while_true_break_in_try_and_in_clause_try) in (('E2', [-4, -5]), FELL)
assert run([1, 1, 1], while_true_break_in_try_and_in_clause_try) in ((None, [-4, -5, 6, -4, -5, 9]), FELL)
assert run([], while_true_test_break_then_clause_try_break) in ((None, [-4, 9]), FELL)
assert run([1], while_true_test_break_then_clause_try_break) in ((None, [9]), FELL)
assert run([0, 1], while_true_test_break_then_clause_try_break) in ((None, [-4, -5, 9]), FELL)
assert run([0, 2], while_true_test_break_then_clause_try_break) in (('E2', [-4]), FELL)
assert run([0, 1, 1], while_true_test_break_then_clause_try_break) in ((None, [-4, -5, 6, -4, 9]), FELL)
assert run([0, 1, 2], while_true_test_break_then_clause_try_break) in (('E2', [-4, -5]), FELL)
assert run([], while_true_or_test_try_return_clause_named) in (('Budget', []), FELL)
assert run([1], while_true_or_test_try_return_clause_named) in ((12, [-11]), FELL)
assert run([1, 1], while_true_or_test_try_return_clause_named) in (('E1', [-11]), FELL)
assert run([1, 2], while_true_or_test_try_return_clause_named) in (('Budget', [-11]), FELL)
assert run([1, 2, 1], while_true_or_test_try_return_clause_named) in ((12, [-11, -11]), FELL)
assert run([1, 2, 1, 1], while_true_or_test_try_return_clause_named) in (('E1', [-11, -11]), FELL)
assert run([], while_true_try_return_clause_named_then_call) in (('Budget', [-4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4]), FELL)
assert run([1], while_true_try_return_clause_named_then_call) in ((2, [-1]), FELL)
assert run([0, 1], while_true_try_return_clause_named_then_call) in (('E1', [-4]), FELL)
assert run([0, 2], while_true_try_return_clause_named_then_call) in (('E2', [-4]), FELL)
assert run([1, 1], while_true_try_return_clause_named_then_call) in (('Budget', [-1, 3, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4]), FELL)
assert run([1, 2], while_true_try_return_clause_named_then_call) in (('E2', [-1]), FELL)
assert run([], while_true_or_test_try_return_clause_named_finally) in (('Budget', []), FELL)
assert run([1], while_true_or_test_try_return_clause_named_finally) in ((12, [-11]), FELL)
assert run([1, 1], while_true_or_test_try_return_clause_named_finally) in (('E1', [-11]), FELL)
assert run([1, 2], while_true_or_test_try_return_clause_named_finally) in (('Budget', [-11]), FELL)
assert run([1, 2, 1], while_true_or_test_try_return_clause_named_finally) in ((12, [-11, -11]), FELL)
assert run([0, 0, 1, 1], while_true_or_test_try_return_clause_named_finally) in (('Budget', [14]), FELL)
assert run([], while_true_or_test_try_return_clause_named_finally_body) in (('Budget', []), FELL)
assert run([1], while_true_or_test_try_return_clause_named_finally_body) in ((12, [-11, 13]), FELL)
assert run([1, 1], while_true_or_test_try_return_clause_named_finally_body) in (('E1', [-11, 13]), FELL)
assert run([1, 2], while_true_or_test_try_return_clause_named_finally_body) in (('Budget', [-11, 13]), FELL)
assert run([1, 2, 1], while_true_or_test_try_return_clause_named_finally_body) in ((12, [-11, 13, -11, 13]), FELL)
assert run([0, 0, 1, 1], while_true_or_test_try_return_clause_named_finally_body) in (('Budget', [14]), FELL)
assert run([], while_true_branch_try_return_clause_finally_then_call) in (('Budget', [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16]), FELL)
assert run([1], while_true_branch_try_return_clause_finally_then_call) in ((12, [-11, 13, 15]), FELL)
assert run([0, 1], while_true_branch_try_return_clause_finally_then_call) in ((12, [16, -11, 13, 15]), FELL)
assert run([1, 1], while_true_branch_try_return_clause_finally_then_call) in (('E1', [-11, 13, 15]), FELL)
assert run([1, 2], while_true_branch_try_return_clause_finally_then_call) in (('Budget', [-11, 1, 13, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16]), FELL)
assert run([0, 0, 1], while_true_branch_try_return_clause_finally_then_call) in ((12, [16, 16, -11, 13, 15]), FELL)
