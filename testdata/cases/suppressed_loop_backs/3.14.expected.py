







class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def for_while_true_with_return(c, t, x, n, m):
    # depyf: could not decompile for_while_true_with_return: a with suppressing goes back to code before it at 22
    #     68            RESUME                   0
    #   
    #     72            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                46 (to L6)
    #                   STORE_FAST               5 (j)
    #   
    #     73    L2:     NOP
    #   
    #     74            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L3)
    #                   NOT_TAKEN
    #   
    #     75            JUMP_BACKWARD           19 (to L1)
    #   
    #     76    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     STORE_FAST               6 (w)
    #   
    #     77            NOP
    #   
    #     76    L5:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   POP_TOP
    #                   LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #     72    L6:     END_FOR
    #                   POP_ITER
    #   
    #     78            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     76    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD           74 (to L2)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L7 [3] lasti
    #     L7 to L9 -> L10 [5] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_with_return: a with suppressing goes back to code before it at 22')


def for_while_true_with_log_return(c, t, x, n, m):
    # depyf: could not decompile for_while_true_with_log_return: a with suppressing goes back to code before it at 22
    #     81            RESUME                   0
    #   
    #     82            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                54 (to L6)
    #                   STORE_FAST               5 (j)
    #   
    #     83    L2:     NOP
    #   
    #     84            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L3)
    #                   NOT_TAKEN
    #   
    #     85            JUMP_BACKWARD           19 (to L1)
    #   
    #     86    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #     87            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     88            NOP
    #   
    #     86    L5:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   POP_TOP
    #                   LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #     82    L6:     END_FOR
    #                   POP_ITER
    #   
    #     89            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     86    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD           82 (to L2)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L7 [3] lasti
    #     L7 to L9 -> L10 [5] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_with_log_return: a with suppressing goes back to code before it at 22')


def while_while_true_with_return(c, t, x, n, m):
    while c():
        while True:
            if c():
                pass
            else:
                with m(6):
                    return x(7)
                continue
            t(5)
            break

assert run([1, 3, 0, 0, 0], for_while_true_with_return) in ((None, [8]), FELL)
assert run([1, 0, 2, 1, 0, 1], for_while_true_with_return) in ((7, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 3], for_while_true_with_log_return) in ((None, [8]), FELL)
assert run([1, 0], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 0, 2, 0, 3], for_while_true_with_log_return) in (('E2', [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 2, 0, 1, 2, 2], for_while_true_with_log_return) in (('E1', [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2, 0, 2, 3, 2, 3], for_while_true_with_log_return) in ((None, [('enter', 6), -1, ('exit', 6, True), 8]), FELL)
assert run([3, 0, 1, 3, 1], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2, 0, 1, 3, 0, 1, 0], for_while_true_with_log_return) in (('E1', [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 0, 1, 1, 1, 0, 2, 3], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2], while_while_true_with_return) in ((None, [('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([1, 0, 2], while_while_true_with_return) in (('E2', [('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([0, 2], while_while_true_with_return) in ((None, []), FELL)
assert run([2, 2, 0, 2, 0, 3], while_while_true_with_return) in ((None, [5]), FELL)
assert run([2, 2, 3, 2, 3, 3, 2, 3], while_while_true_with_return) in ((None, [5, 5, 5, 5]), FELL)
assert run([1, 3, 3, 3, 1, 0], while_while_true_with_return) in ((None, [5, 5, ('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([2, 3, 1], while_while_true_with_return) in ((None, [5, ('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([2, 3, 2, 3, 0, 3], while_while_true_with_return) in ((None, [5, 5]), FELL)
