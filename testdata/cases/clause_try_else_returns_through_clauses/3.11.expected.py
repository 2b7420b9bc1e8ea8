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


def clause_try_else_returns(c, t, x, n, m):
    try:
        for j in n():
            x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(11)
            except E2 as e:
                pass
            else:
                x(15)
                return 16
    t(21)


def clause_try_else_returns_value(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E1:
            try:
                x(11)
            except E2:
                t(12)
            else:
                t(15)
                return t(16)
    t(21)


def clause_try_else_returns_in_loop(c, t, x, n, m):
    # depyf: could not decompile clause_try_else_returns_in_loop: code copied after POP_EXCEPT in a branch of an except clause at 96
    #   114           0 RESUME                   0
    #   
    #   115           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                85 (to 194)
    #                24 STORE_FAST               5 (k)
    #   
    #   116          26 NOP
    #   
    #   117          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #                50 JUMP_FORWARD            59 (to 170)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   118          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    46 (to 162)
    #                70 POP_TOP
    #   
    #   119          72 NOP
    #   
    #   120          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               2 (11)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #   124          96 POP_EXCEPT
    #                98 POP_TOP
    #               100 LOAD_CONST               3 (16)
    #               102 RETURN_VALUE
    #           >>  104 PUSH_EXC_INFO
    #   
    #   121         106 LOAD_GLOBAL              2 (E2)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_FORWARD_IF_FALSE    14 (to 150)
    #               122 POP_TOP
    #   
    #   122         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               4 (12)
    #               130 PRECALL                  1
    #               134 CALL                     1
    #               144 POP_TOP
    #               146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   121     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   122     >>  158 POP_EXCEPT
    #               160 JUMP_FORWARD             4 (to 170)
    #   
    #   118     >>  162 RERAISE                  0
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #   
    #   125     >>  170 PUSH_NULL
    #               172 LOAD_FAST                1 (t)
    #               174 LOAD_CONST               5 (21)
    #               176 PRECALL                  1
    #               180 CALL                     1
    #               190 POP_TOP
    #               192 JUMP_BACKWARD           86 (to 22)
    #   
    #   126     >>  194 LOAD_CONST               6 (22)
    #               196 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 52 [1]
    #     52 to 70 -> 164 [2] lasti
    #     74 to 94 -> 104 [2]
    #     104 to 144 -> 152 [3] lasti
    #     146 to 148 -> 164 [2] lasti
    #     150 to 150 -> 152 [3] lasti
    #     152 to 156 -> 164 [2] lasti
    #     162 to 162 -> 164 [2] lasti
    raise RuntimeError('depyf: could not decompile clause_try_else_returns_in_loop: code copied after POP_EXCEPT in a branch of an except clause at 96')


def clause_try_else_returns_unnamed(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(2)
        except E2:
            try:
                x(11)
            except E1:
                pass
            except E2:
                t(13)
            else:
                t(15)
                return 16
    t(21)

assert run([], clause_try_else_returns) in ((None, [21]), FELL)
assert run([1], clause_try_else_returns) in ((None, [-1, 21]), FELL)
assert run([2], clause_try_else_returns) in ((None, [-1, -1, 21]), FELL)
assert run([1, 1], clause_try_else_returns) in ((None, [-1, -2, 21]), FELL)
assert run([1, 2], clause_try_else_returns) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_returns) in ((16, [-1, -2, -11, -15]), FELL)
assert run([], clause_try_else_returns_value) in ((None, [-1, 21]), FELL)
assert run([1], clause_try_else_returns_value) in ((None, [-1, -2, 21]), FELL)
assert run([2], clause_try_else_returns_value) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_value) in ((None, [-1, -2, -11, 15, 16]), FELL)
assert run([1, 2], clause_try_else_returns_value) in (('E2', [-1, -2]), FELL)
assert run([1, 1, 1], clause_try_else_returns_value) in (('E1', [-1, -2, -11]), FELL)
assert run([], clause_try_else_returns_in_loop) in ((22, []), FELL)
assert run([1], clause_try_else_returns_in_loop) in ((22, [-1, 21]), FELL)
assert run([2], clause_try_else_returns_in_loop) in ((22, [-1, 21, -1, 21]), FELL)
assert run([1, 1], clause_try_else_returns_in_loop) in ((16, [-1, -11]), FELL)
assert run([1, 2], clause_try_else_returns_in_loop) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_returns_in_loop) in (('E1', [-1, -11]), FELL)
assert run([], clause_try_else_returns_unnamed) in ((None, [-1, 21]), FELL)
assert run([1], clause_try_else_returns_unnamed) in ((None, [-1, -2, 21]), FELL)
assert run([2], clause_try_else_returns_unnamed) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_unnamed) in (('E1', [-1, -2]), FELL)
assert run([1, 2], clause_try_else_returns_unnamed) in ((16, [-1, -2, -11, 15]), FELL)
assert run([1, 2, 1], clause_try_else_returns_unnamed) in ((None, [-1, -2, -11, 21]), FELL)
