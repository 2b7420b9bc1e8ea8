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


def finally_in_try(c, t, x, n, m):
    try:
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    t(37)


def finally_in_try_two_managers(c, t, x, n, m):
    # depyf: could not decompile finally_in_try_two_managers: code protected by the finally at 262 after its try statement, at 184
    #    90           0 RESUME                   0
    #   
    #    91           2 NOP
    #   
    #    92           4 NOP
    #   
    #    93           6 PUSH_NULL
    #                 8 LOAD_FAST                4 (m)
    #                10 LOAD_CONST               1 (29)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 BEFORE_WITH
    #                28 POP_TOP
    #                30 PUSH_NULL
    #                32 LOAD_FAST                4 (m)
    #                34 LOAD_CONST               2 (30)
    #                36 PRECALL                  1
    #                40 CALL                     1
    #                50 BEFORE_WITH
    #                52 POP_TOP
    #   
    #    94          54 PUSH_NULL
    #                56 LOAD_FAST                2 (x)
    #                58 LOAD_CONST               3 (31)
    #                60 PRECALL                  1
    #                64 CALL                     1
    #                74 POP_TOP
    #   
    #    95          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               4 (32)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #    96          98 NOP
    #   
    #    93         100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 PRECALL                  2
    #               132 CALL                     2
    #               142 POP_TOP
    #   
    #    98         144 PUSH_NULL
    #               146 LOAD_FAST                1 (t)
    #               148 LOAD_CONST               5 (34)
    #               150 PRECALL                  1
    #               154 CALL                     1
    #               164 POP_TOP
    #               166 LOAD_CONST               6 (33)
    #               168 RETURN_VALUE
    #   
    #    93     >>  170 PUSH_EXC_INFO
    #               172 WITH_EXCEPT_START
    #               174 POP_JUMP_FORWARD_IF_TRUE     4 (to 184)
    #               176 RERAISE                  2
    #           >>  178 COPY                     3
    #               180 POP_EXCEPT
    #               182 RERAISE                  1
    #           >>  184 POP_TOP
    #               186 POP_EXCEPT
    #               188 POP_TOP
    #               190 POP_TOP
    #               192 LOAD_CONST               0 (None)
    #               194 LOAD_CONST               0 (None)
    #               196 LOAD_CONST               0 (None)
    #               198 PRECALL                  2
    #               202 CALL                     2
    #               212 POP_TOP
    #               214 JUMP_FORWARD            11 (to 238)
    #           >>  216 PUSH_EXC_INFO
    #               218 WITH_EXCEPT_START
    #               220 POP_JUMP_FORWARD_IF_TRUE     4 (to 230)
    #               222 RERAISE                  2
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #           >>  230 POP_TOP
    #               232 POP_EXCEPT
    #               234 POP_TOP
    #               236 POP_TOP
    #   
    #    98     >>  238 PUSH_NULL
    #               240 LOAD_FAST                1 (t)
    #               242 LOAD_CONST               5 (34)
    #               244 PRECALL                  1
    #               248 CALL                     1
    #               258 POP_TOP
    #               260 JUMP_FORWARD            16 (to 294)
    #           >>  262 PUSH_EXC_INFO
    #               264 PUSH_NULL
    #               266 LOAD_FAST                1 (t)
    #               268 LOAD_CONST               5 (34)
    #               270 PRECALL                  1
    #               274 CALL                     1
    #               284 POP_TOP
    #               286 RERAISE                  0
    #           >>  288 COPY                     3
    #               290 POP_EXCEPT
    #               292 RERAISE                  1
    #           >>  294 JUMP_FORWARD            38 (to 372)
    #           >>  296 PUSH_EXC_INFO
    #   
    #    99         298 LOAD_GLOBAL              0 (E1)
    #               310 CHECK_EXC_MATCH
    #               312 POP_JUMP_FORWARD_IF_FALSE    25 (to 364)
    #               314 POP_TOP
    #   
    #   100         316 PUSH_NULL
    #               318 LOAD_FAST                1 (t)
    #               320 LOAD_CONST               7 (35)
    #               322 PRECALL                  1
    #               326 CALL                     1
    #               336 POP_TOP
    #   
    #   101         338 PUSH_NULL
    #               340 LOAD_FAST                2 (x)
    #               342 LOAD_CONST               8 (36)
    #               344 PRECALL                  1
    #               348 CALL                     1
    #               358 POP_TOP
    #               360 POP_EXCEPT
    #               362 JUMP_FORWARD             4 (to 372)
    #   
    #    99     >>  364 RERAISE                  0
    #           >>  366 COPY                     3
    #               368 POP_EXCEPT
    #               370 RERAISE                  1
    #   
    #   102     >>  372 PUSH_NULL
    #               374 LOAD_FAST                0 (c)
    #               376 PRECALL                  0
    #               380 CALL                     0
    #               390 POP_JUMP_FORWARD_IF_TRUE    10 (to 412)
    #               392 PUSH_NULL
    #               394 LOAD_FAST                0 (c)
    #               396 PRECALL                  0
    #               400 CALL                     0
    #               410 POP_JUMP_FORWARD_IF_FALSE    11 (to 434)
    #   
    #   103     >>  412 PUSH_NULL
    #               414 LOAD_FAST                1 (t)
    #               416 LOAD_CONST               9 (37)
    #               418 PRECALL                  1
    #               422 CALL                     1
    #               432 POP_TOP
    #   
    #   104     >>  434 LOAD_CONST              10 (38)
    #               436 RETURN_VALUE
    #   ExceptionTable:
    #     6 to 26 -> 262 [0]
    #     28 to 50 -> 216 [1] lasti
    #     52 to 98 -> 170 [2] lasti
    #     100 to 120 -> 216 [1] lasti
    #     122 to 142 -> 262 [0]
    #     144 to 164 -> 296 [0]
    #     170 to 176 -> 178 [4] lasti
    #     178 to 182 -> 216 [1] lasti
    #     184 to 184 -> 178 [4] lasti
    #     186 to 190 -> 216 [1] lasti
    #     192 to 214 -> 262 [0]
    #     216 to 222 -> 224 [3] lasti
    #     224 to 228 -> 262 [0]
    #     230 to 230 -> 224 [3] lasti
    #     232 to 236 -> 262 [0]
    #     238 to 260 -> 296 [0]
    #     262 to 286 -> 288 [1] lasti
    #     288 to 292 -> 296 [0]
    #     296 to 358 -> 366 [1] lasti
    #     364 to 364 -> 366 [1] lasti
    raise RuntimeError('depyf: could not decompile finally_in_try_two_managers: code protected by the finally at 262 after its try statement, at 184')


