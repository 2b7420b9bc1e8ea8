















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


def if_while_try_else_continue(c, t, x, n, m):
    if c():
        while c():
            try:
                x(6)
            except E1:
                pass
    t(12)


def if_while_try_continue_in_body(c, t, x, n, m):
    if c():
        while c():
            try:
                x(6)
            except E1:
                pass
    t(12)


def try_finally_if_then_return_after(c, t, x, n, m):
    try:
        try:
            x(4)
        except E1:
            pass
        while c():
            pass
        x(13)
    finally:
        if c():
            t(18)
    return 19


def try_in_try_finally_if_then_return_after(c, t, x, n, m):
    try:
        try:
            x(4)
        except E1:
            pass
        t(13)
    finally:
        if c():
            t(18)
    return 19


def with_then_try_else_nested_withs_return(c, t, x, n, m):
    # depyf: could not decompile with_then_try_else_nested_withs_return: except clauses fall off past the end of their region, the else clause into it, at 386
    #    140            RESUME                   0
    #   
    #    141            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE      112 (to L14)
    #                   NOT_TAKEN
    #   
    #    142            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     STORE_FAST               5 (w)
    #   
    #    143    L2:     NOP
    #   
    #    142            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    144    L3:     NOP
    #   
    #    145    L4:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L7)
    #           L5:     NOT_TAKEN
    #   
    #    146    L6:     JUMP_BACKWARD           15 (to L4)
    #   
    #    148    L7:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    152    L8:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L9:     POP_TOP
    #                   LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          19
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #          L10:     POP_TOP
    #   
    #    153            NOP
    #   
    #    152   L11:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L12:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    155   L13:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT          21
    #                   RETURN_VALUE
    #   
    #    141   L14:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    142   L15:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L16)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L16:     POP_TOP
    #          L17:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 103 (to L3)
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    152   L19:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L20)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L20:     POP_TOP
    #          L21:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L23)
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    152   L23:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            36 (to L32)
    #          L24:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L25)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L25:     POP_TOP
    #          L26:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD            20 (to L32)
    #   
    #     --   L27:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L28:     PUSH_EXC_INFO
    #   
    #    149            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L30)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    150   L29:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L32)
    #   
    #    149   L30:     RERAISE                  0
    #   
    #     --   L31:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    155   L32:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L33:     PUSH_EXC_INFO
    #   
    #    155            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L34:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L15 [2] lasti
    #     L4 to L5 -> L28 [0]
    #     L6 to L8 -> L28 [0]
    #     L8 to L9 -> L33 [0]
    #     L9 to L10 -> L24 [2] lasti
    #     L10 to L11 -> L19 [4] lasti
    #     L11 to L12 -> L24 [2] lasti
    #     L12 to L13 -> L33 [0]
    #     L15 to L17 -> L18 [4] lasti
    #     L19 to L21 -> L22 [6] lasti
    #     L21 to L23 -> L24 [2] lasti
    #     L23 to L24 -> L33 [0]
    #     L24 to L26 -> L27 [4] lasti
    #     L26 to L28 -> L33 [0]
    #     L28 to L29 -> L31 [1] lasti
    #     L29 to L30 -> L33 [0]
    #     L30 to L31 -> L31 [1] lasti
    #     L31 to L32 -> L33 [0]
    #     L33 to L34 -> L34 [1] lasti
    raise RuntimeError('depyf: could not decompile with_then_try_else_nested_withs_return: except clauses fall off past the end of their region, the else clause into it, at 386')

assert run([], if_while_try_else_continue) in ((None, [12]), FELL)
assert run([1, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([1, 1, 2], if_while_try_else_continue) in (('E2', [-6]), FELL)
assert run([1, 1, 0, 1], if_while_try_else_continue) in ((None, [-6, -6, 12]), FELL)
assert run([1, 1, 0, 1, 2], if_while_try_else_continue) in (('E2', [-6, -6]), FELL)
assert run([1, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([1, 3], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 3], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([3, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([3, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([], if_while_try_continue_in_body) in ((None, [12]), FELL)
assert run([1, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([1, 1, 2], if_while_try_continue_in_body) in (('E2', [-6]), FELL)
assert run([1, 1, 0, 1], if_while_try_continue_in_body) in ((None, [-6, -6, 12]), FELL)
assert run([1, 1, 0, 1, 2], if_while_try_continue_in_body) in (('E2', [-6, -6]), FELL)
assert run([1, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([1, 3], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 3], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([3, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([3, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([], try_finally_if_then_return_after) in ((19, [-4, -13]), FELL)
assert run([2], try_finally_if_then_return_after) in (('E2', [-4]), FELL)
assert run([2, 1], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([0, 0, 1], try_finally_if_then_return_after) in (('E1', [-4, -13]), FELL)
assert run([0, 0, 2], try_finally_if_then_return_after) in (('E2', [-4, -13]), FELL)
assert run([0, 0, 0, 1], try_finally_if_then_return_after) in ((19, [-4, -13, 18]), FELL)
assert run([0, 0, 1, 1], try_finally_if_then_return_after) in (('E1', [-4, -13, 18]), FELL)
assert run([0, 0, 2, 1], try_finally_if_then_return_after) in (('E2', [-4, -13, 18]), FELL)
assert run([2, 2], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([2, 3], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([1, 0, 1], try_finally_if_then_return_after) in (('E1', [-4, -13]), FELL)
assert run([1, 0, 2], try_finally_if_then_return_after) in (('E2', [-4, -13]), FELL)
assert run([], try_in_try_finally_if_then_return_after) in ((19, [-4, 13]), FELL)
assert run([2], try_in_try_finally_if_then_return_after) in (('E2', [-4]), FELL)
assert run([0, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([2, 1], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([0, 2], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([0, 3], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 2], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 3], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([2, 2], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([2, 3], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([3, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([], with_then_try_else_nested_withs_return) in ((None, []), FELL)
assert run([1], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([1, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([2], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([3], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([2, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([2, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([3, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([3, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 1, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 1, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
