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
    with m(1):
        try:
            with m(2):
                return 3
        except E1:
            pass
        if c():
            pass


def f2(c, t, x, n, m):
    with m(4):
        try:
            with m(5):
                return 6
        except E1:
            t(7)
        if c() and c():
            pass


def f3(c, t, x, n, m):
    with m(8):
        try:
            with m(9):
                return 10
        except E1:
            pass
        if c():
            pass
        else:
            t(11)


def f4(c, t, x, n, m):
    with m(12):
        try:
            x(13)
            return 14
        except E1:
            pass
        if c() or c():
            t(15)
    t(16)


def f5(c, t, x, n, m):
    # depyf: could not decompile f5: try statement cut by the end of its region at 38
    #   127           0 RESUME                   0
    #   
    #   128           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                39 (to 98)
    #                20 STORE_FAST               5 (i)
    #   
    #   129          22 PUSH_NULL
    #                24 LOAD_FAST                4 (m)
    #                26 LOAD_CONST               1 (17)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   130          40 NOP
    #   
    #   131          42 PUSH_NULL
    #                44 LOAD_FAST                4 (m)
    #                46 LOAD_CONST               2 (18)
    #                48 CALL                     1
    #                56 BEFORE_WITH
    #                58 POP_TOP
    #   
    #   132          60 NOP
    #   
    #   131          62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 LOAD_CONST               0 (None)
    #                68 CALL                     2
    #                76 POP_TOP
    #   
    #   129          78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 POP_TOP
    #                96 RETURN_CONST             3 (19)
    #   
    #   128     >>   98 END_FOR
    #               100 RETURN_CONST             0 (None)
    #   
    #   131     >>  102 PUSH_EXC_INFO
    #               104 WITH_EXCEPT_START
    #               106 POP_JUMP_IF_TRUE         1 (to 110)
    #               108 RERAISE                  2
    #           >>  110 POP_TOP
    #               112 POP_EXCEPT
    #               114 POP_TOP
    #               116 POP_TOP
    #               118 JUMP_FORWARD             3 (to 126)
    #           >>  120 COPY                     3
    #               122 POP_EXCEPT
    #               124 RERAISE                  1
    #           >>  126 JUMP_FORWARD            15 (to 158)
    #           >>  128 PUSH_EXC_INFO
    #   
    #   133         130 LOAD_GLOBAL              0 (E1)
    #               140 CHECK_EXC_MATCH
    #               142 POP_JUMP_IF_FALSE        3 (to 150)
    #               144 POP_TOP
    #   
    #   134         146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   133     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   135     >>  158 PUSH_NULL
    #               160 LOAD_FAST                0 (c)
    #               162 CALL                     0
    #               170 POP_JUMP_IF_FALSE        1 (to 174)
    #   
    #   136         172 NOP
    #   
    #   129     >>  174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 LOAD_CONST               0 (None)
    #               180 CALL                     2
    #               188 POP_TOP
    #               190 JUMP_BACKWARD           88 (to 16)
    #           >>  192 PUSH_EXC_INFO
    #               194 WITH_EXCEPT_START
    #               196 POP_JUMP_IF_TRUE         1 (to 200)
    #               198 RERAISE                  2
    #           >>  200 POP_TOP
    #               202 POP_EXCEPT
    #               204 POP_TOP
    #               206 POP_TOP
    #               208 JUMP_BACKWARD           97 (to 16)
    #           >>  210 COPY                     3
    #               212 POP_EXCEPT
    #               214 RERAISE                  1
    #   ExceptionTable:
    #     38 to 38 -> 192 [2] lasti
    #     42 to 56 -> 128 [2]
    #     58 to 60 -> 102 [3] lasti
    #     62 to 76 -> 128 [2]
    #     102 to 110 -> 120 [5] lasti
    #     112 to 124 -> 128 [2]
    #     126 to 126 -> 192 [2] lasti
    #     128 to 144 -> 152 [3] lasti
    #     146 to 148 -> 192 [2] lasti
    #     150 to 150 -> 152 [3] lasti
    #     152 to 172 -> 192 [2] lasti
    #     192 to 200 -> 210 [4] lasti
    raise RuntimeError('depyf: could not decompile f5: try statement cut by the end of its region at 38')


def f6(c, t, x, n, m):
    with m(20):
        try:
            with m(21):
                return 22
        except E1:
            pass
        for i in n():
            pass


def f7(c, t, x, n, m):
    with m(23):
        try:
            with m(24):
                return 25
        except E1:
            t(26)
        while c():
            t(27)

assert run([], f1) in ((3, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], f2) in ((6, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([], f3) in ((10, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], f4) in ((14, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1], f4) in ((None, [('enter', 12), -13, ('exit', 12, False), 16]), FELL)
assert run([2], f4) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 12), -13, 15, ('exit', 12, False), 16]), FELL)
assert run([2, 1], f4) in ((None, [('enter', 12), -13, ('exit', 12, True), 16]), FELL)
assert run([], f5) in ((None, []), FELL)
assert run([1], f5) in ((19, [('enter', 17), ('enter', 18), ('exit', 18, False), ('exit', 17, False)]), FELL)
assert run([], f6) in ((22, [('enter', 20), ('enter', 21), ('exit', 21, False), ('exit', 20, False)]), FELL)
assert run([], f7) in ((25, [('enter', 23), ('enter', 24), ('exit', 24, False), ('exit', 23, False)]), FELL)
