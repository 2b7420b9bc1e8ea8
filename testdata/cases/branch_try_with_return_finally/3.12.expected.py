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


def branch_try_with_return_finally(c, t, x, n, m):
    if c():
        try:
            with m(2):
                return 3
        finally:
            t(5)


def branch_try_with_return_finally_then_call(c, t, x, n, m):
    if c():
        try:
            with m(2):
                x(1)
                return 3
        finally:
            t(5)
    t(10)


def branch_try_with_return_finally_then_try(c, t, x, n, m):
    if c():
        try:
            with m(2):
                return 3
        finally:
            t(5)
    try:
        x(10)
    finally:
        t(12)


def case_try_with_return_finally(c, t, x, n, m):
    if c() == 0:
        try:
            with m(1):
                return 4
        finally:
            t(6)


def case_try_with_value_return_finally(c, t, x, n, m):
    # depyf: could not decompile case_try_with_value_return_finally: a with suppressing in the then-branch runs a copy of the code after the if at 118
    #   124           0 RESUME                   0
    #   
    #   125           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #   
    #   126          14 LOAD_CONST               1 (0)
    #                16 COMPARE_OP              40 (==)
    #                20 POP_JUMP_IF_FALSE       39 (to 100)
    #   
    #   127          22 NOP
    #   
    #   128          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               2 (4)
    #                30 CALL                     1
    #                38 BEFORE_WITH
    #                40 STORE_FAST               5 (w)
    #   
    #   129          42 PUSH_NULL
    #                44 LOAD_FAST                2 (x)
    #                46 LOAD_CONST               3 (5)
    #                48 CALL                     1
    #                56 COPY                     1
    #                58 POP_JUMP_IF_TRUE         2 (to 64)
    #                60 POP_TOP
    #                62 LOAD_FAST                5 (w)
    #   
    #   128     >>   64 SWAP                     2
    #                66 LOAD_CONST               0 (None)
    #                68 LOAD_CONST               0 (None)
    #                70 LOAD_CONST               0 (None)
    #                72 CALL                     2
    #                80 POP_TOP
    #   
    #   131          82 PUSH_NULL
    #                84 LOAD_FAST                1 (t)
    #                86 LOAD_CONST               4 (6)
    #                88 CALL                     1
    #                96 POP_TOP
    #                98 RETURN_VALUE
    #   
    #   132     >>  100 NOP
    #   
    #   133         102 PUSH_NULL
    #               104 LOAD_FAST                1 (t)
    #               106 LOAD_CONST               5 (7)
    #               108 CALL                     1
    #               116 POP_TOP
    #               118 RETURN_CONST             0 (None)
    #   
    #   128     >>  120 PUSH_EXC_INFO
    #               122 WITH_EXCEPT_START
    #               124 POP_JUMP_IF_TRUE         1 (to 128)
    #               126 RERAISE                  2
    #           >>  128 POP_TOP
    #               130 POP_EXCEPT
    #               132 POP_TOP
    #               134 POP_TOP
    #               136 JUMP_FORWARD             3 (to 144)
    #           >>  138 COPY                     3
    #               140 POP_EXCEPT
    #               142 RERAISE                  1
    #           >>  144 NOP
    #   
    #   131         146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               4 (6)
    #               152 CALL                     1
    #               160 POP_TOP
    #               162 RETURN_CONST             0 (None)
    #           >>  164 PUSH_EXC_INFO
    #               166 PUSH_NULL
    #               168 LOAD_FAST                1 (t)
    #               170 LOAD_CONST               4 (6)
    #               172 CALL                     1
    #               180 POP_TOP
    #               182 RERAISE                  0
    #           >>  184 COPY                     3
    #               186 POP_EXCEPT
    #               188 RERAISE                  1
    #   ExceptionTable:
    #     24 to 38 -> 164 [0]
    #     40 to 62 -> 120 [1] lasti
    #     64 to 80 -> 164 [0]
    #     120 to 128 -> 138 [3] lasti
    #     130 to 142 -> 164 [0]
    #     164 to 182 -> 184 [1] lasti
    raise RuntimeError('depyf: could not decompile case_try_with_value_return_finally: a with suppressing in the then-branch runs a copy of the code after the if at 118')

assert run([], branch_try_with_return_finally) in ((None, []), FELL)
assert run([1], branch_try_with_return_finally) in ((3, [('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([], branch_try_with_return_finally_then_call) in ((None, [10]), FELL)
assert run([1], branch_try_with_return_finally_then_call) in ((3, [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 1], branch_try_with_return_finally_then_call) in (('E1', [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 2], branch_try_with_return_finally_then_call) in (('E2', [('enter', 2), -1, ('exit', 2, False), 5]), FELL)
assert run([1, 1, 1], branch_try_with_return_finally_then_call) in ((None, [('enter', 2), -1, ('exit', 2, True), 5, 10]), FELL)
assert run([], branch_try_with_return_finally_then_try) in ((None, [-10, 12]), FELL)
assert run([1], branch_try_with_return_finally_then_try) in ((3, [('enter', 2), ('exit', 2, False), 5]), FELL)
assert run([0, 1], branch_try_with_return_finally_then_try) in (('E1', [-10, 12]), FELL)
assert run([0, 2], branch_try_with_return_finally_then_try) in (('E2', [-10, 12]), FELL)
assert run([], case_try_with_return_finally) in ((4, [('enter', 1), ('exit', 1, False), 6]), FELL)
assert run([1], case_try_with_return_finally) in ((None, []), FELL)
assert run([], case_try_with_value_return_finally) in ((4, [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([1], case_try_with_value_return_finally) in ((None, [7]), FELL)
assert run([0, 1], case_try_with_value_return_finally) in (('E1', [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([0, 2], case_try_with_value_return_finally) in (('E2', [('enter', 4), -5, ('exit', 4, False), 6]), FELL)
assert run([0, 1, 1], case_try_with_value_return_finally) in ((None, [('enter', 4), -5, ('exit', 4, True), 6]), FELL)
