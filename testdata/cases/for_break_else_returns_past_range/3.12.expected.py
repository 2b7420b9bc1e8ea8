class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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
    # depyf: could not decompile for_if_break_else_three_returns_ending_try: a for loop's break jumps past its region over code its exit runs (an else clause outside the region) at 42
    #   122           0 RESUME                   0
    #   
    #   123           2 NOP
    #   
    #   124           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 CALL                     0
    #                16 GET_ITER
    #           >>   18 FOR_ITER                11 (to 44)
    #                22 STORE_FAST               5 (k)
    #   
    #   125          24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 CALL                     0
    #                36 POP_JUMP_IF_TRUE         1 (to 40)
    #                38 JUMP_BACKWARD           11 (to 18)
    #   
    #   126     >>   40 POP_TOP
    #                42 JUMP_FORWARD            18 (to 80)
    #   
    #   124     >>   44 END_FOR
    #   
    #   128          46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 CALL                     0
    #                58 POP_JUMP_IF_FALSE        1 (to 62)
    #   
    #   129          60 RETURN_CONST             1 (1)
    #   
    #   130     >>   62 PUSH_NULL
    #                64 LOAD_FAST                0 (c)
    #                66 CALL                     0
    #                74 POP_JUMP_IF_FALSE        1 (to 78)
    #   
    #   131          76 RETURN_CONST             2 (2)
    #   
    #   133     >>   78 RETURN_CONST             3 (3)
    #   
    #   126     >>   80 NOP
    #   
    #   137          82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               4 (32)
    #                88 CALL                     1
    #                96 POP_TOP
    #   
    #   138          98 RETURN_CONST             6 (45)
    #           >>  100 PUSH_EXC_INFO
    #   
    #   134         102 LOAD_GLOBAL              0 (E1)
    #               112 CHECK_EXC_MATCH
    #               114 POP_JUMP_IF_FALSE       11 (to 138)
    #               116 POP_TOP
    #   
    #   135         118 PUSH_NULL
    #               120 LOAD_FAST                1 (t)
    #               122 LOAD_CONST               5 (14)
    #               124 CALL                     1
    #               132 POP_TOP
    #               134 POP_EXCEPT
    #   
    #   138         136 RETURN_CONST             6 (45)
    #   
    #   134     >>  138 RERAISE                  0
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   ExceptionTable:
    #     4 to 36 -> 100 [0]
    #     40 to 58 -> 100 [0]
    #     62 to 74 -> 100 [0]
    #     100 to 132 -> 140 [1] lasti
    #     138 to 138 -> 140 [1] lasti
    raise RuntimeError("depyf: could not decompile for_if_break_else_three_returns_ending_try: a for loop's break jumps past its region over code its exit runs (an else clause outside the region) at 42")


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
