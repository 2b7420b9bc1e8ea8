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
        return 1
    finally:
        t(2)


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
    # depyf: could not decompile if_return_ending_try_except_returning_finally: conditional jump out of the region at 44
    #   164           0 RESUME                   0
    #   
    #   165           2 NOP
    #   
    #   166           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (0)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #   
    #   167          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    14 (to 74)
    #   
    #   168          46 NOP
    #   
    #   172          48 PUSH_NULL
    #                50 LOAD_FAST                1 (t)
    #                52 LOAD_CONST               2 (2)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #                70 LOAD_CONST               3 (1)
    #                72 RETURN_VALUE
    #   
    #   167     >>   74 JUMP_FORWARD            28 (to 132)
    #           >>   76 PUSH_EXC_INFO
    #   
    #   169          78 LOAD_GLOBAL              0 (E1)
    #                90 CHECK_EXC_MATCH
    #                92 POP_JUMP_FORWARD_IF_FALSE    15 (to 124)
    #                94 POP_TOP
    #   
    #   170          96 POP_EXCEPT
    #   
    #   172          98 PUSH_NULL
    #               100 LOAD_FAST                1 (t)
    #               102 LOAD_CONST               2 (2)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 POP_TOP
    #               120 LOAD_CONST               2 (2)
    #               122 RETURN_VALUE
    #   
    #   169     >>  124 RERAISE                  0
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #   
    #   167     >>  132 NOP
    #   
    #   172         134 PUSH_NULL
    #               136 LOAD_FAST                1 (t)
    #               138 LOAD_CONST               2 (2)
    #               140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #               156 LOAD_CONST               0 (None)
    #               158 RETURN_VALUE
    #           >>  160 PUSH_EXC_INFO
    #               162 PUSH_NULL
    #               164 LOAD_FAST                1 (t)
    #               166 LOAD_CONST               2 (2)
    #               168 PRECALL                  1
    #               172 CALL                     1
    #               182 POP_TOP
    #               184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   ExceptionTable:
    #     4 to 44 -> 76 [0]
    #     74 to 74 -> 160 [0]
    #     76 to 94 -> 126 [1] lasti
    #     96 to 96 -> 160 [0]
    #     124 to 124 -> 126 [1] lasti
    #     126 to 130 -> 160 [0]
    #     160 to 184 -> 186 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_returning_finally: conditional jump out of the region at 44')


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
    try:
        try:
            if c():
                return 1
        except E1:
            t(3)
        x(4)
    finally:
        t(2)


def if_return_ending_try_except_else_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_except_else_finally: conditional jump out of the region at 44
    #   211           0 RESUME                   0
    #   
    #   212           2 NOP
    #   
    #   213           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (0)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #   
    #   214          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    14 (to 74)
    #   
    #   215          46 NOP
    #   
    #   221          48 PUSH_NULL
    #                50 LOAD_FAST                1 (t)
    #                52 LOAD_CONST               2 (2)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #                70 LOAD_CONST               3 (1)
    #                72 RETURN_VALUE
    #   
    #   214     >>   74 NOP
    #   
    #   219          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               4 (5)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #                98 JUMP_FORWARD            27 (to 154)
    #           >>  100 PUSH_EXC_INFO
    #   
    #   216         102 LOAD_GLOBAL              0 (E1)
    #               114 CHECK_EXC_MATCH
    #               116 POP_JUMP_FORWARD_IF_FALSE    14 (to 146)
    #               118 POP_TOP
    #   
    #   217         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               5 (3)
    #               126 PRECALL                  1
    #               130 CALL                     1
    #               140 POP_TOP
    #               142 POP_EXCEPT
    #               144 JUMP_FORWARD             4 (to 154)
    #   
    #   216     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   
    #   221     >>  154 PUSH_NULL
    #               156 LOAD_FAST                1 (t)
    #               158 LOAD_CONST               2 (2)
    #               160 PRECALL                  1
    #               164 CALL                     1
    #               174 POP_TOP
    #               176 LOAD_CONST               0 (None)
    #               178 RETURN_VALUE
    #           >>  180 PUSH_EXC_INFO
    #               182 PUSH_NULL
    #               184 LOAD_FAST                1 (t)
    #               186 LOAD_CONST               2 (2)
    #               188 PRECALL                  1
    #               192 CALL                     1
    #               202 POP_TOP
    #               204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   ExceptionTable:
    #     4 to 44 -> 100 [0]
    #     76 to 98 -> 180 [0]
    #     100 to 140 -> 148 [1] lasti
    #     142 to 144 -> 180 [0]
    #     146 to 146 -> 148 [1] lasti
    #     148 to 152 -> 180 [0]
    #     180 to 204 -> 206 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_except_else_finally: conditional jump out of the region at 44')


