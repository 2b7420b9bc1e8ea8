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
    #    82           0 RESUME                   0
    #   
    #    83           2 NOP
    #   
    #    84     >>    4 NOP
    #   
    #    85           6 NOP
    #   
    #    86           8 PUSH_NULL
    #                10 LOAD_FAST                1 (t)
    #                12 LOAD_CONST               2 (1)
    #                14 PRECALL                  1
    #                18 CALL                     1
    #                28 POP_TOP
    #   
    #    87          30 NOP
    #   
    #    91          32 PUSH_NULL
    #                34 LOAD_FAST                1 (t)
    #                36 LOAD_CONST               3 (3)
    #                38 PRECALL                  1
    #                42 CALL                     1
    #                52 POP_TOP
    #   
    #    93          54 PUSH_NULL
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
    #    94          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               4 (9)
    #               100 PRECALL                  1
    #               104 CALL                     1
    #               114 POP_TOP
    #           >>  116 JUMP_FORWARD           117 (to 352)
    #           >>  118 PUSH_EXC_INFO
    #   
    #    88         120 LOAD_GLOBAL              0 (E1)
    #               132 CHECK_EXC_MATCH
    #               134 POP_JUMP_FORWARD_IF_FALSE     3 (to 142)
    #               136 POP_TOP
    #   
    #    89         138 POP_EXCEPT
    #               140 JUMP_FORWARD             4 (to 150)
    #   
    #    88     >>  142 RERAISE                  0
    #           >>  144 COPY                     3
    #               146 POP_EXCEPT
    #               148 RERAISE                  1
    #   
    #    89     >>  150 NOP
    #   
    #    91         152 PUSH_NULL
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
    #    93         210 PUSH_NULL
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
    #    94         250 PUSH_NULL
    #               252 LOAD_FAST                1 (t)
    #               254 LOAD_CONST               4 (9)
    #               256 PRECALL                  1
    #               260 CALL                     1
    #               270 POP_TOP
    #           >>  272 JUMP_FORWARD            38 (to 350)
    #           >>  274 PUSH_EXC_INFO
    #   
    #    93         276 PUSH_NULL
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
    #    94         316 PUSH_NULL
    #               318 LOAD_FAST                1 (t)
    #               320 LOAD_CONST               4 (9)
    #               322 PRECALL                  1
    #               326 CALL                     1
    #               336 POP_TOP
    #               338 RERAISE                  0
    #   
    #    93     >>  340 RERAISE                  0
    #           >>  342 RERAISE                  0
    #           >>  344 COPY                     3
    #               346 POP_EXCEPT
    #               348 RERAISE                  1
    #   
    #    83     >>  350 JUMP_BACKWARD          174 (to 4)
    #   
    #    95     >>  352 LOAD_CONST               5 (11)
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


