













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


def clause_try_else_return(c, t, x, n, m):
    try:
        x(9)
    except E1:
        try:
            if not c():
                pass
            else:
                t(20)
                return 21
        except E1:
            pass
    t(24)


def clause_while_true_return(c, t, x, n, m):
    try:
        x(7)
    except E2 as e:
        while True:
            if c():
                break
            else:
                if c():
                    continue
                return 42
    t(43)


def clause_while_true_code_return(c, t, x, n, m):
    try:
        x(7)
    except E2 as e:
        t(1)
        while True:
            if c():
                break
            else:
                if c() or c():
                    t(2)
                    continue
                x(41)
                return 42
    t(43)


def clause_while_true_raise(c, t, x, n, m):
    try:
        x(7)
    except E2:
        while True:
            if c():
                break
            else:
                if c():
                    t(5)
                    continue
                raise E1
    t(43)


def for_clause_while_true_return(c, t, x, n, m):
    # depyf: could not decompile for_clause_while_true_return: code copied after POP_EXCEPT in a branch of an except clause at 154
    #    144            RESUME                   0
    #   
    #    145            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                20 (to L4)
    #                   STORE_FAST               5 (j)
    #   
    #    146            NOP
    #   
    #    147    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    154    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          43
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           22 (to L1)
    #   
    #    145    L4:     END_FOR
    #                   POP_ITER
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    148            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       38 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    149    L6:     NOP
    #   
    #    150            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #           L7:     NOT_TAKEN
    #   
    #    151            POP_EXCEPT
    #                   JUMP_BACKWARD           42 (to L3)
    #   
    #    152    L8:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #           L9:     POP_JUMP_IF_FALSE        3 (to L10)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           32 (to L6)
    #   
    #    153   L10:     POP_EXCEPT
    #                   POP_TOP
    #                   LOAD_SMALL_INT          42
    #                   RETURN_VALUE
    #   
    #    148   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L5 [1]
    #     L5 to L7 -> L12 [2] lasti
    #     L8 to L9 -> L12 [2] lasti
    #     L11 to L12 -> L12 [2] lasti
    raise RuntimeError('depyf: could not decompile for_clause_while_true_return: code copied after POP_EXCEPT in a branch of an except clause at 154')

assert run([1, 0, 2, 1, 0, 1], clause_try_else_return) in ((None, [-9, 24]), FELL)
assert run([1, 3, 0, 0, 0], clause_try_else_return) in ((21, [-9, 20]), FELL)
assert run([0, 1, 0, 0, 3], clause_try_else_return) in ((None, [-9, 24]), FELL)
assert run([2, 3, 2, 3, 2, 0, 0, 3, 1], clause_try_else_return) in (('E2', [-9]), FELL)
assert run([2, 2, 1, 2, 3, 3, 3], clause_while_true_return) in ((None, [-7, 43]), FELL)
assert run([0, 3, 3, 2, 3, 2, 1, 1, 3], clause_while_true_return) in ((None, [-7, 43]), FELL)
assert run([2, 0, 0, 0, 0, 3, 2, 0, 1], clause_while_true_return) in ((42, [-7]), FELL)
assert run([1, 1, 0], clause_while_true_return) in (('E1', [-7]), FELL)
assert run([2, 2, 0, 2, 0], clause_while_true_code_return) in ((None, [-7, 1, 43]), FELL)
assert run([2, 0, 0, 2, 3, 3, 3, 2], clause_while_true_code_return) in ((None, [-7, 1, 2, 43]), FELL)
assert run([2, 0, 0, 3, 0, 3, 1, 0, 0, 0, 2, 1], clause_while_true_code_return) in ((None, [-7, 1, 2, 2, 43]), FELL)
assert run([], clause_while_true_code_return) in ((None, [-7, 43]), FELL)
assert run([1, 2, 0, 3, 2, 2, 2], clause_while_true_code_return) in (('E1', [-7]), FELL)
assert run([2], clause_while_true_code_return) in ((42, [-7, 1, -41]), FELL)
assert run([2, 0, 1, 0], clause_while_true_code_return) in ((42, [-7, 1, 2, -41]), FELL)
assert run([2, 0, 3, 0, 2], clause_while_true_code_return) in ((42, [-7, 1, 2, 2, -41]), FELL)
assert run([0, 2, 2, 3, 3, 1, 1, 0, 0, 3, 3, 3], clause_while_true_raise) in ((None, [-7, 43]), FELL)
assert run([1, 2, 2, 0], clause_while_true_raise) in (('E1', [-7]), FELL)
assert run([2, 0, 1, 1, 2, 1, 0, 1, 1, 3], clause_while_true_raise) in ((None, [-7, 5, 43]), FELL)
assert run([2, 0, 1, 0, 3, 2, 3, 3], clause_while_true_raise) in ((None, [-7, 5, 5, 43]), FELL)
assert run([2, 0, 1], clause_while_true_raise) in (('E1', [-7, 5]), FELL)
assert run([2, 0, 1, 0, 3, 0, 0, 3, 0, 1, 3], clause_while_true_raise) in (('E1', [-7, 5, 5]), FELL)
assert run([1, 2, 1, 3, 1, 2, 0, 0, 0, 2, 1, 3], for_clause_while_true_return) in ((None, [-7, 43]), FELL)
assert run([3, 3, 2, 3], for_clause_while_true_return) in ((None, [-7, 43, -7, 43, -7, 43]), FELL)
assert run([2, 2, 3, 1, 2, 0, 0, 0, 1, 1], for_clause_while_true_return) in (('E1', [-7, 43, -7]), FELL)
assert run([1, 1, 0, 0, 2], for_clause_while_true_return) in (('E1', [-7]), FELL)
assert run([0, 2, 2, 1, 1, 0, 1], for_clause_while_true_return) in ((None, []), FELL)
assert run([1, 2, 0, 3, 0, 0, 2, 0, 1, 2, 0], for_clause_while_true_return) in ((42, [-7]), FELL)
assert run([3, 3, 0, 1, 3], for_clause_while_true_return) in (('E1', [-7, 43, -7, 43, -7]), FELL)
assert run([2, 3, 3, 0, 1, 1], for_clause_while_true_return) in ((None, [-7, 43, -7, 43]), FELL)
