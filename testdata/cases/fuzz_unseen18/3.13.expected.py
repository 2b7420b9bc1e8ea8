

















































class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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
    # depyf: could not decompile try_if_not_if_else_return_then_loop: conditional jump out of the region at 48
    #    260            RESUME                   0
    #   
    #    261            NOP
    #   
    #    262    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        22 (to L4)
    #   
    #    263            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L3)
    #   
    #    264            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (6)
    #                   CALL                     1
    #                   POP_TOP
    #           L2:     JUMP_FORWARD             2 (to L5)
    #   
    #    266    L3:     RETURN_CONST             2 (12)
    #   
    #    262    L4:     NOP
    #   
    #    269    L5:     NOP
    #   
    #    270    L6:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L7)
    #   
    #    271            JUMP_FORWARD            10 (to L8)
    #   
    #    272    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (16)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    269            JUMP_BACKWARD           23 (to L6)
    #   
    #    273    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (25)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    267            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L11)
    #                   POP_TOP
    #   
    #    268            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (13)
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 53 (to L5)
    #   
    #    267   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L9 [0]
    #     L9 to L10 -> L12 [1] lasti
    #     L11 to L12 -> L12 [1] lasti
    raise RuntimeError('depyf: could not decompile try_if_not_if_else_return_then_loop: conditional jump out of the region at 48')


def try_while_not_if_break_else_return_then_loop(c, t, x, n, m):
    try:
        while not c():
            if c():
                t(6)
                break
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
    # depyf: could not decompile while_true_try_with_break_finally_then_return: code after a try/finally reached only by a with's suppressing path at 208
    #    293            RESUME                   0
    #   
    #    294            NOP
    #   
    #    295    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        12 (to L2)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L3)
    #   
    #    296    L2:     NOP
    #   
    #    303            RETURN_CONST             4 (6)
    #   
    #    297    L3:     NOP
    #   
    #    298    L4:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L5:     STORE_FAST               5 (w)
    #   
    #    299            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    300            NOP
    #   
    #    298    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    302    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    303            RETURN_CONST             4 (6)
    #   
    #    298    L8:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L9)
    #                   RERAISE                  2
    #           L9:     POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L12)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    298   L12:     NOP
    #   
    #    302            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (4)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L15)
    #   
    #     --   L13:     PUSH_EXC_INFO
    #   
    #    302            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (4)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    294   L15:     JUMP_BACKWARD          104 (to L1)
    #   ExceptionTable:
    #     L4 to L5 -> L13 [0]
    #     L5 to L6 -> L8 [1] lasti
    #     L6 to L7 -> L13 [0]
    #     L8 to L10 -> L11 [3] lasti
    #     L10 to L12 -> L13 [0]
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_with_break_finally_then_return: code after a try/finally reached only by a with's suppressing path at 208")


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
