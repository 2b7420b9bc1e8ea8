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
    # depyf: could not decompile call_first: except clauses fall off past the end of their region at 114
    #    94           0 RESUME                   0
    #   
    #    95           2 NOP
    #   
    #    96           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   104     >>   20 PUSH_NULL
    #                22 LOAD_FAST                1 (t)
    #                24 LOAD_CONST               6 (4)
    #                26 CALL                     1
    #                34 POP_TOP
    #                36 RETURN_CONST             0 (None)
    #           >>   38 PUSH_EXC_INFO
    #   
    #    97          40 LOAD_GLOBAL              0 (E1)
    #                50 CHECK_EXC_MATCH
    #                52 POP_JUMP_IF_FALSE       77 (to 208)
    #                54 POP_TOP
    #   
    #    98          56 PUSH_NULL
    #                58 LOAD_FAST                4 (m)
    #                60 LOAD_CONST               2 (6)
    #                62 CALL                     1
    #                70 BEFORE_WITH
    #                72 POP_TOP
    #   
    #    99          74 NOP
    #   
    #   100          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               3 (10)
    #                82 CALL                     1
    #                90 POP_TOP
    #   
    #   101          92 NOP
    #   
    #    98          94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #               110 POP_EXCEPT
    #               112 RETURN_CONST             4 (11)
    #           >>  114 PUSH_EXC_INFO
    #   
    #   102         116 LOAD_GLOBAL              2 (E2)
    #               126 CHECK_EXC_MATCH
    #               128 POP_JUMP_IF_FALSE       11 (to 152)
    #               130 POP_TOP
    #   
    #   103         132 PUSH_NULL
    #               134 LOAD_FAST                1 (t)
    #               136 LOAD_CONST               5 (12)
    #               138 CALL                     1
    #               146 POP_TOP
    #               148 POP_EXCEPT
    #               150 JUMP_FORWARD             4 (to 160)
    #   
    #   102     >>  152 RERAISE                  0
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #   
    #   103     >>  160 NOP
    #   
    #    98         162 LOAD_CONST               0 (None)
    #               164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 CALL                     2
    #               176 POP_TOP
    #               178 JUMP_FORWARD            12 (to 204)
    #           >>  180 PUSH_EXC_INFO
    #               182 WITH_EXCEPT_START
    #               184 POP_JUMP_IF_TRUE         1 (to 188)
    #               186 RERAISE                  2
    #           >>  188 POP_TOP
    #               190 POP_EXCEPT
    #               192 POP_TOP
    #               194 POP_TOP
    #               196 JUMP_FORWARD             3 (to 204)
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #           >>  204 POP_EXCEPT
    #               206 JUMP_BACKWARD           94 (to 20)
    #   
    #    97     >>  208 RERAISE                  0
    #           >>  210 COPY                     3
    #               212 POP_EXCEPT
    #               214 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 38 [0]
    #     38 to 70 -> 210 [1] lasti
    #     72 to 72 -> 180 [2] lasti
    #     76 to 90 -> 114 [2]
    #     94 to 108 -> 210 [1] lasti
    #     114 to 146 -> 154 [3] lasti
    #     148 to 150 -> 180 [2] lasti
    #     152 to 152 -> 154 [3] lasti
    #     154 to 158 -> 180 [2] lasti
    #     162 to 178 -> 210 [1] lasti
    #     180 to 188 -> 198 [4] lasti
    #     190 to 202 -> 210 [1] lasti
    #     208 to 208 -> 210 [1] lasti
    raise RuntimeError('depyf: could not decompile call_first: except clauses fall off past the end of their region at 114')


def ends_function(c, t, x, n, m):
    # depyf: could not decompile ends_function: except clauses fall off past the end of their region at 98
    #   107           0 RESUME                   0
    #   
    #   108           2 NOP
    #   
    #   109           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 POP_TOP
    #                20 RETURN_CONST             0 (None)
    #           >>   22 PUSH_EXC_INFO
    #   
    #   110          24 LOAD_GLOBAL              0 (E1)
    #                34 CHECK_EXC_MATCH
    #                36 POP_JUMP_IF_FALSE       69 (to 176)
    #                38 POP_TOP
    #   
    #   111          40 PUSH_NULL
    #                42 LOAD_FAST                4 (m)
    #                44 LOAD_CONST               2 (6)
    #                46 CALL                     1
    #                54 BEFORE_WITH
    #                56 POP_TOP
    #   
    #   112          58 NOP
    #   
    #   113          60 PUSH_NULL
    #                62 LOAD_FAST                2 (x)
    #                64 LOAD_CONST               3 (10)
    #                66 CALL                     1
    #                74 POP_TOP
    #   
    #   114          76 NOP
    #   
    #   111          78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 POP_EXCEPT
    #                96 RETURN_CONST             4 (11)
    #           >>   98 PUSH_EXC_INFO
    #   
    #   115         100 LOAD_GLOBAL              0 (E1)
    #               110 CHECK_EXC_MATCH
    #               112 POP_JUMP_IF_FALSE        3 (to 120)
    #               114 POP_TOP
    #   
    #   116         116 POP_EXCEPT
    #               118 JUMP_FORWARD             4 (to 128)
    #   
    #   115     >>  120 RERAISE                  0
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #   
    #   116     >>  128 NOP
    #   
    #   111         130 LOAD_CONST               0 (None)
    #               132 LOAD_CONST               0 (None)
    #               134 LOAD_CONST               0 (None)
    #               136 CALL                     2
    #               144 POP_TOP
    #               146 POP_EXCEPT
    #               148 RETURN_CONST             0 (None)
    #           >>  150 PUSH_EXC_INFO
    #               152 WITH_EXCEPT_START
    #               154 POP_JUMP_IF_TRUE         1 (to 158)
    #               156 RERAISE                  2
    #           >>  158 POP_TOP
    #               160 POP_EXCEPT
    #               162 POP_TOP
    #               164 POP_TOP
    #               166 POP_EXCEPT
    #               168 RETURN_CONST             0 (None)
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #   
    #   110     >>  176 RERAISE                  0
    #           >>  178 COPY                     3
    #               180 POP_EXCEPT
    #               182 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 22 [0]
    #     22 to 54 -> 178 [1] lasti
    #     56 to 56 -> 150 [2] lasti
    #     60 to 74 -> 98 [2]
    #     78 to 92 -> 178 [1] lasti
    #     98 to 114 -> 122 [3] lasti
    #     116 to 118 -> 150 [2] lasti
    #     120 to 120 -> 122 [3] lasti
    #     122 to 126 -> 150 [2] lasti
    #     130 to 144 -> 178 [1] lasti
    #     150 to 158 -> 170 [4] lasti
    #     160 to 164 -> 178 [1] lasti
    #     170 to 176 -> 178 [1] lasti
    raise RuntimeError('depyf: could not decompile ends_function: except clauses fall off past the end of their region at 98')

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
