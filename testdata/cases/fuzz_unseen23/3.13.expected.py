
































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


def elif_try_except_return_else_try_return_clause_then_while_true_break(c, t, x, n, m):
    if c():
        t(13)
    elif c():
        try:
            x(15)
        except E1:
            t(18)
            return None
        try:
            x(19)
            return 20
        except E1:
            t(21)
        while True:
            if c():
                return None
            t(22)


def while_while_or_try_raise_clause_pass(c, t, x, n, m):
    while n():
        while c() or c():
            try:
                x(3)
                raise E1(3)
            except E1:
                pass


def while_while_and_or_try_raise_clause_pass(c, t, x, n, m):
    while n():
        while c() and (c() or c()):
            try:
                raise E1(3)
            except E1:
                t(4)


def while_while_walrus_or_try_raise_clause_pass(c, t, x, n, m):
    while n():
        while (q := c()) or c():
            try:
                raise E1(q)
            except E1:
                pass


def try_with_return_finally_if(c, t, x, n, m):
    try:
        with m(33):
            return 34
    finally:
        if not c():
            pass


def try_pass_except_then_try_with_return_finally_if(c, t, x, n, m):
    try:
        pass
    except E2 as e:
        pass
    try:
        with m(33):
            return 34
    finally:
        if not c():
            t(35)


def try_try_with_return_finally_pass_finally_pass(c, t, x, n, m):
    # depyf: could not decompile try_try_with_return_finally_pass_finally_pass: code after a try/finally reached only through a handler in its body, at 130
    #    175            RESUME                   0
    #   
    #    176            NOP
    #   
    #    177            NOP
    #   
    #    180    L1:     NOP
    #   
    #    181            NOP
    #   
    #    182    L2:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (17)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #   
    #    183            NOP
    #   
    #    182    L4:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    185    L5:     NOP
    #   
    #    187            RETURN_CONST             2 (18)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    178            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L8)
    #                   POP_TOP
    #   
    #    179    L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 34 (to L1)
    #   
    #    178    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    182   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L11)
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L14)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    182   L14:     NOP
    #   
    #    185   L15:     JUMP_FORWARD             5 (to L18)
    #   
    #     --   L16:     PUSH_EXC_INFO
    #   
    #    185            RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    185   L18:     NOP
    #   
    #    187            RETURN_CONST             0 (None)
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    187            RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L16 [0]
    #     L3 to L4 -> L10 [1] lasti
    #     L4 to L5 -> L16 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L8 to L9 -> L9 [1] lasti
    #     L10 to L12 -> L13 [3] lasti
    #     L12 to L14 -> L16 [0]
    #     L15 to L16 -> L19 [0]
    #     L16 to L17 -> L17 [1] lasti
    #     L17 to L18 -> L19 [0]
    #     L19 to L20 -> L20 [1] lasti
    raise RuntimeError('depyf: could not decompile try_try_with_return_finally_pass_finally_pass: code after a try/finally reached only through a handler in its body, at 130')


def try_with_as_try_return_finally_pass_finally_if(c, t, x, n, m):
    try:
        with m(28) as w:
            try:
                pass
            finally:
                pass
            return 30
    finally:
        if c():
            pass


def with_try_except_with_with_return(c, t, x, n, m):
    with m(48) as w:
        try:
            x(55)
        except E1:
            with m(65) as w, m(66):
                return 69


def try_with_return_finally_if_else(c, t, x, n, m):
    try:
        with m(33):
            if c():
                return 34
            t(2)
    finally:
        if not c():
            t(3)
        else:
            t(4)


def clause_if_for_break_elif_else_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if not c():
            for i in n():
                t(30)
                break
        elif c():
            t(31)
        else:
            return 33


def clause_if_elif_for_break_elif_while_break_else_with_return(c, t, x, n, m):
    t(1)
    try:
        x(2)
    except E1:
        if c():
            if c():
                t(25)
                x(27)
            elif c():
                t(28)
        elif not c():
            for i in n():
                t(30)
                break
        elif c() or c():
            if c():
                t(31)
        else:
            with m(32) as w:
                return 33


def if_while_try_break_clause_break_clause_else_return_else(c, t, x, n, m):
    if c():
        while c():
            try:
                x(3)
                break
            except E1:
                t(4)
                break
            except E2:
                t(5)
        else:
            return 9
    else:
        t(14)
    t(19)


def if_while_and_try_break_clause_break_else_return_else(c, t, x, n, m):
    if c():
        while c() and c():
            try:
                x(3)
                break
            except E1:
                t(4)
                break
            except E2:
                t(5)
        else:
            return 9
    else:
        t(14)
    t(19)


