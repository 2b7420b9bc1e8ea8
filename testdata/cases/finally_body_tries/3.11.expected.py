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


def finally_two_tries(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            t(3)
        try:
            x(4)
        except E2:
            t(5)
    return 6


def finally_try_then_try_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            pass
        try:
            x(3)
        finally:
            t(4)
    return 5


def finally_try_then_with(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            pass
        with m(3):
            x(4)
    return 5


def loop_finally_two_tries(c, t, x, n, m):
    # depyf: could not decompile loop_finally_two_tries: conditional jump out of the region at 48
    #   126           0 RESUME                   0
    #   
    #   127           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 EXTENDED_ARG             1
    #                24 FOR_ITER               281 (to 588)
    #                26 STORE_FAST               5 (k)
    #   
    #   128          28 NOP
    #   
    #   129          30 PUSH_NULL
    #                32 LOAD_FAST                0 (c)
    #                34 PRECALL                  0
    #                38 CALL                     0
    #                48 POP_JUMP_FORWARD_IF_FALSE    81 (to 212)
    #   
    #   130          50 NOP
    #   
    #   133          52 NOP
    #   
    #   134          54 PUSH_NULL
    #                56 LOAD_FAST                2 (x)
    #                58 LOAD_CONST               1 (2)
    #                60 PRECALL                  1
    #                64 CALL                     1
    #                74 POP_TOP
    #                76 JUMP_FORWARD            27 (to 132)
    #           >>   78 PUSH_EXC_INFO
    #   
    #   135          80 LOAD_GLOBAL              0 (E1)
    #                92 CHECK_EXC_MATCH
    #                94 POP_JUMP_FORWARD_IF_FALSE    14 (to 124)
    #                96 POP_TOP
    #   
    #   136          98 PUSH_NULL
    #               100 LOAD_FAST                1 (t)
    #               102 LOAD_CONST               2 (3)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 POP_TOP
    #               120 POP_EXCEPT
    #               122 JUMP_FORWARD             4 (to 132)
    #   
    #   135     >>  124 RERAISE                  0
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #   
    #   137     >>  132 NOP
    #   
    #   138         134 PUSH_NULL
    #               136 LOAD_FAST                2 (x)
    #               138 LOAD_CONST               3 (4)
    #               140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #               156 JUMP_BACKWARD           68 (to 22)
    #           >>  158 PUSH_EXC_INFO
    #   
    #   139         160 LOAD_GLOBAL              2 (E2)
    #               172 CHECK_EXC_MATCH
    #               174 POP_JUMP_FORWARD_IF_FALSE    14 (to 204)
    #               176 POP_TOP
    #   
    #   140         178 PUSH_NULL
    #               180 LOAD_FAST                1 (t)
    #               182 LOAD_CONST               4 (5)
    #               184 PRECALL                  1
    #               188 CALL                     1
    #               198 POP_TOP
    #               200 POP_EXCEPT
    #               202 JUMP_BACKWARD           91 (to 22)
    #   
    #   139     >>  204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   
    #   131     >>  212 PUSH_NULL
    #               214 LOAD_FAST                2 (x)
    #               216 LOAD_CONST               5 (1)
    #               218 PRECALL                  1
    #               222 CALL                     1
    #               232 POP_TOP
    #   
    #   133         234 NOP
    #   
    #   134         236 PUSH_NULL
    #               238 LOAD_FAST                2 (x)
    #               240 LOAD_CONST               1 (2)
    #               242 PRECALL                  1
    #               246 CALL                     1
    #               256 POP_TOP
    #               258 JUMP_FORWARD            27 (to 314)
    #           >>  260 PUSH_EXC_INFO
    #   
    #   135         262 LOAD_GLOBAL              0 (E1)
    #               274 CHECK_EXC_MATCH
    #               276 POP_JUMP_FORWARD_IF_FALSE    14 (to 306)
    #               278 POP_TOP
    #   
    #   136         280 PUSH_NULL
    #               282 LOAD_FAST                1 (t)
    #               284 LOAD_CONST               2 (3)
    #               286 PRECALL                  1
    #               290 CALL                     1
    #               300 POP_TOP
    #               302 POP_EXCEPT
    #               304 JUMP_FORWARD             4 (to 314)
    #   
    #   135     >>  306 RERAISE                  0
    #           >>  308 COPY                     3
    #               310 POP_EXCEPT
    #               312 RERAISE                  1
    #   
    #   137     >>  314 NOP
    #   
    #   138         316 PUSH_NULL
    #               318 LOAD_FAST                2 (x)
    #               320 LOAD_CONST               3 (4)
    #               322 PRECALL                  1
    #               326 CALL                     1
    #               336 POP_TOP
    #               338 JUMP_FORWARD           111 (to 562)
    #           >>  340 PUSH_EXC_INFO
    #   
    #   139         342 LOAD_GLOBAL              2 (E2)
    #               354 CHECK_EXC_MATCH
    #               356 POP_JUMP_FORWARD_IF_FALSE    14 (to 386)
    #               358 POP_TOP
    #   
    #   140         360 PUSH_NULL
    #               362 LOAD_FAST                1 (t)
    #               364 LOAD_CONST               4 (5)
    #               366 PRECALL                  1
    #               370 CALL                     1
    #               380 POP_TOP
    #               382 POP_EXCEPT
    #               384 JUMP_FORWARD            88 (to 562)
    #   
    #   139     >>  386 RERAISE                  0
    #           >>  388 COPY                     3
    #               390 POP_EXCEPT
    #               392 RERAISE                  1
    #           >>  394 PUSH_EXC_INFO
    #   
    #   133         396 NOP
    #   
    #   134         398 PUSH_NULL
    #               400 LOAD_FAST                2 (x)
    #               402 LOAD_CONST               1 (2)
    #               404 PRECALL                  1
    #               408 CALL                     1
    #               418 POP_TOP
    #               420 JUMP_FORWARD            27 (to 476)
    #           >>  422 PUSH_EXC_INFO
    #   
    #   135         424 LOAD_GLOBAL              0 (E1)
    #               436 CHECK_EXC_MATCH
    #               438 POP_JUMP_FORWARD_IF_FALSE    14 (to 468)
    #               440 POP_TOP
    #   
    #   136         442 PUSH_NULL
    #               444 LOAD_FAST                1 (t)
    #               446 LOAD_CONST               2 (3)
    #               448 PRECALL                  1
    #               452 CALL                     1
    #               462 POP_TOP
    #               464 POP_EXCEPT
    #               466 JUMP_FORWARD             4 (to 476)
    #   
    #   135     >>  468 RERAISE                  0
    #           >>  470 COPY                     3
    #               472 POP_EXCEPT
    #               474 RERAISE                  1
    #   
    #   137     >>  476 NOP
    #   
    #   138         478 PUSH_NULL
    #               480 LOAD_FAST                2 (x)
    #               482 LOAD_CONST               3 (4)
    #               484 PRECALL                  1
    #               488 CALL                     1
    #               498 POP_TOP
    #               500 RERAISE                  0
    #           >>  502 PUSH_EXC_INFO
    #   
    #   139         504 LOAD_GLOBAL              2 (E2)
    #               516 CHECK_EXC_MATCH
    #               518 POP_JUMP_FORWARD_IF_FALSE    14 (to 548)
    #               520 POP_TOP
    #   
    #   140         522 PUSH_NULL
    #               524 LOAD_FAST                1 (t)
    #               526 LOAD_CONST               4 (5)
    #               528 PRECALL                  1
    #               532 CALL                     1
    #               542 POP_TOP
    #               544 POP_EXCEPT
    #               546 RERAISE                  0
    #   
    #   139     >>  548 RERAISE                  0
    #           >>  550 COPY                     3
    #               552 POP_EXCEPT
    #               554 RERAISE                  1
    #           >>  556 COPY                     3
    #               558 POP_EXCEPT
    #               560 RERAISE                  1
    #   
    #   141     >>  562 PUSH_NULL
    #               564 LOAD_FAST                1 (t)
    #               566 LOAD_CONST               6 (6)
    #               568 PRECALL                  1
    #               572 CALL                     1
    #               582 POP_TOP
    #               584 EXTENDED_ARG             1
    #               586 JUMP_BACKWARD          283 (to 22)
    #   
    #   142     >>  588 LOAD_CONST               7 (7)
    #               590 RETURN_VALUE
    #   ExceptionTable:
    #     30 to 48 -> 394 [1]
    #     54 to 74 -> 78 [1]
    #     78 to 118 -> 126 [2] lasti
    #     124 to 124 -> 126 [2] lasti
    #     134 to 154 -> 158 [1]
    #     158 to 198 -> 206 [2] lasti
    #     204 to 204 -> 206 [2] lasti
    #     212 to 232 -> 394 [1]
    #     236 to 256 -> 260 [1]
    #     260 to 300 -> 308 [2] lasti
    #     306 to 306 -> 308 [2] lasti
    #     316 to 336 -> 340 [1]
    #     340 to 380 -> 388 [2] lasti
    #     386 to 386 -> 388 [2] lasti
    #     394 to 394 -> 556 [2] lasti
    #     398 to 418 -> 422 [3]
    #     420 to 420 -> 556 [2] lasti
    #     422 to 462 -> 470 [4] lasti
    #     464 to 466 -> 556 [2] lasti
    #     468 to 468 -> 470 [4] lasti
    #     470 to 474 -> 556 [2] lasti
    #     478 to 498 -> 502 [3]
    #     500 to 500 -> 556 [2] lasti
    #     502 to 542 -> 550 [4] lasti
    #     544 to 546 -> 556 [2] lasti
    #     548 to 548 -> 550 [4] lasti
    #     550 to 554 -> 556 [2] lasti
    raise RuntimeError('depyf: could not decompile loop_finally_two_tries: conditional jump out of the region at 48')


def nested_finally_try(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        finally:
            try:
                x(3)
            except E1:
                pass
            t(4)
    return 5


def nested_finally_try_store(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        finally:
            try:
                x(3)
            except E1:
                pass
            c.done = False
    return 5

assert run([], finally_two_tries) in ((6, [-1, -2, -4]), FELL)
assert run([1], finally_two_tries) in (('E1', [-1, -2, -4]), FELL)
assert run([2], finally_two_tries) in (('E2', [-1, -2, -4]), FELL)
assert run([0, 1], finally_two_tries) in ((6, [-1, -2, 3, -4]), FELL)
assert run([0, 2], finally_two_tries) in (('E2', [-1, -2]), FELL)
assert run([1, 1], finally_two_tries) in (('E1', [-1, -2, 3, -4]), FELL)
assert run([], finally_try_then_try_finally) in ((5, [-1, -2, -3, 4]), FELL)
assert run([1], finally_try_then_try_finally) in (('E1', [-1, -2, -3, 4]), FELL)
assert run([2], finally_try_then_try_finally) in (('E2', [-1, -2, -3, 4]), FELL)
assert run([0, 2], finally_try_then_try_finally) in (('E2', [-1, -2]), FELL)
assert run([], finally_try_then_with) in ((5, [-1, -2, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], finally_try_then_with) in (('E1', [-1, -2, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2], finally_try_then_with) in (('E2', [-1, -2, ('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 2], finally_try_then_with) in (('E2', [-1, -2]), FELL)
assert run([0, 0, 1, 1], finally_try_then_with) in ((5, [-1, -2, ('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([1, 0, 1, 1], finally_try_then_with) in (('E1', [-1, -2, ('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], loop_finally_two_tries) in ((7, []), FELL)
assert run([1], loop_finally_two_tries) in ((7, [-1, -2, -4, 6]), FELL)
assert run([2], loop_finally_two_tries) in ((7, [-1, -2, -4, 6, -1, -2, -4, 6]), FELL)
assert run([1, 1], loop_finally_two_tries) in ((7, [-2, -4]), FELL)
assert run([2, 1], loop_finally_two_tries) in ((7, [-2, -4, -1, -2, -4, 6]), FELL)
assert run([1, 0, 1], loop_finally_two_tries) in (('E1', [-1, -2, -4]), FELL)
assert run([], nested_finally_try) in ((5, [-1, -2, -3, 4]), FELL)
assert run([1], nested_finally_try) in (('E1', [-1, -2, -3, 4]), FELL)
assert run([2], nested_finally_try) in (('E2', [-1, -2, -3, 4]), FELL)
assert run([0, 0, 2], nested_finally_try) in (('E2', [-1, -2, -3]), FELL)
assert run([], nested_finally_try_store) in ((5, [-1, -2, -3]), FELL)
assert run([1], nested_finally_try_store) in (('E1', [-1, -2, -3]), FELL)
assert run([2], nested_finally_try_store) in (('E2', [-1, -2, -3]), FELL)
