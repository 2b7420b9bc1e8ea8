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


def clause_try_else_return_finally(c, t, x, n, m):
    try:
        x(5)
    except E1:
        try:
            x(9)
            return 14
        except E2:
            t(13)
        finally:
            t(16)


def named_clause_try_else_return_finally(c, t, x, n, m):
    # depyf: could not decompile named_clause_try_else_return_finally: except clauses fall off past the end of their region, the else clause into it, at 118
    #    94           0 RESUME                   0
    #   
    #    95           2 NOP
    #   
    #    96           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (5)
    #                10 CALL                     1
    #                18 POP_TOP
    #                20 RETURN_CONST             0 (None)
    #           >>   22 PUSH_EXC_INFO
    #   
    #    97          24 LOAD_GLOBAL              0 (E1)
    #                34 CHECK_EXC_MATCH
    #                36 POP_JUMP_IF_FALSE       95 (to 228)
    #                38 STORE_FAST               5 (e)
    #   
    #    98          40 PUSH_NULL
    #                42 LOAD_FAST                1 (t)
    #                44 LOAD_CONST               2 (6)
    #                46 CALL                     1
    #                54 POP_TOP
    #   
    #    99          56 NOP
    #   
    #   100          58 PUSH_NULL
    #                60 LOAD_FAST                2 (x)
    #                62 LOAD_CONST               3 (9)
    #                64 CALL                     1
    #                72 POP_TOP
    #   
    #   104          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               4 (15)
    #                80 CALL                     1
    #                88 POP_TOP
    #   
    #   105          90 NOP
    #   
    #   107          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               5 (16)
    #                98 CALL                     1
    #               106 POP_TOP
    #               108 POP_EXCEPT
    #               110 LOAD_CONST               0 (None)
    #               112 STORE_FAST               5 (e)
    #               114 DELETE_FAST              5 (e)
    #               116 RETURN_CONST             6 (14)
    #           >>  118 PUSH_EXC_INFO
    #   
    #   101         120 LOAD_GLOBAL              2 (E2)
    #               130 CHECK_EXC_MATCH
    #               132 POP_JUMP_IF_FALSE       11 (to 156)
    #               134 POP_TOP
    #   
    #   102         136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               7 (13)
    #               142 CALL                     1
    #               150 POP_TOP
    #               152 POP_EXCEPT
    #               154 JUMP_FORWARD             4 (to 164)
    #   
    #   101     >>  156 RERAISE                  0
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #   
    #   102     >>  164 NOP
    #   
    #   107         166 PUSH_NULL
    #               168 LOAD_FAST                1 (t)
    #               170 LOAD_CONST               5 (16)
    #               172 CALL                     1
    #               180 POP_TOP
    #               182 JUMP_FORWARD            13 (to 210)
    #           >>  184 PUSH_EXC_INFO
    #               186 PUSH_NULL
    #               188 LOAD_FAST                1 (t)
    #               190 LOAD_CONST               5 (16)
    #               192 CALL                     1
    #               200 POP_TOP
    #               202 RERAISE                  0
    #           >>  204 COPY                     3
    #               206 POP_EXCEPT
    #               208 RERAISE                  1
    #           >>  210 POP_EXCEPT
    #               212 LOAD_CONST               0 (None)
    #               214 STORE_FAST               5 (e)
    #               216 DELETE_FAST              5 (e)
    #               218 RETURN_CONST             0 (None)
    #           >>  220 LOAD_CONST               0 (None)
    #               222 STORE_FAST               5 (e)
    #               224 DELETE_FAST              5 (e)
    #               226 RERAISE                  1
    #   
    #    97     >>  228 RERAISE                  0
    #           >>  230 COPY                     3
    #               232 POP_EXCEPT
    #               234 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 22 [0]
    #     22 to 38 -> 230 [1] lasti
    #     40 to 54 -> 220 [1] lasti
    #     58 to 72 -> 118 [1]
    #     74 to 88 -> 184 [1]
    #     92 to 106 -> 220 [1] lasti
    #     118 to 150 -> 158 [2] lasti
    #     152 to 154 -> 184 [1]
    #     156 to 156 -> 158 [2] lasti
    #     158 to 162 -> 184 [1]
    #     166 to 182 -> 220 [1] lasti
    #     184 to 202 -> 204 [2] lasti
    #     204 to 208 -> 220 [1] lasti
    #     220 to 228 -> 230 [1] lasti
    raise RuntimeError('depyf: could not decompile named_clause_try_else_return_finally: except clauses fall off past the end of their region, the else clause into it, at 118')


def second_clause_try_body_return_finally(c, t, x, n, m):
    try:
        x(5)
    except E2:
        t(3)
    except E1:
        try:
            x(9)
            return 14
        except E2:
            t(13)
        finally:
            t(16)

assert run([], clause_try_else_return_finally) in ((None, [-5]), FELL)
assert run([1], clause_try_else_return_finally) in ((14, [-5, -9, 16]), FELL)
assert run([2], clause_try_else_return_finally) in (('E2', [-5]), FELL)
assert run([1, 1], clause_try_else_return_finally) in (('E1', [-5, -9, 16]), FELL)
assert run([1, 2], clause_try_else_return_finally) in ((None, [-5, -9, 13, 16]), FELL)
assert run([], named_clause_try_else_return_finally) in ((None, [-5]), FELL)
assert run([1], named_clause_try_else_return_finally) in ((14, [-5, 6, -9, 15, 16]), FELL)
assert run([2], named_clause_try_else_return_finally) in (('E2', [-5]), FELL)
assert run([1, 1], named_clause_try_else_return_finally) in (('E1', [-5, 6, -9, 16]), FELL)
assert run([1, 2], named_clause_try_else_return_finally) in ((None, [-5, 6, -9, 13, 16]), FELL)
assert run([], second_clause_try_body_return_finally) in ((None, [-5]), FELL)
assert run([1], second_clause_try_body_return_finally) in ((14, [-5, -9, 16]), FELL)
assert run([2], second_clause_try_body_return_finally) in ((None, [-5, 3]), FELL)
assert run([1, 1], second_clause_try_body_return_finally) in (('E1', [-5, -9, 16]), FELL)
assert run([1, 2], second_clause_try_body_return_finally) in ((None, [-5, -9, 13, 16]), FELL)
