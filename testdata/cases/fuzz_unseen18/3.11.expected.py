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


def try_if_finally_elif_else_orphan_try(c, t, x, n, m):
    try:
        if c():
            try:
                pass
            finally:
                pass
        elif c():
            return 7
        else:
            try:
                return 8
            except E1:
                pass
    except E1:
        pass
    t(39)


def try_if_call_elif_else_orphan_try(c, t, x, n, m):
    try:
        if c():
            x(1)
        elif c():
            return 7
        else:
            try:
                return 8
            except E1:
                pass
    except E1:
        pass
    t(39)


def if_try_clause_with_suppressing_then_elif(c, t, x, n, m):
    if c():
        try:
            if c():
                x(1)
            t(4)
        except E1:
            return None
        except E2 as e:
            with m(14):
                x(15)
                return 16
    elif c() and not c():
        with m(17) as w:
            t(18)


def elif_orphan_try_two_withs_then_try_while_finally(c, t, x, n, m):
    if c():
        pass
    elif c():
        try:
            pass
        except E1:
            with m(87):
                pass
            with m(90):
                pass
        try:
            while True:
                if c():
                    break
        finally:
            if c() or c():
                t(18)
    elif c():
        pass
    t(120)


def clause_try_else_return_through_finallys(c, t, x, n, m):
    try:
        try:
            x(5)
        except E2 as e:
            try:
                x(18)
            except E1:
                pass
            else:
                t(24)
                return 25
        finally:
            pass
    finally:
        pass


def try_finally_while_return_in_try_else(c, t, x, n, m):
    try:
        try:
            if c():
                return 14
            else:
                t(15)
                x(16)
        finally:
            if c():
                t(17)
    except E1:
        t(20)
    else:
        t(45)
    t(51)


def while_walrus_nested_withs_break(c, t, x, n, m):
    while (q := c()) % 2 == 0:
        with m(1), m(7):
            t(8)
            break
    t(9)


def for_try_for_break_else_then_try(c, t, x, n, m):
    for i in n():
        try:
            for k in n():
                break
            else:
                t(13)
        except E1:
            pass
        try:
            continue
        except E1:
            continue


def try_if_not_if_else_return_then_loop(c, t, x, n, m):
    try:
        if not c():
            if c():
                t(6)
            else:
                return 12
    except E1:
        t(13)
    while True:
        if not c():
            break
        t(16)
    t(25)


def try_while_not_if_break_else_return_then_loop(c, t, x, n, m):
    try:
        if not c():
            if c():
                t(6)
            else:
                return 12
    except E1:
        t(13)
    while True:
        if not c():
            break
        t(16)
    t(25)


