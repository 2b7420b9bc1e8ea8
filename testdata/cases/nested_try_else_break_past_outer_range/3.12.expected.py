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


def f1(c, t, x, n, m):
    # depyf: could not decompile f1: except clauses fall off past the end of their region, the else clause into it, at 72
    #    80           0 RESUME                   0
    #   
    #    81           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       19 (to 54)
    #   
    #    82     >>   16 NOP
    #   
    #    83          18 NOP
    #   
    #    84          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (20)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #    88          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (26)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #    89          52 NOP
    #   
    #    92     >>   54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               3 (5)
    #                60 CALL                     1
    #                68 POP_TOP
    #                70 RETURN_CONST             0 (None)
    #           >>   72 PUSH_EXC_INFO
    #   
    #    85          74 LOAD_GLOBAL              0 (E2)
    #                84 CHECK_EXC_MATCH
    #                86 POP_JUMP_IF_FALSE        3 (to 94)
    #                88 POP_TOP
    #   
    #    86          90 POP_EXCEPT
    #                92 JUMP_FORWARD             4 (to 102)
    #   
    #    85     >>   94 RERAISE                  0
    #           >>   96 COPY                     3
    #                98 POP_EXCEPT
    #               100 RERAISE                  1
    #   
    #    86     >>  102 JUMP_FORWARD            15 (to 134)
    #           >>  104 PUSH_EXC_INFO
    #   
    #    90         106 LOAD_GLOBAL              2 (E1)
    #               116 CHECK_EXC_MATCH
    #               118 POP_JUMP_IF_FALSE        3 (to 126)
    #               120 POP_TOP
    #   
    #    91         122 POP_EXCEPT
    #               124 JUMP_FORWARD             4 (to 134)
    #   
    #    90     >>  126 RERAISE                  0
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #   
    #    81     >>  134 PUSH_NULL
    #               136 LOAD_FAST                0 (c)
    #               138 CALL                     0
    #               146 POP_JUMP_IF_FALSE        1 (to 150)
    #               148 JUMP_BACKWARD           67 (to 16)
    #           >>  150 JUMP_BACKWARD           49 (to 54)
    #   ExceptionTable:
    #     20 to 34 -> 72 [0]
    #     36 to 50 -> 104 [0]
    #     72 to 88 -> 96 [1] lasti
    #     90 to 92 -> 104 [0]
    #     94 to 94 -> 96 [1] lasti
    #     96 to 100 -> 104 [0]
    #     104 to 120 -> 128 [1] lasti
    #     126 to 126 -> 128 [1] lasti
    raise RuntimeError('depyf: could not decompile f1: except clauses fall off past the end of their region, the else clause into it, at 72')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: except clauses fall off past the end of their region, the else clause into it, at 96
    #    95           0 RESUME                   0
    #   
    #    96           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       19 (to 54)
    #   
    #    97     >>   16 NOP
    #   
    #    98          18 NOP
    #   
    #    99          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (20)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   103          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (26)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   104          52 NOP
    #   
    #   107     >>   54 PUSH_NULL
    #                56 LOAD_FAST                3 (n)
    #                58 CALL                     0
    #                66 GET_ITER
    #           >>   68 FOR_ITER                10 (to 92)
    #                72 STORE_FAST               6 (j)
    #   
    #   108          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_FAST                6 (j)
    #                80 CALL                     1
    #                88 POP_TOP
    #                90 JUMP_BACKWARD           12 (to 68)
    #   
    #   107     >>   92 END_FOR
    #                94 RETURN_CONST             0 (None)
    #           >>   96 PUSH_EXC_INFO
    #   
    #   100          98 LOAD_GLOBAL              0 (E2)
    #               108 CHECK_EXC_MATCH
    #               110 POP_JUMP_IF_FALSE       10 (to 132)
    #               112 STORE_FAST               5 (e)
    #   
    #   101         114 POP_EXCEPT
    #               116 LOAD_CONST               0 (None)
    #               118 STORE_FAST               5 (e)
    #               120 DELETE_FAST              5 (e)
    #               122 JUMP_FORWARD             8 (to 140)
    #               124 LOAD_CONST               0 (None)
    #               126 STORE_FAST               5 (e)
    #               128 DELETE_FAST              5 (e)
    #               130 RERAISE                  1
    #   
    #   100     >>  132 RERAISE                  0
    #           >>  134 COPY                     3
    #               136 POP_EXCEPT
    #               138 RERAISE                  1
    #   
    #   101     >>  140 JUMP_FORWARD            15 (to 172)
    #           >>  142 PUSH_EXC_INFO
    #   
    #   105         144 LOAD_GLOBAL              2 (E1)
    #               154 CHECK_EXC_MATCH
    #               156 POP_JUMP_IF_FALSE        3 (to 164)
    #               158 POP_TOP
    #   
    #   106         160 POP_EXCEPT
    #               162 JUMP_FORWARD             4 (to 172)
    #   
    #   105     >>  164 RERAISE                  0
    #           >>  166 COPY                     3
    #               168 POP_EXCEPT
    #               170 RERAISE                  1
    #   
    #    96     >>  172 PUSH_NULL
    #               174 LOAD_FAST                0 (c)
    #               176 CALL                     0
    #               184 POP_JUMP_IF_FALSE        1 (to 188)
    #               186 JUMP_BACKWARD           86 (to 16)
    #           >>  188 JUMP_BACKWARD           68 (to 54)
    #   ExceptionTable:
    #     20 to 34 -> 96 [0]
    #     36 to 50 -> 142 [0]
    #     96 to 112 -> 134 [1] lasti
    #     114 to 122 -> 142 [0]
    #     124 to 132 -> 134 [1] lasti
    #     134 to 138 -> 142 [0]
    #     142 to 158 -> 166 [1] lasti
    #     164 to 164 -> 166 [1] lasti
    raise RuntimeError('depyf: could not decompile f2: except clauses fall off past the end of their region, the else clause into it, at 96')


