import sys

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


def for_if_while_true_break_elif_try_break(c, t, x, n, m):
    for i in n():
        if c() and c():
            while True:
                if c():
                    break
            continue
        if c():
            try:
                t(4)
                break
            except E1:
                pass
            t(8)
            continue
        if c():
            pass


def elif_try_finally_raise_caught(c, t, x, n, m):
    if c():
        try:
            try:
                raise E1(27)
            finally:
                pass
        except E1:
            pass
    elif c():
        t(39)
    t(51)


def elif_while_clause_break_else(c, t, x, n, m):
    if c():
        pass
    elif c():
        while not c():
            try:
                x(11)
            except E1:
                pass
            except E2:
                break
        else:
            if c():
                return 19
    elif c():
        pass
    t(21)


def while_else_clause_break_through_finally_if(c, t, x, n, m):
    while c():
        try:
            x(8)
        except E2:
            break
        finally:
            if c():
                t(5)
    else:
        x(26)
    raise E1(27)


def while_true_try_while_true_break_clause_break(c, t, x, n, m):
    while True:
        try:
            while True:
                if not c():
                    break
                x(3)
        except E1:
            break
    t(7)


def except_while_true_for_else_break(c, t, x, n, m):
    try:
        x(1)
    except E2:
        while True:
            for j in n():
                break
            else:
                break
        t(5)


def with_two_managers_returning_then_code(c, t, x, n, m):
    # depyf: could not decompile with_two_managers_returning_then_code: stack underflow
    #   192           0 RESUME                   0
    #   
    #   194           2 PUSH_NULL
    #                 4 LOAD_FAST                4 (m)
    #                 6 LOAD_CONST               1 (1)
    #                 8 PRECALL                  1
    #                12 CALL                     1
    #                22 BEFORE_WITH
    #                24 POP_TOP
    #                26 PUSH_NULL
    #                28 LOAD_FAST                4 (m)
    #                30 LOAD_CONST               2 (2)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #   195          50 NOP
    #   
    #   196          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               3 (4)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #   197          74 NOP
    #   
    #   199          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               4 (11)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 POP_TOP
    #   
    #   194          98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 PRECALL                  2
    #               108 CALL                     2
    #               118 POP_TOP
    #               120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 PRECALL                  2
    #               130 CALL                     2
    #               140 POP_TOP
    #               142 LOAD_CONST               5 (8)
    #               144 RETURN_VALUE
    #           >>  146 PUSH_EXC_INFO
    #   
    #   199         148 PUSH_NULL
    #               150 LOAD_FAST                1 (t)
    #               152 LOAD_CONST               4 (11)
    #               154 PRECALL                  1
    #               158 CALL                     1
    #               168 POP_TOP
    #               170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #   194     >>  178 PUSH_EXC_INFO
    #               180 WITH_EXCEPT_START
    #               182 POP_JUMP_FORWARD_IF_TRUE     4 (to 192)
    #               184 RERAISE                  2
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #           >>  192 POP_TOP
    #               194 POP_EXCEPT
    #               196 POP_TOP
    #               198 POP_TOP
    #               200 LOAD_CONST               0 (None)
    #               202 LOAD_CONST               0 (None)
    #               204 LOAD_CONST               0 (None)
    #               206 PRECALL                  2
    #               210 CALL                     2
    #               220 POP_TOP
    #               222 JUMP_FORWARD            11 (to 246)
    #           >>  224 PUSH_EXC_INFO
    #               226 WITH_EXCEPT_START
    #               228 POP_JUMP_FORWARD_IF_TRUE     4 (to 238)
    #               230 RERAISE                  2
    #           >>  232 COPY                     3
    #               234 POP_EXCEPT
    #               236 RERAISE                  1
    #           >>  238 POP_TOP
    #               240 POP_EXCEPT
    #               242 POP_TOP
    #               244 POP_TOP
    #   
    #   200     >>  246 PUSH_NULL
    #               248 LOAD_FAST                0 (c)
    #               250 PRECALL                  0
    #               254 CALL                     0
    #               264 POP_JUMP_FORWARD_IF_FALSE    41 (to 348)
    #               266 PUSH_NULL
    #               268 LOAD_FAST                0 (c)
    #               270 PRECALL                  0
    #               274 CALL                     0
    #               284 POP_JUMP_FORWARD_IF_FALSE    31 (to 348)
    #   
    #   201     >>  286 PUSH_NULL
    #               288 LOAD_FAST                1 (t)
    #               290 LOAD_CONST               6 (13)
    #               292 PRECALL                  1
    #               296 CALL                     1
    #               306 POP_TOP
    #   
    #   200         308 PUSH_NULL
    #               310 LOAD_FAST                0 (c)
    #               312 PRECALL                  0
    #               316 CALL                     0
    #               326 POP_JUMP_FORWARD_IF_FALSE    10 (to 348)
    #               328 PUSH_NULL
    #               330 LOAD_FAST                0 (c)
    #               332 PRECALL                  0
    #               336 CALL                     0
    #               346 POP_JUMP_BACKWARD_IF_TRUE    31 (to 286)
    #   
    #   202     >>  348 LOAD_CONST               7 (15)
    #               350 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 46 -> 224 [1] lasti
    #     48 to 48 -> 178 [2] lasti
    #     52 to 72 -> 146 [2]
    #     76 to 96 -> 178 [2] lasti
    #     98 to 118 -> 224 [1] lasti
    #     146 to 170 -> 172 [3] lasti
    #     172 to 176 -> 178 [2] lasti
    #     178 to 184 -> 186 [4] lasti
    #     186 to 190 -> 224 [1] lasti
    #     192 to 192 -> 186 [4] lasti
    #     194 to 198 -> 224 [1] lasti
    #     224 to 230 -> 232 [3] lasti
    #     238 to 238 -> 232 [3] lasti
    raise RuntimeError('depyf: could not decompile with_two_managers_returning_then_code: stack underflow')


