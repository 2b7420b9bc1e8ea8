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


def elif_try_with_return_finally_else(c, t, x, n, m):
    v = 1
    q = 2
    if c():
        return None
    if c():
        try:
            x(40)
            return v if c() else q
        except E2 as e:
            pass
        try:
            with m(43) as w:
                x(q)
                return 49
        except E1:
            return v
        finally:
            pass
    else:
        t(53)


def if_try_with_return_finally_else(c, t, x, n, m):
    if c():
        x(1)
        try:
            with m(3):
                x(4)
                return 5
        except E1:
            return 6
        finally:
            pass
    else:
        t(8)


def elif_with_return_finally_else(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(2)
        except E2:
            pass
        try:
            with m(3):
                x(4)
                return 5
        finally:
            t(7)
    else:
        t(8)
    t(9)


def elif_try_with_return_finally_code(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(40)
            return 2 if c() else 3
        except E2:
            pass
        try:
            with m(3):
                x(4)
                return 5
        except E1:
            return 6
        finally:
            pass
        t(7)
    else:
        t(8)
    return 9


def loop_elif_try_with_return_finally(c, t, x, n, m):
    # depyf: could not decompile loop_elif_try_with_return_finally: code after a try/finally reached only by a with's suppressing path at 316
    #   160           0 RESUME                   0
    #   
    #   161           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               165 (to 354)
    #                24 STORE_FAST               5 (i)
    #   
    #   162          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    12 (to 70)
    #   
    #   163          46 PUSH_NULL
    #                48 LOAD_FAST                1 (t)
    #                50 LOAD_CONST               1 (1)
    #                52 PRECALL                  1
    #                56 CALL                     1
    #                66 POP_TOP
    #                68 JUMP_BACKWARD           24 (to 22)
    #   
    #   164     >>   70 PUSH_NULL
    #                72 LOAD_FAST                0 (c)
    #                74 PRECALL                  0
    #                78 CALL                     0
    #                88 POP_JUMP_FORWARD_IF_FALSE   120 (to 330)
    #   
    #   165          90 NOP
    #   
    #   166          92 PUSH_NULL
    #                94 LOAD_FAST                2 (x)
    #                96 LOAD_CONST               2 (40)
    #                98 PRECALL                  1
    #               102 CALL                     1
    #               112 POP_TOP
    #   
    #   167         114 PUSH_NULL
    #               116 LOAD_FAST                0 (c)
    #               118 PRECALL                  0
    #               122 CALL                     0
    #               132 POP_JUMP_FORWARD_IF_FALSE     2 (to 138)
    #               134 LOAD_CONST               3 (2)
    #               136 JUMP_FORWARD             1 (to 140)
    #           >>  138 LOAD_CONST               4 (3)
    #           >>  140 SWAP                     2
    #               142 POP_TOP
    #               144 RETURN_VALUE
    #           >>  146 PUSH_EXC_INFO
    #   
    #   168         148 LOAD_GLOBAL              0 (E2)
    #               160 CHECK_EXC_MATCH
    #               162 POP_JUMP_FORWARD_IF_FALSE     3 (to 170)
    #               164 POP_TOP
    #   
    #   169         166 POP_EXCEPT
    #               168 JUMP_FORWARD             4 (to 178)
    #   
    #   168     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #   170     >>  178 NOP
    #   
    #   171         180 PUSH_NULL
    #               182 LOAD_FAST                4 (m)
    #               184 LOAD_CONST               4 (3)
    #               186 PRECALL                  1
    #               190 CALL                     1
    #               200 BEFORE_WITH
    #               202 POP_TOP
    #   
    #   172         204 PUSH_NULL
    #               206 LOAD_FAST                2 (x)
    #               208 LOAD_CONST               5 (4)
    #               210 PRECALL                  1
    #               214 CALL                     1
    #               224 POP_TOP
    #   
    #   173         226 NOP
    #   
    #   171         228 LOAD_CONST               0 (None)
    #               230 LOAD_CONST               0 (None)
    #               232 LOAD_CONST               0 (None)
    #               234 PRECALL                  2
    #               238 CALL                     2
    #               248 POP_TOP
    #   
    #   177         250 POP_TOP
    #               252 LOAD_CONST               6 (5)
    #               254 RETURN_VALUE
    #   
    #   171     >>  256 PUSH_EXC_INFO
    #               258 WITH_EXCEPT_START
    #               260 POP_JUMP_FORWARD_IF_TRUE     4 (to 270)
    #               262 RERAISE                  2
    #           >>  264 COPY                     3
    #               266 POP_EXCEPT
    #               268 RERAISE                  1
    #           >>  270 POP_TOP
    #               272 POP_EXCEPT
    #               274 POP_TOP
    #               276 POP_TOP
    #               278 JUMP_FORWARD            18 (to 316)
    #           >>  280 PUSH_EXC_INFO
    #   
    #   174         282 LOAD_GLOBAL              2 (E1)
    #               294 CHECK_EXC_MATCH
    #               296 POP_JUMP_FORWARD_IF_FALSE     5 (to 308)
    #               298 POP_TOP
    #   
    #   175         300 POP_EXCEPT
    #   
    #   177         302 POP_TOP
    #               304 LOAD_CONST               7 (6)
    #               306 RETURN_VALUE
    #   
    #   174     >>  308 RERAISE                  0
    #           >>  310 COPY                     3
    #               312 POP_EXCEPT
    #               314 RERAISE                  1
    #   
    #   171     >>  316 NOP
    #   
    #   177         318 JUMP_BACKWARD          149 (to 22)
    #           >>  320 PUSH_EXC_INFO
    #               322 RERAISE                  0
    #           >>  324 COPY                     3
    #               326 POP_EXCEPT
    #               328 RERAISE                  1
    #   
    #   179     >>  330 PUSH_NULL
    #               332 LOAD_FAST                1 (t)
    #               334 LOAD_CONST               8 (8)
    #               336 PRECALL                  1
    #               340 CALL                     1
    #               350 POP_TOP
    #               352 JUMP_BACKWARD          166 (to 22)
    #   
    #   180     >>  354 LOAD_CONST               9 (9)
    #               356 RETURN_VALUE
    #   ExceptionTable:
    #     92 to 138 -> 146 [1]
    #     146 to 164 -> 172 [2] lasti
    #     170 to 170 -> 172 [2] lasti
    #     180 to 200 -> 280 [1]
    #     202 to 226 -> 256 [2] lasti
    #     228 to 248 -> 280 [1]
    #     256 to 262 -> 264 [4] lasti
    #     264 to 268 -> 280 [1]
    #     270 to 270 -> 264 [4] lasti
    #     272 to 276 -> 280 [1]
    #     278 to 278 -> 320 [1]
    #     280 to 298 -> 310 [2] lasti
    #     300 to 300 -> 320 [1]
    #     308 to 308 -> 310 [2] lasti
    #     310 to 314 -> 320 [1]
    #     320 to 322 -> 324 [2] lasti
    raise RuntimeError("depyf: could not decompile loop_elif_try_with_return_finally: code after a try/finally reached only by a with's suppressing path at 316")

assert run([], elif_try_with_return_finally_else) in ((None, [53]), FELL)
assert run([1], elif_try_with_return_finally_else) in ((None, []), FELL)
assert run([0, 1], elif_try_with_return_finally_else) in ((2, [-40]), FELL)
assert run([0, 1, 1], elif_try_with_return_finally_else) in (('E1', [-40]), FELL)
assert run([0, 1, 2], elif_try_with_return_finally_else) in ((49, [-40, ('enter', 43), -2, ('exit', 43, False)]), FELL)
assert run([0, 1, 0, 1], elif_try_with_return_finally_else) in ((1, [-40]), FELL)
assert run([0, 1, 2, 1], elif_try_with_return_finally_else) in ((1, [-40, ('enter', 43), -2, ('exit', 43, False)]), FELL)
assert run([0, 1, 2, 2], elif_try_with_return_finally_else) in (('E2', [-40, ('enter', 43), -2, ('exit', 43, False)]), FELL)
assert run([0, 1, 2, 1, 1], elif_try_with_return_finally_else) in ((None, [-40, ('enter', 43), -2, ('exit', 43, True)]), FELL)
assert run([], if_try_with_return_finally_else) in ((None, [8]), FELL)
assert run([1], if_try_with_return_finally_else) in ((5, [-1, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], if_try_with_return_finally_else) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_with_return_finally_else) in (('E2', [-1]), FELL)
assert run([1, 0, 1], if_try_with_return_finally_else) in ((6, [-1, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 0, 2], if_try_with_return_finally_else) in (('E2', [-1, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 0, 1, 1], if_try_with_return_finally_else) in ((None, [-1, ('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], elif_with_return_finally_else) in ((None, [8, 9]), FELL)
assert run([1], elif_with_return_finally_else) in ((None, [1, 9]), FELL)
assert run([0, 1], elif_with_return_finally_else) in ((5, [-2, ('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([0, 1, 1], elif_with_return_finally_else) in (('E1', [-2]), FELL)
assert run([0, 1, 0, 1], elif_with_return_finally_else) in (('E1', [-2, ('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([0, 1, 0, 2], elif_with_return_finally_else) in (('E2', [-2, ('enter', 3), -4, ('exit', 3, False), 7]), FELL)
assert run([0, 1, 0, 1, 1], elif_with_return_finally_else) in ((None, [-2, ('enter', 3), -4, ('exit', 3, True), 7, 9]), FELL)
assert run([], elif_try_with_return_finally_code) in ((9, [8]), FELL)
assert run([1], elif_try_with_return_finally_code) in ((9, [1]), FELL)
assert run([0, 1], elif_try_with_return_finally_code) in ((3, [-40]), FELL)
assert run([0, 1, 1], elif_try_with_return_finally_code) in (('E1', [-40]), FELL)
assert run([0, 1, 2], elif_try_with_return_finally_code) in ((5, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 0, 1], elif_try_with_return_finally_code) in ((2, [-40]), FELL)
assert run([0, 1, 2, 1], elif_try_with_return_finally_code) in ((6, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2, 2], elif_try_with_return_finally_code) in (('E2', [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2, 1, 1], elif_try_with_return_finally_code) in ((9, [-40, ('enter', 3), -4, ('exit', 3, True), 7]), FELL)
assert run([], loop_elif_try_with_return_finally) in ((9, []), FELL)
assert run([1], loop_elif_try_with_return_finally) in ((9, [8]), FELL)
assert run([2], loop_elif_try_with_return_finally) in ((9, [8, 8]), FELL)
assert run([1, 1], loop_elif_try_with_return_finally) in ((9, [1]), FELL)
assert run([2, 1], loop_elif_try_with_return_finally) in ((9, [1, 8]), FELL)
assert run([1, 0, 1], loop_elif_try_with_return_finally) in ((3, [-40]), FELL)
assert run([2, 1, 1], loop_elif_try_with_return_finally) in ((9, [1, 1]), FELL)
assert run([1, 0, 1, 1], loop_elif_try_with_return_finally) in (('E1', [-40]), FELL)
assert run([1, 0, 1, 2], loop_elif_try_with_return_finally) in ((5, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2, 0, 0, 1], loop_elif_try_with_return_finally) in ((9, [8, 1]), FELL)
assert run([2, 1, 0, 1], loop_elif_try_with_return_finally) in ((3, [1, -40]), FELL)
assert run([1, 0, 1, 0, 1], loop_elif_try_with_return_finally) in ((2, [-40]), FELL)
assert run([1, 0, 1, 2, 1], loop_elif_try_with_return_finally) in ((6, [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 0, 1, 2, 2], loop_elif_try_with_return_finally) in (('E2', [-40, ('enter', 3), -4, ('exit', 3, False)]), FELL)