def finally_in_try_after_loop(c, t, x, n, m):
    t(1)
    try:
        while True:
            if c():
                break
            t(2)
        try:
            with m(29):
                x(31)
                return 33
        finally:
            t(34)
    except E1:
        t(35)
    except E2:
        return 36
    t(37)


def finally_in_try_in_loop(c, t, x, n, m):
    for i in n():
        try:
            try:
                with m(i):
                    x(i)
                    return i
            finally:
                t(34)
        except E1:
            t(35)
        t(37)
    return 38

assert run([], finally_in_try) in ((33, [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([2], finally_in_try) in (('E2', [('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try) in ((None, [('enter', 29), -31, ('exit', 29, True), 34, 37]), FELL)
assert run([], finally_in_try_two_managers) in ((33, [('enter', 29), ('enter', 30), -31, 32, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34]), FELL)
assert run([1, 0, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, True), 34]), FELL)
assert run([1, 1, 1], finally_in_try_two_managers) in ((38, [('enter', 29), ('enter', 30), -31, ('exit', 30, True), ('exit', 29, False), 34, 37]), FELL)
assert run([1, 0, 0, 1], finally_in_try_two_managers) in (('E1', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([1, 0, 0, 2], finally_in_try_two_managers) in (('E2', [('enter', 29), ('enter', 30), -31, ('exit', 30, False), ('exit', 29, False), 34, 35, -36]), FELL)
assert run([], finally_in_try_after_loop) in (('Budget', [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1], finally_in_try_after_loop) in ((33, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1], finally_in_try_after_loop) in ((33, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([1, 1], finally_in_try_after_loop) in ((None, [1, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_after_loop) in ((36, [1, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 0, 1], finally_in_try_after_loop) in ((33, [1, 2, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([0, 1, 1], finally_in_try_after_loop) in ((None, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34, 35, 37]), FELL)
assert run([0, 1, 2], finally_in_try_after_loop) in ((36, [1, 2, ('enter', 29), -31, ('exit', 29, False), 34]), FELL)
assert run([], finally_in_try_in_loop) in ((38, []), FELL)
assert run([1], finally_in_try_in_loop) in ((0, [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37]), FELL)
assert run([1, 2], finally_in_try_in_loop) in (('E2', [('enter', 0), 0, ('exit', 0, False), 34]), FELL)
assert run([2, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([1, 1, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, True), 34, 37]), FELL)
assert run([2, 1, 1], finally_in_try_in_loop) in ((1, [('enter', 0), 0, ('exit', 0, True), 34, 37, ('enter', 1), -1, ('exit', 1, False), 34]), FELL)
assert run([2, 1, 0, 1], finally_in_try_in_loop) in ((38, [('enter', 0), 0, ('exit', 0, False), 34, 35, 37, ('enter', 1), -1, ('exit', 1, False), 34, 35, 37]), FELL)
