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


def if_with_two_items_return_then_code(c, t, x, n, m):
    try:
        x(1)
        if c():
            with m(8), m(9):
                return 10
    except E1:
        t(15)
    t(16)


def elif_with_two_items_return_then_code(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 7
        if c():
            with m(8), m(9):
                return 10
    except E1:
        t(15)
    t(16)


def elif_with_two_items_return_clause_for_else(c, t, x, n, m):
    try:
        x(1)
        if c():
            return 7
        if c():
            with m(8), m(9):
                return 10
    except E1:
        with m(11):
            t(12)
        for k in n():
            t(14)
            break
        else:
            t(15)
    t(16)


def nested_withs_return_value_then_code(c, t, x, n, m):
    # depyf: could not decompile nested_withs_return_value_then_code: conditional jump out of the region at 48
    #   125           0 RESUME                   0
    #   
    #   126           2 LOAD_CONST               1 (3)
    #                 4 STORE_FAST               5 (v)
    #   
    #   127           6 NOP
    #   
    #   128           8 PUSH_NULL
    #                10 LOAD_FAST                2 (x)
    #                12 LOAD_CONST               2 (1)
    #                14 PRECALL                  1
    #                18 CALL                     1
    #                28 POP_TOP
    #   
    #   129          30 PUSH_NULL
    #                32 LOAD_FAST                0 (c)
    #                34 PRECALL                  0
    #                38 CALL                     0
    #                48 POP_JUMP_FORWARD_IF_FALSE    85 (to 220)
    #   
    #   130          50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               3 (8)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #   131          74 PUSH_NULL
    #                76 LOAD_FAST                4 (m)
    #                78 LOAD_CONST               4 (9)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 BEFORE_WITH
    #                96 POP_TOP
    #   
    #   132          98 LOAD_FAST                5 (v)
    #   
    #   131         100 SWAP                     2
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 LOAD_CONST               0 (None)
    #               108 PRECALL                  2
    #               112 CALL                     2
    #               122 POP_TOP
    #   
    #   130         124 SWAP                     2
    #               126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 LOAD_CONST               0 (None)
    #               132 PRECALL                  2
    #               136 CALL                     2
    #               146 POP_TOP
    #               148 RETURN_VALUE
    #   
    #   131     >>  150 PUSH_EXC_INFO
    #               152 WITH_EXCEPT_START
    #               154 POP_JUMP_FORWARD_IF_TRUE     4 (to 164)
    #               156 RERAISE                  2
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #           >>  164 POP_TOP
    #               166 POP_EXCEPT
    #               168 POP_TOP
    #               170 POP_TOP
    #               172 NOP
    #   
    #   130         174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 LOAD_CONST               0 (None)
    #               180 PRECALL                  2
    #               184 CALL                     2
    #               194 POP_TOP
    #               196 JUMP_FORWARD            11 (to 220)
    #           >>  198 PUSH_EXC_INFO
    #               200 WITH_EXCEPT_START
    #               202 POP_JUMP_FORWARD_IF_TRUE     4 (to 212)
    #               204 RERAISE                  2
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #           >>  212 POP_TOP
    #               214 POP_EXCEPT
    #               216 POP_TOP
    #               218 POP_TOP
    #           >>  220 JUMP_FORWARD            18 (to 258)
    #           >>  222 PUSH_EXC_INFO
    #   
    #   133         224 LOAD_GLOBAL              0 (E1)
    #               236 CHECK_EXC_MATCH
    #               238 POP_JUMP_FORWARD_IF_FALSE     5 (to 250)
    #               240 POP_TOP
    #   
    #   134         242 LOAD_CONST               5 (15)
    #               244 STORE_FAST               5 (v)
    #               246 POP_EXCEPT
    #               248 JUMP_FORWARD             4 (to 258)
    #   
    #   133     >>  250 RERAISE                  0
    #           >>  252 COPY                     3
    #               254 POP_EXCEPT
    #               256 RERAISE                  1
    #   
    #   135     >>  258 PUSH_NULL
    #               260 LOAD_FAST                1 (t)
    #               262 LOAD_FAST                5 (v)
    #               264 PRECALL                  1
    #               268 CALL                     1
    #               278 POP_TOP
    #   
    #   136         280 LOAD_CONST               6 (17)
    #               282 RETURN_VALUE
    #   ExceptionTable:
    #     8 to 70 -> 222 [0]
    #     72 to 94 -> 198 [1] lasti
    #     96 to 98 -> 150 [2] lasti
    #     100 to 122 -> 198 [1] lasti
    #     124 to 146 -> 222 [0]
    #     150 to 156 -> 158 [4] lasti
    #     158 to 162 -> 198 [1] lasti
    #     164 to 164 -> 158 [4] lasti
    #     166 to 170 -> 198 [1] lasti
    #     174 to 196 -> 222 [0]
    #     198 to 204 -> 206 [3] lasti
    #     206 to 210 -> 222 [0]
    #     212 to 212 -> 206 [3] lasti
    #     214 to 218 -> 222 [0]
    #     222 to 244 -> 252 [1] lasti
    #     250 to 250 -> 252 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_withs_return_value_then_code: conditional jump out of the region at 48')

assert run([], if_with_two_items_return_then_code) in ((None, [-1, 16]), FELL)
assert run([1], if_with_two_items_return_then_code) in ((None, [-1, 15, 16]), FELL)
assert run([2], if_with_two_items_return_then_code) in (('E2', [-1]), FELL)
assert run([0, 1], if_with_two_items_return_then_code) in ((10, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], elif_with_two_items_return_then_code) in ((None, [-1, 16]), FELL)
assert run([1], elif_with_two_items_return_then_code) in ((None, [-1, 15, 16]), FELL)
assert run([2], elif_with_two_items_return_then_code) in (('E2', [-1]), FELL)
assert run([0, 1], elif_with_two_items_return_then_code) in ((7, [-1]), FELL)
assert run([0, 0, 1], elif_with_two_items_return_then_code) in ((10, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], elif_with_two_items_return_clause_for_else) in ((None, [-1, 16]), FELL)
assert run([1], elif_with_two_items_return_clause_for_else) in ((None, [-1, ('enter', 11), 12, ('exit', 11, False), 15, 16]), FELL)
assert run([2], elif_with_two_items_return_clause_for_else) in (('E2', [-1]), FELL)
assert run([0, 1], elif_with_two_items_return_clause_for_else) in ((7, [-1]), FELL)
assert run([1, 1], elif_with_two_items_return_clause_for_else) in ((None, [-1, ('enter', 11), 12, ('exit', 11, False), 14, 16]), FELL)
assert run([0, 0, 1], elif_with_two_items_return_clause_for_else) in ((10, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], nested_withs_return_value_then_code) in ((17, [-1, 3]), FELL)
assert run([1], nested_withs_return_value_then_code) in ((17, [-1, 15]), FELL)
assert run([2], nested_withs_return_value_then_code) in (('E2', [-1]), FELL)
assert run([0, 1], nested_withs_return_value_then_code) in ((3, [-1, ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
