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


def if_try_if_else_return(c, t, x, n, m):
    if c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def never_looping_while_try_if_break(c, t, x, n, m):
    while c():
        try:
            if c():
                t(1)
                break
            return 7
        except E1:
            return 7
    t(8)


def while_try_if_else_return(c, t, x, n, m):
    while c():
        try:
            if c():
                t(1)
            else:
                return 7
        except E1:
            return 7
    t(8)


def while_if_try_if_else_return(c, t, x, n, m):
    while c():
        if c():
            try:
                if c():
                    t(1)
                else:
                    return 7
            except E1:
                return 7
        t(8)


def if_elif_nested_with_return(c, t, x, n, m):
    if not c():
        if c():
            pass
        elif c():
            with m(31), m(32):
                pass
            return 34
        elif c():
            with m(35) as w:
                return 36
    t(37)


def if_nested_with_return_then_if_return(c, t, x, n, m):
    if c():
        if c():
            with m(31), m(32):
                pass
            return 34
        if c():
            return 36
    t(37)


def if_nested_with_then_falls_on(c, t, x, n, m):
    if c():
        if c():
            with m(31), m(32):
                t(1)
            return 34
        t(2)
    t(37)


def try_except_with_return_finally(c, t, x, n, m):
    # depyf: could not decompile try_except_with_return_finally: a with's suppressing path goes on into a copy of the finally body at 156 after its try statement
    #   172           0 RESUME                   0
    #   
    #   173           2 NOP
    #   
    #   174           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (9)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #   
    #   175          26 PUSH_NULL
    #                28 LOAD_FAST                4 (m)
    #                30 LOAD_CONST               2 (13)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 STORE_FAST               5 (w)
    #   
    #   176          50 NOP
    #   
    #   175          52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 PRECALL                  2
    #                62 CALL                     2
    #                72 POP_TOP
    #   
    #   180          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               3 (24)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #                96 LOAD_CONST               4 (15)
    #                98 RETURN_VALUE
    #   
    #   175     >>  100 PUSH_EXC_INFO
    #               102 WITH_EXCEPT_START
    #               104 POP_JUMP_FORWARD_IF_TRUE     4 (to 114)
    #               106 RERAISE                  2
    #           >>  108 COPY                     3
    #               110 POP_EXCEPT
    #               112 RERAISE                  1
    #           >>  114 POP_TOP
    #               116 POP_EXCEPT
    #               118 POP_TOP
    #               120 POP_TOP
    #               122 JUMP_FORWARD            16 (to 156)
    #           >>  124 PUSH_EXC_INFO
    #   
    #   177         126 LOAD_GLOBAL              0 (E1)
    #               138 CHECK_EXC_MATCH
    #               140 POP_JUMP_FORWARD_IF_FALSE     3 (to 148)
    #               142 POP_TOP
    #   
    #   178         144 POP_EXCEPT
    #               146 JUMP_FORWARD             4 (to 156)
    #   
    #   177     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   180     >>  156 PUSH_NULL
    #               158 LOAD_FAST                1 (t)
    #               160 LOAD_CONST               3 (24)
    #               162 PRECALL                  1
    #               166 CALL                     1
    #               176 POP_TOP
    #               178 LOAD_CONST               0 (None)
    #               180 RETURN_VALUE
    #           >>  182 PUSH_EXC_INFO
    #               184 PUSH_NULL
    #               186 LOAD_FAST                1 (t)
    #               188 LOAD_CONST               3 (24)
    #               190 PRECALL                  1
    #               194 CALL                     1
    #               204 POP_TOP
    #               206 RERAISE                  0
    #           >>  208 COPY                     3
    #               210 POP_EXCEPT
    #               212 RERAISE                  1
    #   ExceptionTable:
    #     4 to 46 -> 124 [0]
    #     48 to 50 -> 100 [1] lasti
    #     52 to 72 -> 124 [0]
    #     100 to 106 -> 108 [3] lasti
    #     108 to 112 -> 124 [0]
    #     114 to 114 -> 108 [3] lasti
    #     116 to 120 -> 124 [0]
    #     122 to 122 -> 182 [0]
    #     124 to 142 -> 150 [1] lasti
    #     144 to 146 -> 182 [0]
    #     148 to 148 -> 150 [1] lasti
    #     150 to 154 -> 182 [0]
    #     182 to 206 -> 208 [1] lasti
    raise RuntimeError("depyf: could not decompile try_except_with_return_finally: a with's suppressing path goes on into a copy of the finally body at 156 after its try statement")


