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


def while_true_inner_clause_then_loop(c, t, x, n, m):
    # depyf: could not decompile while_true_inner_clause_then_loop: a statement (While) after while in the same block (a misread layout)
    #    79           0 RESUME                   0
    #   
    #    80           2 NOP
    #   
    #    81     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       12 (to 42)
    #   
    #    82     >>   18 NOP
    #   
    #    83          20 LOAD_GLOBAL              1 (NULL + E1)
    #                30 LOAD_CONST               1 (5)
    #                32 CALL                     1
    #                40 RAISE_VARARGS            1
    #   
    #    88     >>   42 PUSH_NULL
    #                44 LOAD_FAST                1 (t)
    #                46 LOAD_CONST               4 (1)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #    80          58 JUMP_BACKWARD           28 (to 4)
    #           >>   60 PUSH_EXC_INFO
    #   
    #    84          62 LOAD_GLOBAL              0 (E1)
    #                72 CHECK_EXC_MATCH
    #                74 POP_JUMP_IF_FALSE       11 (to 98)
    #                76 POP_TOP
    #   
    #    85          78 PUSH_NULL
    #                80 LOAD_FAST                2 (x)
    #                82 LOAD_CONST               2 (7)
    #                84 CALL                     1
    #                92 POP_TOP
    #                94 POP_EXCEPT
    #                96 JUMP_FORWARD             4 (to 106)
    #   
    #    84     >>   98 RERAISE                  0
    #           >>  100 COPY                     3
    #               102 POP_EXCEPT
    #               104 RERAISE                  1
    #   
    #    86     >>  106 PUSH_NULL
    #               108 LOAD_FAST                0 (c)
    #               110 CALL                     0
    #               118 POP_JUMP_IF_FALSE       16 (to 152)
    #   
    #    87     >>  120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               3 (8)
    #               126 CALL                     1
    #               134 POP_TOP
    #   
    #    86         136 PUSH_NULL
    #               138 LOAD_FAST                0 (c)
    #               140 CALL                     0
    #               148 POP_JUMP_IF_FALSE        1 (to 152)
    #               150 JUMP_BACKWARD           16 (to 120)
    #   
    #    81     >>  152 PUSH_NULL
    #               154 LOAD_FAST                0 (c)
    #               156 CALL                     0
    #               164 POP_JUMP_IF_FALSE        1 (to 168)
    #               166 JUMP_BACKWARD           75 (to 18)
    #           >>  168 JUMP_BACKWARD           64 (to 42)
    #   ExceptionTable:
    #     20 to 40 -> 60 [0]
    #     60 to 92 -> 100 [1] lasti
    #     98 to 98 -> 100 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_inner_clause_then_loop: a statement (While) after while in the same block (a misread layout)')


def while_true_inner_clause_then_call(c, t, x, n, m):
    while True:
        while c():
            try:
                raise E1(5)
            except E1:
                x(7)
            t(2)
        t(1)


def while_inner_clause_then_loop(c, t, x, n, m):
    # depyf: could not decompile while_inner_clause_then_loop: a statement (While) after return in the same block (a misread layout)
    #   102           0 RESUME                   0
    #   
    #   103           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       12 (to 40)
    #   
    #   104     >>   16 NOP
    #   
    #   105          18 LOAD_GLOBAL              1 (NULL + E1)
    #                28 LOAD_CONST               1 (5)
    #                30 CALL                     1
    #                38 RAISE_VARARGS            1
    #   
    #   110     >>   40 PUSH_NULL
    #                42 LOAD_FAST                1 (t)
    #                44 LOAD_CONST               4 (1)
    #                46 CALL                     1
    #                54 POP_TOP
    #                56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #   106          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE       11 (to 96)
    #                74 POP_TOP
    #   
    #   107          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               2 (7)
    #                82 CALL                     1
    #                90 POP_TOP
    #                92 POP_EXCEPT
    #                94 JUMP_FORWARD             4 (to 104)
    #   
    #   106     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #   108     >>  104 PUSH_NULL
    #               106 LOAD_FAST                0 (c)
    #               108 CALL                     0
    #               116 POP_JUMP_IF_FALSE       16 (to 150)
    #   
    #   109     >>  118 PUSH_NULL
    #               120 LOAD_FAST                1 (t)
    #               122 LOAD_CONST               3 (8)
    #               124 CALL                     1
    #               132 POP_TOP
    #   
    #   108         134 PUSH_NULL
    #               136 LOAD_FAST                0 (c)
    #               138 CALL                     0
    #               146 POP_JUMP_IF_FALSE        1 (to 150)
    #               148 JUMP_BACKWARD           16 (to 118)
    #   
    #   103     >>  150 PUSH_NULL
    #               152 LOAD_FAST                0 (c)
    #               154 CALL                     0
    #               162 POP_JUMP_IF_FALSE        1 (to 166)
    #               164 JUMP_BACKWARD           75 (to 16)
    #           >>  166 JUMP_BACKWARD           64 (to 40)
    #   ExceptionTable:
    #     18 to 38 -> 58 [0]
    #     58 to 90 -> 98 [1] lasti
    #     96 to 96 -> 98 [1] lasti
    raise RuntimeError('depyf: could not decompile while_inner_clause_then_loop: a statement (While) after return in the same block (a misread layout)')

assert run([], while_true_inner_clause_then_loop) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_inner_clause_then_loop) in (('Budget', [-7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], while_true_inner_clause_then_loop) in (('Budget', [1, -7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], while_true_inner_clause_then_loop) in (('E1', [-7]), FELL)
assert run([1, 2], while_true_inner_clause_then_loop) in (('E2', [-7]), FELL)
assert run([0, 0, 1], while_true_inner_clause_then_loop) in (('Budget', [1, 1, -7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([], while_true_inner_clause_then_call) in (('Budget', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1], while_true_inner_clause_then_call) in (('Budget', [-7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([0, 1], while_true_inner_clause_then_call) in (('Budget', [1, -7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([1, 1], while_true_inner_clause_then_call) in (('E1', [-7]), FELL)
assert run([1, 2], while_true_inner_clause_then_call) in (('E2', [-7]), FELL)
assert run([0, 0, 1], while_true_inner_clause_then_call) in (('Budget', [1, 1, -7, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), FELL)
assert run([], while_inner_clause_then_loop) in ((None, [1]), FELL)
assert run([1], while_inner_clause_then_loop) in ((None, [-7, 1]), FELL)
assert run([1, 1], while_inner_clause_then_loop) in (('E1', [-7]), FELL)
assert run([1, 2], while_inner_clause_then_loop) in (('E2', [-7]), FELL)
assert run([1, 0, 1], while_inner_clause_then_loop) in ((None, [-7, 8, 1]), FELL)
assert run([1, 0, 0, 1], while_inner_clause_then_loop) in ((None, [-7, -7, 1]), FELL)
