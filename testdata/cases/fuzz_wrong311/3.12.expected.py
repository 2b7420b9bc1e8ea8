class E1(Exception):
    pass


class E2(Exception):
    pass


def run(answers, f):
    "f's trace and outcome, the answers of c() taken from the end of the list."
    seen = []
    answers = list(answers)
    def c():
        return answers.pop()
    def t(n):
        seen.append(n)
    def x(n):
        a = c()
        if a == 1:
            raise E1(n)
        if a == 2:
            raise E2(n)
        seen.append(-n)
    def n():
        return range(c())
    try:
        outcome = ('return', f(c, t, x, n))
    except (E1, E2, IndexError) as e:
        outcome = ('raise', type(e).__name__)
    return outcome, seen


def for_return_in_try(c, t, x, n):
    try:
        for i in n():
            return 9
    except E1:
        return 10


def for_return_in_try_then(c, t, x, n):
    try:
        for i in n():
            x(4)
            return 9
    except E1:
        return 10
    else:
        t(5)


def while_for_return_in_try(c, t, x, n):
    while c():
        try:
            for i in n():
                return 9
        except E1:
            return 10


def elif_for_return_in_try(c, t, x, n):
    try:
        if c():
            pass
        elif c() or c():
            t(3)
        else:
            for i in n():
                return 23
    except E1:
        pass
    else:
        t(4)


def empty_try_in_clause_finally(c, t, x, n):
    try:
        x(18)
    except E1:
        pass
    except E2 as e:
        pass
    finally:
        t(31)


def empty_try_in_clause_inner_finally(c, t, x, n):
    try:
        try:
            if c():
                x(1)
        except E1:
            t(2)
        finally:
            t(39)
    except E2:
        t(40)


def return_try_in_clause_finally(c, t, x, n):
    try:
        x(18)
    except E1:
        return 20
    except E2 as e:
        t(29)
    finally:
        t(31)


def dead_clause_in_finally(c, t, x, n):
    try:
        pass
    finally:
        if c():
            t(32)


def named_clause_branch_return_finally(c, t, x, n):
    try:
        try:
            x(1)
        except E2 as e:
            if c():
                t(2)
            else:
                return 38
        finally:
            t(39)
    except E1:
        t(40)


def continue_in_try_except_finally(c, t, x, n):
    # depyf: could not decompile continue_in_try_except_finally: a statement (ExprStmt) after continue in the same block (a misread layout)
    #   169           0 RESUME                   0
    #   
    #   170           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                28 (to 76)
    #                20 STORE_FAST               4 (i)
    #   
    #   171          22 PUSH_NULL
    #                24 LOAD_FAST                1 (t)
    #                26 LOAD_CONST               1 (1)
    #                28 CALL                     1
    #                36 POP_TOP
    #   
    #   172          38 NOP
    #   
    #   173          40 PUSH_NULL
    #                42 LOAD_FAST                2 (x)
    #                44 LOAD_CONST               2 (11)
    #                46 CALL                     1
    #                54 POP_TOP
    #   
    #   174          56 NOP
    #   
    #   178          58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               3 (16)
    #                64 CALL                     1
    #                72 POP_TOP
    #                74 JUMP_BACKWARD           30 (to 16)
    #   
    #   170     >>   76 END_FOR
    #                78 RETURN_CONST             0 (None)
    #           >>   80 PUSH_EXC_INFO
    #   
    #   175          82 LOAD_GLOBAL              0 (E1)
    #                92 CHECK_EXC_MATCH
    #                94 POP_JUMP_IF_FALSE        3 (to 102)
    #                96 POP_TOP
    #   
    #   176          98 POP_EXCEPT
    #               100 JUMP_FORWARD             4 (to 110)
    #   
    #   175     >>  102 RERAISE                  0
    #           >>  104 COPY                     3
    #               106 POP_EXCEPT
    #               108 RERAISE                  1
    #   
    #   176     >>  110 NOP
    #   
    #   178         112 PUSH_NULL
    #               114 LOAD_FAST                1 (t)
    #               116 LOAD_CONST               3 (16)
    #               118 CALL                     1
    #               126 POP_TOP
    #               128 JUMP_BACKWARD           57 (to 16)
    #           >>  130 PUSH_EXC_INFO
    #               132 PUSH_NULL
    #               134 LOAD_FAST                1 (t)
    #               136 LOAD_CONST               3 (16)
    #               138 CALL                     1
    #               146 POP_TOP
    #               148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   ExceptionTable:
    #     40 to 54 -> 80 [1]
    #     80 to 96 -> 104 [2] lasti
    #     98 to 100 -> 130 [1]
    #     102 to 102 -> 104 [2] lasti
    #     104 to 108 -> 130 [1]
    #     130 to 148 -> 150 [2] lasti
    raise RuntimeError('depyf: could not decompile continue_in_try_except_finally: a statement (ExprStmt) after continue in the same block (a misread layout)')


