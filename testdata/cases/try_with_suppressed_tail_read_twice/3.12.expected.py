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


def try_with_try_returns_then_code_clause_loop(c, t, x, n, m):
    # depyf: could not decompile try_with_try_returns_then_code_clause_loop: a try statement read inside itself, its handler at 146
    #    80           0 RESUME                   0
    #   
    #    81           2 NOP
    #   
    #    82           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 BEFORE_WITH
    #                20 POP_TOP
    #   
    #    83          22 NOP
    #   
    #    84          24 PUSH_NULL
    #                26 LOAD_FAST                2 (x)
    #                28 LOAD_CONST               1 (1)
    #                30 CALL                     1
    #   
    #    82          38 SWAP                     2
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 LOAD_CONST               0 (None)
    #                46 CALL                     2
    #                54 POP_TOP
    #                56 RETURN_VALUE
    #           >>   58 PUSH_EXC_INFO
    #   
    #    85          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE       11 (to 96)
    #                74 POP_TOP
    #   
    #    86          76 POP_EXCEPT
    #   
    #    82          78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 RETURN_CONST             2 (12)
    #   
    #    85     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #    82     >>  104 PUSH_EXC_INFO
    #               106 WITH_EXCEPT_START
    #               108 POP_JUMP_IF_TRUE         1 (to 112)
    #               110 RERAISE                  2
    #           >>  112 POP_TOP
    #               114 POP_EXCEPT
    #               116 POP_TOP
    #               118 POP_TOP
    #               120 JUMP_FORWARD             3 (to 128)
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #   
    #    87     >>  128 PUSH_NULL
    #               130 LOAD_FAST                2 (x)
    #               132 LOAD_CONST               3 (13)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 JUMP_FORWARD            40 (to 226)
    #           >>  146 PUSH_EXC_INFO
    #   
    #    88         148 LOAD_GLOBAL              0 (E1)
    #               158 CHECK_EXC_MATCH
    #               160 POP_JUMP_IF_FALSE       28 (to 218)
    #               162 POP_TOP
    #   
    #    89         164 NOP
    #   
    #    90     >>  166 PUSH_NULL
    #               168 LOAD_FAST                0 (c)
    #               170 CALL                     0
    #               178 POP_JUMP_IF_TRUE         7 (to 194)
    #               180 PUSH_NULL
    #               182 LOAD_FAST                0 (c)
    #               184 CALL                     0
    #               192 POP_JUMP_IF_FALSE        9 (to 212)
    #   
    #    91     >>  194 PUSH_NULL
    #               196 LOAD_FAST                1 (t)
    #               198 LOAD_CONST               4 (11)
    #               200 CALL                     1
    #               208 POP_TOP
    #   
    #    92         210 JUMP_FORWARD             1 (to 214)
    #   
    #    89     >>  212 JUMP_BACKWARD           24 (to 166)
    #   
    #    92     >>  214 POP_EXCEPT
    #               216 JUMP_FORWARD             4 (to 226)
    #   
    #    88     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   
    #    93     >>  226 PUSH_NULL
    #               228 LOAD_FAST                1 (t)
    #               230 LOAD_CONST               5 (47)
    #               232 CALL                     1
    #               240 POP_TOP
    #               242 RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     4 to 18 -> 146 [0]
    #     20 to 20 -> 104 [1] lasti
    #     24 to 36 -> 58 [1]
    #     38 to 54 -> 146 [0]
    #     58 to 74 -> 98 [2] lasti
    #     76 to 76 -> 104 [1] lasti
    #     78 to 92 -> 146 [0]
    #     96 to 96 -> 98 [2] lasti
    #     98 to 102 -> 104 [1] lasti
    #     104 to 112 -> 122 [3] lasti
    #     114 to 142 -> 146 [0]
    #     146 to 212 -> 220 [1] lasti
    #     218 to 218 -> 220 [1] lasti
    raise RuntimeError('depyf: could not decompile try_with_try_returns_then_code_clause_loop: a try statement read inside itself, its handler at 146')


