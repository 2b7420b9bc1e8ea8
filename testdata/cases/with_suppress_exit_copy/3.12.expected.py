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


def if_try_with_return_clauses_finally_else_pass_then_return(c, t, x, n, m):
    if c() or c() and c():
        try:
            with m(33) as w:
                return w, 8
        except E1:
            try:
                return x(37) or 4
            except E1:
                pass
            return 5
        finally:
            t(41)
    return E1.__name__


def if_try_with_return_clause_finally_then_return(c, t, x, n, m):
    if c():
        try:
            with m(33) as w:
                x(w)
                return 7
        except E1:
            return 9
        finally:
            t(41)
    return E2.__name__


def if_try_with_return_clause_finally_else_code_then_return(c, t, x, n, m):
    # depyf: could not decompile if_try_with_return_clause_finally_else_code_then_return: a with suppressing in the then-branch runs a copy of the code after the if at 88
    #   110           0 RESUME                   0
    #   
    #   111           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       28 (to 72)
    #   
    #   112          16 NOP
    #   
    #   113          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (33)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #   114          36 NOP
    #   
    #   113          38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #   
    #   118          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               2 (41)
    #                60 CALL                     1
    #                68 POP_TOP
    #                70 RETURN_CONST             3 (7)
    #   
    #   120     >>   72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               5 (5)
    #                78 CALL                     1
    #                86 POP_TOP
    #   
    #   121          88 LOAD_GLOBAL              2 (E2)
    #                98 LOAD_ATTR                4 (__name__)
    #               118 RETURN_VALUE
    #   
    #   113     >>  120 PUSH_EXC_INFO
    #               122 WITH_EXCEPT_START
    #               124 POP_JUMP_IF_TRUE         1 (to 128)
    #               126 RERAISE                  2
    #           >>  128 POP_TOP
    #               130 POP_EXCEPT
    #               132 POP_TOP
    #               134 POP_TOP
    #               136 JUMP_FORWARD             3 (to 144)
    #           >>  138 COPY                     3
    #               140 POP_EXCEPT
    #               142 RERAISE                  1
    #           >>  144 JUMP_FORWARD            23 (to 192)
    #           >>  146 PUSH_EXC_INFO
    #   
    #   115         148 LOAD_GLOBAL              0 (E1)
    #               158 CHECK_EXC_MATCH
    #               160 POP_JUMP_IF_FALSE       11 (to 184)
    #               162 POP_TOP
    #   
    #   116         164 POP_EXCEPT
    #   
    #   118         166 PUSH_NULL
    #               168 LOAD_FAST                1 (t)
    #               170 LOAD_CONST               2 (41)
    #               172 CALL                     1
    #               180 POP_TOP
    #               182 RETURN_CONST             4 (9)
    #   
    #   115     >>  184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #   113     >>  192 NOP
    #   
    #   118         194 PUSH_NULL
    #               196 LOAD_FAST                1 (t)
    #               198 LOAD_CONST               2 (41)
    #               200 CALL                     1
    #               208 POP_TOP
    #   
    #   121         210 LOAD_GLOBAL              2 (E2)
    #               220 LOAD_ATTR                4 (__name__)
    #               240 RETURN_VALUE
    #           >>  242 PUSH_EXC_INFO
    #   
    #   118         244 PUSH_NULL
    #               246 LOAD_FAST                1 (t)
    #               248 LOAD_CONST               2 (41)
    #               250 CALL                     1
    #               258 POP_TOP
    #               260 RERAISE                  0
    #           >>  262 COPY                     3
    #               264 POP_EXCEPT
    #               266 RERAISE                  1
    #   ExceptionTable:
    #     18 to 32 -> 146 [0]
    #     34 to 36 -> 120 [1] lasti
    #     38 to 52 -> 146 [0]
    #     120 to 128 -> 138 [3] lasti
    #     130 to 142 -> 146 [0]
    #     144 to 144 -> 242 [0]
    #     146 to 162 -> 186 [1] lasti
    #     164 to 164 -> 242 [0]
    #     184 to 184 -> 186 [1] lasti
    #     186 to 190 -> 242 [0]
    #     242 to 260 -> 262 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_with_return_clause_finally_else_code_then_return: a with suppressing in the then-branch runs a copy of the code after the if at 88')

assert run([], if_try_with_return_clauses_finally_else_pass_then_return) in (('E1', []), FELL)
assert run([1], if_try_with_return_clauses_finally_else_pass_then_return) in (((33, 8), [('enter', 33), ('exit', 33, False), 41]), FELL)
assert run([], if_try_with_return_clause_finally_then_return) in (('E2', []), FELL)
assert run([1], if_try_with_return_clause_finally_then_return) in ((7, [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 1], if_try_with_return_clause_finally_then_return) in ((9, [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 2], if_try_with_return_clause_finally_then_return) in (('E2', [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 1, 1], if_try_with_return_clause_finally_then_return) in (('E2', [('enter', 33), -33, ('exit', 33, True), 41]), FELL)
assert run([], if_try_with_return_clause_finally_else_code_then_return) in (('E2', [5]), FELL)
assert run([1], if_try_with_return_clause_finally_else_code_then_return) in ((7, [('enter', 33), ('exit', 33, False), 41]), FELL)