def while_true_breaks_through_finallys(c, t, x, n, m):
    # depyf: could not decompile while_true_breaks_through_finallys: except clauses fall off past the end of their region at 162
    #   123           0 RESUME                   0
    #   
    #   124           2 NOP
    #   
    #   125     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_FALSE    12 (to 48)
    #                24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 PRECALL                  0
    #                32 CALL                     0
    #                42 POP_JUMP_FORWARD_IF_FALSE     2 (to 48)
    #   
    #   126          44 EXTENDED_ARG             1
    #                46 JUMP_FORWARD           306 (to 660)
    #   
    #   127     >>   48 NOP
    #   
    #   128          50 NOP
    #   
    #   129          52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               2 (1)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #   130          74 NOP
    #   
    #   134          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               3 (3)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #   144          98 PUSH_NULL
    #               100 LOAD_FAST                0 (c)
    #               102 PRECALL                  0
    #               106 CALL                     0
    #               116 POP_JUMP_FORWARD_IF_FALSE    21 (to 160)
    #               118 PUSH_NULL
    #               120 LOAD_FAST                0 (c)
    #               122 PRECALL                  0
    #               126 CALL                     0
    #               136 POP_JUMP_FORWARD_IF_FALSE    11 (to 160)
    #   
    #   145         138 PUSH_NULL
    #               140 LOAD_FAST                1 (t)
    #               142 LOAD_CONST               4 (9)
    #               144 PRECALL                  1
    #               148 CALL                     1
    #               158 POP_TOP
    #           >>  160 JUMP_FORWARD           249 (to 660)
    #           >>  162 PUSH_EXC_INFO
    #   
    #   131         164 LOAD_GLOBAL              0 (E1)
    #               176 CHECK_EXC_MATCH
    #               178 POP_JUMP_FORWARD_IF_FALSE    14 (to 208)
    #               180 POP_TOP
    #   
    #   132         182 PUSH_NULL
    #               184 LOAD_FAST                1 (t)
    #               186 LOAD_CONST               5 (2)
    #               188 PRECALL                  1
    #               192 CALL                     1
    #               202 POP_TOP
    #               204 POP_EXCEPT
    #               206 JUMP_FORWARD             4 (to 216)
    #   
    #   131     >>  208 RERAISE                  0
    #           >>  210 COPY                     3
    #               212 POP_EXCEPT
    #               214 RERAISE                  1
    #   
    #   132     >>  216 NOP
    #   
    #   134         218 PUSH_NULL
    #               220 LOAD_FAST                1 (t)
    #               222 LOAD_CONST               3 (3)
    #               224 PRECALL                  1
    #               228 CALL                     1
    #               238 POP_TOP
    #               240 JUMP_FORWARD            16 (to 274)
    #           >>  242 PUSH_EXC_INFO
    #               244 PUSH_NULL
    #               246 LOAD_FAST                1 (t)
    #               248 LOAD_CONST               3 (3)
    #               250 PRECALL                  1
    #               254 CALL                     1
    #               264 POP_TOP
    #               266 RERAISE                  0
    #           >>  268 COPY                     3
    #               270 POP_EXCEPT
    #               272 RERAISE                  1
    #   
    #   135     >>  274 PUSH_NULL
    #               276 LOAD_FAST                0 (c)
    #               278 PRECALL                  0
    #               282 CALL                     0
    #               292 POP_JUMP_FORWARD_IF_FALSE    44 (to 382)
    #               294 PUSH_NULL
    #               296 LOAD_FAST                0 (c)
    #               298 PRECALL                  0
    #               302 CALL                     0
    #               312 POP_JUMP_FORWARD_IF_FALSE    34 (to 382)
    #   
    #   136         314 PUSH_NULL
    #               316 LOAD_FAST                1 (t)
    #               318 LOAD_CONST               6 (4)
    #               320 PRECALL                  1
    #               324 CALL                     1
    #               334 POP_TOP
    #   
    #   137         336 PUSH_NULL
    #               338 LOAD_FAST                2 (x)
    #               340 LOAD_CONST               7 (5)
    #               342 PRECALL                  1
    #               346 CALL                     1
    #               356 POP_TOP
    #   
    #   138         358 PUSH_NULL
    #               360 LOAD_FAST                1 (t)
    #               362 LOAD_CONST               8 (6)
    #               364 PRECALL                  1
    #               368 CALL                     1
    #               378 POP_TOP
    #               380 JUMP_FORWARD            55 (to 492)
    #   
    #   140     >>  382 PUSH_NULL
    #               384 LOAD_FAST                1 (t)
    #               386 LOAD_CONST               9 (7)
    #               388 PRECALL                  1
    #               392 CALL                     1
    #               402 POP_TOP
    #   
    #   141         404 PUSH_NULL
    #               406 LOAD_FAST                1 (t)
    #               408 LOAD_CONST              10 (8)
    #               410 PRECALL                  1
    #               414 CALL                     1
    #               424 POP_TOP
    #   
    #   142         426 NOP
    #   
    #   144         428 PUSH_NULL
    #               430 LOAD_FAST                0 (c)
    #               432 PRECALL                  0
    #               436 CALL                     0
    #               446 POP_JUMP_FORWARD_IF_FALSE    21 (to 490)
    #               448 PUSH_NULL
    #               450 LOAD_FAST                0 (c)
    #               452 PRECALL                  0
    #               456 CALL                     0
    #               466 POP_JUMP_FORWARD_IF_FALSE    11 (to 490)
    #   
    #   145         468 PUSH_NULL
    #               470 LOAD_FAST                1 (t)
    #               472 LOAD_CONST               4 (9)
    #               474 PRECALL                  1
    #               478 CALL                     1
    #               488 POP_TOP
    #           >>  490 JUMP_FORWARD            84 (to 660)
    #   
    #   138     >>  492 NOP
    #   
    #   144         494 PUSH_NULL
    #               496 LOAD_FAST                0 (c)
    #               498 PRECALL                  0
    #               502 CALL                     0
    #               512 POP_JUMP_FORWARD_IF_FALSE    21 (to 556)
    #               514 PUSH_NULL
    #               516 LOAD_FAST                0 (c)
    #               518 PRECALL                  0
    #               522 CALL                     0
    #               532 POP_JUMP_FORWARD_IF_FALSE    11 (to 556)
    #   
    #   145         534 PUSH_NULL
    #               536 LOAD_FAST                1 (t)
    #               538 LOAD_CONST               4 (9)
    #               540 PRECALL                  1
    #               544 CALL                     1
    #               554 POP_TOP
    #           >>  556 JUMP_FORWARD            38 (to 634)
    #           >>  558 PUSH_EXC_INFO
    #   
    #   144         560 PUSH_NULL
    #               562 LOAD_FAST                0 (c)
    #               564 PRECALL                  0
    #               568 CALL                     0
    #               578 POP_JUMP_FORWARD_IF_FALSE    22 (to 624)
    #               580 PUSH_NULL
    #               582 LOAD_FAST                0 (c)
    #               584 PRECALL                  0
    #               588 CALL                     0
    #               598 POP_JUMP_FORWARD_IF_FALSE    13 (to 626)
    #   
    #   145         600 PUSH_NULL
    #               602 LOAD_FAST                1 (t)
    #               604 LOAD_CONST               4 (9)
    #               606 PRECALL                  1
    #               610 CALL                     1
    #               620 POP_TOP
    #               622 RERAISE                  0
    #   
    #   144     >>  624 RERAISE                  0
    #           >>  626 RERAISE                  0
    #           >>  628 COPY                     3
    #               630 POP_EXCEPT
    #               632 RERAISE                  1
    #   
    #   146     >>  634 PUSH_NULL
    #               636 LOAD_FAST                2 (x)
    #               638 LOAD_CONST              11 (10)
    #               640 PRECALL                  1
    #               644 CALL                     1
    #               654 POP_TOP
    #   
    #   124         656 EXTENDED_ARG             1
    #               658 JUMP_BACKWARD          328 (to 4)
    #   
    #   147     >>  660 LOAD_CONST              12 (11)
    #               662 RETURN_VALUE
    #   ExceptionTable:
    #     52 to 72 -> 162 [0]
    #     76 to 96 -> 558 [0]
    #     162 to 202 -> 210 [1] lasti
    #     204 to 206 -> 242 [0]
    #     208 to 208 -> 210 [1] lasti
    #     210 to 214 -> 242 [0]
    #     218 to 240 -> 558 [0]
    #     242 to 266 -> 268 [1] lasti
    #     268 to 424 -> 558 [0]
    #     558 to 626 -> 628 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_breaks_through_finallys: except clauses fall off past the end of their region at 162')

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
assert run([], while_true_breaks_through_finallys) in ((11, [1, 3]), FELL)
assert run([1, 1], while_true_breaks_through_finallys) in ((11, []), FELL)
assert run([0, 1, 1], while_true_breaks_through_finallys) in ((11, [1, 3, 9]), FELL)