def f3(c, t, x, n, m):
    # depyf: could not decompile f3: except clauses fall off past the end of their region, the else clause into it, at 98
    #   111           0 RESUME                   0
    #   
    #   112           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       19 (to 54)
    #   
    #   113     >>   16 NOP
    #   
    #   114          18 NOP
    #   
    #   115          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (20)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   119          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (26)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   120          52 JUMP_FORWARD             1 (to 56)
    #   
    #   124     >>   54 NOP
    #   
    #   125     >>   56 PUSH_NULL
    #                58 LOAD_FAST                3 (n)
    #                60 CALL                     0
    #                68 GET_ITER
    #           >>   70 FOR_ITER                10 (to 94)
    #                74 STORE_FAST               6 (j)
    #   
    #   126          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_FAST                6 (j)
    #                82 CALL                     1
    #                90 POP_TOP
    #                92 JUMP_BACKWARD           12 (to 70)
    #   
    #   125     >>   94 END_FOR
    #                96 RETURN_CONST             0 (None)
    #           >>   98 PUSH_EXC_INFO
    #   
    #   116         100 LOAD_GLOBAL              0 (E2)
    #               110 CHECK_EXC_MATCH
    #               112 POP_JUMP_IF_FALSE       10 (to 134)
    #               114 STORE_FAST               5 (e)
    #   
    #   117         116 POP_EXCEPT
    #               118 LOAD_CONST               0 (None)
    #               120 STORE_FAST               5 (e)
    #               122 DELETE_FAST              5 (e)
    #               124 JUMP_FORWARD             8 (to 142)
    #               126 LOAD_CONST               0 (None)
    #               128 STORE_FAST               5 (e)
    #               130 DELETE_FAST              5 (e)
    #               132 RERAISE                  1
    #   
    #   116     >>  134 RERAISE                  0
    #           >>  136 COPY                     3
    #               138 POP_EXCEPT
    #               140 RERAISE                  1
    #   
    #   117     >>  142 JUMP_FORWARD            15 (to 174)
    #           >>  144 PUSH_EXC_INFO
    #   
    #   121         146 LOAD_GLOBAL              2 (E1)
    #               156 CHECK_EXC_MATCH
    #               158 POP_JUMP_IF_FALSE        3 (to 166)
    #               160 POP_TOP
    #   
    #   122         162 POP_EXCEPT
    #               164 JUMP_FORWARD             4 (to 174)
    #   
    #   121     >>  166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   
    #   112     >>  174 PUSH_NULL
    #               176 LOAD_FAST                0 (c)
    #               178 CALL                     0
    #               186 POP_JUMP_IF_FALSE        1 (to 190)
    #               188 JUMP_BACKWARD           87 (to 16)
    #           >>  190 JUMP_BACKWARD           69 (to 54)
    #   ExceptionTable:
    #     20 to 34 -> 98 [0]
    #     36 to 50 -> 144 [0]
    #     98 to 114 -> 136 [1] lasti
    #     116 to 124 -> 144 [0]
    #     126 to 134 -> 136 [1] lasti
    #     136 to 140 -> 144 [0]
    #     144 to 160 -> 168 [1] lasti
    #     166 to 166 -> 168 [1] lasti
    raise RuntimeError('depyf: could not decompile f3: except clauses fall off past the end of their region, the else clause into it, at 98')

