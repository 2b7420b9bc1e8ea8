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


def match_case_pass_then_try_with_return_clause_finally(c, t, x, n, m):
    # depyf: could not decompile match_case_pass_then_try_with_return_clause_finally: code copied after an except clause's POP_EXCEPT at 204
    #    82           0 RESUME                   0
    #   
    #    83           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #   
    #    84          14 COPY                     1
    #                16 LOAD_CONST               1 (1)
    #                18 COMPARE_OP              40 (==)
    #                22 POP_JUMP_IF_FALSE       12 (to 48)
    #                24 POP_TOP
    #   
    #    85          26 NOP
    #   
    #    95          28 LOAD_GLOBAL              3 (NULL + r)
    #                38 CALL                     0
    #                46 RETURN_VALUE
    #   
    #    86     >>   48 COPY                     1
    #                50 COPY                     1
    #                52 LOAD_CONST               2 (2)
    #                54 COMPARE_OP              40 (==)
    #                58 POP_JUMP_IF_FALSE        1 (to 62)
    #                60 JUMP_FORWARD             8 (to 78)
    #           >>   62 COPY                     1
    #                64 LOAD_CONST               3 (3)
    #                66 COMPARE_OP              40 (==)
    #                70 POP_JUMP_IF_FALSE        1 (to 74)
    #                72 JUMP_FORWARD             2 (to 78)
    #           >>   74 POP_TOP
    #                76 JUMP_FORWARD            29 (to 136)
    #           >>   78 POP_TOP
    #                80 STORE_FAST               5 (z)
    #   
    #    87          82 NOP
    #   
    #    88          84 PUSH_NULL
    #                86 LOAD_FAST                4 (m)
    #                88 LOAD_CONST               3 (3)
    #                90 CALL                     1
    #                98 BEFORE_WITH
    #               100 STORE_FAST               6 (w)
    #   
    #    89         102 PUSH_NULL
    #               104 LOAD_FAST                2 (x)
    #               106 LOAD_CONST               4 (4)
    #               108 CALL                     1
    #   
    #    88         116 SWAP                     2
    #               118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 CALL                     2
    #               132 POP_TOP
    #               134 RETURN_VALUE
    #   
    #    86     >>  136 POP_TOP
    #   
    #    95         138 LOAD_GLOBAL              3 (NULL + r)
    #               148 CALL                     0
    #               156 RETURN_VALUE
    #   
    #    88     >>  158 PUSH_EXC_INFO
    #               160 WITH_EXCEPT_START
    #               162 POP_JUMP_IF_TRUE         1 (to 166)
    #               164 RERAISE                  2
    #           >>  166 POP_TOP
    #               168 POP_EXCEPT
    #               170 POP_TOP
    #               172 POP_TOP
    #               174 JUMP_FORWARD             3 (to 182)
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #           >>  182 NOP
    #   
    #    95         184 LOAD_GLOBAL              3 (NULL + r)
    #               194 CALL                     0
    #               202 RETURN_VALUE
    #           >>  204 PUSH_EXC_INFO
    #   
    #    90         206 LOAD_GLOBAL              0 (E2)
    #               216 CHECK_EXC_MATCH
    #               218 POP_JUMP_IF_FALSE       27 (to 274)
    #               220 STORE_FAST               7 (e)
    #   
    #    91         222 NOP
    #   
    #    92         224 NOP
    #   
    #    94         226 JUMP_FORWARD             5 (to 238)
    #               228 PUSH_EXC_INFO
    #               230 RERAISE                  0
    #           >>  232 COPY                     3
    #               234 POP_EXCEPT
    #               236 RERAISE                  1
    #           >>  238 POP_EXCEPT
    #               240 LOAD_CONST               0 (None)
    #               242 STORE_FAST               7 (e)
    #               244 DELETE_FAST              7 (e)
    #   
    #    95         246 LOAD_GLOBAL              3 (NULL + r)
    #               256 CALL                     0
    #               264 RETURN_VALUE
    #           >>  266 LOAD_CONST               0 (None)
    #               268 STORE_FAST               7 (e)
    #               270 DELETE_FAST              7 (e)
    #               272 RERAISE                  1
    #   
    #    90     >>  274 RERAISE                  0
    #           >>  276 COPY                     3
    #               278 POP_EXCEPT
    #               280 RERAISE                  1
    #   ExceptionTable:
    #     84 to 98 -> 204 [0]
    #     100 to 114 -> 158 [1] lasti
    #     116 to 132 -> 204 [0]
    #     158 to 166 -> 176 [3] lasti
    #     168 to 180 -> 204 [0]
    #     204 to 220 -> 276 [1] lasti
    #     226 to 226 -> 266 [1] lasti
    #     228 to 230 -> 232 [2] lasti
    #     232 to 236 -> 266 [1] lasti
    #     266 to 274 -> 276 [1] lasti
    raise RuntimeError("depyf: could not decompile match_case_pass_then_try_with_return_clause_finally: code copied after an except clause's POP_EXCEPT at 204")