def break_in_try_except_finally(c, t, x, n):
    # depyf: could not decompile break_in_try_except_finally: then-branch both falls into and jumps past 52
    #   181           0 RESUME                   0
    #   
    #   182           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       18 (to 52)
    #   
    #   183     >>   16 NOP
    #   
    #   184          18 PUSH_NULL
    #                20 LOAD_FAST                2 (x)
    #                22 LOAD_CONST               1 (5)
    #                24 CALL                     1
    #                32 POP_TOP
    #   
    #   185          34 NOP
    #   
    #   189          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (9)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   191     >>   52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               4 (11)
    #                58 CALL                     1
    #                66 POP_TOP
    #                68 RETURN_CONST             0 (None)
    #           >>   70 PUSH_EXC_INFO
    #   
    #   186          72 LOAD_GLOBAL              0 (E1)
    #                82 CHECK_EXC_MATCH
    #                84 POP_JUMP_IF_FALSE        3 (to 92)
    #                86 POP_TOP
    #   
    #   187          88 POP_EXCEPT
    #                90 JUMP_FORWARD             4 (to 100)
    #   
    #   186     >>   92 RERAISE                  0
    #           >>   94 COPY                     3
    #                96 POP_EXCEPT
    #                98 RERAISE                  1
    #   
    #   187     >>  100 NOP
    #   
    #   189         102 PUSH_NULL
    #               104 LOAD_FAST                1 (t)
    #               106 LOAD_CONST               2 (9)
    #               108 CALL                     1
    #               116 POP_TOP
    #               118 JUMP_FORWARD            13 (to 146)
    #           >>  120 PUSH_EXC_INFO
    #               122 PUSH_NULL
    #               124 LOAD_FAST                1 (t)
    #               126 LOAD_CONST               2 (9)
    #               128 CALL                     1
    #               136 POP_TOP
    #               138 RERAISE                  0
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   
    #   190     >>  146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               3 (10)
    #               152 CALL                     1
    #               160 POP_TOP
    #   
    #   182         162 PUSH_NULL
    #               164 LOAD_FAST                0 (c)
    #               166 CALL                     0
    #               174 POP_JUMP_IF_FALSE        1 (to 178)
    #               176 JUMP_BACKWARD           81 (to 16)
    #           >>  178 JUMP_BACKWARD           64 (to 52)
    #   ExceptionTable:
    #     18 to 32 -> 70 [0]
    #     70 to 86 -> 94 [1] lasti
    #     88 to 90 -> 120 [0]
    #     92 to 92 -> 94 [1] lasti
    #     94 to 98 -> 120 [0]
    #     120 to 138 -> 140 [1] lasti
    raise RuntimeError('depyf: could not decompile break_in_try_except_finally: then-branch both falls into and jumps past 52')


def else_continue_in_try_finally(c, t, x, n):
    # depyf: could not decompile else_continue_in_try_finally: a statement (ExprStmt) after continue in the same block (a misread layout)
    #   194           0 RESUME                   0
    #   
    #   195           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                32 (to 84)
    #                20 STORE_FAST               4 (k)
    #   
    #   196          22 PUSH_NULL
    #                24 LOAD_FAST                3 (n)
    #                26 CALL                     0
    #                34 GET_ITER
    #           >>   36 FOR_ITER                 2 (to 44)
    #                40 STORE_FAST               5 (j)
    #   
    #   197          42 JUMP_BACKWARD            4 (to 36)
    #   
    #   196     >>   44 END_FOR
    #   
    #   199          46 NOP
    #   
    #   200          48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               1 (13)
    #                54 CALL                     1
    #                62 POP_TOP
    #   
    #   206          64 NOP
    #   
    #   208          66 PUSH_NULL
    #                68 LOAD_FAST                1 (t)
    #                70 LOAD_CONST               2 (20)
    #                72 CALL                     1
    #                80 POP_TOP
    #                82 JUMP_BACKWARD           34 (to 16)
    #   
    #   195     >>   84 END_FOR
    #                86 RETURN_CONST             0 (None)
    #           >>   88 PUSH_EXC_INFO
    #   
    #   201          90 LOAD_GLOBAL              0 (E1)
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_IF_FALSE        3 (to 110)
    #               104 POP_TOP
    #   
    #   202         106 POP_EXCEPT
    #               108 JUMP_FORWARD            21 (to 152)
    #   
    #   203     >>  110 LOAD_GLOBAL              2 (E2)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_IF_FALSE       10 (to 144)
    #               124 STORE_FAST               6 (e)
    #   
    #   204         126 POP_EXCEPT
    #               128 LOAD_CONST               0 (None)
    #               130 STORE_FAST               6 (e)
    #               132 DELETE_FAST              6 (e)
    #               134 JUMP_FORWARD             8 (to 152)
    #               136 LOAD_CONST               0 (None)
    #               138 STORE_FAST               6 (e)
    #               140 DELETE_FAST              6 (e)
    #               142 RERAISE                  1
    #   
    #   203     >>  144 RERAISE                  0
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #   
    #   208     >>  152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               2 (20)
    #               158 CALL                     1
    #               166 POP_TOP
    #               168 JUMP_BACKWARD           77 (to 16)
    #           >>  170 PUSH_EXC_INFO
    #               172 PUSH_NULL
    #               174 LOAD_FAST                1 (t)
    #               176 LOAD_CONST               2 (20)
    #               178 CALL                     1
    #               186 POP_TOP
    #               188 RERAISE                  0
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #   ExceptionTable:
    #     48 to 62 -> 88 [1]
    #     88 to 104 -> 146 [2] lasti
    #     106 to 108 -> 170 [1]
    #     110 to 124 -> 146 [2] lasti
    #     126 to 134 -> 170 [1]
    #     136 to 144 -> 146 [2] lasti
    #     146 to 150 -> 170 [1]
    #     170 to 188 -> 190 [2] lasti
    raise RuntimeError('depyf: could not decompile else_continue_in_try_finally: a statement (ExprStmt) after continue in the same block (a misread layout)')

