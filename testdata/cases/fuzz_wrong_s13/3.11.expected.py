class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def while_true_else_break(c, t, x, n, m):
    # depyf: could not decompile while_true_else_break: stack underflow
    #    68           0 RESUME                   0
    #   
    #    69     >>    2 NOP
    #   
    #    70     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_FALSE     1 (to 26)
    #   
    #    71          24 JUMP_FORWARD           165 (to 356)
    #   
    #    72     >>   26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    49 (to 144)
    #                46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 PRECALL                  0
    #                54 CALL                     0
    #                64 POP_JUMP_FORWARD_IF_FALSE    39 (to 144)
    #   
    #    73          66 PUSH_NULL
    #                68 LOAD_FAST                4 (m)
    #                70 LOAD_CONST               2 (2)
    #                72 PRECALL                  1
    #                76 CALL                     1
    #                86 BEFORE_WITH
    #                88 POP_TOP
    #   
    #    74          90 LOAD_GLOBAL              1 (NULL + E2)
    #               102 LOAD_CONST               3 (3)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 RAISE_VARARGS            1
    #   
    #    73     >>  120 PUSH_EXC_INFO
    #               122 WITH_EXCEPT_START
    #               124 POP_JUMP_FORWARD_IF_TRUE     4 (to 134)
    #               126 RERAISE                  2
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #           >>  134 POP_TOP
    #               136 POP_EXCEPT
    #               138 POP_TOP
    #               140 POP_TOP
    #               142 JUMP_FORWARD           105 (to 354)
    #   
    #    75     >>  144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 PRECALL                  0
    #               152 CALL                     0
    #               162 POP_JUMP_FORWARD_IF_FALSE    83 (to 330)
    #   
    #    76         164 PUSH_NULL
    #               166 LOAD_FAST                4 (m)
    #               168 LOAD_CONST               4 (4)
    #               170 PRECALL                  1
    #               174 CALL                     1
    #               184 BEFORE_WITH
    #               186 STORE_FAST               5 (w)
    #               188 PUSH_NULL
    #               190 LOAD_FAST                4 (m)
    #               192 LOAD_CONST               5 (5)
    #               194 PRECALL                  1
    #               198 CALL                     1
    #               208 BEFORE_WITH
    #               210 POP_TOP
    #   
    #    77         212 NOP
    #   
    #    76         214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 LOAD_CONST               0 (None)
    #               220 PRECALL                  2
    #               224 CALL                     2
    #               234 POP_TOP
    #               236 LOAD_CONST               0 (None)
    #               238 LOAD_CONST               0 (None)
    #               240 LOAD_CONST               0 (None)
    #               242 PRECALL                  2
    #               246 CALL                     2
    #               256 POP_TOP
    #               258 JUMP_BACKWARD          129 (to 2)
    #           >>  260 PUSH_EXC_INFO
    #               262 WITH_EXCEPT_START
    #               264 POP_JUMP_FORWARD_IF_TRUE     4 (to 274)
    #               266 RERAISE                  2
    #           >>  268 COPY                     3
    #               270 POP_EXCEPT
    #               272 RERAISE                  1
    #           >>  274 POP_TOP
    #               276 POP_EXCEPT
    #               278 POP_TOP
    #               280 POP_TOP
    #               282 LOAD_CONST               0 (None)
    #               284 LOAD_CONST               0 (None)
    #               286 LOAD_CONST               0 (None)
    #               288 PRECALL                  2
    #               292 CALL                     2
    #               302 POP_TOP
    #               304 JUMP_FORWARD            11 (to 328)
    #           >>  306 PUSH_EXC_INFO
    #               308 WITH_EXCEPT_START
    #               310 POP_JUMP_FORWARD_IF_TRUE     4 (to 320)
    #               312 RERAISE                  2
    #           >>  314 COPY                     3
    #               316 POP_EXCEPT
    #               318 RERAISE                  1
    #           >>  320 POP_TOP
    #               322 POP_EXCEPT
    #               324 POP_TOP
    #               326 POP_TOP
    #           >>  328 JUMP_FORWARD            12 (to 354)
    #   
    #    79     >>  330 PUSH_NULL
    #               332 LOAD_FAST                1 (t)
    #               334 LOAD_CONST               6 (9)
    #               336 PRECALL                  1
    #               340 CALL                     1
    #               350 POP_TOP
    #   
    #    80         352 JUMP_FORWARD             1 (to 356)
    #   
    #    69     >>  354 JUMP_BACKWARD          176 (to 4)
    #   
    #    81     >>  356 PUSH_NULL
    #               358 LOAD_FAST                1 (t)
    #               360 LOAD_CONST               7 (10)
    #               362 PRECALL                  1
    #               366 CALL                     1
    #               376 POP_TOP
    #               378 LOAD_CONST               0 (None)
    #               380 RETURN_VALUE
    #   ExceptionTable:
    #     88 to 118 -> 120 [1] lasti
    #     120 to 126 -> 128 [3] lasti
    #     134 to 134 -> 128 [3] lasti
    #     186 to 208 -> 306 [1] lasti
    #     210 to 212 -> 260 [2] lasti
    #     214 to 234 -> 306 [1] lasti
    #     260 to 266 -> 268 [4] lasti
    #     268 to 272 -> 306 [1] lasti
    #     274 to 274 -> 268 [4] lasti
    #     276 to 280 -> 306 [1] lasti
    #     306 to 312 -> 314 [3] lasti
    #     320 to 320 -> 314 [3] lasti
    raise RuntimeError('depyf: could not decompile while_true_else_break: stack underflow')


def while_test_copy_else_continue(c, t, x, n, m):
    while c() and c():
        if c():
            t(1)
        elif c():
            t(2)
        elif c():
            continue
        t(3)

assert run([2], while_true_else_break) in ((None, [10]), FELL)
assert run([], while_true_else_break) in ((None, [9, 10]), FELL)
assert run([0, 0, 2], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 2, 1], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 10]), FELL)
assert run([0, 3, 2, 1, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 1, 2, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 0, 2, 0, 2, 3, 3, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 0, 2, 0, 2, 1], while_true_else_break) in (('E2', [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 1, 0, 2, 2, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 3, 1, 1, 0, 0, 3], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 3, 2, 3, 0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 3], while_test_copy_else_continue) in ((None, [3]), FELL)
assert run([], while_test_copy_else_continue) in ((None, []), FELL)
assert run([2, 2, 2, 2, 1, 3, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 1, 3]), FELL)
assert run([2, 1, 3], while_test_copy_else_continue) in ((None, [1, 3]), FELL)
assert run([3, 1, 0, 2], while_test_copy_else_continue) in ((None, [2, 3]), FELL)
assert run([1, 2, 3, 1, 3, 0, 1, 1, 2, 2], while_test_copy_else_continue) in ((None, [1, 3, 2, 3, 1, 3]), FELL)
assert run([1, 1, 0, 2, 1, 3, 3], while_test_copy_else_continue) in ((None, [2, 3, 1, 3]), FELL)
assert run([2, 1, 3, 2, 3, 2], while_test_copy_else_continue) in ((None, [1, 3, 1, 3]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 3]), FELL)
assert run([2, 1, 2, 2, 3], while_test_copy_else_continue) in ((None, [1, 3, 3]), FELL)
assert run([1, 3, 2, 1, 3, 1, 3, 1, 0, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 2, 3]), FELL)
assert run([2, 2, 0, 2, 1, 3, 2, 1, 1], while_test_copy_else_continue) in ((None, [2, 3, 1, 3, 3]), FELL)
