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


def branch_while_true_with_return(c, t, x, n, m):
    if c():
        while True:
            with m(4):
                return 5


def or_branch_while_true_with_return(c, t, x, n, m):
    if c() or c():
        while True:
            with m(4):
                x(3)
                return 5
    t(6)


def branch_while_true_break_then_with_return(c, t, x, n, m):
    if c():
        while True:
            if c():
                break
            with m(3):
                return 4
    t(23)


def branch_while_not_with_continue(c, t, x, n, m):
    # depyf: could not decompile branch_while_not_with_continue: jump into the body of the loop at 22
    #   107           0 RESUME                   0
    #   
    #   108           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    69 (to 160)
    #   
    #   109     >>   22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 PRECALL                  0
    #                30 CALL                     0
    #                40 POP_JUMP_FORWARD_IF_TRUE    61 (to 164)
    #   
    #   110     >>   42 PUSH_NULL
    #                44 LOAD_FAST                4 (m)
    #                46 LOAD_CONST               1 (26)
    #                48 PRECALL                  1
    #                52 CALL                     1
    #                62 BEFORE_WITH
    #                64 POP_TOP
    #   
    #   111          66 PUSH_NULL
    #                68 LOAD_FAST                1 (t)
    #                70 LOAD_CONST               2 (1)
    #                72 PRECALL                  1
    #                76 CALL                     1
    #                86 POP_TOP
    #   
    #   112          88 NOP
    #   
    #   110          90 LOAD_CONST               0 (None)
    #                92 LOAD_CONST               0 (None)
    #                94 LOAD_CONST               0 (None)
    #                96 PRECALL                  2
    #               100 CALL                     2
    #               110 POP_TOP
    #               112 JUMP_BACKWARD           46 (to 22)
    #           >>  114 PUSH_EXC_INFO
    #               116 WITH_EXCEPT_START
    #               118 POP_JUMP_FORWARD_IF_TRUE     4 (to 128)
    #               120 RERAISE                  2
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #           >>  128 POP_TOP
    #               130 POP_EXCEPT
    #               132 POP_TOP
    #               134 POP_TOP
    #   
    #   109         136 PUSH_NULL
    #               138 LOAD_FAST                0 (c)
    #               140 PRECALL                  0
    #               144 CALL                     0
    #               154 POP_JUMP_BACKWARD_IF_FALSE    57 (to 42)
    #               156 LOAD_CONST               0 (None)
    #               158 RETURN_VALUE
    #   
    #   108     >>  160 LOAD_CONST               0 (None)
    #               162 RETURN_VALUE
    #   
    #   109     >>  164 LOAD_CONST               0 (None)
    #               166 RETURN_VALUE
    #   ExceptionTable:
    #     64 to 88 -> 114 [1] lasti
    #     114 to 120 -> 122 [3] lasti
    #     128 to 128 -> 122 [3] lasti
    raise RuntimeError('depyf: could not decompile branch_while_not_with_continue: jump into the body of the loop at 22')


def elif_while_not_two_withs_continue(c, t, x, n, m):
    # depyf: could not decompile elif_while_not_two_withs_continue: jump into the body of the loop at 46
    #   115           0 RESUME                   0
    #   
    #   116           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE     2 (to 26)
    #   
    #   117          22 LOAD_CONST               1 (2)
    #                24 RETURN_VALUE
    #   
    #   118     >>   26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE   104 (to 254)
    #   
    #   119     >>   46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 PRECALL                  0
    #                54 CALL                     0
    #                64 POP_JUMP_FORWARD_IF_TRUE    96 (to 258)
    #   
    #   120     >>   66 PUSH_NULL
    #                68 LOAD_FAST                4 (m)
    #                70 LOAD_CONST               2 (26)
    #                72 PRECALL                  1
    #                76 CALL                     1
    #                86 BEFORE_WITH
    #                88 POP_TOP
    #                90 PUSH_NULL
    #                92 LOAD_FAST                4 (m)
    #                94 LOAD_CONST               3 (27)
    #                96 PRECALL                  1
    #               100 CALL                     1
    #               110 BEFORE_WITH
    #               112 POP_TOP
    #   
    #   121         114 NOP
    #   
    #   120         116 LOAD_CONST               0 (None)
    #               118 LOAD_CONST               0 (None)
    #               120 LOAD_CONST               0 (None)
    #               122 PRECALL                  2
    #               126 CALL                     2
    #               136 POP_TOP
    #               138 LOAD_CONST               0 (None)
    #               140 LOAD_CONST               0 (None)
    #               142 LOAD_CONST               0 (None)
    #               144 PRECALL                  2
    #               148 CALL                     2
    #               158 POP_TOP
    #               160 JUMP_BACKWARD           58 (to 46)
    #           >>  162 PUSH_EXC_INFO
    #               164 WITH_EXCEPT_START
    #               166 POP_JUMP_FORWARD_IF_TRUE     4 (to 176)
    #               168 RERAISE                  2
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #           >>  176 POP_TOP
    #               178 POP_EXCEPT
    #               180 POP_TOP
    #               182 POP_TOP
    #               184 LOAD_CONST               0 (None)
    #               186 LOAD_CONST               0 (None)
    #               188 LOAD_CONST               0 (None)
    #               190 PRECALL                  2
    #               194 CALL                     2
    #               204 POP_TOP
    #               206 JUMP_FORWARD            11 (to 230)
    #           >>  208 PUSH_EXC_INFO
    #               210 WITH_EXCEPT_START
    #               212 POP_JUMP_FORWARD_IF_TRUE     4 (to 222)
    #               214 RERAISE                  2
    #           >>  216 COPY                     3
    #               218 POP_EXCEPT
    #               220 RERAISE                  1
    #           >>  222 POP_TOP
    #               224 POP_EXCEPT
    #               226 POP_TOP
    #               228 POP_TOP
    #   
    #   119     >>  230 PUSH_NULL
    #               232 LOAD_FAST                0 (c)
    #               234 PRECALL                  0
    #               238 CALL                     0
    #               248 POP_JUMP_BACKWARD_IF_FALSE    92 (to 66)
    #               250 LOAD_CONST               0 (None)
    #               252 RETURN_VALUE
    #   
    #   118     >>  254 LOAD_CONST               0 (None)
    #               256 RETURN_VALUE
    #   
    #   119     >>  258 LOAD_CONST               0 (None)
    #               260 RETURN_VALUE
    #   ExceptionTable:
    #     88 to 110 -> 208 [1] lasti
    #     112 to 114 -> 162 [2] lasti
    #     116 to 136 -> 208 [1] lasti
    #     162 to 168 -> 170 [4] lasti
    #     170 to 174 -> 208 [1] lasti
    #     176 to 176 -> 170 [4] lasti
    #     178 to 182 -> 208 [1] lasti
    #     208 to 214 -> 216 [3] lasti
    #     222 to 222 -> 216 [3] lasti
    raise RuntimeError('depyf: could not decompile elif_while_not_two_withs_continue: jump into the body of the loop at 46')


