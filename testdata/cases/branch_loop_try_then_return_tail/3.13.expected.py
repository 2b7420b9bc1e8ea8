





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


def branch_loop_try_finally_then_return_loop(c, t, x, n, m):
    # depyf: could not decompile branch_loop_try_finally_then_return_loop: a statement (If) after return in the same block (a misread layout)
    #     80            RESUME                   0
    #   
    #     81            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       23 (to L4)
    #   
    #     82            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L4)
    #   
    #     83    L1:     NOP
    #   
    #     84    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (60)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     85    L3:     NOP
    #   
    #     91            RETURN_CONST             2 (61)
    #   
    #     94    L4:     RETURN_CONST             4 (7)
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #     86            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L7)
    #                   POP_TOP
    #   
    #     87    L6:     POP_EXCEPT
    #                   JUMP_FORWARD            22 (to L12)
    #   
    #     88    L7:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L10)
    #                   STORE_FAST               5 (e)
    #   
    #     89    L8:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_FORWARD             8 (to L12)
    #   
    #     --    L9:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #     88   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     91   L12:     JUMP_FORWARD             5 (to L15)
    #   
    #     --   L13:     PUSH_EXC_INFO
    #   
    #     91            RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     92   L15:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L17)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L16)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L17)
    #   
    #     93   L16:     RETURN_CONST             3 (66)
    #   
    #     82   L17:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L18)
    #                   JUMP_BACKWARD          103 (to L1)
    #          L18:     JUMP_BACKWARD_NO_INTERRUPT 93 (to L4)
    #   ExceptionTable:
    #     L2 to L3 -> L5 [0]
    #     L5 to L6 -> L11 [1] lasti
    #     L6 to L7 -> L13 [0]
    #     L7 to L8 -> L11 [1] lasti
    #     L8 to L9 -> L13 [0]
    #     L9 to L11 -> L11 [1] lasti
    #     L11 to L12 -> L13 [0]
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_loop_try_finally_then_return_loop: a statement (If) after return in the same block (a misread layout)')


def branch_loop_try_finally_then_if_return(c, t, x, n, m):
    if c():
        while c():
            try:
                x(60)
                return 61
            except E1:
                t(3)
            finally:
                t(4)
            if c():
                return 66
    return 7


def branch_loop_try_then_if_raise(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(60)
                return 61
            except E1:
                t(i)
            if c():
                raise E2(i)
    t(8)


def branch_loop_try_finally_ending_function(c, t, x, n, m):
    # depyf: could not decompile branch_loop_try_finally_ending_function: a statement (If) after return in the same block (a misread layout)
    #    125            RESUME                   0
    #   
    #    126            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       39 (to L5)
    #   
    #    127            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L4)
    #   
    #    128    L1:     NOP
    #   
    #    129    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (60)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    130    L3:     NOP
    #   
    #    134            RETURN_CONST             2 (61)
    #   
    #    137    L4:     LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #    126    L5:     RETURN_CONST             0 (None)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    131            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L9)
    #                   STORE_FAST               5 (e)
    #   
    #    132    L7:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_FORWARD             8 (to L11)
    #   
    #     --    L8:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    131    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    132   L11:     NOP
    #   
    #    134            JUMP_FORWARD             5 (to L14)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    134            RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    135   L14:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L16)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L15)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L16)
    #   
    #    136   L15:     RETURN_CONST             3 (66)
    #   
    #    127   L16:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L17)
    #                   JUMP_BACKWARD          109 (to L1)
    #          L17:     JUMP_BACKWARD_NO_INTERRUPT 99 (to L4)
    #   ExceptionTable:
    #     L2 to L3 -> L6 [0]
    #     L6 to L7 -> L10 [1] lasti
    #     L7 to L8 -> L12 [0]
    #     L8 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_loop_try_finally_ending_function: a statement (If) after return in the same block (a misread layout)')

assert run([], branch_loop_try_finally_then_return_loop) in ((7, []), FELL)
assert run([1, 1], branch_loop_try_finally_then_return_loop) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_then_return_loop) in ((7, [-60]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_then_return_loop) in ((61, [-60, -60]), FELL)
assert run([1, 1, 1, 1, 1], branch_loop_try_finally_then_return_loop) in ((66, [-60]), FELL)
assert run([1, 1, 1, 0, 1, 1], branch_loop_try_finally_then_return_loop) in ((7, [-60, -60]), FELL)
assert run([], branch_loop_try_finally_then_if_return) in ((7, []), FELL)
assert run([1, 1], branch_loop_try_finally_then_if_return) in ((61, [-60, 4]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_then_if_return) in ((7, [-60, 3, 4]), FELL)
assert run([1, 1, 2], branch_loop_try_finally_then_if_return) in (('E2', [-60, 4]), FELL)
assert run([1, 1, 1, 1], branch_loop_try_finally_then_if_return) in ((66, [-60, 3, 4]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_then_if_return) in ((61, [-60, 3, 4, -60, 4]), FELL)
assert run([], branch_loop_try_then_if_raise) in ((None, [8]), FELL)
assert run([1, 1], branch_loop_try_then_if_raise) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_then_if_raise) in ((None, [-60, 0, 8]), FELL)
assert run([1, 1, 2], branch_loop_try_then_if_raise) in (('E2', [-60]), FELL)
assert run([1, 2, 1], branch_loop_try_then_if_raise) in ((61, [-60, 0, -60]), FELL)
assert run([1, 1, 1, 1], branch_loop_try_then_if_raise) in (('E2', [-60, 0]), FELL)
assert run([], branch_loop_try_finally_ending_function) in ((None, []), FELL)
assert run([1], branch_loop_try_finally_ending_function) in (('E1', []), FELL)
assert run([1, 1], branch_loop_try_finally_ending_function) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_ending_function) in (('E1', [-60]), FELL)
assert run([1, 1, 2], branch_loop_try_finally_ending_function) in (('E2', [-60]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_ending_function) in ((61, [-60, -60]), FELL)
