







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


def then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(6):
            try:
                return 11
            except E1:
                pass
    while True:
        t(4)
        return None


def call_first(c, t, x, n, m):
    # depyf: could not decompile call_first: except clauses fall off past the end of their region at 116
    #     94            RESUME                   0
    #   
    #     95            NOP
    #   
    #     96    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    104    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (4)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #     97            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       84 (to L22)
    #                   POP_TOP
    #   
    #     98            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #     99    L5:     NOP
    #   
    #    100    L6:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (10)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    101    L7:     NOP
    #   
    #     98    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   RETURN_CONST             4 (11)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    102            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L12)
    #                   POP_TOP
    #   
    #    103            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (12)
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    102   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    103   L14:     NOP
    #   
    #     98   L15:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L16:     POP_EXCEPT
    #                   JUMP_BACKWARD           84 (to L2)
    #          L17:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L18)
    #                   RERAISE                  2
    #          L18:     POP_TOP
    #          L19:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L20:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 99 (to L2)
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     97   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L23 [1] lasti
    #     L4 to L5 -> L17 [2] lasti
    #     L6 to L7 -> L10 [2]
    #     L8 to L9 -> L23 [1] lasti
    #     L10 to L11 -> L13 [3] lasti
    #     L11 to L12 -> L17 [2] lasti
    #     L12 to L13 -> L13 [3] lasti
    #     L13 to L14 -> L17 [2] lasti
    #     L15 to L16 -> L23 [1] lasti
    #     L17 to L19 -> L21 [4] lasti
    #     L19 to L20 -> L23 [1] lasti
    #     L21 to L23 -> L23 [1] lasti
    raise RuntimeError('depyf: could not decompile call_first: except clauses fall off past the end of their region at 116')


def ends_function(c, t, x, n, m):
    # depyf: could not decompile ends_function: except clauses fall off past the end of their region at 100
    #    107            RESUME                   0
    #   
    #    108            NOP
    #   
    #    109    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #           L2:     RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    110            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       75 (to L22)
    #                   POP_TOP
    #   
    #    111            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    112    L5:     NOP
    #   
    #    113    L6:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (10)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    114    L7:     NOP
    #   
    #    111    L8:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   RETURN_CONST             4 (11)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    115            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L12)
    #                   POP_TOP
    #   
    #    116   L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    115   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    116   L14:     NOP
    #   
    #    111   L15:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L16:     POP_EXCEPT
    #                   RETURN_CONST             0 (None)
    #          L17:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L18)
    #                   RERAISE                  2
    #          L18:     POP_TOP
    #          L19:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L20:     POP_EXCEPT
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    110   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L23 [1] lasti
    #     L4 to L5 -> L17 [2] lasti
    #     L6 to L7 -> L10 [2]
    #     L8 to L9 -> L23 [1] lasti
    #     L10 to L11 -> L13 [3] lasti
    #     L11 to L12 -> L17 [2] lasti
    #     L12 to L13 -> L13 [3] lasti
    #     L13 to L14 -> L17 [2] lasti
    #     L15 to L16 -> L23 [1] lasti
    #     L17 to L19 -> L21 [4] lasti
    #     L19 to L20 -> L23 [1] lasti
    #     L21 to L23 -> L23 [1] lasti
    raise RuntimeError('depyf: could not decompile ends_function: except clauses fall off past the end of their region at 100')

assert run([], then_code) in ((None, [-1, 4]), FELL)
assert run([1], then_code) in ((11, [-1, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([2], then_code) in (('E2', [-1]), FELL)
assert run([], call_first) in ((None, [-1, 4]), FELL)
assert run([1], call_first) in ((11, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([2], call_first) in (('E2', [-1]), FELL)
assert run([1, 1], call_first) in (('E1', [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2], call_first) in ((None, [-1, ('enter', 6), -10, 12, ('exit', 6, False), 4]), FELL)
assert run([1, 1, 1], call_first) in ((None, [-1, ('enter', 6), -10, ('exit', 6, True), 4]), FELL)
assert run([], ends_function) in ((None, [-1]), FELL)
assert run([1], ends_function) in ((11, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([2], ends_function) in (('E2', [-1]), FELL)
assert run([1, 1], ends_function) in ((None, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2], ends_function) in (('E2', [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2, 1], ends_function) in ((None, [-1, ('enter', 6), -10, ('exit', 6, True)]), FELL)
