







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


def while_breaking_in_clause(c, t, x, n, m):
    with m(1):
        while c():
            try:
                x(3)
            except E2:
                break
            t(10)
            break


def for_with_try_else_break(c, t, x, n, m):
    # depyf: could not decompile for_with_try_else_break: stack underflow
    #     80            RESUME                   0
    #   
    #     82            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                47 (to L7)
    #                   STORE_FAST               5 (j)
    #   
    #     83            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #     84    L3:     NOP
    #   
    #     85    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     89    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     90            NOP
    #   
    #     83    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     82    L7:     END_FOR
    #                   POP_ITER
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #     86            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L10)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     87    L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #     86   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     87   L12:     NOP
    #   
    #     83            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L17)
    #          L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L14)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L17)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     91   L17:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          20
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          109 (to L1)
    #   ExceptionTable:
    #     L2 to L3 -> L13 [3] lasti
    #     L4 to L5 -> L8 [3]
    #     L5 to L6 -> L13 [3] lasti
    #     L8 to L9 -> L11 [4] lasti
    #     L9 to L10 -> L13 [3] lasti
    #     L10 to L11 -> L11 [4] lasti
    #     L11 to L12 -> L13 [3] lasti
    #     L13 to L15 -> L16 [5] lasti
    raise RuntimeError('depyf: could not decompile for_with_try_else_break: stack underflow')


def try_finally_with_return_suppressed(c, t, x, n, m):
    with m(1):
        try:
            with m(2):
                x(3)
                return 4
        finally:
            t(5)
        t(6)
        return None


def try_finally_with_return_suppressed_alone(c, t, x, n, m):
    try:
        with m(2):
            x(3)
            return 4
    finally:
        pass
    t(6)

assert run([], while_breaking_in_clause) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], while_breaking_in_clause) in ((None, [('enter', 1), -3, 10, ('exit', 1, False)]), FELL)
assert run([1, 0], while_breaking_in_clause) in ((None, [('enter', 1), -3, 10, ('exit', 1, False)]), FELL)
assert run([1, 2], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, True)]), FELL)
assert run([1, 2, 0], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([], for_with_try_else_break) in ((None, []), FELL)
assert run([1], for_with_try_else_break) in ((None, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 1, 1], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([1, 1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 1, 0, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([2, 1, 1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 2, 1], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, True), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([], try_finally_with_return_suppressed) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([1], try_finally_with_return_suppressed) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([2], try_finally_with_return_suppressed) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([1, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), 5, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), 5, 6, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, True)]), FELL)
assert run([2, 0, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, True)]), FELL)
assert run([1, 2], try_finally_with_return_suppressed) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([], try_finally_with_return_suppressed_alone) in ((4, [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([1], try_finally_with_return_suppressed_alone) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([2], try_finally_with_return_suppressed_alone) in (('E2', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([1, 1], try_finally_with_return_suppressed_alone) in ((None, [('enter', 2), -3, ('exit', 2, True), 6]), FELL)
assert run([2, 1], try_finally_with_return_suppressed_alone) in ((None, [('enter', 2), -3, ('exit', 2, True), 6]), FELL)
assert run([1, 0], try_finally_with_return_suppressed_alone) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
