






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


def loop_try_with_break_else_if(c, t, x, n, m):
    while c():
        try:
            with m(16) as w:
                break
        except E1:
            pass
        else:
            if not c():
                pass


def loop_try_with_break_else_if_then_code(c, t, x, n, m):
    # depyf: could not decompile loop_try_with_break_else_if_then_code: line 102 (LOAD_FAST at offset 134) was never read: the structure found would leave it out
    #     93            RESUME                   0
    #   
    #     94            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       27 (to L5)
    #   
    #     95    L1:     NOP
    #   
    #     96    L2:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (16)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     STORE_FAST               5 (w)
    #   
    #     97            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     98            NOP
    #   
    #     96    L4:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    104    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (4)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     96    L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L7)
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L10)
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     96   L10:     NOP
    #   
    #    102            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         8 (to L11)
    #   
    #    103            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     --   L11:     JUMP_FORWARD            24 (to L16)
    #          L12:     PUSH_EXC_INFO
    #   
    #     99            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L14)
    #                   POP_TOP
    #   
    #    100            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (2)
    #                   CALL                     1
    #                   POP_TOP
    #          L13:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L16)
    #   
    #     99   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     94   L16:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L17)
    #                   JUMP_BACKWARD          113 (to L1)
    #          L17:     JUMP_BACKWARD_NO_INTERRUPT 87 (to L5)
    #   ExceptionTable:
    #     L2 to L3 -> L12 [0]
    #     L3 to L4 -> L6 [1] lasti
    #     L4 to L5 -> L12 [0]
    #     L6 to L8 -> L9 [3] lasti
    #     L8 to L10 -> L12 [0]
    #     L12 to L13 -> L15 [1] lasti
    #     L14 to L15 -> L15 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_try_with_break_else_if_then_code: line 102 (LOAD_FAST at offset 134) was never read: the structure found would leave it out')


def loop_try_with_continue_else(c, t, x, n, m):
    while c():
        try:
            with m(16) as w:
                x(1)
                continue
        except E1:
            t(2)
        else:
            if c():
                t(3)
                return 4


def for_try_with_return_else(c, t, x, n, m):
    for i in n():
        try:
            with m(16) as w:
                t(1)
                return 2
        except E1:
            t(3)
        else:
            t(4)
            if c():
                break

assert run([], loop_try_with_break_else_if) in ((None, []), FELL)
assert run([1], loop_try_with_break_else_if) in ((None, [('enter', 16), ('exit', 16, False)]), FELL)
assert run([], loop_try_with_break_else_if_then_code) in ((None, [4]), FELL)
assert run([1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, 4]), FELL)
assert run([1, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), -3, 4]), FELL)
assert run([1, 1, 0, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), 4]), FELL)
assert run([1, 1, 0, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 2, 4]), FELL)
assert run([1, 1, 0, 1, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1, 0, 1], loop_try_with_break_else_if_then_code) in (('E1', [('enter', 16), -1, ('exit', 16, True), -3]), FELL)
assert run([1, 1, 1, 0, 2], loop_try_with_break_else_if_then_code) in (('E2', [('enter', 16), -1, ('exit', 16, True), -3]), FELL)
assert run([1, 1, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([1, 1, 0, 1, 1, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, True), -3, 4]), FELL)
assert run([1, 1, 1, 0, 0, 1], loop_try_with_break_else_if_then_code) in ((None, [('enter', 16), -1, ('exit', 16, True), -3, ('enter', 16), -1, ('exit', 16, False), 4]), FELL)
assert run([], loop_try_with_continue_else) in ((None, []), FELL)
assert run([1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, True)]), FELL)
assert run([1, 0, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 0, 1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 1, 1, 1], loop_try_with_continue_else) in ((4, [('enter', 16), -1, ('exit', 16, True), 3]), FELL)
assert run([1, 0, 1, 0, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([1, 0, 1, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), ('enter', 16), -1, ('exit', 16, True)]), FELL)
assert run([1, 1, 0, 1, 1], loop_try_with_continue_else) in ((None, [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False), 2]), FELL)
assert run([1, 1, 0, 1, 2], loop_try_with_continue_else) in (('E2', [('enter', 16), -1, ('exit', 16, False), 2, ('enter', 16), -1, ('exit', 16, False)]), FELL)
assert run([], for_try_with_return_else) in ((None, []), FELL)
assert run([1], for_try_with_return_else) in ((2, [('enter', 16), 1, ('exit', 16, False)]), FELL)
