







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


def for_break_else_return_ending_try(c, t, x, n, m):
    try:
        for k in n():
            t(6)
            break
        else:
            t(7)
            if c():
                return 10
    except E1:
        t(14)
    else:
        t(32)
    t(44)
    return 45


def for_break_else_branch_returns_ending_try(c, t, x, n, m):
    try:
        for k in n():
            if c():
                x(1)
            t(6)
            break
        else:
            t(7)
            if c() and c():
                x(8)
            elif not c():
                return 10
            else:
                return 13
    except E1:
        t(14)
    else:
        t(32)
    t(44)
    return 45


def for_if_break_else_three_returns_ending_try(c, t, x, n, m):
    # depyf: could not decompile for_if_break_else_three_returns_ending_try: a for loop's break jumps past its region over code its exit runs (an else clause outside the region) at 54
    #    122            RESUME                   0
    #   
    #    123            NOP
    #   
    #    124    L1:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                17 (to L5)
    #                   STORE_FAST               5 (k)
    #   
    #    125            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #           L3:     POP_JUMP_IF_TRUE         2 (to L4)
    #                   JUMP_BACKWARD           17 (to L2)
    #   
    #    126    L4:     POP_TOP
    #                   JUMP_FORWARD            29 (to L10)
    #   
    #    124    L5:     END_FOR
    #                   POP_TOP
    #   
    #    128            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L7)
    #   
    #    129    L6:     RETURN_CONST             1 (1)
    #   
    #    130    L7:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L9)
    #   
    #    131    L8:     RETURN_CONST             2 (2)
    #   
    #    133    L9:     RETURN_CONST             3 (3)
    #   
    #    126   L10:     NOP
    #   
    #    137            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (32)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    138            RETURN_CONST             6 (45)
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #    134            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L13)
    #                   POP_TOP
    #   
    #    135            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (14)
    #                   CALL                     1
    #                   POP_TOP
    #          L12:     POP_EXCEPT
    #   
    #    138            RETURN_CONST             6 (45)
    #   
    #    134   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L3 -> L11 [0]
    #     L4 to L6 -> L11 [0]
    #     L7 to L8 -> L11 [0]
    #     L11 to L12 -> L14 [1] lasti
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError("depyf: could not decompile for_if_break_else_three_returns_ending_try: a for loop's break jumps past its region over code its exit runs (an else clause outside the region) at 54")


def for_break_else_branch_returns_in_clause_try(c, t, x, n, m):
    try:
        for k in n():
            if c():
                x(1)
            elif not c():
                t(2)
                t(3)
            else:
                x(4)
                t(5)
            t(6)
            break
        else:
            t(7)
            if c() and c():
                x(8)
                t(9)
            elif not c():
                return 10
            elif c():
                t(11)
                t(12)
            else:
                return 13
    except E1:
        t(14)
        if c():
            with m(21) as w:
                t(22)
    else:
        t(32)
        if c():
            for k in n():
                x(33)
            t(34)
        else:
            with m(40) as w:
                t(41)
        t(43)
    t(44)
    return 45

assert run([], for_break_else_return_ending_try) in ((45, [7, 32, 44]), FELL)
assert run([1], for_break_else_return_ending_try) in ((45, [6, 32, 44]), FELL)
assert run([0, 1], for_break_else_return_ending_try) in ((10, [7]), FELL)
assert run([], for_break_else_branch_returns_ending_try) in ((10, [7]), FELL)
assert run([1], for_break_else_branch_returns_ending_try) in ((45, [6, 32, 44]), FELL)
assert run([1, 1], for_break_else_branch_returns_ending_try) in ((45, [-1, 6, 32, 44]), FELL)
assert run([0, 0, 1], for_break_else_branch_returns_ending_try) in ((13, [7]), FELL)
assert run([0, 1, 1], for_break_else_branch_returns_ending_try) in ((45, [7, -8, 32, 44]), FELL)
assert run([1, 1, 1], for_break_else_branch_returns_ending_try) in ((45, [-1, 14, 44]), FELL)
assert run([], for_if_break_else_three_returns_ending_try) in ((3, []), FELL)
assert run([0, 1], for_if_break_else_three_returns_ending_try) in ((1, []), FELL)
assert run([1, 1], for_if_break_else_three_returns_ending_try) in ((45, [32]), FELL)
assert run([0, 0, 1], for_if_break_else_three_returns_ending_try) in ((2, []), FELL)
assert run([], for_break_else_branch_returns_in_clause_try) in ((10, [7]), FELL)
assert run([1], for_break_else_branch_returns_in_clause_try) in ((45, [2, 3, 6, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
assert run([1, 1], for_break_else_branch_returns_in_clause_try) in ((45, [-1, 6, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
assert run([0, 0, 1], for_break_else_branch_returns_in_clause_try) in ((13, [7]), FELL)
assert run([0, 1, 1], for_break_else_branch_returns_in_clause_try) in ((45, [7, -8, 9, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
assert run([1, 0, 1], for_break_else_branch_returns_in_clause_try) in ((45, [-4, 5, 6, 32, ('enter', 40), 41, ('exit', 40, False), 43, 44]), FELL)
