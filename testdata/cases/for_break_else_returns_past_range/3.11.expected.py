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
    # depyf: could not decompile for_if_break_else_three_returns_ending_try: a statement (ExprStmt) after return in the same block (a misread layout)
    #   122           0 RESUME                   0
    #   
    #   123           2 NOP
    #   
    #   124           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 GET_ITER
    #           >>   24 FOR_ITER                14 (to 54)
    #                26 STORE_FAST               5 (k)
    #   
    #   125          28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE     2 (to 52)
    #   
    #   126          48 POP_TOP
    #                50 JUMP_FORWARD            27 (to 106)
    #   
    #   125     >>   52 JUMP_BACKWARD           15 (to 24)
    #   
    #   128     >>   54 PUSH_NULL
    #                56 LOAD_FAST                0 (c)
    #                58 PRECALL                  0
    #                62 CALL                     0
    #                72 POP_JUMP_FORWARD_IF_FALSE     2 (to 78)
    #   
    #   129          74 LOAD_CONST               1 (1)
    #                76 RETURN_VALUE
    #   
    #   130     >>   78 PUSH_NULL
    #                80 LOAD_FAST                0 (c)
    #                82 PRECALL                  0
    #                86 CALL                     0
    #                96 POP_JUMP_FORWARD_IF_FALSE     2 (to 102)
    #   
    #   131          98 LOAD_CONST               2 (2)
    #               100 RETURN_VALUE
    #   
    #   133     >>  102 LOAD_CONST               3 (3)
    #               104 RETURN_VALUE
    #   
    #   126     >>  106 NOP
    #   
    #   137         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               4 (32)
    #               114 PRECALL                  1
    #               118 CALL                     1
    #               128 POP_TOP
    #               130 JUMP_FORWARD            27 (to 186)
    #           >>  132 PUSH_EXC_INFO
    #   
    #   134         134 LOAD_GLOBAL              0 (E1)
    #               146 CHECK_EXC_MATCH
    #               148 POP_JUMP_FORWARD_IF_FALSE    14 (to 178)
    #               150 POP_TOP
    #   
    #   135         152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               5 (14)
    #               158 PRECALL                  1
    #               162 CALL                     1
    #               172 POP_TOP
    #               174 POP_EXCEPT
    #               176 JUMP_FORWARD             4 (to 186)
    #   
    #   134     >>  178 RERAISE                  0
    #           >>  180 COPY                     3
    #               182 POP_EXCEPT
    #               184 RERAISE                  1
    #   
    #   138     >>  186 LOAD_CONST               6 (45)
    #               188 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 72 -> 132 [0]
    #     78 to 96 -> 132 [0]
    #     132 to 172 -> 180 [1] lasti
    #     178 to 178 -> 180 [1] lasti
    raise RuntimeError('depyf: could not decompile for_if_break_else_three_returns_ending_try: a statement (ExprStmt) after return in the same block (a misread layout)')


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