def while_true_try_with_break_finally_then_return(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            with m(1) as w:
                t(2)
                break
        finally:
            t(4)
    return 6


def clause_try_try_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            try:
                x(26)
                return 32
            except E1:
                pass
        except E1:
            pass
    t(37)


def while_while_or_try_continue_break(c, t, x, n, m):
    while not c():
        while c() or c():
            try:
                x(1)
            except E1:
                continue
            except E2 as e:
                break
    t(5)


def clause_try_orphan_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile clause_try_orphan_return_in_finally: code protected by the finally at 272 after its try statement, at 226
    #   335           0 RESUME                   0
    #   
    #   336           2 NOP
    #   
    #   337           4 NOP
    #   
    #   338           6 PUSH_NULL
    #                 8 LOAD_FAST                2 (x)
    #                10 LOAD_CONST               1 (1)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 POP_TOP
    #                28 JUMP_FORWARD            98 (to 226)
    #           >>   30 PUSH_EXC_INFO
    #   
    #   339          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE    85 (to 218)
    #                48 POP_TOP
    #   
    #   340          50 NOP
    #   
    #   341          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               2 (20)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #   342          74 NOP
    #   
    #   343          76 POP_EXCEPT
    #   
    #   350          78 PUSH_NULL
    #                80 LOAD_FAST                1 (t)
    #                82 LOAD_CONST               3 (31)
    #                84 PRECALL                  1
    #                88 CALL                     1
    #                98 POP_TOP
    #               100 LOAD_CONST               4 (22)
    #               102 RETURN_VALUE
    #               104 PUSH_EXC_INFO
    #   
    #   344         106 LOAD_GLOBAL              0 (E1)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_FORWARD_IF_FALSE    14 (to 150)
    #               122 POP_TOP
    #   
    #   345         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               5 (23)
    #               130 PRECALL                  1
    #               134 CALL                     1
    #               144 POP_TOP
    #               146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   344     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   345     >>  158 JUMP_FORWARD            27 (to 214)
    #           >>  160 PUSH_EXC_INFO
    #   
    #   346         162 LOAD_GLOBAL              0 (E1)
    #               174 CHECK_EXC_MATCH
    #               176 POP_JUMP_FORWARD_IF_FALSE    14 (to 206)
    #               178 POP_TOP
    #   
    #   347         180 PUSH_NULL
    #               182 LOAD_FAST                1 (t)
    #               184 LOAD_CONST               6 (26)
    #               186 PRECALL                  1
    #               190 CALL                     1
    #               200 POP_TOP
    #               202 POP_EXCEPT
    #               204 JUMP_FORWARD             4 (to 214)
    #   
    #   346     >>  206 RERAISE                  0
    #           >>  208 COPY                     3
    #               210 POP_EXCEPT
    #               212 RERAISE                  1
    #           >>  214 POP_EXCEPT
    #               216 JUMP_FORWARD             4 (to 226)
    #   
    #   339     >>  218 RERAISE                  0
    #           >>  220 COPY                     3
    #               222 POP_EXCEPT
    #               224 RERAISE                  1
    #   
    #   348     >>  226 PUSH_NULL
    #               228 LOAD_FAST                1 (t)
    #               230 LOAD_CONST               7 (30)
    #               232 PRECALL                  1
    #               236 CALL                     1
    #               246 POP_TOP
    #   
    #   350         248 PUSH_NULL
    #               250 LOAD_FAST                1 (t)
    #               252 LOAD_CONST               3 (31)
    #               254 PRECALL                  1
    #               258 CALL                     1
    #               268 POP_TOP
    #               270 JUMP_FORWARD            16 (to 304)
    #           >>  272 PUSH_EXC_INFO
    #               274 PUSH_NULL
    #               276 LOAD_FAST                1 (t)
    #               278 LOAD_CONST               3 (31)
    #               280 PRECALL                  1
    #               284 CALL                     1
    #               294 POP_TOP
    #               296 RERAISE                  0
    #           >>  298 COPY                     3
    #               300 POP_EXCEPT
    #               302 RERAISE                  1
    #   
    #   351     >>  304 PUSH_NULL
    #               306 LOAD_FAST                1 (t)
    #               308 LOAD_CONST               8 (32)
    #               310 PRECALL                  1
    #               314 CALL                     1
    #               324 POP_TOP
    #               326 LOAD_CONST               0 (None)
    #               328 RETURN_VALUE
    #   ExceptionTable:
    #     6 to 26 -> 30 [0]
    #     28 to 28 -> 272 [0]
    #     30 to 48 -> 220 [1] lasti
    #     52 to 72 -> 160 [1]
    #     76 to 76 -> 272 [0]
    #     104 to 144 -> 152 [2] lasti
    #     146 to 148 -> 160 [1]
    #     150 to 150 -> 152 [2] lasti
    #     152 to 156 -> 160 [1]
    #     158 to 158 -> 220 [1] lasti
    #     160 to 200 -> 208 [2] lasti
    #     202 to 204 -> 220 [1] lasti
    #     206 to 206 -> 208 [2] lasti
    #     208 to 212 -> 220 [1] lasti
    #     214 to 216 -> 272 [0]
    #     218 to 218 -> 220 [1] lasti
    #     220 to 246 -> 272 [0]
    #     272 to 296 -> 298 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_try_orphan_return_in_finally: code protected by the finally at 272 after its try statement, at 226')

assert run([], try_if_finally_elif_else_orphan_try) in ((8, []), FELL)
assert run([1], try_if_finally_elif_else_orphan_try) in ((None, [39]), FELL)
assert run([0, 1], try_if_finally_elif_else_orphan_try) in ((7, []), FELL)
assert run([], try_if_call_elif_else_orphan_try) in ((8, []), FELL)
assert run([1], try_if_call_elif_else_orphan_try) in ((None, [-1, 39]), FELL)
assert run([0, 1], try_if_call_elif_else_orphan_try) in ((7, []), FELL)
assert run([1, 2], try_if_call_elif_else_orphan_try) in (('E2', [-1]), FELL)
assert run([], if_try_clause_with_suppressing_then_elif) in ((None, []), FELL)
assert run([1], if_try_clause_with_suppressing_then_elif) in ((None, [4]), FELL)
assert run([0, 1], if_try_clause_with_suppressing_then_elif) in ((None, [('enter', 17), 18, ('exit', 17, False)]), FELL)
assert run([1, 1], if_try_clause_with_suppressing_then_elif) in ((None, [-1, 4]), FELL)
assert run([1, 1, 1], if_try_clause_with_suppressing_then_elif) in ((None, [-1]), FELL)
assert run([1, 1, 2], if_try_clause_with_suppressing_then_elif) in ((16, [-1, ('enter', 14), -15, ('exit', 14, False)]), FELL)
assert run([1, 1, 2, 1], if_try_clause_with_suppressing_then_elif) in (('E1', [-1, ('enter', 14), -15, ('exit', 14, False)]), FELL)
assert run([1, 1, 2, 2], if_try_clause_with_suppressing_then_elif) in (('E2', [-1, ('enter', 14), -15, ('exit', 14, False)]), FELL)
assert run([1, 1, 2, 1, 1, 1, 0], if_try_clause_with_suppressing_then_elif) in ((None, [-1, ('enter', 14), -15, ('exit', 14, True)]), FELL)
assert run([], elif_orphan_try_two_withs_then_try_while_finally) in ((None, [120]), FELL)
assert run([0, 1], elif_orphan_try_two_withs_then_try_while_finally) in (('Budget', []), FELL)
assert run([0, 1, 1, 1], elif_orphan_try_two_withs_then_try_while_finally) in ((None, [18, 120]), FELL)
assert run([0, 1, 0, 1], elif_orphan_try_two_withs_then_try_while_finally) in ((None, [120]), FELL)
assert run([], clause_try_else_return_through_finallys) in ((None, [-5]), FELL)
assert run([1], clause_try_else_return_through_finallys) in (('E1', [-5]), FELL)
assert run([2], clause_try_else_return_through_finallys) in ((25, [-5, -18, 24]), FELL)
assert run([2, 1], clause_try_else_return_through_finallys) in ((None, [-5, -18]), FELL)
assert run([2, 2], clause_try_else_return_through_finallys) in (('E2', [-5, -18]), FELL)
assert run([], try_finally_while_return_in_try_else) in ((None, [15, -16, 45, 51]), FELL)
assert run([1], try_finally_while_return_in_try_else) in ((14, []), FELL)
assert run([0, 1], try_finally_while_return_in_try_else) in ((None, [15, -16, 20, 51]), FELL)
assert run([0, 2], try_finally_while_return_in_try_else) in (('E2', [15, -16]), FELL)
assert run([1, 1], try_finally_while_return_in_try_else) in ((14, [17]), FELL)
assert run([0, 0, 1], try_finally_while_return_in_try_else) in ((None, [15, -16, 17, 45, 51]), FELL)
assert run([0, 1, 1], try_finally_while_return_in_try_else) in ((None, [15, -16, 17, 20, 51]), FELL)
assert run([0, 2, 1], try_finally_while_return_in_try_else) in (('E2', [15, -16, 17]), FELL)
assert run([], while_walrus_nested_withs_break) in ((None, [('enter', 1), ('enter', 7), 8, ('exit', 7, False), ('exit', 1, False), 9]), FELL)
assert run([1], while_walrus_nested_withs_break) in ((None, [9]), FELL)
assert run([], for_try_for_break_else_then_try) in ((None, []), FELL)
assert run([1], for_try_for_break_else_then_try) in ((None, [13]), FELL)
assert run([2], for_try_for_break_else_then_try) in ((None, [13, 13]), FELL)
assert run([3], for_try_for_break_else_then_try) in ((None, [13, 13, 13]), FELL)
assert run([], try_if_not_if_else_return_then_loop) in ((12, []), FELL)
assert run([1], try_if_not_if_else_return_then_loop) in ((None, [25]), FELL)
assert run([0, 1], try_if_not_if_else_return_then_loop) in ((None, [6, 25]), FELL)
assert run([1, 1], try_if_not_if_else_return_then_loop) in ((None, [16, 25]), FELL)
assert run([0, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [6, 16, 25]), FELL)
assert run([1, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [16, 16, 25]), FELL)
assert run([0, 1, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [6, 16, 16, 25]), FELL)
assert run([1, 1, 1, 1], try_if_not_if_else_return_then_loop) in ((None, [16, 16, 16, 25]), FELL)
assert run([], try_while_not_if_break_else_return_then_loop) in ((12, []), FELL)
assert run([1], try_while_not_if_break_else_return_then_loop) in ((None, [25]), FELL)
assert run([0, 1], try_while_not_if_break_else_return_then_loop) in ((None, [6, 25]), FELL)
assert run([1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [16, 25]), FELL)
assert run([0, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [6, 16, 25]), FELL)
assert run([1, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [16, 16, 25]), FELL)
assert run([0, 1, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [6, 16, 16, 25]), FELL)
assert run([1, 1, 1, 1], try_while_not_if_break_else_return_then_loop) in ((None, [16, 16, 16, 25]), FELL)
assert run([1, 1], for_try_for_break_else_then_try) in ((None, []), FELL)
assert run([], while_true_try_with_break_finally_then_return) in ((6, [('enter', 1), 2, ('exit', 1, False), 4]), FELL)
assert run([1], while_true_try_with_break_finally_then_return) in ((6, []), FELL)
assert run([], clause_try_try_else_return) in ((None, [-1, 37]), FELL)
assert run([1], clause_try_try_else_return) in ((32, [-1, -26]), FELL)
assert run([2], clause_try_try_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_try_else_return) in ((None, [-1, -26, 37]), FELL)
assert run([1, 2], clause_try_try_else_return) in (('E2', [-1, -26]), FELL)
assert run([], while_while_or_try_continue_break) in (('Budget', []), FELL)
assert run([1], while_while_or_try_continue_break) in ((None, [5]), FELL)
assert run([0, 1], while_while_or_try_continue_break) in (('Budget', [-1]), FELL)
assert run([0, 1, 0, 1], while_while_or_try_continue_break) in (('Budget', [-1, -1]), FELL)
assert run([0, 1, 2, 1], while_while_or_try_continue_break) in ((None, [-1, 5]), FELL)
assert run([], clause_try_orphan_return_in_finally) in ((None, [-1, 30, 31, 32]), FELL)
assert run([1], clause_try_orphan_return_in_finally) in ((22, [-1, -20, 31]), FELL)
assert run([2], clause_try_orphan_return_in_finally) in (('E2', [-1, 31]), FELL)
assert run([1, 1], clause_try_orphan_return_in_finally) in ((None, [-1, -20, 26, 30, 31, 32]), FELL)
assert run([1, 2], clause_try_orphan_return_in_finally) in (('E2', [-1, -20, 31]), FELL)
