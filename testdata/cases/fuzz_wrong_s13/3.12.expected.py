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
    while c() and c():
        if c():
            t(1)
        elif c():
            t(2)
        elif c():
            continue
        t(3)


def for_else_return_ending_try_finally(c, t, x, n, m):
    # depyf: could not decompile for_else_return_ending_try_finally: a for loop's break jumps past its region over code its exit runs (an else clause outside the region) at 40
    #   104           0 RESUME                   0
    #   
    #   105           2 NOP
    #   
    #   106           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 CALL                     0
    #                16 GET_ITER
    #           >>   18 FOR_ITER                19 (to 60)
    #                22 STORE_FAST               5 (k)
    #   
    #   107          24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 CALL                     0
    #                36 POP_JUMP_IF_FALSE        2 (to 42)
    #   
    #   108          38 POP_TOP
    #                40 JUMP_FORWARD            20 (to 82)
    #   
    #   109     >>   42 PUSH_NULL
    #                44 LOAD_FAST                2 (x)
    #                46 LOAD_FAST                5 (k)
    #                48 CALL                     1
    #                56 POP_TOP
    #                58 JUMP_BACKWARD           21 (to 18)
    #   
    #   106     >>   60 END_FOR
    #   
    #   111          62 NOP
    #   
    #   115          64 PUSH_NULL
    #                66 LOAD_FAST                1 (t)
    #                68 LOAD_CONST               1 (2)
    #                70 CALL                     1
    #                78 POP_TOP
    #                80 RETURN_CONST             2 (44)
    #   
    #   108     >>   82 NOP
    #   
    #   115     >>   84 PUSH_NULL
    #                86 LOAD_FAST                1 (t)
    #                88 LOAD_CONST               1 (2)
    #                90 CALL                     1
    #                98 POP_TOP
    #               100 RETURN_CONST             0 (None)
    #           >>  102 PUSH_EXC_INFO
    #   
    #   112         104 LOAD_GLOBAL              0 (E1)
    #               114 CHECK_EXC_MATCH
    #               116 POP_JUMP_IF_FALSE       11 (to 140)
    #               118 POP_TOP
    #   
    #   113         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               3 (1)
    #               126 CALL                     1
    #               134 POP_TOP
    #               136 POP_EXCEPT
    #               138 JUMP_BACKWARD           28 (to 84)
    #   
    #   112     >>  140 RERAISE                  0
    #           >>  142 COPY                     3
    #               144 POP_EXCEPT
    #               146 RERAISE                  1
    #           >>  148 PUSH_EXC_INFO
    #   
    #   115         150 PUSH_NULL
    #               152 LOAD_FAST                1 (t)
    #               154 LOAD_CONST               1 (2)
    #               156 CALL                     1
    #               164 POP_TOP
    #               166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   ExceptionTable:
    #     4 to 60 -> 102 [0]
    #     82 to 82 -> 148 [0]
    #     102 to 134 -> 142 [1] lasti
    #     136 to 138 -> 148 [0]
    #     140 to 140 -> 142 [1] lasti
    #     142 to 146 -> 148 [0]
    #     148 to 166 -> 168 [1] lasti
    raise RuntimeError("depyf: could not decompile for_else_return_ending_try_finally: a for loop's break jumps past its region over code its exit runs (an else clause outside the region) at 40")


def for_break_ending_nested_try(c, t, x, n, m):
    try:
        try:
            t(4)
            for j in n():
                x(8)
                break
        except E1:
            return 10
    except E2:
        t(11)

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
assert run([0], for_else_return_ending_try_finally) in ((44, [2]), FELL)
assert run([1, 1], for_else_return_ending_try_finally) in ((None, [2]), FELL)
assert run([1, 0, 1], for_else_return_ending_try_finally) in ((None, [0, 1, 2]), FELL)
assert run([2, 0, 0, 0, 0], for_else_return_ending_try_finally) in ((44, [0, -1, 2]), FELL)
assert run([2, 0, 0, 1], for_else_return_ending_try_finally) in ((None, [0, 2]), FELL)
assert run([0], for_break_ending_nested_try) in ((None, [4]), FELL)
assert run([1, 0], for_break_ending_nested_try) in ((None, [4, -8]), FELL)
assert run([1, 1], for_break_ending_nested_try) in ((10, [4, -8]), FELL)
assert run([1, 2], for_break_ending_nested_try) in ((None, [4, -8, 11]), FELL)
