






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


def with_clause_then_code(c, t, x, n, m):
    if c():
        with m(20) as w:
            try:
                x(22)
                return 23
            except E1:
                pass
        t(63)
    t(64)


def with_clause_then_code_else(c, t, x, n, m):
    if c():
        with m(20):
            try:
                x(22)
                return 23
            except E1:
                t(24)
    else:
        t(66)
        return 67
    t(63)
    t(65)
    return 67


def with_clause_then_code_elif(c, t, x, n, m):
    # depyf: could not decompile with_clause_then_code_elif: a with suppressing leaves the region at 68
    #    106            RESUME                   0
    #   
    #    107            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L1)
    #   
    #    108            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            40 (to L6)
    #   
    #    109    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       28 (to L6)
    #   
    #    110            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (20)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    111    L3:     NOP
    #   
    #    112    L4:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (22)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    113    L5:     NOP
    #   
    #    110            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             4 (23)
    #   
    #    117    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               7 (64)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    114            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L9)
    #                   POP_TOP
    #   
    #    115            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (24)
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    114    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    115   L11:     NOP
    #   
    #    110            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L16)
    #          L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L13)
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L16)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    116   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (63)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 69 (to L6)
    #   ExceptionTable:
    #     L2 to L3 -> L12 [1] lasti
    #     L4 to L5 -> L7 [1]
    #     L7 to L8 -> L10 [2] lasti
    #     L8 to L9 -> L12 [1] lasti
    #     L9 to L10 -> L10 [2] lasti
    #     L10 to L11 -> L12 [1] lasti
    #     L12 to L14 -> L15 [3] lasti
    raise RuntimeError('depyf: could not decompile with_clause_then_code_elif: a with suppressing leaves the region at 68')


def with_clause_then_code_in_loop(c, t, x, n, m):
    for i in n():
        if c():
            with m(i):
                try:
                    x(i)
                    return 23
                except E2:
                    t(24)
            t(63)
    return 64


def with_two_clauses_then_code(c, t, x, n, m):
    # depyf: could not decompile with_two_clauses_then_code: stack underflow
    #    133            RESUME                   0
    #   
    #    134            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       28 (to L5)
    #   
    #    135            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (20)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L1:     STORE_FAST               5 (w)
    #   
    #    136    L2:     NOP
    #   
    #    137    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (22)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    138    L4:     NOP
    #   
    #    135            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             3 (23)
    #   
    #    144    L5:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (64)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    139            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L8)
    #                   POP_TOP
    #   
    #    140    L7:     POP_EXCEPT
    #                   JUMP_FORWARD            43 (to L14)
    #   
    #    141    L8:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       31 (to L12)
    #                   STORE_FAST               6 (e)
    #   
    #    142    L9:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_FAST                6 (e)
    #                   LOAD_ATTR                4 (args)
    #                   LOAD_CONST               4 (0)
    #                   BINARY_SUBSCR
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L14)
    #   
    #     --   L11:     LOAD_CONST               0 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    141   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    135   L14:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L19)
    #          L15:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L16)
    #                   RERAISE                  2
    #          L16:     POP_TOP
    #          L17:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L19)
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    143   L19:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (63)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 99 (to L5)
    #   ExceptionTable:
    #     L1 to L2 -> L15 [1] lasti
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L13 [2] lasti
    #     L7 to L8 -> L15 [1] lasti
    #     L8 to L9 -> L13 [2] lasti
    #     L9 to L10 -> L11 [2] lasti
    #     L10 to L11 -> L15 [1] lasti
    #     L11 to L13 -> L13 [2] lasti
    #     L13 to L14 -> L15 [1] lasti
    #     L15 to L17 -> L18 [3] lasti
    raise RuntimeError('depyf: could not decompile with_two_clauses_then_code: stack underflow')

assert run([], with_clause_then_code) in ((None, [64]), FELL)
assert run([1], with_clause_then_code) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 1], with_clause_then_code) in ((None, [('enter', 20), -22, ('exit', 20, False), 63, 64]), FELL)
assert run([1, 2], with_clause_then_code) in (('E2', [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 2, 1], with_clause_then_code) in ((None, [('enter', 20), -22, ('exit', 20, True), 63, 64]), FELL)
assert run([], with_clause_then_code_else) in ((67, [66]), FELL)
assert run([1], with_clause_then_code_else) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 1], with_clause_then_code_else) in ((67, [('enter', 20), -22, 24, ('exit', 20, False), 63, 65]), FELL)
assert run([1, 2], with_clause_then_code_else) in (('E2', [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 2, 1], with_clause_then_code_else) in ((67, [('enter', 20), -22, ('exit', 20, True), 63, 65]), FELL)
assert run([], with_clause_then_code_elif) in ((None, [64]), FELL)
assert run([1], with_clause_then_code_elif) in ((None, [1, 64]), FELL)
assert run([0, 1], with_clause_then_code_elif) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([0, 1, 1], with_clause_then_code_elif) in ((None, [('enter', 20), -22, 24, ('exit', 20, False), 63, 64]), FELL)
assert run([0, 1, 2], with_clause_then_code_elif) in (('E2', [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([0, 1, 2, 1], with_clause_then_code_elif) in ((None, [('enter', 20), -22, ('exit', 20, True), 63, 64]), FELL)
assert run([], with_clause_then_code_in_loop) in ((64, []), FELL)
assert run([1, 1], with_clause_then_code_in_loop) in ((23, [('enter', 0), 0, ('exit', 0, False)]), FELL)
assert run([1, 1, 1], with_clause_then_code_in_loop) in (('E1', [('enter', 0), 0, ('exit', 0, False)]), FELL)
assert run([1, 1, 2], with_clause_then_code_in_loop) in ((64, [('enter', 0), 0, 24, ('exit', 0, False), 63]), FELL)
assert run([2, 0, 1], with_clause_then_code_in_loop) in ((23, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_clause_then_code_in_loop) in ((64, [('enter', 0), 0, ('exit', 0, True), 63]), FELL)
assert run([2, 0, 1, 1], with_clause_then_code_in_loop) in (('E1', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 0, 1, 2], with_clause_then_code_in_loop) in ((64, [('enter', 1), -1, 24, ('exit', 1, False), 63]), FELL)
assert run([], with_two_clauses_then_code) in ((None, [64]), FELL)
assert run([1], with_two_clauses_then_code) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 1], with_two_clauses_then_code) in ((None, [('enter', 20), -22, ('exit', 20, False), 63, 64]), FELL)
assert run([1, 2], with_two_clauses_then_code) in ((None, [('enter', 20), -22, 22, ('exit', 20, False), 63, 64]), FELL)
