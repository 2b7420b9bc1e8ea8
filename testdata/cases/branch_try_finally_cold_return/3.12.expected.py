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


def branch_try_else_finally_then_cold_try_return(c, t, x, n, m):
    # depyf: could not decompile branch_try_else_finally_then_cold_try_return: a statement (Return) after return in the same block (a misread layout)
    #    82           0 RESUME                   0
    #   
    #    83           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       13 (to 42)
    #   
    #    84          16 NOP
    #   
    #   102          18 LOAD_FAST                2 (x)
    #                20 LOAD_ATTR                2 (k)
    #                40 RETURN_VALUE
    #   
    #    85     >>   42 PUSH_NULL
    #                44 LOAD_FAST                0 (c)
    #                46 CALL                     0
    #                54 POP_JUMP_IF_FALSE       34 (to 124)
    #   
    #    86          56 PUSH_NULL
    #                58 LOAD_FAST                0 (c)
    #                60 CALL                     0
    #                68 POP_JUMP_IF_FALSE       11 (to 92)
    #   
    #    87          70 NOP
    #   
    #    88          72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               1 (25)
    #                78 CALL                     1
    #                86 POP_TOP
    #   
    #    92          88 NOP
    #   
    #    94          90 RETURN_CONST             2 (30)
    #   
    #   100     >>   92 PUSH_NULL
    #                94 LOAD_FAST                0 (c)
    #                96 CALL                     0
    #               104 POP_JUMP_IF_FALSE        9 (to 124)
    #   
    #   101     >>  106 NOP
    #   
    #   100         108 PUSH_NULL
    #               110 LOAD_FAST                0 (c)
    #               112 CALL                     0
    #               120 POP_JUMP_IF_FALSE        1 (to 124)
    #               122 JUMP_BACKWARD            9 (to 106)
    #   
    #   102     >>  124 LOAD_FAST                2 (x)
    #               126 LOAD_ATTR                2 (k)
    #               146 RETURN_VALUE
    #           >>  148 PUSH_EXC_INFO
    #   
    #    89         150 LOAD_GLOBAL              0 (E1)
    #               160 CHECK_EXC_MATCH
    #               162 POP_JUMP_IF_FALSE        3 (to 170)
    #               164 POP_TOP
    #   
    #    90         166 POP_EXCEPT
    #               168 JUMP_FORWARD             4 (to 178)
    #   
    #    89     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #    90     >>  178 NOP
    #   
    #    94         180 JUMP_FORWARD             5 (to 192)
    #           >>  182 PUSH_EXC_INFO
    #               184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #    95     >>  192 NOP
    #   
    #    96         194 NOP
    #   
    #    98         196 RETURN_CONST             3 (33)
    #               198 PUSH_EXC_INFO
    #               200 RERAISE                  0
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #   ExceptionTable:
    #     72 to 86 -> 148 [0]
    #     148 to 164 -> 172 [1] lasti
    #     166 to 168 -> 182 [0]
    #     170 to 170 -> 172 [1] lasti
    #     172 to 176 -> 182 [0]
    #     182 to 184 -> 186 [1] lasti
    #     198 to 200 -> 202 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_try_else_finally_then_cold_try_return: a statement (Return) after return in the same block (a misread layout)')


