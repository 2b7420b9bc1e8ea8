class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def for_while_true_with_return(c, t, x, n, m):
    # depyf: could not decompile for_while_true_with_return: code between a with body and its handler at 80
    #    68           0 RESUME                   0
    #   
    #    72           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                30 (to 80)
    #                20 STORE_FAST               5 (j)
    #   
    #    73          22 NOP
    #   
    #    74     >>   24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 CALL                     0
    #                36 POP_JUMP_IF_FALSE        1 (to 40)
    #   
    #    75          38 JUMP_BACKWARD           12 (to 16)
    #   
    #    76     >>   40 PUSH_NULL
    #                42 LOAD_FAST                4 (m)
    #                44 LOAD_CONST               1 (6)
    #                46 CALL                     1
    #                54 BEFORE_WITH
    #                56 STORE_FAST               6 (w)
    #   
    #    77          58 NOP
    #   
    #    76          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 POP_TOP
    #                78 RETURN_CONST             2 (7)
    #   
    #    72     >>   80 END_FOR
    #   
    #    78          82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               3 (8)
    #                88 CALL                     1
    #                96 POP_TOP
    #                98 RETURN_CONST             0 (None)
    #   
    #    76     >>  100 PUSH_EXC_INFO
    #               102 WITH_EXCEPT_START
    #               104 POP_JUMP_IF_TRUE         1 (to 108)
    #               106 RERAISE                  2
    #           >>  108 POP_TOP
    #               110 POP_EXCEPT
    #               112 POP_TOP
    #               114 POP_TOP
    #               116 JUMP_FORWARD             3 (to 124)
    #           >>  118 COPY                     3
    #               120 POP_EXCEPT
    #               122 RERAISE                  1
    #   
    #    73     >>  124 JUMP_BACKWARD           51 (to 24)
    #   ExceptionTable:
    #     56 to 58 -> 100 [2] lasti
    #     100 to 108 -> 118 [4] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_with_return: code between a with body and its handler at 80')


def for_while_true_with_log_return(c, t, x, n, m):
    # depyf: could not decompile for_while_true_with_log_return: code between a with body and its handler at 96
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                38 (to 96)
    #                20 STORE_FAST               5 (j)
    #   
    #    83          22 NOP
    #   
    #    84     >>   24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 CALL                     0
    #                36 POP_JUMP_IF_FALSE        1 (to 40)
    #   
    #    85          38 JUMP_BACKWARD           12 (to 16)
    #   
    #    86     >>   40 PUSH_NULL
    #                42 LOAD_FAST                4 (m)
    #                44 LOAD_CONST               1 (6)
    #                46 CALL                     1
    #                54 BEFORE_WITH
    #                56 POP_TOP
    #   
    #    87          58 PUSH_NULL
    #                60 LOAD_FAST                2 (x)
    #                62 LOAD_CONST               2 (1)
    #                64 CALL                     1
    #                72 POP_TOP
    #   
    #    88          74 NOP
    #   
    #    86          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 CALL                     2
    #                90 POP_TOP
    #                92 POP_TOP
    #                94 RETURN_CONST             3 (7)
    #   
    #    82     >>   96 END_FOR
    #   
    #    89          98 PUSH_NULL
    #               100 LOAD_FAST                1 (t)
    #               102 LOAD_CONST               4 (8)
    #               104 CALL                     1
    #               112 POP_TOP
    #               114 RETURN_CONST             0 (None)
    #   
    #    86     >>  116 PUSH_EXC_INFO
    #               118 WITH_EXCEPT_START
    #               120 POP_JUMP_IF_TRUE         1 (to 124)
    #               122 RERAISE                  2
    #           >>  124 POP_TOP
    #               126 POP_EXCEPT
    #               128 POP_TOP
    #               130 POP_TOP
    #               132 JUMP_FORWARD             3 (to 140)
    #           >>  134 COPY                     3
    #               136 POP_EXCEPT
    #               138 RERAISE                  1
    #   
    #    83     >>  140 JUMP_BACKWARD           59 (to 24)
    #   ExceptionTable:
    #     56 to 74 -> 116 [2] lasti
    #     116 to 124 -> 134 [4] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_with_log_return: code between a with body and its handler at 96')


