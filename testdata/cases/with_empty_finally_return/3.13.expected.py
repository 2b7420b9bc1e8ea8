






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


def reduced(c, t, x, n, m):
    with m(2) as w:
        try:
            if c():
                return 5
        finally:
            pass


def if_return(c, t, x, n, m):
    with m(2):
        try:
            t(1)
            if c():
                return 5
            t(2)
        finally:
            pass


def two_withs(c, t, x, n, m):
    with m(1), m(2):
        try:
            if c():
                return 5
        finally:
            pass
    t(3)


def non_empty_finally(c, t, x, n, m):
    # depyf: could not decompile non_empty_finally: conditional jump out of the region at 42
    #    111            RESUME                   0
    #   
    #    112            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (2)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L1:     STORE_FAST               5 (w)
    #   
    #    113    L2:     NOP
    #   
    #    114    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       18 (to L7)
    #   
    #    115    L4:     NOP
    #   
    #    117    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    112    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             3 (5)
    #   
    #    114    L7:     NOP
    #   
    #    117    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (1)
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     NOP
    #   
    #    112            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    117            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (1)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    112   L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L13)
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L12 [1] lasti
    #     L3 to L4 -> L10 [1]
    #     L5 to L6 -> L12 [1] lasti
    #     L8 to L9 -> L12 [1] lasti
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L12 -> L12 [1] lasti
    #     L12 to L14 -> L15 [3] lasti
    raise RuntimeError('depyf: could not decompile non_empty_finally: conditional jump out of the region at 42')

assert run([], reduced) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], reduced) in ((5, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], if_return) in ((None, [('enter', 2), 1, 2, ('exit', 2, False)]), FELL)
assert run([1], if_return) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([], two_withs) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 3]), FELL)
assert run([1], two_withs) in ((5, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], non_empty_finally) in ((None, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([1], non_empty_finally) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)
