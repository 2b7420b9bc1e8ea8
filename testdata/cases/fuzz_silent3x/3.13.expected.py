














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
    # depyf: could not decompile if_else_try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 358
    #    183            RESUME                   0
    #   
    #    184            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L1:     STORE_FAST               5 (w)
    #   
    #    185    L2:     NOP
    #   
    #    184            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    186    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L4)
    #   
    #    187            RETURN_CONST             0 (None)
    #   
    #    189    L4:     NOP
    #   
    #    190            NOP
    #   
    #    191    L5:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (9)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    196    L6:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (13)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L7:     STORE_FAST               5 (w)
    #   
    #    197            NOP
    #   
    #    196    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    203    L9:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (24)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             6 (15)
    #   
    #    184   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L11)
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 64 (to L3)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #    192            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L16)
    #                   POP_TOP
    #   
    #    193   L15:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 56 (to L6)
    #   
    #    194   L16:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       18 (to L20)
    #                   STORE_FAST               6 (e)
    #   
    #    195   L17:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (12)
    #                   CALL                     1
    #                   POP_TOP
    #          L18:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 78 (to L6)
    #   
    #     --   L19:     LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    194   L20:     RERAISE                  0
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    196   L22:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L23)
    #                   RERAISE                  2
    #          L23:     POP_TOP
    #          L24:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L25:     JUMP_FORWARD            37 (to L34)
    #   
    #     --   L26:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L27:     PUSH_EXC_INFO
    #   
    #    198            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L29)
    #                   POP_TOP
    #   
    #    199   L28:     POP_EXCEPT
    #                   JUMP_FORWARD            22 (to L34)
    #   
    #    200   L29:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L32)
    #                   STORE_FAST               6 (e)
    #   
    #    201   L30:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L34)
    #   
    #     --   L31:     LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    200   L32:     RERAISE                  0
    #   
    #     --   L33:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    203   L34:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (24)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L35:     PUSH_EXC_INFO
    #   
    #    203            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (24)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L36:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L10 [1] lasti
    #     L5 to L6 -> L14 [0]
    #     L6 to L7 -> L27 [0]
    #     L7 to L8 -> L22 [1] lasti
    #     L8 to L9 -> L27 [0]
    #     L10 to L12 -> L13 [3] lasti
    #     L14 to L15 -> L21 [1] lasti
    #     L15 to L16 -> L27 [0]
    #     L16 to L17 -> L21 [1] lasti
    #     L17 to L18 -> L19 [1] lasti
    #     L18 to L19 -> L27 [0]
    #     L19 to L21 -> L21 [1] lasti
    #     L21 to L22 -> L27 [0]
    #     L22 to L24 -> L26 [3] lasti
    #     L24 to L25 -> L27 [0]
    #     L25 to L26 -> L35 [0]
    #     L26 to L27 -> L27 [0]
    #     L27 to L28 -> L33 [1] lasti
    #     L28 to L29 -> L35 [0]
    #     L29 to L30 -> L33 [1] lasti
    #     L30 to L31 -> L35 [0]
    #     L31 to L33 -> L33 [1] lasti
    #     L33 to L34 -> L35 [0]
    #     L35 to L36 -> L36 [1] lasti
    raise RuntimeError("depyf: could not decompile if_else_try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 358")

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
