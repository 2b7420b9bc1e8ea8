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
    # depyf: could not decompile for_while_true_with_return: a with suppressing goes back to code before it at 28
    #    68           0 RESUME                   0
    #   
    #    72           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                53 (to 130)
    #                24 STORE_FAST               5 (j)
    #   
    #    73          26 NOP
    #   
    #    74     >>   28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE     1 (to 50)
    #   
    #    75          48 JUMP_FORWARD            39 (to 128)
    #   
    #    76     >>   50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               2 (6)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 STORE_FAST               6 (w)
    #   
    #    77          74 NOP
    #   
    #    76          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #                98 POP_TOP
    #               100 LOAD_CONST               3 (7)
    #               102 RETURN_VALUE
    #           >>  104 PUSH_EXC_INFO
    #               106 WITH_EXCEPT_START
    #               108 POP_JUMP_FORWARD_IF_TRUE     4 (to 118)
    #               110 RERAISE                  2
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #           >>  118 POP_TOP
    #               120 POP_EXCEPT
    #               122 POP_TOP
    #               124 POP_TOP
    #   
    #    73         126 JUMP_BACKWARD           50 (to 28)
    #   
    #    75     >>  128 JUMP_BACKWARD           54 (to 22)
    #   
    #    78     >>  130 PUSH_NULL
    #               132 LOAD_FAST                1 (t)
    #               134 LOAD_CONST               4 (8)
    #               136 PRECALL                  1
    #               140 CALL                     1
    #               150 POP_TOP
    #               152 LOAD_CONST               0 (None)
    #               154 RETURN_VALUE
    #   ExceptionTable:
    #     72 to 74 -> 104 [2] lasti
    #     104 to 110 -> 112 [4] lasti
    #     118 to 118 -> 112 [4] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_with_return: a with suppressing goes back to code before it at 28')


def for_while_true_with_log_return(c, t, x, n, m):
    # depyf: could not decompile for_while_true_with_log_return: a with suppressing goes back to code before it at 28
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                64 (to 152)
    #                24 STORE_FAST               5 (j)
    #   
    #    83          26 NOP
    #   
    #    84     >>   28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE     1 (to 50)
    #   
    #    85          48 JUMP_FORWARD            50 (to 150)
    #   
    #    86     >>   50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               2 (6)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #    87          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               3 (1)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #    88          96 NOP
    #   
    #    86          98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 POP_TOP
    #               122 LOAD_CONST               4 (7)
    #               124 RETURN_VALUE
    #           >>  126 PUSH_EXC_INFO
    #               128 WITH_EXCEPT_START
    #               130 POP_JUMP_FORWARD_IF_TRUE     4 (to 140)
    #               132 RERAISE                  2
    #           >>  134 COPY                     3
    #               136 POP_EXCEPT
    #               138 RERAISE                  1
    #           >>  140 POP_TOP
    #               142 POP_EXCEPT
    #               144 POP_TOP
    #               146 POP_TOP
    #   
    #    83         148 JUMP_BACKWARD           61 (to 28)
    #   
    #    85     >>  150 JUMP_BACKWARD           65 (to 22)
    #   
    #    89     >>  152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               5 (8)
    #               158 PRECALL                  1
    #               162 CALL                     1
    #               172 POP_TOP
    #               174 LOAD_CONST               0 (None)
    #               176 RETURN_VALUE
    #   ExceptionTable:
    #     72 to 96 -> 126 [2] lasti
    #     126 to 132 -> 134 [4] lasti
    #     140 to 140 -> 134 [4] lasti
    raise RuntimeError('depyf: could not decompile for_while_true_with_log_return: a with suppressing goes back to code before it at 28')


def while_while_true_with_return(c, t, x, n, m):
    # depyf: could not decompile while_while_true_with_return: a with suppressing goes back to code before it at 24
    #    92           0 RESUME                   0
    #   
    #    93           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    82 (to 186)
    #   
    #    94     >>   22 NOP
    #   
    #    95     >>   24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 PRECALL                  0
    #                32 CALL                     0
    #                42 POP_JUMP_FORWARD_IF_FALSE     1 (to 46)
    #   
    #    96          44 JUMP_FORWARD            47 (to 140)
    #   
    #    97     >>   46 PUSH_NULL
    #                48 LOAD_FAST                4 (m)
    #                50 LOAD_CONST               2 (6)
    #                52 PRECALL                  1
    #                56 CALL                     1
    #                66 BEFORE_WITH
    #                68 POP_TOP
    #   
    #    98          70 PUSH_NULL
    #                72 LOAD_FAST                2 (x)
    #                74 LOAD_CONST               3 (7)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #   
    #    97          90 SWAP                     2
    #                92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 PRECALL                  2
    #               102 CALL                     2
    #               112 POP_TOP
    #               114 RETURN_VALUE
    #           >>  116 PUSH_EXC_INFO
    #               118 WITH_EXCEPT_START
    #               120 POP_JUMP_FORWARD_IF_TRUE     4 (to 130)
    #               122 RERAISE                  2
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #           >>  130 POP_TOP
    #               132 POP_EXCEPT
    #               134 POP_TOP
    #               136 POP_TOP
    #   
    #    94         138 JUMP_BACKWARD           58 (to 24)
    #   
    #    99     >>  140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               4 (5)
    #               146 PRECALL                  1
    #               150 CALL                     1
    #               160 POP_TOP
    #   
    #    93         162 PUSH_NULL
    #               164 LOAD_FAST                0 (c)
    #               166 PRECALL                  0
    #               170 CALL                     0
    #               180 POP_JUMP_BACKWARD_IF_TRUE    80 (to 22)
    #               182 LOAD_CONST               0 (None)
    #               184 RETURN_VALUE
    #           >>  186 LOAD_CONST               0 (None)
    #               188 RETURN_VALUE
    #   ExceptionTable:
    #     68 to 88 -> 116 [1] lasti
    #     116 to 122 -> 124 [3] lasti
    #     130 to 130 -> 124 [3] lasti
    raise RuntimeError('depyf: could not decompile while_while_true_with_return: a with suppressing goes back to code before it at 24')

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
