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


def nested_withs_if_return(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return 4


def nested_withs_log_if_return(c, t, x, n, m):
    with m(1) as w:
        t(2)
        with m(3):
            if c():
                return 4


def nested_withs_if_return_then(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return 4
    t(5)


def nested_withs_if_return_after_inner(c, t, x, n, m):
    with m(1):
        with m(3):
            x(2)
            if c():
                return 4
        t(6)


def nested_withs_if_return_value(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return x(4)


def nested_withs_if_bare_return_then_log(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return None
        t(5)


def three_withs_if_return(c, t, x, n, m):
    with m(1), m(2), m(3):
        x(4)
        if c():
            return 5
    t(6)


def with_items_or_with_return(c, t, x, n, m):
    # depyf: could not decompile with_items_or_with_return: a with suppressing leaves the region at 66
    #   137           0 RESUME                   0
    #   
    #   138           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 CALL                     1
    #                16 BEFORE_WITH
    #                18 POP_TOP
    #                20 PUSH_NULL
    #                22 LOAD_FAST                4 (m)
    #                24 LOAD_CONST               2 (2)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   139          38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_TRUE         7 (to 66)
    #                52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 CALL                     0
    #                64 POP_JUMP_IF_FALSE       43 (to 152)
    #   
    #   140     >>   66 PUSH_NULL
    #                68 LOAD_FAST                4 (m)
    #                70 LOAD_CONST               3 (3)
    #                72 CALL                     1
    #                80 BEFORE_WITH
    #                82 POP_TOP
    #   
    #   141          84 PUSH_NULL
    #                86 LOAD_FAST                1 (t)
    #                88 LOAD_CONST               4 (4)
    #                90 CALL                     1
    #                98 POP_TOP
    #   
    #   142         100 NOP
    #   
    #   140         102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 LOAD_CONST               0 (None)
    #               108 CALL                     2
    #               116 POP_TOP
    #   
    #   138         118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 CALL                     2
    #               132 POP_TOP
    #               134 LOAD_CONST               0 (None)
    #               136 LOAD_CONST               0 (None)
    #               138 LOAD_CONST               0 (None)
    #               140 CALL                     2
    #               148 POP_TOP
    #               150 RETURN_CONST             5 (5)
    #           >>  152 LOAD_CONST               0 (None)
    #               154 LOAD_CONST               0 (None)
    #               156 LOAD_CONST               0 (None)
    #               158 CALL                     2
    #               166 POP_TOP
    #           >>  168 LOAD_CONST               0 (None)
    #               170 LOAD_CONST               0 (None)
    #               172 LOAD_CONST               0 (None)
    #               174 CALL                     2
    #               182 POP_TOP
    #   
    #   143     >>  184 PUSH_NULL
    #               186 LOAD_FAST                1 (t)
    #               188 LOAD_CONST               6 (6)
    #               190 CALL                     1
    #               198 POP_TOP
    #               200 RETURN_CONST             0 (None)
    #   
    #   140     >>  202 PUSH_EXC_INFO
    #               204 WITH_EXCEPT_START
    #               206 POP_JUMP_IF_TRUE         1 (to 210)
    #               208 RERAISE                  2
    #           >>  210 POP_TOP
    #               212 POP_EXCEPT
    #               214 POP_TOP
    #               216 POP_TOP
    #               218 JUMP_BACKWARD           34 (to 152)
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   
    #   138     >>  226 PUSH_EXC_INFO
    #               228 WITH_EXCEPT_START
    #               230 POP_JUMP_IF_TRUE         1 (to 234)
    #               232 RERAISE                  2
    #           >>  234 POP_TOP
    #               236 POP_EXCEPT
    #               238 POP_TOP
    #               240 POP_TOP
    #               242 JUMP_BACKWARD           38 (to 168)
    #           >>  244 COPY                     3
    #               246 POP_EXCEPT
    #               248 RERAISE                  1
    #           >>  250 PUSH_EXC_INFO
    #               252 WITH_EXCEPT_START
    #               254 POP_JUMP_IF_TRUE         1 (to 258)
    #               256 RERAISE                  2
    #           >>  258 POP_TOP
    #               260 POP_EXCEPT
    #               262 POP_TOP
    #               264 POP_TOP
    #               266 JUMP_BACKWARD           42 (to 184)
    #           >>  268 COPY                     3
    #               270 POP_EXCEPT
    #               272 RERAISE                  1
    #   ExceptionTable:
    #     18 to 34 -> 250 [1] lasti
    #     36 to 80 -> 226 [2] lasti
    #     82 to 100 -> 202 [3] lasti
    #     102 to 116 -> 226 [2] lasti
    #     118 to 132 -> 250 [1] lasti
    #     152 to 166 -> 250 [1] lasti
    #     202 to 210 -> 220 [5] lasti
    #     212 to 224 -> 226 [2] lasti
    #     226 to 234 -> 244 [4] lasti
    #     236 to 248 -> 250 [1] lasti
    #     250 to 258 -> 268 [3] lasti
    raise RuntimeError('depyf: could not decompile with_items_or_with_return: a with suppressing leaves the region at 66')

assert run([2, 2, 0, 3, 1], nested_withs_if_return) == (4, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0, 1, 0, 2, 3, 1], nested_withs_if_return) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([2, 2, 0], nested_withs_log_if_return) == (4, [('enter', 1), 2, ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0, 1, 3, 0, 0], nested_withs_log_if_return) == (None, [('enter', 1), 2, ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0], nested_withs_if_return_then) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False), 5])
assert run([1, 3, 2, 1, 0, 0, 2], nested_withs_if_return_then) == (4, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([1], nested_withs_if_return_after_inner) == ('E1', [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([0], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), 6, ('exit', 1, False)])
assert run([2, 1, 2, 0, 0, 1], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, True), 6, ('exit', 1, False)])
assert run([2, 2, 0, 2, 3, 2, 3], nested_withs_if_return_after_inner) == ('E2', [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([3, 3, 3], nested_withs_if_return_after_inner) == (4, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([1, 0, 3, 3, 1, 2, 2], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, True)])
assert run([2, 3, 0, 0, 0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([3, 2, 2, 0, 2], nested_withs_if_return_value) in (('E2', [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 2, 2], nested_withs_if_return_value) in (('E1', [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 3, 2, 2, 0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, True), ('exit', 1, False)]), FELL)
assert run([1, 2, 2, 1, 2], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, True)]), FELL)
assert run([0, 3, 3], nested_withs_if_bare_return_then_log) == (None, [('enter', 1), ('enter', 3), 5, ('exit', 3, False), ('exit', 1, False)])
assert run([2, 2], nested_withs_if_bare_return_then_log) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([1, 1, 2, 3], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), ('exit', 1, False), 6])
assert run([1, 0, 2, 3, 1, 2], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, True), 6])
assert run([2], three_withs_if_return) == ('E2', [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([0, 3, 2], three_withs_if_return) == (5, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([3, 0, 0, 2, 0], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False), 6])
assert run([2, 0, 3, 3, 1, 2], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, True), ('exit', 1, False), 6])
assert run([1, 0, 2], three_withs_if_return) == ('E1', [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([0], with_items_or_with_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 6]), FELL)
assert run([2, 0, 0, 3], with_items_or_with_return) in ((5, [('enter', 1), ('enter', 2), ('enter', 3), 4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