def match_mapping_cases_try_with_return(c, t, x, n, m):
    # depyf: could not decompile match_mapping_cases_try_with_return: code copied after an except clause's POP_EXCEPT at 276
    #    98           0 RESUME                   0
    #   
    #    99           2 LOAD_CONST               1 ('k')
    #                 4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 BUILD_MAP                1
    #   
    #   100          18 COPY                     1
    #                20 MATCH_MAPPING
    #                22 POP_JUMP_IF_FALSE       44 (to 112)
    #                24 GET_LEN
    #                26 LOAD_CONST               2 (1)
    #                28 COMPARE_OP              92 (>=)
    #                32 POP_JUMP_IF_FALSE       39 (to 112)
    #                34 LOAD_CONST               8 (('k',))
    #                36 MATCH_KEYS
    #                38 COPY                     1
    #                40 POP_JUMP_IF_NONE        33 (to 108)
    #                42 UNPACK_SEQUENCE          1
    #                46 COPY                     1
    #                48 COPY                     1
    #                50 LOAD_CONST               2 (1)
    #                52 COMPARE_OP              40 (==)
    #                56 POP_JUMP_IF_FALSE        1 (to 60)
    #                58 JUMP_FORWARD             8 (to 76)
    #           >>   60 COPY                     1
    #                62 LOAD_CONST               3 (2)
    #                64 COMPARE_OP              40 (==)
    #                68 POP_JUMP_IF_FALSE        1 (to 72)
    #                70 JUMP_FORWARD             2 (to 76)
    #           >>   72 POP_TOP
    #                74 JUMP_FORWARD            16 (to 108)
    #           >>   76 POP_TOP
    #                78 STORE_FAST               5 (z)
    #                80 POP_TOP
    #                82 POP_TOP
    #                84 POP_TOP
    #   
    #   101          86 NOP
    #   
    #   111          88 LOAD_GLOBAL              3 (NULL + r)
    #                98 CALL                     0
    #               106 RETURN_VALUE
    #   
    #   100     >>  108 POP_TOP
    #               110 POP_TOP
    #           >>  112 POP_TOP
    #   
    #   102         114 MATCH_MAPPING
    #               116 POP_JUMP_IF_FALSE       45 (to 208)
    #               118 LOAD_CONST               9 (())
    #               120 MATCH_KEYS
    #               122 COPY                     1
    #               124 POP_JUMP_IF_NONE        39 (to 204)
    #               126 UNPACK_SEQUENCE          0
    #               130 BUILD_MAP                0
    #               132 SWAP                     3
    #               134 DICT_UPDATE              2
    #               136 UNPACK_SEQUENCE          0
    #               140 STORE_FAST               6 (rest)
    #   
    #   103         142 NOP
    #   
    #   104         144 PUSH_NULL
    #               146 LOAD_FAST                4 (m)
    #               148 LOAD_CONST               4 (3)
    #               150 CALL                     1
    #               158 BEFORE_WITH
    #               160 STORE_FAST               7 (w)
    #   
    #   105         162 PUSH_NULL
    #               164 LOAD_FAST                2 (x)
    #               166 LOAD_CONST               5 (4)
    #               168 CALL                     1
    #               176 COPY                     1
    #               178 POP_JUMP_IF_TRUE         2 (to 184)
    #               180 POP_TOP
    #               182 LOAD_CONST               6 (5)
    #   
    #   104     >>  184 SWAP                     2
    #               186 LOAD_CONST               0 (None)
    #               188 LOAD_CONST               0 (None)
    #               190 LOAD_CONST               0 (None)
    #               192 CALL                     2
    #               200 POP_TOP
    #               202 RETURN_VALUE
    #   
    #   102     >>  204 POP_TOP
    #               206 POP_TOP
    #           >>  208 POP_TOP
    #   
    #   111         210 LOAD_GLOBAL              3 (NULL + r)
    #               220 CALL                     0
    #               228 RETURN_VALUE
    #   
    #   104     >>  230 PUSH_EXC_INFO
    #               232 WITH_EXCEPT_START
    #               234 POP_JUMP_IF_TRUE         1 (to 238)
    #               236 RERAISE                  2
    #           >>  238 POP_TOP
    #               240 POP_EXCEPT
    #               242 POP_TOP
    #               244 POP_TOP
    #               246 JUMP_FORWARD             3 (to 254)
    #           >>  248 COPY                     3
    #               250 POP_EXCEPT
    #               252 RERAISE                  1
    #           >>  254 NOP
    #   
    #   111         256 LOAD_GLOBAL              3 (NULL + r)
    #               266 CALL                     0
    #               274 RETURN_VALUE
    #           >>  276 PUSH_EXC_INFO
    #   
    #   106         278 LOAD_GLOBAL              0 (E2)
    #               288 CHECK_EXC_MATCH
    #               290 POP_JUMP_IF_FALSE       34 (to 360)
    #               292 STORE_FAST               8 (e)
    #   
    #   107         294 NOP
    #   
    #   108         296 PUSH_NULL
    #               298 LOAD_FAST                1 (t)
    #               300 LOAD_CONST               7 (6)
    #               302 CALL                     1
    #               310 POP_TOP
    #   
    #   110         312 JUMP_FORWARD             5 (to 324)
    #           >>  314 PUSH_EXC_INFO
    #               316 RERAISE                  0
    #           >>  318 COPY                     3
    #               320 POP_EXCEPT
    #               322 RERAISE                  1
    #           >>  324 POP_EXCEPT
    #               326 LOAD_CONST               0 (None)
    #               328 STORE_FAST               8 (e)
    #               330 DELETE_FAST              8 (e)
    #   
    #   111         332 LOAD_GLOBAL              3 (NULL + r)
    #               342 CALL                     0
    #               350 RETURN_VALUE
    #           >>  352 LOAD_CONST               0 (None)
    #               354 STORE_FAST               8 (e)
    #               356 DELETE_FAST              8 (e)
    #               358 RERAISE                  1
    #   
    #   106     >>  360 RERAISE                  0
    #           >>  362 COPY                     3
    #               364 POP_EXCEPT
    #               366 RERAISE                  1
    #   ExceptionTable:
    #     144 to 158 -> 276 [0]
    #     160 to 182 -> 230 [1] lasti
    #     184 to 200 -> 276 [0]
    #     230 to 238 -> 248 [3] lasti
    #     240 to 252 -> 276 [0]
    #     276 to 292 -> 362 [1] lasti
    #     296 to 310 -> 314 [1]
    #     312 to 312 -> 352 [1] lasti
    #     314 to 316 -> 318 [2] lasti
    #     318 to 322 -> 352 [1] lasti
    #     352 to 360 -> 362 [1] lasti
    raise RuntimeError("depyf: could not decompile match_mapping_cases_try_with_return: code copied after an except clause's POP_EXCEPT at 276")


