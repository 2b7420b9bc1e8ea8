







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


def f1(c, t, x, n, m):
    # depyf: could not decompile f1: the breaks of a loop go to two places, at 256
    #     80            RESUME                   0
    #   
    #     81            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       59 (to L7)
    #   
    #     82    L1:     LOAD_CONST               1 (0)
    #                   LOAD_GLOBAL              1 (len + NULL)
    #                   LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   CALL                     1
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        6 (to L2)
    #                   LOAD_CONST               2 (5)
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE       31 (to L6)
    #                   JUMP_FORWARD             2 (to L3)
    #           L2:     POP_TOP
    #                   JUMP_FORWARD            30 (to L8)
    #   
    #     83    L3:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (2)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #     84            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     85            NOP
    #   
    #     83    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_BACKWARD           58 (to L1)
    #   
    #     --    L6:     JUMP_FORWARD             1 (to L8)
    #   
    #     87    L7:     NOP
    #   
    #     88    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (5)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     83    L9:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L10)
    #                   RERAISE                  2
    #          L10:     POP_TOP
    #          L11:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L13)
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     82   L13:     LOAD_CONST               1 (0)
    #                   LOAD_GLOBAL              1 (len + NULL)
    #                   LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   CALL                     1
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        8 (to L15)
    #                   LOAD_CONST               2 (5)
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        2 (to L14)
    #                   JUMP_BACKWARD           85 (to L3)
    #          L14:     JUMP_BACKWARD_NO_INTERRUPT 56 (to L8)
    #          L15:     POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 60 (to L6)
    #   ExceptionTable:
    #     L4 to L5 -> L9 [1] lasti
    #     L9 to L11 -> L12 [3] lasti
    raise RuntimeError('depyf: could not decompile f1: the breaks of a loop go to two places, at 256')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: then-branch both falls into and jumps past 140
    #     91            RESUME                   0
    #   
    #     92            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #     93            LOAD_CONST               1 (1)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       58 (to L6)
    #   
    #     94    L1:     LOAD_CONST               2 (0)
    #                   LOAD_GLOBAL              1 (len + NULL)
    #                   LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   CALL                     1
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        6 (to L2)
    #                   LOAD_CONST               3 (5)
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE       33 (to L7)
    #                   JUMP_FORWARD             2 (to L3)
    #           L2:     POP_TOP
    #                   JUMP_FORWARD            30 (to L7)
    #   
    #     95    L3:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (2)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #     96            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     97            NOP
    #   
    #     95    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_BACKWARD           58 (to L1)
    #   
    #     98    L6:     NOP
    #   
    #     99            NOP
    #   
    #    100    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (5)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     95    L8:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L9)
    #                   RERAISE                  2
    #           L9:     POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L12)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     94   L12:     LOAD_CONST               2 (0)
    #                   LOAD_GLOBAL              1 (len + NULL)
    #                   LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   CALL                     1
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        9 (to L14)
    #                   LOAD_CONST               3 (5)
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        2 (to L13)
    #                   JUMP_BACKWARD           85 (to L3)
    #          L13:     JUMP_BACKWARD           57 (to L7)
    #          L14:     POP_TOP
    #                   JUMP_BACKWARD           60 (to L7)
    #   ExceptionTable:
    #     L4 to L5 -> L8 [1] lasti
    #     L8 to L10 -> L11 [3] lasti
    raise RuntimeError('depyf: could not decompile f2: then-branch both falls into and jumps past 140')


def f3(c, t, x, n, m):
    if c() == 1:
        while c():
            with m(2):
                x(4)
                continue
    else:
        pass
    t(5)


def f4(c, t, x, n, m):
    if c():
        while c():
            with m(2):
                x(4)
                continue
            t(7)
    else:
        t(6)
    t(5)

assert run([], f1) in ((None, [5]), FELL)
assert run([1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 0, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([], f2) in ((None, [5]), FELL)
assert run([1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 0, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([], f3) in ((None, [5]), FELL)
assert run([1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 0, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([], f4) in ((None, [6, 5]), FELL)
assert run([1], f4) in ((None, [5]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, True), 7, 5]), FELL)
assert run([1, 1, 0, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, True), 7, ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 7, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, True), 7, ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, True), 7, ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 0, 1, 0], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 2, 1, 1, 0, 2, 0, 0], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
