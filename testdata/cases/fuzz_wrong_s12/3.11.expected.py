class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def for_else_clause_break(c, t, x, n, m):
    for j in n():
        try:
            for i in n():
                x(3)
        except E1:
            break
        except E2 as e:
            pass
        finally:
            pass
    else:
        t(27)
    t(57)


def for_else_plain_clause_break(c, t, x, n, m):
    for j in n():
        try:
            x(3)
            continue
        except E1:
            break
        except E2 as e:
            t(4)
            continue
    else:
        t(27)
    t(57)


def try_if_else_return(c, t, x, n, m):
    if c():
        return None
    if c():
        try:
            if c():
                pass
            else:
                return 13
            return None
        except E1:
            return None
    if c() or c():
        return None


def try_if_else_then_return(c, t, x, n, m):
    if c():
        t(1)
    else:
        if c():
            try:
                t(9)
                x(10)
                if c():
                    t(11)
                else:
                    t(12)
                    return 13
                return None
            except E1:
                return 14
        if c() or c():
            t(15)


def nested_try_body_return(c, t, x, n, m):
    # depyf: could not decompile nested_try_body_return: except clauses fall off past the end of their region at 52
    #   141           0 RESUME                   0
    #   
    #   142           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    76 (to 174)
    #   
    #   143     >>   22 NOP
    #   
    #   144          24 NOP
    #   
    #   145          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               1 (1)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 POP_TOP
    #   
    #   146          48 LOAD_CONST               2 (2)
    #                50 RETURN_VALUE
    #           >>   52 PUSH_EXC_INFO
    #   
    #   147          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE     3 (to 76)
    #                70 POP_TOP
    #   
    #   148          72 POP_EXCEPT
    #                74 JUMP_FORWARD            22 (to 120)
    #   
    #   149     >>   76 LOAD_GLOBAL              2 (E2)
    #                88 CHECK_EXC_MATCH
    #                90 POP_JUMP_FORWARD_IF_FALSE    10 (to 112)
    #                92 STORE_FAST               5 (e)
    #   
    #   150          94 POP_EXCEPT
    #                96 LOAD_CONST               0 (None)
    #                98 STORE_FAST               5 (e)
    #               100 DELETE_FAST              5 (e)
    #               102 JUMP_FORWARD             8 (to 120)
    #               104 LOAD_CONST               0 (None)
    #               106 STORE_FAST               5 (e)
    #               108 DELETE_FAST              5 (e)
    #               110 RERAISE                  1
    #   
    #   149     >>  112 RERAISE                  0
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #           >>  120 JUMP_FORWARD            16 (to 154)
    #           >>  122 PUSH_EXC_INFO
    #   
    #   151         124 LOAD_GLOBAL              0 (E1)
    #               136 CHECK_EXC_MATCH
    #               138 POP_JUMP_FORWARD_IF_FALSE     3 (to 146)
    #               140 POP_TOP
    #   
    #   152         142 POP_EXCEPT
    #               144 JUMP_FORWARD             4 (to 154)
    #   
    #   151     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   
    #   142     >>  154 PUSH_NULL
    #               156 LOAD_FAST                0 (c)
    #               158 PRECALL                  0
    #               162 CALL                     0
    #               172 POP_JUMP_BACKWARD_IF_TRUE    76 (to 22)
    #   
    #   153     >>  174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               3 (12)
    #               180 PRECALL                  1
    #               184 CALL                     1
    #               194 POP_TOP
    #               196 LOAD_CONST               0 (None)
    #               198 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 46 -> 52 [0]
    #     52 to 70 -> 114 [1] lasti
    #     72 to 74 -> 122 [0]
    #     76 to 92 -> 114 [1] lasti
    #     94 to 102 -> 122 [0]
    #     104 to 112 -> 114 [1] lasti
    #     114 to 118 -> 122 [0]
    #     122 to 140 -> 148 [1] lasti
    #     146 to 146 -> 148 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_try_body_return: except clauses fall off past the end of their region at 52')


