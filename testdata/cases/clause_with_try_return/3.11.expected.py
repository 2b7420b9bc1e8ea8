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


def then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        with m(6):
            return 11
    t(4)


def call_first(c, t, x, n, m):
    # depyf: could not decompile call_first: except clauses fall off past the end of their region at 126
    #    95           0 RESUME                   0
    #   
    #    96           2 NOP
    #   
    #    97           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 JUMP_FORWARD           106 (to 240)
    #           >>   28 PUSH_EXC_INFO
    #   
    #    98          30 LOAD_GLOBAL              0 (E1)
    #                42 CHECK_EXC_MATCH
    #                44 POP_JUMP_FORWARD_IF_FALSE    93 (to 232)
    #                46 POP_TOP
    #   
    #    99          48 PUSH_NULL
    #                50 LOAD_FAST                4 (m)
    #                52 LOAD_CONST               2 (6)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #   100          72 NOP
    #   
    #   101          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               3 (10)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #   102          96 NOP
    #   
    #    99          98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 POP_EXCEPT
    #               122 LOAD_CONST               4 (11)
    #               124 RETURN_VALUE
    #           >>  126 PUSH_EXC_INFO
    #   
    #   103         128 LOAD_GLOBAL              2 (E2)
    #               140 CHECK_EXC_MATCH
    #               142 POP_JUMP_FORWARD_IF_FALSE    14 (to 172)
    #               144 POP_TOP
    #   
    #   104         146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               5 (12)
    #               152 PRECALL                  1
    #               156 CALL                     1
    #               166 POP_TOP
    #               168 POP_EXCEPT
    #               170 JUMP_FORWARD             4 (to 180)
    #   
    #   103     >>  172 RERAISE                  0
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #   
    #   104     >>  180 NOP
    #   
    #    99         182 LOAD_CONST               0 (None)
    #               184 LOAD_CONST               0 (None)
    #               186 LOAD_CONST               0 (None)
    #               188 PRECALL                  2
    #               192 CALL                     2
    #               202 POP_TOP
    #               204 JUMP_FORWARD            11 (to 228)
    #           >>  206 PUSH_EXC_INFO
    #               208 WITH_EXCEPT_START
    #               210 POP_JUMP_FORWARD_IF_TRUE     4 (to 220)
    #               212 RERAISE                  2
    #           >>  214 COPY                     3
    #               216 POP_EXCEPT
    #               218 RERAISE                  1
    #           >>  220 POP_TOP
    #               222 POP_EXCEPT
    #               224 POP_TOP
    #               226 POP_TOP
    #           >>  228 POP_EXCEPT
    #               230 JUMP_FORWARD             4 (to 240)
    #   
    #    98     >>  232 RERAISE                  0
    #           >>  234 COPY                     3
    #               236 POP_EXCEPT
    #               238 RERAISE                  1
    #   
    #   105     >>  240 PUSH_NULL
    #               242 LOAD_FAST                1 (t)
    #               244 LOAD_CONST               6 (4)
    #               246 PRECALL                  1
    #               250 CALL                     1
    #               260 POP_TOP
    #               262 LOAD_CONST               0 (None)
    #               264 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 24 -> 28 [0]
    #     28 to 68 -> 234 [1] lasti
    #     70 to 70 -> 206 [2] lasti
    #     74 to 94 -> 126 [2]
    #     98 to 118 -> 234 [1] lasti
    #     126 to 166 -> 174 [3] lasti
    #     168 to 170 -> 206 [2] lasti
    #     172 to 172 -> 174 [3] lasti
    #     174 to 178 -> 206 [2] lasti
    #     182 to 204 -> 234 [1] lasti
    #     206 to 212 -> 214 [4] lasti
    #     214 to 218 -> 234 [1] lasti
    #     220 to 220 -> 214 [4] lasti
    #     222 to 226 -> 234 [1] lasti
    #     232 to 232 -> 234 [1] lasti
    raise RuntimeError('depyf: could not decompile call_first: except clauses fall off past the end of their region at 126')