def if_else_try_except_with_return_finally(c, t, x, n, m):
    # depyf: could not decompile if_else_try_except_with_return_finally: a with's suppressing path goes on into a copy of the finally body at 382 after its try statement
    #   183           0 RESUME                   0
    #   
    #   184           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 STORE_FAST               5 (w)
    #   
    #   185          26 NOP
    #   
    #   184          28 LOAD_CONST               0 (None)
    #                30 LOAD_CONST               0 (None)
    #                32 LOAD_CONST               0 (None)
    #                34 PRECALL                  2
    #                38 CALL                     2
    #                48 POP_TOP
    #                50 JUMP_FORWARD            11 (to 74)
    #           >>   52 PUSH_EXC_INFO
    #                54 WITH_EXCEPT_START
    #                56 POP_JUMP_FORWARD_IF_TRUE     4 (to 66)
    #                58 RERAISE                  2
    #           >>   60 COPY                     3
    #                62 POP_EXCEPT
    #                64 RERAISE                  1
    #           >>   66 POP_TOP
    #                68 POP_EXCEPT
    #                70 POP_TOP
    #                72 POP_TOP
    #   
    #   186     >>   74 PUSH_NULL
    #                76 LOAD_FAST                0 (c)
    #                78 PRECALL                  0
    #                82 CALL                     0
    #                92 POP_JUMP_FORWARD_IF_FALSE     2 (to 98)
    #   
    #   187          94 LOAD_CONST               0 (None)
    #                96 RETURN_VALUE
    #   
    #   189     >>   98 NOP
    #   
    #   190         100 NOP
    #   
    #   191         102 PUSH_NULL
    #               104 LOAD_FAST                2 (x)
    #               106 LOAD_CONST               2 (9)
    #               108 PRECALL                  1
    #               112 CALL                     1
    #               122 POP_TOP
    #               124 JUMP_FORWARD            45 (to 216)
    #           >>  126 PUSH_EXC_INFO
    #   
    #   192         128 LOAD_GLOBAL              0 (E1)
    #               140 CHECK_EXC_MATCH
    #               142 POP_JUMP_FORWARD_IF_FALSE     3 (to 150)
    #               144 POP_TOP
    #   
    #   193         146 POP_EXCEPT
    #               148 JUMP_FORWARD            33 (to 216)
    #   
    #   194     >>  150 LOAD_GLOBAL              2 (E2)
    #               162 CHECK_EXC_MATCH
    #               164 POP_JUMP_FORWARD_IF_FALSE    21 (to 208)
    #               166 STORE_FAST               6 (e)
    #   
    #   195         168 PUSH_NULL
    #               170 LOAD_FAST                2 (x)
    #               172 LOAD_CONST               3 (12)
    #               174 PRECALL                  1
    #               178 CALL                     1
    #               188 POP_TOP
    #               190 POP_EXCEPT
    #               192 LOAD_CONST               0 (None)
    #               194 STORE_FAST               6 (e)
    #               196 DELETE_FAST              6 (e)
    #               198 JUMP_FORWARD             8 (to 216)
    #           >>  200 LOAD_CONST               0 (None)
    #               202 STORE_FAST               6 (e)
    #               204 DELETE_FAST              6 (e)
    #               206 RERAISE                  1
    #   
    #   194     >>  208 RERAISE                  0
    #           >>  210 COPY                     3
    #               212 POP_EXCEPT
    #               214 RERAISE                  1
    #   
    #   196     >>  216 PUSH_NULL
    #               218 LOAD_FAST                4 (m)
    #               220 LOAD_CONST               4 (13)
    #               222 PRECALL                  1
    #               226 CALL                     1
    #               236 BEFORE_WITH
    #               238 STORE_FAST               5 (w)
    #   
    #   197         240 NOP
    #   
    #   196         242 LOAD_CONST               0 (None)
    #               244 LOAD_CONST               0 (None)
    #               246 LOAD_CONST               0 (None)
    #               248 PRECALL                  2
    #               252 CALL                     2
    #               262 POP_TOP
    #   
    #   203         264 PUSH_NULL
    #               266 LOAD_FAST                1 (t)
    #               268 LOAD_CONST               5 (24)
    #               270 PRECALL                  1
    #               274 CALL                     1
    #               284 POP_TOP
    #               286 LOAD_CONST               6 (15)
    #               288 RETURN_VALUE
    #   
    #   196     >>  290 PUSH_EXC_INFO
    #               292 WITH_EXCEPT_START
    #               294 POP_JUMP_FORWARD_IF_TRUE     4 (to 304)
    #               296 RERAISE                  2
    #           >>  298 COPY                     3
    #               300 POP_EXCEPT
    #               302 RERAISE                  1
    #           >>  304 POP_TOP
    #               306 POP_EXCEPT
    #               308 POP_TOP
    #               310 POP_TOP
    #               312 JUMP_FORWARD            34 (to 382)
    #           >>  314 PUSH_EXC_INFO
    #   
    #   198         316 LOAD_GLOBAL              0 (E1)
    #               328 CHECK_EXC_MATCH
    #               330 POP_JUMP_FORWARD_IF_FALSE     3 (to 338)
    #               332 POP_TOP
    #   
    #   199         334 POP_EXCEPT
    #               336 JUMP_FORWARD            22 (to 382)
    #   
    #   200     >>  338 LOAD_GLOBAL              2 (E2)
    #               350 CHECK_EXC_MATCH
    #               352 POP_JUMP_FORWARD_IF_FALSE    10 (to 374)
    #               354 STORE_FAST               6 (e)
    #   
    #   201         356 POP_EXCEPT
    #               358 LOAD_CONST               0 (None)
    #               360 STORE_FAST               6 (e)
    #               362 DELETE_FAST              6 (e)
    #               364 JUMP_FORWARD             8 (to 382)
    #               366 LOAD_CONST               0 (None)
    #               368 STORE_FAST               6 (e)
    #               370 DELETE_FAST              6 (e)
    #               372 RERAISE                  1
    #   
    #   200     >>  374 RERAISE                  0
    #           >>  376 COPY                     3
    #               378 POP_EXCEPT
    #               380 RERAISE                  1
    #   
    #   203     >>  382 PUSH_NULL
    #               384 LOAD_FAST                1 (t)
    #               386 LOAD_CONST               5 (24)
    #               388 PRECALL                  1
    #               392 CALL                     1
    #               402 POP_TOP
    #               404 LOAD_CONST               0 (None)
    #               406 RETURN_VALUE
    #           >>  408 PUSH_EXC_INFO
    #               410 PUSH_NULL
    #               412 LOAD_FAST                1 (t)
    #               414 LOAD_CONST               5 (24)
    #               416 PRECALL                  1
    #               420 CALL                     1
    #               430 POP_TOP
    #               432 RERAISE                  0
    #           >>  434 COPY                     3
    #               436 POP_EXCEPT
    #               438 RERAISE                  1
    #   ExceptionTable:
    #     24 to 24 -> 52 [1] lasti
    #     52 to 58 -> 60 [3] lasti
    #     66 to 66 -> 60 [3] lasti
    #     102 to 122 -> 126 [0]
    #     124 to 124 -> 314 [0]
    #     126 to 144 -> 210 [1] lasti
    #     146 to 148 -> 314 [0]
    #     150 to 166 -> 210 [1] lasti
    #     168 to 188 -> 200 [1] lasti
    #     190 to 198 -> 314 [0]
    #     200 to 208 -> 210 [1] lasti
    #     210 to 236 -> 314 [0]
    #     238 to 240 -> 290 [1] lasti
    #     242 to 262 -> 314 [0]
    #     290 to 296 -> 298 [3] lasti
    #     298 to 302 -> 314 [0]
    #     304 to 304 -> 298 [3] lasti
    #     306 to 310 -> 314 [0]
    #     312 to 312 -> 408 [0]
    #     314 to 332 -> 376 [1] lasti
    #     334 to 336 -> 408 [0]
    #     338 to 354 -> 376 [1] lasti
    #     356 to 364 -> 408 [0]
    #     366 to 374 -> 376 [1] lasti
    #     376 to 380 -> 408 [0]
    #     408 to 432 -> 434 [1] lasti
    raise RuntimeError("depyf: could not decompile if_else_try_except_with_return_finally: a with's suppressing path goes on into a copy of the finally body at 382 after its try statement")

