




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


def finally_in_try(c, t, x, n, m):
    try:
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    t(37)


def finally_in_try_two_managers(c, t, x, n, m):
    try:
        try:
            with m(29), m(30):
                x(31)
                t(32)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
        x(36)
    if c() or c():
        t(37)
    return 38


def finally_in_try_after_loop(c, t, x, n, m):
    t(1)
    try:
        while True:
            if c():
                break
            t(2)
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    except E2:
        return 36
    t(37)


def finally_in_try_in_loop(c, t, x, n, m):
    # depyf: could not decompile finally_in_try_in_loop: code between a with body and its handler at 120
    #    127            RESUME                   0
    #   
    #    128            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                50 (to L7)
    #                   STORE_FAST               5 (i)
    #   
    #    129            NOP
    #   
    #    130            NOP
    #   
    #    131    L2:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_FAST_BORROW         5 (i)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #    132            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_FAST_BORROW         5 (i)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    133            LOAD_FAST_BORROW         5 (i)
    #   
    #    131    L4:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    135    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          34
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     SWAP                     2
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    128    L7:     END_FOR
    #                   POP_ITER
    #   
    #    139            LOAD_SMALL_INT          38
    #                   RETURN_VALUE
    #   
    #    131    L8:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L9)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L9:     POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L12)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    131   L12:     NOP
    #   
    #    135   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          34
    #                   CALL                     1
    #                   POP_TOP
    #          L14:     JUMP_FORWARD            38 (to L21)
    #   
    #     --   L15:     PUSH_EXC_INFO
    #   
    #    135            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          34
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L17:     PUSH_EXC_INFO
    #   
    #    136            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L19)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    137            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          35
    #                   CALL                     1
    #                   POP_TOP
    #          L18:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L21)
    #   
    #    136   L19:     RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    138   L21:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          37
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          133 (to L1)
    #   ExceptionTable:
    #     L2 to L3 -> L15 [1]
    #     L3 to L4 -> L8 [3] lasti
    #     L4 to L5 -> L15 [1]
    #     L5 to L6 -> L17 [1]
    #     L8 to L10 -> L11 [5] lasti
    #     L10 to L12 -> L15 [1]
    #     L13 to L14 -> L17 [1]
    #     L15 to L16 -> L16 [2] lasti
    #     L16 to L17 -> L17 [1]
    #     L17 to L18 -> L20 [2] lasti
    #     L19 to L20 -> L20 [2] lasti
    raise RuntimeError('depyf: could not decompile finally_in_try_in_loop: code between a with body and its handler at 120')

assert run([], finally_in_try) in ((33, [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([2], finally_in_try) in (('E2', [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, True), 34, 37]), FELL)
assert run([], finally_in_try_two_managers) in ((33, [('enter', 29), ('enter', 30), -31, 32, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34]), FELL)
assert run([1, 0, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, True), 34]), FELL)
assert run([1, 1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34, 37]), FELL)
assert run([1, 0, 0, 1], finally_in_try_two_managers) in (('E1', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([1, 0, 0, 2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([], finally_in_try_after_loop) in (('Budget', [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], finally_in_try_after_loop) in ((33, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1], finally_in_try_after_loop) in ((33, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_after_loop) in ((None, [1, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_after_loop) in ((36, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 0, 1], finally_in_try_after_loop) in ((33, [1, 2, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1, 1], finally_in_try_after_loop) in ((None, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([0, 1, 2], finally_in_try_after_loop) in ((36, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([], finally_in_try_in_loop) in ((38, []), FELL)
assert run([1], finally_in_try_in_loop) in ((0, [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_in_loop) in (('E2', [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([2, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([1, 1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, True), 34, 37]), FELL)
assert run([2, 1, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, True), 34, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([2, 1, 0, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34, 35, 37]), FELL)
