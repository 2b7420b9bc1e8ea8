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


def try_with_return_except_empty_finally_then_code(c, t, x, n, m):
    try:
        with m(3):
            x(4)
            return 5
    except E1:
        return 6
    finally:
        pass
    t(7)


def try_with_return_except_empty_finally_then_return(c, t, x, n, m):
    t(1)
    try:
        with m(3) as w:
            x(w)
            return 5
    except E2:
        return 6
    finally:
        pass
    t(7)
    return t(8)


def elif_try_with_return_empty_finally_code_else(c, t, x, n, m):
    # depyf: could not decompile elif_try_with_return_empty_finally_code_else: code after a try/finally reached only through a handler in its body, at 192
    #   106           0 RESUME                   0
    #   
    #   107           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE        9 (to 34)
    #   
    #   108          16 PUSH_NULL
    #                18 LOAD_FAST                1 (t)
    #                20 LOAD_CONST               1 (1)
    #                22 CALL                     1
    #                30 POP_TOP
    #   
    #   121          32 RETURN_CONST             8 (9)
    #   
    #   109     >>   34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 POP_JUMP_IF_FALSE       28 (to 104)
    #   
    #   110          48 NOP
    #   
    #   111          50 PUSH_NULL
    #                52 LOAD_FAST                4 (m)
    #                54 LOAD_CONST               2 (3)
    #                56 CALL                     1
    #                64 BEFORE_WITH
    #                66 POP_TOP
    #   
    #   112          68 PUSH_NULL
    #                70 LOAD_FAST                2 (x)
    #                72 LOAD_CONST               3 (4)
    #                74 CALL                     1
    #                82 POP_TOP
    #   
    #   113          84 NOP
    #   
    #   111          86 LOAD_CONST               0 (None)
    #                88 LOAD_CONST               0 (None)
    #                90 LOAD_CONST               0 (None)
    #                92 CALL                     2
    #               100 POP_TOP
    #   
    #   117         102 RETURN_CONST             4 (5)
    #   
    #   120     >>  104 PUSH_NULL
    #               106 LOAD_FAST                1 (t)
    #               108 LOAD_CONST               7 (8)
    #               110 CALL                     1
    #               118 POP_TOP
    #   
    #   121         120 RETURN_CONST             8 (9)
    #   
    #   111     >>  122 PUSH_EXC_INFO
    #               124 WITH_EXCEPT_START
    #               126 POP_JUMP_IF_TRUE         1 (to 130)
    #               128 RERAISE                  2
    #           >>  130 POP_TOP
    #               132 POP_EXCEPT
    #               134 POP_TOP
    #               136 POP_TOP
    #               138 JUMP_FORWARD             3 (to 146)
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #           >>  146 JUMP_FORWARD            15 (to 178)
    #           >>  148 PUSH_EXC_INFO
    #   
    #   114         150 LOAD_GLOBAL              0 (E1)
    #               160 CHECK_EXC_MATCH
    #               162 POP_JUMP_IF_FALSE        3 (to 170)
    #               164 POP_TOP
    #   
    #   115         166 POP_EXCEPT
    #   
    #   117         168 RETURN_CONST             5 (6)
    #   
    #   114     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #   111     >>  178 NOP
    #   
    #   117         180 JUMP_FORWARD             5 (to 192)
    #           >>  182 PUSH_EXC_INFO
    #               184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #   118     >>  192 PUSH_NULL
    #               194 LOAD_FAST                1 (t)
    #               196 LOAD_CONST               6 (7)
    #               198 CALL                     1
    #               206 POP_TOP
    #   
    #   121         208 RETURN_CONST             8 (9)
    #   ExceptionTable:
    #     50 to 64 -> 148 [0]
    #     66 to 84 -> 122 [1] lasti
    #     86 to 100 -> 148 [0]
    #     122 to 130 -> 140 [3] lasti
    #     132 to 144 -> 148 [0]
    #     146 to 146 -> 182 [0]
    #     148 to 164 -> 172 [1] lasti
    #     166 to 166 -> 182 [0]
    #     170 to 170 -> 172 [1] lasti
    #     172 to 176 -> 182 [0]
    #     182 to 184 -> 186 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_try_with_return_empty_finally_code_else: code after a try/finally reached only through a handler in its body, at 192')

assert run([], try_with_return_except_empty_finally_then_code) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1], try_with_return_except_empty_finally_then_code) in ((6, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([2], try_with_return_except_empty_finally_then_code) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], try_with_return_except_empty_finally_then_code) in ((None, [('enter', 3), -4, ('exit', 3, True), 7]), FELL)
assert run([], try_with_return_except_empty_finally_then_return) in ((5, [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1], try_with_return_except_empty_finally_then_return) in (('E1', [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([2], try_with_return_except_empty_finally_then_return) in ((6, [1, ('enter', 3), -3, ('exit', 3, False)]), FELL)
assert run([1, 1], try_with_return_except_empty_finally_then_return) in ((None, [1, ('enter', 3), -3, ('exit', 3, True), 7, 8]), FELL)
assert run([], elif_try_with_return_empty_finally_code_else) in ((9, [8]), FELL)
assert run([1], elif_try_with_return_empty_finally_code_else) in ((9, [1]), FELL)
assert run([0, 1], elif_try_with_return_empty_finally_code_else) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], elif_try_with_return_empty_finally_code_else) in ((6, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 2], elif_try_with_return_empty_finally_code_else) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1, 1], elif_try_with_return_empty_finally_code_else) in ((9, [('enter', 3), -4, ('exit', 3, True), 7]), FELL)
