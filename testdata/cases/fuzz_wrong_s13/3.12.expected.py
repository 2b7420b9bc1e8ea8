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


def while_true_else_break(c, t, x, n, m):
    while True:
        if c():
            break
        if c() and c():
            with m(2):
                raise E2(3)
        elif c():
            with m(4) as w, m(5):
                continue
        else:
            t(9)
            break
    t(10)


def while_test_copy_else_continue(c, t, x, n, m):
    # depyf: could not decompile while_test_copy_else_continue: unstructured backward jump at 112
    #    84           0 RESUME                   0
    #   
    #    85     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       75 (to 166)
    #                16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       67 (to 164)
    #   
    #    86     >>   30 NOP
    #   
    #    87          32 NOP
    #   
    #    91          34 PUSH_NULL
    #                36 LOAD_FAST                0 (c)
    #                38 CALL                     0
    #                46 POP_JUMP_IF_FALSE        9 (to 66)
    #   
    #    92          48 PUSH_NULL
    #                50 LOAD_FAST                1 (t)
    #                52 LOAD_CONST               1 (1)
    #                54 CALL                     1
    #                62 POP_TOP
    #                64 JUMP_FORWARD            24 (to 114)
    #   
    #    93     >>   66 PUSH_NULL
    #                68 LOAD_FAST                0 (c)
    #                70 CALL                     0
    #                78 POP_JUMP_IF_FALSE        9 (to 98)
    #   
    #    94          80 PUSH_NULL
    #                82 LOAD_FAST                1 (t)
    #                84 LOAD_CONST               2 (2)
    #                86 CALL                     1
    #                94 POP_TOP
    #                96 JUMP_FORWARD             8 (to 114)
    #   
    #    95     >>   98 PUSH_NULL
    #               100 LOAD_FAST                0 (c)
    #               102 CALL                     0
    #               110 POP_JUMP_IF_FALSE        1 (to 114)
    #   
    #    96         112 JUMP_BACKWARD           56 (to 2)
    #   
    #    97     >>  114 PUSH_NULL
    #               116 LOAD_FAST                1 (t)
    #               118 LOAD_CONST               3 (3)
    #               120 CALL                     1
    #               128 POP_TOP
    #   
    #    85         130 PUSH_NULL
    #               132 LOAD_FAST                0 (c)
    #               134 CALL                     0
    #               142 POP_JUMP_IF_FALSE        9 (to 162)
    #               144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 CALL                     0
    #               156 POP_JUMP_IF_FALSE        1 (to 160)
    #               158 JUMP_BACKWARD           65 (to 30)
    #           >>  160 RETURN_CONST             0 (None)
    #           >>  162 RETURN_CONST             0 (None)
    #           >>  164 RETURN_CONST             0 (None)
    #           >>  166 RETURN_CONST             0 (None)
    #               168 PUSH_EXC_INFO
    #   
    #    88         170 LOAD_GLOBAL              0 (E1)
    #               180 CHECK_EXC_MATCH
    #               182 POP_JUMP_IF_FALSE        3 (to 190)
    #               184 POP_TOP
    #   
    #    89         186 POP_EXCEPT
    #               188 JUMP_BACKWARD           38 (to 114)
    #   
    #    88     >>  190 RERAISE                  0
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #   ExceptionTable:
    #     168 to 184 -> 192 [1] lasti
    #     190 to 190 -> 192 [1] lasti
    raise RuntimeError('depyf: could not decompile while_test_copy_else_continue: unstructured backward jump at 112')

assert run([2], while_true_else_break) in ((None, [10]), FELL)
assert run([], while_true_else_break) in ((None, [9, 10]), FELL)
assert run([0, 0, 2], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 2, 1], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 10]), FELL)
assert run([0, 3, 2, 1, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 1, 2, 1], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 0, 2, 0, 2, 3, 3, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 10]), FELL)
assert run([0, 0, 2, 0, 2, 1], while_true_else_break) in (('E2', [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([0, 0, 1, 0, 2, 2, 3], while_true_else_break) in ((None, [('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), ('enter', 2), ('exit', 2, True), 9, 10]), FELL)
assert run([0, 3, 1, 1, 0, 0, 3], while_true_else_break) in ((None, [('enter', 2), ('exit', 2, True), ('enter', 4), ('enter', 5), ('exit', 5, False), ('exit', 4, False), 9, 10]), FELL)
assert run([0, 3, 2, 3, 0, 1, 2], while_true_else_break) in (('E2', [('enter', 2), ('exit', 2, True), ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 3], while_test_copy_else_continue) in ((None, [3]), FELL)
assert run([], while_test_copy_else_continue) in ((None, []), FELL)
assert run([2, 2, 2, 2, 1, 3, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 1, 3]), FELL)
assert run([2, 1, 3], while_test_copy_else_continue) in ((None, [1, 3]), FELL)
assert run([3, 1, 0, 2], while_test_copy_else_continue) in ((None, [2, 3]), FELL)
assert run([1, 2, 3, 1, 3, 0, 1, 1, 2, 2], while_test_copy_else_continue) in ((None, [1, 3, 2, 3, 1, 3]), FELL)
assert run([1, 1, 0, 2, 1, 3, 3], while_test_copy_else_continue) in ((None, [2, 3, 1, 3]), FELL)
assert run([2, 1, 3, 2, 3, 2], while_test_copy_else_continue) in ((None, [1, 3, 1, 3]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 3]), FELL)
assert run([2, 1, 2, 2, 3], while_test_copy_else_continue) in ((None, [1, 3, 3]), FELL)
assert run([1, 3, 2, 1, 3, 1, 3, 1, 0, 1], while_test_copy_else_continue) in ((None, [1, 3, 1, 3, 2, 3]), FELL)
assert run([2, 2, 0, 2, 1, 3, 2, 1, 1], while_test_copy_else_continue) in ((None, [2, 3, 1, 3, 3]), FELL)