def with_if_return_ending_try_finally(c, t, x, n, m):
    # depyf: could not decompile with_if_return_ending_try_finally: conditional jump out of the region at 68
    #   224           0 RESUME                   0
    #   
    #   225           2 NOP
    #   
    #   226           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 BEFORE_WITH
    #                26 POP_TOP
    #   
    #   227          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               2 (0)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #   
    #   228          50 PUSH_NULL
    #                52 LOAD_FAST                0 (c)
    #                54 PRECALL                  0
    #                58 CALL                     0
    #                68 POP_JUMP_FORWARD_IF_FALSE    25 (to 120)
    #   
    #   229          70 NOP
    #   
    #   226          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 PRECALL                  2
    #                82 CALL                     2
    #                92 POP_TOP
    #   
    #   231          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               3 (2)
    #               100 PRECALL                  1
    #               104 CALL                     1
    #               114 POP_TOP
    #               116 LOAD_CONST               1 (1)
    #               118 RETURN_VALUE
    #   
    #   228     >>  120 NOP
    #   
    #   226         122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 PRECALL                  2
    #               132 CALL                     2
    #               142 POP_TOP
    #               144 JUMP_FORWARD            11 (to 168)
    #           >>  146 PUSH_EXC_INFO
    #               148 WITH_EXCEPT_START
    #               150 POP_JUMP_FORWARD_IF_TRUE     4 (to 160)
    #               152 RERAISE                  2
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #           >>  160 POP_TOP
    #               162 POP_EXCEPT
    #               164 POP_TOP
    #               166 POP_TOP
    #   
    #   231     >>  168 PUSH_NULL
    #               170 LOAD_FAST                1 (t)
    #               172 LOAD_CONST               3 (2)
    #               174 PRECALL                  1
    #               178 CALL                     1
    #               188 POP_TOP
    #               190 LOAD_CONST               0 (None)
    #               192 RETURN_VALUE
    #           >>  194 PUSH_EXC_INFO
    #               196 PUSH_NULL
    #               198 LOAD_FAST                1 (t)
    #               200 LOAD_CONST               3 (2)
    #               202 PRECALL                  1
    #               206 CALL                     1
    #               216 POP_TOP
    #               218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 194 [0]
    #     26 to 70 -> 146 [1] lasti
    #     72 to 92 -> 194 [0]
    #     122 to 144 -> 194 [0]
    #     146 to 152 -> 154 [3] lasti
    #     154 to 158 -> 194 [0]
    #     160 to 160 -> 154 [3] lasti
    #     162 to 166 -> 194 [0]
    #     194 to 218 -> 220 [1] lasti
    raise RuntimeError('depyf: could not decompile with_if_return_ending_try_finally: conditional jump out of the region at 68')


