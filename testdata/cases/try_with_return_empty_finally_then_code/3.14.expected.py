







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


def try_with_return_except_empty_finally_then_code(c, t, x, n, m):
    try:
        with m(3):
            x(4)
            return 5
    except E1:
        return 6
    finally:
        pass
    t(7)


def try_with_return_except_empty_finally_then_return(c, t, x, n, m):
    t(1)
    try:
        with m(3) as w:
            x(w)
            return 5
    except E2:
        return 6
    finally:
        pass
    t(7)
    return t(8)


def elif_try_with_return_empty_finally_code_else(c, t, x, n, m):
    # depyf: could not decompile elif_try_with_return_empty_finally_code_else: the code after an if statement is reached only by a with suppressing at 242
    #    106            RESUME                   0
    #   
    #    107            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L1)
    #                   NOT_TAKEN
    #   
    #    108            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121            LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #    109    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       38 (to L6)
    #                   NOT_TAKEN
    #   
    #    110            NOP
    #   
    #    111    L2:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #    112            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    113            NOP
    #   
    #    111    L4:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    117    L5:     LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #    120    L6:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121            LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #    111    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #          L10:     JUMP_FORWARD            21 (to L17)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L12:     PUSH_EXC_INFO
    #   
    #    114            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L15)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    115   L13:     POP_EXCEPT
    #   
    #    117   L14:     LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #    114   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    111   L17:     NOP
    #   
    #    117            JUMP_FORWARD             5 (to L20)
    #   
    #     --   L18:     PUSH_EXC_INFO
    #   
    #    117            RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    118   L20:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121            LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L2 to L3 -> L12 [0]
    #     L3 to L4 -> L7 [2] lasti
    #     L4 to L5 -> L12 [0]
    #     L7 to L9 -> L11 [4] lasti
    #     L9 to L10 -> L12 [0]
    #     L10 to L11 -> L18 [0]
    #     L11 to L12 -> L12 [0]
    #     L12 to L13 -> L16 [1] lasti
    #     L13 to L14 -> L18 [0]
    #     L15 to L16 -> L16 [1] lasti
    #     L16 to L17 -> L18 [0]
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_try_with_return_empty_finally_code_else: the code after an if statement is reached only by a with suppressing at 242')

assert run([], try_with_return_except_empty_finally_then_code) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], try_with_return_except_empty_finally_then_code) in ((6, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2], try_with_return_except_empty_finally_then_code) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], try_with_return_except_empty_finally_then_code) in ((None, [('enter', 3), -4, ('exit', 3, True), 7]), FELL)
assert run([], try_with_return_except_empty_finally_then_return) in ((5, [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1], try_with_return_except_empty_finally_then_return) in (('E1', [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([2], try_with_return_except_empty_finally_then_return) in ((6, [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1, 1], try_with_return_except_empty_finally_then_return) in ((None, [1, ('enter', 3), -3, ('exit', 3, True), 7, 8]), FELL)
assert run([], elif_try_with_return_empty_finally_code_else) in ((9, [8]), FELL)
assert run([1], elif_try_with_return_empty_finally_code_else) in ((9, [1]), FELL)
assert run([0, 1], elif_try_with_return_empty_finally_code_else) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], elif_try_with_return_empty_finally_code_else) in ((6, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2], elif_try_with_return_empty_finally_code_else) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1, 1], elif_try_with_return_empty_finally_code_else) in ((9, [('enter', 3), -4, ('exit', 3, True), 7]), FELL)
