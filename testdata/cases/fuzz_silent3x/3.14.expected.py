














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


def if_try_if_else_return(c, t, x, n, m):
    if c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def never_looping_while_try_if_break(c, t, x, n, m):
    if c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def while_try_if_else_return(c, t, x, n, m):
    while c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def while_if_try_if_else_return(c, t, x, n, m):
    while c():
        if c():
            try:
                if c():
                    t(1)
                else:
                    return 7
            except E1:
                return 7
        t(8)


def if_elif_nested_with_return(c, t, x, n, m):
    if not c():
        if c():
            pass
        else:
            if c():
                with m(31), m(32):
                    pass
                return 34
            if c():
                with m(35) as w:
                    return 36
    t(37)


def if_nested_with_return_then_if_return(c, t, x, n, m):
    if c():
        if c():
            with m(31), m(32):
                pass
            return 34
        if c():
            return 36
    t(37)


def if_nested_with_then_falls_on(c, t, x, n, m):
    if c():
        if c():
            with m(31), m(32):
                t(1)
            return 34
        t(2)
    t(37)


def try_except_with_return_finally(c, t, x, n, m):
    try:
        x(9)
        with m(13) as w:
            return 15
    except E1:
        pass
    finally:
        t(24)


def if_else_try_except_with_return_finally(c, t, x, n, m):
    # depyf: could not decompile if_else_try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 412
    #    183            RESUME                   0
    #   
    #    184            LOAD_FAST_BORROW         4 (m)
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
    #    185    L2:     NOP
    #   
    #    184            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    186    L3:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L4)
    #                   NOT_TAKEN
    #   
    #    187            LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    189    L4:     NOP
    #   
    #    190            NOP
    #   
    #    191    L5:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    196    L6:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L7:     STORE_FAST               5 (w)
    #   
    #    197            NOP
    #   
    #    196    L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    203    L9:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          24
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #    184   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L11)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 77 (to L3)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #    192            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    193   L15:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 68 (to L6)
    #   
    #    194   L16:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       19 (to L22)
    #          L17:     NOT_TAKEN
    #          L18:     STORE_FAST               6 (e)
    #   
    #    195   L19:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #          L20:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 91 (to L6)
    #   
    #     --   L21:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    194   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    196   L24:     PUSH_EXC_INFO
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
    #          L27:     JUMP_FORWARD            39 (to L38)
    #   
    #     --   L28:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L29:     PUSH_EXC_INFO
    #   
    #    198            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L31)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    199   L30:     POP_EXCEPT
    #                   JUMP_FORWARD            23 (to L38)
    #   
    #    200   L31:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L36)
    #          L32:     NOT_TAKEN
    #          L33:     STORE_FAST               6 (e)
    #   
    #    201   L34:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L38)
    #   
    #     --   L35:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    200   L36:     RERAISE                  0
    #   
    #     --   L37:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    203   L38:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          24
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L39:     PUSH_EXC_INFO
    #   
    #    203            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          24
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L40:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L10 [2] lasti
    #     L5 to L6 -> L14 [0]
    #     L6 to L7 -> L29 [0]
    #     L7 to L8 -> L24 [2] lasti
    #     L8 to L9 -> L29 [0]
    #     L10 to L12 -> L13 [4] lasti
    #     L14 to L15 -> L23 [1] lasti
    #     L15 to L16 -> L29 [0]
    #     L16 to L17 -> L23 [1] lasti
    #     L18 to L19 -> L23 [1] lasti
    #     L19 to L20 -> L21 [1] lasti
    #     L20 to L21 -> L29 [0]
    #     L21 to L23 -> L23 [1] lasti
    #     L23 to L24 -> L29 [0]
    #     L24 to L26 -> L28 [4] lasti
    #     L26 to L27 -> L29 [0]
    #     L27 to L28 -> L39 [0]
    #     L28 to L29 -> L29 [0]
    #     L29 to L30 -> L37 [1] lasti
    #     L30 to L31 -> L39 [0]
    #     L31 to L32 -> L37 [1] lasti
    #     L33 to L34 -> L37 [1] lasti
    #     L34 to L35 -> L39 [0]
    #     L35 to L37 -> L37 [1] lasti
    #     L37 to L38 -> L39 [0]
    #     L39 to L40 -> L40 [1] lasti
    raise RuntimeError("depyf: could not decompile if_else_try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 412")

