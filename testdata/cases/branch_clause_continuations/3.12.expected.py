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


def if_else_tries_returning_then_code(c, t, x, n, m):
    if c():
        try:
            x(3)
            return 4
        except E2:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    t(19)


def if_else_tries_returning_then_loop(c, t, x, n, m):
    if c():
        try:
            x(3)
            return 4
        except E2:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    while c():
        t(19)


def if_elif_else_tries_then_loop(c, t, x, n, m):
    if c():
        try:
            x(4)
            raise E2(4)
        except E2 as e:
            pass
    elif not c():
        try:
            return 10
        except E1:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    while c():
        t(19)


def for_clause_break_ending_while_and(c, t, x, n, m):
    k = 0
    while k < 3 and c():
        for i in n():
            try:
                x(8)
                k += 1
            except E1:
                break
    return k


def orphan_then_try_finally_returning_in_try(c, t, x, n, m):
    # depyf: could not decompile orphan_then_try_finally_returning_in_try: except clauses fall off past the end of their region at 106
    #   151           0 RESUME                   0
    #   
    #   154           2 NOP
    #   
    #   155           4 NOP
    #   
    #   156           6 NOP
    #   
    #   160           8 NOP
    #   
    #   161     >>   10 NOP
    #   
    #   162          12 NOP
    #   
    #   163          14 PUSH_NULL
    #                16 LOAD_FAST                2 (x)
    #                18 LOAD_CONST               1 (31)
    #                20 CALL                     1
    #                28 POP_TOP
    #   
    #   164          30 NOP
    #   
    #   166          32 PUSH_NULL
    #                34 LOAD_FAST                1 (t)
    #                36 LOAD_CONST               2 (34)
    #                38 CALL                     1
    #                46 POP_TOP
    #                48 RETURN_CONST             3 (32)
    #                50 PUSH_EXC_INFO
    #   
    #   157          52 LOAD_GLOBAL              0 (E1)
    #                62 CHECK_EXC_MATCH
    #                64 POP_JUMP_IF_FALSE        3 (to 72)
    #                66 POP_TOP
    #   
    #   158          68 POP_EXCEPT
    #                70 JUMP_BACKWARD           31 (to 10)
    #   
    #   157     >>   72 RERAISE                  0
    #           >>   74 COPY                     3
    #                76 POP_EXCEPT
    #                78 RERAISE                  1
    #           >>   80 PUSH_EXC_INFO
    #   
    #   166          82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               2 (34)
    #                88 CALL                     1
    #                96 POP_TOP
    #                98 RERAISE                  0
    #           >>  100 COPY                     3
    #               102 POP_EXCEPT
    #               104 RERAISE                  1
    #           >>  106 PUSH_EXC_INFO
    #   
    #   167         108 LOAD_GLOBAL              0 (E1)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_IF_FALSE        3 (to 128)
    #               122 POP_TOP
    #   
    #   168         124 POP_EXCEPT
    #               126 JUMP_FORWARD            29 (to 186)
    #   
    #   169     >>  128 LOAD_GLOBAL              2 (E2)
    #               138 CHECK_EXC_MATCH
    #               140 POP_JUMP_IF_FALSE       18 (to 178)
    #               142 STORE_FAST               5 (e)
    #   
    #   170         144 PUSH_NULL
    #               146 LOAD_FAST                2 (x)
    #               148 LOAD_CONST               4 (39)
    #               150 CALL                     1
    #               158 POP_TOP
    #               160 POP_EXCEPT
    #               162 LOAD_CONST               0 (None)
    #               164 STORE_FAST               5 (e)
    #               166 DELETE_FAST              5 (e)
    #               168 JUMP_FORWARD             8 (to 186)
    #           >>  170 LOAD_CONST               0 (None)
    #               172 STORE_FAST               5 (e)
    #               174 DELETE_FAST              5 (e)
    #               176 RERAISE                  1
    #   
    #   169     >>  178 RERAISE                  0
    #           >>  180 COPY                     3
    #               182 POP_EXCEPT
    #               184 RERAISE                  1
    #           >>  186 JUMP_FORWARD            15 (to 218)
    #           >>  188 PUSH_EXC_INFO
    #   
    #   171         190 LOAD_GLOBAL              0 (E1)
    #               200 CHECK_EXC_MATCH
    #               202 POP_JUMP_IF_FALSE        3 (to 210)
    #               204 POP_TOP
    #   
    #   172         206 POP_EXCEPT
    #               208 JUMP_FORWARD             4 (to 218)
    #   
    #   171     >>  210 RERAISE                  0
    #           >>  212 COPY                     3
    #               214 POP_EXCEPT
    #               216 RERAISE                  1
    #   
    #   173     >>  218 PUSH_NULL
    #               220 LOAD_FAST                1 (t)
    #               222 LOAD_CONST               5 (56)
    #               224 CALL                     1
    #               232 POP_TOP
    #               234 RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     8 to 8 -> 188 [0]
    #     14 to 28 -> 80 [0]
    #     32 to 46 -> 106 [0]
    #     50 to 66 -> 74 [1] lasti
    #     68 to 70 -> 188 [0]
    #     72 to 72 -> 74 [1] lasti
    #     74 to 78 -> 188 [0]
    #     80 to 98 -> 100 [1] lasti
    #     100 to 104 -> 106 [0]
    #     106 to 122 -> 180 [1] lasti
    #     124 to 126 -> 188 [0]
    #     128 to 142 -> 180 [1] lasti
    #     144 to 158 -> 170 [1] lasti
    #     160 to 168 -> 188 [0]
    #     170 to 178 -> 180 [1] lasti
    #     180 to 184 -> 188 [0]
    #     188 to 204 -> 212 [1] lasti
    #     210 to 210 -> 212 [1] lasti
    raise RuntimeError('depyf: could not decompile orphan_then_try_finally_returning_in_try: except clauses fall off past the end of their region at 106')

