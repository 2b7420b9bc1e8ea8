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


def with_try_try_return_clauses_then_code(c, t, x, n, m):
    with m(1):
        try:
            try:
                x(11)
                return 12
            except E1:
                pass
        except E1:
            pass
        x(15)


def with_nested_try_return_loop_with_then_code(c, t, x, n, m):
    # depyf: could not decompile with_nested_try_return_loop_with_then_code: except clauses fall off past the end of their region at 312
    #    93           0 RESUME                   0
    #   
    #    94           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 CALL                     1
    #                16 BEFORE_WITH
    #                18 POP_TOP
    #   
    #    95          20 PUSH_NULL
    #                22 LOAD_FAST                4 (m)
    #                24 LOAD_CONST               2 (2)
    #                26 CALL                     1
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #    96          38 PUSH_NULL
    #                40 LOAD_FAST                2 (x)
    #                42 LOAD_CONST               3 (3)
    #                44 CALL                     1
    #                52 POP_TOP
    #   
    #    97          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               4 (4)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #    95          70 LOAD_CONST               0 (None)
    #                72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 CALL                     2
    #                84 POP_TOP
    #   
    #    98     >>   86 NOP
    #   
    #    99          88 PUSH_NULL
    #                90 LOAD_FAST                3 (n)
    #                92 CALL                     0
    #               100 GET_ITER
    #           >>  102 FOR_ITER                18 (to 142)
    #               106 STORE_FAST               5 (k)
    #   
    #   100         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               5 (5)
    #               114 CALL                     1
    #               122 POP_TOP
    #   
    #   101         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               6 (6)
    #               130 CALL                     1
    #               138 POP_TOP
    #               140 JUMP_BACKWARD           20 (to 102)
    #   
    #    99     >>  142 END_FOR
    #   
    #   102         144 PUSH_NULL
    #               146 LOAD_FAST                4 (m)
    #               148 LOAD_CONST               7 (7)
    #               150 CALL                     1
    #               158 BEFORE_WITH
    #               160 STORE_FAST               6 (w)
    #   
    #   103         162 PUSH_NULL
    #               164 LOAD_FAST                1 (t)
    #               166 LOAD_CONST               8 (8)
    #               168 CALL                     1
    #               176 POP_TOP
    #   
    #   104         178 PUSH_NULL
    #               180 LOAD_FAST                2 (x)
    #               182 LOAD_CONST               9 (9)
    #               184 CALL                     1
    #               192 POP_TOP
    #   
    #   105         194 PUSH_NULL
    #               196 LOAD_FAST                1 (t)
    #               198 LOAD_CONST              10 (10)
    #               200 CALL                     1
    #               208 POP_TOP
    #   
    #   102         210 LOAD_CONST               0 (None)
    #               212 LOAD_CONST               0 (None)
    #               214 LOAD_CONST               0 (None)
    #               216 CALL                     2
    #               224 POP_TOP
    #   
    #   106     >>  226 NOP
    #   
    #   107         228 PUSH_NULL
    #               230 LOAD_FAST                2 (x)
    #               232 LOAD_CONST              11 (11)
    #               234 CALL                     1
    #               242 POP_TOP
    #   
    #   108         244 NOP
    #   
    #    94         246 LOAD_CONST               0 (None)
    #               248 LOAD_CONST               0 (None)
    #               250 LOAD_CONST               0 (None)
    #               252 CALL                     2
    #               260 POP_TOP
    #               262 RETURN_CONST            12 (12)
    #   
    #    95     >>  264 PUSH_EXC_INFO
    #               266 WITH_EXCEPT_START
    #               268 POP_JUMP_IF_TRUE         1 (to 272)
    #               270 RERAISE                  2
    #           >>  272 POP_TOP
    #               274 POP_EXCEPT
    #               276 POP_TOP
    #               278 POP_TOP
    #               280 JUMP_BACKWARD           98 (to 86)
    #           >>  282 COPY                     3
    #               284 POP_EXCEPT
    #               286 RERAISE                  1
    #   
    #   102     >>  288 PUSH_EXC_INFO
    #               290 WITH_EXCEPT_START
    #               292 POP_JUMP_IF_TRUE         1 (to 296)
    #               294 RERAISE                  2
    #           >>  296 POP_TOP
    #               298 POP_EXCEPT
    #               300 POP_TOP
    #               302 POP_TOP
    #               304 JUMP_BACKWARD           40 (to 226)
    #           >>  306 COPY                     3
    #               308 POP_EXCEPT
    #               310 RERAISE                  1
    #           >>  312 PUSH_EXC_INFO
    #   
    #   109         314 LOAD_GLOBAL              0 (E1)
    #               324 CHECK_EXC_MATCH
    #               326 POP_JUMP_IF_FALSE       11 (to 350)
    #               328 POP_TOP
    #   
    #   110         330 PUSH_NULL
    #               332 LOAD_FAST                1 (t)
    #               334 LOAD_CONST              13 (13)
    #               336 CALL                     1
    #               344 POP_TOP
    #               346 POP_EXCEPT
    #               348 JUMP_FORWARD             4 (to 358)
    #   
    #   109     >>  350 RERAISE                  0
    #           >>  352 COPY                     3
    #               354 POP_EXCEPT
    #               356 RERAISE                  1
    #   
    #   110     >>  358 JUMP_FORWARD            23 (to 406)
    #           >>  360 PUSH_EXC_INFO
    #   
    #   111         362 LOAD_GLOBAL              0 (E1)
    #               372 CHECK_EXC_MATCH
    #               374 POP_JUMP_IF_FALSE       11 (to 398)
    #               376 POP_TOP
    #   
    #   112         378 PUSH_NULL
    #               380 LOAD_FAST                1 (t)
    #               382 LOAD_CONST              14 (14)
    #               384 CALL                     1
    #               392 POP_TOP
    #               394 POP_EXCEPT
    #               396 JUMP_FORWARD             4 (to 406)
    #   
    #   111     >>  398 RERAISE                  0
    #           >>  400 COPY                     3
    #               402 POP_EXCEPT
    #               404 RERAISE                  1
    #   
    #   113     >>  406 PUSH_NULL
    #               408 LOAD_FAST                2 (x)
    #               410 LOAD_CONST              15 (15)
    #               412 CALL                     1
    #               420 POP_TOP
    #   
    #    94         422 LOAD_CONST               0 (None)
    #               424 LOAD_CONST               0 (None)
    #               426 LOAD_CONST               0 (None)
    #               428 CALL                     2
    #               436 POP_TOP
    #               438 JUMP_FORWARD            12 (to 464)
    #           >>  440 PUSH_EXC_INFO
    #               442 WITH_EXCEPT_START
    #               444 POP_JUMP_IF_TRUE         1 (to 448)
    #               446 RERAISE                  2
    #           >>  448 POP_TOP
    #               450 POP_EXCEPT
    #               452 POP_TOP
    #               454 POP_TOP
    #               456 JUMP_FORWARD             3 (to 464)
    #           >>  458 COPY                     3
    #               460 POP_EXCEPT
    #               462 RERAISE                  1
    #   
    #   114     >>  464 PUSH_NULL
    #               466 LOAD_FAST                1 (t)
    #               468 LOAD_CONST              16 (16)
    #               470 CALL                     1
    #               478 POP_TOP
    #               480 RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     18 to 34 -> 440 [1] lasti
    #     36 to 68 -> 264 [2] lasti
    #     70 to 84 -> 440 [1] lasti
    #     88 to 158 -> 360 [1]
    #     160 to 208 -> 288 [2] lasti
    #     210 to 224 -> 360 [1]
    #     228 to 242 -> 312 [1]
    #     264 to 272 -> 282 [4] lasti
    #     274 to 286 -> 440 [1] lasti
    #     288 to 296 -> 306 [4] lasti
    #     298 to 310 -> 360 [1]
    #     312 to 344 -> 352 [2] lasti
    #     346 to 348 -> 360 [1]
    #     350 to 350 -> 352 [2] lasti
    #     352 to 356 -> 360 [1]
    #     358 to 358 -> 440 [1] lasti
    #     360 to 392 -> 400 [2] lasti
    #     394 to 396 -> 440 [1] lasti
    #     398 to 398 -> 400 [2] lasti
    #     400 to 420 -> 440 [1] lasti
    #     440 to 448 -> 458 [3] lasti
    raise RuntimeError('depyf: could not decompile with_nested_try_return_loop_with_then_code: except clauses fall off past the end of their region at 312')


