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


def while_try_continue_clause(c, t, x, n, m):
    while c():
        try:
            t(7)
            continue
        except E1:
            x(8)


def while_try_continue_clause_then_code(c, t, x, n, m):
    while c():
        try:
            x(7)
            continue
        except E1:
            x(8)
        t(9)
    return 10


def while_try_if_continue_clause(c, t, x, n, m):
    while c():
        try:
            if c():
                continue
            x(7)
            continue
        except E1:
            t(8)
        except E2:
            t(9)
    t(10)


def while_try_continue_clauses_else(c, t, x, n, m):
    while c():
        try:
            x(7)
            continue
        except E1:
            t(8)
    t(11)
    return 12


def with_try_continue_clause(c, t, x, n, m):
    # depyf: could not decompile with_try_continue_clause: except clauses fall off past the end of their region at 76
    #   125           0 RESUME                   0
    #   
    #   126     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       29 (to 74)
    #   
    #   127     >>   16 PUSH_NULL
    #                18 LOAD_FAST                4 (m)
    #                20 LOAD_CONST               1 (1)
    #                22 CALL                     1
    #                30 BEFORE_WITH
    #                32 POP_TOP
    #   
    #   128          34 NOP
    #   
    #   129          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               2 (7)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #   130          52 NOP
    #   
    #   127          54 LOAD_CONST               0 (None)
    #                56 LOAD_CONST               0 (None)
    #                58 LOAD_CONST               0 (None)
    #                60 CALL                     2
    #                68 POP_TOP
    #                70 JUMP_BACKWARD           35 (to 2)
    #           >>   72 RETURN_CONST             0 (None)
    #   
    #   126     >>   74 RETURN_CONST             0 (None)
    #           >>   76 PUSH_EXC_INFO
    #   
    #   131          78 LOAD_GLOBAL              0 (E1)
    #                88 CHECK_EXC_MATCH
    #                90 POP_JUMP_IF_FALSE       11 (to 114)
    #                92 POP_TOP
    #   
    #   132          94 PUSH_NULL
    #                96 LOAD_FAST                2 (x)
    #                98 LOAD_CONST               3 (8)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 POP_EXCEPT
    #               112 JUMP_FORWARD             4 (to 122)
    #   
    #   131     >>  114 RERAISE                  0
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #   
    #   132     >>  122 NOP
    #   
    #   127         124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 CALL                     2
    #               138 POP_TOP
    #               140 JUMP_FORWARD            12 (to 166)
    #           >>  142 PUSH_EXC_INFO
    #               144 WITH_EXCEPT_START
    #               146 POP_JUMP_IF_TRUE         1 (to 150)
    #               148 RERAISE                  2
    #           >>  150 POP_TOP
    #               152 POP_EXCEPT
    #               154 POP_TOP
    #               156 POP_TOP
    #               158 JUMP_FORWARD             3 (to 166)
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #   
    #   126     >>  166 PUSH_NULL
    #               168 LOAD_FAST                0 (c)
    #               170 CALL                     0
    #               178 POP_JUMP_IF_FALSE        1 (to 182)
    #               180 JUMP_BACKWARD           83 (to 16)
    #           >>  182 JUMP_BACKWARD           56 (to 72)
    #   ExceptionTable:
    #     32 to 32 -> 142 [1] lasti
    #     36 to 50 -> 76 [1]
    #     76 to 108 -> 116 [2] lasti
    #     110 to 112 -> 142 [1] lasti
    #     114 to 114 -> 116 [2] lasti
    #     116 to 120 -> 142 [1] lasti
    #     142 to 150 -> 160 [3] lasti
    raise RuntimeError('depyf: could not decompile with_try_continue_clause: except clauses fall off past the end of their region at 76')