assert run([], if_try_if_else_return) in ((None, [8]), FELL)
assert run([0], if_try_if_else_return) in ((None, [8]), FELL)
assert run([1], if_try_if_else_return) in ((7, []), FELL)
assert run([2], if_try_if_else_return) in ((7, []), FELL)
assert run([1, 0], if_try_if_else_return) in ((7, []), FELL)
assert run([1, 1], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 2], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([2, 0], if_try_if_else_return) in ((7, []), FELL)
assert run([2, 1], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([2, 2], if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([], never_looping_while_try_if_break) in ((None, [8]), FELL)
assert run([0], never_looping_while_try_if_break) in ((None, [8]), FELL)
assert run([1], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([2], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([1, 0], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([1, 1], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([1, 2], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([2, 0], never_looping_while_try_if_break) in ((7, []), FELL)
assert run([2, 1], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([2, 2], never_looping_while_try_if_break) in ((None, [1, 8]), FELL)
assert run([], while_try_if_else_return) in ((None, [8]), FELL)
assert run([0], while_try_if_else_return) in ((None, [8]), FELL)
assert run([1], while_try_if_else_return) in ((7, []), FELL)
assert run([2], while_try_if_else_return) in ((7, []), FELL)
assert run([1, 0], while_try_if_else_return) in ((7, []), FELL)
assert run([1, 1], while_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 1, 1], while_try_if_else_return) in ((7, [1]), FELL)
assert run([1, 1, 1, 1], while_try_if_else_return) in ((None, [1, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1], while_try_if_else_return) in ((7, [1, 1]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_try_if_else_return) in ((None, [1, 1, 1, 8]), FELL)
assert run([], while_if_try_if_else_return) in ((None, []), FELL)
assert run([1], while_if_try_if_else_return) in ((None, [8]), FELL)
assert run([1, 1], while_if_try_if_else_return) in ((7, []), FELL)
assert run([1, 0, 1], while_if_try_if_else_return) in ((None, [8, 8]), FELL)
assert run([1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8]), FELL)
assert run([1, 0, 1, 1], while_if_try_if_else_return) in ((7, [8]), FELL)
assert run([1, 1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8, 8]), FELL)
assert run([1, 0, 1, 0, 1], while_if_try_if_else_return) in ((None, [8, 8, 8]), FELL)
assert run([1, 0, 1, 1, 1], while_if_try_if_else_return) in ((None, [8, 1, 8]), FELL)
assert run([1, 1, 1, 1, 1], while_if_try_if_else_return) in ((7, [1, 8]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_if_try_if_else_return) in ((7, [8, 8]), FELL)
assert run([1, 0, 1, 1, 1, 1], while_if_try_if_else_return) in ((None, [8, 1, 8, 8]), FELL)
assert run([1, 1, 1, 1, 0, 1], while_if_try_if_else_return) in ((None, [1, 8, 8, 8]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_if_try_if_else_return) in ((None, [1, 8, 1, 8]), FELL)
assert run([], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([1], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([2], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 1], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 2], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0, 0], if_elif_nested_with_return) in ((None, [37]), FELL)
assert run([0, 0, 1], if_elif_nested_with_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([0, 0, 0, 1], if_elif_nested_with_return) in ((36, [('enter', 35), ('exit', 35, False)]), FELL)
assert run([], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([2], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1, 0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([1, 1], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 2], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 0], if_nested_with_return_then_if_return) in ((None, [37]), FELL)
assert run([2, 1], if_nested_with_return_then_if_return) in ((34, [('enter', 31), ('enter', 32), ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 0, 1], if_nested_with_return_then_if_return) in ((36, []), FELL)
assert run([], if_nested_with_then_falls_on) in ((None, [37]), FELL)
assert run([0], if_nested_with_then_falls_on) in ((None, [37]), FELL)
assert run([1], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([2], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([1, 0], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([1, 1], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([1, 2], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 0], if_nested_with_then_falls_on) in ((None, [2, 37]), FELL)
assert run([2, 1], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([2, 2], if_nested_with_then_falls_on) in ((34, [('enter', 31), ('enter', 32), 1, ('exit', 32, False), ('exit', 31, False)]), FELL)
assert run([], try_except_with_return_finally) in ((15, [-9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0], try_except_with_return_finally) in ((15, [-9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([1], try_except_with_return_finally) in ((None, [-9, 24]), FELL)
assert run([2], try_except_with_return_finally) in (('E2', [-9, 24]), FELL)
assert run([], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([1], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([2], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 1], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, -12, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2, 0], if_else_try_except_with_return_finally) in ((15, [('enter', 1), ('exit', 1, False), -9, -12, ('enter', 13), ('exit', 13, False), 24]), FELL)
assert run([0, 2, 1], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False), -9, -12, 24]), FELL)
assert run([0, 2, 2], if_else_try_except_with_return_finally) in ((None, [('enter', 1), ('exit', 1, False), -9, -12, 24]), FELL)