def if_return_ending_nested_try_finally(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_nested_try_finally: conditional jump out of the region at 24
    #   234           0 RESUME                   0
    #   
    #   235           2 NOP
    #   
    #   236           4 NOP
    #   
    #   237           6 PUSH_NULL
    #                 8 LOAD_FAST                0 (c)
    #                10 PRECALL                  0
    #                14 CALL                     0
    #                24 POP_JUMP_FORWARD_IF_FALSE    25 (to 76)
    #   
    #   238          26 NOP
    #   
    #   240          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               1 (2)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #   
    #   242          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               2 (3)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #                72 LOAD_CONST               3 (1)
    #                74 RETURN_VALUE
    #   
    #   237     >>   76 NOP
    #   
    #   240          78 PUSH_NULL
    #                80 LOAD_FAST                2 (x)
    #                82 LOAD_CONST               1 (2)
    #                84 PRECALL                  1
    #                88 CALL                     1
    #                98 POP_TOP
    #               100 JUMP_FORWARD            16 (to 134)
    #           >>  102 PUSH_EXC_INFO
    #               104 PUSH_NULL
    #               106 LOAD_FAST                2 (x)
    #               108 LOAD_CONST               1 (2)
    #               110 PRECALL                  1
    #               114 CALL                     1
    #               124 POP_TOP
    #               126 RERAISE                  0
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #           >>  134 NOP
    #   
    #   242         136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               2 (3)
    #               142 PRECALL                  1
    #               146 CALL                     1
    #               156 POP_TOP
    #               158 LOAD_CONST               0 (None)
    #               160 RETURN_VALUE
    #           >>  162 PUSH_EXC_INFO
    #               164 PUSH_NULL
    #               166 LOAD_FAST                1 (t)
    #               168 LOAD_CONST               2 (3)
    #               170 PRECALL                  1
    #               174 CALL                     1
    #               184 POP_TOP
    #               186 RERAISE                  0
    #           >>  188 COPY                     3
    #               190 POP_EXCEPT
    #               192 RERAISE                  1
    #   ExceptionTable:
    #     6 to 24 -> 102 [0]
    #     28 to 48 -> 162 [0]
    #     78 to 100 -> 162 [0]
    #     102 to 126 -> 128 [1] lasti
    #     128 to 132 -> 162 [0]
    #     162 to 186 -> 188 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_nested_try_finally: conditional jump out of the region at 24')


def if_return_ending_try_finally_in_clause(c, t, x, n, m):
    # depyf: could not decompile if_return_ending_try_finally_in_clause: conditional jump out of the region at 70
    #   245           0 RESUME                   0
    #   
    #   246           2 NOP
    #   
    #   247           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (0)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #   248          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    69 (to 186)
    #                48 STORE_FAST               5 (e)
    #   
    #   249          50 NOP
    #   
    #   250          52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 PRECALL                  0
    #                60 CALL                     0
    #                70 POP_JUMP_FORWARD_IF_FALSE    18 (to 108)
    #   
    #   251          72 NOP
    #   
    #   253          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               2 (2)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #                96 POP_EXCEPT
    #                98 LOAD_CONST               0 (None)
    #               100 STORE_FAST               5 (e)
    #               102 DELETE_FAST              5 (e)
    #               104 LOAD_CONST               3 (1)
    #               106 RETURN_VALUE
    #   
    #   250     >>  108 NOP
    #   
    #   253         110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 LOAD_CONST               2 (2)
    #               116 PRECALL                  1
    #               120 CALL                     1
    #               130 POP_TOP
    #               132 JUMP_FORWARD            16 (to 166)
    #           >>  134 PUSH_EXC_INFO
    #               136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               2 (2)
    #               142 PRECALL                  1
    #               146 CALL                     1
    #               156 POP_TOP
    #               158 RERAISE                  0
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #           >>  166 POP_EXCEPT
    #               168 LOAD_CONST               0 (None)
    #               170 STORE_FAST               5 (e)
    #               172 DELETE_FAST              5 (e)
    #               174 LOAD_CONST               0 (None)
    #               176 RETURN_VALUE
    #           >>  178 LOAD_CONST               0 (None)
    #               180 STORE_FAST               5 (e)
    #               182 DELETE_FAST              5 (e)
    #               184 RERAISE                  1
    #   
    #   248     >>  186 RERAISE                  0
    #           >>  188 COPY                     3
    #               190 POP_EXCEPT
    #               192 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 48 -> 188 [1] lasti
    #     52 to 70 -> 134 [1]
    #     74 to 94 -> 178 [1] lasti
    #     110 to 132 -> 178 [1] lasti
    #     134 to 158 -> 160 [2] lasti
    #     160 to 164 -> 178 [1] lasti
    #     178 to 186 -> 188 [1] lasti
    raise RuntimeError('depyf: could not decompile if_return_ending_try_finally_in_clause: conditional jump out of the region at 70')

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
