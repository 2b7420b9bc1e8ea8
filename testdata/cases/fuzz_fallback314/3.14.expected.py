
















class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def if_return_ending_with(c, t, x, n, m):
    with m(10):
        t(1)
        if c():
            return 11


def if_else_return_ending_with(c, t, x, n, m):
    with m(10):
        if c():
            x(1)
            return 11
        if c():
            return 12
    t(2)


def loop_if_return_const_in_with(c, t, x, n, m):
    with m(1):
        while c():
            t(1)
            if c():
                return 4
    t(5)


def loop_if_return_value_in_with(c, t, x, n, m):
    with m(1):
        while c():
            t(1)
            if c():
                return c() + 10
    t(5)


def loop_break_elif_return_in_with(c, t, x, n, m):
    with m(1):
        while c():
            if c():
                x(2)
                break
            if c():
                return 4
    t(5)


def return_in_try_after_loop_in_with(c, t, x, n, m):
    # depyf: could not decompile return_in_try_after_loop_in_with: the code after a with reached only by its suppressing path and dead code at 198
    #    126            RESUME                   0
    #   
    #    129            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    130    L2:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L5)
    #           L3:     NOT_TAKEN
    #   
    #    131    L4:     JUMP_BACKWARD           15 (to L2)
    #   
    #    133    L5:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    134    L6:     NOP
    #   
    #    135            NOP
    #   
    #    129            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    136            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    137    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    136    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    137   L11:     NOP
    #   
    #    129            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L16)
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
    #                   JUMP_FORWARD             3 (to L16)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    140   L16:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L17)
    #                   NOT_TAKEN
    #   
    #    141            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           23 (to L16)
    #   
    #    140   L17:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L3 -> L12 [2] lasti
    #     L4 to L6 -> L12 [2] lasti
    #     L7 to L8 -> L10 [3] lasti
    #     L8 to L9 -> L12 [2] lasti
    #     L9 to L10 -> L10 [3] lasti
    #     L10 to L11 -> L12 [2] lasti
    #     L12 to L14 -> L15 [4] lasti
    raise RuntimeError('depyf: could not decompile return_in_try_after_loop_in_with: the code after a with reached only by its suppressing path and dead code at 198')

assert run([], if_return_ending_with) in ((None, [('enter', 10), 1, ('exit', 10, False)]), FELL)
assert run([1], if_return_ending_with) in ((11, [('enter', 10), 1, ('exit', 10, False)]), FELL)
assert run([], if_else_return_ending_with) in ((None, [('enter', 10), ('exit', 10, False), 2]), FELL)
assert run([1], if_else_return_ending_with) in ((11, [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([0, 1], if_else_return_ending_with) in ((12, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 1], if_else_return_ending_with) in (('E1', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], if_else_return_ending_with) in (('E2', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], if_else_return_ending_with) in ((None, [('enter', 10), -1, ('exit', 10, True), 2]), FELL)
assert run([], loop_if_return_const_in_with) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([1], loop_if_return_const_in_with) in ((None, [('enter', 1), 1, ('exit', 1, False), 5]), FELL)
assert run([1, 1], loop_if_return_const_in_with) in ((4, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], loop_if_return_const_in_with) in ((None, [('enter', 1), 1, 1, ('exit', 1, False), 5]), FELL)
assert run([1, 0, 1, 1], loop_if_return_const_in_with) in ((4, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 0, 1], loop_if_return_const_in_with) in ((None, [('enter', 1), 1, 1, 1, ('exit', 1, False), 5]), FELL)
assert run([], loop_if_return_value_in_with) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([1], loop_if_return_value_in_with) in ((None, [('enter', 1), 1, ('exit', 1, False), 5]), FELL)
assert run([1, 1], loop_if_return_value_in_with) in ((10, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], loop_if_return_value_in_with) in ((None, [('enter', 1), 1, 1, ('exit', 1, False), 5]), FELL)
assert run([1, 1, 1], loop_if_return_value_in_with) in ((11, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], loop_if_return_value_in_with) in ((12, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], loop_if_return_value_in_with) in ((13, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1], loop_if_return_value_in_with) in ((10, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 0, 1], loop_if_return_value_in_with) in ((None, [('enter', 1), 1, 1, 1, ('exit', 1, False), 5]), FELL)
assert run([1, 0, 1, 1, 1], loop_if_return_value_in_with) in ((11, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1, 2], loop_if_return_value_in_with) in ((12, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1, 3], loop_if_return_value_in_with) in ((13, [('enter', 1), 1, 1, ('exit', 1, False)]), FELL)
assert run([], loop_break_elif_return_in_with) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([1, 1], loop_break_elif_return_in_with) in ((None, [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 0, 1], loop_break_elif_return_in_with) in ((4, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], loop_break_elif_return_in_with) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], loop_break_elif_return_in_with) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], loop_break_elif_return_in_with) in ((None, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([], return_in_try_after_loop_in_with) in ((9, [('enter', 1), -8, ('exit', 1, False)]), FELL)
assert run([0, 1], return_in_try_after_loop_in_with) in (('E1', [('enter', 1), -8, ('exit', 1, False)]), FELL)
assert run([0, 2], return_in_try_after_loop_in_with) in (('E2', [('enter', 1), -8, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], return_in_try_after_loop_in_with) in ((None, [('enter', 1), -8, ('exit', 1, True)]), FELL)
assert run([0, 1, 1, 1], return_in_try_after_loop_in_with) in ((None, [('enter', 1), -8, ('exit', 1, True), 2]), FELL)
assert run([0, 1, 1, 1, 1], return_in_try_after_loop_in_with) in ((None, [('enter', 1), -8, ('exit', 1, True), 2, 2]), FELL)
