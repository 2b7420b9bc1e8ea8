










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


def while_true_else_break(c, t, x, n, m):
    # depyf: could not decompile while_true_else_break: a with's suppressing path goes on to code not laid out after its handler at 406
    #     71            RESUME                   0
    #   
    #     72    L1:     NOP
    #   
    #     73            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #   
    #     74            JUMP_FORWARD           128 (to L10)
    #   
    #     75    L2:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       42 (to L4)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       29 (to L4)
    #                   NOT_TAKEN
    #   
    #     76            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #     77            LOAD_GLOBAL              1 (E2 + NULL)
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #     78    L4:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       53 (to L9)
    #                   NOT_TAKEN
    #   
    #     79            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L5:     STORE_FAST_LOAD_FAST    84 (w, m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L6:     POP_TOP
    #   
    #     80            NOP
    #   
    #     79    L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD          134 (to L1)
    #   
    #     82    L9:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     83            NOP
    #   
    #     84   L10:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     76   L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L12)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          170 (to L1)
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     79   L15:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L16)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L16:     POP_TOP
    #          L17:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L19)
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     79   L19:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD          202 (to L1)
    #          L20:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L21)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L21:     POP_TOP
    #          L22:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          219 (to L1)
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L11 [2] lasti
    #     L5 to L6 -> L20 [2] lasti
    #     L6 to L7 -> L15 [4] lasti
    #     L7 to L8 -> L20 [2] lasti
    #     L11 to L13 -> L14 [4] lasti
    #     L15 to L17 -> L18 [6] lasti
    #     L17 to L19 -> L20 [2] lasti
    #     L20 to L22 -> L23 [4] lasti
    raise RuntimeError("depyf: could not decompile while_true_else_break: a with's suppressing path goes on to code not laid out after its handler at 406")


def while_test_copy_else_continue(c, t, x, n, m):
    while c():
        if c():
            if c():
                t(1)
            elif c():
                t(2)
            elif c():
                continue
            try:
                pass
            except E1:
                pass
            t(3)
            continue
        return None


def for_else_return_ending_try_finally(c, t, x, n, m):
    try:
        for k in n():
            if c():
                break
            x(k)
        else:
            return 44
    except E1:
        t(1)
    finally:
        t(2)


def for_break_ending_nested_try(c, t, x, n, m):
    try:
        try:
            t(4)
            for j in n():
                x(8)
                break
        except E1:
            return 10
    except E2:
        t(11)

assert run([2], while_true_else_break) in ((None, [10]), FELL)
assert run([], while_true_else_break) in ((None, [9, 10]), FELL)
assert run([0, 0, 2], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 2, 1], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 10]), FELL)
assert run([0, 3, 2, 1, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 1, 2, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 0, 2, 0, 2, 3, 3, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 0, 2, 0, 2, 1], while_true_else_break) in (('E2', [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 1, 0, 2, 2, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 3, 1, 1, 0, 0, 3], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 3, 2, 3, 0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 3], while_test_copy_else_continue) in ((None, [3]), FELL)
assert run([], while_test_copy_else_continue) in ((None, []), FELL)
assert run([2, 2, 2, 2, 1, 3, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 1, 3]), FELL)
assert run([2, 1, 3], while_test_copy_else_continue) in ((None, [1, 3]), FELL)
assert run([3, 1, 0, 2], while_test_copy_else_continue) in ((None, [2, 3]), FELL)
assert run([1, 2, 3, 1, 3, 0, 1, 1, 2, 2], while_test_copy_else_continue) in ((None, [1, 3, 2, 3, 1, 3]), FELL)
assert run([1, 1, 0, 2, 1, 3, 3], while_test_copy_else_continue) in ((None, [2, 3, 1, 3]), FELL)
assert run([2, 1, 3, 2, 3, 2], while_test_copy_else_continue) in ((None, [1, 3, 1, 3]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 3]), FELL)
assert run([2, 1, 2, 2, 3], while_test_copy_else_continue) in ((None, [1, 3, 3]), FELL)
assert run([1, 3, 2, 1, 3, 1, 3, 1, 0, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 2, 3]), FELL)
assert run([2, 2, 0, 2, 1, 3, 2, 1, 1], while_test_copy_else_continue) in ((None, [2, 3, 1, 3, 3]), FELL)
assert run([0], for_else_return_ending_try_finally) in ((44, [2]), FELL)
assert run([1, 1], for_else_return_ending_try_finally) in ((None, [2]), FELL)
assert run([1, 0, 1], for_else_return_ending_try_finally) in ((None, [0, 1, 2]), FELL)
assert run([2, 0, 0, 0, 0], for_else_return_ending_try_finally) in ((44, [0, -1, 2]), FELL)
assert run([2, 0, 0, 1], for_else_return_ending_try_finally) in ((None, [0, 2]), FELL)
assert run([0], for_break_ending_nested_try) in ((None, [4]), FELL)
assert run([1, 0], for_break_ending_nested_try) in ((None, [4, -8]), FELL)
assert run([1, 1], for_break_ending_nested_try) in ((10, [4, -8]), FELL)
assert run([1, 2], for_break_ending_nested_try) in ((None, [4, -8, 11]), FELL)
