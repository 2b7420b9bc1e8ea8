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


def with_cold_return_elif(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                pass
            return 7
    elif c():
        return None


def with_cold_return_elif_call(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                t(6)
            return 7
    elif c():
        x(3)


def with_cold_return_then_call(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(4)
                return 5
            except E1:
                pass
            except E2:
                t(6)
            t(8)
            return 'seven'
    x(5)


def with_cold_return_in_loop(c, t, x, n, m):
    # depyf: could not decompile with_cold_return_in_loop: try statement cut by the end of its region at 52
    #   120           0 RESUME                   0
    #   
    #   121           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                46 (to 112)
    #                20 STORE_FAST               5 (i)
    #   
    #   122          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_FALSE       29 (to 94)
    #   
    #   123          36 PUSH_NULL
    #                38 LOAD_FAST                4 (m)
    #                40 LOAD_CONST               1 (3)
    #                42 CALL                     1
    #                50 BEFORE_WITH
    #                52 POP_TOP
    #   
    #   124          54 NOP
    #   
    #   125          56 PUSH_NULL
    #                58 LOAD_FAST                2 (x)
    #                60 LOAD_CONST               2 (4)
    #                62 CALL                     1
    #                70 POP_TOP
    #   
    #   126          72 NOP
    #   
    #   123          74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 CALL                     2
    #                88 POP_TOP
    #                90 POP_TOP
    #                92 RETURN_CONST             3 (5)
    #   
    #   130     >>   94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               4 (9)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 JUMP_BACKWARD           48 (to 16)
    #   
    #   121     >>  112 END_FOR
    #               114 RETURN_CONST             0 (None)
    #           >>  116 PUSH_EXC_INFO
    #   
    #   127         118 LOAD_GLOBAL              0 (E1)
    #               128 CHECK_EXC_MATCH
    #               130 POP_JUMP_IF_FALSE        3 (to 138)
    #               132 POP_TOP
    #   
    #   128         134 POP_EXCEPT
    #               136 JUMP_FORWARD             4 (to 146)
    #   
    #   127     >>  138 RERAISE                  0
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   
    #   129     >>  146 LOAD_FAST                5 (i)
    #   
    #   123         148 SWAP                     2
    #               150 LOAD_CONST               0 (None)
    #               152 LOAD_CONST               0 (None)
    #               154 LOAD_CONST               0 (None)
    #               156 CALL                     2
    #               164 POP_TOP
    #               166 SWAP                     2
    #               168 POP_TOP
    #               170 RETURN_VALUE
    #           >>  172 PUSH_EXC_INFO
    #               174 WITH_EXCEPT_START
    #               176 POP_JUMP_IF_TRUE         1 (to 180)
    #               178 RERAISE                  2
    #           >>  180 POP_TOP
    #               182 POP_EXCEPT
    #               184 POP_TOP
    #               186 POP_TOP
    #               188 JUMP_BACKWARD           48 (to 94)
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #   ExceptionTable:
    #     52 to 52 -> 172 [2] lasti
    #     56 to 70 -> 116 [2]
    #     116 to 132 -> 140 [3] lasti
    #     134 to 136 -> 172 [2] lasti
    #     138 to 138 -> 140 [3] lasti
    #     140 to 146 -> 172 [2] lasti
    #     172 to 180 -> 190 [4] lasti
    raise RuntimeError('depyf: could not decompile with_cold_return_in_loop: try statement cut by the end of its region at 52')

assert run([], with_cold_return_elif) in ((None, []), FELL)
assert run([1], with_cold_return_elif) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], with_cold_return_elif) in ((7, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], with_cold_return_elif) in ((None, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], with_cold_return_elif_call) in ((None, []), FELL)
assert run([1], with_cold_return_elif_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_elif_call) in ((None, [-3]), FELL)
assert run([1, 1], with_cold_return_elif_call) in ((7, [('enter', 3), -4, 6, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif_call) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], with_cold_return_elif_call) in (('E1', [-3]), FELL)
assert run([], with_cold_return_then_call) in ((None, [-5]), FELL)
assert run([1], with_cold_return_then_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_then_call) in (('E1', [-5]), FELL)
assert run([0, 2], with_cold_return_then_call) in (('E2', [-5]), FELL)
assert run([1, 1], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 8, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 6, 8, ('exit', 3, False)]), FELL)
assert run([], with_cold_return_in_loop) in ((None, []), FELL)
assert run([1], with_cold_return_in_loop) in ((None, [9]), FELL)
assert run([2], with_cold_return_in_loop) in ((None, [9, 9]), FELL)
assert run([1, 1], with_cold_return_in_loop) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], with_cold_return_in_loop) in ((0, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 2], with_cold_return_in_loop) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
