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


def with_clause_then_code(c, t, x, n, m):
    if c():
        with m(20) as w:
            try:
                x(22)
                return 23
            except E1:
                pass
        t(63)
    t(64)


def with_clause_then_code_else(c, t, x, n, m):
    if c():
        with m(20):
            try:
                x(22)
                return 23
            except E1:
                t(24)
    else:
        t(66)
        return 67
    t(63)
    t(65)
    return 67


def with_clause_then_code_elif(c, t, x, n, m):
    # depyf: could not decompile with_clause_then_code_elif: a with suppressing leaves the region at 48
    #   107           0 RESUME                   0
    #   
    #   108           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE        9 (to 34)
    #   
    #   109          16 PUSH_NULL
    #                18 LOAD_FAST                1 (t)
    #                20 LOAD_CONST               1 (1)
    #                22 CALL                     1
    #                30 POP_TOP
    #                32 JUMP_FORWARD            35 (to 104)
    #   
    #   110     >>   34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 POP_JUMP_IF_FALSE       28 (to 104)
    #   
    #   111          48 PUSH_NULL
    #                50 LOAD_FAST                4 (m)
    #                52 LOAD_CONST               2 (20)
    #                54 CALL                     1
    #                62 BEFORE_WITH
    #                64 POP_TOP
    #   
    #   112          66 NOP
    #   
    #   113          68 PUSH_NULL
    #                70 LOAD_FAST                2 (x)
    #                72 LOAD_CONST               3 (22)
    #                74 CALL                     1
    #                82 POP_TOP
    #   
    #   114          84 NOP
    #   
    #   111          86 LOAD_CONST               0 (None)
    #                88 LOAD_CONST               0 (None)
    #                90 LOAD_CONST               0 (None)
    #                92 CALL                     2
    #               100 POP_TOP
    #               102 RETURN_CONST             4 (23)
    #   
    #   118     >>  104 PUSH_NULL
    #               106 LOAD_FAST                1 (t)
    #               108 LOAD_CONST               7 (64)
    #               110 CALL                     1
    #               118 POP_TOP
    #               120 RETURN_CONST             0 (None)
    #           >>  122 PUSH_EXC_INFO
    #   
    #   115         124 LOAD_GLOBAL              0 (E1)
    #               134 CHECK_EXC_MATCH
    #               136 POP_JUMP_IF_FALSE       11 (to 160)
    #               138 POP_TOP
    #   
    #   116         140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               5 (24)
    #               146 CALL                     1
    #               154 POP_TOP
    #               156 POP_EXCEPT
    #               158 JUMP_FORWARD             4 (to 168)
    #   
    #   115     >>  160 RERAISE                  0
    #           >>  162 COPY                     3
    #               164 POP_EXCEPT
    #               166 RERAISE                  1
    #   
    #   116     >>  168 NOP
    #   
    #   111         170 LOAD_CONST               0 (None)
    #               172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 CALL                     2
    #               184 POP_TOP
    #               186 JUMP_FORWARD            12 (to 212)
    #           >>  188 PUSH_EXC_INFO
    #               190 WITH_EXCEPT_START
    #               192 POP_JUMP_IF_TRUE         1 (to 196)
    #               194 RERAISE                  2
    #           >>  196 POP_TOP
    #               198 POP_EXCEPT
    #               200 POP_TOP
    #               202 POP_TOP
    #               204 JUMP_FORWARD             3 (to 212)
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   
    #   117     >>  212 PUSH_NULL
    #               214 LOAD_FAST                1 (t)
    #               216 LOAD_CONST               6 (63)
    #               218 CALL                     1
    #               226 POP_TOP
    #               228 JUMP_BACKWARD           63 (to 104)
    #   ExceptionTable:
    #     64 to 64 -> 188 [1] lasti
    #     68 to 82 -> 122 [1]
    #     122 to 154 -> 162 [2] lasti
    #     156 to 158 -> 188 [1] lasti
    #     160 to 160 -> 162 [2] lasti
    #     162 to 166 -> 188 [1] lasti
    #     188 to 196 -> 206 [3] lasti
    raise RuntimeError('depyf: could not decompile with_clause_then_code_elif: a with suppressing leaves the region at 48')


def with_clause_then_code_in_loop(c, t, x, n, m):
    for i in n():
        if c():
            with m(i):
                try:
                    x(i)
                    return 23
                except E2:
                    t(24)
            t(63)
    return 64


def with_two_clauses_then_code(c, t, x, n, m):
    if c():
        with m(20) as w:
            try:
                x(22)
                return 23
            except E1:
                pass
            except E2 as e:
                t(e.args[0])
        t(63)
    t(64)

assert run([], with_clause_then_code) in ((None, [64]), FELL)
assert run([1], with_clause_then_code) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 1], with_clause_then_code) in ((None, [('enter', 20), -22, ('exit', 20, False), 63, 64]), FELL)
assert run([1, 2], with_clause_then_code) in (('E2', [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 2, 1], with_clause_then_code) in ((None, [('enter', 20), -22, ('exit', 20, True), 63, 64]), FELL)
assert run([], with_clause_then_code_else) in ((67, [66]), FELL)
assert run([1], with_clause_then_code_else) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 1], with_clause_then_code_else) in ((67, [('enter', 20), -22, 24, ('exit', 20, False), 63, 65]), FELL)
assert run([1, 2], with_clause_then_code_else) in (('E2', [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 2, 1], with_clause_then_code_else) in ((67, [('enter', 20), -22, ('exit', 20, True), 63, 65]), FELL)
assert run([], with_clause_then_code_elif) in ((None, [64]), FELL)
assert run([1], with_clause_then_code_elif) in ((None, [1, 64]), FELL)
assert run([0, 1], with_clause_then_code_elif) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([0, 1, 1], with_clause_then_code_elif) in ((None, [('enter', 20), -22, 24, ('exit', 20, False), 63, 64]), FELL)
assert run([0, 1, 2], with_clause_then_code_elif) in (('E2', [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([0, 1, 2, 1], with_clause_then_code_elif) in ((None, [('enter', 20), -22, ('exit', 20, True), 63, 64]), FELL)
assert run([], with_clause_then_code_in_loop) in ((64, []), FELL)
assert run([1, 1], with_clause_then_code_in_loop) in ((23, [('enter', 0), 0, ('exit', 0, False)]), FELL)
assert run([1, 1, 1], with_clause_then_code_in_loop) in (('E1', [('enter', 0), 0, ('exit', 0, False)]), FELL)
assert run([1, 1, 2], with_clause_then_code_in_loop) in ((64, [('enter', 0), 0, 24, ('exit', 0, False), 63]), FELL)
assert run([2, 0, 1], with_clause_then_code_in_loop) in ((23, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], with_clause_then_code_in_loop) in ((64, [('enter', 0), 0, ('exit', 0, True), 63]), FELL)
assert run([2, 0, 1, 1], with_clause_then_code_in_loop) in (('E1', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 0, 1, 2], with_clause_then_code_in_loop) in ((64, [('enter', 1), -1, 24, ('exit', 1, False), 63]), FELL)
assert run([], with_two_clauses_then_code) in ((None, [64]), FELL)
assert run([1], with_two_clauses_then_code) in ((23, [('enter', 20), -22, ('exit', 20, False)]), FELL)
assert run([1, 1], with_two_clauses_then_code) in ((None, [('enter', 20), -22, ('exit', 20, False), 63, 64]), FELL)
assert run([1, 2], with_two_clauses_then_code) in ((None, [('enter', 20), -22, 22, ('exit', 20, False), 63, 64]), FELL)