def while_match_continue_case_nested_match_default_continue_then_code(c, t, x, n, m):
    while c():
        match len(n()):
            case 0:
                t(6)
                continue
            case 1:
                if len(n()) == 2:
                    x(17)
                else:
                    continue
            case _:
                t(20)
        t(23)
    t(28)


def while_match_tuple_cases_nested_match(c, t, x, n, m):
    while c():
        t(1)
        match len(n()), c():
            case [0, True]:
                t(6)
                continue
            case [1, _]:
                t(7)
                match len(n()), c():
                    case [z, False] if z:
                        x(17)
                    case _:
                        t(19)
                        continue
            case _:
                t(20)
        t(23)
    t(28)

assert run([], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, []), FELL)
assert run([1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, [13]), FELL)
assert run([0, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((20, [-15, -19]), FELL)
assert run([0, 1, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, [-15, 18]), FELL)
assert run([0, 1, 2], elif_try_except_return_else_try_return_clause_then_while_true_break) in (('E2', [-15]), FELL)
assert run([0, 1, 0, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in (('Budget', [-15, -19, 21, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22]), FELL)
assert run([0, 1, 0, 2], elif_try_except_return_else_try_return_clause_then_while_true_break) in (('E2', [-15, -19]), FELL)
assert run([0, 1, 0, 1, 1], elif_try_except_return_else_try_return_clause_then_while_true_break) in ((None, [-15, -19, 21]), FELL)
assert run([], while_while_or_try_raise_clause_pass) in ((None, []), FELL)
assert run([1, 1], while_while_or_try_raise_clause_pass) in ((None, [-3]), FELL)
assert run([1, 1, 2], while_while_or_try_raise_clause_pass) in (('E2', [-3]), FELL)
assert run([1, 1, 0, 1], while_while_or_try_raise_clause_pass) in ((None, [-3, -3]), FELL)
assert run([1, 1, 0, 1, 2], while_while_or_try_raise_clause_pass) in (('E2', [-3, -3]), FELL)
assert run([1, 1, 0, 1, 0, 1], while_while_or_try_raise_clause_pass) in ((None, [-3, -3, -3]), FELL)
assert run([], while_while_and_or_try_raise_clause_pass) in ((None, []), FELL)
assert run([1, 1, 1], while_while_and_or_try_raise_clause_pass) in ((None, [4]), FELL)
assert run([1, 1, 1, 1, 1], while_while_and_or_try_raise_clause_pass) in ((None, [4, 4]), FELL)
assert run([], while_while_walrus_or_try_raise_clause_pass) in ((None, []), FELL)
assert run([], try_with_return_finally_if) in ((34, [('enter', 33), ('exit', 33, False)]), FELL)
assert run([], try_pass_except_then_try_with_return_finally_if) in ((34, [('enter', 33), ('exit', 33, False), 35]), FELL)
assert run([1], try_pass_except_then_try_with_return_finally_if) in ((34, [('enter', 33), ('exit', 33, False)]), FELL)
assert run([], try_try_with_return_finally_pass_finally_pass) in ((18, [('enter', 17), ('exit', 17, False)]), FELL)
assert run([], try_with_as_try_return_finally_pass_finally_if) in ((30, [('enter', 28), ('exit', 28, False)]), FELL)
assert run([], with_try_except_with_with_return) in ((None, [('enter', 48), -55, ('exit', 48, False)]), FELL)
assert run([1], with_try_except_with_with_return) in ((69, [('enter', 48), -55, ('enter', 65), ('enter', 66), ('exit', 66, False), ('exit', 65, False), ('exit', 48, False)]), FELL)
assert run([2], with_try_except_with_with_return) in (('E2', [('enter', 48), -55, ('exit', 48, False)]), FELL)
assert run([2, 1], with_try_except_with_with_return) in ((None, [('enter', 48), -55, ('exit', 48, True)]), FELL)
assert run([], try_with_return_finally_if_else) in ((None, [('enter', 33), 2, ('exit', 33, False), 3]), FELL)
assert run([1], try_with_return_finally_if_else) in ((34, [('enter', 33), ('exit', 33, False), 3]), FELL)
assert run([0, 1], try_with_return_finally_if_else) in ((None, [('enter', 33), 2, ('exit', 33, False), 4]), FELL)
assert run([1, 1], try_with_return_finally_if_else) in ((34, [('enter', 33), ('exit', 33, False), 4]), FELL)
assert run([], clause_if_for_break_elif_else_return) in ((None, [-1]), FELL)
assert run([2], clause_if_for_break_elif_else_return) in (('E2', [-1]), FELL)
assert run([1, 1], clause_if_for_break_elif_else_return) in ((33, [-1]), FELL)
assert run([1, 0, 1], clause_if_for_break_elif_else_return) in ((None, [-1, 30]), FELL)
assert run([1, 1, 1], clause_if_for_break_elif_else_return) in ((None, [-1, 31]), FELL)
assert run([], clause_if_elif_for_break_elif_while_break_else_with_return) in ((None, [1, -2]), FELL)
assert run([2], clause_if_elif_for_break_elif_while_break_else_with_return) in (('E2', [1, -2]), FELL)
assert run([1, 0, 1], clause_if_elif_for_break_elif_while_break_else_with_return) in ((33, [1, -2, ('enter', 32), ('exit', 32, False)]), FELL)
assert run([1, 1, 1], clause_if_elif_for_break_elif_while_break_else_with_return) in ((None, [1, -2, 25, -27]), FELL)
assert run([1, 0, 0, 1], clause_if_elif_for_break_elif_while_break_else_with_return) in ((None, [1, -2, 30]), FELL)
assert run([1, 1, 0, 1], clause_if_elif_for_break_elif_while_break_else_with_return) in ((None, [1, -2, 28]), FELL)
assert run([1, 1, 1, 1], clause_if_elif_for_break_elif_while_break_else_with_return) in (('E1', [1, -2, 25, -27]), FELL)
assert run([1, 1, 1, 2], clause_if_elif_for_break_elif_while_break_else_with_return) in (('E2', [1, -2, 25, -27]), FELL)
assert run([], if_while_try_break_clause_break_clause_else_return_else) in ((None, [14, 19]), FELL)
assert run([1], if_while_try_break_clause_break_clause_else_return_else) in ((9, []), FELL)
assert run([1, 1], if_while_try_break_clause_break_clause_else_return_else) in ((None, [-3, 19]), FELL)
assert run([1, 1, 1], if_while_try_break_clause_break_clause_else_return_else) in ((None, [-3, 4, 19]), FELL)
assert run([1, 1, 2], if_while_try_break_clause_break_clause_else_return_else) in ((9, [-3, 5]), FELL)
assert run([1, 1, 2, 1], if_while_try_break_clause_break_clause_else_return_else) in ((None, [-3, 5, -3, 19]), FELL)
assert run([1, 1, 2, 1, 1], if_while_try_break_clause_break_clause_else_return_else) in ((None, [-3, 5, -3, 4, 19]), FELL)
assert run([1, 1, 2, 1, 2], if_while_try_break_clause_break_clause_else_return_else) in ((9, [-3, 5, -3, 5]), FELL)
assert run([], if_while_and_try_break_clause_break_else_return_else) in ((None, [14, 19]), FELL)
assert run([1], if_while_and_try_break_clause_break_else_return_else) in ((9, []), FELL)
assert run([1, 1, 1], if_while_and_try_break_clause_break_else_return_else) in ((None, [-3, 19]), FELL)
assert run([1, 1, 1, 1], if_while_and_try_break_clause_break_else_return_else) in ((None, [-3, 4, 19]), FELL)
assert run([1, 1, 1, 2], if_while_and_try_break_clause_break_else_return_else) in ((9, [-3, 5]), FELL)
assert run([1, 1, 1, 2, 1, 1], if_while_and_try_break_clause_break_else_return_else) in ((None, [-3, 5, -3, 19]), FELL)
assert run([], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [28]), FELL)
assert run([1], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [6, 28]), FELL)
assert run([1, 2], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [20, 23, 28]), FELL)
assert run([1, 0, 1], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [6, 6, 28]), FELL)
assert run([1, 1, 2], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [-17, 23, 28]), FELL)
assert run([1, 2, 1], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [20, 23, 6, 28]), FELL)
assert run([1, 0, 1, 2], while_match_continue_case_nested_match_default_continue_then_code) in ((None, [6, 20, 23, 28]), FELL)
assert run([1, 1, 2, 1], while_match_continue_case_nested_match_default_continue_then_code) in (('E1', [-17]), FELL)
assert run([], while_match_tuple_cases_nested_match) in ((None, [28]), FELL)
assert run([1], while_match_tuple_cases_nested_match) in ((None, [1, 20, 23, 28]), FELL)
assert run([1, 1], while_match_tuple_cases_nested_match) in ((None, [1, 7, 19, 28]), FELL)
assert run([1, 0, 0, 1], while_match_tuple_cases_nested_match) in ((None, [1, 20, 23, 1, 20, 23, 28]), FELL)
assert run([1, 0, 0, 1, 1], while_match_tuple_cases_nested_match) in ((None, [1, 20, 23, 1, 7, 19, 28]), FELL)
assert run([1, 1, 0, 0, 0, 1], while_match_tuple_cases_nested_match) in ((None, [1, 7, 19, 1, 20, 23, 28]), FELL)
