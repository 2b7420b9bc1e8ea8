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
    # depyf: could not decompile non_empty_finally: conditional jump out of the region at 34
    #   111           0 RESUME                   0
    #   
    #   112           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (2)
    #                 8 CALL                     1
    #                16 BEFORE_WITH
    #                18 STORE_FAST               5 (w)
    #   
    #   113          20 NOP
    #   
    #   114          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_FALSE       18 (to 72)
    #   
    #   115          36 NOP
    #   
    #   117          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (1)
    #                44 CALL                     1
    #                52 POP_TOP
    #   
    #   112          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 CALL                     2
    #                68 POP_TOP
    #                70 RETURN_CONST             3 (5)
    #   
    #   114     >>   72 NOP
    #   
    #   117          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               2 (1)
    #                80 CALL                     1
    #                88 POP_TOP
    #                90 NOP
    #   
    #   112          92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 CALL                     2
    #               106 POP_TOP
    #               108 RETURN_CONST             0 (None)
    #           >>  110 PUSH_EXC_INFO
    #   
    #   117         112 PUSH_NULL
    #               114 LOAD_FAST                1 (t)
    #               116 LOAD_CONST               2 (1)
    #               118 CALL                     1
    #               126 POP_TOP
    #               128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   112     >>  136 PUSH_EXC_INFO
    #               138 WITH_EXCEPT_START
    #               140 POP_JUMP_IF_TRUE         1 (to 144)
    #               142 RERAISE                  2
    #           >>  144 POP_TOP
    #               146 POP_EXCEPT
    #               148 POP_TOP
    #               150 POP_TOP
    #               152 RETURN_CONST             0 (None)
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #   ExceptionTable:
    #     18 to 18 -> 136 [1] lasti
    #     22 to 34 -> 110 [1]
    #     38 to 52 -> 136 [1] lasti
    #     74 to 88 -> 136 [1] lasti
    #     110 to 128 -> 130 [2] lasti
    #     130 to 134 -> 136 [1] lasti
    #     136 to 144 -> 154 [3] lasti
    raise RuntimeError('depyf: could not decompile non_empty_finally: conditional jump out of the region at 34')

assert run([], reduced) in ((None, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1], reduced) in ((5, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], if_return) in ((None, [('enter', 2), 1, 2, ('exit', 2, False)]), FELL)
assert run([1], if_return) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([], two_withs) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 3]), FELL)
assert run([1], two_withs) in ((5, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], non_empty_finally) in ((None, [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([1], non_empty_finally) in ((5, [('enter', 2), 1, ('exit', 2, False)]), FELL)
