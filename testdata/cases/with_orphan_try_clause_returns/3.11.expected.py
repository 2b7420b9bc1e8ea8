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


def with_orphan_clause_returns(c, t, x, n, m):
    with m(1):
        t(4)
        return 5
    return 9


def two_withs_orphan_clause_returns(c, t, x, n, m):
    # depyf: could not decompile two_withs_orphan_clause_returns: stack underflow
    #    90           0 RESUME                   0
    #   
    #    91           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 POP_TOP
    #                26 PUSH_NULL
    #                28 LOAD_FAST                4 (m)
    #                30 LOAD_CONST               2 (2)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #    92          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               3 (4)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #   
    #    93          72 NOP
    #   
    #    94          74 NOP
    #   
    #    91          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #                98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 LOAD_CONST               4 (5)
    #               122 RETURN_VALUE
    #               124 PUSH_EXC_INFO
    #   
    #    95         126 LOAD_GLOBAL              0 (E1)
    #               138 CHECK_EXC_MATCH
    #               140 POP_JUMP_FORWARD_IF_FALSE    48 (to 238)
    #               142 POP_TOP
    #   
    #    96         144 PUSH_NULL
    #               146 LOAD_FAST                2 (x)
    #               148 LOAD_CONST               5 (6)
    #               150 PRECALL                  1
    #               154 CALL                     1
    #               164 POP_TOP
    #   
    #    97         166 PUSH_NULL
    #               168 LOAD_FAST                1 (t)
    #               170 LOAD_CONST               6 (7)
    #               172 PRECALL                  1
    #               176 CALL                     1
    #               186 POP_TOP
    #   
    #    98         188 POP_EXCEPT
    #   
    #    91         190 LOAD_CONST               0 (None)
    #               192 LOAD_CONST               0 (None)
    #               194 LOAD_CONST               0 (None)
    #               196 PRECALL                  2
    #               200 CALL                     2
    #               210 POP_TOP
    #               212 LOAD_CONST               0 (None)
    #               214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 PRECALL                  2
    #               222 CALL                     2
    #               232 POP_TOP
    #               234 LOAD_CONST               7 (8)
    #               236 RETURN_VALUE
    #   
    #    99     >>  238 LOAD_GLOBAL              2 (E2)
    #               250 CHECK_EXC_MATCH
    #               252 POP_JUMP_FORWARD_IF_FALSE    37 (to 328)
    #               254 POP_TOP
    #   
    #   100         256 PUSH_NULL
    #               258 LOAD_FAST                1 (t)
    #               260 LOAD_CONST               8 (9)
    #               262 PRECALL                  1
    #               266 CALL                     1
    #               276 POP_TOP
    #   
    #   101         278 POP_EXCEPT
    #   
    #    91         280 LOAD_CONST               0 (None)
    #               282 LOAD_CONST               0 (None)
    #               284 LOAD_CONST               0 (None)
    #               286 PRECALL                  2
    #               290 CALL                     2
    #               300 POP_TOP
    #               302 LOAD_CONST               0 (None)
    #               304 LOAD_CONST               0 (None)
    #               306 LOAD_CONST               0 (None)
    #               308 PRECALL                  2
    #               312 CALL                     2
    #               322 POP_TOP
    #               324 LOAD_CONST               9 (10)
    #               326 RETURN_VALUE
    #   
    #    99     >>  328 RERAISE                  0
    #           >>  330 COPY                     3
    #               332 POP_EXCEPT
    #               334 RERAISE                  1
    #   
    #    91     >>  336 PUSH_EXC_INFO
    #               338 WITH_EXCEPT_START
    #               340 POP_JUMP_FORWARD_IF_TRUE     4 (to 350)
    #               342 RERAISE                  2
    #           >>  344 COPY                     3
    #               346 POP_EXCEPT
    #               348 RERAISE                  1
    #           >>  350 POP_TOP
    #               352 POP_EXCEPT
    #               354 POP_TOP
    #               356 POP_TOP
    #               358 LOAD_CONST               0 (None)
    #               360 LOAD_CONST               0 (None)
    #               362 LOAD_CONST               0 (None)
    #               364 PRECALL                  2
    #               368 CALL                     2
    #               378 POP_TOP
    #               380 JUMP_FORWARD            11 (to 404)
    #           >>  382 PUSH_EXC_INFO
    #               384 WITH_EXCEPT_START
    #               386 POP_JUMP_FORWARD_IF_TRUE     4 (to 396)
    #               388 RERAISE                  2
    #           >>  390 COPY                     3
    #               392 POP_EXCEPT
    #               394 RERAISE                  1
    #           >>  396 POP_TOP
    #               398 POP_EXCEPT
    #               400 POP_TOP
    #               402 POP_TOP
    #   
    #   102     >>  404 LOAD_GLOBAL              0 (E1)
    #               416 LOAD_ATTR                2 (__name__)
    #               426 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 46 -> 382 [1] lasti
    #     48 to 70 -> 336 [2] lasti
    #     76 to 96 -> 382 [1] lasti
    #     124 to 186 -> 330 [3] lasti
    #     188 to 188 -> 336 [2] lasti
    #     190 to 210 -> 382 [1] lasti
    #     238 to 276 -> 330 [3] lasti
    #     278 to 278 -> 336 [2] lasti
    #     280 to 300 -> 382 [1] lasti
    #     328 to 328 -> 330 [3] lasti
    #     330 to 334 -> 336 [2] lasti
    #     336 to 342 -> 344 [4] lasti
    #     344 to 348 -> 382 [1] lasti
    #     350 to 350 -> 344 [4] lasti
    #     352 to 356 -> 382 [1] lasti
    #     382 to 388 -> 390 [3] lasti
    #     396 to 396 -> 390 [3] lasti
    raise RuntimeError('depyf: could not decompile two_withs_orphan_clause_returns: stack underflow')

assert run([], with_orphan_clause_returns) in ((5, [('enter', 1), 4, ('exit', 1, False)]), FELL)
assert run([], two_withs_orphan_clause_returns) in ((5, [('enter', 1), ('enter', 2), 4, ('exit', 2, False), ('exit', 1, False)]), FELL)