def try_with_try_returns_then_code_clause_call(c, t, x, n, m):
    # depyf: could not decompile try_with_try_returns_then_code_clause_call: a try statement read inside itself, its handler at 146
    #    96           0 RESUME                   0
    #   
    #    97           2 NOP
    #   
    #    98           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 BEFORE_WITH
    #                20 POP_TOP
    #   
    #    99          22 NOP
    #   
    #   100          24 PUSH_NULL
    #                26 LOAD_FAST                2 (x)
    #                28 LOAD_CONST               1 (1)
    #                30 CALL                     1
    #   
    #    98          38 SWAP                     2
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 LOAD_CONST               0 (None)
    #                46 CALL                     2
    #                54 POP_TOP
    #                56 RETURN_VALUE
    #           >>   58 PUSH_EXC_INFO
    #   
    #   101          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE       11 (to 96)
    #                74 POP_TOP
    #   
    #   102          76 POP_EXCEPT
    #   
    #    98          78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 RETURN_CONST             2 (12)
    #   
    #   101     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #    98     >>  104 PUSH_EXC_INFO
    #               106 WITH_EXCEPT_START
    #               108 POP_JUMP_IF_TRUE         1 (to 112)
    #               110 RERAISE                  2
    #           >>  112 POP_TOP
    #               114 POP_EXCEPT
    #               116 POP_TOP
    #               118 POP_TOP
    #               120 JUMP_FORWARD             3 (to 128)
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #   
    #   103     >>  128 PUSH_NULL
    #               130 LOAD_FAST                2 (x)
    #               132 LOAD_CONST               3 (13)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 JUMP_FORWARD            23 (to 192)
    #           >>  146 PUSH_EXC_INFO
    #   
    #   104         148 LOAD_GLOBAL              0 (E1)
    #               158 CHECK_EXC_MATCH
    #               160 POP_JUMP_IF_FALSE       11 (to 184)
    #               162 POP_TOP
    #   
    #   105         164 PUSH_NULL
    #               166 LOAD_FAST                1 (t)
    #               168 LOAD_CONST               4 (14)
    #               170 CALL                     1
    #               178 POP_TOP
    #               180 POP_EXCEPT
    #               182 JUMP_FORWARD             4 (to 192)
    #   
    #   104     >>  184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #   106     >>  192 PUSH_NULL
    #               194 LOAD_FAST                1 (t)
    #               196 LOAD_CONST               5 (47)
    #               198 CALL                     1
    #               206 POP_TOP
    #               208 RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     4 to 18 -> 146 [0]
    #     20 to 20 -> 104 [1] lasti
    #     24 to 36 -> 58 [1]
    #     38 to 54 -> 146 [0]
    #     58 to 74 -> 98 [2] lasti
    #     76 to 76 -> 104 [1] lasti
    #     78 to 92 -> 146 [0]
    #     96 to 96 -> 98 [2] lasti
    #     98 to 102 -> 104 [1] lasti
    #     104 to 112 -> 122 [3] lasti
    #     114 to 142 -> 146 [0]
    #     146 to 178 -> 186 [1] lasti
    #     184 to 184 -> 186 [1] lasti
    raise RuntimeError('depyf: could not decompile try_with_try_returns_then_code_clause_call: a try statement read inside itself, its handler at 146')


def try_with_return_then_code_clause_while(c, t, x, n, m):
    # depyf: could not decompile try_with_return_then_code_clause_while: a try statement read inside itself, its handler at 98
    #   109           0 RESUME                   0
    #   
    #   110           2 NOP
    #   
    #   111           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 BEFORE_WITH
    #                20 POP_TOP
    #   
    #   112          22 PUSH_NULL
    #                24 LOAD_FAST                2 (x)
    #                26 LOAD_CONST               1 (1)
    #                28 CALL                     1
    #   
    #   111          36 SWAP                     2
    #                38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #                54 RETURN_VALUE
    #           >>   56 PUSH_EXC_INFO
    #                58 WITH_EXCEPT_START
    #                60 POP_JUMP_IF_TRUE         1 (to 64)
    #                62 RERAISE                  2
    #           >>   64 POP_TOP
    #                66 POP_EXCEPT
    #                68 POP_TOP
    #                70 POP_TOP
    #                72 JUMP_FORWARD             3 (to 80)
    #           >>   74 COPY                     3
    #                76 POP_EXCEPT
    #                78 RERAISE                  1
    #   
    #   113     >>   80 PUSH_NULL
    #                82 LOAD_FAST                2 (x)
    #                84 LOAD_CONST               2 (13)
    #                86 CALL                     1
    #                94 POP_TOP
    #                96 JUMP_FORWARD            38 (to 174)
    #           >>   98 PUSH_EXC_INFO
    #   
    #   114         100 LOAD_GLOBAL              0 (E1)
    #               110 CHECK_EXC_MATCH
    #               112 POP_JUMP_IF_FALSE       26 (to 166)
    #               114 POP_TOP
    #   
    #   115         116 PUSH_NULL
    #               118 LOAD_FAST                0 (c)
    #               120 CALL                     0
    #               128 POP_JUMP_IF_FALSE       16 (to 162)
    #   
    #   116     >>  130 PUSH_NULL
    #               132 LOAD_FAST                1 (t)
    #               134 LOAD_CONST               3 (2)
    #               136 CALL                     1
    #               144 POP_TOP
    #   
    #   115         146 PUSH_NULL
    #               148 LOAD_FAST                0 (c)
    #               150 CALL                     0
    #               158 POP_JUMP_IF_FALSE        1 (to 162)
    #               160 JUMP_BACKWARD           16 (to 130)
    #           >>  162 POP_EXCEPT
    #               164 JUMP_FORWARD             4 (to 174)
    #   
    #   114     >>  166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   
    #   117     >>  174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               4 (47)
    #               180 CALL                     1
    #               188 POP_TOP
    #               190 RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     4 to 18 -> 98 [0]
    #     20 to 34 -> 56 [1] lasti
    #     36 to 52 -> 98 [0]
    #     56 to 64 -> 74 [3] lasti
    #     66 to 94 -> 98 [0]
    #     98 to 158 -> 168 [1] lasti
    #     166 to 166 -> 168 [1] lasti
    raise RuntimeError('depyf: could not decompile try_with_return_then_code_clause_while: a try statement read inside itself, its handler at 98')

assert run([], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_returns_then_code_clause_loop) in ((12, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_returns_then_code_clause_loop) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([2, 1, 1], try_with_try_returns_then_code_clause_loop) in (('Budget', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([2, 1, 2], try_with_try_returns_then_code_clause_loop) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([2, 1, 1, 1], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 11, 47]), FELL)
assert run([], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_returns_then_code_clause_call) in ((12, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_returns_then_code_clause_call) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([2, 1, 1], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 14, 47]), FELL)
assert run([2, 1, 2], try_with_try_returns_then_code_clause_call) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 47]), FELL)
assert run([2], try_with_return_then_code_clause_while) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([1, 0, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 47]), FELL)
assert run([1, 1, 2], try_with_return_then_code_clause_while) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([1, 0, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 47]), FELL)
assert run([1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 2, 2, 47]), FELL)
