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


def if_try_orphan_clause_code_loop_break_elif(c, t, x, n, m):
    # depyf: could not decompile if_try_orphan_clause_code_loop_break_elif: code copied after an except clause's POP_EXCEPT at 246
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       11 (to 38)
    #   
    #    83          16 NOP
    #   
    #    84          18 PUSH_NULL
    #                20 LOAD_FAST                2 (x)
    #                22 LOAD_CONST               1 (1)
    #                24 CALL                     1
    #                32 POP_TOP
    #   
    #    85          34 NOP
    #   
    #    86          36 RETURN_CONST             2 (2)
    #   
    #    96     >>   38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE       33 (to 118)
    #                52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 CALL                     0
    #                64 POP_JUMP_IF_FALSE       26 (to 118)
    #   
    #    97          66 PUSH_NULL
    #                68 LOAD_FAST                1 (t)
    #                70 LOAD_CONST               6 (6)
    #                72 CALL                     1
    #                80 POP_TOP
    #   
    #    98          82 PUSH_NULL
    #                84 LOAD_FAST                0 (c)
    #                86 CALL                     0
    #                94 POP_JUMP_IF_FALSE       11 (to 118)
    #   
    #    99          96 LOAD_GLOBAL              3 (NULL + E2)
    #               106 LOAD_CONST               7 (7)
    #               108 CALL                     1
    #               116 RAISE_VARARGS            1
    #   
    #   100     >>  118 LOAD_GLOBAL              0 (E1)
    #               128 LOAD_ATTR                4 (__name__)
    #               148 RETURN_VALUE
    #               150 PUSH_EXC_INFO
    #   
    #    87         152 LOAD_GLOBAL              0 (E1)
    #               162 CHECK_EXC_MATCH
    #               164 POP_JUMP_IF_FALSE       19 (to 204)
    #               166 POP_TOP
    #   
    #    88         168 PUSH_NULL
    #               170 LOAD_FAST                1 (t)
    #               172 LOAD_CONST               3 (3)
    #               174 CALL                     1
    #               182 POP_TOP
    #   
    #    89         184 PUSH_NULL
    #               186 LOAD_FAST                1 (t)
    #               188 LOAD_CONST               4 (4)
    #               190 CALL                     1
    #               198 POP_TOP
    #               200 POP_EXCEPT
    #               202 JUMP_FORWARD             4 (to 212)
    #   
    #    87     >>  204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   
    #    89     >>  212 NOP
    #   
    #   100         214 LOAD_GLOBAL              0 (E1)
    #               224 LOAD_ATTR                4 (__name__)
    #               244 RETURN_VALUE
    #           >>  246 PUSH_EXC_INFO
    #   
    #    90         248 LOAD_GLOBAL              0 (E1)
    #               258 CHECK_EXC_MATCH
    #               260 POP_JUMP_IF_FALSE       36 (to 334)
    #               262 POP_TOP
    #   
    #    91     >>  264 NOP
    #   
    #    92         266 PUSH_NULL
    #               268 LOAD_FAST                0 (c)
    #               270 CALL                     0
    #               278 POP_JUMP_IF_TRUE         1 (to 282)
    #   
    #    93         280 JUMP_FORWARD             9 (to 300)
    #   
    #    94     >>  282 PUSH_NULL
    #               284 LOAD_FAST                1 (t)
    #               286 LOAD_CONST               5 (5)
    #               288 CALL                     1
    #               296 POP_TOP
    #   
    #    95         298 JUMP_BACKWARD           18 (to 264)
    #   
    #    93     >>  300 POP_EXCEPT
    #   
    #   100         302 LOAD_GLOBAL              0 (E1)
    #               312 LOAD_ATTR                4 (__name__)
    #               332 RETURN_VALUE
    #   
    #    90     >>  334 RERAISE                  0
    #           >>  336 COPY                     3
    #               338 POP_EXCEPT
    #               340 RERAISE                  1
    #   ExceptionTable:
    #     18 to 32 -> 246 [0]
    #     150 to 198 -> 206 [1] lasti
    #     200 to 202 -> 246 [0]
    #     204 to 204 -> 206 [1] lasti
    #     206 to 210 -> 246 [0]
    #     246 to 298 -> 336 [1] lasti
    #     334 to 334 -> 336 [1] lasti
    raise RuntimeError("depyf: could not decompile if_try_orphan_clause_code_loop_break_elif: code copied after an except clause's POP_EXCEPT at 246")


