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


def while_true_break_through_finallys(c, t, x, n, m):
    # depyf: could not decompile while_true_break_through_finallys: the return of 11 at offset 86 was never read: the structure found would leave it out
    #    81           0 RESUME                   0
    #   
    #    82           2 NOP
    #   
    #    83     >>    4 NOP
    #   
    #    84           6 NOP
    #   
    #    85           8 PUSH_NULL
    #                10 LOAD_FAST                1 (t)
    #                12 LOAD_CONST               1 (1)
    #                14 CALL                     1
    #                22 POP_TOP
    #   
    #    86          24 NOP
    #   
    #    90          26 PUSH_NULL
    #                28 LOAD_FAST                1 (t)
    #                30 LOAD_CONST               2 (3)
    #                32 CALL                     1
    #                40 POP_TOP
    #   
    #    92          42 PUSH_NULL
    #                44 LOAD_FAST                0 (c)
    #                46 CALL                     0
    #                54 POP_JUMP_IF_FALSE       15 (to 86)
    #                56 PUSH_NULL
    #                58 LOAD_FAST                0 (c)
    #                60 CALL                     0
    #                68 POP_JUMP_IF_FALSE        8 (to 86)
    #   
    #    93          70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               3 (9)
    #                76 CALL                     1
    #                84 POP_TOP
    #   
    #    94     >>   86 RETURN_CONST             4 (11)
    #           >>   88 PUSH_EXC_INFO
    #   
    #    87          90 LOAD_GLOBAL              0 (E1)
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_IF_FALSE        3 (to 110)
    #               104 POP_TOP
    #   
    #    88         106 POP_EXCEPT
    #               108 JUMP_FORWARD             4 (to 118)
    #   
    #    87     >>  110 RERAISE                  0
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #   
    #    88     >>  118 NOP
    #   
    #    90         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               2 (3)
    #               126 CALL                     1
    #               134 POP_TOP
    #               136 JUMP_FORWARD            13 (to 164)
    #           >>  138 PUSH_EXC_INFO
    #               140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               2 (3)
    #               146 CALL                     1
    #               154 POP_TOP
    #               156 RERAISE                  0
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #           >>  164 NOP
    #   
    #    92         166 PUSH_NULL
    #               168 LOAD_FAST                0 (c)
    #               170 CALL                     0
    #               178 POP_JUMP_IF_FALSE       45 (to 270)
    #               180 PUSH_NULL
    #               182 LOAD_FAST                0 (c)
    #               184 CALL                     0
    #               192 POP_JUMP_IF_FALSE       38 (to 270)
    #   
    #    93         194 PUSH_NULL
    #               196 LOAD_FAST                1 (t)
    #               198 LOAD_CONST               3 (9)
    #               200 CALL                     1
    #               208 POP_TOP
    #               210 JUMP_FORWARD            29 (to 270)
    #           >>  212 PUSH_EXC_INFO
    #   
    #    92         214 PUSH_NULL
    #               216 LOAD_FAST                0 (c)
    #               218 CALL                     0
    #               226 POP_JUMP_IF_FALSE       17 (to 262)
    #               228 PUSH_NULL
    #               230 LOAD_FAST                0 (c)
    #               232 CALL                     0
    #               240 POP_JUMP_IF_FALSE        9 (to 260)
    #   
    #    93         242 PUSH_NULL
    #               244 LOAD_FAST                1 (t)
    #               246 LOAD_CONST               3 (9)
    #               248 CALL                     1
    #               256 POP_TOP
    #               258 RERAISE                  0
    #   
    #    92     >>  260 RERAISE                  0
    #           >>  262 RERAISE                  0
    #           >>  264 COPY                     3
    #               266 POP_EXCEPT
    #               268 RERAISE                  1
    #   
    #    82     >>  270 JUMP_BACKWARD          134 (to 4)
    #   ExceptionTable:
    #     8 to 22 -> 88 [0]
    #     26 to 40 -> 212 [0]
    #     88 to 104 -> 112 [1] lasti
    #     106 to 108 -> 138 [0]
    #     110 to 110 -> 112 [1] lasti
    #     112 to 116 -> 138 [0]
    #     120 to 136 -> 212 [0]
    #     138 to 156 -> 158 [1] lasti
    #     158 to 162 -> 212 [0]
    #     212 to 262 -> 264 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_break_through_finallys: the return of 11 at offset 86 was never read: the structure found would leave it out')


def while_true_break_through_finally_pair(c, t, x, n, m):
    try:
        try:
            x(1)
        finally:
            t(3)
    finally:
        if c():
            t(9)
    return 11


def while_true_break_through_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        if c():
            if c():
                t(9)
    return 11

assert run([], while_true_break_through_finallys) in ((11, [1, 3]), FELL)
assert run([1, 1], while_true_break_through_finallys) in ((11, [1, 3, 9]), FELL)
assert run([], while_true_break_through_finally_pair) in ((11, [-1, 3]), FELL)
assert run([1], while_true_break_through_finally_pair) in (('E1', [-1, 3]), FELL)
assert run([2], while_true_break_through_finally_pair) in (('E2', [-1, 3]), FELL)
assert run([0, 1], while_true_break_through_finally_pair) in ((11, [-1, 3, 9]), FELL)
assert run([1, 1], while_true_break_through_finally_pair) in (('E1', [-1, 3, 9]), FELL)
assert run([2, 1], while_true_break_through_finally_pair) in (('E2', [-1, 3, 9]), FELL)
assert run([], while_true_break_through_finally) in ((11, [-1]), FELL)
assert run([1], while_true_break_through_finally) in (('E1', [-1]), FELL)
assert run([2], while_true_break_through_finally) in (('E2', [-1]), FELL)
assert run([0, 1, 1], while_true_break_through_finally) in ((11, [-1, 9]), FELL)
assert run([1, 1, 1], while_true_break_through_finally) in (('E1', [-1, 9]), FELL)
assert run([2, 1, 1], while_true_break_through_finally) in (('E2', [-1, 9]), FELL)
