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


def named_in_named_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            return t(3)


def same_name_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return t(3)


def named_in_named_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            return 38
        finally:
            t(39)


def same_name_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return 38
        finally:
            t(39)
    t(40)


def same_name_return_value_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as e:
            return t(38)
        finally:
            t(39)


def named_in_plain_return_const_finally(c, t, x, n, m):
    try:
        x(1)
    except E2:
        try:
            x(2)
        except E1 as f:
            return 5
        finally:
            t(39)
    return 6


def loop_named_break_finally(c, t, x, n, m):
    # depyf: could not decompile loop_named_break_finally: code copied after an except clause's POP_EXCEPT at 98
    #   152           0 RESUME                   0
    #   
    #   153           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               111 (to 246)
    #                24 STORE_FAST               5 (i)
    #   
    #   154          26 NOP
    #   
    #   155          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #                50 JUMP_BACKWARD           15 (to 22)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   156          54 LOAD_GLOBAL              0 (E2)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    84 (to 238)
    #                70 STORE_FAST               6 (e)
    #   
    #   157          72 NOP
    #   
    #   158          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               2 (2)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #                96 JUMP_FORWARD            32 (to 162)
    #           >>   98 PUSH_EXC_INFO
    #   
    #   159         100 LOAD_GLOBAL              2 (E1)
    #               112 CHECK_EXC_MATCH
    #               114 POP_JUMP_FORWARD_IF_FALSE    19 (to 154)
    #               116 POP_TOP
    #   
    #   160         118 POP_EXCEPT
    #   
    #   162         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               3 (39)
    #               126 PRECALL                  1
    #               130 CALL                     1
    #               140 POP_TOP
    #               142 POP_EXCEPT
    #               144 LOAD_CONST               0 (None)
    #               146 STORE_FAST               6 (e)
    #               148 DELETE_FAST              6 (e)
    #               150 POP_TOP
    #               152 JUMP_FORWARD            46 (to 246)
    #   
    #   159     >>  154 RERAISE                  0
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #   
    #   158     >>  162 NOP
    #   
    #   162         164 PUSH_NULL
    #               166 LOAD_FAST                1 (t)
    #               168 LOAD_CONST               3 (39)
    #               170 PRECALL                  1
    #               174 CALL                     1
    #               184 POP_TOP
    #               186 JUMP_FORWARD            16 (to 220)
    #           >>  188 PUSH_EXC_INFO
    #               190 PUSH_NULL
    #               192 LOAD_FAST                1 (t)
    #               194 LOAD_CONST               3 (39)
    #               196 PRECALL                  1
    #               200 CALL                     1
    #               210 POP_TOP
    #               212 RERAISE                  0
    #           >>  214 COPY                     3
    #               216 POP_EXCEPT
    #               218 RERAISE                  1
    #           >>  220 POP_EXCEPT
    #               222 LOAD_CONST               0 (None)
    #               224 STORE_FAST               6 (e)
    #               226 DELETE_FAST              6 (e)
    #               228 JUMP_BACKWARD          104 (to 22)
    #           >>  230 LOAD_CONST               0 (None)
    #               232 STORE_FAST               6 (e)
    #               234 DELETE_FAST              6 (e)
    #               236 RERAISE                  1
    #   
    #   156     >>  238 RERAISE                  0
    #           >>  240 COPY                     3
    #               242 POP_EXCEPT
    #               244 RERAISE                  1
    #   
    #   163     >>  246 PUSH_NULL
    #               248 LOAD_FAST                1 (t)
    #               250 LOAD_CONST               4 (40)
    #               252 PRECALL                  1
    #               256 CALL                     1
    #               266 POP_TOP
    #               268 LOAD_CONST               0 (None)
    #               270 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 52 [1]
    #     52 to 70 -> 240 [2] lasti
    #     74 to 94 -> 98 [2]
    #     96 to 96 -> 188 [2]
    #     98 to 116 -> 156 [3] lasti
    #     118 to 118 -> 188 [2]
    #     120 to 140 -> 230 [2] lasti
    #     154 to 154 -> 156 [3] lasti
    #     156 to 160 -> 188 [2]
    #     164 to 186 -> 230 [2] lasti
    #     188 to 212 -> 214 [3] lasti
    #     214 to 218 -> 230 [2] lasti
    #     230 to 238 -> 240 [2] lasti
    raise RuntimeError("depyf: could not decompile loop_named_break_finally: code copied after an except clause's POP_EXCEPT at 98")


