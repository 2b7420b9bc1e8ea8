




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


def clause_try_else_returns(c, t, x, n, m):
    try:
        for j in n():
            x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(11)
            except E2 as e:
                pass
            else:
                x(15)
                return 16
    t(21)


def clause_try_else_returns_value(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(11)
            except E2:
                t(12)
            else:
                t(15)
                return t(16)
    t(21)


def clause_try_else_returns_in_loop(c, t, x, n, m):
    # depyf: could not decompile clause_try_else_returns_in_loop: code copied after POP_EXCEPT in a branch of an except clause at 108
    #    114            RESUME                   0
    #   
    #    115            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                20 (to L4)
    #                   STORE_FAST               5 (k)
    #   
    #    116            NOP
    #   
    #    117    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    125    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          21
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           22 (to L1)
    #   
    #    115    L4:     END_FOR
    #                   POP_ITER
    #   
    #    126            LOAD_SMALL_INT          22
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    118            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    119    L6:     NOP
    #   
    #    120    L7:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    124    L8:     POP_EXCEPT
    #                   POP_TOP
    #                   LOAD_SMALL_INT          16
    #                   RETURN_VALUE
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    121            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    122            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #          L11:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 60 (to L3)
    #   
    #    121   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    118   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L5 [1]
    #     L5 to L6 -> L15 [2] lasti
    #     L7 to L8 -> L9 [2]
    #     L9 to L10 -> L13 [3] lasti
    #     L10 to L11 -> L15 [2] lasti
    #     L12 to L13 -> L13 [3] lasti
    #     L13 to L15 -> L15 [2] lasti
    raise RuntimeError('depyf: could not decompile clause_try_else_returns_in_loop: code copied after POP_EXCEPT in a branch of an except clause at 108')


def clause_try_else_returns_unnamed(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E2:
            try:
                x(11)
            except E1:
                pass
            except E2:
                t(13)
            else:
                t(15)
                return 16
    t(21)

assert run([], clause_try_else_returns) in ((None, [21]), FELL)
assert run([1], clause_try_else_returns) in ((None, [-1, 21]), FELL)
assert run([2], clause_try_else_returns) in ((None, [-1, -1, 21]), FELL)
assert run([1, 1], clause_try_else_returns) in ((None, [-1, -2, 21]), FELL)
assert run([1, 2], clause_try_else_returns) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_returns) in ((16, [-1, -2, -11, -15]), FELL)
assert run([], clause_try_else_returns_value) in ((None, [-1, 21]), FELL)
assert run([1], clause_try_else_returns_value) in ((None, [-1, -2, 21]), FELL)
assert run([2], clause_try_else_returns_value) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_value) in ((None, [-1, -2, -11, 15, 16]), FELL)
assert run([1, 2], clause_try_else_returns_value) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], clause_try_else_returns_value) in (('E1', [-1, -2, -11]), FELL)
assert run([], clause_try_else_returns_in_loop) in ((22, []), FELL)
assert run([1], clause_try_else_returns_in_loop) in ((22, [-1, 21]), FELL)
assert run([2], clause_try_else_returns_in_loop) in ((22, [-1, 21, -1, 21]), FELL)
assert run([1, 1], clause_try_else_returns_in_loop) in ((16, [-1, -11]), FELL)
assert run([1, 2], clause_try_else_returns_in_loop) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_returns_in_loop) in (('E1', [-1, -11]), FELL)
assert run([], clause_try_else_returns_unnamed) in ((None, [-1, 21]), FELL)
assert run([1], clause_try_else_returns_unnamed) in ((None, [-1, -2, 21]), FELL)
assert run([2], clause_try_else_returns_unnamed) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_unnamed) in (('E1', [-1, -2]), FELL)
assert run([1, 2], clause_try_else_returns_unnamed) in ((16, [-1, -2, -11, 15]), FELL)
assert run([1, 2, 1], clause_try_else_returns_unnamed) in ((None, [-1, -2, -11, 21]), FELL)
