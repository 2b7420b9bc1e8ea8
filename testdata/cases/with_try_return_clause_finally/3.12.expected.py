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


def with_try_return_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
        except E1:
            t(2)
        else:
            return 5
        finally:
            t(6)


def with_try_return_except_finally_then_call(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
        except E1:
            pass
        else:
            return 5
        finally:
            t(6)
        t(7)


def with_try_return_except_finally_then_branch(c, t, x, n, m):
    with m(1):
        try:
            x(4)
        except E1:
            pass
        else:
            return 5
        finally:
            t(6)
        if c():
            t(7)
    return 8


def two_withs_try_return_except_finally(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(4)
        except E1 as e:
            t(3)
        else:
            return 5
        finally:
            t(6)
        t(7)


def loop_with_try_return_except_finally(c, t, x, n, m):
    # depyf: could not decompile loop_with_try_return_except_finally: try statement cut by the end of its region at 46
    #   134           0 RESUME                   0
    #   
    #   135           2 LOAD_GLOBAL              1 (NULL + range)
    #                12 LOAD_FAST                3 (n)
    #                14 CALL                     1
    #                22 GET_ITER
    #           >>   24 FOR_ITER                38 (to 104)
    #                28 STORE_FAST               5 (i)
    #   
    #   136          30 PUSH_NULL
    #                32 LOAD_FAST                4 (m)
    #                34 LOAD_CONST               1 (1)
    #                36 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   137          48 NOP
    #   
    #   138          50 PUSH_NULL
    #                52 LOAD_FAST                2 (x)
    #                54 LOAD_CONST               2 (4)
    #                56 CALL                     1
    #                64 POP_TOP
    #   
    #   139          66 NOP
    #   
    #   143          68 PUSH_NULL
    #                70 LOAD_FAST                1 (t)
    #                72 LOAD_CONST               3 (6)
    #                74 CALL                     1
    #                82 POP_TOP
    #   
    #   136          84 LOAD_CONST               0 (None)
    #                86 LOAD_CONST               0 (None)
    #                88 LOAD_CONST               0 (None)
    #                90 CALL                     2
    #                98 POP_TOP
    #               100 POP_TOP
    #               102 RETURN_CONST             4 (5)
    #   
    #   135     >>  104 END_FOR
    #   
    #   145         106 RETURN_CONST             6 (8)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   140         110 LOAD_GLOBAL              2 (E1)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_IF_FALSE        3 (to 130)
    #               124 POP_TOP
    #   
    #   141         126 POP_EXCEPT
    #               128 JUMP_FORWARD             4 (to 138)
    #   
    #   140     >>  130 RERAISE                  0
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   
    #   141     >>  138 NOP
    #   
    #   143         140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               3 (6)
    #               146 CALL                     1
    #               154 POP_TOP
    #               156 JUMP_FORWARD            13 (to 184)
    #           >>  158 PUSH_EXC_INFO
    #               160 PUSH_NULL
    #               162 LOAD_FAST                1 (t)
    #               164 LOAD_CONST               3 (6)
    #               166 CALL                     1
    #               174 POP_TOP
    #               176 RERAISE                  0
    #           >>  178 COPY                     3
    #               180 POP_EXCEPT
    #               182 RERAISE                  1
    #           >>  184 NOP
    #   
    #   136         186 LOAD_CONST               0 (None)
    #               188 LOAD_CONST               0 (None)
    #               190 LOAD_CONST               0 (None)
    #               192 CALL                     2
    #               200 POP_TOP
    #               202 JUMP_FORWARD            12 (to 228)
    #           >>  204 PUSH_EXC_INFO
    #               206 WITH_EXCEPT_START
    #               208 POP_JUMP_IF_TRUE         1 (to 212)
    #               210 RERAISE                  2
    #           >>  212 POP_TOP
    #               214 POP_EXCEPT
    #               216 POP_TOP
    #               218 POP_TOP
    #               220 JUMP_FORWARD             3 (to 228)
    #           >>  222 COPY                     3
    #               224 POP_EXCEPT
    #               226 RERAISE                  1
    #   
    #   144     >>  228 PUSH_NULL
    #               230 LOAD_FAST                1 (t)
    #               232 LOAD_CONST               5 (7)
    #               234 CALL                     1
    #               242 POP_TOP
    #               244 JUMP_BACKWARD          111 (to 24)
    #   ExceptionTable:
    #     46 to 46 -> 204 [2] lasti
    #     50 to 64 -> 108 [2]
    #     68 to 82 -> 204 [2] lasti
    #     108 to 124 -> 132 [3] lasti
    #     126 to 128 -> 158 [2]
    #     130 to 130 -> 132 [3] lasti
    #     132 to 136 -> 158 [2]
    #     140 to 156 -> 204 [2] lasti
    #     158 to 176 -> 178 [3] lasti
    #     178 to 182 -> 204 [2] lasti
    #     204 to 212 -> 222 [4] lasti
    raise RuntimeError('depyf: could not decompile loop_with_try_return_except_finally: try statement cut by the end of its region at 46')


def loop_with_try_break_except_finally(c, t, x, n, m):
    while c():
        with m(1):
            try:
                x(4)
            except E1:
                continue
            finally:
                t(6)
            return 8
    return 8


def branch_with_try_return_except_finally(c, t, x, n, m):
    # depyf: could not decompile branch_with_try_return_except_finally: try statement cut by the end of its region at 32
    #   162           0 RESUME                   0
    #   
    #   163           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       36 (to 88)
    #   
    #   164          16 PUSH_NULL
    #                18 LOAD_FAST                4 (m)
    #                20 LOAD_CONST               1 (1)
    #                22 CALL                     1
    #                30 BEFORE_WITH
    #                32 POP_TOP
    #   
    #   165          34 NOP
    #   
    #   166          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (4)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   167          52 NOP
    #   
    #   171          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               3 (6)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #   164          70 LOAD_CONST               0 (None)
    #                72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 CALL                     2
    #                84 POP_TOP
    #                86 RETURN_CONST             4 (5)
    #   
    #   174     >>   88 PUSH_NULL
    #                90 LOAD_FAST                1 (t)
    #                92 LOAD_CONST               6 (8)
    #                94 CALL                     1
    #               102 POP_TOP
    #   
    #   175         104 RETURN_CONST             7 (9)
    #           >>  106 PUSH_EXC_INFO
    #   
    #   168         108 LOAD_GLOBAL              0 (E1)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_IF_FALSE        3 (to 128)
    #               122 POP_TOP
    #   
    #   169         124 POP_EXCEPT
    #               126 JUMP_FORWARD             4 (to 136)
    #   
    #   168     >>  128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   169     >>  136 NOP
    #   
    #   171         138 PUSH_NULL
    #               140 LOAD_FAST                1 (t)
    #               142 LOAD_CONST               3 (6)
    #               144 CALL                     1
    #               152 POP_TOP
    #               154 JUMP_FORWARD            13 (to 182)
    #           >>  156 PUSH_EXC_INFO
    #               158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               3 (6)
    #               164 CALL                     1
    #               172 POP_TOP
    #               174 RERAISE                  0
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #   
    #   172     >>  182 PUSH_NULL
    #               184 LOAD_FAST                1 (t)
    #               186 LOAD_CONST               5 (7)
    #               188 CALL                     1
    #               196 POP_TOP
    #   
    #   164         198 LOAD_CONST               0 (None)
    #               200 LOAD_CONST               0 (None)
    #               202 LOAD_CONST               0 (None)
    #               204 CALL                     2
    #               212 POP_TOP
    #   
    #   175         214 RETURN_CONST             7 (9)
    #   
    #   164     >>  216 PUSH_EXC_INFO
    #               218 WITH_EXCEPT_START
    #               220 POP_JUMP_IF_TRUE         1 (to 224)
    #               222 RERAISE                  2
    #           >>  224 POP_TOP
    #               226 POP_EXCEPT
    #               228 POP_TOP
    #               230 POP_TOP
    #   
    #   175         232 RETURN_CONST             7 (9)
    #           >>  234 COPY                     3
    #               236 POP_EXCEPT
    #               238 RERAISE                  1
    #   ExceptionTable:
    #     32 to 32 -> 216 [1] lasti
    #     36 to 50 -> 106 [1]
    #     54 to 68 -> 216 [1] lasti
    #     106 to 122 -> 130 [2] lasti
    #     124 to 126 -> 156 [1]
    #     128 to 128 -> 130 [2] lasti
    #     130 to 134 -> 156 [1]
    #     138 to 154 -> 216 [1] lasti
    #     156 to 174 -> 176 [2] lasti
    #     176 to 196 -> 216 [1] lasti
    #     216 to 224 -> 234 [3] lasti
    raise RuntimeError('depyf: could not decompile branch_with_try_return_except_finally: try statement cut by the end of its region at 32')


def with_try_return_value_else_finally(c, t, x, n, m):
    # depyf: could not decompile with_try_return_value_else_finally: code between a with body and its handler at 128
    #   178           0 RESUME                   0
    #   
    #   179           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 CALL                     1
    #                16 BEFORE_WITH
    #                18 STORE_FAST               5 (w)
    #   
    #   180          20 NOP
    #   
    #   181          22 PUSH_NULL
    #                24 LOAD_FAST                2 (x)
    #                26 LOAD_CONST               2 (4)
    #                28 CALL                     1
    #                36 STORE_FAST               6 (v)
    #   
    #   182          38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE       19 (to 90)
    #   
    #   183          52 LOAD_FAST                6 (v)
    #   
    #   189          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               3 (6)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #   179          70 SWAP                     2
    #                72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 CALL                     2
    #                86 POP_TOP
    #                88 RETURN_VALUE
    #   
    #   182     >>   90 NOP
    #   
    #   187          92 NOP
    #   
    #   189          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               3 (6)
    #               100 CALL                     1
    #               108 POP_TOP
    #   
    #   179         110 LOAD_CONST               0 (None)
    #               112 LOAD_CONST               0 (None)
    #               114 LOAD_CONST               0 (None)
    #               116 CALL                     2
    #               124 POP_TOP
    #               126 RETURN_CONST             4 (3)
    #           >>  128 PUSH_EXC_INFO
    #   
    #   184         130 LOAD_GLOBAL              0 (E1)
    #               140 CHECK_EXC_MATCH
    #               142 POP_JUMP_IF_FALSE       11 (to 166)
    #               144 POP_TOP
    #   
    #   185         146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               5 (2)
    #               152 CALL                     1
    #               160 POP_TOP
    #               162 POP_EXCEPT
    #               164 JUMP_FORWARD             4 (to 174)
    #   
    #   184     >>  166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   
    #   185     >>  174 NOP
    #   
    #   189         176 PUSH_NULL
    #               178 LOAD_FAST                1 (t)
    #               180 LOAD_CONST               3 (6)
    #               182 CALL                     1
    #               190 POP_TOP
    #               192 JUMP_FORWARD            13 (to 220)
    #           >>  194 PUSH_EXC_INFO
    #               196 PUSH_NULL
    #               198 LOAD_FAST                1 (t)
    #               200 LOAD_CONST               3 (6)
    #               202 CALL                     1
    #               210 POP_TOP
    #               212 RERAISE                  0
    #           >>  214 COPY                     3
    #               216 POP_EXCEPT
    #               218 RERAISE                  1
    #   
    #   190     >>  220 PUSH_NULL
    #               222 LOAD_FAST                1 (t)
    #               224 LOAD_CONST               6 (7)
    #               226 CALL                     1
    #               234 POP_TOP
    #   
    #   179         236 LOAD_CONST               0 (None)
    #               238 LOAD_CONST               0 (None)
    #               240 LOAD_CONST               0 (None)
    #               242 CALL                     2
    #               250 POP_TOP
    #               252 RETURN_CONST             0 (None)
    #           >>  254 PUSH_EXC_INFO
    #               256 WITH_EXCEPT_START
    #               258 POP_JUMP_IF_TRUE         1 (to 262)
    #               260 RERAISE                  2
    #           >>  262 POP_TOP
    #               264 POP_EXCEPT
    #               266 POP_TOP
    #               268 POP_TOP
    #               270 RETURN_CONST             0 (None)
    #           >>  272 COPY                     3
    #               274 POP_EXCEPT
    #               276 RERAISE                  1
    #   ExceptionTable:
    #     18 to 18 -> 254 [1] lasti
    #     22 to 52 -> 128 [1]
    #     54 to 68 -> 254 [1] lasti
    #     94 to 108 -> 254 [1] lasti
    #     128 to 160 -> 168 [2] lasti
    #     162 to 164 -> 194 [1]
    #     166 to 166 -> 168 [2] lasti
    #     168 to 172 -> 194 [1]
    #     176 to 192 -> 254 [1] lasti
    #     194 to 212 -> 214 [2] lasti
    #     214 to 234 -> 254 [1] lasti
    #     254 to 262 -> 272 [3] lasti
    raise RuntimeError('depyf: could not decompile with_try_return_value_else_finally: code between a with body and its handler at 128')


def try_with_try_return_except_finally(c, t, x, n, m):
    try:
        with m(1):
            try:
                x(4)
            except E1:
                pass
            else:
                return 5
            finally:
                t(6)
            t(7)
        return 9
    except E2:
        return 8


def with_try_return_value_in_branch_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            v = x(4)
            if c():
                return v
        except E1:
            t(2)
        finally:
            t(6)
        t(7)

assert run([], with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 2, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_except_finally_then_call) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_call) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_except_finally_then_branch) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_branch) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], two_withs_try_return_except_finally) in ((5, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 3, 6, 7, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], two_withs_try_return_except_finally) in (('E2', [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], loop_with_try_return_except_finally) in (('TypeError', []), FELL)
assert run([], loop_with_try_break_except_finally) in ((8, []), FELL)
assert run([1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([1, 1, 1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([], branch_with_try_return_except_finally) in ((9, [8]), FELL)
assert run([1], branch_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1, 2], branch_with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_value_else_finally) in ((3, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_else_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], try_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_return_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_in_branch_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_in_branch_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
