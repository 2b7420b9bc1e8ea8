





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


def elif_for_try_finally_tail_loops(c, t, x, n, m):
    # depyf: could not decompile elif_for_try_finally_tail_loops: the normal exit's copy of the finally body after an inner handler, at 232, goes on elsewhere than the region
    #     80            RESUME                   0
    #   
    #     81            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L1)
    #                   NOT_TAKEN
    #   
    #     82            LOAD_SMALL_INT           3
    #                   RETURN_VALUE
    #   
    #     83    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       61 (to L7)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       48 (to L7)
    #                   NOT_TAKEN
    #   
    #     84            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                21 (to L5)
    #                   STORE_FAST               5 (i)
    #   
    #     85            NOP
    #   
    #     86    L3:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     87    L4:     NOP
    #   
    #     91            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           23 (to L2)
    #   
    #     84    L5:     END_FOR
    #                   POP_ITER
    #   
    #     94    L6:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L7)
    #                   NOT_TAKEN
    #   
    #     95            JUMP_BACKWARD           15 (to L6)
    #   
    #     96    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          23
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L10)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89    L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #     88   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     89   L12:     NOP
    #   
    #     91            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L15)
    #   
    #     --   L13:     PUSH_EXC_INFO
    #   
    #     91            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L15:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        16 (to L16)
    #                   NOT_TAKEN
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L16)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD          118 (to L2)
    #   
    #     93   L16:     JUMP_BACKWARD           30 (to L15)
    #   ExceptionTable:
    #     L3 to L4 -> L8 [1]
    #     L8 to L9 -> L11 [2] lasti
    #     L9 to L10 -> L13 [1]
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L12 -> L13 [1]
    #     L13 to L14 -> L14 [2] lasti
    raise RuntimeError("depyf: could not decompile elif_for_try_finally_tail_loops: the normal exit's copy of the finally body after an inner handler, at 232, goes on elsewhere than the region")


def branch_for_try_continue_tail_while(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(2)
                continue
            except E1:
                t(3)
            while c():
                t(4)
    t(5)
    return 6


def branch_for_try_continue_tail_if(c, t, x, n, m):
    if c():
        t(1)
        for i in n():
            try:
                x(2)
                continue
            except E1:
                pass
            if c():
                t(4)
            else:
                t(5)
    else:
        t(6)
    t(7)

assert run([], elif_for_try_finally_tail_loops) in ((None, [23]), FELL)
assert run([1], elif_for_try_finally_tail_loops) in ((3, []), FELL)
assert run([0, 1, 1, 1, 1], elif_for_try_finally_tail_loops) in ((None, [8, 12, 23]), FELL)
assert run([0, 1, 1, 2, 1], elif_for_try_finally_tail_loops) in ((None, [8, 12, 8, 12, 23]), FELL)
assert run([], branch_for_try_continue_tail_while) in ((6, [5]), FELL)
assert run([1, 1], branch_for_try_continue_tail_while) in ((6, [-2, 5]), FELL)
assert run([1, 2], branch_for_try_continue_tail_while) in ((6, [-2, -2, 5]), FELL)
assert run([1, 1, 1], branch_for_try_continue_tail_while) in ((6, [-2, 3, 5]), FELL)
assert run([1, 1, 2], branch_for_try_continue_tail_while) in (('E2', [-2]), FELL)
assert run([1, 2, 1], branch_for_try_continue_tail_while) in ((6, [-2, 3, -2, 5]), FELL)
assert run([], branch_for_try_continue_tail_if) in ((None, [6, 7]), FELL)
assert run([1], branch_for_try_continue_tail_if) in ((None, [1, 7]), FELL)
assert run([1, 1], branch_for_try_continue_tail_if) in ((None, [1, -2, 7]), FELL)
assert run([1, 2], branch_for_try_continue_tail_if) in ((None, [1, -2, -2, 7]), FELL)
assert run([1, 1, 1], branch_for_try_continue_tail_if) in ((None, [1, -2, 5, 7]), FELL)
assert run([1, 1, 2], branch_for_try_continue_tail_if) in (('E2', [1, -2]), FELL)
