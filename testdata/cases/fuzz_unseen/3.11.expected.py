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


def while_breaking_in_clause(c, t, x, n, m):
    # depyf: could not decompile while_breaking_in_clause: except clauses jump past the code after the try at 72
    #    68           0 RESUME                   0
    #   
    #    70           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 POP_TOP
    #   
    #    71          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    41 (to 128)
    #   
    #    72          46 NOP
    #   
    #    73          48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               2 (3)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #                70 JUMP_FORWARD            16 (to 104)
    #           >>   72 PUSH_EXC_INFO
    #   
    #    74          74 LOAD_GLOBAL              0 (E2)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_FORWARD_IF_FALSE     3 (to 96)
    #                90 POP_TOP
    #   
    #    75          92 POP_EXCEPT
    #                94 JUMP_FORWARD            16 (to 128)
    #   
    #    74     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #    76     >>  104 PUSH_NULL
    #               106 LOAD_FAST                1 (t)
    #               108 LOAD_CONST               3 (10)
    #               110 PRECALL                  1
    #               114 CALL                     1
    #               124 POP_TOP
    #   
    #    77         126 NOP
    #   
    #    70     >>  128 LOAD_CONST               0 (None)
    #               130 LOAD_CONST               0 (None)
    #               132 LOAD_CONST               0 (None)
    #               134 PRECALL                  2
    #               138 CALL                     2
    #               148 POP_TOP
    #               150 LOAD_CONST               0 (None)
    #               152 RETURN_VALUE
    #           >>  154 PUSH_EXC_INFO
    #               156 WITH_EXCEPT_START
    #               158 POP_JUMP_FORWARD_IF_TRUE     4 (to 168)
    #               160 RERAISE                  2
    #           >>  162 COPY                     3
    #               164 POP_EXCEPT
    #               166 RERAISE                  1
    #           >>  168 POP_TOP
    #               170 POP_EXCEPT
    #               172 POP_TOP
    #               174 POP_TOP
    #               176 LOAD_CONST               0 (None)
    #               178 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 44 -> 154 [1] lasti
    #     48 to 68 -> 72 [1]
    #     70 to 70 -> 154 [1] lasti
    #     72 to 90 -> 98 [2] lasti
    #     92 to 94 -> 154 [1] lasti
    #     96 to 96 -> 98 [2] lasti
    #     98 to 126 -> 154 [1] lasti
    #     154 to 160 -> 162 [3] lasti
    #     168 to 168 -> 162 [3] lasti
    raise RuntimeError('depyf: could not decompile while_breaking_in_clause: except clauses jump past the code after the try at 72')


def for_with_try_else_break(c, t, x, n, m):
    for j in n():
        with m(9):
            try:
                x(12)
            except E1:
                pass
            else:
                t(14)
                break
        t(20)


def try_finally_with_return_suppressed(c, t, x, n, m):
    with m(1):
        try:
            with m(2):
                x(3)
                return 4
        finally:
            t(5)
        t(6)


def try_finally_with_return_suppressed_alone(c, t, x, n, m):
    try:
        with m(2):
            x(3)
            return 4
    finally:
        pass
    t(6)

assert run([], while_breaking_in_clause) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], while_breaking_in_clause) in ((None, [('enter', 1), -3, 10, ('exit', 1, False)]), FELL)
assert run([1, 0], while_breaking_in_clause) in ((None, [('enter', 1), -3, 10, ('exit', 1, False)]), FELL)
assert run([1, 2], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, True)]), FELL)
assert run([1, 2, 0], while_breaking_in_clause) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([], for_with_try_else_break) in ((None, []), FELL)
assert run([1], for_with_try_else_break) in ((None, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([1, 1, 1], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([1, 1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 1, 0, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([2, 1, 1, 0], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, False), 20, ('enter', 9), -12, ('exit', 9, False), 20]), FELL)
assert run([2, 2, 1], for_with_try_else_break) in ((None, [('enter', 9), -12, ('exit', 9, True), 20, ('enter', 9), -12, 14, ('exit', 9, False)]), FELL)
assert run([], try_finally_with_return_suppressed) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([1], try_finally_with_return_suppressed) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([2], try_finally_with_return_suppressed) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([1, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), 5, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), 5, 6, ('exit', 1, False)]), FELL)
assert run([1, 0, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, True)]), FELL)
assert run([2, 0, 1], try_finally_with_return_suppressed) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, True)]), FELL)
assert run([1, 2], try_finally_with_return_suppressed) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), 5, ('exit', 1, False)]), FELL)
assert run([], try_finally_with_return_suppressed_alone) in ((4, [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([1], try_finally_with_return_suppressed_alone) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([2], try_finally_with_return_suppressed_alone) in (('E2', [('enter', 2), -3, ('exit', 2, False)]), FELL)
assert run([1, 1], try_finally_with_return_suppressed_alone) in ((None, [('enter', 2), -3, ('exit', 2, True), 6]), FELL)
assert run([2, 1], try_finally_with_return_suppressed_alone) in ((None, [('enter', 2), -3, ('exit', 2, True), 6]), FELL)
assert run([1, 0], try_finally_with_return_suppressed_alone) in (('E1', [('enter', 2), -3, ('exit', 2, False)]), FELL)
