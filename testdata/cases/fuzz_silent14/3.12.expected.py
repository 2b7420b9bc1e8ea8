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
    # depyf: could not decompile with_then_try_else_nested_withs_return: except clauses fall off past the end of their region, the else clause into it, at 284
    #   140           0 RESUME                   0
    #   
    #   141           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       88 (to 192)
    #   
    #   142          16 PUSH_NULL
    #                18 LOAD_FAST                4 (m)
    #                20 LOAD_CONST               1 (1)
    #                22 CALL                     1
    #                30 BEFORE_WITH
    #                32 STORE_FAST               5 (w)
    #   
    #   143          34 NOP
    #   
    #   142          36 LOAD_CONST               0 (None)
    #                38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 CALL                     2
    #                50 POP_TOP
    #   
    #   144     >>   52 NOP
    #   
    #   145          54 PUSH_NULL
    #                56 LOAD_FAST                0 (c)
    #                58 CALL                     0
    #                66 POP_JUMP_IF_FALSE        9 (to 86)
    #   
    #   146     >>   68 NOP
    #   
    #   145          70 PUSH_NULL
    #                72 LOAD_FAST                0 (c)
    #                74 CALL                     0
    #                82 POP_JUMP_IF_FALSE        1 (to 86)
    #                84 JUMP_BACKWARD            9 (to 68)
    #   
    #   148     >>   86 PUSH_NULL
    #                88 LOAD_FAST                2 (x)
    #                90 LOAD_CONST               2 (8)
    #                92 CALL                     1
    #               100 POP_TOP
    #               102 NOP
    #   
    #   152         104 PUSH_NULL
    #               106 LOAD_FAST                4 (m)
    #               108 LOAD_CONST               3 (18)
    #               110 CALL                     1
    #               118 BEFORE_WITH
    #               120 POP_TOP
    #               122 PUSH_NULL
    #               124 LOAD_FAST                4 (m)
    #               126 LOAD_CONST               4 (19)
    #               128 CALL                     1
    #               136 BEFORE_WITH
    #               138 POP_TOP
    #   
    #   153         140 NOP
    #   
    #   152         142 LOAD_CONST               0 (None)
    #               144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 CALL                     2
    #               156 POP_TOP
    #               158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 LOAD_CONST               0 (None)
    #               164 CALL                     2
    #               172 POP_TOP
    #   
    #   155         174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               5 (22)
    #               180 CALL                     1
    #               188 POP_TOP
    #               190 RETURN_CONST             6 (21)
    #   
    #   141     >>  192 RETURN_CONST             0 (None)
    #   
    #   142     >>  194 PUSH_EXC_INFO
    #               196 WITH_EXCEPT_START
    #               198 POP_JUMP_IF_TRUE         1 (to 202)
    #               200 RERAISE                  2
    #           >>  202 POP_TOP
    #               204 POP_EXCEPT
    #               206 POP_TOP
    #               208 POP_TOP
    #               210 JUMP_BACKWARD           80 (to 52)
    #           >>  212 COPY                     3
    #               214 POP_EXCEPT
    #               216 RERAISE                  1
    #   
    #   152     >>  218 PUSH_EXC_INFO
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
    #           >>  242 LOAD_CONST               0 (None)
    #               244 LOAD_CONST               0 (None)
    #               246 LOAD_CONST               0 (None)
    #               248 CALL                     2
    #               256 POP_TOP
    #               258 JUMP_FORWARD            27 (to 314)
    #           >>  260 PUSH_EXC_INFO
    #               262 WITH_EXCEPT_START
    #               264 POP_JUMP_IF_TRUE         1 (to 268)
    #               266 RERAISE                  2
    #           >>  268 POP_TOP
    #               270 POP_EXCEPT
    #               272 POP_TOP
    #               274 POP_TOP
    #               276 JUMP_FORWARD            18 (to 314)
    #           >>  278 COPY                     3
    #               280 POP_EXCEPT
    #               282 RERAISE                  1
    #           >>  284 PUSH_EXC_INFO
    #   
    #   149         286 LOAD_GLOBAL              0 (E1)
    #               296 CHECK_EXC_MATCH
    #               298 POP_JUMP_IF_FALSE        3 (to 306)
    #               300 POP_TOP
    #   
    #   150         302 POP_EXCEPT
    #               304 JUMP_FORWARD             4 (to 314)
    #   
    #   149     >>  306 RERAISE                  0
    #           >>  308 COPY                     3
    #               310 POP_EXCEPT
    #               312 RERAISE                  1
    #   
    #   155     >>  314 PUSH_NULL
    #               316 LOAD_FAST                1 (t)
    #               318 LOAD_CONST               5 (22)
    #               320 CALL                     1
    #               328 POP_TOP
    #               330 RETURN_CONST             0 (None)
    #           >>  332 PUSH_EXC_INFO
    #               334 PUSH_NULL
    #               336 LOAD_FAST                1 (t)
    #               338 LOAD_CONST               5 (22)
    #               340 CALL                     1
    #               348 POP_TOP
    #               350 RERAISE                  0
    #           >>  352 COPY                     3
    #               354 POP_EXCEPT
    #               356 RERAISE                  1
    #   ExceptionTable:
    #     32 to 32 -> 194 [1] lasti
    #     54 to 82 -> 284 [0]
    #     86 to 100 -> 284 [0]
    #     104 to 118 -> 332 [0]
    #     120 to 136 -> 260 [1] lasti
    #     138 to 140 -> 218 [2] lasti
    #     142 to 156 -> 260 [1] lasti
    #     158 to 172 -> 332 [0]
    #     194 to 202 -> 212 [3] lasti
    #     218 to 226 -> 236 [4] lasti
    #     228 to 240 -> 260 [1] lasti
    #     242 to 258 -> 332 [0]
    #     260 to 268 -> 278 [3] lasti
    #     270 to 282 -> 332 [0]
    #     284 to 300 -> 308 [1] lasti
    #     302 to 304 -> 332 [0]
    #     306 to 306 -> 308 [1] lasti
    #     308 to 312 -> 332 [0]
    #     332 to 350 -> 352 [1] lasti
    raise RuntimeError('depyf: could not decompile with_then_try_else_nested_withs_return: except clauses fall off past the end of their region, the else clause into it, at 284')

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
