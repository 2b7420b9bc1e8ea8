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
    # depyf: could not decompile f1: then-branch both falls into and jumps past 126
    #    80           0 RESUME                   0
    #   
    #    81           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       55 (to 126)
    #   
    #    82     >>   16 LOAD_CONST               1 (0)
    #                18 LOAD_GLOBAL              1 (NULL + len)
    #                28 PUSH_NULL
    #                30 LOAD_FAST                3 (n)
    #                32 CALL                     0
    #                40 CALL                     1
    #                48 SWAP                     2
    #                50 COPY                     2
    #                52 COMPARE_OP               2 (<)
    #                56 POP_JUMP_IF_FALSE        5 (to 68)
    #                58 LOAD_CONST               2 (5)
    #                60 COMPARE_OP               2 (<)
    #                64 POP_JUMP_IF_FALSE       31 (to 128)
    #                66 JUMP_FORWARD             2 (to 72)
    #           >>   68 POP_TOP
    #                70 JUMP_FORWARD            28 (to 128)
    #   
    #    83     >>   72 PUSH_NULL
    #                74 LOAD_FAST                4 (m)
    #                76 LOAD_CONST               3 (2)
    #                78 CALL                     1
    #                86 BEFORE_WITH
    #                88 POP_TOP
    #   
    #    84          90 PUSH_NULL
    #                92 LOAD_FAST                2 (x)
    #                94 LOAD_CONST               4 (4)
    #                96 CALL                     1
    #               104 POP_TOP
    #   
    #    85         106 NOP
    #   
    #    83         108 LOAD_CONST               0 (None)
    #               110 LOAD_CONST               0 (None)
    #               112 LOAD_CONST               0 (None)
    #               114 CALL                     2
    #               122 POP_TOP
    #               124 JUMP_BACKWARD           55 (to 16)
    #   
    #    87     >>  126 NOP
    #   
    #    88     >>  128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               2 (5)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 RETURN_CONST             0 (None)
    #   
    #    83     >>  146 PUSH_EXC_INFO
    #               148 WITH_EXCEPT_START
    #               150 POP_JUMP_IF_TRUE         1 (to 154)
    #               152 RERAISE                  2
    #           >>  154 POP_TOP
    #               156 POP_EXCEPT
    #               158 POP_TOP
    #               160 POP_TOP
    #               162 JUMP_FORWARD             3 (to 170)
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #   
    #    82     >>  170 LOAD_CONST               1 (0)
    #               172 LOAD_GLOBAL              1 (NULL + len)
    #               182 PUSH_NULL
    #               184 LOAD_FAST                3 (n)
    #               186 CALL                     0
    #               194 CALL                     1
    #               202 SWAP                     2
    #               204 COPY                     2
    #               206 COMPARE_OP               2 (<)
    #               210 POP_JUMP_IF_FALSE        6 (to 224)
    #               212 LOAD_CONST               2 (5)
    #               214 COMPARE_OP               2 (<)
    #               218 POP_JUMP_IF_FALSE        1 (to 222)
    #               220 JUMP_BACKWARD           75 (to 72)
    #           >>  222 JUMP_BACKWARD           48 (to 128)
    #           >>  224 POP_TOP
    #               226 JUMP_BACKWARD           50 (to 128)
    #   ExceptionTable:
    #     88 to 106 -> 146 [1] lasti
    #     146 to 154 -> 164 [3] lasti
    raise RuntimeError('depyf: could not decompile f1: then-branch both falls into and jumps past 126')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: then-branch both falls into and jumps past 132
    #    91           0 RESUME                   0
    #   
    #    92           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #   
    #    93          14 LOAD_CONST               1 (1)
    #                16 COMPARE_OP              40 (==)
    #                20 POP_JUMP_IF_FALSE       55 (to 132)
    #   
    #    94     >>   22 LOAD_CONST               2 (0)
    #                24 LOAD_GLOBAL              1 (NULL + len)
    #                34 PUSH_NULL
    #                36 LOAD_FAST                3 (n)
    #                38 CALL                     0
    #                46 CALL                     1
    #                54 SWAP                     2
    #                56 COPY                     2
    #                58 COMPARE_OP               2 (<)
    #                62 POP_JUMP_IF_FALSE        5 (to 74)
    #                64 LOAD_CONST               3 (5)
    #                66 COMPARE_OP               2 (<)
    #                70 POP_JUMP_IF_FALSE       32 (to 136)
    #                72 JUMP_FORWARD             2 (to 78)
    #           >>   74 POP_TOP
    #                76 JUMP_FORWARD            29 (to 136)
    #   
    #    95     >>   78 PUSH_NULL
    #                80 LOAD_FAST                4 (m)
    #                82 LOAD_CONST               4 (2)
    #                84 CALL                     1
    #                92 BEFORE_WITH
    #                94 POP_TOP
    #   
    #    96          96 PUSH_NULL
    #                98 LOAD_FAST                2 (x)
    #               100 LOAD_CONST               5 (4)
    #               102 CALL                     1
    #               110 POP_TOP
    #   
    #    97         112 NOP
    #   
    #    95         114 LOAD_CONST               0 (None)
    #               116 LOAD_CONST               0 (None)
    #               118 LOAD_CONST               0 (None)
    #               120 CALL                     2
    #               128 POP_TOP
    #               130 JUMP_BACKWARD           55 (to 22)
    #   
    #    98     >>  132 NOP
    #   
    #    99         134 NOP
    #   
    #   100     >>  136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               3 (5)
    #               142 CALL                     1
    #               150 POP_TOP
    #               152 RETURN_CONST             0 (None)
    #   
    #    95     >>  154 PUSH_EXC_INFO
    #               156 WITH_EXCEPT_START
    #               158 POP_JUMP_IF_TRUE         1 (to 162)
    #               160 RERAISE                  2
    #           >>  162 POP_TOP
    #               164 POP_EXCEPT
    #               166 POP_TOP
    #               168 POP_TOP
    #               170 JUMP_FORWARD             3 (to 178)
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #    94     >>  178 LOAD_CONST               2 (0)
    #               180 LOAD_GLOBAL              1 (NULL + len)
    #               190 PUSH_NULL
    #               192 LOAD_FAST                3 (n)
    #               194 CALL                     0
    #               202 CALL                     1
    #               210 SWAP                     2
    #               212 COPY                     2
    #               214 COMPARE_OP               2 (<)
    #               218 POP_JUMP_IF_FALSE        6 (to 232)
    #               220 LOAD_CONST               3 (5)
    #               222 COMPARE_OP               2 (<)
    #               226 POP_JUMP_IF_FALSE        1 (to 230)
    #               228 JUMP_BACKWARD           76 (to 78)
    #           >>  230 JUMP_BACKWARD           48 (to 136)
    #           >>  232 POP_TOP
    #               234 JUMP_BACKWARD           50 (to 136)
    #   ExceptionTable:
    #     94 to 112 -> 154 [1] lasti
    #     154 to 162 -> 172 [3] lasti
    raise RuntimeError('depyf: could not decompile f2: then-branch both falls into and jumps past 132')


