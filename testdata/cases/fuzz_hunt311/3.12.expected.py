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


def else_try_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile else_try_return_in_finally: a statement (ExprStmt) after if in the same block (a misread layout)
    #    72           0 RESUME                   0
    #   
    #    75           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       39 (to 94)
    #   
    #    76          16 NOP
    #   
    #    77          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (2)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #    78          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               2 (5)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #    77          52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 CALL                     2
    #                66 POP_TOP
    #   
    #    79     >>   68 NOP
    #   
    #    80          70 NOP
    #   
    #    86     >>   72 NOP
    #   
    #    87          74 NOP
    #   
    #    91          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               3 (22)
    #                82 CALL                     1
    #                90 POP_TOP
    #                92 RETURN_CONST             4 (20)
    #   
    #    92     >>   94 RETURN_CONST             6 (30)
    #   
    #    77     >>   96 PUSH_EXC_INFO
    #                98 WITH_EXCEPT_START
    #               100 POP_JUMP_IF_TRUE         1 (to 104)
    #               102 RERAISE                  2
    #           >>  104 POP_TOP
    #               106 POP_EXCEPT
    #               108 POP_TOP
    #               110 POP_TOP
    #               112 JUMP_BACKWARD           23 (to 68)
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #               120 PUSH_EXC_INFO
    #   
    #    81         122 LOAD_GLOBAL              0 (E1)
    #               132 CHECK_EXC_MATCH
    #               134 POP_JUMP_IF_FALSE        3 (to 142)
    #               136 POP_TOP
    #   
    #    82         138 POP_EXCEPT
    #               140 JUMP_BACKWARD           35 (to 72)
    #   
    #    81     >>  142 RERAISE                  0
    #           >>  144 COPY                     3
    #               146 POP_EXCEPT
    #               148 RERAISE                  1
    #               150 PUSH_EXC_INFO
    #   
    #    88         152 LOAD_GLOBAL              0 (E1)
    #               162 CHECK_EXC_MATCH
    #               164 POP_JUMP_IF_FALSE        3 (to 172)
    #               166 POP_TOP
    #   
    #    89         168 POP_EXCEPT
    #               170 JUMP_FORWARD            27 (to 226)
    #   
    #    88     >>  172 RERAISE                  0
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #           >>  180 PUSH_EXC_INFO
    #   
    #    83         182 LOAD_GLOBAL              0 (E1)
    #               192 CHECK_EXC_MATCH
    #               194 POP_JUMP_IF_FALSE       11 (to 218)
    #               196 POP_TOP
    #   
    #    84         198 PUSH_NULL
    #               200 LOAD_FAST                1 (t)
    #               202 LOAD_CONST               5 (1)
    #               204 CALL                     1
    #               212 POP_TOP
    #               214 POP_EXCEPT
    #               216 JUMP_FORWARD             4 (to 226)
    #   
    #    83     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   
    #    91     >>  226 PUSH_NULL
    #               228 LOAD_FAST                1 (t)
    #               230 LOAD_CONST               3 (22)
    #               232 CALL                     1
    #               240 POP_TOP
    #   
    #    92         242 RETURN_CONST             6 (30)
    #           >>  244 PUSH_EXC_INFO
    #   
    #    91         246 PUSH_NULL
    #               248 LOAD_FAST                1 (t)
    #               250 LOAD_CONST               3 (22)
    #               252 CALL                     1
    #               260 POP_TOP
    #               262 RERAISE                  0
    #           >>  264 COPY                     3
    #               266 POP_EXCEPT
    #               268 RERAISE                  1
    #   ExceptionTable:
    #     18 to 32 -> 180 [0]
    #     34 to 50 -> 96 [1] lasti
    #     52 to 66 -> 180 [0]
    #     70 to 70 -> 180 [0]
    #     96 to 104 -> 114 [3] lasti
    #     106 to 118 -> 180 [0]
    #     120 to 136 -> 144 [1] lasti
    #     138 to 140 -> 180 [0]
    #     142 to 142 -> 144 [1] lasti
    #     144 to 148 -> 180 [0]
    #     150 to 166 -> 174 [1] lasti
    #     168 to 170 -> 244 [0]
    #     172 to 172 -> 174 [1] lasti
    #     174 to 178 -> 244 [0]
    #     180 to 212 -> 220 [1] lasti
    #     214 to 216 -> 244 [0]
    #     218 to 218 -> 220 [1] lasti
    #     220 to 224 -> 244 [0]
    #     244 to 262 -> 264 [1] lasti
    raise RuntimeError('depyf: could not decompile else_try_return_in_finally: a statement (ExprStmt) after if in the same block (a misread layout)')