def while_while_true_with_return(c, t, x, n, m):
    # depyf: could not decompile while_while_true_with_return: a with suppressing goes on elsewhere than after its branch at 122
    #    92           0 RESUME                   0
    #   
    #    93           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       52 (to 120)
    #   
    #    94     >>   16 NOP
    #   
    #    95     >>   18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE        1 (to 34)
    #   
    #    96          32 JUMP_FORWARD            26 (to 86)
    #   
    #    97     >>   34 PUSH_NULL
    #                36 LOAD_FAST                4 (m)
    #                38 LOAD_CONST               1 (6)
    #                40 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #    98          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               2 (7)
    #                58 CALL                     1
    #   
    #    97          66 SWAP                     2
    #                68 LOAD_CONST               0 (None)
    #                70 LOAD_CONST               0 (None)
    #                72 LOAD_CONST               0 (None)
    #                74 CALL                     2
    #                82 POP_TOP
    #                84 RETURN_VALUE
    #   
    #    99     >>   86 PUSH_NULL
    #                88 LOAD_FAST                1 (t)
    #                90 LOAD_CONST               3 (5)
    #                92 CALL                     1
    #               100 POP_TOP
    #   
    #    93         102 PUSH_NULL
    #               104 LOAD_FAST                0 (c)
    #               106 CALL                     0
    #               114 POP_JUMP_IF_FALSE        1 (to 118)
    #               116 JUMP_BACKWARD           51 (to 16)
    #           >>  118 RETURN_CONST             0 (None)
    #           >>  120 RETURN_CONST             0 (None)
    #   
    #    97     >>  122 PUSH_EXC_INFO
    #               124 WITH_EXCEPT_START
    #               126 POP_JUMP_IF_TRUE         1 (to 130)
    #               128 RERAISE                  2
    #           >>  130 POP_TOP
    #               132 POP_EXCEPT
    #               134 POP_TOP
    #               136 POP_TOP
    #               138 JUMP_FORWARD             3 (to 146)
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   
    #    94     >>  146 JUMP_BACKWARD           65 (to 18)
    #   ExceptionTable:
    #     50 to 64 -> 122 [1] lasti
    #     122 to 130 -> 140 [3] lasti
    raise RuntimeError('depyf: could not decompile while_while_true_with_return: a with suppressing goes on elsewhere than after its branch at 122')

assert run([1, 3, 0, 0, 0], for_while_true_with_return) in ((None, [8]), FELL)
assert run([1, 0, 2, 1, 0, 1], for_while_true_with_return) in ((7, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 3], for_while_true_with_log_return) in ((None, [8]), FELL)
assert run([1, 0], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 0, 2, 0, 3], for_while_true_with_log_return) in (('E2', [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 2, 0, 1, 2, 2], for_while_true_with_log_return) in (('E1', [('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2, 0, 2, 3, 2, 3], for_while_true_with_log_return) in ((None, [('enter', 6), -1, ('exit', 6, True), 8]), FELL)
assert run([3, 0, 1, 3, 1], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2, 0, 1, 3, 0, 1, 0], for_while_true_with_log_return) in (('E1', [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([3, 0, 1, 1, 1, 0, 2, 3], for_while_true_with_log_return) in ((7, [('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, True), ('enter', 6), -1, ('exit', 6, False)]), FELL)
assert run([2], while_while_true_with_return) in ((None, [('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([1, 0, 2], while_while_true_with_return) in (('E2', [('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([0, 2], while_while_true_with_return) in ((None, []), FELL)
assert run([2, 2, 0, 2, 0, 3], while_while_true_with_return) in ((None, [5]), FELL)
assert run([2, 2, 3, 2, 3, 3, 2, 3], while_while_true_with_return) in ((None, [5, 5, 5, 5]), FELL)
assert run([1, 3, 3, 3, 1, 0], while_while_true_with_return) in ((None, [5, 5, ('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([2, 3, 1], while_while_true_with_return) in ((None, [5, ('enter', 6), -7, ('exit', 6, False)]), FELL)
assert run([2, 3, 2, 3, 0, 3], while_while_true_with_return) in ((None, [5, 5]), FELL)
