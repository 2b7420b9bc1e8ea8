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


def branch_loop_try_finally_then_return_loop(c, t, x, n, m):
    # depyf: could not decompile branch_loop_try_finally_then_return_loop: a statement (If) after return in the same block (a misread layout)
    #    80           0 RESUME                   0
    #   
    #    81           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       18 (to 52)
    #   
    #    82          16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       11 (to 52)
    #   
    #    83     >>   30 NOP
    #   
    #    84          32 PUSH_NULL
    #                34 LOAD_FAST                2 (x)
    #                36 LOAD_CONST               1 (60)
    #                38 CALL                     1
    #                46 POP_TOP
    #   
    #    85          48 NOP
    #   
    #    91          50 RETURN_CONST             2 (61)
    #   
    #    94     >>   52 RETURN_CONST             4 (7)
    #           >>   54 PUSH_EXC_INFO
    #   
    #    86          56 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_IF_FALSE        3 (to 76)
    #                70 POP_TOP
    #   
    #    87          72 POP_EXCEPT
    #                74 JUMP_FORWARD            21 (to 118)
    #   
    #    88     >>   76 LOAD_GLOBAL              2 (E2)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_IF_FALSE       10 (to 110)
    #                90 STORE_FAST               5 (e)
    #   
    #    89          92 POP_EXCEPT
    #                94 LOAD_CONST               0 (None)
    #                96 STORE_FAST               5 (e)
    #                98 DELETE_FAST              5 (e)
    #               100 JUMP_FORWARD             8 (to 118)
    #               102 LOAD_CONST               0 (None)
    #               104 STORE_FAST               5 (e)
    #               106 DELETE_FAST              5 (e)
    #               108 RERAISE                  1
    #   
    #    88     >>  110 RERAISE                  0
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #   
    #    91     >>  118 JUMP_FORWARD             5 (to 130)
    #           >>  120 PUSH_EXC_INFO
    #               122 RERAISE                  0
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #   
    #    92     >>  130 PUSH_NULL
    #               132 LOAD_FAST                0 (c)
    #               134 CALL                     0
    #               142 POP_JUMP_IF_FALSE       15 (to 174)
    #               144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 CALL                     0
    #               156 POP_JUMP_IF_TRUE         7 (to 172)
    #               158 PUSH_NULL
    #               160 LOAD_FAST                0 (c)
    #               162 CALL                     0
    #               170 POP_JUMP_IF_FALSE        1 (to 174)
    #   
    #    93     >>  172 RETURN_CONST             3 (66)
    #   
    #    82     >>  174 PUSH_NULL
    #               176 LOAD_FAST                0 (c)
    #               178 CALL                     0
    #               186 POP_JUMP_IF_FALSE        1 (to 190)
    #               188 JUMP_BACKWARD           80 (to 30)
    #           >>  190 JUMP_BACKWARD           70 (to 52)
    #   ExceptionTable:
    #     32 to 46 -> 54 [0]
    #     54 to 70 -> 112 [1] lasti
    #     72 to 74 -> 120 [0]
    #     76 to 90 -> 112 [1] lasti
    #     92 to 100 -> 120 [0]
    #     102 to 110 -> 112 [1] lasti
    #     112 to 116 -> 120 [0]
    #     120 to 122 -> 124 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_loop_try_finally_then_return_loop: a statement (If) after return in the same block (a misread layout)')


def branch_loop_try_finally_then_if_return(c, t, x, n, m):
    if c():
        while c():
            try:
                x(60)
                return 61
            except E1:
                t(3)
            finally:
                t(4)
            if c():
                return 66
    return 7


def branch_loop_try_then_if_raise(c, t, x, n, m):
    if c():
        for i in n():
            try:
                x(60)
                return 61
            except E1:
                t(i)
            if c():
                raise E2(i)
    t(8)