def else_dead_try_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile else_dead_try_return_in_finally: except clauses fall off past the end of their region at 72
    #    95           0 RESUME                   0
    #   
    #    96           2 NOP
    #   
    #    97           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (5)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   101          20 NOP
    #   
    #   102          22 NOP
    #   
    #   106          24 PUSH_NULL
    #                26 LOAD_FAST                1 (t)
    #                28 LOAD_CONST               2 (22)
    #                30 CALL                     1
    #                38 POP_TOP
    #                40 RETURN_CONST             3 (20)
    #                42 PUSH_EXC_INFO
    #   
    #   103          44 LOAD_GLOBAL              0 (E1)
    #                54 CHECK_EXC_MATCH
    #                56 POP_JUMP_IF_FALSE        3 (to 64)
    #                58 POP_TOP
    #   
    #   104          60 POP_EXCEPT
    #                62 JUMP_FORWARD            27 (to 118)
    #   
    #   103     >>   64 RERAISE                  0
    #           >>   66 COPY                     3
    #                68 POP_EXCEPT
    #                70 RERAISE                  1
    #           >>   72 PUSH_EXC_INFO
    #   
    #    98          74 LOAD_GLOBAL              0 (E1)
    #                84 CHECK_EXC_MATCH
    #                86 POP_JUMP_IF_FALSE       11 (to 110)
    #                88 POP_TOP
    #   
    #    99          90 PUSH_NULL
    #                92 LOAD_FAST                1 (t)
    #                94 LOAD_CONST               4 (1)
    #                96 CALL                     1
    #               104 POP_TOP
    #               106 POP_EXCEPT
    #               108 JUMP_FORWARD             4 (to 118)
    #   
    #    98     >>  110 RERAISE                  0
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #   
    #   106     >>  118 PUSH_NULL
    #               120 LOAD_FAST                1 (t)
    #               122 LOAD_CONST               2 (22)
    #               124 CALL                     1
    #               132 POP_TOP
    #               134 RETURN_CONST             0 (None)
    #           >>  136 PUSH_EXC_INFO
    #               138 PUSH_NULL
    #               140 LOAD_FAST                1 (t)
    #               142 LOAD_CONST               2 (22)
    #               144 CALL                     1
    #               152 POP_TOP
    #               154 RERAISE                  0
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 72 [0]
    #     42 to 58 -> 66 [1] lasti
    #     60 to 62 -> 136 [0]
    #     64 to 64 -> 66 [1] lasti
    #     66 to 70 -> 136 [0]
    #     72 to 104 -> 112 [1] lasti
    #     106 to 108 -> 136 [0]
    #     110 to 110 -> 112 [1] lasti
    #     112 to 116 -> 136 [0]
    #     136 to 154 -> 156 [1] lasti
    raise RuntimeError('depyf: could not decompile else_dead_try_return_in_finally: except clauses fall off past the end of their region at 72')


def for_return_in_dead_try(c, t, x, n, m):
    try:
        for j in n():
            return 1
    except E1:
        t(1)
    except E2 as e:
        t(2)


def with_try_case_return(c, t, x, n, m):
    with m(1) as w:
        try:
            match c() % 5:
                case 1 | 2:
                    x(3)
                case z:
                    if z > 3:
                        return 6
        except E1:
            return 8


def with_with_try_default_return(c, t, x, n, m):
    with m(1) as w, m(2):
        try:
            match c() % 5:
                case 1 | 2:
                    x(3)
                case _:
                    return 7
        except E1:
            return 8


def with_try_elif_return(c, t, x, n, m):
    with m(1) as w:
        try:
            if c():
                x(3)
            elif c():
                return 6
        except E1:
            return 8


def clause_try_return_through_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                return [k + 1 for k in n()]
            except E1:
                pass
        finally:
            t(23)
    except E1:
        t(2)


