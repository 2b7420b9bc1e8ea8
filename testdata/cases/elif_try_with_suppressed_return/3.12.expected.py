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
            if c():
                return v
            return q
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
    # depyf: could not decompile elif_try_with_return_finally_code: code after a try/finally reached only through a handler in its body, at 262
    #   137           0 RESUME                   0
    #   
    #   138           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE        9 (to 34)
    #   
    #   139          16 PUSH_NULL
    #                18 LOAD_FAST                1 (t)
    #                20 LOAD_CONST               1 (1)
    #                22 CALL                     1
    #                30 POP_TOP
    #   
    #   157          32 RETURN_CONST            10 (9)
    #   
    #   140     >>   34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 POP_JUMP_IF_FALSE       20 (to 88)
    #   
    #   141          48 NOP
    #   
    #   142          50 PUSH_NULL
    #                52 LOAD_FAST                2 (x)
    #                54 LOAD_CONST               2 (40)
    #                56 CALL                     1
    #                64 POP_TOP
    #   
    #   143          66 PUSH_NULL
    #                68 LOAD_FAST                0 (c)
    #                70 CALL                     0
    #                78 POP_JUMP_IF_FALSE        2 (to 84)
    #                80 LOAD_CONST               3 (2)
    #                82 RETURN_VALUE
    #           >>   84 LOAD_CONST               4 (3)
    #                86 RETURN_VALUE
    #   
    #   156     >>   88 PUSH_NULL
    #                90 LOAD_FAST                1 (t)
    #                92 LOAD_CONST               9 (8)
    #                94 CALL                     1
    #               102 POP_TOP
    #   
    #   157         104 RETURN_CONST            10 (9)
    #           >>  106 PUSH_EXC_INFO
    #   
    #   144         108 LOAD_GLOBAL              0 (E2)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_IF_FALSE        3 (to 128)
    #               122 POP_TOP
    #   
    #   145         124 POP_EXCEPT
    #               126 JUMP_FORWARD             4 (to 136)
    #   
    #   144     >>  128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   146     >>  136 NOP
    #   
    #   147         138 PUSH_NULL
    #               140 LOAD_FAST                4 (m)
    #               142 LOAD_CONST               4 (3)
    #               144 CALL                     1
    #               152 BEFORE_WITH
    #               154 POP_TOP
    #   
    #   148         156 PUSH_NULL
    #               158 LOAD_FAST                2 (x)
    #               160 LOAD_CONST               5 (4)
    #               162 CALL                     1
    #               170 POP_TOP
    #   
    #   149         172 NOP
    #   
    #   147         174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 LOAD_CONST               0 (None)
    #               180 CALL                     2
    #               188 POP_TOP
    #   
    #   153         190 RETURN_CONST             6 (5)
    #   
    #   147     >>  192 PUSH_EXC_INFO
    #               194 WITH_EXCEPT_START
    #               196 POP_JUMP_IF_TRUE         1 (to 200)
    #               198 RERAISE                  2
    #           >>  200 POP_TOP
    #               202 POP_EXCEPT
    #               204 POP_TOP
    #               206 POP_TOP
    #               208 JUMP_FORWARD             3 (to 216)
    #           >>  210 COPY                     3
    #               212 POP_EXCEPT
    #               214 RERAISE                  1
    #           >>  216 JUMP_FORWARD            15 (to 248)
    #           >>  218 PUSH_EXC_INFO
    #   
    #   150         220 LOAD_GLOBAL              2 (E1)
    #               230 CHECK_EXC_MATCH
    #               232 POP_JUMP_IF_FALSE        3 (to 240)
    #               234 POP_TOP
    #   
    #   151         236 POP_EXCEPT
    #   
    #   153         238 RETURN_CONST             7 (6)
    #   
    #   150     >>  240 RERAISE                  0
    #           >>  242 COPY                     3
    #               244 POP_EXCEPT
    #               246 RERAISE                  1
    #   
    #   147     >>  248 NOP
    #   
    #   153         250 JUMP_FORWARD             5 (to 262)
    #           >>  252 PUSH_EXC_INFO
    #               254 RERAISE                  0
    #           >>  256 COPY                     3
    #               258 POP_EXCEPT
    #               260 RERAISE                  1
    #   
    #   154     >>  262 PUSH_NULL
    #               264 LOAD_FAST                1 (t)
    #               266 LOAD_CONST               8 (7)
    #               268 CALL                     1
    #               276 POP_TOP
    #   
    #   157         278 RETURN_CONST            10 (9)
    #   ExceptionTable:
    #     50 to 80 -> 106 [0]
    #     84 to 84 -> 106 [0]
    #     106 to 122 -> 130 [1] lasti
    #     128 to 128 -> 130 [1] lasti
    #     138 to 152 -> 218 [0]
    #     154 to 172 -> 192 [1] lasti
    #     174 to 188 -> 218 [0]
    #     192 to 200 -> 210 [3] lasti
    #     202 to 214 -> 218 [0]
    #     216 to 216 -> 252 [0]
    #     218 to 234 -> 242 [1] lasti
    #     236 to 236 -> 252 [0]
    #     240 to 240 -> 242 [1] lasti
    #     242 to 246 -> 252 [0]
    #     252 to 254 -> 256 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_try_with_return_finally_code: code after a try/finally reached only through a handler in its body, at 262')


def loop_elif_try_with_return_finally(c, t, x, n, m):
    for i in n():
        if c():
            t(1)
        else:
            if c():
                try:
                    x(40)
                    if c():
                        return 2
                    return 3
                except E2:
                    pass
                try:
                    with m(3):
                        x(4)
                        return 5
                    continue
                except E1:
                    return 6
                finally:
                    pass
            t(8)
    return 9

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
