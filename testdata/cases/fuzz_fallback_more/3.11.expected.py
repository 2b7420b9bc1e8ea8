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
    for i in n():
        try:
            with m(2):
                x(1)
                return 3
        finally:
            t(4)
        t(5)
    return 6


def try_finally_if_with_return(c, t, x, n, m):
    # depyf: could not decompile try_finally_if_with_return: conditional jump out of the region at 22
    #   128           0 RESUME                   0
    #   
    #   129           2 NOP
    #   
    #   130           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 PRECALL                  0
    #                12 CALL                     0
    #                22 POP_JUMP_FORWARD_IF_FALSE    59 (to 142)
    #   
    #   131          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (2)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   132          48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               2 (1)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #   
    #   133          70 NOP
    #   
    #   131          72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 PRECALL                  2
    #                82 CALL                     2
    #                92 POP_TOP
    #   
    #   135          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               3 (4)
    #               100 PRECALL                  1
    #               104 CALL                     1
    #               114 POP_TOP
    #               116 LOAD_CONST               4 (3)
    #               118 RETURN_VALUE
    #   
    #   131     >>  120 PUSH_EXC_INFO
    #               122 WITH_EXCEPT_START
    #               124 POP_JUMP_FORWARD_IF_TRUE     4 (to 134)
    #               126 RERAISE                  2
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #           >>  134 POP_TOP
    #               136 POP_EXCEPT
    #               138 POP_TOP
    #               140 POP_TOP
    #   
    #   135     >>  142 PUSH_NULL
    #               144 LOAD_FAST                1 (t)
    #               146 LOAD_CONST               3 (4)
    #               148 PRECALL                  1
    #               152 CALL                     1
    #               162 POP_TOP
    #               164 JUMP_FORWARD            16 (to 198)
    #           >>  166 PUSH_EXC_INFO
    #               168 PUSH_NULL
    #               170 LOAD_FAST                1 (t)
    #               172 LOAD_CONST               3 (4)
    #               174 PRECALL                  1
    #               178 CALL                     1
    #               188 POP_TOP
    #               190 RERAISE                  0
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #   
    #   136     >>  198 PUSH_NULL
    #               200 LOAD_FAST                1 (t)
    #               202 LOAD_CONST               5 (5)
    #               204 PRECALL                  1
    #               208 CALL                     1
    #               218 POP_TOP
    #               220 LOAD_CONST               0 (None)
    #               222 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 44 -> 166 [0]
    #     46 to 70 -> 120 [1] lasti
    #     72 to 92 -> 166 [0]
    #     120 to 126 -> 128 [3] lasti
    #     128 to 132 -> 166 [0]
    #     134 to 134 -> 128 [3] lasti
    #     136 to 140 -> 166 [0]
    #     166 to 190 -> 192 [1] lasti
    raise RuntimeError('depyf: could not decompile try_finally_if_with_return: conditional jump out of the region at 22')

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
