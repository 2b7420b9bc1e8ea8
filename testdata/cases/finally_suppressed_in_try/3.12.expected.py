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


def finally_in_try(c, t, x, n, m):
    try:
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    t(37)


def finally_in_try_two_managers(c, t, x, n, m):
    try:
        try:
            with m(29), m(30):
                x(31)
                t(32)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
        x(36)
    if c() or c():
        t(37)
    return 38


def finally_in_try_after_loop(c, t, x, n, m):
    t(1)
    try:
        while True:
            if c():
                break
            t(2)
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    except E2:
        return 36
    t(37)


def finally_in_try_in_loop(c, t, x, n, m):
    # depyf: could not decompile finally_in_try_in_loop: code after a try/finally reached only through a handler in its body, at 176
    #   127           0 RESUME                   0
    #   
    #   128           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                41 (to 102)
    #                20 STORE_FAST               5 (i)
    #   
    #   129          22 NOP
    #   
    #   130          24 NOP
    #   
    #   131          26 PUSH_NULL
    #                28 LOAD_FAST                4 (m)
    #                30 LOAD_FAST                5 (i)
    #                32 CALL                     1
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #   132          44 PUSH_NULL
    #                46 LOAD_FAST                2 (x)
    #                48 LOAD_FAST                5 (i)
    #                50 CALL                     1
    #                58 POP_TOP
    #   
    #   133          60 LOAD_FAST                5 (i)
    #   
    #   131          62 SWAP                     2
    #                64 LOAD_CONST               0 (None)
    #                66 LOAD_CONST               0 (None)
    #                68 LOAD_CONST               0 (None)
    #                70 CALL                     2
    #                78 POP_TOP
    #   
    #   135          80 PUSH_NULL
    #                82 LOAD_FAST                1 (t)
    #                84 LOAD_CONST               1 (34)
    #                86 CALL                     1
    #                94 POP_TOP
    #                96 SWAP                     2
    #                98 POP_TOP
    #               100 RETURN_VALUE
    #   
    #   128     >>  102 END_FOR
    #   
    #   139         104 RETURN_CONST             4 (38)
    #   
    #   131     >>  106 PUSH_EXC_INFO
    #               108 WITH_EXCEPT_START
    #               110 POP_JUMP_IF_TRUE         1 (to 114)
    #               112 RERAISE                  2
    #           >>  114 POP_TOP
    #               116 POP_EXCEPT
    #               118 POP_TOP
    #               120 POP_TOP
    #               122 JUMP_FORWARD             3 (to 130)
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #           >>  130 NOP
    #   
    #   135         132 PUSH_NULL
    #               134 LOAD_FAST                1 (t)
    #               136 LOAD_CONST               1 (34)
    #               138 CALL                     1
    #               146 POP_TOP
    #               148 JUMP_FORWARD            13 (to 176)
    #           >>  150 PUSH_EXC_INFO
    #               152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               1 (34)
    #               158 CALL                     1
    #               166 POP_TOP
    #               168 RERAISE                  0
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #           >>  176 JUMP_FORWARD            23 (to 224)
    #           >>  178 PUSH_EXC_INFO
    #   
    #   136         180 LOAD_GLOBAL              0 (E1)
    #               190 CHECK_EXC_MATCH
    #               192 POP_JUMP_IF_FALSE       11 (to 216)
    #               194 POP_TOP
    #   
    #   137         196 PUSH_NULL
    #               198 LOAD_FAST                1 (t)
    #               200 LOAD_CONST               2 (35)
    #               202 CALL                     1
    #               210 POP_TOP
    #               212 POP_EXCEPT
    #               214 JUMP_FORWARD             4 (to 224)
    #   
    #   136     >>  216 RERAISE                  0
    #           >>  218 COPY                     3
    #               220 POP_EXCEPT
    #               222 RERAISE                  1
    #   
    #   138     >>  224 PUSH_NULL
    #               226 LOAD_FAST                1 (t)
    #               228 LOAD_CONST               3 (37)
    #               230 CALL                     1
    #               238 POP_TOP
    #               240 JUMP_BACKWARD          113 (to 16)
    #   ExceptionTable:
    #     26 to 40 -> 150 [1]
    #     42 to 60 -> 106 [2] lasti
    #     62 to 78 -> 150 [1]
    #     80 to 94 -> 178 [1]
    #     106 to 114 -> 124 [4] lasti
    #     116 to 128 -> 150 [1]
    #     132 to 148 -> 178 [1]
    #     150 to 168 -> 170 [2] lasti
    #     170 to 174 -> 178 [1]
    #     178 to 210 -> 218 [2] lasti
    #     216 to 216 -> 218 [2] lasti
    raise RuntimeError('depyf: could not decompile finally_in_try_in_loop: code after a try/finally reached only through a handler in its body, at 176')

assert run([], finally_in_try) in ((33, [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([2], finally_in_try) in (('E2', [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, True), 34, 37]), FELL)
assert run([], finally_in_try_two_managers) in ((33, [('enter', 29), ('enter', 30), -31, 32, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34]), FELL)
assert run([1, 0, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, True), 34]), FELL)
assert run([1, 1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34, 37]), FELL)
assert run([1, 0, 0, 1], finally_in_try_two_managers) in (('E1', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([1, 0, 0, 2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([], finally_in_try_after_loop) in (('Budget', [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], finally_in_try_after_loop) in ((33, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1], finally_in_try_after_loop) in ((33, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_after_loop) in ((None, [1, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_after_loop) in ((36, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 0, 1], finally_in_try_after_loop) in ((33, [1, 2, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1, 1], finally_in_try_after_loop) in ((None, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([0, 1, 2], finally_in_try_after_loop) in ((36, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([], finally_in_try_in_loop) in ((38, []), FELL)
assert run([1], finally_in_try_in_loop) in ((0, [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_in_loop) in (('E2', [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([2, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([1, 1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, True), 34, 37]), FELL)
assert run([2, 1, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, True), 34, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([2, 1, 0, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34, 35, 37]), FELL)