def ends_function(c, t, x, n, m):
    # depyf: could not decompile ends_function: except clauses fall off past the end of their region at 128
    #   108           0 RESUME                   0
    #   
    #   109           2 NOP
    #   
    #   110           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #   111          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    85 (to 218)
    #                48 POP_TOP
    #   
    #   112          50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               2 (6)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #   113          74 NOP
    #   
    #   114          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               3 (10)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #   115          98 NOP
    #   
    #   112         100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 POP_EXCEPT
    #               124 LOAD_CONST               4 (11)
    #               126 RETURN_VALUE
    #           >>  128 PUSH_EXC_INFO
    #   
    #   116         130 LOAD_GLOBAL              0 (E1)
    #               142 CHECK_EXC_MATCH
    #               144 POP_JUMP_FORWARD_IF_FALSE     3 (to 152)
    #               146 POP_TOP
    #   
    #   117         148 POP_EXCEPT
    #               150 JUMP_FORWARD             4 (to 160)
    #   
    #   116     >>  152 RERAISE                  0
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #   
    #   117     >>  160 NOP
    #   
    #   112         162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 PRECALL                  2
    #               172 CALL                     2
    #               182 POP_TOP
    #               184 POP_EXCEPT
    #               186 LOAD_CONST               0 (None)
    #               188 RETURN_VALUE
    #           >>  190 PUSH_EXC_INFO
    #               192 WITH_EXCEPT_START
    #               194 POP_JUMP_FORWARD_IF_TRUE     4 (to 204)
    #               196 RERAISE                  2
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #           >>  204 POP_TOP
    #               206 POP_EXCEPT
    #               208 POP_TOP
    #               210 POP_TOP
    #               212 POP_EXCEPT
    #               214 LOAD_CONST               0 (None)
    #               216 RETURN_VALUE
    #   
    #   111     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 70 -> 220 [1] lasti
    #     72 to 72 -> 190 [2] lasti
    #     76 to 96 -> 128 [2]
    #     100 to 120 -> 220 [1] lasti
    #     128 to 146 -> 154 [3] lasti
    #     148 to 150 -> 190 [2] lasti
    #     152 to 152 -> 154 [3] lasti
    #     154 to 158 -> 190 [2] lasti
    #     162 to 182 -> 220 [1] lasti
    #     190 to 196 -> 198 [4] lasti
    #     198 to 202 -> 220 [1] lasti
    #     204 to 204 -> 198 [4] lasti
    #     206 to 210 -> 220 [1] lasti
    #     218 to 218 -> 220 [1] lasti
    raise RuntimeError('depyf: could not decompile ends_function: except clauses fall off past the end of their region at 128')

assert run([], then_code) in ((None, [-1, 4]), FELL)
assert run([1], then_code) in ((11, [-1, ('enter', 6), ('exit', 6, False)]), FELL)
assert run([2], then_code) in (('E2', [-1]), FELL)
assert run([], call_first) in ((None, [-1, 4]), FELL)
assert run([1], call_first) in ((11, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([2], call_first) in (('E2', [-1]), FELL)
assert run([1, 1], call_first) in (('E1', [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2], call_first) in ((None, [-1, ('enter', 6), -10, 12, ('exit', 6, False), 4]), FELL)
assert run([1, 1, 1], call_first) in ((None, [-1, ('enter', 6), -10, ('exit', 6, True), 4]), FELL)
assert run([], ends_function) in ((None, [-1]), FELL)
assert run([1], ends_function) in ((11, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([2], ends_function) in (('E2', [-1]), FELL)
assert run([1, 1], ends_function) in ((None, [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2], ends_function) in (('E2', [-1, ('enter', 6), -10, ('exit', 6, False)]), FELL)
assert run([1, 2, 1], ends_function) in ((None, [-1, ('enter', 6), -10, ('exit', 6, True)]), FELL)
