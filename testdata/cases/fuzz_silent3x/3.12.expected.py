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
        else:
            if c():
                with m(31), m(32):
                    pass
                return 34
            if c():
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
    # depyf: could not decompile try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 130
    #   172           0 RESUME                   0
    #   
    #   173           2 NOP
    #   
    #   174           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (9)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   175          20 PUSH_NULL
    #                22 LOAD_FAST                4 (m)
    #                24 LOAD_CONST               2 (13)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 STORE_FAST               5 (w)
    #   
    #   176          38 NOP
    #   
    #   175          40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 LOAD_CONST               0 (None)
    #                46 CALL                     2
    #                54 POP_TOP
    #   
    #   180          56 PUSH_NULL
    #                58 LOAD_FAST                1 (t)
    #                60 LOAD_CONST               3 (24)
    #                62 CALL                     1
    #                70 POP_TOP
    #                72 RETURN_CONST             4 (15)
    #   
    #   175     >>   74 PUSH_EXC_INFO
    #                76 WITH_EXCEPT_START
    #                78 POP_JUMP_IF_TRUE         1 (to 82)
    #                80 RERAISE                  2
    #           >>   82 POP_TOP
    #                84 POP_EXCEPT
    #                86 POP_TOP
    #                88 POP_TOP
    #                90 JUMP_FORWARD             3 (to 98)
    #           >>   92 COPY                     3
    #                94 POP_EXCEPT
    #                96 RERAISE                  1
    #           >>   98 JUMP_FORWARD            15 (to 130)
    #           >>  100 PUSH_EXC_INFO
    #   
    #   177         102 LOAD_GLOBAL              0 (E1)
    #               112 CHECK_EXC_MATCH
    #               114 POP_JUMP_IF_FALSE        3 (to 122)
    #               116 POP_TOP
    #   
    #   178         118 POP_EXCEPT
    #               120 JUMP_FORWARD             4 (to 130)
    #   
    #   177     >>  122 RERAISE                  0
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #   
    #   180     >>  130 PUSH_NULL
    #               132 LOAD_FAST                1 (t)
    #               134 LOAD_CONST               3 (24)
    #               136 CALL                     1
    #               144 POP_TOP
    #               146 RETURN_CONST             0 (None)
    #           >>  148 PUSH_EXC_INFO
    #               150 PUSH_NULL
    #               152 LOAD_FAST                1 (t)
    #               154 LOAD_CONST               3 (24)
    #               156 CALL                     1
    #               164 POP_TOP
    #               166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   ExceptionTable:
    #     4 to 34 -> 100 [0]
    #     36 to 38 -> 74 [1] lasti
    #     40 to 54 -> 100 [0]
    #     74 to 82 -> 92 [3] lasti
    #     84 to 96 -> 100 [0]
    #     98 to 98 -> 148 [0]
    #     100 to 116 -> 124 [1] lasti
    #     118 to 120 -> 148 [0]
    #     122 to 122 -> 124 [1] lasti
    #     124 to 128 -> 148 [0]
    #     148 to 166 -> 168 [1] lasti
    raise RuntimeError("depyf: could not decompile try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 130")


