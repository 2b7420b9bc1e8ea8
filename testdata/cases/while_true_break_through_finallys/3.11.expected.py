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
    # depyf: could not decompile while_true_break_through_finallys: except clauses fall off past the end of their region at 118
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
    #                12 LOAD_CONST               2 (1)
    #                14 PRECALL                  1
    #                18 CALL                     1
    #                28 POP_TOP
    #   
    #    86          30 NOP
    #   
    #    90          32 PUSH_NULL
    #                34 LOAD_FAST                1 (t)
    #                36 LOAD_CONST               3 (3)
    #                38 PRECALL                  1
    #                42 CALL                     1
    #                52 POP_TOP
    #   
    #    92          54 PUSH_NULL
    #                56 LOAD_FAST                0 (c)
    #                58 PRECALL                  0
    #                62 CALL                     0
    #                72 POP_JUMP_FORWARD_IF_FALSE    21 (to 116)
    #                74 PUSH_NULL
    #                76 LOAD_FAST                0 (c)
    #                78 PRECALL                  0
    #                82 CALL                     0
    #                92 POP_JUMP_FORWARD_IF_FALSE    11 (to 116)
    #   
    #    93          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               4 (9)
    #               100 PRECALL                  1
    #               104 CALL                     1
    #               114 POP_TOP
    #           >>  116 JUMP_FORWARD           117 (to 352)
    #           >>  118 PUSH_EXC_INFO
    #   
    #    87         120 LOAD_GLOBAL              0 (E1)
    #               132 CHECK_EXC_MATCH
    #               134 POP_JUMP_FORWARD_IF_FALSE     3 (to 142)
    #               136 POP_TOP
    #   
    #    88         138 POP_EXCEPT
    #               140 JUMP_FORWARD             4 (to 150)
    #   
    #    87     >>  142 RERAISE                  0
    #           >>  144 COPY                     3
    #               146 POP_EXCEPT
    #               148 RERAISE                  1
    #   
    #    88     >>  150 NOP
    #   
    #    90         152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               3 (3)
    #               158 PRECALL                  1
    #               162 CALL                     1
    #               172 POP_TOP
    #               174 JUMP_FORWARD            16 (to 208)
    #           >>  176 PUSH_EXC_INFO
    #               178 PUSH_NULL
    #               180 LOAD_FAST                1 (t)
    #               182 LOAD_CONST               3 (3)
    #               184 PRECALL                  1
    #               188 CALL                     1
    #               198 POP_TOP
    #               200 RERAISE                  0
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #           >>  208 NOP
    #   
    #    92         210 PUSH_NULL
    #               212 LOAD_FAST                0 (c)
    #               214 PRECALL                  0
    #               218 CALL                     0
    #               228 POP_JUMP_FORWARD_IF_FALSE    21 (to 272)
    #               230 PUSH_NULL
    #               232 LOAD_FAST                0 (c)
    #               234 PRECALL                  0
    #               238 CALL                     0
    #               248 POP_JUMP_FORWARD_IF_FALSE    11 (to 272)
    #   
    #    93         250 PUSH_NULL
    #               252 LOAD_FAST                1 (t)
    #               254 LOAD_CONST               4 (9)
    #               256 PRECALL                  1
    #               260 CALL                     1
    #               270 POP_TOP
    #           >>  272 JUMP_FORWARD            38 (to 350)
    #           >>  274 PUSH_EXC_INFO
    #   
    #    92         276 PUSH_NULL
    #               278 LOAD_FAST                0 (c)
    #               280 PRECALL                  0
    #               284 CALL                     0
    #               294 POP_JUMP_FORWARD_IF_FALSE    22 (to 340)
    #               296 PUSH_NULL
    #               298 LOAD_FAST                0 (c)
    #               300 PRECALL                  0
    #               304 CALL                     0
    #               314 POP_JUMP_FORWARD_IF_FALSE    13 (to 342)
    #   
    #    93         316 PUSH_NULL
    #               318 LOAD_FAST                1 (t)
    #               320 LOAD_CONST               4 (9)
    #               322 PRECALL                  1
    #               326 CALL                     1
    #               336 POP_TOP
    #               338 RERAISE                  0
    #   
    #    92     >>  340 RERAISE                  0
    #           >>  342 RERAISE                  0
    #           >>  344 COPY                     3
    #               346 POP_EXCEPT
    #               348 RERAISE                  1
    #   
    #    82     >>  350 JUMP_BACKWARD          174 (to 4)
    #   
    #    94     >>  352 LOAD_CONST               5 (11)
    #               354 RETURN_VALUE
    #   ExceptionTable:
    #     8 to 28 -> 118 [0]
    #     32 to 52 -> 274 [0]
    #     118 to 136 -> 144 [1] lasti
    #     138 to 140 -> 176 [0]
    #     142 to 142 -> 144 [1] lasti
    #     144 to 148 -> 176 [0]
    #     152 to 174 -> 274 [0]
    #     176 to 200 -> 202 [1] lasti
    #     202 to 206 -> 274 [0]
    #     274 to 342 -> 344 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_break_through_finallys: except clauses fall off past the end of their region at 118')


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
        if c() and c():
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