def for_with_try_continue_clause(c, t, x, n, m):
    # depyf: could not decompile for_with_try_continue_clause: not a value: Iterator[iterable=Call[func=Name[id=n], args=[], keywords=[]], async=false]
    #   135           0 RESUME                   0
    #   
    #   136           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                29 (to 78)
    #                20 STORE_FAST               5 (k)
    #   
    #   137          22 PUSH_NULL
    #                24 LOAD_FAST                4 (m)
    #                26 LOAD_CONST               1 (1)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   138          40 NOP
    #   
    #   139          42 PUSH_NULL
    #                44 LOAD_FAST                1 (t)
    #                46 LOAD_CONST               2 (7)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #   140          58 NOP
    #   
    #   137          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 JUMP_BACKWARD           31 (to 16)
    #   
    #   136     >>   78 END_FOR
    #                80 RETURN_CONST             0 (None)
    #           >>   82 PUSH_EXC_INFO
    #   
    #   141          84 LOAD_GLOBAL              0 (E1)
    #                94 CHECK_EXC_MATCH
    #                96 POP_JUMP_IF_FALSE       11 (to 120)
    #                98 POP_TOP
    #   
    #   142         100 PUSH_NULL
    #               102 LOAD_FAST                2 (x)
    #               104 LOAD_CONST               3 (8)
    #               106 CALL                     1
    #               114 POP_TOP
    #               116 POP_EXCEPT
    #               118 JUMP_FORWARD             4 (to 128)
    #   
    #   141     >>  120 RERAISE                  0
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #   
    #   142     >>  128 NOP
    #   
    #   137         130 LOAD_CONST               0 (None)
    #               132 LOAD_CONST               0 (None)
    #               134 LOAD_CONST               0 (None)
    #               136 CALL                     2
    #               144 POP_TOP
    #               146 JUMP_BACKWARD           66 (to 16)
    #           >>  148 PUSH_EXC_INFO
    #               150 WITH_EXCEPT_START
    #               152 POP_JUMP_IF_TRUE         1 (to 156)
    #               154 RERAISE                  2
    #           >>  156 POP_TOP
    #               158 POP_EXCEPT
    #               160 POP_TOP
    #               162 POP_TOP
    #               164 JUMP_BACKWARD           75 (to 16)
    #           >>  166 COPY                     3
    #               168 POP_EXCEPT
    #               170 RERAISE                  1
    #   ExceptionTable:
    #     38 to 38 -> 148 [2] lasti
    #     42 to 56 -> 82 [2]
    #     82 to 114 -> 122 [3] lasti
    #     116 to 118 -> 148 [2] lasti
    #     120 to 120 -> 122 [3] lasti
    #     122 to 126 -> 148 [2] lasti
    #     148 to 156 -> 166 [4] lasti
    raise RuntimeError('depyf: could not decompile for_with_try_continue_clause: not a value: Iterator[iterable=Call[func=Name[id=n], args=[], keywords=[]], async=false]')

assert run([], while_try_continue_clause) in ((None, []), FELL)
assert run([1], while_try_continue_clause) in ((None, [7]), FELL)
assert run([1, 1], while_try_continue_clause) in ((None, [7, 7]), FELL)
assert run([1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7]), FELL)
assert run([1, 1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7, 7]), FELL)
assert run([1, 1, 1, 1, 1], while_try_continue_clause) in ((None, [7, 7, 7, 7, 7]), FELL)
assert run([], while_try_continue_clause_then_code) in ((10, []), FELL)
assert run([1], while_try_continue_clause_then_code) in ((10, [-7]), FELL)
assert run([1, 1], while_try_continue_clause_then_code) in ((10, [-7, -8, 9]), FELL)
assert run([1, 2], while_try_continue_clause_then_code) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_try_continue_clause_then_code) in ((10, [-7, -7]), FELL)
assert run([1, 1, 1], while_try_continue_clause_then_code) in (('E1', [-7, -8]), FELL)
assert run([], while_try_if_continue_clause) in ((None, [10]), FELL)
assert run([1], while_try_if_continue_clause) in ((None, [-7, 10]), FELL)
assert run([1, 0, 1], while_try_if_continue_clause) in ((None, [-7, 8, 10]), FELL)
assert run([1, 0, 2], while_try_if_continue_clause) in ((None, [-7, 9, 10]), FELL)
assert run([1, 0, 0, 1], while_try_if_continue_clause) in ((None, [-7, -7, 10]), FELL)
assert run([1, 0, 1, 1], while_try_if_continue_clause) in ((None, [-7, 8, -7, 10]), FELL)
assert run([], while_try_continue_clauses_else) in ((12, [11]), FELL)
assert run([1], while_try_continue_clauses_else) in ((12, [-7, 11]), FELL)
assert run([1, 1], while_try_continue_clauses_else) in ((12, [-7, 8, 11]), FELL)
assert run([1, 2], while_try_continue_clauses_else) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_try_continue_clauses_else) in ((12, [-7, -7, 11]), FELL)
assert run([1, 1, 1], while_try_continue_clauses_else) in ((12, [-7, 8, -7, 11]), FELL)
assert run([], with_try_continue_clause) in ((None, []), FELL)
assert run([1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([], for_with_try_continue_clause) in ((None, []), FELL)
assert run([1], for_with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False)]), FELL)
assert run([2], for_with_try_continue_clause) in ((None, [('enter', 1), 7, ('exit', 1, False), ('enter', 1), 7, ('exit', 1, False)]), FELL)