def loop_try_else_return(c, t, x, n, m):
    # depyf: could not decompile loop_try_else_return: unrecognised conditional jump at 102
    #   156           0 RESUME                   0
    #   
    #   157           2 NOP
    #   
    #   158           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_FALSE    42 (to 108)
    #   
    #   159     >>   24 NOP
    #   
    #   160          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               1 (23)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 POP_TOP
    #   
    #   164          48 LOAD_CONST               2 (26)
    #                50 RETURN_VALUE
    #           >>   52 PUSH_EXC_INFO
    #   
    #   161          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE     3 (to 76)
    #                70 POP_TOP
    #   
    #   162          72 POP_EXCEPT
    #                74 JUMP_FORWARD             4 (to 84)
    #   
    #   161     >>   76 RERAISE                  0
    #           >>   78 COPY                     3
    #                80 POP_EXCEPT
    #                82 RERAISE                  1
    #   
    #   158     >>   84 PUSH_NULL
    #                86 LOAD_FAST                0 (c)
    #                88 PRECALL                  0
    #                92 CALL                     0
    #               102 POP_JUMP_BACKWARD_IF_TRUE    40 (to 24)
    #               104 LOAD_CONST               0 (None)
    #               106 RETURN_VALUE
    #           >>  108 LOAD_CONST               0 (None)
    #               110 RETURN_VALUE
    #           >>  112 PUSH_EXC_INFO
    #   
    #   165         114 LOAD_GLOBAL              0 (E1)
    #               126 CHECK_EXC_MATCH
    #               128 POP_JUMP_FORWARD_IF_FALSE     4 (to 138)
    #               130 POP_TOP
    #   
    #   166         132 POP_EXCEPT
    #               134 LOAD_CONST               0 (None)
    #               136 RETURN_VALUE
    #   
    #   165     >>  138 RERAISE                  0
    #           >>  140 COPY                     3
    #               142 POP_EXCEPT
    #               144 RERAISE                  1
    #   ExceptionTable:
    #     4 to 22 -> 112 [0]
    #     26 to 46 -> 52 [0]
    #     52 to 70 -> 78 [1] lasti
    #     72 to 74 -> 112 [0]
    #     76 to 76 -> 78 [1] lasti
    #     78 to 102 -> 112 [0]
    #     112 to 130 -> 140 [1] lasti
    #     138 to 138 -> 140 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_try_else_return: unrecognised conditional jump at 102')


def with_suppress_past_if(c, t, x, n, m):
    if c():
        with m(22) as w, m(23) as w:
            x(24)
            return 25
    else:
        if c():
            for k in n():
                t(29)
            try:
                x(30)
                return 31
            except E1:
                x(32)
                return 33
        return 34
    t(35)


def clause_with_then_break(c, t, x, n, m):
    while c():
        if c():
            break
        try:
            x(37)
        except E1:
            pass
        except E2 as e:
            with m(47) as w:
                x(48)
    t(49)

