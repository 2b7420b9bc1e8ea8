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


def while_true_try_finally_inner_continue_clauses_leave(c, t, x, n, m):
    # depyf: could not decompile while_true_try_finally_inner_continue_clauses_leave: the normal exit's copy of the finally body after an inner handler, at 222, goes on elsewhere than the region
    #    85           0 RESUME                   0
    #   
    #    86     >>    2 NOP
    #   
    #    87     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_TRUE         7 (to 32)
    #                18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE        1 (to 34)
    #   
    #    88     >>   32 NOP
    #   
    #    89     >>   34 NOP
    #   
    #    90          36 NOP
    #   
    #    91          38 PUSH_NULL
    #                40 LOAD_FAST                2 (x)
    #                42 LOAD_CONST               1 (1)
    #                44 CALL                     1
    #                52 POP_TOP
    #   
    #    92          54 NOP
    #   
    #   102          56 PUSH_NULL
    #                58 LOAD_FAST                1 (t)
    #                60 LOAD_CONST               2 (18)
    #                62 CALL                     1
    #                70 POP_TOP
    #                72 JUMP_BACKWARD           36 (to 2)
    #           >>   74 PUSH_EXC_INFO
    #   
    #    93          76 LOAD_GLOBAL              0 (E1)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_IF_FALSE       11 (to 112)
    #                90 POP_TOP
    #   
    #    94          92 POP_EXCEPT
    #   
    #   102          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               2 (18)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 RETURN_CONST             0 (None)
    #   
    #    95     >>  112 LOAD_GLOBAL              2 (E2)
    #               122 CHECK_EXC_MATCH
    #               124 POP_JUMP_IF_FALSE       11 (to 148)
    #               126 POP_TOP
    #   
    #    96         128 POP_EXCEPT
    #   
    #   102         130 PUSH_NULL
    #               132 LOAD_FAST                1 (t)
    #               134 LOAD_CONST               2 (18)
    #               136 CALL                     1
    #               144 POP_TOP
    #               146 RETURN_CONST             3 (4)
    #   
    #    95     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #           >>  156 PUSH_EXC_INFO
    #   
    #    97         158 LOAD_GLOBAL              0 (E1)
    #               168 CHECK_EXC_MATCH
    #               170 POP_JUMP_IF_FALSE       11 (to 194)
    #               172 POP_TOP
    #   
    #    98         174 PUSH_NULL
    #               176 LOAD_FAST                1 (t)
    #               178 LOAD_CONST               4 (2)
    #               180 CALL                     1
    #               188 POP_TOP
    #               190 POP_EXCEPT
    #               192 JUMP_FORWARD            14 (to 222)
    #   
    #    99     >>  194 LOAD_GLOBAL              2 (E2)
    #               204 CHECK_EXC_MATCH
    #               206 POP_JUMP_IF_FALSE        3 (to 214)
    #               208 POP_TOP
    #   
    #   100         210 POP_EXCEPT
    #               212 JUMP_FORWARD             4 (to 222)
    #   
    #    99     >>  214 RERAISE                  0
    #           >>  216 COPY                     3
    #               218 POP_EXCEPT
    #               220 RERAISE                  1
    #   
    #   102     >>  222 PUSH_NULL
    #               224 LOAD_FAST                1 (t)
    #               226 LOAD_CONST               2 (18)
    #               228 CALL                     1
    #               236 POP_TOP
    #               238 JUMP_FORWARD            13 (to 266)
    #           >>  240 PUSH_EXC_INFO
    #               242 PUSH_NULL
    #               244 LOAD_FAST                1 (t)
    #               246 LOAD_CONST               2 (18)
    #               248 CALL                     1
    #               256 POP_TOP
    #               258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #   
    #   103     >>  266 PUSH_NULL
    #               268 LOAD_FAST                1 (t)
    #               270 LOAD_CONST               5 (19)
    #               272 CALL                     1
    #               280 POP_TOP
    #   
    #    86         282 JUMP_BACKWARD          140 (to 4)
    #   ExceptionTable:
    #     38 to 52 -> 74 [0]
    #     74 to 90 -> 150 [1] lasti
    #     92 to 92 -> 156 [0]
    #     112 to 126 -> 150 [1] lasti
    #     128 to 128 -> 156 [0]
    #     148 to 148 -> 150 [1] lasti
    #     150 to 154 -> 156 [0]
    #     156 to 188 -> 216 [1] lasti
    #     190 to 192 -> 240 [0]
    #     194 to 208 -> 216 [1] lasti
    #     210 to 212 -> 240 [0]
    #     214 to 214 -> 216 [1] lasti
    #     216 to 220 -> 240 [0]
    #     240 to 258 -> 260 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_finally_inner_continue_clauses_leave: the normal exit's copy of the finally body after an inner handler, at 222, goes on elsewhere than the region")


def while_true_try_finally_inner_continue_break(c, t, x, n, m):
    while True:
        c()
        try:
            try:
                x(1)
            except E1:
                return
            continue
        except E1:
            pass
        finally:
            t(18)


def while_true_try_finally_inner_continue(c, t, x, n, m):
    while True:
        c()
        try:
            x(1)
            continue
        except E1:
            t(3)
        finally:
            t(18)


def for_with_return_const_in_try(c, t, x, n, m):
    try:
        for j in n():
            with m(2) as w:
                return 3
    except E1:
        pass


def for_with_return_const_in_try_then_code(c, t, x, n, m):
    try:
        for j in n():
            with m(2) as w:
                return 3
    except E1:
        pass
    t(5)


def while_true_for_else_try_break_then_try_finally_break(c, t, x, n, m):
    # depyf: e is local, bound only in unreachable code
    e: object
    for j in n():
        t(1)
    t(36)

assert run([1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18]), FELL)
assert run([1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18]), FELL)
assert run([1, 0, 1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_true_try_finally_inner_continue_clauses_leave) in ((None, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([1, 0, 1, 0, 1, 2], while_true_try_finally_inner_continue_clauses_leave) in ((4, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18]), FELL)
assert run([0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18]), FELL)
assert run([0, 0, 0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 1], while_true_try_finally_inner_continue_break) in ((None, [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_finally_inner_continue_break) in (('E2', [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18]), FELL)
assert run([0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 18]), FELL)
assert run([0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 18]), FELL)
assert run([0, 0, 0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 18, -1, 18]), FELL)
assert run([0, 0, 0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 18, -1, 3, 18, -1, 18]), FELL)
assert run([0, 1, 0, 0, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 18, -1, 18]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_try_finally_inner_continue) in (('E2', [-1, 3, 18, -1, 3, 18, -1, 18]), FELL)
assert run([], for_with_return_const_in_try) in ((None, []), FELL)
assert run([1], for_with_return_const_in_try) in ((3, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_return_const_in_try_then_code) in ((None, [5]), FELL)
assert run([1], for_with_return_const_in_try_then_code) in ((3, [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_true_for_else_try_break_then_try_finally_break) in ((None, [36]), FELL)
assert run([1], while_true_for_else_try_break_then_try_finally_break) in ((None, [1, 36]), FELL)
assert run([2], while_true_for_else_try_break_then_try_finally_break) in ((None, [1, 1, 36]), FELL)
