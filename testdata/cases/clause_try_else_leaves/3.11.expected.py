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


def clause_try_else_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                t(6)
                break
        t(11)
    t(12)


def clause_try_else_break_finally(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                t(6)
                break
        finally:
            t(9)
        t(11)
    t(12)


def clause_try_else_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E2:
                t(5)
            else:
                t(6)
                continue
        t(11)
    return 12


def named_clause_try_else_break(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1 as e:
            try:
                x(4)
            except E1:
                t(5)
            except E2:
                t(7)
            else:
                t(6)
                break
        t(11)
    t(12)


def clause_try_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_try_else_return: code copied after POP_EXCEPT in a branch of an except clause at 96
    #   149           0 RESUME                   0
    #   
    #   150           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                85 (to 194)
    #                24 STORE_FAST               5 (i)
    #   
    #   151          26 NOP
    #   
    #   152          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               1 (1)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #                50 JUMP_FORWARD            59 (to 170)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   153          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    46 (to 162)
    #                70 POP_TOP
    #   
    #   154          72 NOP
    #   
    #   155          74 PUSH_NULL
    #                76 LOAD_FAST                2 (x)
    #                78 LOAD_CONST               2 (4)
    #                80 PRECALL                  1
    #                84 CALL                     1
    #                94 POP_TOP
    #   
    #   159          96 POP_EXCEPT
    #                98 POP_TOP
    #               100 LOAD_CONST               3 (6)
    #               102 RETURN_VALUE
    #           >>  104 PUSH_EXC_INFO
    #   
    #   156         106 LOAD_GLOBAL              0 (E1)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_FORWARD_IF_FALSE    14 (to 150)
    #               122 POP_TOP
    #   
    #   157         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               4 (5)
    #               130 PRECALL                  1
    #               134 CALL                     1
    #               144 POP_TOP
    #               146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   156     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   157     >>  158 POP_EXCEPT
    #               160 JUMP_FORWARD             4 (to 170)
    #   
    #   153     >>  162 RERAISE                  0
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #   
    #   160     >>  170 PUSH_NULL
    #               172 LOAD_FAST                1 (t)
    #               174 LOAD_CONST               5 (11)
    #               176 PRECALL                  1
    #               180 CALL                     1
    #               190 POP_TOP
    #               192 JUMP_BACKWARD           86 (to 22)
    #   
    #   161     >>  194 PUSH_NULL
    #               196 LOAD_FAST                1 (t)
    #               198 LOAD_CONST               6 (12)
    #               200 PRECALL                  1
    #               204 CALL                     1
    #               214 POP_TOP
    #               216 LOAD_CONST               0 (None)
    #               218 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 52 [1]
    #     52 to 70 -> 164 [2] lasti
    #     74 to 94 -> 104 [2]
    #     104 to 144 -> 152 [3] lasti
    #     146 to 148 -> 164 [2] lasti
    #     150 to 150 -> 152 [3] lasti
    #     152 to 156 -> 164 [2] lasti
    #     162 to 162 -> 164 [2] lasti
    raise RuntimeError('depyf: could not decompile clause_try_else_return: code copied after POP_EXCEPT in a branch of an except clause at 96')


def clause_try_else_if_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                if c():
                    break
                t(6)
        t(11)
    t(12)

assert run([], clause_try_else_break) in ((None, [12]), FELL)
assert run([1], clause_try_else_break) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_break) in ((None, [-1, -4, 6, 12]), FELL)
assert run([1, 2], clause_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_break) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_break_finally) in ((None, [12]), FELL)
assert run([1], clause_try_else_break_finally) in ((None, [-1, 9, 11, 12]), FELL)
assert run([2], clause_try_else_break_finally) in ((None, [-1, 9, 11, -1, 9, 11, 12]), FELL)
assert run([1, 1], clause_try_else_break_finally) in ((None, [-1, -4, 6, 9, 12]), FELL)
assert run([1, 2], clause_try_else_break_finally) in (('E2', [-1, 9]), FELL)
assert run([1, 1, 1], clause_try_else_break_finally) in ((None, [-1, -4, 5, 9, 11, 12]), FELL)
assert run([], clause_try_else_continue) in ((12, []), FELL)
assert run([1], clause_try_else_continue) in ((12, [-1, 11]), FELL)
assert run([2], clause_try_else_continue) in ((12, [-1, 11, -1, 11]), FELL)
assert run([1, 1], clause_try_else_continue) in ((12, [-1, -4, 6]), FELL)
assert run([1, 2], clause_try_else_continue) in (('E2', [-1]), FELL)
assert run([2, 1], clause_try_else_continue) in ((12, [-1, -4, 6, -1, 11]), FELL)
assert run([], named_clause_try_else_break) in ((None, [12]), FELL)
assert run([1], named_clause_try_else_break) in ((None, [-1, 11, 12]), FELL)
assert run([1, 1], named_clause_try_else_break) in ((None, [-1, -4, 6, 12]), FELL)
assert run([1, 2], named_clause_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], named_clause_try_else_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1, 1], named_clause_try_else_break) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_return) in ((None, [12]), FELL)
assert run([1], clause_try_else_return) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_return) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_return) in ((6, [-1, -4]), FELL)
assert run([1, 2], clause_try_else_return) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_return) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_if_break) in ((None, [12]), FELL)
assert run([1], clause_try_else_if_break) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_if_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_if_break) in ((None, [-1, -4, 6, 11, 12]), FELL)
assert run([1, 2], clause_try_else_if_break) in (('E2', [-1]), FELL)
assert run([2, 1], clause_try_else_if_break) in ((None, [-1, -4, 6, 11, -1, 11, 12]), FELL)
