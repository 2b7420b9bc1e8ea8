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


def if_while_try_else_continue(c, t, x, n, m):
    if c():
        while c():
            try:
                x(6)
                continue
            except E1:
                pass
    t(12)


def if_while_try_continue_in_body(c, t, x, n, m):
    if c():
        while c():
            try:
                x(6)
                continue
            except E1:
                pass
    t(12)


def try_finally_if_then_return_after(c, t, x, n, m):
    try:
        try:
            x(4)
        except E1:
            pass
        while c():
            pass
        x(13)
    finally:
        if c():
            t(18)
    return 19


def try_in_try_finally_if_then_return_after(c, t, x, n, m):
    try:
        try:
            x(4)
        except E1:
            pass
        t(13)
    finally:
        if c():
            t(18)
    return 19


def with_then_try_else_nested_withs_return(c, t, x, n, m):
    # depyf: could not decompile with_then_try_else_nested_withs_return: stack underflow
    #   140           0 RESUME                   0
    #   
    #   141           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE   210 (to 442)
    #   
    #   142          22 PUSH_NULL
    #                24 LOAD_FAST                4 (m)
    #                26 LOAD_CONST               1 (1)
    #                28 PRECALL                  1
    #                32 CALL                     1
    #                42 BEFORE_WITH
    #                44 STORE_FAST               5 (w)
    #   
    #   143          46 NOP
    #   
    #   142          48 LOAD_CONST               0 (None)
    #                50 LOAD_CONST               0 (None)
    #                52 LOAD_CONST               0 (None)
    #                54 PRECALL                  2
    #                58 CALL                     2
    #                68 POP_TOP
    #                70 JUMP_FORWARD            11 (to 94)
    #           >>   72 PUSH_EXC_INFO
    #                74 WITH_EXCEPT_START
    #                76 POP_JUMP_FORWARD_IF_TRUE     4 (to 86)
    #                78 RERAISE                  2
    #           >>   80 COPY                     3
    #                82 POP_EXCEPT
    #                84 RERAISE                  1
    #           >>   86 POP_TOP
    #                88 POP_EXCEPT
    #                90 POP_TOP
    #                92 POP_TOP
    #   
    #   144     >>   94 NOP
    #   
    #   145          96 PUSH_NULL
    #                98 LOAD_FAST                0 (c)
    #               100 PRECALL                  0
    #               104 CALL                     0
    #               114 POP_JUMP_FORWARD_IF_FALSE    11 (to 138)
    #   
    #   146     >>  116 NOP
    #   
    #   145         118 PUSH_NULL
    #               120 LOAD_FAST                0 (c)
    #               122 PRECALL                  0
    #               126 CALL                     0
    #               136 POP_JUMP_BACKWARD_IF_TRUE    11 (to 116)
    #   
    #   148     >>  138 PUSH_NULL
    #               140 LOAD_FAST                2 (x)
    #               142 LOAD_CONST               2 (8)
    #               144 PRECALL                  1
    #               148 CALL                     1
    #               158 POP_TOP
    #               160 NOP
    #   
    #   152         162 PUSH_NULL
    #               164 LOAD_FAST                4 (m)
    #               166 LOAD_CONST               3 (18)
    #               168 PRECALL                  1
    #               172 CALL                     1
    #               182 BEFORE_WITH
    #               184 POP_TOP
    #               186 PUSH_NULL
    #               188 LOAD_FAST                4 (m)
    #               190 LOAD_CONST               4 (19)
    #               192 PRECALL                  1
    #               196 CALL                     1
    #               206 BEFORE_WITH
    #               208 POP_TOP
    #   
    #   153         210 NOP
    #   
    #   152         212 LOAD_CONST               0 (None)
    #               214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 PRECALL                  2
    #               222 CALL                     2
    #               232 POP_TOP
    #               234 LOAD_CONST               0 (None)
    #               236 LOAD_CONST               0 (None)
    #               238 LOAD_CONST               0 (None)
    #               240 PRECALL                  2
    #               244 CALL                     2
    #               254 POP_TOP
    #   
    #   155         256 PUSH_NULL
    #               258 LOAD_FAST                1 (t)
    #               260 LOAD_CONST               5 (22)
    #               262 PRECALL                  1
    #               266 CALL                     1
    #               276 POP_TOP
    #               278 LOAD_CONST               6 (21)
    #               280 RETURN_VALUE
    #   
    #   152     >>  282 PUSH_EXC_INFO
    #               284 WITH_EXCEPT_START
    #               286 POP_JUMP_FORWARD_IF_TRUE     4 (to 296)
    #               288 RERAISE                  2
    #           >>  290 COPY                     3
    #               292 POP_EXCEPT
    #               294 RERAISE                  1
    #           >>  296 POP_TOP
    #               298 POP_EXCEPT
    #               300 POP_TOP
    #               302 POP_TOP
    #               304 LOAD_CONST               0 (None)
    #               306 LOAD_CONST               0 (None)
    #               308 LOAD_CONST               0 (None)
    #               310 PRECALL                  2
    #               314 CALL                     2
    #               324 POP_TOP
    #               326 JUMP_FORWARD            11 (to 350)
    #           >>  328 PUSH_EXC_INFO
    #               330 WITH_EXCEPT_START
    #               332 POP_JUMP_FORWARD_IF_TRUE     4 (to 342)
    #               334 RERAISE                  2
    #           >>  336 COPY                     3
    #               338 POP_EXCEPT
    #               340 RERAISE                  1
    #           >>  342 POP_TOP
    #               344 POP_EXCEPT
    #               346 POP_TOP
    #               348 POP_TOP
    #           >>  350 JUMP_FORWARD            16 (to 384)
    #           >>  352 PUSH_EXC_INFO
    #   
    #   149         354 LOAD_GLOBAL              0 (E1)
    #               366 CHECK_EXC_MATCH
    #               368 POP_JUMP_FORWARD_IF_FALSE     3 (to 376)
    #               370 POP_TOP
    #   
    #   150         372 POP_EXCEPT
    #               374 JUMP_FORWARD             4 (to 384)
    #   
    #   149     >>  376 RERAISE                  0
    #           >>  378 COPY                     3
    #               380 POP_EXCEPT
    #               382 RERAISE                  1
    #   
    #   155     >>  384 PUSH_NULL
    #               386 LOAD_FAST                1 (t)
    #               388 LOAD_CONST               5 (22)
    #               390 PRECALL                  1
    #               394 CALL                     1
    #               404 POP_TOP
    #               406 LOAD_CONST               0 (None)
    #               408 RETURN_VALUE
    #           >>  410 PUSH_EXC_INFO
    #               412 PUSH_NULL
    #               414 LOAD_FAST                1 (t)
    #               416 LOAD_CONST               5 (22)
    #               418 PRECALL                  1
    #               422 CALL                     1
    #               432 POP_TOP
    #               434 RERAISE                  0
    #           >>  436 COPY                     3
    #               438 POP_EXCEPT
    #               440 RERAISE                  1
    #   
    #   141     >>  442 LOAD_CONST               0 (None)
    #               444 RETURN_VALUE
    #   ExceptionTable:
    #     44 to 44 -> 72 [1] lasti
    #     72 to 78 -> 80 [3] lasti
    #     86 to 86 -> 80 [3] lasti
    #     96 to 158 -> 352 [0]
    #     162 to 182 -> 410 [0]
    #     184 to 206 -> 328 [1] lasti
    #     208 to 210 -> 282 [2] lasti
    #     212 to 232 -> 328 [1] lasti
    #     234 to 254 -> 410 [0]
    #     282 to 288 -> 290 [4] lasti
    #     290 to 294 -> 328 [1] lasti
    #     296 to 296 -> 290 [4] lasti
    #     298 to 302 -> 328 [1] lasti
    #     304 to 326 -> 410 [0]
    #     328 to 334 -> 336 [3] lasti
    #     336 to 340 -> 410 [0]
    #     342 to 342 -> 336 [3] lasti
    #     344 to 350 -> 410 [0]
    #     352 to 370 -> 378 [1] lasti
    #     372 to 374 -> 410 [0]
    #     376 to 376 -> 378 [1] lasti
    #     378 to 382 -> 410 [0]
    #     410 to 434 -> 436 [1] lasti
    raise RuntimeError('depyf: could not decompile with_then_try_else_nested_withs_return: stack underflow')

