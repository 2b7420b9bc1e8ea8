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


def if_return_ending_try_finally(c, t, x, n, m):
    try:
        if not c():
            return 1
    finally:
        t(2)


def if_return_ending_try_finally_then(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    finally:
        t(2)
    t(3)


def if_elif_returns_ending_try_finally(c, t, x, n, m):
    try:
        if c():
            return 1
        if c():
            return 2
    finally:
        t(2)


def if_return_else_same_return_in_try_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    finally:
        t(2)
    return 1


def if_return_ending_try_if_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    finally:
        if c():
            t(2)


def if_return_none_ending_try_finally(c, t, x, n, m):
    try:
        if c():
            return None
    finally:
        x(2)


def if_return_ending_try_finally_in_while(c, t, x, n, m):
    while c():
        try:
            if c():
                return 1
        finally:
            t(2)


def if_return_ending_try_finally_then_same_return(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 1
    finally:
        t(2)
    return 1


def if_return_ending_try_except_finally(c, t, x, n, m):
    try:
        if c():
            return 1
    except E1:
        t(3)
    finally:
        t(2)


def if_return_ending_try_except_returning_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_returning_finally: conditional jump out of the region at 32
    #   164           0 RESUME                   0
    #   
    #   165           2 NOP
    #   
    #   166           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (0)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   167          20 PUSH_NULL
    #                22 LOAD_FAST                0 (c)
    #                24 CALL                     0
    #                32 POP_JUMP_IF_FALSE       10 (to 54)
    #   
    #   168          34 NOP
    #   
    #   172          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (2)
    #                42 CALL                     1
    #                50 POP_TOP
    #                52 RETURN_CONST             3 (1)
    #   
    #   167     >>   54 NOP
    #   
    #   172          56 PUSH_NULL
    #                58 LOAD_FAST                1 (t)
    #                60 LOAD_CONST               2 (2)
    #                62 CALL                     1
    #                70 POP_TOP
    #                72 RETURN_CONST             0 (None)
    #           >>   74 PUSH_EXC_INFO
    #   
    #   169          76 LOAD_GLOBAL              0 (E1)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_IF_FALSE       11 (to 112)
    #                90 POP_TOP
    #   
    #   170          92 POP_EXCEPT
    #   
    #   172          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               2 (2)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 RETURN_CONST             2 (2)
    #   
    #   169     >>  112 RERAISE                  0
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #           >>  120 PUSH_EXC_INFO
    #   
    #   172         122 PUSH_NULL
    #               124 LOAD_FAST                1 (t)
    #               126 LOAD_CONST               2 (2)
    #               128 CALL                     1
    #               136 POP_TOP
    #               138 RERAISE                  0
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   ExceptionTable:
    #     4 to 32 -> 74 [0]
    #     74 to 90 -> 114 [1] lasti
    #     92 to 92 -> 120 [0]
    #     112 to 112 -> 114 [1] lasti
    #     114 to 118 -> 120 [0]
    #     120 to 138 -> 140 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_returning_finally: conditional jump out of the region at 32')


def if_return_ending_try_except_finally_then(c, t, x, n, m):
    try:
        x(0)
        if c():
            return 1
    except E1:
        t(3)
    finally:
        t(2)
    t(6)


def if_returns_in_try_and_clause_finally(c, t, x, n, m):
    try:
        if c():
            x(7)
            return 1
    except E1:
        if c():
            return 1
    finally:
        t(2)


def if_return_ending_try_except_then_code_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_then_code_finally: conditional jump out of the region at 18
    #   199           0 RESUME                   0
    #   
    #   200           2 NOP
    #   
    #   201           4 NOP
    #   
    #   202           6 PUSH_NULL
    #                 8 LOAD_FAST                0 (c)
    #                10 CALL                     0
    #                18 POP_JUMP_IF_FALSE       10 (to 40)
    #   
    #   203          20 NOP
    #   
    #   208          22 PUSH_NULL
    #                24 LOAD_FAST                1 (t)
    #                26 LOAD_CONST               1 (2)
    #                28 CALL                     1
    #                36 POP_TOP
    #                38 RETURN_CONST             2 (1)
    #   
    #   202     >>   40 NOP
    #   
    #   206     >>   42 PUSH_NULL
    #                44 LOAD_FAST                2 (x)
    #                46 LOAD_CONST               4 (4)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #   208          58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               1 (2)
    #                64 CALL                     1
    #                72 POP_TOP
    #                74 RETURN_CONST             0 (None)
    #           >>   76 PUSH_EXC_INFO
    #   
    #   204          78 LOAD_GLOBAL              0 (E1)
    #                88 CHECK_EXC_MATCH
    #                90 POP_JUMP_IF_FALSE       11 (to 114)
    #                92 POP_TOP
    #   
    #   205          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               3 (3)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 POP_EXCEPT
    #               112 JUMP_BACKWARD           36 (to 42)
    #   
    #   204     >>  114 RERAISE                  0
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #           >>  122 PUSH_EXC_INFO
    #   
    #   208         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               1 (2)
    #               130 CALL                     1
    #               138 POP_TOP
    #               140 RERAISE                  0
    #           >>  142 COPY                     3
    #               144 POP_EXCEPT
    #               146 RERAISE                  1
    #   ExceptionTable:
    #     6 to 18 -> 76 [0]
    #     40 to 56 -> 122 [0]
    #     76 to 108 -> 116 [1] lasti
    #     110 to 112 -> 122 [0]
    #     114 to 114 -> 116 [1] lasti
    #     116 to 120 -> 122 [0]
    #     122 to 140 -> 142 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_then_code_finally: conditional jump out of the region at 18')


def if_return_ending_try_except_else_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_else_finally: conditional jump out of the region at 32
    #   211           0 RESUME                   0
    #   
    #   212           2 NOP
    #   
    #   213           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (0)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   214          20 PUSH_NULL
    #                22 LOAD_FAST                0 (c)
    #                24 CALL                     0
    #                32 POP_JUMP_IF_FALSE       10 (to 54)
    #   
    #   215          34 NOP
    #   
    #   221          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (2)
    #                42 CALL                     1
    #                50 POP_TOP
    #                52 RETURN_CONST             3 (1)
    #   
    #   214     >>   54 NOP
    #   
    #   219          56 PUSH_NULL
    #                58 LOAD_FAST                1 (t)
    #                60 LOAD_CONST               4 (5)
    #                62 CALL                     1
    #                70 POP_TOP
    #   
    #   221     >>   72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               2 (2)
    #                78 CALL                     1
    #                86 POP_TOP
    #                88 RETURN_CONST             0 (None)
    #           >>   90 PUSH_EXC_INFO
    #   
    #   216          92 LOAD_GLOBAL              0 (E1)
    #               102 CHECK_EXC_MATCH
    #               104 POP_JUMP_IF_FALSE       11 (to 128)
    #               106 POP_TOP
    #   
    #   217         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               5 (3)
    #               114 CALL                     1
    #               122 POP_TOP
    #               124 POP_EXCEPT
    #               126 JUMP_BACKWARD           28 (to 72)
    #   
    #   216     >>  128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #           >>  136 PUSH_EXC_INFO
    #   
    #   221         138 PUSH_NULL
    #               140 LOAD_FAST                1 (t)
    #               142 LOAD_CONST               2 (2)
    #               144 CALL                     1
    #               152 POP_TOP
    #               154 RERAISE                  0
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #   ExceptionTable:
    #     4 to 32 -> 90 [0]
    #     56 to 70 -> 136 [0]
    #     90 to 122 -> 130 [1] lasti
    #     124 to 126 -> 136 [0]
    #     128 to 128 -> 130 [1] lasti
    #     130 to 134 -> 136 [0]
    #     136 to 154 -> 156 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_else_finally: conditional jump out of the region at 32')


def with_if_return_ending_try_finally(c, t, x, n, m):
    # depyf: could not decompile with_if_return_ending_try_finally: conditional jump out of the region at 50
    #   224           0 RESUME                   0
    #   
    #   225           2 NOP
    #   
    #   226           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 BEFORE_WITH
    #                20 POP_TOP
    #   
    #   227          22 PUSH_NULL
    #                24 LOAD_FAST                2 (x)
    #                26 LOAD_CONST               2 (0)
    #                28 CALL                     1
    #                36 POP_TOP
    #   
    #   228          38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE       18 (to 88)
    #   
    #   229          52 NOP
    #   
    #   226          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 CALL                     2
    #                68 POP_TOP
    #   
    #   231          70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               3 (2)
    #                76 CALL                     1
    #                84 POP_TOP
    #                86 RETURN_CONST             1 (1)
    #   
    #   228     >>   88 NOP
    #   
    #   226          90 LOAD_CONST               0 (None)
    #                92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 CALL                     2
    #               104 POP_TOP
    #   
    #   231     >>  106 PUSH_NULL
    #               108 LOAD_FAST                1 (t)
    #               110 LOAD_CONST               3 (2)
    #               112 CALL                     1
    #               120 POP_TOP
    #               122 RETURN_CONST             0 (None)
    #   
    #   226     >>  124 PUSH_EXC_INFO
    #               126 WITH_EXCEPT_START
    #               128 POP_JUMP_IF_TRUE         1 (to 132)
    #               130 RERAISE                  2
    #           >>  132 POP_TOP
    #               134 POP_EXCEPT
    #               136 POP_TOP
    #               138 POP_TOP
    #               140 JUMP_BACKWARD           18 (to 106)
    #           >>  142 COPY                     3
    #               144 POP_EXCEPT
    #               146 RERAISE                  1
    #           >>  148 PUSH_EXC_INFO
    #   
    #   231         150 PUSH_NULL
    #               152 LOAD_FAST                1 (t)
    #               154 LOAD_CONST               3 (2)
    #               156 CALL                     1
    #               164 POP_TOP
    #               166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 148 [0]
    #     20 to 52 -> 124 [1] lasti
    #     54 to 68 -> 148 [0]
    #     90 to 104 -> 148 [0]
    #     124 to 132 -> 142 [3] lasti
    #     134 to 146 -> 148 [0]
    #     148 to 166 -> 168 [1] lasti
    raise RuntimeError('depyf: could not decompile with_if_return_ending_try_finally: conditional jump out of the region at 50')


def if_return_ending_nested_try_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_nested_try_finally: conditional jump out of the region at 18
    #   234           0 RESUME                   0
    #   
    #   235           2 NOP
    #   
    #   236           4 NOP
    #   
    #   237           6 PUSH_NULL
    #                 8 LOAD_FAST                0 (c)
    #                10 CALL                     0
    #                18 POP_JUMP_IF_FALSE       18 (to 56)
    #   
    #   238          20 NOP
    #   
    #   240          22 PUSH_NULL
    #                24 LOAD_FAST                2 (x)
    #                26 LOAD_CONST               1 (2)
    #                28 CALL                     1
    #                36 POP_TOP
    #   
    #   242          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (3)
    #                44 CALL                     1
    #                52 POP_TOP
    #                54 RETURN_CONST             3 (1)
    #   
    #   237     >>   56 NOP
    #   
    #   240          58 PUSH_NULL
    #                60 LOAD_FAST                2 (x)
    #                62 LOAD_CONST               1 (2)
    #                64 CALL                     1
    #                72 POP_TOP
    #                74 NOP
    #   
    #   242          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               2 (3)
    #                82 CALL                     1
    #                90 POP_TOP
    #                92 RETURN_CONST             0 (None)
    #           >>   94 PUSH_EXC_INFO
    #   
    #   240          96 PUSH_NULL
    #                98 LOAD_FAST                2 (x)
    #               100 LOAD_CONST               1 (2)
    #               102 CALL                     1
    #               110 POP_TOP
    #               112 RERAISE                  0
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #           >>  120 PUSH_EXC_INFO
    #   
    #   242         122 PUSH_NULL
    #               124 LOAD_FAST                1 (t)
    #               126 LOAD_CONST               2 (3)
    #               128 CALL                     1
    #               136 POP_TOP
    #               138 RERAISE                  0
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   ExceptionTable:
    #     6 to 18 -> 94 [0]
    #     22 to 36 -> 120 [0]
    #     58 to 72 -> 120 [0]
    #     94 to 112 -> 114 [1] lasti
    #     114 to 118 -> 120 [0]
    #     120 to 138 -> 140 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_nested_try_finally: conditional jump out of the region at 18')


def if_return_ending_try_finally_in_clause(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_finally_in_clause: conditional jump out of the region at 54
    #   245           0 RESUME                   0
    #   
    #   246           2 NOP
    #   
    #   247           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (0)
    #                10 CALL                     1
    #                18 POP_TOP
    #                20 RETURN_CONST             0 (None)
    #           >>   22 PUSH_EXC_INFO
    #   
    #   248          24 LOAD_GLOBAL              0 (E1)
    #                34 CHECK_EXC_MATCH
    #                36 POP_JUMP_IF_FALSE       55 (to 148)
    #                38 STORE_FAST               5 (e)
    #   
    #   249          40 NOP
    #   
    #   250          42 PUSH_NULL
    #                44 LOAD_FAST                0 (c)
    #                46 CALL                     0
    #                54 POP_JUMP_IF_FALSE       14 (to 84)
    #   
    #   251          56 NOP
    #   
    #   253          58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               2 (2)
    #                64 CALL                     1
    #                72 POP_TOP
    #                74 POP_EXCEPT
    #                76 LOAD_CONST               0 (None)
    #                78 STORE_FAST               5 (e)
    #                80 DELETE_FAST              5 (e)
    #                82 RETURN_CONST             3 (1)
    #   
    #   250     >>   84 NOP
    #   
    #   253          86 PUSH_NULL
    #                88 LOAD_FAST                1 (t)
    #                90 LOAD_CONST               2 (2)
    #                92 CALL                     1
    #               100 POP_TOP
    #               102 JUMP_FORWARD            13 (to 130)
    #           >>  104 PUSH_EXC_INFO
    #               106 PUSH_NULL
    #               108 LOAD_FAST                1 (t)
    #               110 LOAD_CONST               2 (2)
    #               112 CALL                     1
    #               120 POP_TOP
    #               122 RERAISE                  0
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #           >>  130 POP_EXCEPT
    #               132 LOAD_CONST               0 (None)
    #               134 STORE_FAST               5 (e)
    #               136 DELETE_FAST              5 (e)
    #               138 RETURN_CONST             0 (None)
    #           >>  140 LOAD_CONST               0 (None)
    #               142 STORE_FAST               5 (e)
    #               144 DELETE_FAST              5 (e)
    #               146 RERAISE                  1
    #   
    #   248     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 22 [0]
    #     22 to 38 -> 150 [1] lasti
    #     42 to 54 -> 104 [1]
    #     58 to 72 -> 140 [1] lasti
    #     86 to 102 -> 140 [1] lasti
    #     104 to 122 -> 124 [2] lasti
    #     124 to 128 -> 140 [1] lasti
    #     140 to 148 -> 150 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_finally_in_clause: conditional jump out of the region at 54')

assert run([2, 2, 0, 3, 1], if_return_ending_try_finally) == (None, [2])
assert run([0, 1, 0, 2, 3, 1], if_return_ending_try_finally) == (1, [2])
assert run([2, 2, 0], if_return_ending_try_finally_then) == ('E2', [0, 2])
assert run([3, 0, 3, 3], if_return_ending_try_finally_then) == (None, [0, 2, 3])
assert run([0, 1, 3, 0, 0], if_return_ending_try_finally_then) == (1, [0, 2])
assert run([1, 3, 1, 3, 2], if_return_ending_try_finally_then) == ('E1', [0, 2])
assert run([0], if_elif_returns_ending_try_finally) == (None, [2])
assert run([0, 3, 3, 0, 0, 0, 0], if_elif_returns_ending_try_finally) == (2, [2])
assert run([1, 3, 2, 1, 0, 0, 2], if_elif_returns_ending_try_finally) == (1, [2])
assert run([1], if_return_else_same_return_in_try_finally) == (1, [2])
assert run([2, 3, 0, 0, 0], if_return_ending_try_if_finally) == (1, [2])
assert run([0], if_return_ending_try_if_finally) == (None, [])
assert run([0, 2, 1, 3], if_return_ending_try_if_finally) == (None, [2])
assert run([2, 0], if_return_ending_try_if_finally) == (1, [])
assert run([0, 3, 3], if_return_none_ending_try_finally) == (None, [-2])
assert run([2, 2], if_return_none_ending_try_finally) == ('E2', [-2])
assert run([1, 1, 0, 1, 1], if_return_none_ending_try_finally) == ('E1', [-2])
assert run([1, 1, 2, 3], if_return_ending_try_finally_in_while) == (1, [2])
assert run([1, 0, 2, 3, 1, 2], if_return_ending_try_finally_in_while) == (1, [2, 2])
assert run([2], if_return_ending_try_finally_in_while) == (None, [2])
assert run([0, 3, 2], if_return_ending_try_finally_in_while) == (None, [])
assert run([1, 0, 2], if_return_ending_try_finally_in_while) == (None, [2, 2])
assert run([1, 0, 3, 0, 2, 1], if_return_ending_try_finally_in_while) == (1, [2, 2, 2])
assert run([1, 0, 1, 0, 1], if_return_ending_try_finally_in_while) == (None, [2, 2, 2])
assert run([0], if_return_ending_try_finally_then_same_return) == (1, [-1, 2])
assert run([2, 0, 0, 3], if_return_ending_try_finally_then_same_return) == ('E2', [-1, 2])
assert run([1, 0, 0, 0, 0, 0], if_return_ending_try_finally_then_same_return) == ('E1', [-1, 2])
assert run([0, 2], if_return_ending_try_except_finally) == (None, [2])
assert run([2], if_return_ending_try_except_finally) == (1, [2])
assert run([0, 1, 2], if_return_ending_try_except_returning_finally) in ((1, [0, 2]), FELL)
assert run([0, 0], if_return_ending_try_except_returning_finally) in ((None, [0, 2]), FELL)
assert run([2, 3, 0, 3], if_return_ending_try_except_returning_finally) in (('E2', [0, 2]), FELL)
assert run([1, 2, 2, 2, 0, 3], if_return_ending_try_except_returning_finally) in ((2, [0, 2]), FELL)
assert run([3, 1, 0, 1, 2, 3], if_return_ending_try_except_finally_then) == (1, [0, 2])
assert run([2, 0], if_return_ending_try_except_finally_then) == ('E2', [0, 2])
assert run([1, 3, 0, 0, 3, 1], if_return_ending_try_except_finally_then) == (None, [0, 3, 2, 6])
assert run([0], if_return_ending_try_except_finally_then) == (None, [0, 2, 6])
assert run([1, 1, 0, 0, 2, 1, 0], if_returns_in_try_and_clause_finally) == (None, [-7, 2])
assert run([3], if_returns_in_try_and_clause_finally) == (1, [-7, 2])
assert run([0, 3, 0, 0, 2, 2, 1], if_returns_in_try_and_clause_finally) == (None, [2])
assert run([3, 2, 1, 2, 2, 2], if_returns_in_try_and_clause_finally) == ('E2', [-7, 2])
assert run([2, 0], if_return_ending_try_except_then_code_finally) in ((1, [2]), FELL)
assert run([0, 0, 1, 1], if_return_ending_try_except_then_code_finally) in ((None, [-4, 2]), FELL)
assert run([0, 2, 2, 3, 3, 0], if_return_ending_try_except_then_code_finally) in (('E2', [-4, 2]), FELL)
assert run([0, 1, 3, 2], if_return_ending_try_except_then_code_finally) in (('E1', [-4, 2]), FELL)
assert run([1, 1, 1], if_return_ending_try_except_else_finally) in ((None, [0, 3, 2]), FELL)
assert run([2, 2, 1], if_return_ending_try_except_else_finally) in (('E2', [0, 2]), FELL)
assert run([3, 1, 2, 1, 2], if_return_ending_try_except_else_finally) in ((1, [0, 2]), FELL)
assert run([0, 0, 1, 2, 2, 1], if_return_ending_try_except_else_finally) in ((None, [0, 5, 2]), FELL)
assert run([2, 0, 0, 1], with_if_return_ending_try_finally) in (('E2', [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([3, 1], with_if_return_ending_try_finally) in ((1, [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([0, 0, 3, 3], with_if_return_ending_try_finally) in ((None, [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([2, 3, 3, 2, 1, 2], with_if_return_ending_try_finally) in ((None, [('enter', 1), 0, ('exit', 1, True), 2]), FELL)
assert run([1, 0, 0, 3, 0], with_if_return_ending_try_finally) in (('E1', [('enter', 1), 0, ('exit', 1, False), 2]), FELL)
assert run([2, 1, 0, 3], if_return_ending_nested_try_finally) in (('E1', [-2, 3]), FELL)
assert run([1, 3, 2, 0, 3], if_return_ending_nested_try_finally) in ((1, [-2, 3]), FELL)
assert run([2, 2, 2, 2], if_return_ending_nested_try_finally) in (('E2', [-2, 3]), FELL)
assert run([0], if_return_ending_nested_try_finally) in ((None, [-2, 3]), FELL)
assert run([3, 3, 3, 3, 3, 1, 1], if_return_ending_try_finally_in_clause) in ((None, [0]), FELL)
assert run([2, 1, 2], if_return_ending_try_finally_in_clause) in (('E2', [0]), FELL)
assert run([1, 2, 0], if_return_ending_try_finally_in_clause) in ((1, [0, 2]), FELL)
assert run([1, 0, 0], if_return_ending_try_finally_in_clause) in ((None, [0, 2]), FELL)