def f3(c, t, x, n, m):
    if c() == 1:
        while c():
            with m(2):
                x(4)
                continue
    else:
        pass
    t(5)


def f4(c, t, x, n, m):
    # depyf: could not decompile f4: the breaks of a loop go to two places, at 174
    #   115           0 RESUME                   0
    #   
    #   116           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       34 (to 84)
    #   
    #   117     >>   16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       35 (to 100)
    #   
    #   118     >>   30 PUSH_NULL
    #                32 LOAD_FAST                4 (m)
    #                34 LOAD_CONST               1 (2)
    #                36 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   119          48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               2 (4)
    #                54 CALL                     1
    #                62 POP_TOP
    #   
    #   120          64 NOP
    #   
    #   118          66 LOAD_CONST               0 (None)
    #                68 LOAD_CONST               0 (None)
    #                70 LOAD_CONST               0 (None)
    #                72 CALL                     2
    #                80 POP_TOP
    #                82 JUMP_BACKWARD           34 (to 16)
    #   
    #   123     >>   84 PUSH_NULL
    #                86 LOAD_FAST                1 (t)
    #                88 LOAD_CONST               4 (6)
    #                90 CALL                     1
    #                98 POP_TOP
    #   
    #   124     >>  100 PUSH_NULL
    #               102 LOAD_FAST                1 (t)
    #               104 LOAD_CONST               5 (5)
    #               106 CALL                     1
    #               114 POP_TOP
    #               116 RETURN_CONST             0 (None)
    #   
    #   118     >>  118 PUSH_EXC_INFO
    #               120 WITH_EXCEPT_START
    #               122 POP_JUMP_IF_TRUE         1 (to 126)
    #               124 RERAISE                  2
    #           >>  126 POP_TOP
    #               128 POP_EXCEPT
    #               130 POP_TOP
    #               132 POP_TOP
    #               134 JUMP_FORWARD             3 (to 142)
    #           >>  136 COPY                     3
    #               138 POP_EXCEPT
    #               140 RERAISE                  1
    #   
    #   121     >>  142 PUSH_NULL
    #               144 LOAD_FAST                1 (t)
    #               146 LOAD_CONST               3 (7)
    #               148 CALL                     1
    #               156 POP_TOP
    #   
    #   117         158 PUSH_NULL
    #               160 LOAD_FAST                0 (c)
    #               162 CALL                     0
    #               170 POP_JUMP_IF_FALSE        1 (to 174)
    #               172 JUMP_BACKWARD           72 (to 30)
    #           >>  174 JUMP_BACKWARD           38 (to 100)
    #   ExceptionTable:
    #     46 to 64 -> 118 [1] lasti
    #     118 to 126 -> 136 [3] lasti
    raise RuntimeError('depyf: could not decompile f4: the breaks of a loop go to two places, at 174')

assert run([], f1) in ((None, [5]), FELL)
assert run([1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 0, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f1) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f1) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 1, 1, 1], f1) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([], f2) in ((None, [5]), FELL)
assert run([1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 0, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f2) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f2) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 1, 1, 1], f2) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([], f3) in ((None, [5]), FELL)
assert run([1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 0, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f3) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f3) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 1, 1, 1], f3) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([], f4) in ((None, [6, 5]), FELL)
assert run([1], f4) in ((None, [5]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, True), 7, 5]), FELL)
assert run([1, 1, 0, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, True), 7, ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 0, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 0, 1, 1, 1], f4) in ((None, [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, True), 7, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, True), 7, ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, True), 7, ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 1], f4) in (('E1', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 0, 1, 0, 1, 2], f4) in (('E2', [('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False), ('enter', 2), -4, ('exit', 2, False)]), FELL)
assert run([1, 1, 1, 1, 0, 1, 0], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
assert run([1, 2, 1, 1, 0, 2, 0, 0], f1) in ((None, [('enter', 2), -4, ('exit', 2, True), 5]), FELL)