assert run([], for_else_clause_break) in ((None, [27, 57]), FELL)
assert run([1, 1, 1], for_else_clause_break) in ((None, [-3, 57]), FELL)
assert run([1, 2], for_else_clause_break) in ((None, [-3, -3, 27, 57]), FELL)
assert run([1, 3, 3, 1], for_else_clause_break) in ((None, [-3, -3, 57]), FELL)
assert run([1, 1], for_else_clause_break) in ((None, [-3, 27, 57]), FELL)
assert run([1, 3, 0, 0, 1], for_else_clause_break) in ((None, [-3, -3, -3, 57]), FELL)
assert run([1, 3], for_else_clause_break) in ((None, [-3, -3, -3, 27, 57]), FELL)
assert run([2, 1, 3, 3], for_else_clause_break) in ((None, [-3, -3, -3, -3, 27, 57]), FELL)
assert run([2, 3, 3, 0, 2, 1, 1], for_else_clause_break) in ((None, [-3, -3, -3, -3, 57]), FELL)
assert run([3, 2, 3, 2, 1, 3, 2], for_else_clause_break) in ((None, [-3, -3, -3, -3, -3, 27, 57]), FELL)
assert run([], for_else_plain_clause_break) in ((None, [27, 57]), FELL)
assert run([1, 1], for_else_plain_clause_break) in ((None, [-3, 57]), FELL)
assert run([2, 2, 2], for_else_plain_clause_break) in ((None, [-3, 4, -3, 4, 27, 57]), FELL)
assert run([1, 2], for_else_plain_clause_break) in ((None, [-3, 4, 27, 57]), FELL)
assert run([2], for_else_plain_clause_break) in ((None, [-3, -3, 27, 57]), FELL)
assert run([3, 0, 2], for_else_plain_clause_break) in ((None, [-3, -3, 4, -3, 27, 57]), FELL)
assert run([1], for_else_plain_clause_break) in ((None, [-3, 27, 57]), FELL)
assert run([2, 2], for_else_plain_clause_break) in ((None, [-3, 4, -3, 27, 57]), FELL)
assert run([2, 2, 1], for_else_plain_clause_break) in ((None, [-3, 4, -3, 57]), FELL)
assert run([2, 3, 2], for_else_plain_clause_break) in ((None, [-3, -3, 4, 27, 57]), FELL)
assert run([], try_if_else_return) in ((None, []), FELL)
assert run([0, 2], try_if_else_return) in ((13, []), FELL)
assert run([], try_if_else_then_return) in ((None, []), FELL)
assert run([1], try_if_else_then_return) in ((None, [1]), FELL)
assert run([0, 0, 2], try_if_else_then_return) in ((None, [15]), FELL)
assert run([0, 1, 0, 3], try_if_else_then_return) in ((None, [9, -10, 11]), FELL)
assert run([0, 2, 1], try_if_else_then_return) in ((14, [9, -10]), FELL)
assert run([0, 2, 2], try_if_else_then_return) in (('E2', [9, -10]), FELL)
assert run([0, 2], try_if_else_then_return) in ((13, [9, -10, 12]), FELL)
assert run([], nested_try_body_return) in ((None, [12]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], nested_try_body_return) in ((None, [-1, -1, -1, -1, -1, -1, 12]), FELL)
assert run([3], nested_try_body_return) in ((2, [-1]), FELL)
assert run([2, 2, 1], nested_try_body_return) in ((2, [-1, -1]), FELL)
assert run([2, 1], nested_try_body_return) in ((None, [-1, 12]), FELL)
assert run([1, 1, 2, 2], nested_try_body_return) in ((None, [-1, -1, 12]), FELL)
assert run([2, 2, 1, 1, 2], nested_try_body_return) in ((2, [-1, -1, -1]), FELL)
assert run([2, 2, 2, 2, 1, 1, 3], nested_try_body_return) in ((2, [-1, -1, -1, -1]), FELL)
assert run([1, 2, 3, 2, 1, 1, 3, 1, 2, 2], nested_try_body_return) in ((None, [-1, -1, -1, -1, -1, 12]), FELL)
assert run([1, 2, 2, 2, 2, 2, 1, 2, 3], nested_try_body_return) in ((2, [-1, -1, -1, -1, -1]), FELL)
assert run([], loop_try_else_return) in ((None, []), FELL)
assert run([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], loop_try_else_return) in ((None, [-23, -23, -23, -23, -23, -23]), FELL)
assert run([2, 2], loop_try_else_return) in (('E2', [-23]), FELL)
assert run([3, 1, 1, 1, 2, 2], loop_try_else_return) in (('E2', [-23, -23, -23]), FELL)
assert run([2, 1, 1, 2], loop_try_else_return) in (('E2', [-23, -23]), FELL)
assert run([2], loop_try_else_return) in ((26, [-23]), FELL)
assert run([1, 1, 2], loop_try_else_return) in ((26, [-23, -23]), FELL)
assert run([2, 1], loop_try_else_return) in ((None, [-23]), FELL)
assert run([2, 1, 1, 1], loop_try_else_return) in ((None, [-23, -23]), FELL)
assert run([1, 1, 1, 1, 2, 1, 1, 2], loop_try_else_return) in (('E2', [-23, -23, -23, -23]), FELL)
assert run([], with_suppress_past_if) in ((34, []), FELL)
assert run([1, 1, 1], with_suppress_past_if) in ((None, [('enter', 22), ('enter', 23), -24, ('exit', 23, True), ('exit', 22, False), 35]), FELL)
assert run([2, 2], with_suppress_past_if) in (('E2', [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, False)]), FELL)
assert run([0, 1, 0, 2], with_suppress_past_if) in (('E2', [-30]), FELL)
assert run([3], with_suppress_past_if) in ((25, [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, False)]), FELL)
assert run([0, 3, 3, 2], with_suppress_past_if) in (('E2', [29, 29, 29, -30]), FELL)
assert run([2, 2, 0, 1], with_suppress_past_if) in ((None, [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, True), 35]), FELL)
assert run([1, 1], with_suppress_past_if) in (('E1', [('enter', 22), ('enter', 23), -24, ('exit', 23, False), ('exit', 22, False)]), FELL)
assert run([0, 1, 1, 2], with_suppress_past_if) in (('E2', [29, -30]), FELL)
assert run([0, 1, 2, 1], with_suppress_past_if) in ((33, [29, 29, -30, -32]), FELL)
assert run([], clause_with_then_break) in ((None, [49]), FELL)
assert run([3], clause_with_then_break) in ((None, [-37, 49]), FELL)
assert run([1, 0, 2], clause_with_then_break) in ((None, [-37, ('enter', 47), -48, ('exit', 47, False), 49]), FELL)
assert run([2, 0, 2, 1, 3, 2, 0, 1, 2], clause_with_then_break) in ((None, [-37, ('enter', 47), -48, ('exit', 47, True), -37, -37, 49]), FELL)
assert run([1, 0, 2, 2, 1], clause_with_then_break) in ((None, [-37, ('enter', 47), -48, ('exit', 47, True), 49]), FELL)
assert run([2, 0, 1, 2], clause_with_then_break) in ((None, [-37, -37, 49]), FELL)
assert run([3, 0, 2, 1], clause_with_then_break) in (('E1', [-37, ('enter', 47), -48, ('exit', 47, False)]), FELL)
