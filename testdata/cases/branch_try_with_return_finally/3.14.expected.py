






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


def branch_try_with_return_finally(c, t, x, n, m):
    if c():
        try:
            with m(2):
                return 3
        finally:
            t(5)


def branch_try_with_return_finally_then_call(c, t, x, n, m):
    if c():
        try:
            with m(2):
                x(1)
                return 3
        finally:
            t(5)
    t(10)


def branch_try_with_return_finally_then_try(c, t, x, n, m):
    if c():
        try:
            with m(2):
                return 3
        finally:
            t(5)
    try:
        x(10)
    finally:
        t(12)


def case_try_with_return_finally(c, t, x, n, m):
    if c() == 0:
        try:
            with m(1):
                return 4
        finally:
            t(6)


def case_try_with_value_return_finally(c, t, x, n, m):
    # depyf: could not decompile case_try_with_value_return_finally: a with suppressing in the then-branch runs a copy of the code after the if at 152
    #    124            RESUME                   0
    #   
    #    125            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    126            LOAD_SMALL_INT           0
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       55 (to L5)
    #                   NOT_TAKEN
    #   
    #    127            NOP
    #   
    #    128    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     STORE_FAST               5 (w)
    #   
    #    129            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   COPY                     1
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L3)
    #                   NOT_TAKEN
    #                   POP_TOP
    #                   LOAD_FAST                5 (w)
    #   
    #    128    L3:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    131    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    132    L5:     NOP
    #   
    #    133            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    128    L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L7)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L10)
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    128   L10:     NOP
    #   
    #    131            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #    131            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L11 [0]
    #     L2 to L3 -> L6 [2] lasti
    #     L3 to L4 -> L11 [0]
    #     L6 to L8 -> L9 [4] lasti
    #     L8 to L10 -> L11 [0]
    #     L11 to L12 -> L12 [1] lasti
    raise RuntimeError('depyf: could not decompile case_try_with_value_return_finally: a with suppressing in the then-branch runs a copy of the code after the if at 152')

assert run([], branch_try_with_return_finally) in ((None, []), FELL)
assert run([1], branch_try_with_return_finally) in ((3, [('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([], branch_try_with_return_finally_then_call) in ((None, [10]), FELL)
assert run([1], branch_try_with_return_finally_then_call) in ((3, [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 1], branch_try_with_return_finally_then_call) in (('E1', [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 2], branch_try_with_return_finally_then_call) in (('E2', [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], branch_try_with_return_finally_then_call) in ((None, [('enter', 2), -1, ('exit', 2, True), 5, 10]), FELL)
assert run([], branch_try_with_return_finally_then_try) in ((None, [-10, 12]), FELL)
assert run([1], branch_try_with_return_finally_then_try) in ((3, [('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([0, 1], branch_try_with_return_finally_then_try) in (('E1', [-10, 12]), FELL)
assert run([0, 2], branch_try_with_return_finally_then_try) in (('E2', [-10, 12]), FELL)
assert run([], case_try_with_return_finally) in ((4, [('enter', 1), ('exit', 1, False), 6]), FELL)
assert run([1], case_try_with_return_finally) in ((None, []), FELL)
assert run([], case_try_with_value_return_finally) in ((4, [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([1], case_try_with_value_return_finally) in ((None, [7]), FELL)
assert run([0, 1], case_try_with_value_return_finally) in (('E1', [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([0, 2], case_try_with_value_return_finally) in (('E2', [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([0, 1, 1], case_try_with_value_return_finally) in ((None, [('enter', 4), -5, ('exit', 4, True), 6]), FELL)