def try_try_return_clauses_then_code(c, t, x, n, m):
    try:
        try:
            x(11)
            return 12
        except E1:
            t(13)
    except E2:
        t(14)
    x(15)
    return 16

assert run([], with_try_try_return_clauses_then_code) in ((12, [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1], with_try_try_return_clauses_then_code) in ((None, [('enter', 1), -11, -15, ('exit', 1, False)]), FELL)
assert run([2], with_try_try_return_clauses_then_code) in (('E2', [('enter', 1), -11, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_try_return_clauses_then_code) in (('E1', [('enter', 1), -11, -15, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_try_return_clauses_then_code) in (('E2', [('enter', 1), -11, -15, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_try_return_clauses_then_code) in ((None, [('enter', 1), -11, ('exit', 1, True)]), FELL)
assert run([1, 1, 1], with_try_try_return_clauses_then_code) in ((None, [('enter', 1), -11, -15, ('exit', 1, True)]), FELL)
assert run([], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([1], with_nested_try_return_loop_with_then_code) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_nested_try_return_loop_with_then_code) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 1], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([0, 2], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, 5, 6, ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([1, 1], with_nested_try_return_loop_with_then_code) in ((12, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('enter', 7), 8, -9, 10, ('exit', 7, False), -11, ('exit', 1, False)]), FELL)
assert run([0, 0, 1], with_nested_try_return_loop_with_then_code) in ((None, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), ('enter', 7), 8, -9, ('exit', 7, False), 14, -15, ('exit', 1, False), 16]), FELL)
assert run([0, 0, 2], with_nested_try_return_loop_with_then_code) in (('E2', [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), ('enter', 7), 8, -9, ('exit', 7, False), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_nested_try_return_loop_with_then_code) in ((None, [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, ('enter', 7), 8, -9, ('exit', 7, False), 14, -15, ('exit', 1, False), 16]), FELL)
assert run([0, 1, 2], with_nested_try_return_loop_with_then_code) in (('E2', [('enter', 1), ('enter', 2), -3, 4, ('exit', 2, False), 5, 6, ('enter', 7), 8, -9, ('exit', 7, False), ('exit', 1, False)]), FELL)
assert run([], try_try_return_clauses_then_code) in ((12, [-11]), FELL)
assert run([1], try_try_return_clauses_then_code) in ((16, [-11, 13, -15]), FELL)
assert run([2], try_try_return_clauses_then_code) in ((16, [-11, 14, -15]), FELL)
assert run([1, 1], try_try_return_clauses_then_code) in (('E1', [-11, 13, -15]), FELL)
assert run([1, 2], try_try_return_clauses_then_code) in (('E2', [-11, 13, -15]), FELL)
assert run([2, 1], try_try_return_clauses_then_code) in (('E1', [-11, 14, -15]), FELL)
assert run([2, 2], try_try_return_clauses_then_code) in (('E2', [-11, 14, -15]), FELL)
