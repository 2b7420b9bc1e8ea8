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
        return 6
    except E2:
        try:
            x(2)
        except E1 as f:
            return 5
        finally:
            t(39)
        return 6


def loop_named_break_finally(c, t, x, n, m):
    # depyf: could not decompile loop_named_break_finally: code copied after an except clause's POP_EXCEPT at 100
    #   152           0 RESUME                   0
    #   
    #   153           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                11 (to 42)
    #                20 STORE_FAST               5 (i)
    #   
    #   154          22 NOP
    #   
    #   155          24 PUSH_NULL
    #                26 LOAD_FAST                2 (x)
    #                28 LOAD_CONST               1 (1)
    #                30 CALL                     1
    #                38 POP_TOP
    #                40 JUMP_BACKWARD           13 (to 16)
    #   
    #   153     >>   42 END_FOR
    #   
    #   163     >>   44 PUSH_NULL
    #                46 LOAD_FAST                1 (t)
    #                48 LOAD_CONST               4 (40)
    #                50 CALL                     1
    #                58 POP_TOP
    #                60 RETURN_CONST             0 (None)
    #           >>   62 PUSH_EXC_INFO
    #   
    #   156          64 LOAD_GLOBAL              0 (E2)
    #                74 CHECK_EXC_MATCH
    #                76 POP_JUMP_IF_FALSE       71 (to 220)
    #                78 STORE_FAST               6 (e)
    #   
    #   157          80 NOP
    #   
    #   158          82 PUSH_NULL
    #                84 LOAD_FAST                2 (x)
    #                86 LOAD_CONST               2 (2)
    #                88 CALL                     1
    #                96 POP_TOP
    #                98 JUMP_FORWARD            28 (to 156)
    #           >>  100 PUSH_EXC_INFO
    #   
    #   159         102 LOAD_GLOBAL              2 (E1)
    #               112 CHECK_EXC_MATCH
    #               114 POP_JUMP_IF_FALSE       16 (to 148)
    #               116 POP_TOP
    #   
    #   160         118 POP_EXCEPT
    #   
    #   162         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               3 (39)
    #               126 CALL                     1
    #               134 POP_TOP
    #               136 POP_EXCEPT
    #               138 LOAD_CONST               0 (None)
    #               140 STORE_FAST               6 (e)
    #               142 DELETE_FAST              6 (e)
    #               144 POP_TOP
    #               146 JUMP_BACKWARD           52 (to 44)
    #   
    #   159     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   158     >>  156 NOP
    #   
    #   162         158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               3 (39)
    #               164 CALL                     1
    #               172 POP_TOP
    #               174 JUMP_FORWARD            13 (to 202)
    #           >>  176 PUSH_EXC_INFO
    #               178 PUSH_NULL
    #               180 LOAD_FAST                1 (t)
    #               182 LOAD_CONST               3 (39)
    #               184 CALL                     1
    #               192 POP_TOP
    #               194 RERAISE                  0
    #           >>  196 COPY                     3
    #               198 POP_EXCEPT
    #               200 RERAISE                  1
    #           >>  202 POP_EXCEPT
    #               204 LOAD_CONST               0 (None)
    #               206 STORE_FAST               6 (e)
    #               208 DELETE_FAST              6 (e)
    #               210 JUMP_BACKWARD           98 (to 16)
    #           >>  212 LOAD_CONST               0 (None)
    #               214 STORE_FAST               6 (e)
    #               216 DELETE_FAST              6 (e)
    #               218 RERAISE                  1
    #   
    #   156     >>  220 RERAISE                  0
    #           >>  222 COPY                     3
    #               224 POP_EXCEPT
    #               226 RERAISE                  1
    #   ExceptionTable:
    #     24 to 38 -> 62 [1]
    #     62 to 78 -> 222 [2] lasti
    #     82 to 96 -> 100 [2]
    #     98 to 98 -> 176 [2]
    #     100 to 116 -> 150 [3] lasti
    #     118 to 118 -> 176 [2]
    #     120 to 134 -> 212 [2] lasti
    #     148 to 148 -> 150 [3] lasti
    #     150 to 154 -> 176 [2]
    #     158 to 174 -> 212 [2] lasti
    #     176 to 194 -> 196 [3] lasti
    #     196 to 200 -> 212 [2] lasti
    #     212 to 220 -> 222 [2] lasti
    raise RuntimeError("depyf: could not decompile loop_named_break_finally: code copied after an except clause's POP_EXCEPT at 100")


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