def branch_while_not_with_continue_then_call(c, t, x, n, m):
    t(0)
    if c():
        while not c():
            with m(26):
                continue
    t(1)

assert run([], branch_while_true_with_return) in ((None, []), FELL)
assert run([1], branch_while_true_with_return) in ((5, [('enter', 4), ('exit', 4, False)]), FELL)
assert run([], or_branch_while_true_with_return) in ((None, [6]), FELL)
assert run([1], or_branch_while_true_with_return) in ((5, [('enter', 4), -3, ('exit', 4, False)]), FELL)
assert run([1, 1], or_branch_while_true_with_return) in (('E1', [('enter', 4), -3, ('exit', 4, False)]), FELL)
assert run([1, 2], or_branch_while_true_with_return) in (('E2', [('enter', 4), -3, ('exit', 4, False)]), FELL)
assert run([1, 1, 1], or_branch_while_true_with_return) in ((5, [('enter', 4), -3, ('exit', 4, True), ('enter', 4), -3, ('exit', 4, False)]), FELL)
assert run([1, 1, 1, 1], or_branch_while_true_with_return) in (('E1', [('enter', 4), -3, ('exit', 4, True), ('enter', 4), -3, ('exit', 4, False)]), FELL)
assert run([], branch_while_true_break_then_with_return) in ((None, [23]), FELL)
assert run([1], branch_while_true_break_then_with_return) in ((4, [('enter', 3), ('exit', 3, False)]), FELL)
assert run([], branch_while_not_with_continue) in ((None, []), FELL)
assert run([1], branch_while_not_with_continue) in (('Budget', [('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False)]), FELL)
assert run([1, 0, 1], branch_while_not_with_continue) in ((None, [('enter', 26), 1, ('exit', 26, False)]), FELL)
assert run([1, 0, 0, 1], branch_while_not_with_continue) in ((None, [('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False)]), FELL)
assert run([1, 0, 0, 0, 1], branch_while_not_with_continue) in ((None, [('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False)]), FELL)
assert run([1, 0, 0, 0, 0, 1], branch_while_not_with_continue) in ((None, [('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False), ('enter', 26), 1, ('exit', 26, False)]), FELL)
assert run([], elif_while_not_two_withs_continue) in ((None, []), FELL)
assert run([1], elif_while_not_two_withs_continue) in ((2, []), FELL)
assert run([0, 1], elif_while_not_two_withs_continue) in (('Budget', [('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False)]), FELL)
assert run([0, 1, 0, 1], elif_while_not_two_withs_continue) in ((None, [('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False)]), FELL)
assert run([0, 1, 0, 0, 1], elif_while_not_two_withs_continue) in ((None, [('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False)]), FELL)
assert run([0, 1, 0, 0, 0, 1], elif_while_not_two_withs_continue) in ((None, [('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False), ('enter', 26), ('enter', 27), ('exit', 27, False), ('exit', 26, False)]), FELL)
assert run([], branch_while_not_with_continue_then_call) in ((None, [0, 1]), FELL)
assert run([1], branch_while_not_with_continue_then_call) in (('Budget', [0, ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False)]), FELL)
assert run([1, 0, 1], branch_while_not_with_continue_then_call) in ((None, [0, ('enter', 26), ('exit', 26, False), 1]), FELL)
assert run([1, 0, 0, 1], branch_while_not_with_continue_then_call) in ((None, [0, ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), 1]), FELL)
assert run([1, 0, 0, 0, 1], branch_while_not_with_continue_then_call) in ((None, [0, ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), 1]), FELL)
assert run([1, 0, 0, 0, 0, 1], branch_while_not_with_continue_then_call) in ((None, [0, ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), ('enter', 26), ('exit', 26, False), 1]), FELL)
