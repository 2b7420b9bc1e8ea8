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
    with m(1):
        if c():
            try:
                x(3)
            except E2:
                pass
            else:
                t(10)


def for_with_try_else_break(c, t, x, n, m):
    # depyf: could not decompile for_with_try_else_break: not a value: Iterator[iterable=Call[func=Name[id=n], args=[], keywords=[]], async=false]
    #    80           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                38 (to 96)
    #                20 STORE_FAST               5 (j)
    #   
    #    83          22 PUSH_NULL
    #                24 LOAD_FAST                4 (m)
    #                26 LOAD_CONST               1 (9)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #    84          40 NOP
    #   
    #    85          42 PUSH_NULL
    #                44 LOAD_FAST                2 (x)
    #                46 LOAD_CONST               2 (12)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #    89          58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               3 (14)
    #                64 CALL                     1
    #                72 POP_TOP
    #   
    #    90          74 NOP
    #   
    #    83          76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 CALL                     2
    #                90 POP_TOP
    #                92 POP_TOP
    #                94 RETURN_CONST             0 (None)
    #   
    #    82     >>   96 END_FOR
    #                98 RETURN_CONST             0 (None)
    #           >>  100 PUSH_EXC_INFO
    #   
    #    86         102 LOAD_GLOBAL              0 (E1)
    #               112 CHECK_EXC_MATCH
    #               114 POP_JUMP_IF_FALSE        3 (to 122)
    #               116 POP_TOP
    #   
    #    87         118 POP_EXCEPT
    #               120 JUMP_FORWARD             4 (to 130)
    #   
    #    86     >>  122 RERAISE                  0
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #   
    #    87     >>  130 NOP
    #   
    #    83         132 LOAD_CONST               0 (None)
    #               134 LOAD_CONST               0 (None)
    #               136 LOAD_CONST               0 (None)
    #               138 CALL                     2
    #               146 POP_TOP
    #               148 JUMP_FORWARD            12 (to 174)
    #           >>  150 PUSH_EXC_INFO
    #               152 WITH_EXCEPT_START
    #               154 POP_JUMP_IF_TRUE         1 (to 158)
    #               156 RERAISE                  2
    #           >>  158 POP_TOP
    #               160 POP_EXCEPT
    #               162 POP_TOP
    #               164 POP_TOP
    #               166 JUMP_FORWARD             3 (to 174)
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   
    #    91     >>  174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               4 (20)
    #               180 CALL                     1
    #               188 POP_TOP
    #               190 JUMP_BACKWARD           88 (to 16)
    #   ExceptionTable:
    #     38 to 38 -> 150 [2] lasti
    #     42 to 56 -> 100 [2]
    #     58 to 74 -> 150 [2] lasti
    #     100 to 116 -> 124 [3] lasti
    #     118 to 120 -> 150 [2] lasti
    #     122 to 122 -> 124 [3] lasti
    #     124 to 128 -> 150 [2] lasti
    #     150 to 158 -> 168 [4] lasti
    raise RuntimeError('depyf: could not decompile for_with_try_else_break: not a value: Iterator[iterable=Call[func=Name[id=n], args=[], keywords=[]], async=false]')


def try_finally_with_return_suppressed(c, t, x, n, m):
    with m(1):
        try:
            with m(2):
                x(3)
                return 4
        finally:
            t(5)
        t(6)
        return None


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