def branch_loop_try_finally_ending_function(c, t, x, n, m):
    # depyf: could not decompile branch_loop_try_finally_ending_function: a statement (If) after return in the same block (a misread layout)
    #   125           0 RESUME                   0
    #   
    #   126           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       34 (to 84)
    #   
    #   127          16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       11 (to 52)
    #   
    #   128     >>   30 NOP
    #   
    #   129          32 PUSH_NULL
    #                34 LOAD_FAST                2 (x)
    #                36 LOAD_CONST               1 (60)
    #                38 CALL                     1
    #                46 POP_TOP
    #   
    #   130          48 NOP
    #   
    #   134          50 RETURN_CONST             2 (61)
    #   
    #   137     >>   52 LOAD_GLOBAL              0 (E1)
    #                62 LOAD_ATTR                2 (__name__)
    #                82 RETURN_VALUE
    #   
    #   126     >>   84 RETURN_CONST             0 (None)
    #           >>   86 PUSH_EXC_INFO
    #   
    #   131          88 LOAD_GLOBAL              0 (E1)
    #                98 CHECK_EXC_MATCH
    #               100 POP_JUMP_IF_FALSE       10 (to 122)
    #               102 STORE_FAST               5 (e)
    #   
    #   132         104 POP_EXCEPT
    #               106 LOAD_CONST               0 (None)
    #               108 STORE_FAST               5 (e)
    #               110 DELETE_FAST              5 (e)
    #               112 JUMP_FORWARD             8 (to 130)
    #               114 LOAD_CONST               0 (None)
    #               116 STORE_FAST               5 (e)
    #               118 DELETE_FAST              5 (e)
    #               120 RERAISE                  1
    #   
    #   131     >>  122 RERAISE                  0
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #   
    #   132     >>  130 NOP
    #   
    #   134         132 JUMP_FORWARD             5 (to 144)
    #           >>  134 PUSH_EXC_INFO
    #               136 RERAISE                  0
    #           >>  138 COPY                     3
    #               140 POP_EXCEPT
    #               142 RERAISE                  1
    #   
    #   135     >>  144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 CALL                     0
    #               156 POP_JUMP_IF_FALSE       15 (to 188)
    #               158 PUSH_NULL
    #               160 LOAD_FAST                0 (c)
    #               162 CALL                     0
    #               170 POP_JUMP_IF_TRUE         7 (to 186)
    #               172 PUSH_NULL
    #               174 LOAD_FAST                0 (c)
    #               176 CALL                     0
    #               184 POP_JUMP_IF_FALSE        1 (to 188)
    #   
    #   136     >>  186 RETURN_CONST             3 (66)
    #   
    #   127     >>  188 PUSH_NULL
    #               190 LOAD_FAST                0 (c)
    #               192 CALL                     0
    #               200 POP_JUMP_IF_FALSE        1 (to 204)
    #               202 JUMP_BACKWARD           87 (to 30)
    #           >>  204 JUMP_BACKWARD           77 (to 52)
    #   ExceptionTable:
    #     32 to 46 -> 86 [0]
    #     86 to 102 -> 124 [1] lasti
    #     104 to 112 -> 134 [0]
    #     114 to 122 -> 124 [1] lasti
    #     124 to 128 -> 134 [0]
    #     134 to 136 -> 138 [1] lasti
    raise RuntimeError('depyf: could not decompile branch_loop_try_finally_ending_function: a statement (If) after return in the same block (a misread layout)')

assert run([], branch_loop_try_finally_then_return_loop) in ((7, []), FELL)
assert run([1, 1], branch_loop_try_finally_then_return_loop) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_then_return_loop) in ((7, [-60]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_then_return_loop) in ((61, [-60, -60]), FELL)
assert run([1, 1, 1, 1, 1], branch_loop_try_finally_then_return_loop) in ((66, [-60]), FELL)
assert run([1, 1, 1, 0, 1, 1], branch_loop_try_finally_then_return_loop) in ((7, [-60, -60]), FELL)
assert run([], branch_loop_try_finally_then_if_return) in ((7, []), FELL)
assert run([1, 1], branch_loop_try_finally_then_if_return) in ((61, [-60, 4]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_then_if_return) in ((7, [-60, 3, 4]), FELL)
assert run([1, 1, 2], branch_loop_try_finally_then_if_return) in (('E2', [-60, 4]), FELL)
assert run([1, 1, 1, 1], branch_loop_try_finally_then_if_return) in ((66, [-60, 3, 4]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_then_if_return) in ((61, [-60, 3, 4, -60, 4]), FELL)
assert run([], branch_loop_try_then_if_raise) in ((None, [8]), FELL)
assert run([1, 1], branch_loop_try_then_if_raise) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_then_if_raise) in ((None, [-60, 0, 8]), FELL)
assert run([1, 1, 2], branch_loop_try_then_if_raise) in (('E2', [-60]), FELL)
assert run([1, 2, 1], branch_loop_try_then_if_raise) in ((61, [-60, 0, -60]), FELL)
assert run([1, 1, 1, 1], branch_loop_try_then_if_raise) in (('E2', [-60, 0]), FELL)
assert run([], branch_loop_try_finally_ending_function) in ((None, []), FELL)
assert run([1], branch_loop_try_finally_ending_function) in (('E1', []), FELL)
assert run([1, 1], branch_loop_try_finally_ending_function) in ((61, [-60]), FELL)
assert run([1, 1, 1], branch_loop_try_finally_ending_function) in (('E1', [-60]), FELL)
assert run([1, 1, 2], branch_loop_try_finally_ending_function) in (('E2', [-60]), FELL)
assert run([1, 1, 1, 0, 1], branch_loop_try_finally_ending_function) in ((61, [-60, -60]), FELL)