def three_named_return_value(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(2)
        except E1 as d:
            try:
                x(3)
            except E2 as f:
                return t(4)

assert run([], named_in_named_return_value) in ((None, [-1]), FELL)
assert run([1], named_in_named_return_value) in (('E1', [-1]), FELL)
assert run([2], named_in_named_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], named_in_named_return_value) in ((None, [-1, -2, 3]), FELL)
assert run([2, 2], named_in_named_return_value) in (('E2', [-1, -2]), FELL)
assert run([], same_name_return_value) in ((None, [-1]), FELL)
assert run([1], same_name_return_value) in (('E1', [-1]), FELL)
assert run([2], same_name_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], same_name_return_value) in ((None, [-1, -2, 3]), FELL)
assert run([2, 2], same_name_return_value) in (('E2', [-1, -2]), FELL)
assert run([], named_in_named_return_const_finally) in ((None, [-1]), FELL)
assert run([1], named_in_named_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], named_in_named_return_const_finally) in ((None, [-1, -2, 39]), FELL)
assert run([2, 1], named_in_named_return_const_finally) in ((38, [-1, -2, 39]), FELL)
assert run([2, 2], named_in_named_return_const_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], same_name_return_const_finally) in ((None, [-1, 40]), FELL)
assert run([1], same_name_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], same_name_return_const_finally) in ((None, [-1, -2, 39, 40]), FELL)
assert run([2, 1], same_name_return_const_finally) in ((38, [-1, -2, 39]), FELL)
assert run([2, 2], same_name_return_const_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], same_name_return_value_finally) in ((None, [-1]), FELL)
assert run([1], same_name_return_value_finally) in (('E1', [-1]), FELL)
assert run([2], same_name_return_value_finally) in ((None, [-1, -2, 39]), FELL)
assert run([2, 1], same_name_return_value_finally) in ((None, [-1, -2, 38, 39]), FELL)
assert run([2, 2], same_name_return_value_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], named_in_plain_return_const_finally) in ((6, [-1]), FELL)
assert run([1], named_in_plain_return_const_finally) in (('E1', [-1]), FELL)
assert run([2], named_in_plain_return_const_finally) in ((6, [-1, -2, 39]), FELL)
assert run([2, 1], named_in_plain_return_const_finally) in ((5, [-1, -2, 39]), FELL)
assert run([2, 2], named_in_plain_return_const_finally) in (('E2', [-1, -2, 39]), FELL)
assert run([], loop_named_break_finally) in ((None, [40]), FELL)
assert run([1], loop_named_break_finally) in ((None, [-1, 40]), FELL)
assert run([2], loop_named_break_finally) in ((None, [-1, -1, 40]), FELL)
assert run([1, 1], loop_named_break_finally) in (('E1', [-1]), FELL)
assert run([1, 2], loop_named_break_finally) in ((None, [-1, -2, 39, 40]), FELL)
assert run([2, 2], loop_named_break_finally) in ((None, [-1, -2, 39, -1, 40]), FELL)
assert run([], three_named_return_value) in ((None, [-1]), FELL)
assert run([1], three_named_return_value) in (('E1', [-1]), FELL)
assert run([2], three_named_return_value) in ((None, [-1, -2]), FELL)
assert run([2, 1], three_named_return_value) in ((None, [-1, -2, -3]), FELL)
assert run([2, 2], three_named_return_value) in (('E2', [-1, -2]), FELL)
assert run([2, 1, 1], three_named_return_value) in (('E1', [-1, -2, -3]), FELL)
