







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


def named_clauses_return(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(12)
        except E2 as e:
            return 24
    x(26)


def named_clauses_return_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(12)
        except E2 as e:
            return 24
    finally:
        t(25)
    x(26)


def named_clauses_return_in_loop(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1 as e:
            try:
                x(i)
            except E1 as e:
                t(3)
            except E2 as e:
                return 4
        t(5)
    return 6


def named_clause_branch_in_try(c, t, x, n, m):
    # depyf: could not decompile named_clause_branch_in_try: an enclosing clause's name cleanup ends a nested statement's branch
    #    121            RESUME                   0
    #   
    #    122            NOP
    #   
    #    123    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    137    L2:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               7 (25)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    138            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               9 (26)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    124            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE      118 (to L21)
    #                   STORE_FAST               5 (e)
    #   
    #    125    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (10)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    126    L5:     NOP
    #   
    #    127    L6:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (12)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    128            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L8)
    #   
    #    129            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (15)
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 69 (to L2)
    #   
    #    131    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (17)
    #                   CALL                     1
    #                   POP_TOP
    #           L9:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 82 (to L2)
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    132            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       15 (to L13)
    #                   POP_TOP
    #   
    #    133            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (19)
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #          L12:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 106 (to L2)
    #   
    #    134   L13:     LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       22 (to L18)
    #                   STORE_FAST               5 (e)
    #   
    #    135   L14:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #          L15:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #   
    #    137   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               7 (25)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             8 (24)
    #   
    #     --   L17:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    134   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L20:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    124   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L23:     PUSH_EXC_INFO
    #   
    #    137            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               7 (25)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L22 [1] lasti
    #     L4 to L5 -> L20 [1] lasti
    #     L6 to L7 -> L10 [1]
    #     L7 to L8 -> L23 [0]
    #     L8 to L9 -> L10 [1]
    #     L9 to L10 -> L23 [0]
    #     L10 to L11 -> L19 [2] lasti
    #     L11 to L12 -> L20 [1] lasti
    #     L12 to L13 -> L23 [0]
    #     L13 to L14 -> L19 [2] lasti
    #     L14 to L15 -> L20 [1] lasti
    #     L15 to L16 -> L23 [0]
    #     L17 to L19 -> L19 [2] lasti
    #     L19 to L20 -> L20 [1] lasti
    #     L20 to L22 -> L22 [1] lasti
    #     L22 to L23 -> L23 [0]
    #     L23 to L24 -> L24 [1] lasti
    raise RuntimeError("depyf: could not decompile named_clause_branch_in_try: an enclosing clause's name cleanup ends a nested statement's branch")

assert run([], named_clauses_return) in ((None, [-1, -26]), FELL)
assert run([1], named_clauses_return) in (('E1', [-1]), FELL)
assert run([2], named_clauses_return) in ((None, [-1, -12, -26]), FELL)
assert run([0, 1], named_clauses_return) in (('E1', [-1, -26]), FELL)
assert run([0, 2], named_clauses_return) in (('E2', [-1, -26]), FELL)
assert run([2, 1], named_clauses_return) in (('E1', [-1, -12]), FELL)
assert run([], named_clauses_return_finally) in ((None, [-1, 25, -26]), FELL)
assert run([1], named_clauses_return_finally) in (('E1', [-1, 25]), FELL)
assert run([2], named_clauses_return_finally) in ((None, [-1, -12, 25, -26]), FELL)
assert run([0, 1], named_clauses_return_finally) in (('E1', [-1, 25, -26]), FELL)
assert run([0, 2], named_clauses_return_finally) in (('E2', [-1, 25, -26]), FELL)
assert run([2, 1], named_clauses_return_finally) in (('E1', [-1, -12, 25]), FELL)
assert run([], named_clauses_return_in_loop) in ((6, []), FELL)
assert run([1], named_clauses_return_in_loop) in ((6, [-1, 5]), FELL)
assert run([2], named_clauses_return_in_loop) in ((6, [-1, 5, -1, 5]), FELL)
assert run([1, 1], named_clauses_return_in_loop) in ((6, [-1, 0, 5]), FELL)
assert run([1, 2], named_clauses_return_in_loop) in (('E2', [-1]), FELL)
assert run([2, 1], named_clauses_return_in_loop) in ((6, [-1, 0, 5, -1, 5]), FELL)
assert run([], named_clause_branch_in_try) in ((None, [-1, 25, -26]), FELL)
assert run([1], named_clause_branch_in_try) in (('E1', [-1, 25]), FELL)
assert run([2], named_clause_branch_in_try) in ((None, [-1, 10, -12, 17, 25, -26]), FELL)
assert run([0, 1], named_clause_branch_in_try) in (('E1', [-1, 25, -26]), FELL)
assert run([0, 2], named_clause_branch_in_try) in (('E2', [-1, 25, -26]), FELL)
assert run([2, 1], named_clause_branch_in_try) in ((None, [-1, 10, -12, 19, 25, -26]), FELL)
