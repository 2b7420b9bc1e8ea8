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


def while_true_elif_try_break_clause_pass_then_for(c, t, x, n, m):
    # depyf: could not decompile while_true_elif_try_break_clause_pass_then_for: a statement (For) after try in the same block (a misread layout)
    #    77           0 RESUME                   0
    #   
    #    78           2 NOP
    #   
    #    79     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_TRUE         1 (to 20)
    #   
    #    80          18 JUMP_FORWARD            18 (to 56)
    #   
    #    81     >>   20 PUSH_NULL
    #                22 LOAD_FAST                0 (c)
    #                24 CALL                     0
    #                32 POP_JUMP_IF_FALSE       10 (to 54)
    #   
    #    82          34 NOP
    #   
    #    83          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               1 (14)
    #                42 CALL                     1
    #                50 POP_TOP
    #   
    #    84          52 RETURN_CONST             0 (None)
    #   
    #    90     >>   54 NOP
    #   
    #    78     >>   56 JUMP_BACKWARD           27 (to 4)
    #           >>   58 PUSH_EXC_INFO
    #   
    #    85          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        3 (to 80)
    #                74 POP_TOP
    #   
    #    86          76 POP_EXCEPT
    #                78 JUMP_FORWARD             4 (to 88)
    #   
    #    85     >>   80 RERAISE                  0
    #           >>   82 COPY                     3
    #                84 POP_EXCEPT
    #                86 RERAISE                  1
    #   
    #    87     >>   88 PUSH_NULL
    #                90 LOAD_FAST                3 (n)
    #                92 CALL                     0
    #               100 GET_ITER
    #           >>  102 FOR_ITER                10 (to 126)
    #               106 STORE_FAST               5 (j)
    #   
    #    88         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               2 (16)
    #               114 CALL                     1
    #               122 POP_TOP
    #               124 JUMP_BACKWARD           12 (to 102)
    #   
    #    87     >>  126 END_FOR
    #               128 JUMP_BACKWARD           37 (to 56)
    #   ExceptionTable:
    #     36 to 50 -> 58 [0]
    #     58 to 74 -> 82 [1] lasti
    #     80 to 80 -> 82 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_elif_try_break_clause_pass_then_for: a statement (For) after try in the same block (a misread layout)')

assert run([], while_true_elif_try_break_clause_pass_then_for) in (('Budget', []), FELL)
assert run([1, 1], while_true_elif_try_break_clause_pass_then_for) in ((None, [-14]), FELL)
assert run([1, 1, 1], while_true_elif_try_break_clause_pass_then_for) in (('Budget', [-14]), FELL)
assert run([1, 1, 2], while_true_elif_try_break_clause_pass_then_for) in (('E2', [-14]), FELL)
assert run([1, 1, 1, 1], while_true_elif_try_break_clause_pass_then_for) in (('Budget', [-14, 16]), FELL)
assert run([1, 1, 1, 2], while_true_elif_try_break_clause_pass_then_for) in (('Budget', [-14, 16, 16]), FELL)
assert run([1, 1, 1, 0, 1, 1], while_true_elif_try_break_clause_pass_then_for) in ((None, [-14, -14]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_true_elif_try_break_clause_pass_then_for) in ((None, [-14, 16, -14]), FELL)
assert run([1, 0, 2], while_true_elif_try_break_clause_pass_then_for) in (('Budget', []), FELL)
