







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


def named_in_named_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            return t(3)


def same_name_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return t(3)


def named_in_named_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            return 38
        finally:
            t(39)


def same_name_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return 38
        finally:
            t(39)
    t(40)


def same_name_return_value_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return t(38)
        finally:
            t(39)


def named_in_plain_return_const_finally(c, t, x, n, m):
    try:
        x(1)
        return 6
    except E2:
        try:
            x(2)
        except E1 as f:
            return 5
        finally:
            t(39)
        return 6


def loop_named_break_finally(c, t, x, n, m):
    # depyf: could not decompile loop_named_break_finally: code copied after an except clause's POP_EXCEPT at 110
    #    152            RESUME                   0
    #   
    #    153            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                12 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #    154            NOP
    #   
    #    155    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #           L3:     JUMP_BACKWARD           14 (to L1)
    #   
    #    153    L4:     END_FOR
    #                   POP_ITER
    #   
    #    163    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          40
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    156            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       75 (to L22)
    #                   NOT_TAKEN
    #                   STORE_FAST               6 (e)
    #   
    #    157    L7:     NOP
    #   
    #    158    L8:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     JUMP_FORWARD            31 (to L16)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    159            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       18 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    160   L11:     POP_EXCEPT
    #   
    #    162   L12:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          39
    #                   CALL                     1
    #                   POP_TOP
    #          L13:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   POP_TOP
    #                   JUMP_BACKWARD           58 (to L5)
    #   
    #    159   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    158   L16:     NOP
    #   
    #    162   L17:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          39
    #                   CALL                     1
    #                   POP_TOP
    #          L18:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_BACKWARD           93 (to L1)
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    162            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          39
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L21:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    156   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L6 [1]
    #     L6 to L7 -> L23 [2] lasti
    #     L8 to L9 -> L10 [2]
    #     L9 to L10 -> L19 [2]
    #     L10 to L11 -> L15 [3] lasti
    #     L11 to L12 -> L19 [2]
    #     L12 to L13 -> L21 [2] lasti
    #     L14 to L15 -> L15 [3] lasti
    #     L15 to L16 -> L19 [2]
    #     L17 to L18 -> L21 [2] lasti
    #     L19 to L20 -> L20 [3] lasti
    #     L20 to L21 -> L21 [2] lasti
    #     L21 to L23 -> L23 [2] lasti
    raise RuntimeError("depyf: could not decompile loop_named_break_finally: code copied after an except clause's POP_EXCEPT at 110")


def three_named_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            try:
                x(3)
            except E2 as f:
                return t(4)

assert run([], named_in_named_return_value) in ((None, [-1]), FELL)
assert run([1], named_in_named_return_value) in (('E1', [-1]), FELL)
assert run([2], named_in_named_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], named_in_named_return_value) in ((None, [-1, -2, 3]), FELL)
assert run([2, 2], named_in_named_return_value) in (('E2', [-1, -2]), FELL)
assert run([], same_name_return_value) in ((None, [-1]), FELL)
assert run([1], same_name_return_value) in (('E1', [-1]), FELL)
assert run([2], same_name_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], same_name_return_value) in ((None, [-1, -2, 3]), FELL)
assert run([2, 2], same_name_return_value) in (('E2', [-1, -2]), FELL)
assert run([], named_in_named_return_const_finally) in ((None, [-1]), FELL)
assert run([1], named_in_named_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], named_in_named_return_const_finally) in ((None, [-1, -2, 39]), FELL)
assert run([2, 1], named_in_named_return_const_finally) in ((38, [-1, -2, 39]), FELL)
assert run([2, 2], named_in_named_return_const_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], same_name_return_const_finally) in ((None, [-1, 40]), FELL)
assert run([1], same_name_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], same_name_return_const_finally) in ((None, [-1, -2, 39, 40]), FELL)
assert run([2, 1], same_name_return_const_finally) in ((38, [-1, -2, 39]), FELL)
assert run([2, 2], same_name_return_const_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], same_name_return_value_finally) in ((None, [-1]), FELL)
assert run([1], same_name_return_value_finally) in (('E1', [-1]), FELL)
assert run([2], same_name_return_value_finally) in ((None, [-1, -2, 39]), FELL)
assert run([2, 1], same_name_return_value_finally) in ((None, [-1, -2, 38, 39]), FELL)
assert run([2, 2], same_name_return_value_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], named_in_plain_return_const_finally) in ((6, [-1]), FELL)
assert run([1], named_in_plain_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], named_in_plain_return_const_finally) in ((6, [-1, -2, 39]), FELL)
assert run([2, 1], named_in_plain_return_const_finally) in ((5, [-1, -2, 39]), FELL)
assert run([2, 2], named_in_plain_return_const_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], loop_named_break_finally) in ((None, [40]), FELL)
assert run([1], loop_named_break_finally) in ((None, [-1, 40]), FELL)
assert run([2], loop_named_break_finally) in ((None, [-1, -1, 40]), FELL)
assert run([1, 1], loop_named_break_finally) in (('E1', [-1]), FELL)
assert run([1, 2], loop_named_break_finally) in ((None, [-1, -2, 39, 40]), FELL)
assert run([2, 2], loop_named_break_finally) in ((None, [-1, -2, 39, -1, 40]), FELL)
assert run([], three_named_return_value) in ((None, [-1]), FELL)
assert run([1], three_named_return_value) in (('E1', [-1]), FELL)
assert run([2], three_named_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], three_named_return_value) in ((None, [-1, -2, -3]), FELL)
assert run([2, 2], three_named_return_value) in (('E2', [-1, -2]), FELL)
assert run([2, 1, 1], three_named_return_value) in (('E1', [-1, -2, -3]), FELL)
