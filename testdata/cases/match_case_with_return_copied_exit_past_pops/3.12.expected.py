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
    match [c()]:
        case [0]:
            with m(1):
                return x(2)
    return 3


def f2(c, t, x, n, m):
    match {'k': c()}:
        case {'k': 0}:
            with m(4):
                t(5)
                return x(6)
    return 7


def f3(c, t, x, n, m):
    match c(), c():
        case [1, z] | [2, z]:
            with m(8):
                return z
            return 9
    return 9


def f4(c, t, x, n, m):
    match [c(), c()]:
        case [a, b] if a:
            with m(10):
                return x(b)
    return 11


def f5(c, t, x, n, m):
    # depyf: could not decompile f5: code between a with body and its handler at 112
    #   111           0 RESUME                   0
    #   
    #   112           2 LOAD_CONST               1 ('k')
    #                 4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 BUILD_MAP                1
    #   
    #   113          18 COPY                     1
    #                20 MATCH_MAPPING
    #                22 POP_JUMP_IF_FALSE       46 (to 116)
    #                24 GET_LEN
    #                26 LOAD_CONST               2 (1)
    #                28 COMPARE_OP              92 (>=)
    #                32 POP_JUMP_IF_FALSE       41 (to 116)
    #                34 LOAD_CONST               8 (('k',))
    #                36 MATCH_KEYS
    #                38 COPY                     1
    #                40 POP_JUMP_IF_NONE        35 (to 112)
    #                42 UNPACK_SEQUENCE          1
    #                46 LOAD_CONST               3 (0)
    #                48 COMPARE_OP              40 (==)
    #                52 POP_JUMP_IF_FALSE       30 (to 114)
    #                54 POP_TOP
    #                56 POP_TOP
    #                58 POP_TOP
    #   
    #   114          60 PUSH_NULL
    #                62 LOAD_FAST                4 (m)
    #                64 LOAD_CONST               4 (12)
    #                66 CALL                     1
    #                74 BEFORE_WITH
    #                76 POP_TOP
    #   
    #   115          78 PUSH_NULL
    #                80 LOAD_FAST                2 (x)
    #                82 LOAD_CONST               5 (13)
    #                84 CALL                     1
    #   
    #   114          92 SWAP                     2
    #                94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #               110 RETURN_VALUE
    #   
    #   113     >>  112 POP_TOP
    #           >>  114 POP_TOP
    #           >>  116 POP_TOP
    #   
    #   116         118 MATCH_MAPPING
    #               120 POP_JUMP_IF_FALSE       28 (to 178)
    #               122 GET_LEN
    #               124 LOAD_CONST               2 (1)
    #               126 COMPARE_OP              92 (>=)
    #               130 POP_JUMP_IF_FALSE       23 (to 178)
    #               132 LOAD_CONST               8 (('k',))
    #               134 MATCH_KEYS
    #               136 COPY                     1
    #               138 POP_JUMP_IF_NONE        17 (to 174)
    #               140 UNPACK_SEQUENCE          1
    #               144 LOAD_CONST               2 (1)
    #               146 COMPARE_OP              40 (==)
    #               150 POP_JUMP_IF_FALSE       12 (to 176)
    #               152 POP_TOP
    #               154 POP_TOP
    #   
    #   117         156 PUSH_NULL
    #               158 LOAD_FAST                1 (t)
    #               160 LOAD_CONST               6 (14)
    #               162 CALL                     1
    #               170 POP_TOP
    #   
    #   118         172 RETURN_CONST             7 (15)
    #   
    #   116     >>  174 POP_TOP
    #           >>  176 POP_TOP
    #           >>  178 POP_TOP
    #   
    #   118         180 RETURN_CONST             7 (15)
    #   
    #   114     >>  182 PUSH_EXC_INFO
    #               184 WITH_EXCEPT_START
    #               186 POP_JUMP_IF_TRUE         1 (to 190)
    #               188 RERAISE                  2
    #           >>  190 POP_TOP
    #               192 POP_EXCEPT
    #               194 POP_TOP
    #               196 POP_TOP
    #   
    #   118         198 RETURN_CONST             7 (15)
    #           >>  200 COPY                     3
    #               202 POP_EXCEPT
    #               204 RERAISE                  1
    #   ExceptionTable:
    #     76 to 90 -> 182 [1] lasti
    #     182 to 190 -> 200 [3] lasti
    raise RuntimeError('depyf: could not decompile f5: code between a with body and its handler at 112')

assert run([], f1) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], f1) in ((3, []), FELL)
assert run([0, 1], f1) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 2], f1) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], f1) in ((3, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], f2) in ((None, [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([1], f2) in ((7, []), FELL)
assert run([0, 1], f2) in (('E1', [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([0, 2], f2) in (('E2', [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([0, 1, 1], f2) in ((7, [('enter', 4), 5, -6, ('exit', 4, True)]), FELL)
assert run([], f3) in ((9, []), FELL)
assert run([1], f3) in ((0, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([1, 1], f3) in ((1, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([1, 2], f3) in ((2, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([], f4) in ((11, []), FELL)
assert run([1], f4) in ((None, [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], f4) in ((None, [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 0, 1], f4) in (('E1', [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 0, 2], f4) in (('E2', [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], f4) in (('E1', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 2], f4) in (('E2', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2, 1], f4) in (('E1', [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 2, 2], f4) in (('E2', [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 0, 1, 1], f4) in ((11, [('enter', 10), 0, ('exit', 10, True)]), FELL)
assert run([1, 1, 1, 1], f4) in ((11, [('enter', 10), -1, ('exit', 10, True)]), FELL)
assert run([], f5) in ((None, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1], f5) in ((15, [14]), FELL)
assert run([2], f5) in ((15, []), FELL)
assert run([0, 1], f5) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2], f5) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1], f5) in ((15, [('enter', 12), -13, ('exit', 12, True)]), FELL)