def if_else_try_except_with_return_finally(c, t, x, n, m):
    # depyf: could not decompile if_else_try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 322
    #   183           0 RESUME                   0
    #   
    #   184           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 CALL                     1
    #                16 BEFORE_WITH
    #                18 STORE_FAST               5 (w)
    #   
    #   185          20 NOP
    #   
    #   184          22 LOAD_CONST               0 (None)
    #                24 LOAD_CONST               0 (None)
    #                26 LOAD_CONST               0 (None)
    #                28 CALL                     2
    #                36 POP_TOP
    #   
    #   186     >>   38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        1 (to 54)
    #   
    #   187          52 RETURN_CONST             0 (None)
    #   
    #   189     >>   54 NOP
    #   
    #   190          56 NOP
    #   
    #   191          58 PUSH_NULL
    #                60 LOAD_FAST                2 (x)
    #                62 LOAD_CONST               2 (9)
    #                64 CALL                     1
    #                72 POP_TOP
    #   
    #   196     >>   74 PUSH_NULL
    #                76 LOAD_FAST                4 (m)
    #                78 LOAD_CONST               4 (13)
    #                80 CALL                     1
    #                88 BEFORE_WITH
    #                90 STORE_FAST               5 (w)
    #   
    #   197          92 NOP
    #   
    #   196          94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #   
    #   203         110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 LOAD_CONST               5 (24)
    #               116 CALL                     1
    #               124 POP_TOP
    #               126 RETURN_CONST             6 (15)
    #   
    #   184     >>  128 PUSH_EXC_INFO
    #               130 WITH_EXCEPT_START
    #               132 POP_JUMP_IF_TRUE         1 (to 136)
    #               134 RERAISE                  2
    #           >>  136 POP_TOP
    #               138 POP_EXCEPT
    #               140 POP_TOP
    #               142 POP_TOP
    #               144 JUMP_BACKWARD           54 (to 38)
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #           >>  152 PUSH_EXC_INFO
    #   
    #   192         154 LOAD_GLOBAL              0 (E1)
    #               164 CHECK_EXC_MATCH
    #               166 POP_JUMP_IF_FALSE        3 (to 174)
    #               168 POP_TOP
    #   
    #   193         170 POP_EXCEPT
    #               172 JUMP_BACKWARD           50 (to 74)
    #   
    #   194     >>  174 LOAD_GLOBAL              2 (E2)
    #               184 CHECK_EXC_MATCH
    #               186 POP_JUMP_IF_FALSE       18 (to 224)
    #               188 STORE_FAST               6 (e)
    #   
    #   195         190 PUSH_NULL
    #               192 LOAD_FAST                2 (x)
    #               194 LOAD_CONST               3 (12)
    #               196 CALL                     1
    #               204 POP_TOP
    #               206 POP_EXCEPT
    #               208 LOAD_CONST               0 (None)
    #               210 STORE_FAST               6 (e)
    #               212 DELETE_FAST              6 (e)
    #               214 JUMP_BACKWARD           71 (to 74)
    #           >>  216 LOAD_CONST               0 (None)
    #               218 STORE_FAST               6 (e)
    #               220 DELETE_FAST              6 (e)
    #               222 RERAISE                  1
    #   
    #   194     >>  224 RERAISE                  0
    #           >>  226 COPY                     3
    #               228 POP_EXCEPT
    #               230 RERAISE                  1
    #   
    #   196     >>  232 PUSH_EXC_INFO
    #               234 WITH_EXCEPT_START
    #               236 POP_JUMP_IF_TRUE         1 (to 240)
    #               238 RERAISE                  2
    #           >>  240 POP_TOP
    #               242 POP_EXCEPT
    #               244 POP_TOP
    #               246 POP_TOP
    #               248 JUMP_FORWARD             3 (to 256)
    #           >>  250 COPY                     3
    #               252 POP_EXCEPT
    #               254 RERAISE                  1
    #           >>  256 JUMP_FORWARD            32 (to 322)
    #           >>  258 PUSH_EXC_INFO
    #   
    #   198         260 LOAD_GLOBAL              0 (E1)
    #               270 CHECK_EXC_MATCH
    #               272 POP_JUMP_IF_FALSE        3 (to 280)
    #               274 POP_TOP
    #   
    #   199         276 POP_EXCEPT
    #               278 JUMP_FORWARD            21 (to 322)
    #   
    #   200     >>  280 LOAD_GLOBAL              2 (E2)
    #               290 CHECK_EXC_MATCH
    #               292 POP_JUMP_IF_FALSE       10 (to 314)
    #               294 STORE_FAST               6 (e)
    #   
    #   201         296 POP_EXCEPT
    #               298 LOAD_CONST               0 (None)
    #               300 STORE_FAST               6 (e)
    #               302 DELETE_FAST              6 (e)
    #               304 JUMP_FORWARD             8 (to 322)
    #               306 LOAD_CONST               0 (None)
    #               308 STORE_FAST               6 (e)
    #               310 DELETE_FAST              6 (e)
    #               312 RERAISE                  1
    #   
    #   200     >>  314 RERAISE                  0
    #           >>  316 COPY                     3
    #               318 POP_EXCEPT
    #               320 RERAISE                  1
    #   
    #   203     >>  322 PUSH_NULL
    #               324 LOAD_FAST                1 (t)
    #               326 LOAD_CONST               5 (24)
    #               328 CALL                     1
    #               336 POP_TOP
    #               338 RETURN_CONST             0 (None)
    #           >>  340 PUSH_EXC_INFO
    #               342 PUSH_NULL
    #               344 LOAD_FAST                1 (t)
    #               346 LOAD_CONST               5 (24)
    #               348 CALL                     1
    #               356 POP_TOP
    #               358 RERAISE                  0
    #           >>  360 COPY                     3
    #               362 POP_EXCEPT
    #               364 RERAISE                  1
    #   ExceptionTable:
    #     18 to 18 -> 128 [1] lasti
    #     58 to 72 -> 152 [0]
    #     74 to 88 -> 258 [0]
    #     90 to 92 -> 232 [1] lasti
    #     94 to 108 -> 258 [0]
    #     128 to 136 -> 146 [3] lasti
    #     152 to 168 -> 226 [1] lasti
    #     170 to 172 -> 258 [0]
    #     174 to 188 -> 226 [1] lasti
    #     190 to 204 -> 216 [1] lasti
    #     206 to 214 -> 258 [0]
    #     216 to 224 -> 226 [1] lasti
    #     226 to 230 -> 258 [0]
    #     232 to 240 -> 250 [3] lasti
    #     242 to 254 -> 258 [0]
    #     256 to 256 -> 340 [0]
    #     258 to 274 -> 316 [1] lasti
    #     276 to 278 -> 340 [0]
    #     280 to 294 -> 316 [1] lasti
    #     296 to 304 -> 340 [0]
    #     306 to 314 -> 316 [1] lasti
    #     316 to 320 -> 340 [0]
    #     340 to 358 -> 360 [1] lasti
    raise RuntimeError("depyf: could not decompile if_else_try_except_with_return_finally: the normal exit's copy of the finally body past the statement's end at 322")

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
