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


def while_break_then_with_return(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            with m(1):
                x(2)
                return 3
    t(4)


def while_with_return_in_elif(c, t, x, n, m):
    while True:
        if not c():
            break
        if c():
            t(1)
        elif c():
            with m(1):
                x(2)
                return 3
    t(4)


def try_finally_with_return(c, t, x, n, m):
    try:
        with m(2):
            return 3
    finally:
        t(4)


def try_finally_with_return_then_code(c, t, x, n, m):
    try:
        with m(2):
            x(1)
            return 3
    finally:
        t(4)
    t(5)
    return 6


def try_finally_with_return_in_loop(c, t, x, n, m):
    # depyf: could not decompile try_finally_with_return_in_loop: code between a with body and its handler at 96
    #   116           0 RESUME                   0
    #   
    #   117           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                38 (to 96)
    #                20 STORE_FAST               5 (i)
    #   
    #   118          22 NOP
    #   
    #   119          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (2)
    #                30 CALL                     1
    #                38 BEFORE_WITH
    #                40 POP_TOP
    #   
    #   120          42 PUSH_NULL
    #                44 LOAD_FAST                2 (x)
    #                46 LOAD_CONST               2 (1)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #   121          58 NOP
    #   
    #   119          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #   
    #   123          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               3 (4)
    #                82 CALL                     1
    #                90 POP_TOP
    #                92 POP_TOP
    #                94 RETURN_CONST             4 (3)
    #   
    #   117     >>   96 END_FOR
    #   
    #   125          98 RETURN_CONST             6 (6)
    #   
    #   119     >>  100 PUSH_EXC_INFO
    #               102 WITH_EXCEPT_START
    #               104 POP_JUMP_IF_TRUE         1 (to 108)
    #               106 RERAISE                  2
    #           >>  108 POP_TOP
    #               110 POP_EXCEPT
    #               112 POP_TOP
    #               114 POP_TOP
    #               116 JUMP_FORWARD             3 (to 124)
    #           >>  118 COPY                     3
    #               120 POP_EXCEPT
    #               122 RERAISE                  1
    #           >>  124 NOP
    #   
    #   123         126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               3 (4)
    #               132 CALL                     1
    #               140 POP_TOP
    #               142 JUMP_FORWARD            13 (to 170)
    #           >>  144 PUSH_EXC_INFO
    #               146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               3 (4)
    #               152 CALL                     1
    #               160 POP_TOP
    #               162 RERAISE                  0
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #   
    #   124     >>  170 PUSH_NULL
    #               172 LOAD_FAST                1 (t)
    #               174 LOAD_CONST               5 (5)
    #               176 CALL                     1
    #               184 POP_TOP
    #               186 JUMP_BACKWARD           86 (to 16)
    #   ExceptionTable:
    #     24 to 38 -> 144 [1]
    #     40 to 58 -> 100 [2] lasti
    #     60 to 74 -> 144 [1]
    #     100 to 108 -> 118 [4] lasti
    #     110 to 122 -> 144 [1]
    #     144 to 162 -> 164 [2] lasti
    raise RuntimeError('depyf: could not decompile try_finally_with_return_in_loop: code between a with body and its handler at 96')


def try_finally_if_with_return(c, t, x, n, m):
    try:
        if c():
            with m(2):
                x(1)
                return 3
    finally:
        t(4)
    t(5)

assert run([], while_break_then_with_return) in ((None, [4]), FELL)
assert run([1, 1], while_break_then_with_return) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_break_then_with_return) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 2], while_break_then_with_return) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], while_break_then_with_return) in ((None, [('enter', 1), -2, ('exit', 1, True), 4]), FELL)
assert run([], while_with_return_in_elif) in ((None, [4]), FELL)
assert run([1, 1], while_with_return_in_elif) in ((None, [1, 4]), FELL)
assert run([1, 0, 1], while_with_return_in_elif) in ((3, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 1], while_with_return_in_elif) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 0, 1, 2], while_with_return_in_elif) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], while_with_return_in_elif) in ((None, [1, 1, 4]), FELL)
assert run([], try_finally_with_return) in ((3, [('enter', 2), ('exit', 2, False), 4]), FELL)
assert run([], try_finally_with_return_then_code) in ((3, [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1], try_finally_with_return_then_code) in (('E1', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([2], try_finally_with_return_then_code) in (('E2', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1], try_finally_with_return_then_code) in ((6, [('enter', 2), -1, ('exit', 2, True), 4, 5]), FELL)
assert run([], try_finally_with_return_in_loop) in ((6, []), FELL)
assert run([1], try_finally_with_return_in_loop) in ((3, [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1], try_finally_with_return_in_loop) in (('E1', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 2], try_finally_with_return_in_loop) in (('E2', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1, 1], try_finally_with_return_in_loop) in ((6, [('enter', 2), -1, ('exit', 2, True), 4, 5]), FELL)
assert run([2, 1, 1], try_finally_with_return_in_loop) in ((3, [('enter', 2), -1, ('exit', 2, True), 4, 5, ('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([2, 1, 1, 1], try_finally_with_return_in_loop) in (('E1', [('enter', 2), -1, ('exit', 2, True), 4, 5, ('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([2, 1, 1, 2], try_finally_with_return_in_loop) in (('E2', [('enter', 2), -1, ('exit', 2, True), 4, 5, ('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([], try_finally_if_with_return) in ((None, [4, 5]), FELL)
assert run([1], try_finally_if_with_return) in ((3, [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1], try_finally_if_with_return) in (('E1', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 2], try_finally_if_with_return) in (('E2', [('enter', 2), -1, ('exit', 2, False), 4]), FELL)
assert run([1, 1, 1], try_finally_if_with_return) in ((None, [('enter', 2), -1, ('exit', 2, True), 4, 5]), FELL)
