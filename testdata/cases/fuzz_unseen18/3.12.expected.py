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
    elif c():
        if not c():
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
            pass
        except E1:
            pass


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
    # depyf: could not decompile while_true_try_with_break_finally_then_return: code after a try/finally reached only by a with's suppressing path at 178
    #   293           0 RESUME                   0
    #   
    #   294           2 NOP
    #   
    #   295     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_TRUE         7 (to 32)
    #                18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE        2 (to 36)
    #   
    #   296     >>   32 NOP
    #   
    #   303          34 RETURN_CONST             4 (6)
    #   
    #   297     >>   36 NOP
    #   
    #   298          38 PUSH_NULL
    #                40 LOAD_FAST                4 (m)
    #                42 LOAD_CONST               1 (1)
    #                44 CALL                     1
    #                52 BEFORE_WITH
    #                54 STORE_FAST               5 (w)
    #   
    #   299          56 PUSH_NULL
    #                58 LOAD_FAST                1 (t)
    #                60 LOAD_CONST               2 (2)
    #                62 CALL                     1
    #                70 POP_TOP
    #   
    #   300          72 NOP
    #   
    #   298          74 LOAD_CONST               0 (None)
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 CALL                     2
    #                88 POP_TOP
    #   
    #   302          90 PUSH_NULL
    #                92 LOAD_FAST                1 (t)
    #                94 LOAD_CONST               3 (4)
    #                96 CALL                     1
    #               104 POP_TOP
    #   
    #   303         106 RETURN_CONST             4 (6)
    #   
    #   298     >>  108 PUSH_EXC_INFO
    #               110 WITH_EXCEPT_START
    #               112 POP_JUMP_IF_TRUE         1 (to 116)
    #               114 RERAISE                  2
    #           >>  116 POP_TOP
    #               118 POP_EXCEPT
    #               120 POP_TOP
    #               122 POP_TOP
    #               124 JUMP_FORWARD             3 (to 132)
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #           >>  132 NOP
    #   
    #   302         134 PUSH_NULL
    #               136 LOAD_FAST                1 (t)
    #               138 LOAD_CONST               3 (4)
    #               140 CALL                     1
    #               148 POP_TOP
    #               150 JUMP_FORWARD            13 (to 178)
    #           >>  152 PUSH_EXC_INFO
    #               154 PUSH_NULL
    #               156 LOAD_FAST                1 (t)
    #               158 LOAD_CONST               3 (4)
    #               160 CALL                     1
    #               168 POP_TOP
    #               170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #   294     >>  178 JUMP_BACKWARD           88 (to 4)
    #   ExceptionTable:
    #     38 to 52 -> 152 [0]
    #     54 to 72 -> 108 [1] lasti
    #     74 to 88 -> 152 [0]
    #     108 to 116 -> 126 [3] lasti
    #     118 to 130 -> 152 [0]
    #     152 to 170 -> 172 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_with_break_finally_then_return: code after a try/finally reached only by a with's suppressing path at 178")


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
    try:
        try:
            x(1)
        except E1:
            try:
                x(20)
                return 22
            except E1:
                t(26)
        t(30)
    finally:
        t(31)
    t(32)

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