def clause_try_call_return_through_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                return c()
            except E1:
                pass
        finally:
            t(23)
    except E1:
        t(2)


def case_nested_match_then_default(c, t, x, n, m):
    match c() % 3, c():
        case [1, _] | [2, True]:
            z = c() % 5
            if z > 3:
                pass
            else:
                raise E1(36)
        case _:
            pass
    t(43)


def named_clause_with_return(c, t, x, n, m):
    try:
        x(0)
    except E2 as e:
        with m(20) as w:
            x(21)
            return 22
    t(26)

assert run([], else_try_return_in_finally) in ((30, []), FELL)
assert run([0], else_try_return_in_finally) in ((30, []), FELL)
assert run([1], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([2], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([3], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([0, 0], else_try_return_in_finally) in ((30, []), FELL)
assert run([1, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([1, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([2, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([2, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([3, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([3, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([0], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([1], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([2], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([3], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([1, 0], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([1, 2], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([2, 0], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([2, 1], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([], for_return_in_dead_try) in ((None, []), FELL)
assert run([0], for_return_in_dead_try) in ((None, []), FELL)
assert run([1], for_return_in_dead_try) in ((1, []), FELL)
assert run([2], for_return_in_dead_try) in ((1, []), FELL)
assert run([3], for_return_in_dead_try) in ((1, []), FELL)
assert run([0, 1], for_return_in_dead_try) in ((None, []), FELL)
assert run([], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([3], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([4], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 0], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_case_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_case_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_case_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([4, 0], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([4, 1], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 3], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 0], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_try_elif_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0], with_try_elif_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([3], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 3], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_elif_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_elif_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_elif_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_elif_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([0], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1], clause_try_return_through_finally) in (([], [-1, 23]), FELL)
assert run([2], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([3], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1, 0], clause_try_return_through_finally) in (([], [-1, 23]), FELL)
assert run([1, 1], clause_try_return_through_finally) in (([1], [-1, 23]), FELL)
assert run([1, 2], clause_try_return_through_finally) in (([1, 2], [-1, 23]), FELL)
assert run([1, 3], clause_try_return_through_finally) in (([1, 2, 3], [-1, 23]), FELL)
assert run([1, 5], clause_try_return_through_finally) in (([1, 2, 3, 4, 5], [-1, 23]), FELL)
assert run([2, 0], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([2, 1], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([0], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1], clause_try_call_return_through_finally) in ((0, [-1, 23]), FELL)
assert run([2], clause_try_call_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([3], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1, 0], clause_try_call_return_through_finally) in ((0, [-1, 23]), FELL)
assert run([1, 1], clause_try_call_return_through_finally) in ((1, [-1, 23]), FELL)
assert run([1, 2], clause_try_call_return_through_finally) in ((2, [-1, 23]), FELL)
assert run([1, 3], clause_try_call_return_through_finally) in ((3, [-1, 23]), FELL)
assert run([1, 4], clause_try_call_return_through_finally) in ((4, [-1, 23]), FELL)
assert run([1, 5], clause_try_call_return_through_finally) in ((5, [-1, 23]), FELL)
assert run([2, 0], clause_try_call_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([0], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([1], case_nested_match_then_default) in (('E1', []), FELL)
assert run([2], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([4], case_nested_match_then_default) in (('E1', []), FELL)
assert run([1, 0], case_nested_match_then_default) in (('E1', []), FELL)
assert run([1, 0, 4], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([2, 1, 5], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([1, 0, 3], case_nested_match_then_default) in (('E1', []), FELL)
assert run([], named_clause_with_return) in ((None, [0, 26]), FELL)
assert run([0], named_clause_with_return) in ((None, [0, 26]), FELL)
assert run([1], named_clause_with_return) in (('E1', [0]), FELL)
assert run([2], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 0], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 1], named_clause_with_return) in (('E1', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 2], named_clause_with_return) in (('E2', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 0, 1], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 1, 1], named_clause_with_return) in ((None, [0, ('enter', 20), -21, ('exit', 20, True), 26]), FELL)
assert run([2, 2, 1], named_clause_with_return) in ((None, [0, ('enter', 20), -21, ('exit', 20, True), 26]), FELL)
assert run([2, 1, 2], named_clause_with_return) in (('E1', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