assert run([], if_while_try_else_continue) in ((None, [12]), FELL)
assert run([1, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([1, 1, 2], if_while_try_else_continue) in (('E2', [-6]), FELL)
assert run([1, 1, 0, 1], if_while_try_else_continue) in ((None, [-6, -6, 12]), FELL)
assert run([1, 1, 0, 1, 2], if_while_try_else_continue) in (('E2', [-6, -6]), FELL)
assert run([1, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([1, 3], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([2, 3], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([3, 1], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([3, 2], if_while_try_else_continue) in ((None, [-6, 12]), FELL)
assert run([], if_while_try_continue_in_body) in ((None, [12]), FELL)
assert run([1, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([1, 1, 2], if_while_try_continue_in_body) in (('E2', [-6]), FELL)
assert run([1, 1, 0, 1], if_while_try_continue_in_body) in ((None, [-6, -6, 12]), FELL)
assert run([1, 1, 0, 1, 2], if_while_try_continue_in_body) in (('E2', [-6, -6]), FELL)
assert run([1, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([1, 3], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([2, 3], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([3, 1], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([3, 2], if_while_try_continue_in_body) in ((None, [-6, 12]), FELL)
assert run([], try_finally_if_then_return_after) in ((19, [-4, -13]), FELL)
assert run([2], try_finally_if_then_return_after) in (('E2', [-4]), FELL)
assert run([2, 1], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([0, 0, 1], try_finally_if_then_return_after) in (('E1', [-4, -13]), FELL)
assert run([0, 0, 2], try_finally_if_then_return_after) in (('E2', [-4, -13]), FELL)
assert run([0, 0, 0, 1], try_finally_if_then_return_after) in ((19, [-4, -13, 18]), FELL)
assert run([0, 0, 1, 1], try_finally_if_then_return_after) in (('E1', [-4, -13, 18]), FELL)
assert run([0, 0, 2, 1], try_finally_if_then_return_after) in (('E2', [-4, -13, 18]), FELL)
assert run([2, 2], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([2, 3], try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([1, 0, 1], try_finally_if_then_return_after) in (('E1', [-4, -13]), FELL)
assert run([1, 0, 2], try_finally_if_then_return_after) in (('E2', [-4, -13]), FELL)
assert run([], try_in_try_finally_if_then_return_after) in ((19, [-4, 13]), FELL)
assert run([2], try_in_try_finally_if_then_return_after) in (('E2', [-4]), FELL)
assert run([0, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([2, 1], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([0, 2], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([0, 3], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 2], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([1, 3], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([2, 2], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([2, 3], try_in_try_finally_if_then_return_after) in (('E2', [-4, 18]), FELL)
assert run([3, 1], try_in_try_finally_if_then_return_after) in ((19, [-4, 13, 18]), FELL)
assert run([], with_then_try_else_nested_withs_return) in ((None, []), FELL)
assert run([1], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([1, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([2], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([3], with_then_try_else_nested_withs_return) in ((21, [('enter', 1), ('exit', 1, False), -8, ('enter', 18), ('enter', 19), ('exit', 19, False), ('exit', 18, False), 22]), FELL)
assert run([2, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([2, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([3, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([3, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 1, 0, 1], with_then_try_else_nested_withs_return) in ((None, [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
assert run([1, 1, 0, 2], with_then_try_else_nested_withs_return) in (('E2', [('enter', 1), ('exit', 1, False), -8, 22]), FELL)
