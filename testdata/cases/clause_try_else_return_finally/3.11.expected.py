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
    # depyf: could not decompile named_clause_try_else_return_finally: except clauses fall off past the end of their region, the else clause into it, at 154
    #    94           0 RESUME                   0
    #   
    #    95           2 NOP
    #   
    #    96           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (5)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #                26 LOAD_CONST               0 (None)
    #                28 RETURN_VALUE
    #           >>   30 PUSH_EXC_INFO
    #   
    #    97          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE   119 (to 286)
    #                48 STORE_FAST               5 (e)
    #   
    #    98          50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               2 (6)
    #                56 PRECALL                  1
    #                60 CALL                     1
    #                70 POP_TOP
    #   
    #    99          72 NOP
    #   
    #   100          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               3 (9)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #   104          96 PUSH_NULL
    #                98 LOAD_FAST                1 (t)
    #               100 LOAD_CONST               4 (15)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 POP_TOP
    #   
    #   105         118 NOP
    #   
    #   107         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               5 (16)
    #               126 PRECALL                  1
    #               130 CALL                     1
    #               140 POP_TOP
    #               142 POP_EXCEPT
    #               144 LOAD_CONST               0 (None)
    #               146 STORE_FAST               5 (e)
    #               148 DELETE_FAST              5 (e)
    #               150 LOAD_CONST               6 (14)
    #               152 RETURN_VALUE
    #           >>  154 PUSH_EXC_INFO
    #   
    #   101         156 LOAD_GLOBAL              2 (E2)
    #               168 CHECK_EXC_MATCH
    #               170 POP_JUMP_FORWARD_IF_FALSE    14 (to 200)
    #               172 POP_TOP
    #   
    #   102         174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               7 (13)
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 POP_EXCEPT
    #               198 JUMP_FORWARD             4 (to 208)
    #   
    #   101     >>  200 RERAISE                  0
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #   
    #   102     >>  208 NOP
    #   
    #   107         210 PUSH_NULL
    #               212 LOAD_FAST                1 (t)
    #               214 LOAD_CONST               5 (16)
    #               216 PRECALL                  1
    #               220 CALL                     1
    #               230 POP_TOP
    #               232 JUMP_FORWARD            16 (to 266)
    #           >>  234 PUSH_EXC_INFO
    #               236 PUSH_NULL
    #               238 LOAD_FAST                1 (t)
    #               240 LOAD_CONST               5 (16)
    #               242 PRECALL                  1
    #               246 CALL                     1
    #               256 POP_TOP
    #               258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #           >>  266 POP_EXCEPT
    #               268 LOAD_CONST               0 (None)
    #               270 STORE_FAST               5 (e)
    #               272 DELETE_FAST              5 (e)
    #               274 LOAD_CONST               0 (None)
    #               276 RETURN_VALUE
    #           >>  278 LOAD_CONST               0 (None)
    #               280 STORE_FAST               5 (e)
    #               282 DELETE_FAST              5 (e)
    #               284 RERAISE                  1
    #   
    #    97     >>  286 RERAISE                  0
    #           >>  288 COPY                     3
    #               290 POP_EXCEPT
    #               292 RERAISE                  1
    #   ExceptionTable:
    #     4 to 24 -> 30 [0]
    #     30 to 48 -> 288 [1] lasti
    #     50 to 70 -> 278 [1] lasti
    #     74 to 94 -> 154 [1]
    #     96 to 116 -> 234 [1]
    #     120 to 140 -> 278 [1] lasti
    #     154 to 194 -> 202 [2] lasti
    #     196 to 198 -> 234 [1]
    #     200 to 200 -> 202 [2] lasti
    #     202 to 206 -> 234 [1]
    #     210 to 232 -> 278 [1] lasti
    #     234 to 258 -> 260 [2] lasti
    #     260 to 264 -> 278 [1] lasti
    #     278 to 286 -> 288 [1] lasti
    raise RuntimeError('depyf: could not decompile named_clause_try_else_return_finally: except clauses fall off past the end of their region, the else clause into it, at 154')


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