assert run([], f1) in ((None, [5]), FELL)
assert run([1], f1) in ((None, [-20, 26, 5]), FELL)
assert run([1, 1], f1) in ((None, [-20, 5]), FELL)
assert run([1, 1, 1], f1) in ((None, [-20, -20, 26, 5]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-20, -20, 5]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, 26, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, -20, 26, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1, 1], f1) in ((None, [-20, -20, -20, -20, 5]), FELL)
assert run([], f2) in ((None, []), FELL)
assert run([1], f2) in ((None, [-20, 26]), FELL)
assert run([0, 1], f2) in ((None, [0]), FELL)
assert run([0, 2], f2) in ((None, [0, 1]), FELL)
assert run([1, 1], f2) in ((None, [-20]), FELL)
assert run([1, 0, 1], f2) in ((None, [-20, 26, 0]), FELL)
assert run([1, 0, 2], f2) in ((None, [-20, 26, 0, 1]), FELL)
assert run([1, 1, 1], f2) in ((None, [-20, -20, 26]), FELL)
assert run([1, 1, 0, 1], f2) in ((None, [-20, 0]), FELL)
assert run([1, 1, 0, 2], f2) in ((None, [-20, 0, 1]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [-20, -20]), FELL)
assert run([1, 1, 1, 0, 1], f2) in ((None, [-20, -20, 26, 0]), FELL)
assert run([1, 1, 1, 0, 2], f2) in ((None, [-20, -20, 26, 0, 1]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [-20, -20, -20, 26]), FELL)
assert run([1, 1, 1, 1, 0, 1], f2) in ((None, [-20, -20, 0]), FELL)
assert run([1, 1, 1, 1, 0, 2], f2) in ((None, [-20, -20, 0, 1]), FELL)
assert run([], f3) in ((None, []), FELL)
assert run([1], f3) in ((None, [-20, 26]), FELL)
assert run([0, 1], f3) in ((None, [0]), FELL)
assert run([0, 2], f3) in ((None, [0, 1]), FELL)
assert run([1, 1], f3) in ((None, [-20]), FELL)
assert run([1, 0, 1], f3) in ((None, [-20, 26, 0]), FELL)
assert run([1, 0, 2], f3) in ((None, [-20, 26, 0, 1]), FELL)
assert run([1, 1, 1], f3) in ((None, [-20, -20, 26]), FELL)
assert run([1, 1, 0, 1], f3) in ((None, [-20, 0]), FELL)
assert run([1, 1, 0, 2], f3) in ((None, [-20, 0, 1]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [-20, -20]), FELL)
assert run([1, 1, 1, 0, 1], f3) in ((None, [-20, -20, 26, 0]), FELL)
assert run([1, 1, 1, 0, 2], f3) in ((None, [-20, -20, 26, 0, 1]), FELL)
assert run([1, 1, 1, 1, 1], f3) in ((None, [-20, -20, -20, 26]), FELL)
assert run([1, 1, 1, 1, 0, 1], f3) in ((None, [-20, -20, 0]), FELL)
assert run([1, 1, 1, 1, 0, 2], f3) in ((None, [-20, -20, 0, 1]), FELL)
assert run([1, 2, 1, 0, 0], f1) in ((None, [-20, -20, 26, 5]), FELL)
assert run([1, 2, 1, 2, 1, 0, 1, 1], f1) in ((None, [-20, -20, -20, 26, 5]), FELL)
assert run([1, 2, 1, 0, 0], f2) in ((None, [-20, -20, 26]), FELL)
assert run([1, 2, 1, 2, 1, 0, 1, 1], f2) in ((None, [-20, -20, -20, 26, 0]), FELL)
assert run([1, 2, 1, 0, 0], f3) in ((None, [-20, -20, 26]), FELL)
assert run([1, 2, 1, 2, 1, 0, 1, 1], f3) in ((None, [-20, -20, -20, 26, 0]), FELL)