assert run([], if_try_if_else_return) in ((None, [8]), FELL)
assert run([0], if_try_if_else_return) in ((None, [8]), FELL)
assert run([1], if_try_if_else_return) in ((7, []), FELL)
assert run([2], if_try_if_else_return) in ((7, []), FELL)
assert run([1, 0], if_try_if_else_return) in ((7, []), FELL)
assert run([1, 1], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 2], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([2, 0], if_try_if_else_return) in ((7, []), FELL)
assert run([2, 1], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([2, 2], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([], never_looping_while_try_if_break) in ((None, [8]), FELL)
assert run([0], never_looping_while_try_if_break) in ((None, [8]), FELL)
assert run([1], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([2], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([1, 0], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([1, 1], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([1, 2], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([2, 0], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([2, 1], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([2, 2], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([], while_try_if_else_return) in ((None, [8]), FELL)
assert run([0], while_try_if_else_return) in ((None, [8]), FELL)
assert run([1], while_try_if_else_return) in ((7, []), FELL)
assert run([2], while_try_if_else_return) in ((7, []), FELL)
assert run([1, 0], while_try_if_else_return) in ((7, []), FELL)
assert run([1, 1], while_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 1, 1], while_try_if_else_return) in ((7, [1]), FELL)
assert run([1, 1, 1, 1], while_try_if_else_return) in ((None, [1, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1], while_try_if_else_return) in ((7, [1, 1]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_try_if_else_return) in ((None, [1, 1, 1, 8]), FELL)
assert run([], while_if_try_if_else_return) in ((None, []), FELL)
assert run([1], while_if_try_if_else_return) in ((None, [8]), FELL)
assert run([1, 1], while_if_try_if_else_return) in ((7, []), FELL)
assert run([1, 0, 1], while_if_try_if_else_return) in ((None, [8, 8]), FELL)
assert run([1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 0, 1, 1], while_if_try_if_else_return) in ((7, [8]), FELL)
assert run([1, 1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8, 8]), FELL)
assert run([1, 0, 1, 0, 1], while_if_try_if_else_return) in ((None, [8, 8, 8]), FELL)
assert run([1, 0, 1, 1, 1], while_if_try_if_else_return) in ((None, [8, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1], while_if_try_if_else_return) in ((7, [1, 8]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_if_try_if_else_return) in ((7, [8, 8]), FELL)
assert run([1, 0, 1, 1, 1, 1], while_if_try_if_else_return) in ((None, [8, 1, 8, 8]), FELL)
assert run([1, 1, 1, 1, 0, 1], while_if_try_if_else_return) in ((None, [1, 8, 8, 8]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8, 1, 8]), FELL)
assert run([], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([1], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([2], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 1], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 2], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0, 0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0, 1], if_elif_nested_with_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([0, 0, 0, 1], if_elif_nested_with_return) in ((36, [('enter', 35), ('exit', 35, False)]), FELL)
assert run([], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([2], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1, 0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1, 1], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 2], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([2, 1], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 0, 1], if_nested_with_return_then_if_return) in ((36, []), FELL)
assert run([], if_nested_with_then_falls_on) in ((None, [37]), FELL)
assert run([0], if_nested_with_then_falls_on) in ((None, [37]), FELL)
assert run([1], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([2], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([1, 0], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([1, 1], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 2], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 0], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([2, 1], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 2], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([], try_except_with_return_finally) in ((15, [-9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0], try_except_with_return_finally) in ((15, [-9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([1], try_except_with_return_finally) in ((None, [-9, 24]), FELL)
assert run([2], try_except_with_return_finally) in (('E2', [-9, 24]), FELL)
assert run([], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([1], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([2], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 1], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, -12, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2, 0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, -12, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2, 1], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False), -9, -12, 24]), FELL)
assert run([0, 2, 2], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False), -9, -12, 24]), FELL)