def elif_chain_try_else_finally_cold_return(c, t, x, n, m):
    # depyf: could not decompile elif_chain_try_else_finally_cold_return: the finally body's copy past the region's end at 334
    #   105           0 RESUME                   0
    #   
    #   106           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_TRUE         7 (to 30)
    #                16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       13 (to 56)
    #   
    #   107     >>   30 NOP
    #   
    #   124          32 LOAD_FAST                2 (x)
    #                34 LOAD_ATTR                2 (k)
    #                54 RETURN_VALUE
    #   
    #   108     >>   56 PUSH_NULL
    #                58 LOAD_FAST                0 (c)
    #                60 CALL                     0
    #                68 POP_JUMP_IF_FALSE       20 (to 110)
    #                70 PUSH_NULL
    #                72 LOAD_FAST                0 (c)
    #                74 CALL                     0
    #                82 POP_JUMP_IF_FALSE       13 (to 110)
    #   
    #   109          84 NOP
    #   
    #   124          86 LOAD_FAST                2 (x)
    #                88 LOAD_ATTR                2 (k)
    #               108 RETURN_VALUE
    #   
    #   110     >>  110 PUSH_NULL
    #               112 LOAD_FAST                0 (c)
    #               114 CALL                     0
    #               122 POP_JUMP_IF_TRUE         7 (to 138)
    #               124 PUSH_NULL
    #               126 LOAD_FAST                0 (c)
    #               128 CALL                     0
    #               136 POP_JUMP_IF_FALSE       63 (to 264)
    #   
    #   111     >>  138 PUSH_NULL
    #               140 LOAD_FAST                0 (c)
    #               142 CALL                     0
    #               150 POP_JUMP_IF_FALSE       19 (to 190)
    #   
    #   112         152 NOP
    #   
    #   113         154 PUSH_NULL
    #               156 LOAD_FAST                2 (x)
    #               158 LOAD_CONST               1 (25)
    #               160 CALL                     1
    #               168 POP_TOP
    #   
    #   117         170 NOP
    #   
    #   119         172 PUSH_NULL
    #               174 LOAD_FAST                1 (t)
    #               176 LOAD_CONST               2 (31)
    #               178 CALL                     1
    #               186 POP_TOP
    #               188 RETURN_CONST             3 (30)
    #   
    #   122     >>  190 PUSH_NULL
    #               192 LOAD_FAST                0 (c)
    #               194 CALL                     0
    #               202 POP_JUMP_IF_FALSE       30 (to 264)
    #               204 PUSH_NULL
    #               206 LOAD_FAST                0 (c)
    #               208 CALL                     0
    #               216 POP_JUMP_IF_FALSE       23 (to 264)
    #   
    #   123     >>  218 PUSH_NULL
    #               220 LOAD_FAST                1 (t)
    #               222 LOAD_CONST               6 (34)
    #               224 CALL                     1
    #               232 POP_TOP
    #   
    #   122         234 PUSH_NULL
    #               236 LOAD_FAST                0 (c)
    #               238 CALL                     0
    #               246 POP_JUMP_IF_FALSE        8 (to 264)
    #               248 PUSH_NULL
    #               250 LOAD_FAST                0 (c)
    #               252 CALL                     0
    #               260 POP_JUMP_IF_FALSE        1 (to 264)
    #               262 JUMP_BACKWARD           23 (to 218)
    #   
    #   124     >>  264 LOAD_FAST                2 (x)
    #               266 LOAD_ATTR                2 (k)
    #               286 RETURN_VALUE
    #           >>  288 PUSH_EXC_INFO
    #   
    #   114         290 LOAD_GLOBAL              0 (E1)
    #               300 CHECK_EXC_MATCH
    #               302 POP_JUMP_IF_FALSE       11 (to 326)
    #               304 POP_TOP
    #   
    #   115         306 PUSH_NULL
    #               308 LOAD_FAST                1 (t)
    #               310 LOAD_CONST               4 (26)
    #               312 CALL                     1
    #               320 POP_TOP
    #               322 POP_EXCEPT
    #               324 JUMP_FORWARD             4 (to 334)
    #   
    #   114     >>  326 RERAISE                  0
    #           >>  328 COPY                     3
    #               330 POP_EXCEPT
    #               332 RERAISE                  1
    #   
    #   115     >>  334 NOP
    #   
    #   119         336 PUSH_NULL
    #               338 LOAD_FAST                1 (t)
    #               340 LOAD_CONST               2 (31)
    #               342 CALL                     1
    #               350 POP_TOP
    #   
    #   120         352 RETURN_CONST             5 (33)
    #           >>  354 PUSH_EXC_INFO
    #   
    #   119         356 PUSH_NULL
    #               358 LOAD_FAST                1 (t)
    #               360 LOAD_CONST               2 (31)
    #               362 CALL                     1
    #               370 POP_TOP
    #               372 RERAISE                  0
    #           >>  374 COPY                     3
    #               376 POP_EXCEPT
    #               378 RERAISE                  1
    #   ExceptionTable:
    #     154 to 168 -> 288 [0]
    #     288 to 320 -> 328 [1] lasti
    #     322 to 324 -> 354 [0]
    #     326 to 326 -> 328 [1] lasti
    #     328 to 332 -> 354 [0]
    #     354 to 372 -> 374 [1] lasti
    raise RuntimeError("depyf: could not decompile elif_chain_try_else_finally_cold_return: the finally body's copy past the region's end at 334")

assert run([], branch_try_else_finally_then_cold_try_return) in (('AttributeError', []), FELL)
assert run([0, 1, 1], branch_try_else_finally_then_cold_try_return) in ((30, [25]), FELL)
assert run([], elif_chain_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([0, 0, 0, 1, 1], elif_chain_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([0, 0, 0, 1, 1, 1], elif_chain_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([0, 0, 0, 1, 1, 2], elif_chain_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)
