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


def loop_try_continue_else_with_break(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
            else:
                t(12)
                continue
        else:
            with m(13) as w:
                x(14)
                return


def loop_try_continue_else_with_return(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
            else:
                t(12)
                continue
        else:
            with m(13) as w:
                x(14)
                return 5


def loop_try_continue_else_with(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
            else:
                t(12)
                continue
        else:
            with m(13) as w:
                x(14)


def loop_try_continue_else_statement(c, t, x, n, m):
    while True:
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            if not c():
                t(10)
            else:
                t(12)
                continue
        else:
            t(14)


def for_try_continue_else_statement(c, t, x, n, m):
    for i in n():
        if c():
            try:
                t(7)
                continue
            except E1:
                t(9)
            t(10)
        else:
            with m(13):
                x(14)
                return 15


def try_return_else_with_return(c, t, x, n, m):
    if c():
        try:
            t(7)
            return 1
        except E1:
            t(9)
        t(10)
    else:
        with m(13) as w:
            x(14)
            return 5
    t(15)


def try_return_then_if_else_return(c, t, x, n, m):
    if c():
        try:
            t(7)
            return 1
        except E1:
            t(9)
        if not c():
            t(10)
        else:
            t(12)
            return 2
    else:
        t(14)
    t(15)


def loop_try_continue_nested_if_else_with(c, t, x, n, m):
    # depyf: could not decompile loop_try_continue_nested_if_else_with: a statement (If) after return in the same block (a misread layout)
    #   202           0 RESUME                   0
    #   
    #   203     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       45 (to 106)
    #   
    #   204     >>   16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       10 (to 50)
    #   
    #   205          30 NOP
    #   
    #   206          32 PUSH_NULL
    #                34 LOAD_FAST                2 (x)
    #                36 LOAD_CONST               1 (7)
    #                38 CALL                     1
    #                46 POP_TOP
    #   
    #   207          48 JUMP_BACKWARD           24 (to 2)
    #   
    #   216     >>   50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               5 (13)
    #                56 CALL                     1
    #                64 BEFORE_WITH
    #                66 POP_TOP
    #   
    #   217          68 PUSH_NULL
    #                70 LOAD_FAST                2 (x)
    #                72 LOAD_CONST               6 (14)
    #                74 CALL                     1
    #                82 POP_TOP
    #   
    #   218          84 NOP
    #   
    #   216          86 LOAD_CONST               0 (None)
    #                88 LOAD_CONST               0 (None)
    #                90 LOAD_CONST               0 (None)
    #                92 CALL                     2
    #               100 POP_TOP
    #               102 RETURN_CONST             7 (15)
    #           >>  104 RETURN_CONST             0 (None)
    #   
    #   203     >>  106 RETURN_CONST             0 (None)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   208         110 LOAD_GLOBAL              0 (E2)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_IF_FALSE       11 (to 146)
    #               124 POP_TOP
    #   
    #   209         126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               2 (9)
    #               132 CALL                     1
    #               140 POP_TOP
    #               142 POP_EXCEPT
    #               144 JUMP_FORWARD             4 (to 154)
    #   
    #   208     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   
    #   210     >>  154 PUSH_NULL
    #               156 LOAD_FAST                0 (c)
    #               158 CALL                     0
    #               166 POP_JUMP_IF_FALSE        9 (to 186)
    #   
    #   211         168 PUSH_NULL
    #               170 LOAD_FAST                1 (t)
    #               172 LOAD_CONST               3 (10)
    #               174 CALL                     1
    #               182 POP_TOP
    #               184 JUMP_FORWARD            28 (to 242)
    #   
    #   212     >>  186 PUSH_NULL
    #               188 LOAD_FAST                0 (c)
    #               190 CALL                     0
    #               198 POP_JUMP_IF_FALSE       21 (to 242)
    #   
    #   213         200 PUSH_NULL
    #               202 LOAD_FAST                1 (t)
    #               204 LOAD_CONST               4 (11)
    #               206 CALL                     1
    #               214 POP_TOP
    #   
    #   214         216 RETURN_CONST             0 (None)
    #   
    #   216     >>  218 PUSH_EXC_INFO
    #               220 WITH_EXCEPT_START
    #               222 POP_JUMP_IF_TRUE         1 (to 226)
    #               224 RERAISE                  2
    #           >>  226 POP_TOP
    #               228 POP_EXCEPT
    #               230 POP_TOP
    #               232 POP_TOP
    #               234 JUMP_FORWARD             3 (to 242)
    #           >>  236 COPY                     3
    #               238 POP_EXCEPT
    #               240 RERAISE                  1
    #   
    #   219     >>  242 PUSH_NULL
    #               244 LOAD_FAST                1 (t)
    #               246 LOAD_CONST               8 (16)
    #               248 CALL                     1
    #               256 POP_TOP
    #   
    #   203         258 PUSH_NULL
    #               260 LOAD_FAST                0 (c)
    #               262 CALL                     0
    #               270 POP_JUMP_IF_FALSE        1 (to 274)
    #               272 JUMP_BACKWARD          129 (to 16)
    #           >>  274 JUMP_BACKWARD           86 (to 104)
    #   ExceptionTable:
    #     32 to 46 -> 108 [0]
    #     66 to 84 -> 218 [1] lasti
    #     108 to 140 -> 148 [1] lasti
    #     146 to 146 -> 148 [1] lasti
    #     218 to 226 -> 236 [3] lasti
    raise RuntimeError('depyf: could not decompile loop_try_continue_nested_if_else_with: a statement (If) after return in the same block (a misread layout)')

assert run([], loop_try_continue_else_with_break) in ((None, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], loop_try_continue_else_with_break) in ((None, [7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1], loop_try_continue_else_with_break) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], loop_try_continue_else_with_break) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_else_with_break) in ((None, [7, 7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1, 1], loop_try_continue_else_with_break) in ((None, [('enter', 13), -14, ('exit', 13, True), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], loop_try_continue_else_with_return) in ((5, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], loop_try_continue_else_with_return) in ((5, [7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1], loop_try_continue_else_with_return) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], loop_try_continue_else_with_return) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_else_with_return) in ((5, [7, 7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1, 1], loop_try_continue_else_with_return) in ((5, [('enter', 13), -14, ('exit', 13, True), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], loop_try_continue_else_with) in (('Budget', [('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], loop_try_continue_else_with) in (('Budget', [7, ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1], loop_try_continue_else_with) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], loop_try_continue_else_with) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_else_with) in (('Budget', [7, 7, ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 0, 1], loop_try_continue_else_with) in (('Budget', [('enter', 13), -14, ('exit', 13, False), 7, ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False), ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], loop_try_continue_else_statement) in (('Budget', [14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1], loop_try_continue_else_statement) in (('Budget', [7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 1], loop_try_continue_else_statement) in (('Budget', [14, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([1, 1], loop_try_continue_else_statement) in (('Budget', [7, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 0, 1], loop_try_continue_else_statement) in (('Budget', [14, 14, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([0, 1, 1], loop_try_continue_else_statement) in (('Budget', [14, 7, 7, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14]), FELL)
assert run([], for_try_continue_else_statement) in ((None, []), FELL)
assert run([1], for_try_continue_else_statement) in ((15, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], for_try_continue_else_statement) in ((None, [7]), FELL)
assert run([2, 1], for_try_continue_else_statement) in ((15, [7, ('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 0, 1], for_try_continue_else_statement) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 0, 2], for_try_continue_else_statement) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([], try_return_else_with_return) in ((5, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1], try_return_else_with_return) in ((1, [7]), FELL)
assert run([0, 1], try_return_else_with_return) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 2], try_return_else_with_return) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([0, 1, 1], try_return_else_with_return) in ((None, [('enter', 13), -14, ('exit', 13, True), 15]), FELL)
assert run([], try_return_then_if_else_return) in ((None, [14, 15]), FELL)
assert run([1], try_return_then_if_else_return) in ((1, [7]), FELL)
assert run([], loop_try_continue_nested_if_else_with) in ((None, []), FELL)
assert run([1], loop_try_continue_nested_if_else_with) in ((15, [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1], loop_try_continue_nested_if_else_with) in ((None, [-7]), FELL)
assert run([1, 0, 1], loop_try_continue_nested_if_else_with) in (('E1', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 0, 2], loop_try_continue_nested_if_else_with) in (('E2', [('enter', 13), -14, ('exit', 13, False)]), FELL)
assert run([1, 1, 1], loop_try_continue_nested_if_else_with) in (('E1', [-7]), FELL)