def try_finally_copy_inside_outer_try(c, t, x, n, m):
    try:
        try:
            t(11)
        except E1:
            for i in n():
                return 14
        finally:
            if not c():
                t(17)
    except E1:
        return None


def while_true_if_break_try_while_true_break_clause_break(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while True:
                if not c():
                    break
                x(3)
        except E1:
            break
    t(7)

assert run([3, 1, 2, 1, 1, 1, 3, 2, 0, 3, 3, 3, 3], for_if_while_true_break_elif_try_break) in ((None, [4]), FELL)
assert run([3, 3, 1, 2, 1, 2, 0, 3, 0], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([2, 2, 2, 0, 2, 3, 2], for_if_while_true_break_elif_try_break) in (('Budget', []), FELL)
assert run([2, 3, 1, 0, 1, 2, 0, 2, 1], for_if_while_true_break_elif_try_break) in ((None, [4]), FELL)
assert run([3, 3, 2, 3, 3, 0, 2], for_if_while_true_break_elif_try_break) in ((None, [4]), FELL)
assert run([1, 2, 3, 3, 2, 1, 2, 3, 2, 0, 0, 3], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([1, 2, 3, 1, 3, 2, 2, 0], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([2, 2, 0], for_if_while_true_break_elif_try_break) in ((None, []), FELL)
assert run([3, 2, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 1, 3, 3, 1, 0, 0, 1, 3, 0, 3], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([3, 3, 3, 1, 2, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 2, 0, 3, 2, 2, 0, 2, 2, 2, 3], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 1, 1, 2, 2], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 2, 1, 1, 0, 3, 1, 0, 3, 2, 1], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([2, 2, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 1, 3, 2, 2, 3, 2, 0, 2, 3, 1, 1, 2], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([3, 1, 1, 2, 1, 3, 3, 3, 1, 3, 2, 1, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([1, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([2, 1, 3, 0], elif_try_finally_raise_caught) in ((None, [51]), FELL)
assert run([0, 2, 3, 3], elif_try_finally_raise_caught) in ((None, [39, 51]), FELL)
assert run([0, 3, 0, 2, 2, 1, 0, 0, 2, 3, 3, 0, 3], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 3, 0, 2, 1], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 2, 0, 2, 1, 0, 2, 1, 0, 2, 2], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 2, 1, 1, 1], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 2, 0, 2, 2, 3, 3, 2], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 1, 3, 1, 1, 1], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 2, 1, 1, 2, 0, 1, 1, 1, 3], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 3, 0, 2, 2, 1, 1, 2, 3, 2], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([0, 1, 0, 2, 3, 2, 3, 2, 3, 3, 3, 0, 0], elif_while_clause_break_else) in ((None, [-11, 21]), FELL)
assert run([3, 2, 3, 1, 1, 1, 2], elif_while_clause_break_else) in ((None, [21]), FELL)
assert run([3, 0, 0, 3, 2], elif_while_clause_break_else) in ((None, [21]), FELL)
assert run([3, 0, 2, 1, 2, 2, 0, 1], elif_while_clause_break_else) in ((None, [21]), FELL)
assert run([3, 0, 2, 3, 2, 3, 2, 1, 3], while_else_clause_break_through_finally_if) in (('E1', [-8, 5, -8, 5]), FELL)
assert run([3, 2], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([2, 2, 0, 0, 2, 2], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([3, 2, 2], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([3, 2, 2, 0, 0, 0, 2, 1, 2, 0, 1], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([1, 0, 2, 2, 2, 0, 0, 0, 0], while_else_clause_break_through_finally_if) in (('E1', [-8, 5, -8]), FELL)
assert run([3, 2, 1, 3, 0, 2, 2, 0, 2], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([1, 2, 0, 0, 3], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([3, 2, 0], while_else_clause_break_through_finally_if) in (('E1', [-8]), FELL)
assert run([1, 2, 1, 2, 2, 2, 2, 0], while_else_clause_break_through_finally_if) in (('E1', [-8, 5]), FELL)
assert run([3], while_else_clause_break_through_finally_if) in (('E1', [-8, -26]), FELL)
assert run([2, 0, 2, 3], while_else_clause_break_through_finally_if) in (('E1', [-8, 5, -8, -26]), FELL)
assert run([1, 3, 0, 2, 1, 3, 3, 2, 2, 2, 2, 3], while_true_try_while_true_break_clause_break) in ((None, [-3, -3, 7]), FELL)
assert run([2, 3, 2, 0, 2], while_true_try_while_true_break_clause_break) in (('Budget', [-3, -3, -3]), FELL)
assert run([2, 0, 0], while_true_try_while_true_break_clause_break) in (('Budget', [-3]), FELL)
assert run([0, 3, 1, 2], while_true_try_while_true_break_clause_break) in ((None, [-3, 7]), FELL)
assert run([1, 3, 0, 0, 3, 2, 3, 1], while_true_try_while_true_break_clause_break) in (('E2', [-3, -3]), FELL)
assert run([2, 1, 1, 2, 1, 3, 2, 3, 1], while_true_try_while_true_break_clause_break) in ((None, [-3, 7]), FELL)
assert run([2, 2, 3, 2, 3, 1, 2, 1, 2, 2, 0], except_while_true_for_else_break) in ((None, [-1, 5]), FELL)
assert run([2, 2, 0, 0, 3, 0, 1], except_while_true_for_else_break) in ((None, [-1, 5]), FELL)
assert run([2, 1, 3, 0, 0, 2], except_while_true_for_else_break) in ((None, [-1, 5]), FELL)
assert run([0, 0, 2, 0, 1, 0, 2, 3], except_while_true_for_else_break) in ((None, [-1]), FELL)
assert run([1, 0, 0, 2, 1, 0, 0], except_while_true_for_else_break) in (('E1', [-1]), FELL)
assert run([1, 3, 2], except_while_true_for_else_break) in (('E1', [-1]), FELL)
assert run([2, 3, 0, 0, 1, 2, 0], with_two_managers_returning_then_code) in ((15, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 1, 3, 1, 3], with_two_managers_returning_then_code) in ((15, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, True), ('exit', 1, False), 13]), FELL)
assert run([2, 2, 1, 2, 2, 0, 2, 1, 3, 1, 0, 3, 3], with_two_managers_returning_then_code) in ((15, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, True), 13]), FELL)
assert run([1, 2], with_two_managers_returning_then_code) in (('E1', [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 0, 2, 2, 0, 1, 0], with_two_managers_returning_then_code) in (('E2', [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3], with_two_managers_returning_then_code) in ((8, [('enter', 1), ('enter', 2), -4, 11, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], try_finally_copy_inside_outer_try) in ((None, [11, 17]), FELL)
assert run([2, 0, 2, 3, 1, 2, 1, 2, 0], try_finally_copy_inside_outer_try) in ((None, [11]), FELL)
assert run([0], try_finally_copy_inside_outer_try) in ((None, [11, 17]), FELL)
assert run([1, 1, 3], try_finally_copy_inside_outer_try) in ((None, [11]), FELL)
assert run([0, 0, 0], try_finally_copy_inside_outer_try) in ((None, [11, 17]), FELL)
assert run([3, 0, 1, 1, 1], try_finally_copy_inside_outer_try) in ((None, [11]), FELL)
assert run([], while_true_if_break_try_while_true_break_clause_break) in (('Budget', []), FELL)
assert run([0, 2, 0], while_true_if_break_try_while_true_break_clause_break) in (('Budget', [-3]), FELL)
assert run([0, 1], while_true_if_break_try_while_true_break_clause_break) in (('Budget', [-3]), FELL)
assert run([2, 0, 1, 0, 1, 2], while_true_if_break_try_while_true_break_clause_break) in ((None, [7]), FELL)
assert run([1, 1, 1], while_true_if_break_try_while_true_break_clause_break) in ((None, [7]), FELL)
assert run([1, 2, 0, 0, 2, 1, 3, 2, 3], while_true_if_break_try_while_true_break_clause_break) in ((None, [7]), FELL)