def match_case_call_then_try_return(c, t, x, n, m):
    match c():
        case 1:
            t(1)
        case 2:
            try:
                return x(4)
            except E2:
                try:
                    pass
                finally:
                    t(5)
    return r()


def r():
    return 9

assert run([], match_case_pass_then_try_with_return_clause_finally) in ((9, []), FELL)
assert run([2], match_case_pass_then_try_with_return_clause_finally) in ((None, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 1], match_case_pass_then_try_with_return_clause_finally) in (('E1', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 2], match_case_pass_then_try_with_return_clause_finally) in ((9, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 1, 1], match_case_pass_then_try_with_return_clause_finally) in ((9, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], match_mapping_cases_try_with_return) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], match_mapping_cases_try_with_return) in ((9, []), FELL)
assert run([0, 1], match_mapping_cases_try_with_return) in (('E1', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 2], match_mapping_cases_try_with_return) in ((9, [('enter', 3), -4, ('exit', 3, False), 6]), FELL)
assert run([0, 1, 1], match_mapping_cases_try_with_return) in ((9, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], match_case_call_then_try_return) in ((9, []), FELL)
assert run([1], match_case_call_then_try_return) in ((9, [1]), FELL)
assert run([2], match_case_call_then_try_return) in ((None, [-4]), FELL)
assert run([2, 1], match_case_call_then_try_return) in (('E1', [-4]), FELL)
assert run([2, 2], match_case_call_then_try_return) in ((9, [-4, 5]), FELL)
