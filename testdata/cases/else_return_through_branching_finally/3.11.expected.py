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
    # depyf: could not decompile f1: a statement (Return) after return in the same block (a misread layout)
    #    79           0 RESUME                   0
    #   
    #    80           2 NOP
    #   
    #    81           4 NOP
    #   
    #    82           6 PUSH_NULL
    #                 8 LOAD_FAST                2 (x)
    #                10 LOAD_CONST               1 (22)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 POP_TOP
    #                28 JUMP_FORWARD            82 (to 194)
    #           >>   30 PUSH_EXC_INFO
    #   
    #    83          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    69 (to 186)
    #                48 POP_TOP
    #   
    #    84          50 NOP
    #   
    #    85          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               2 (23)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #    89          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               3 (28)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #    90          96 POP_EXCEPT
    #   
    #    94          98 PUSH_NULL
    #               100 LOAD_FAST                0 (c)
    #               102 PRECALL                  0
    #               106 CALL                     0
    #               116 POP_JUMP_FORWARD_IF_FALSE    12 (to 142)
    #               118 PUSH_NULL
    #               120 LOAD_FAST                0 (c)
    #               122 PRECALL                  0
    #               126 CALL                     0
    #               136 POP_JUMP_FORWARD_IF_FALSE     4 (to 146)
    #   
    #    95         138 LOAD_CONST               4 (29)
    #               140 RETURN_VALUE
    #   
    #    94     >>  142 LOAD_CONST               4 (29)
    #               144 RETURN_VALUE
    #           >>  146 LOAD_CONST               4 (29)
    #               148 RETURN_VALUE
    #           >>  150 PUSH_EXC_INFO
    #   
    #    86         152 LOAD_GLOBAL              0 (E1)
    #               164 CHECK_EXC_MATCH
    #               166 POP_JUMP_FORWARD_IF_FALSE     3 (to 174)
    #               168 POP_TOP
    #   
    #    87         170 POP_EXCEPT
    #               172 JUMP_FORWARD             4 (to 182)
    #   
    #    86     >>  174 RERAISE                  0
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #   
    #    87     >>  182 POP_EXCEPT
    #               184 JUMP_FORWARD             4 (to 194)
    #   
    #    83     >>  186 RERAISE                  0
    #           >>  188 COPY                     3
    #               190 POP_EXCEPT
    #               192 RERAISE                  1
    #           >>  194 JUMP_FORWARD            27 (to 250)
    #           >>  196 PUSH_EXC_INFO
    #   
    #    91         198 LOAD_GLOBAL              0 (E1)
    #               210 CHECK_EXC_MATCH
    #               212 POP_JUMP_FORWARD_IF_FALSE    14 (to 242)
    #               214 POP_TOP
    #   
    #    92         216 PUSH_NULL
    #               218 LOAD_FAST                1 (t)
    #               220 LOAD_CONST               5 (30)
    #               222 PRECALL                  1
    #               226 CALL                     1
    #               236 POP_TOP
    #               238 POP_EXCEPT
    #               240 JUMP_FORWARD             4 (to 250)
    #   
    #    91     >>  242 RERAISE                  0
    #           >>  244 COPY                     3
    #               246 POP_EXCEPT
    #               248 RERAISE                  1
    #   
    #    94     >>  250 PUSH_NULL
    #               252 LOAD_FAST                0 (c)
    #               254 PRECALL                  0
    #               258 CALL                     0
    #               268 POP_JUMP_FORWARD_IF_FALSE    12 (to 294)
    #               270 PUSH_NULL
    #               272 LOAD_FAST                0 (c)
    #               274 PRECALL                  0
    #               278 CALL                     0
    #               288 POP_JUMP_FORWARD_IF_FALSE     4 (to 298)
    #   
    #    95         290 LOAD_CONST               0 (None)
    #               292 RETURN_VALUE
    #   
    #    94     >>  294 LOAD_CONST               0 (None)
    #               296 RETURN_VALUE
    #           >>  298 LOAD_CONST               0 (None)
    #               300 RETURN_VALUE
    #           >>  302 PUSH_EXC_INFO
    #               304 PUSH_NULL
    #               306 LOAD_FAST                0 (c)
    #               308 PRECALL                  0
    #               312 CALL                     0
    #               322 POP_JUMP_FORWARD_IF_FALSE    10 (to 344)
    #               324 PUSH_NULL
    #               326 LOAD_FAST                0 (c)
    #               328 PRECALL                  0
    #               332 CALL                     0
    #               342 POP_JUMP_FORWARD_IF_FALSE     0 (to 344)
    #   
    #    95     >>  344 RERAISE                  0
    #           >>  346 COPY                     3
    #               348 POP_EXCEPT
    #               350 RERAISE                  1
    #   ExceptionTable:
    #     6 to 26 -> 30 [0]
    #     28 to 28 -> 196 [0]
    #     30 to 48 -> 188 [1] lasti
    #     52 to 72 -> 150 [1]
    #     74 to 94 -> 188 [1] lasti
    #     96 to 96 -> 196 [0]
    #     150 to 168 -> 176 [2] lasti
    #     170 to 172 -> 188 [1] lasti
    #     174 to 174 -> 176 [2] lasti
    #     176 to 180 -> 188 [1] lasti
    #     182 to 184 -> 196 [0]
    #     186 to 186 -> 188 [1] lasti
    #     188 to 192 -> 196 [0]
    #     194 to 194 -> 302 [0]
    #     196 to 236 -> 244 [1] lasti
    #     238 to 240 -> 302 [0]
    #     242 to 242 -> 244 [1] lasti
    #     244 to 248 -> 302 [0]
    #     302 to 344 -> 346 [1] lasti
    raise RuntimeError('depyf: could not decompile f1: a statement (Return) after return in the same block (a misread layout)')


def f2(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E2:
            t(3)
        else:
            t(4)
            return 5
    finally:
        if c():
            t(6)
        else:
            t(7)
    return 8

assert run([], f1) in ((None, [-22]), FELL)
assert run([1], f1) in ((29, [-22, -23, 28]), FELL)
assert run([2], f1) in (('E2', [-22]), FELL)
assert run([1, 1], f1) in ((None, [-22, -23]), FELL)
assert run([1, 2], f1) in (('E2', [-22, -23]), FELL)
assert run([], f2) in ((8, [-1, 7]), FELL)
assert run([1], f2) in ((5, [-1, -2, 4, 7]), FELL)
assert run([2], f2) in (('E2', [-1, 7]), FELL)
assert run([0, 1], f2) in ((8, [-1, 6]), FELL)
assert run([1, 1], f2) in (('E1', [-1, -2, 7]), FELL)
assert run([1, 2], f2) in ((8, [-1, -2, 3, 7]), FELL)
assert run([2, 1], f2) in (('E2', [-1, 6]), FELL)
assert run([1, 0, 1], f2) in ((5, [-1, -2, 4, 6]), FELL)
assert run([1, 1, 1], f2) in (('E1', [-1, -2, 6]), FELL)
assert run([1, 2, 1], f2) in ((8, [-1, -2, 3, 6]), FELL)
