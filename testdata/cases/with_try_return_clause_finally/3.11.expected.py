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


def with_try_return_except_finally(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
        except E1:
            t(2)
        else:
            return 5
        finally:
            t(6)


def with_try_return_except_finally_then_call(c, t, x, n, m):
    with m(1) as w:
        try:
            x(4)
        except E1:
            pass
        else:
            return 5
        finally:
            t(6)
        t(7)


def with_try_return_except_finally_then_branch(c, t, x, n, m):
    with m(1):
        try:
            x(4)
        except E1:
            pass
        else:
            return 5
        finally:
            t(6)
        if c():
            t(7)
    return 8


def two_withs_try_return_except_finally(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(4)
        except E1 as e:
            t(3)
        else:
            return 5
        finally:
            t(6)
        t(7)


def loop_with_try_return_except_finally(c, t, x, n, m):
    for i in range(n):
        with m(1):
            try:
                x(4)
            except E1:
                pass
            else:
                return 5
            finally:
                t(6)
        t(7)
    return 8


def loop_with_try_break_except_finally(c, t, x, n, m):
    while c():
        with m(1):
            try:
                x(4)
            except E1:
                continue
            finally:
                t(6)
            break
    return 8


def branch_with_try_return_except_finally(c, t, x, n, m):
    if c():
        with m(1):
            try:
                x(4)
            except E1:
                pass
            else:
                return 5
            finally:
                t(6)
            t(7)
    else:
        t(8)
    return 9


def with_try_return_value_else_finally(c, t, x, n, m):
    # depyf: could not decompile with_try_return_value_else_finally: stack underflow
    #   176           0 RESUME                   0
    #   
    #   177           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 STORE_FAST               5 (w)
    #   
    #   178          26 NOP
    #   
    #   179          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               2 (4)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 STORE_FAST               6 (v)
    #   
    #   180          50 PUSH_NULL
    #                52 LOAD_FAST                0 (c)
    #                54 PRECALL                  0
    #                58 CALL                     0
    #                68 POP_JUMP_FORWARD_IF_FALSE    25 (to 120)
    #   
    #   181          70 LOAD_FAST                6 (v)
    #   
    #   187          72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               3 (6)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 POP_TOP
    #   
    #   177          94 SWAP                     2
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 PRECALL                  2
    #               106 CALL                     2
    #               116 POP_TOP
    #               118 RETURN_VALUE
    #   
    #   180     >>  120 NOP
    #   
    #   185         122 NOP
    #   
    #   187         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               3 (6)
    #               130 PRECALL                  1
    #               134 CALL                     1
    #               144 POP_TOP
    #   
    #   177         146 LOAD_CONST               0 (None)
    #               148 LOAD_CONST               0 (None)
    #               150 LOAD_CONST               0 (None)
    #               152 PRECALL                  2
    #               156 CALL                     2
    #               166 POP_TOP
    #               168 LOAD_CONST               4 (3)
    #               170 RETURN_VALUE
    #           >>  172 PUSH_EXC_INFO
    #   
    #   182         174 LOAD_GLOBAL              0 (E1)
    #               186 CHECK_EXC_MATCH
    #               188 POP_JUMP_FORWARD_IF_FALSE    14 (to 218)
    #               190 POP_TOP
    #   
    #   183         192 PUSH_NULL
    #               194 LOAD_FAST                1 (t)
    #               196 LOAD_CONST               5 (2)
    #               198 PRECALL                  1
    #               202 CALL                     1
    #               212 POP_TOP
    #               214 POP_EXCEPT
    #               216 JUMP_FORWARD             4 (to 226)
    #   
    #   182     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   
    #   183     >>  226 NOP
    #   
    #   187         228 PUSH_NULL
    #               230 LOAD_FAST                1 (t)
    #               232 LOAD_CONST               3 (6)
    #               234 PRECALL                  1
    #               238 CALL                     1
    #               248 POP_TOP
    #               250 JUMP_FORWARD            16 (to 284)
    #           >>  252 PUSH_EXC_INFO
    #               254 PUSH_NULL
    #               256 LOAD_FAST                1 (t)
    #               258 LOAD_CONST               3 (6)
    #               260 PRECALL                  1
    #               264 CALL                     1
    #               274 POP_TOP
    #               276 RERAISE                  0
    #           >>  278 COPY                     3
    #               280 POP_EXCEPT
    #               282 RERAISE                  1
    #   
    #   188     >>  284 PUSH_NULL
    #               286 LOAD_FAST                1 (t)
    #               288 LOAD_CONST               6 (7)
    #               290 PRECALL                  1
    #               294 CALL                     1
    #               304 POP_TOP
    #   
    #   177         306 LOAD_CONST               0 (None)
    #               308 LOAD_CONST               0 (None)
    #               310 LOAD_CONST               0 (None)
    #               312 PRECALL                  2
    #               316 CALL                     2
    #               326 POP_TOP
    #               328 LOAD_CONST               0 (None)
    #               330 RETURN_VALUE
    #           >>  332 PUSH_EXC_INFO
    #               334 WITH_EXCEPT_START
    #               336 POP_JUMP_FORWARD_IF_TRUE     4 (to 346)
    #               338 RERAISE                  2
    #           >>  340 COPY                     3
    #               342 POP_EXCEPT
    #               344 RERAISE                  1
    #           >>  346 POP_TOP
    #               348 POP_EXCEPT
    #               350 POP_TOP
    #               352 POP_TOP
    #               354 LOAD_CONST               0 (None)
    #               356 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 24 -> 332 [1] lasti
    #     28 to 70 -> 172 [1]
    #     72 to 92 -> 332 [1] lasti
    #     124 to 144 -> 332 [1] lasti
    #     172 to 212 -> 220 [2] lasti
    #     214 to 216 -> 252 [1]
    #     218 to 218 -> 220 [2] lasti
    #     220 to 224 -> 252 [1]
    #     228 to 250 -> 332 [1] lasti
    #     252 to 276 -> 278 [2] lasti
    #     278 to 304 -> 332 [1] lasti
    #     332 to 338 -> 340 [3] lasti
    #     346 to 346 -> 340 [3] lasti
    raise RuntimeError('depyf: could not decompile with_try_return_value_else_finally: stack underflow')


def try_with_try_return_except_finally(c, t, x, n, m):
    try:
        with m(1):
            try:
                x(4)
            except E1:
                pass
            else:
                return 5
            finally:
                t(6)
            t(7)
    except E2:
        return 8
    return 9

assert run([], with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 2, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_except_finally_then_call) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_call) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_call) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_except_finally_then_branch) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_except_finally_then_branch) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_except_finally_then_branch) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], two_withs_try_return_except_finally) in ((5, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 3, 6, 7, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], two_withs_try_return_except_finally) in (('E2', [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], two_withs_try_return_except_finally) in ((None, [('enter', 1), ('enter', 2), -4, 6, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], loop_with_try_return_except_finally) in (('TypeError', []), FELL)
assert run([], loop_with_try_break_except_finally) in ((8, []), FELL)
assert run([1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], loop_with_try_break_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([1, 1, 1, 2], loop_with_try_break_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False), ('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([], branch_with_try_return_except_finally) in ((9, [8]), FELL)
assert run([1], branch_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([1, 2], branch_with_try_return_except_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], branch_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], with_try_return_value_else_finally) in ((3, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 2, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], with_try_return_value_else_finally) in (('E2', [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_return_value_else_finally) in ((None, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
assert run([], try_with_try_return_except_finally) in ((5, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, 7, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_return_except_finally) in ((8, [('enter', 1), -4, 6, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_return_except_finally) in ((9, [('enter', 1), -4, 6, ('exit', 1, True)]), FELL)