assert run([3], for_return_in_try) == (('return', 9), [])
assert run([0], for_return_in_try) == (('return', None), [])
assert run([0, 2], for_return_in_try_then) == (('return', 9), [-4])
assert run([1, 2], for_return_in_try_then) == (('return', 10), [])
assert run([2, 2], for_return_in_try_then) == (('raise', 'E2'), [])
assert run([0], for_return_in_try_then) == (('return', None), [5])
assert run([2, 1], while_for_return_in_try) == (('return', 9), [])
assert run([0, 0, 1, 0, 1], while_for_return_in_try) == (('return', None), [])
assert run([1], elif_for_return_in_try) == (('return', None), [4])
assert run([1, 0], elif_for_return_in_try) == (('return', None), [3, 4])
assert run([1, 0, 0, 0], elif_for_return_in_try) == (('return', 23), [])
assert run([0, 0, 0, 0], elif_for_return_in_try) == (('return', None), [4])
assert run([0], empty_try_in_clause_finally) == (('return', None), [-18, 31])
assert run([1], empty_try_in_clause_finally) == (('return', None), [31])
assert run([2], empty_try_in_clause_finally) == (('return', None), [31])
assert run([0], empty_try_in_clause_inner_finally) == (('return', None), [39])
assert run([1, 1], empty_try_in_clause_inner_finally) == (('return', None), [2, 39])
assert run([2, 1], empty_try_in_clause_inner_finally) == (('return', None), [39, 40])
assert run([0, 1], empty_try_in_clause_inner_finally) == (('return', None), [-1, 39])
assert run([0], return_try_in_clause_finally) == (('return', None), [-18, 31])
assert run([1], return_try_in_clause_finally) == (('return', 20), [31])
assert run([2], return_try_in_clause_finally) == (('return', None), [29, 31])
assert run([1], dead_clause_in_finally) == (('return', None), [32])
assert run([0], dead_clause_in_finally) == (('return', None), [])
assert run([0], named_clause_branch_return_finally) == (('return', None), [-1, 39])
assert run([1, 2], named_clause_branch_return_finally) == (('return', None), [2, 39])
assert run([0, 2], named_clause_branch_return_finally) == (('return', 38), [39])
assert run([1], named_clause_branch_return_finally) == (('return', None), [39, 40])
assert run([0, 1, 2], continue_in_try_except_finally) == (('return', None), [1, 16, 1, -11, 16])
assert run([2, 2], continue_in_try_except_finally) == (('raise', 'E2'), [1, 16])
assert run([0, 1], break_in_try_except_finally) == (('return', None), [-5, 9, 11])
assert run([0, 1, 1], break_in_try_except_finally) == (('return', None), [9, 10, 11])
assert run([2, 1], break_in_try_except_finally) == (('raise', 'E2'), [9])
assert run([0, 1, 0, 2], else_continue_in_try_finally) == (('raise', 'IndexError'), [20, 20])
assert run([0, 0, 0, 0, 2], else_continue_in_try_finally) == (('return', None), [-13, 20, -13, 20])
assert run([2, 0, 1], else_continue_in_try_finally) == (('return', None), [20])