assert run([], if_else_tries_returning_then_code) in ((15, [-14]), FELL)
assert run([1], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([0, 1], if_else_tries_returning_then_code) in ((None, [-14, 19]), FELL)
assert run([0, 2], if_else_tries_returning_then_code) in (('E2', [-14]), FELL)
assert run([1, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([1, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([2], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([3], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([2, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([2, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([3, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([3, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([], if_else_tries_returning_then_loop) in ((15, [-14]), FELL)
assert run([1], if_else_tries_returning_then_loop) in ((4, [-3]), FELL)
assert run([0, 1], if_else_tries_returning_then_loop) in ((None, [-14]), FELL)
assert run([0, 2], if_else_tries_returning_then_loop) in (('E2', [-14]), FELL)
assert run([1, 1], if_else_tries_returning_then_loop) in (('E1', [-3]), FELL)
assert run([1, 2], if_else_tries_returning_then_loop) in ((None, [-3]), FELL)
assert run([0, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19]), FELL)
assert run([1, 2, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19]), FELL)
assert run([0, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19, 19]), FELL)
assert run([1, 2, 1, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19, 19]), FELL)
assert run([0, 1, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19, 19, 19]), FELL)
assert run([1, 2, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19, 19, 19]), FELL)
assert run([], if_elif_else_tries_then_loop) in ((10, []), FELL)
assert run([1], if_elif_else_tries_then_loop) in ((None, [-4]), FELL)
assert run([0, 1], if_elif_else_tries_then_loop) in ((15, [-14]), FELL)
assert run([1, 1], if_elif_else_tries_then_loop) in (('E1', [-4]), FELL)
assert run([0, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14]), FELL)
assert run([0, 1, 2], if_elif_else_tries_then_loop) in (('E2', [-14]), FELL)
assert run([1, 0, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19]), FELL)
assert run([0, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14, 19]), FELL)
assert run([1, 0, 1, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19, 19]), FELL)
assert run([0, 1, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14, 19, 19]), FELL)
assert run([1, 0, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19, 19, 19]), FELL)
assert run([2], if_elif_else_tries_then_loop) in ((None, [-4]), FELL)
assert run([], for_clause_break_ending_while_and) in ((0, []), FELL)
assert run([1, 1], for_clause_break_ending_while_and) in ((1, [-8]), FELL)
assert run([1, 2], for_clause_break_ending_while_and) in ((2, [-8, -8]), FELL)
assert run([1, 3], for_clause_break_ending_while_and) in ((3, [-8, -8, -8]), FELL)
assert run([1, 1, 1], for_clause_break_ending_while_and) in ((0, [-8]), FELL)
assert run([1, 1, 2], for_clause_break_ending_while_and) in (('E2', [-8]), FELL)
assert run([1, 2, 0, 1], for_clause_break_ending_while_and) in ((1, [-8, -8]), FELL)
assert run([1, 2, 0, 2], for_clause_break_ending_while_and) in (('E2', [-8, -8]), FELL)
assert run([1, 1, 0, 1, 3], for_clause_break_ending_while_and) in ((4, [-8, -8, -8, -8]), FELL)
assert run([1, 1, 1, 1, 2], for_clause_break_ending_while_and) in ((2, [-8, -8, -8]), FELL)
assert run([1, 1, 1, 1, 3], for_clause_break_ending_while_and) in ((3, [-8, -8, -8, -8]), FELL)
assert run([1, 3, 0, 0, 2], for_clause_break_ending_while_and) in (('E2', [-8, -8, -8]), FELL)
assert run([], orphan_then_try_finally_returning_in_try) in ((32, [-31, 34]), FELL)
assert run([1], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, 56]), FELL)
assert run([2], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, -39, 56]), FELL)
assert run([2, 2], orphan_then_try_finally_returning_in_try) in (('E2', [-31, 34, -39]), FELL)
assert run([2, 1], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, -39, 56]), FELL)
