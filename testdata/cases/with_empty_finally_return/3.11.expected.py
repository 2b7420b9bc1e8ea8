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


def reduced(c, t, x, n, m):
    with m(2) as w:
        try:
            if c():
                return 5
        finally:
            pass


def if_return(c, t, x, n, m):
    with m(2):
        try:
            t(1)
            if c():
                return 5
            t(2)
        finally:
            pass


def two_withs(c, t, x, n, m):
    with m(1), m(2):
        try:
            if c():
                return 5
        finally:
            pass
    t(3)


def non_empty_finally(c, t, x, n, m):
    # depyf: could not decompile non_empty_finally: conditional jump out of the region at 46
    #   111           0 RESUME                   0
    #   
    #   112           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (2)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 STORE_FAST               5 (w)
    #   
    #   113          26 NOP
    #   
    #   114          28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE    25 (to 98)
    #   
    #   115          48 NOP
    #   
    #   117          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               2 (1)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #   
    #   112          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 PRECALL                  2
    #                82 CALL                     2
    #                92 POP_TOP
    #                94 LOAD_CONST               3 (5)
    #                96 RETURN_VALUE
    #   
    #   114     >>   98 NOP
    #   
    #   117         100 PUSH_NULL
    #               102 LOAD_FAST                1 (t)
    #               104 LOAD_CONST               2 (1)
    #               106 PRECALL                  1
    #               110 CALL                     1
    #               120 POP_TOP
    #               122 JUMP_FORWARD            16 (to 156)
    #           >>  124 PUSH_EXC_INFO
    #               126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               2 (1)
    #               132 PRECALL                  1
    #               136 CALL                     1
    #               146 POP_TOP
    #               148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #           >>  156 NOP
    #   
    #   112         158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 LOAD_CONST               0 (None)
    #               164 PRECALL                  2
    #               168 CALL                     2
    #               178 POP_TOP
    #               180 LOAD_CONST               0 (None)
    #               182 RETURN_VALUE
    #           >>  184 PUSH_EXC_INFO
    #               186 WITH_EXCEPT_START
    #               188 POP_JUMP_FORWARD_IF_TRUE     4 (to 198)
    #               190 RERAISE                  2
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #           >>  198 POP_TOP
    #               200 POP_EXCEPT
    #               202 POP_TOP
    #               204 POP_TOP
    #               206 LOAD_CONST               0 (None)
    #               208 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 24 -> 184 [1] lasti
    #     28 to 46 -> 124 [1]
    #     50 to 70 -> 184 [1] lasti
    #     100 to 122 -> 184 [1] lasti
    #     124 to 148 -> 150 [2] lasti
    #     150 to 154 -> 184 [1] lasti
    #     184 to 190 -> 192 [3] lasti
    #     198 to 198 -> 192 [3] lasti
    raise RuntimeError('depyf: could not decompile non_empty_finally: conditional jump out of the region at 46')

assert run([], reduced) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], reduced) in ((5, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], if_return) in ((None, [('enter', 2), 1, 2, ('exit', 2, False)]), FELL)
assert run([1], if_return) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([], two_withs) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 3]), FELL)
assert run([1], two_withs) in ((5, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], non_empty_finally) in ((None, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([1], non_empty_finally) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)