def if_try_orphan_clause_pass_loop_break_elif(c, t, x, n, m):
    # depyf: could not decompile if_try_orphan_clause_pass_loop_break_elif: code copied after an except clause's POP_EXCEPT at 178
    #   103           0 RESUME                   0
    #   
    #   104           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       11 (to 38)
    #   
    #   105          16 NOP
    #   
    #   106          18 PUSH_NULL
    #                20 LOAD_FAST                2 (x)
    #                22 LOAD_CONST               1 (1)
    #                24 CALL                     1
    #                32 POP_TOP
    #   
    #   107          34 NOP
    #   
    #   108          36 RETURN_CONST             2 (2)
    #   
    #   116     >>   38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE       15 (to 82)
    #                52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 CALL                     0
    #                64 POP_JUMP_IF_FALSE        8 (to 82)
    #   
    #   117          66 PUSH_NULL
    #                68 LOAD_FAST                1 (t)
    #                70 LOAD_CONST               4 (6)
    #                72 CALL                     1
    #                80 POP_TOP
    #   
    #   118     >>   82 LOAD_GLOBAL              0 (E1)
    #                92 LOAD_ATTR                2 (__name__)
    #               112 RETURN_VALUE
    #               114 PUSH_EXC_INFO
    #   
    #   109         116 LOAD_GLOBAL              0 (E1)
    #               126 CHECK_EXC_MATCH
    #               128 POP_JUMP_IF_FALSE        3 (to 136)
    #               130 POP_TOP
    #   
    #   110         132 POP_EXCEPT
    #               134 JUMP_FORWARD             4 (to 144)
    #   
    #   109     >>  136 RERAISE                  0
    #           >>  138 COPY                     3
    #               140 POP_EXCEPT
    #               142 RERAISE                  1
    #   
    #   110     >>  144 NOP
    #   
    #   118         146 LOAD_GLOBAL              0 (E1)
    #               156 LOAD_ATTR                2 (__name__)
    #               176 RETURN_VALUE
    #           >>  178 PUSH_EXC_INFO
    #   
    #   111         180 LOAD_GLOBAL              0 (E1)
    #               190 CHECK_EXC_MATCH
    #               192 POP_JUMP_IF_FALSE       36 (to 266)
    #               194 POP_TOP
    #   
    #   112         196 NOP
    #   
    #   113     >>  198 PUSH_NULL
    #               200 LOAD_FAST                0 (c)
    #               202 CALL                     0
    #               210 POP_JUMP_IF_TRUE         1 (to 214)
    #   
    #   114         212 JUMP_FORWARD             9 (to 232)
    #   
    #   115     >>  214 PUSH_NULL
    #               216 LOAD_FAST                1 (t)
    #               218 LOAD_CONST               3 (5)
    #               220 CALL                     1
    #               228 POP_TOP
    #   
    #   112         230 JUMP_BACKWARD           17 (to 198)
    #   
    #   114     >>  232 POP_EXCEPT
    #   
    #   118         234 LOAD_GLOBAL              0 (E1)
    #               244 LOAD_ATTR                2 (__name__)
    #               264 RETURN_VALUE
    #   
    #   111     >>  266 RERAISE                  0
    #           >>  268 COPY                     3
    #               270 POP_EXCEPT
    #               272 RERAISE                  1
    #   ExceptionTable:
    #     18 to 32 -> 178 [0]
    #     114 to 130 -> 138 [1] lasti
    #     132 to 134 -> 178 [0]
    #     136 to 136 -> 138 [1] lasti
    #     138 to 142 -> 178 [0]
    #     178 to 230 -> 268 [1] lasti
    #     266 to 266 -> 268 [1] lasti
    raise RuntimeError("depyf: could not decompile if_try_orphan_clause_pass_loop_break_elif: code copied after an except clause's POP_EXCEPT at 178")


def if_try_return_clause_loop_break_elif(c, t, x, n, m):
    if c():
        try:
            return x(1)
        except E1:
            while True:
                if not c():
                    break
                t(5)
    elif c():
        t(6)
    return E1.__name__

assert run([], if_try_orphan_clause_code_loop_break_elif) in (('E1', []), FELL)
assert run([1], if_try_orphan_clause_code_loop_break_elif) in ((2, [-1]), FELL)
assert run([1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_orphan_clause_code_loop_break_elif) in (('E2', [-1]), FELL)
assert run([0, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [6]), FELL)
assert run([1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5]), FELL)
assert run([0, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E2', [6]), FELL)
assert run([1, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5, 5, 5, 5]), FELL)
assert run([], if_try_orphan_clause_pass_loop_break_elif) in (('E1', []), FELL)
assert run([1], if_try_orphan_clause_pass_loop_break_elif) in ((2, [-1]), FELL)
assert run([1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_orphan_clause_pass_loop_break_elif) in (('E2', [-1]), FELL)
assert run([0, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [6]), FELL)
assert run([1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5]), FELL)
assert run([1, 1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5, 5, 5, 5]), FELL)
assert run([], if_try_return_clause_loop_break_elif) in (('E1', []), FELL)
assert run([1], if_try_return_clause_loop_break_elif) in ((None, [-1]), FELL)
assert run([0, 1], if_try_return_clause_loop_break_elif) in (('E1', [6]), FELL)
assert run([1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_return_clause_loop_break_elif) in (('E2', [-1]), FELL)
assert run([1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5]), FELL)
assert run([1, 1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5, 5, 5, 5]), FELL)
