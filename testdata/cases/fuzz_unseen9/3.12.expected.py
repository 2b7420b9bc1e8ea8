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


def else_return_after_while_in_nested_try(c, t, x, n, m):
    try:
        try:
            x(3)
            while c():
                pass
            return 14
        except E1:
            pass
        except E2 as e:
            pass
    except E1:
        pass
    t(17)


def else_return_after_for_in_nested_try(c, t, x, n, m):
    try:
        try:
            for i in n():
                t(i)
            return 14
        except E1:
            t(5)
    except E2:
        pass
    t(17)


def match_rest_then_finally_or_and(c, t, x, n, m):
    try:
        match {'k': c() % 3}:
            case {'k': 0}:
                return 1
            case {**rest}:
                pass
    finally:
        if c() or c() and c():
            t(10)
    assert c(), 12


def return_through_or_and_finally(c, t, x, n, m):
    try:
        if c():
            return 1
        t(2)
    finally:
        if c() or c() and c():
            t(10)
    t(3)


def loop_return_through_dead_try_finally(c, t, x, n, m):
    # depyf: could not decompile loop_return_through_dead_try_finally: conditional jump out of the region at 32
    #   136           0 RESUME                   0
    #   
    #   137           2 NOP
    #   
    #   138           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   139          20 PUSH_NULL
    #                22 LOAD_FAST                0 (c)
    #                24 CALL                     0
    #                32 POP_JUMP_IF_FALSE       12 (to 58)
    #   
    #   140     >>   34 NOP
    #   
    #   141          36 NOP
    #   
    #   145          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (5)
    #                44 CALL                     1
    #                52 POP_TOP
    #                54 RETURN_CONST             3 (3)
    #           >>   56 RETURN_CONST             0 (None)
    #   
    #   139     >>   58 RETURN_CONST             0 (None)
    #                60 PUSH_EXC_INFO
    #   
    #   142          62 LOAD_GLOBAL              0 (E1)
    #                72 CHECK_EXC_MATCH
    #                74 POP_JUMP_IF_FALSE       11 (to 98)
    #                76 POP_TOP
    #   
    #   143          78 PUSH_NULL
    #                80 LOAD_FAST                2 (x)
    #                82 LOAD_CONST               4 (4)
    #                84 CALL                     1
    #                92 POP_TOP
    #                94 POP_EXCEPT
    #                96 JUMP_FORWARD             4 (to 106)
    #   
    #   142     >>   98 RERAISE                  0
    #           >>  100 COPY                     3
    #               102 POP_EXCEPT
    #               104 RERAISE                  1
    #   
    #   143     >>  106 NOP
    #   
    #   145         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               2 (5)
    #               114 CALL                     1
    #               122 POP_TOP
    #               124 JUMP_FORWARD            13 (to 152)
    #           >>  126 PUSH_EXC_INFO
    #               128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               2 (5)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 RERAISE                  0
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #   
    #   146     >>  152 PUSH_NULL
    #               154 LOAD_FAST                1 (t)
    #               156 LOAD_CONST               5 (6)
    #               158 CALL                     1
    #               166 POP_TOP
    #   
    #   139         168 PUSH_NULL
    #               170 LOAD_FAST                0 (c)
    #               172 CALL                     0
    #               180 POP_JUMP_IF_FALSE        1 (to 184)
    #               182 JUMP_BACKWARD           75 (to 34)
    #           >>  184 JUMP_BACKWARD           65 (to 56)
    #           >>  186 PUSH_EXC_INFO
    #   
    #   147         188 LOAD_GLOBAL              0 (E1)
    #               198 CHECK_EXC_MATCH
    #               200 POP_JUMP_IF_FALSE       11 (to 224)
    #               202 POP_TOP
    #   
    #   148         204 PUSH_NULL
    #               206 LOAD_FAST                1 (t)
    #               208 LOAD_CONST               6 (7)
    #               210 CALL                     1
    #               218 POP_TOP
    #               220 POP_EXCEPT
    #               222 RETURN_CONST             0 (None)
    #   
    #   147     >>  224 RERAISE                  0
    #           >>  226 COPY                     3
    #               228 POP_EXCEPT
    #               230 RERAISE                  1
    #   ExceptionTable:
    #     4 to 32 -> 186 [0]
    #     38 to 52 -> 186 [0]
    #     60 to 92 -> 100 [1] lasti
    #     94 to 96 -> 126 [0]
    #     98 to 98 -> 100 [1] lasti
    #     100 to 104 -> 126 [0]
    #     108 to 124 -> 186 [0]
    #     126 to 144 -> 146 [1] lasti
    #     146 to 180 -> 186 [0]
    #     186 to 218 -> 226 [1] lasti
    #     224 to 224 -> 226 [1] lasti
    raise RuntimeError('depyf: could not decompile loop_return_through_dead_try_finally: conditional jump out of the region at 32')

assert run([0, 0], else_return_after_while_in_nested_try) in ((14, [-3]), FELL)
assert run([0, 1, 1, 0], else_return_after_while_in_nested_try) in ((14, [-3]), FELL)
assert run([1], else_return_after_while_in_nested_try) in ((None, [-3, 17]), FELL)
assert run([2], else_return_after_while_in_nested_try) in ((None, [-3, 17]), FELL)
assert run([0, 1, 1, 1, 0], else_return_after_while_in_nested_try) in ((14, [-3]), FELL)
assert run([2, 0], else_return_after_for_in_nested_try) in ((14, [0, 1]), FELL)
assert run([0], else_return_after_for_in_nested_try) in ((14, []), FELL)
assert run([0, 0], match_rest_then_finally_or_and) in ((1, []), FELL)
assert run([3, 1, 1], match_rest_then_finally_or_and) in ((1, [10]), FELL)
assert run([1, 0, 0, 1], match_rest_then_finally_or_and) in ((None, []), FELL)
assert run([1, 1, 1], match_rest_then_finally_or_and) in ((None, [10]), FELL)
assert run([1, 0, 1, 1, 0], match_rest_then_finally_or_and) in (('AssertionError', [10]), FELL)
assert run([1, 0, 0], return_through_or_and_finally) in ((1, []), FELL)
assert run([1, 0, 1, 1], return_through_or_and_finally) in ((1, [10]), FELL)
assert run([0, 1], return_through_or_and_finally) in ((None, [2, 10, 3]), FELL)
assert run([0, 0, 1, 0], return_through_or_and_finally) in ((None, [2, 3]), FELL)
assert run([0, 1], loop_return_through_dead_try_finally) in ((3, [-1, 5]), FELL)
assert run([0, 0], loop_return_through_dead_try_finally) in ((None, [-1]), FELL)
assert run([1], loop_return_through_dead_try_finally) in ((None, [-1, 7]), FELL)
