







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
    if c():
        while 0 < len(n()) < 5:
            with m(2):
                x(4)
    else:
        pass
    t(5)


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: jump into the body of the loop at 26
    #     91            RESUME                   0
    #   
    #     92            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #     93            LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       69 (to L6)
    #                   NOT_TAKEN
    #   
    #     94    L1:     LOAD_SMALL_INT           0
    #                   LOAD_GLOBAL              1 (len + NULL)
    #                   LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   CALL                     1
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        8 (to L2)
    #                   NOT_TAKEN
    #                   LOAD_SMALL_INT           5
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE       42 (to L7)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD             2 (to L3)
    #           L2:     POP_TOP
    #                   JUMP_FORWARD            38 (to L7)
    #   
    #     95    L3:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #     96            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     97            NOP
    #   
    #     95    L5:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           68 (to L1)
    #   
    #     98    L6:     NOP
    #   
    #     99            NOP
    #   
    #    100    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     95    L8:     PUSH_EXC_INFO
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
    #                   JUMP_BACKWARD           97 (to L1)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L8 [2] lasti
    #     L8 to L10 -> L11 [4] lasti
    raise RuntimeError('depyf: could not decompile f2: jump into the body of the loop at 26')


def f3(c, t, x, n, m):
    # depyf: could not decompile f3: jump into the body of the loop at 26
    #    103           RESUME                   0
    #   
    #    104           LOAD_FAST_BORROW         0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #   
    #    105           LOAD_SMALL_INT           1
    #                  COMPARE_OP              88 (bool(==))
    #                  POP_JUMP_IF_FALSE       50 (to L4)
    #                  NOT_TAKEN
    #   
    #    106   L1:     LOAD_FAST_BORROW         0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE       39 (to L5)
    #                  NOT_TAKEN
    #   
    #    107           LOAD_FAST_BORROW         4 (m)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT           2
    #                  CALL                     1
    #                  COPY                     1
    #                  LOAD_SPECIAL             1 (__exit__)
    #                  SWAP                     2
    #                  SWAP                     3
    #                  LOAD_SPECIAL             0 (__enter__)
    #                  CALL                     0
    #          L2:     POP_TOP
    #   
    #    108           LOAD_FAST_BORROW         2 (x)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT           4
    #                  CALL                     1
    #                  POP_TOP
    #   
    #    109           NOP
    #   
    #    107   L3:     LOAD_CONST               1 (None)
    #                  LOAD_CONST               1 (None)
    #                  LOAD_CONST               1 (None)
    #                  CALL                     3
    #                  POP_TOP
    #                  JUMP_BACKWARD           49 (to L1)
    #   
    #    110   L4:     NOP
    #   
    #    111           NOP
    #   
    #    112   L5:     LOAD_FAST_BORROW         1 (t)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT           5
    #                  CALL                     1
    #                  POP_TOP
    #                  LOAD_CONST               1 (None)
    #                  RETURN_VALUE
    #   
    #    107   L6:     PUSH_EXC_INFO
    #                  WITH_EXCEPT_START
    #                  TO_BOOL
    #                  POP_JUMP_IF_TRUE         2 (to L7)
    #                  NOT_TAKEN
    #                  RERAISE                  2
    #          L7:     POP_TOP
    #          L8:     POP_EXCEPT
    #                  POP_TOP
    #                  POP_TOP
    #                  POP_TOP
    #                  JUMP_BACKWARD           78 (to L1)
    #   
    #     --   L9:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L6 [2] lasti
    #     L6 to L8 -> L9 [4] lasti
    raise RuntimeError('depyf: could not decompile f3: jump into the body of the loop at 26')


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
