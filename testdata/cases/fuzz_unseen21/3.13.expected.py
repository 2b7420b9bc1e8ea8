


































































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


def for_if_not_try_clause_break_then_code(c, t, x, n, m):
    for j in n():
        if not c():
            try:
                x(20)
            except E1:
                break
            except E2 as e:
                pass
            else:
                pass
        t(29)
    t(44)


def for_if_try_clause_break_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                break
        t(5)
    t(6)


def for_if_try_clause_return_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                return 4
        t(5)
    t(6)


def for_if_try_clauses_break_continue_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                break
            except E2:
                continue
        t(5)
    t(6)


def while_if_try_clause_break_then_code(c, t, x, n, m):
    while c():
        if c():
            try:
                x(2)
            except E1:
                break
        t(5)
    t(6)


def for_for_if_try_clause_break_then_code(c, t, x, n, m):
    for i in n():
        for j in n():
            if c():
                try:
                    x(3)
                except E1 as e:
                    break
            t(6)
        t(7)
    t(8)


def for_if_try_else_clause_break_then_code(c, t, x, n, m):
    for j in n():
        if c():
            try:
                x(2)
            except E1:
                break
            t(3)
        elif c():
            t(4)
        t(5)
    t(6)


def while_true_try_clause_else_code_break(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            t(2)
        else:
            t(3)
            t(4)
            return


def if_while_true_try_clause_else_code_break(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
            except E1:
                t(2)
            else:
                t(3)
                t(5)
                break
    t(4)


def if_while_true_try_clauses_else_code_break_then_code(c, t, x, n, m):
    if c():
        t(0)
        while True:
            try:
                x(1)
            except E1:
                t(2)
            except E2 as e:
                t(6)
            else:
                t(3)
                break
        t(7)
    t(4)


def while_true_try_clause_if_continue_else_code_break(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            if c():
                t(2)
            continue
        else:
            t(4)
            break
    t(3)


def while_true_try_clause_continue_else_break(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            continue
        else:
            break
    t(4)


def never_looping_while_try_if_break_finally(c, t, x, n, m):
    while c():
        try:
            if c():
                break
        finally:
            t(2)
        t(4)
        break
    t(6)


def never_looping_while_try_if_break_finally_else_pass(c, t, x, n, m):
    # depyf: could not decompile never_looping_while_try_if_break_finally_else_pass: then-branch jumps past the try's normal exit at 70
    #    308           RESUME                   0
    #   
    #    309           LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE       41 (to L4)
    #   
    #    310           NOP
    #   
    #    311   L1:     LOAD_FAST                0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE       10 (to L3)
    #   
    #    312   L2:     NOP
    #   
    #    314           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               1 (2)
    #                  CALL                     1
    #                  POP_TOP
    #                  JUMP_FORWARD            19 (to L5)
    #   
    #    311   L3:     NOP
    #   
    #    314           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               1 (2)
    #                  CALL                     1
    #                  POP_TOP
    #   
    #    315           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               2 (4)
    #                  CALL                     1
    #                  POP_TOP
    #   
    #    316           JUMP_FORWARD             1 (to L5)
    #   
    #    318   L4:     NOP
    #   
    #    319   L5:     LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               3 (6)
    #                  CALL                     1
    #                  POP_TOP
    #                  RETURN_CONST             0 (None)
    #   
    #     --   L6:     PUSH_EXC_INFO
    #   
    #    314           LOAD_FAST                1 (t)
    #                  PUSH_NULL
    #                  LOAD_CONST               1 (2)
    #                  CALL                     1
    #                  POP_TOP
    #                  RERAISE                  0
    #   
    #     --   L7:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L6 [0]
    #     L6 to L7 -> L7 [1] lasti
    raise RuntimeError("depyf: could not decompile never_looping_while_try_if_break_finally_else_pass: then-branch jumps past the try's normal exit at 70")


def try_try_clause_with_return_finally_clause_finally(c, t, x, n, m):
    try:
        try:
            x(24)
        except E1:
            pass
        except E2 as e:
            with m(35) as w:
                return w, 3
        finally:
            t(40)
    except E1:
        pass
    finally:
        t(50)


def try_try_clause_with_return_finally_clause(c, t, x, n, m):
    try:
        try:
            x(24)
        except E2:
            with m(35):
                return 1
        finally:
            t(40)
    except E1:
        return None


def if_while_true_try_clause_continue_else_break_at_end(c, t, x, n, m):
    if c():
        t(0)
        while True:
            try:
                x(1)
            except E1:
                if c():
                    t(2)
                continue
            else:
                break


def if_while_true_try_clause_else_break_at_end(c, t, x, n, m):
    if c():
        t(0)
        while True:
            try:
                x(1)
            except E1:
                t(2)
            else:
                break


def if_while_true_try_clause_else_code_break_at_end(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
            except E1:
                t(2)
            else:
                t(3)
                break


def try_return_clause_for_return_finally_and_test(c, t, x, n, m):
    try:
        x(4)
        return 5
    except E1:
        for i in n():
            return 6
    except E2 as e:
        pass
    finally:
        if c():
            if c():
                t(16)
    t(17)


def try_clauses_finally_or_test(c, t, x, n, m):
    try:
        x(4)
    except E1:
        t(5)
    except E2:
        pass
    finally:
        if c() or c():
            t(16)
    t(17)


def try_return_clause_finally_and_test_else(c, t, x, n, m):
    try:
        return x(4)
    except E1:
        t(5)
    finally:
        if c() and c():
            t(16)
        else:
            t(18)
    t(17)


def while_try_nested_try_clause_break_finally_else_with(c, t, x, n, m):
    while c():
        try:
            try:
                x(1)
            except E1:
                x(3)
            except E2 as e:
                pass
        except E1:
            break
        except E2 as e:
            pass
        finally:
            pass
    else:
        with m(13) as w:
            t(14)
    t(15)


def while_try_nested_try_clause_break_else_code(c, t, x, n, m):
    while c():
        try:
            try:
                x(1)
            except E1:
                x(3)
        except E1:
            break
    else:
        t(13)
    t(15)


def while_try_if_break_finally_then_withs_return(c, t, x, n, m):
    while c():
        try:
            if c():
                pass
            else:
                break
        finally:
            t(4)
        with m(6) as w, m(7):
            return 8


def while_withs_return(c, t, x, n, m):
    while c():
        t(1)
        with m(6), m(7) as w:
            return w
    t(9)


def try_return_value_clause_finally_if(c, t, x, n, m):
    try:
        return x(4)
    except E1:
        t(5)
    finally:
        if c():
            t(16)


def try_return_value_clause_return_finally_if_else(c, t, x, n, m):
    try:
        return x(4)
    except E1:
        return 5
    finally:
        if c():
            t(16)
        else:
            t(17)


def for_try_return_value_clause_continue_finally_if(c, t, x, n, m):
    for i in n():
        try:
            return x(i)
        except E1:
            continue
        finally:
            if c():
                t(16)
    t(18)


def try_with_return_value_clause_finally_if(c, t, x, n, m):
    try:
        with m(1):
            return x(4)
    except E1:
        t(5)
    finally:
        if c() or c():
            t(16)


def try_with_return_value_finally_if(c, t, x, n, m):
    try:
        with m(1):
            return x(4)
    finally:
        if c():
            t(16)


def if_try_with_as_return_value_finally_if_else(c, t, x, n, m):
    if c():
        try:
            with m(1) as w:
                return x(w)
        finally:
            if c():
                t(16)
            else:
                t(17)
    t(18)


def for_try_try_break_clause_clause(c, t, x, n, m):
    for k in n():
        try:
            try:
                x(3)
                break
            except E1:
                continue
        except E2:
            t(5)
    t(6)


def for_try_try_return_const_clause_clause(c, t, x, n, m):
    for k in n():
        try:
            try:
                x(3)
            except E1:
                t(4)
                continue
            return 5
        except E2:
            pass
    t(6)


def while_try_try_return_const_clause_clause(c, t, x, n, m):
    while c():
        try:
            try:
                x(3)
                return 5
            except E1:
                pass
        except E2:
            t(7)
    t(6)


def for_try_try_return_clause_finally_pass_clauses(c, t, x, n, m):
    for k in n():
        try:
            try:
                try:
                    x(3)
                    break
                except E1:
                    pass
                continue
            finally:
                pass
        except E1:
            continue
        except E2 as e:
            t(8)
            continue


def with_while_with_break(c, t, x, n, m):
    with m(1):
        while c():
            with m(3):
                break
    t(4)


def withs_while_with_break_at_end(c, t, x, n, m):
    with m(1) as w, m(2):
        while c() and c():
            with m(3) as w:
                break


def while_true_withs_break_at_end(c, t, x, n, m):
    while True:
        with m(2), m(3):
            break


def while_withs_break_then_code(c, t, x, n, m):
    while c():
        with m(2), m(3):
            break
    t(5)


def try_if_while_true_break_else_code(c, t, x, n, m):
    try:
        if c():
            while True:
                if c():
                    break
        else:
            t(3)
    except E1:
        pass
    t(25)


def try_if_while_true_and_break_elif(c, t, x, n, m):
    try:
        if c():
            while True:
                if c() and c():
                    break
                x(2)
        elif not c():
            pass
    except E1:
        pass
    t(25)


def with_pass_then_with_try_else_return(c, t, x, n, m):
    with m(1):
        pass
    with m(6):
        try:
            x(9)
        except E1:
            pass
        else:
            return 11
    t(12)


def with_as_pass_then_withs_try_else_return(c, t, x, n, m):
    with m(1) as w:
        pass
    with m(5) as w, m(6) as w:
        try:
            x(9)
        except E1:
            pass
        else:
            return 11
    t(12)


def try_clause_return_finally_if_then_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        return 15
    finally:
        if c():
            t(17)
    return 18


def try_clauses_finally_if_else_then_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        return 15
    except E2:
        t(16)
    finally:
        if c():
            t(17)
        else:
            t(19)
    return 18


def try_clause_return_finally_and_test_then_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        return 15
    finally:
        if c():
            if c():
                t(17)
    return 18


def with_try_if_return_clause_else_code(c, t, x, n, m):
    with m(6):
        try:
            if c():
                return 12
        except E1:
            pass
        else:
            x(28)
    t(29)


def with_try_if_not_pass_elif_and_return_clauses_else(c, t, x, n, m):
    with m(6), m(7):
        try:
            if not c():
                pass
            elif c() and c():
                return 12
        except E1:
            pass
        except E2 as e:
            pass
        else:
            x(28)


def with_try_if_return_clause_no_else(c, t, x, n, m):
    with m(6):
        try:
            if c():
                return 12
            t(3)
        except E1:
            t(4)


def while_true_try_clause_continue_else_break_ends_function(c, t, x, n, m):
    while True:
        try:
            x(4)
        except E1:
            continue
        else:
            break


def while_true_try_clause_code_else_break_then_return(c, t, x, n, m):
    while True:
        try:
            x(4)
            v = 5
        except E1:
            t(6)
        else:
            return v


def while_true_if_break_try_clause_pass_else_code_break(c, t, x, n, m):
    while True:
        if c():
            return
        try:
            x(4)
        except E1:
            pass
        else:
            t(9)
            return


def if_not_for_match_break_pass_then_if_else_pass(c, t, x, n, m):
    if not (c() and c()):
        for j in n():
            match [i for i in n()]:
                case []:
                    break
                case [0]:
                    pass
            if c():
                if c():
                    t(6)
    else:
        pass
    t(14)


def if_for_match_break_case_then_code_else(c, t, x, n, m):
    if not c():
        for j in n():
            match j:
                case 1:
                    break
                case 2:
                    t(3)
            if c():
                t(6)
    else:
        t(8)
    t(14)


def never_looping_while_match_break_pass_then_code(c, t, x, n, m):
    # depyf: could not decompile never_looping_while_match_break_pass_then_code: match case jumps past the code after the match at 66
    #   830           RESUME                   0
    #   
    #   831           LOAD_FAST                0 (c)
    #                 PUSH_NULL
    #                 CALL                     0
    #                 TO_BOOL
    #                 POP_JUMP_IF_FALSE       29 (to L3)
    #   
    #   832           LOAD_FAST                0 (c)
    #                 PUSH_NULL
    #                 CALL                     0
    #   
    #   833           COPY                     1
    #                 LOAD_CONST               1 (1)
    #                 COMPARE_OP              88 (bool(==))
    #                 POP_JUMP_IF_FALSE        2 (to L1)
    #                 POP_TOP
    #   
    #   834           JUMP_FORWARD            15 (to L3)
    #   
    #   835   L1:     LOAD_CONST               2 (2)
    #                 COMPARE_OP              88 (bool(==))
    #                 POP_JUMP_IF_FALSE        1 (to L2)
    #   
    #   836           NOP
    #   
    #   837   L2:     LOAD_FAST                1 (t)
    #                 PUSH_NULL
    #                 LOAD_CONST               3 (33)
    #                 CALL                     1
    #                 POP_TOP
    #   
    #   838           NOP
    #   
    #   839   L3:     LOAD_FAST                1 (t)
    #                 PUSH_NULL
    #                 LOAD_CONST               4 (34)
    #                 CALL                     1
    #                 POP_TOP
    #                 RETURN_CONST             0 (None)
    raise RuntimeError('depyf: could not decompile never_looping_while_match_break_pass_then_code: match case jumps past the code after the match at 66')


def for_never_looping_while_match_guard_break_else_pass(c, t, x, n, m):
    for k in n():
        if c():
            match [i for i in n()]:
                case [z, *rest] if rest:
                    continue
                case [*_]:
                    pass
            t(33)
            continue


def while_chain_try_with_raise_clause_break(c, t, x, n, m):
    # depyf: could not decompile while_chain_try_with_raise_clause_break: the loop at line 859 (offset 54) was not read as a loop
    #    856            RESUME                   0
    #   
    #    857            LOAD_CONST               1 (0)
    #                   STORE_FAST               5 (k)
    #   
    #    858            LOAD_CONST               1 (0)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_CONST               2 (1)
    #                   BINARY_OP                0 (+)
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        6 (to L1)
    #                   LOAD_CONST               3 (5)
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE       24 (to L5)
    #                   JUMP_FORWARD             2 (to L2)
    #           L1:     POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #    859    L2:     NOP
    #   
    #    860    L3:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     STORE_FAST               6 (w)
    #   
    #    861            LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_CONST               5 (9)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    858    L5:     RETURN_CONST             0 (None)
    #   
    #    860    L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L7)
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #           L9:     JUMP_FORWARD            19 (to L15)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L11:     PUSH_EXC_INFO
    #   
    #    862            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L13)
    #                   POP_TOP
    #   
    #    863   L12:     POP_EXCEPT
    #                   RETURN_CONST             0 (None)
    #   
    #    862   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    858   L15:     LOAD_CONST               1 (0)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_CONST               2 (1)
    #                   BINARY_OP                0 (+)
    #                   SWAP                     2
    #                   COPY                     2
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        8 (to L17)
    #                   LOAD_CONST               3 (5)
    #                   COMPARE_OP              18 (bool(<))
    #                   POP_JUMP_IF_FALSE        2 (to L16)
    #                   JUMP_BACKWARD           78 (to L2)
    #          L16:     RETURN_CONST             0 (None)
    #          L17:     POP_TOP
    #                   RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     L3 to L4 -> L11 [0]
    #     L4 to L5 -> L6 [1] lasti
    #     L6 to L8 -> L10 [3] lasti
    #     L8 to L9 -> L11 [0]
    #     L10 to L11 -> L11 [0]
    #     L11 to L12 -> L14 [1] lasti
    #     L13 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile while_chain_try_with_raise_clause_break: the loop at line 859 (offset 54) was not read as a loop')


def while_try_with_raise_clause_break_at_end(c, t, x, n, m):
    # depyf: could not decompile while_try_with_raise_clause_break_at_end: code after a try reached only by a with's suppressing path at 136
    #    866            RESUME                   0
    #   
    #    867            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       21 (to L4)
    #   
    #    868    L1:     NOP
    #   
    #    869    L2:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     STORE_FAST               5 (w)
    #   
    #    870            LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_CONST               2 (9)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    867    L4:     RETURN_CONST             0 (None)
    #   
    #    869    L5:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L6)
    #                   RERAISE                  2
    #           L6:     POP_TOP
    #           L7:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #           L8:     JUMP_FORWARD            19 (to L14)
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    871            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L12)
    #                   POP_TOP
    #   
    #    872   L11:     POP_EXCEPT
    #                   RETURN_CONST             0 (None)
    #   
    #    871   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    867   L14:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L15)
    #                   JUMP_BACKWARD           69 (to L1)
    #          L15:     RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     L2 to L3 -> L10 [0]
    #     L3 to L4 -> L5 [1] lasti
    #     L5 to L7 -> L9 [3] lasti
    #     L7 to L8 -> L10 [0]
    #     L9 to L10 -> L10 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError("depyf: could not decompile while_try_with_raise_clause_break_at_end: code after a try reached only by a with's suppressing path at 136")


def if_try_with_raise_clause_return_finally_then_code(c, t, x, n, m):
    if c():
        try:
            with m(3):
                raise E1(7)
        except E1:
            return 13
        finally:
            t(18)
    t(21)


def if_try_withs_raise_clause_try_return_finally_then_code(c, t, x, n, m):
    if c():
        try:
            with m(3), m(4):
                raise E1(7)
        except E1:
            try:
                return 13
            except E1:
                pass
        finally:
            t(18)
    t(21)


def while_true_if_try_clause_finally_then_try_break_finally(c, t, x, n, m):
    while True:
        if c():
            try:
                x(3)
            except E1:
                pass
            finally:
                t(6)
            try:
                break
            finally:
                t(9)
    t(18)


def while_true_if_elif_try_clause_finally_then_try_break_finally(c, t, x, n, m):
    while True:
        if c():
            pass
        else:
            if c():
                try:
                    x(3)
                except E1:
                    pass
                finally:
                    t(6)
                try:
                    break
                finally:
                    t(9)
            if 0 < c() + 1 < 5:
                pass
    t(18)


def while_not_withs_if_continue_elif_pass_else_break(c, t, x, n, m):
    # depyf: could not decompile while_not_withs_if_continue_elif_pass_else_break: stack underflow
    #    938            RESUME                   0
    #   
    #    939    L1:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE       110 (to L15)
    #   
    #    940    L2:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (5)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     STORE_FAST_LOAD_FAST    84 (w, m)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (6)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    941            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L7)
    #   
    #    942            NOP
    #   
    #    940    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_BACKWARD           60 (to L1)
    #   
    #    943    L7:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L8)
    #   
    #    944            JUMP_FORWARD            18 (to L11)
    #   
    #    946    L8:     NOP
    #   
    #    940    L9:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L10:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            31 (to L15)
    #   
    #    944   L11:     NOP
    #   
    #    940   L12:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L13:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    939   L14:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L15)
    #                   JUMP_BACKWARD          110 (to L2)
    #   
    #    947   L15:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (12)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #    940   L16:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L17)
    #                   RERAISE                  2
    #          L17:     POP_TOP
    #          L18:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 45 (to L13)
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    940   L20:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L21)
    #                   RERAISE                  2
    #          L21:     POP_TOP
    #          L22:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 54 (to L14)
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L20 [1] lasti
    #     L4 to L5 -> L16 [2] lasti
    #     L5 to L6 -> L20 [1] lasti
    #     L7 to L9 -> L16 [2] lasti
    #     L9 to L10 -> L20 [1] lasti
    #     L12 to L13 -> L20 [1] lasti
    #     L16 to L18 -> L19 [4] lasti
    #     L18 to L20 -> L20 [1] lasti
    #     L20 to L22 -> L23 [3] lasti
    raise RuntimeError('depyf: could not decompile while_not_withs_if_continue_elif_pass_else_break: stack underflow')

assert run([], for_if_not_try_clause_break_then_code) in ((None, [44]), FELL)
assert run([1], for_if_not_try_clause_break_then_code) in ((None, [-20, 29, 44]), FELL)
assert run([2], for_if_not_try_clause_break_then_code) in ((None, [-20, 29, -20, 29, 44]), FELL)
assert run([3], for_if_not_try_clause_break_then_code) in ((None, [-20, 29, -20, 29, -20, 29, 44]), FELL)
assert run([1, 1], for_if_not_try_clause_break_then_code) in ((None, [29, 44]), FELL)
assert run([2, 1], for_if_not_try_clause_break_then_code) in ((None, [29, -20, 29, 44]), FELL)
assert run([], for_if_try_clause_break_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_clause_break_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_clause_break_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_clause_break_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_clause_break_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([2, 1], for_if_try_clause_break_then_code) in ((None, [-2, 5, 5, 6]), FELL)
assert run([], for_if_try_clause_return_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_clause_return_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_clause_return_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_clause_return_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_clause_return_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([2, 1], for_if_try_clause_return_then_code) in ((None, [-2, 5, 5, 6]), FELL)
assert run([], for_if_try_clauses_break_continue_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_clauses_break_continue_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_clauses_break_continue_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_clauses_break_continue_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_clauses_break_continue_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([2, 1], for_if_try_clauses_break_continue_then_code) in ((None, [-2, 5, 5, 6]), FELL)
assert run([], while_if_try_clause_break_then_code) in ((None, [6]), FELL)
assert run([1], while_if_try_clause_break_then_code) in ((None, [5, 6]), FELL)
assert run([1, 1], while_if_try_clause_break_then_code) in ((None, [-2, 5, 6]), FELL)
assert run([1, 0, 1], while_if_try_clause_break_then_code) in ((None, [5, 5, 6]), FELL)
assert run([1, 1, 1], while_if_try_clause_break_then_code) in ((None, [-2, 6]), FELL)
assert run([1, 1, 2], while_if_try_clause_break_then_code) in (('E2', [-2]), FELL)
assert run([], for_for_if_try_clause_break_then_code) in ((None, [8]), FELL)
assert run([1], for_for_if_try_clause_break_then_code) in ((None, [7, 8]), FELL)
assert run([2], for_for_if_try_clause_break_then_code) in ((None, [7, 7, 8]), FELL)
assert run([3], for_for_if_try_clause_break_then_code) in ((None, [7, 7, 7, 8]), FELL)
assert run([1, 1], for_for_if_try_clause_break_then_code) in ((None, [6, 7, 8]), FELL)
assert run([1, 2], for_for_if_try_clause_break_then_code) in ((None, [6, 6, 7, 8]), FELL)
assert run([], for_if_try_else_clause_break_then_code) in ((None, [6]), FELL)
assert run([1], for_if_try_else_clause_break_then_code) in ((None, [5, 6]), FELL)
assert run([2], for_if_try_else_clause_break_then_code) in ((None, [5, 5, 6]), FELL)
assert run([3], for_if_try_else_clause_break_then_code) in ((None, [5, 5, 5, 6]), FELL)
assert run([1, 1], for_if_try_else_clause_break_then_code) in ((None, [-2, 3, 5, 6]), FELL)
assert run([2, 1], for_if_try_else_clause_break_then_code) in ((None, [-2, 3, 5, 5, 6]), FELL)
assert run([], while_true_try_clause_else_code_break) in ((None, [-1, 3, 4]), FELL)
assert run([1], while_true_try_clause_else_code_break) in ((None, [-1, 2, -1, 3, 4]), FELL)
assert run([2], while_true_try_clause_else_code_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_else_code_break) in ((None, [-1, 2, -1, 2, -1, 3, 4]), FELL)
assert run([1, 2], while_true_try_clause_else_code_break) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1], while_true_try_clause_else_code_break) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3, 4]), FELL)
assert run([], if_while_true_try_clause_else_code_break) in ((None, [4]), FELL)
assert run([1], if_while_true_try_clause_else_code_break) in ((None, [-1, 3, 5, 4]), FELL)
assert run([1, 1], if_while_true_try_clause_else_code_break) in ((None, [-1, 2, -1, 3, 5, 4]), FELL)
assert run([1, 2], if_while_true_try_clause_else_code_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], if_while_true_try_clause_else_code_break) in ((None, [-1, 2, -1, 2, -1, 3, 5, 4]), FELL)
assert run([1, 1, 2], if_while_true_try_clause_else_code_break) in (('E2', [-1, 2, -1]), FELL)
assert run([], if_while_true_try_clauses_else_code_break_then_code) in ((None, [4]), FELL)
assert run([1], if_while_true_try_clauses_else_code_break_then_code) in ((None, [0, -1, 3, 7, 4]), FELL)
assert run([1, 1], if_while_true_try_clauses_else_code_break_then_code) in ((None, [0, -1, 2, -1, 3, 7, 4]), FELL)
assert run([1, 2], if_while_true_try_clauses_else_code_break_then_code) in ((None, [0, -1, 6, -1, 3, 7, 4]), FELL)
assert run([1, 1, 1], if_while_true_try_clauses_else_code_break_then_code) in ((None, [0, -1, 2, -1, 2, -1, 3, 7, 4]), FELL)
assert run([1, 1, 2], if_while_true_try_clauses_else_code_break_then_code) in ((None, [0, -1, 2, -1, 6, -1, 3, 7, 4]), FELL)
assert run([], while_true_try_clause_if_continue_else_code_break) in ((None, [-1, 4, 3]), FELL)
assert run([1], while_true_try_clause_if_continue_else_code_break) in ((None, [-1, -1, 4, 3]), FELL)
assert run([2], while_true_try_clause_if_continue_else_code_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_if_continue_else_code_break) in ((None, [-1, 2, -1, 4, 3]), FELL)
assert run([1, 0, 1], while_true_try_clause_if_continue_else_code_break) in ((None, [-1, -1, -1, 4, 3]), FELL)
assert run([1, 0, 2], while_true_try_clause_if_continue_else_code_break) in (('E2', [-1, -1]), FELL)
assert run([], while_true_try_clause_continue_else_break) in ((None, [-1, 4]), FELL)
assert run([1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, 4]), FELL)
assert run([2], while_true_try_clause_continue_else_break) in (('E2', [-1]), FELL)
assert run([1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, -1, 4]), FELL)
assert run([1, 2], while_true_try_clause_continue_else_break) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 1], while_true_try_clause_continue_else_break) in ((None, [-1, -1, -1, -1, 4]), FELL)
assert run([], never_looping_while_try_if_break_finally) in ((None, [6]), FELL)
assert run([1], never_looping_while_try_if_break_finally) in ((None, [2, 4, 6]), FELL)
assert run([1, 1], never_looping_while_try_if_break_finally) in ((None, [2, 6]), FELL)
assert run([], never_looping_while_try_if_break_finally_else_pass) in ((None, [6]), FELL)
assert run([1], never_looping_while_try_if_break_finally_else_pass) in ((None, [2, 4, 6]), FELL)
assert run([1, 1], never_looping_while_try_if_break_finally_else_pass) in ((None, [2, 6]), FELL)
assert run([], try_try_clause_with_return_finally_clause_finally) in ((None, [-24, 40, 50]), FELL)
assert run([2], try_try_clause_with_return_finally_clause_finally) in (((35, 3), [-24, ('enter', 35), ('exit', 35, False), 40, 50]), FELL)
assert run([], try_try_clause_with_return_finally_clause) in ((None, [-24, 40]), FELL)
assert run([2], try_try_clause_with_return_finally_clause) in ((1, [-24, ('enter', 35), ('exit', 35, False), 40]), FELL)
assert run([], if_while_true_try_clause_continue_else_break_at_end) in ((None, []), FELL)
assert run([1], if_while_true_try_clause_continue_else_break_at_end) in ((None, [0, -1]), FELL)
assert run([1, 1], if_while_true_try_clause_continue_else_break_at_end) in ((None, [0, -1, -1]), FELL)
assert run([1, 2], if_while_true_try_clause_continue_else_break_at_end) in (('E2', [0, -1]), FELL)
assert run([1, 1, 1], if_while_true_try_clause_continue_else_break_at_end) in ((None, [0, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1], if_while_true_try_clause_continue_else_break_at_end) in ((None, [0, -1, -1, -1]), FELL)
assert run([], if_while_true_try_clause_else_break_at_end) in ((None, []), FELL)
assert run([1], if_while_true_try_clause_else_break_at_end) in ((None, [0, -1]), FELL)
assert run([1, 1], if_while_true_try_clause_else_break_at_end) in ((None, [0, -1, 2, -1]), FELL)
assert run([1, 2], if_while_true_try_clause_else_break_at_end) in (('E2', [0, -1]), FELL)
assert run([1, 1, 1], if_while_true_try_clause_else_break_at_end) in ((None, [0, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2], if_while_true_try_clause_else_break_at_end) in (('E2', [0, -1, 2, -1]), FELL)
assert run([], if_while_true_try_clause_else_code_break_at_end) in ((None, []), FELL)
assert run([1], if_while_true_try_clause_else_code_break_at_end) in ((None, [-1, 3]), FELL)
assert run([1, 1], if_while_true_try_clause_else_code_break_at_end) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 2], if_while_true_try_clause_else_code_break_at_end) in (('E2', [-1]), FELL)
assert run([1, 1, 1], if_while_true_try_clause_else_code_break_at_end) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 2], if_while_true_try_clause_else_code_break_at_end) in (('E2', [-1, 2, -1]), FELL)
assert run([], try_return_clause_for_return_finally_and_test) in ((5, [-4]), FELL)
assert run([1], try_return_clause_for_return_finally_and_test) in ((None, [-4, 17]), FELL)
assert run([1, 1], try_return_clause_for_return_finally_and_test) in ((6, [-4]), FELL)
assert run([0, 1, 1], try_return_clause_for_return_finally_and_test) in ((5, [-4, 16]), FELL)
assert run([2, 1, 1], try_return_clause_for_return_finally_and_test) in ((None, [-4, 16, 17]), FELL)
assert run([1, 1, 1, 1], try_return_clause_for_return_finally_and_test) in ((6, [-4, 16]), FELL)
assert run([], try_clauses_finally_or_test) in ((None, [-4, 17]), FELL)
assert run([1], try_clauses_finally_or_test) in ((None, [-4, 5, 17]), FELL)
assert run([0, 1], try_clauses_finally_or_test) in ((None, [-4, 16, 17]), FELL)
assert run([1, 1], try_clauses_finally_or_test) in ((None, [-4, 5, 16, 17]), FELL)
assert run([], try_return_clause_finally_and_test_else) in ((None, [-4, 18]), FELL)
assert run([1], try_return_clause_finally_and_test_else) in ((None, [-4, 5, 18, 17]), FELL)
assert run([2], try_return_clause_finally_and_test_else) in (('E2', [-4, 18]), FELL)
assert run([0, 1, 1], try_return_clause_finally_and_test_else) in ((None, [-4, 16]), FELL)
assert run([1, 1, 1], try_return_clause_finally_and_test_else) in ((None, [-4, 5, 16, 17]), FELL)
assert run([2, 1, 1], try_return_clause_finally_and_test_else) in (('E2', [-4, 16]), FELL)
assert run([], while_try_nested_try_clause_break_finally_else_with) in ((None, [('enter', 13), 14, ('exit', 13, False), 15]), FELL)
assert run([1], while_try_nested_try_clause_break_finally_else_with) in ((None, [-1, ('enter', 13), 14, ('exit', 13, False), 15]), FELL)
assert run([1, 1], while_try_nested_try_clause_break_finally_else_with) in ((None, [-1, -3, ('enter', 13), 14, ('exit', 13, False), 15]), FELL)
assert run([1, 0, 1], while_try_nested_try_clause_break_finally_else_with) in ((None, [-1, -1, ('enter', 13), 14, ('exit', 13, False), 15]), FELL)
assert run([1, 1, 1], while_try_nested_try_clause_break_finally_else_with) in ((None, [-1, -3, 15]), FELL)
assert run([1, 0, 1, 1], while_try_nested_try_clause_break_finally_else_with) in ((None, [-1, -1, -3, ('enter', 13), 14, ('exit', 13, False), 15]), FELL)
assert run([], while_try_nested_try_clause_break_else_code) in ((None, [13, 15]), FELL)
assert run([1], while_try_nested_try_clause_break_else_code) in ((None, [-1, 13, 15]), FELL)
assert run([1, 1], while_try_nested_try_clause_break_else_code) in ((None, [-1, -3, 13, 15]), FELL)
assert run([1, 2], while_try_nested_try_clause_break_else_code) in (('E2', [-1]), FELL)
assert run([1, 0, 1], while_try_nested_try_clause_break_else_code) in ((None, [-1, -1, 13, 15]), FELL)
assert run([1, 1, 1], while_try_nested_try_clause_break_else_code) in ((None, [-1, -3, 15]), FELL)
assert run([], while_try_if_break_finally_then_withs_return) in ((None, []), FELL)
assert run([1], while_try_if_break_finally_then_withs_return) in ((None, [4]), FELL)
assert run([1, 1], while_try_if_break_finally_then_withs_return) in ((8, [4, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([], while_withs_return) in ((None, [9]), FELL)
assert run([1], while_withs_return) in ((7, [1, ('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([], try_return_value_clause_finally_if) in ((None, [-4]), FELL)
assert run([1], try_return_value_clause_finally_if) in ((None, [-4, 5]), FELL)
assert run([2], try_return_value_clause_finally_if) in (('E2', [-4]), FELL)
assert run([0, 1], try_return_value_clause_finally_if) in ((None, [-4, 16]), FELL)
assert run([1, 1], try_return_value_clause_finally_if) in ((None, [-4, 5, 16]), FELL)
assert run([2, 1], try_return_value_clause_finally_if) in (('E2', [-4, 16]), FELL)
assert run([], try_return_value_clause_return_finally_if_else) in ((None, [-4, 17]), FELL)
assert run([1], try_return_value_clause_return_finally_if_else) in ((5, [-4, 17]), FELL)
assert run([2], try_return_value_clause_return_finally_if_else) in (('E2', [-4, 17]), FELL)
assert run([0, 1], try_return_value_clause_return_finally_if_else) in ((None, [-4, 16]), FELL)
assert run([1, 1], try_return_value_clause_return_finally_if_else) in ((5, [-4, 16]), FELL)
assert run([2, 1], try_return_value_clause_return_finally_if_else) in (('E2', [-4, 16]), FELL)
assert run([], for_try_return_value_clause_continue_finally_if) in ((None, [18]), FELL)
assert run([1], for_try_return_value_clause_continue_finally_if) in ((None, [0]), FELL)
assert run([1, 1], for_try_return_value_clause_continue_finally_if) in ((None, [0, 18]), FELL)
assert run([1, 2], for_try_return_value_clause_continue_finally_if) in (('E2', [0]), FELL)
assert run([2, 1], for_try_return_value_clause_continue_finally_if) in ((None, [0, -1]), FELL)
assert run([1, 0, 1], for_try_return_value_clause_continue_finally_if) in ((None, [0, 16]), FELL)
assert run([], try_with_return_value_clause_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([1], try_with_return_value_clause_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, False), 5]), FELL)
assert run([2], try_with_return_value_clause_finally_if) in (('E2', [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 1], try_with_return_value_clause_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, False), 16]), FELL)
assert run([1, 1], try_with_return_value_clause_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, True)]), FELL)
assert run([1, 0, 1], try_with_return_value_clause_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, False), 5, 16]), FELL)
assert run([], try_with_return_value_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([1], try_with_return_value_finally_if) in (('E1', [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([2], try_with_return_value_finally_if) in (('E2', [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 1], try_with_return_value_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, False), 16]), FELL)
assert run([1, 1], try_with_return_value_finally_if) in ((None, [('enter', 1), -4, ('exit', 1, True)]), FELL)
assert run([1, 0, 1], try_with_return_value_finally_if) in (('E1', [('enter', 1), -4, ('exit', 1, False), 16]), FELL)
assert run([], if_try_with_as_return_value_finally_if_else) in ((None, [18]), FELL)
assert run([1], if_try_with_as_return_value_finally_if_else) in ((None, [('enter', 1), -1, ('exit', 1, False), 17]), FELL)
assert run([1, 1], if_try_with_as_return_value_finally_if_else) in (('E1', [('enter', 1), -1, ('exit', 1, False), 17]), FELL)
assert run([1, 2], if_try_with_as_return_value_finally_if_else) in (('E2', [('enter', 1), -1, ('exit', 1, False), 17]), FELL)
assert run([1, 0, 1], if_try_with_as_return_value_finally_if_else) in ((None, [('enter', 1), -1, ('exit', 1, False), 16]), FELL)
assert run([1, 1, 1], if_try_with_as_return_value_finally_if_else) in ((None, [('enter', 1), -1, ('exit', 1, True), 17, 18]), FELL)
assert run([], for_try_try_break_clause_clause) in ((None, [6]), FELL)
assert run([1], for_try_try_break_clause_clause) in ((None, [-3, 6]), FELL)
assert run([1, 2], for_try_try_break_clause_clause) in ((None, [-3, 5, 6]), FELL)
assert run([2, 1], for_try_try_break_clause_clause) in ((None, [-3, -3, 6]), FELL)
assert run([2, 2], for_try_try_break_clause_clause) in ((None, [-3, 5, -3, 6]), FELL)
assert run([2, 1, 2], for_try_try_break_clause_clause) in ((None, [-3, -3, 5, 6]), FELL)
assert run([], for_try_try_return_const_clause_clause) in ((None, [6]), FELL)
assert run([1], for_try_try_return_const_clause_clause) in ((5, [-3]), FELL)
assert run([1, 1], for_try_try_return_const_clause_clause) in ((None, [-3, 4, 6]), FELL)
assert run([1, 2], for_try_try_return_const_clause_clause) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_try_try_return_const_clause_clause) in ((5, [-3, 4, -3]), FELL)
assert run([2, 2], for_try_try_return_const_clause_clause) in ((5, [-3, -3]), FELL)
assert run([], while_try_try_return_const_clause_clause) in ((None, [6]), FELL)
assert run([1], while_try_try_return_const_clause_clause) in ((5, [-3]), FELL)
assert run([1, 1], while_try_try_return_const_clause_clause) in ((None, [-3, 6]), FELL)
assert run([1, 2], while_try_try_return_const_clause_clause) in ((None, [-3, 7, 6]), FELL)
assert run([1, 1, 1], while_try_try_return_const_clause_clause) in ((5, [-3, -3]), FELL)
assert run([1, 2, 1], while_try_try_return_const_clause_clause) in ((5, [-3, 7, -3]), FELL)
assert run([], for_try_try_return_clause_finally_pass_clauses) in ((None, []), FELL)
assert run([1], for_try_try_return_clause_finally_pass_clauses) in ((None, [-3]), FELL)
assert run([1, 2], for_try_try_return_clause_finally_pass_clauses) in ((None, [-3, 8]), FELL)
assert run([2, 1], for_try_try_return_clause_finally_pass_clauses) in ((None, [-3, -3]), FELL)
assert run([2, 2], for_try_try_return_clause_finally_pass_clauses) in ((None, [-3, 8, -3]), FELL)
assert run([2, 1, 2], for_try_try_return_clause_finally_pass_clauses) in ((None, [-3, -3, 8]), FELL)
assert run([], with_while_with_break) in ((None, [('enter', 1), ('exit', 1, False), 4]), FELL)
assert run([1], with_while_with_break) in ((None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False), 4]), FELL)
assert run([], withs_while_with_break_at_end) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], withs_while_with_break_at_end) in ((None, [('enter', 1), ('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], while_true_withs_break_at_end) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([], while_withs_break_then_code) in ((None, [5]), FELL)
assert run([1], while_withs_break_then_code) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False), 5]), FELL)
assert run([], try_if_while_true_break_else_code) in ((None, [3, 25]), FELL)
assert run([1], try_if_while_true_break_else_code) in (('Budget', []), FELL)
assert run([1, 1], try_if_while_true_break_else_code) in ((None, [25]), FELL)
assert run([], try_if_while_true_and_break_elif) in ((None, [25]), FELL)
assert run([1], try_if_while_true_and_break_elif) in (('Budget', [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2]), FELL)
assert run([1, 1], try_if_while_true_and_break_elif) in (('Budget', [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2]), FELL)
assert run([1, 0, 1], try_if_while_true_and_break_elif) in ((None, [-2, 25]), FELL)
assert run([1, 0, 2], try_if_while_true_and_break_elif) in (('E2', [-2]), FELL)
assert run([], with_pass_then_with_try_else_return) in ((11, [('enter', 1), ('exit', 1, False), ('enter', 6), -9, ('exit', 6, False)]), FELL)
assert run([1], with_pass_then_with_try_else_return) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 6), -9, ('exit', 6, False), 12]), FELL)
assert run([2], with_pass_then_with_try_else_return) in (('E2', [('enter', 1), ('exit', 1, False), ('enter', 6), -9, ('exit', 6, False)]), FELL)
assert run([2, 1], with_pass_then_with_try_else_return) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 6), -9, ('exit', 6, True), 12]), FELL)
assert run([], with_as_pass_then_withs_try_else_return) in ((11, [('enter', 1), ('exit', 1, False), ('enter', 5), ('enter', 6), -9, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], with_as_pass_then_withs_try_else_return) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 5), ('enter', 6), -9, ('exit', 6, False), ('exit', 5, False), 12]), FELL)
assert run([2], with_as_pass_then_withs_try_else_return) in (('E2', [('enter', 1), ('exit', 1, False), ('enter', 5), ('enter', 6), -9, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([2, 1], with_as_pass_then_withs_try_else_return) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 5), ('enter', 6), -9, ('exit', 6, True), ('exit', 5, False), 12]), FELL)
assert run([2, 0, 1], with_as_pass_then_withs_try_else_return) in ((None, [('enter', 1), ('exit', 1, False), ('enter', 5), ('enter', 6), -9, ('exit', 6, False), ('exit', 5, True), 12]), FELL)
assert run([], try_clause_return_finally_if_then_return) in ((18, [-1]), FELL)
assert run([1], try_clause_return_finally_if_then_return) in ((15, [-1]), FELL)
assert run([2], try_clause_return_finally_if_then_return) in (('E2', [-1]), FELL)
assert run([0, 1], try_clause_return_finally_if_then_return) in ((18, [-1, 17]), FELL)
assert run([1, 1], try_clause_return_finally_if_then_return) in ((15, [-1, 17]), FELL)
assert run([2, 1], try_clause_return_finally_if_then_return) in (('E2', [-1, 17]), FELL)
assert run([], try_clauses_finally_if_else_then_return) in ((18, [-1, 19]), FELL)
assert run([1], try_clauses_finally_if_else_then_return) in ((15, [-1, 19]), FELL)
assert run([2], try_clauses_finally_if_else_then_return) in ((18, [-1, 16, 19]), FELL)
assert run([0, 1], try_clauses_finally_if_else_then_return) in ((18, [-1, 17]), FELL)
assert run([1, 1], try_clauses_finally_if_else_then_return) in ((15, [-1, 17]), FELL)
assert run([2, 1], try_clauses_finally_if_else_then_return) in ((18, [-1, 16, 17]), FELL)
assert run([], try_clause_return_finally_and_test_then_return) in ((18, [-1]), FELL)
assert run([1], try_clause_return_finally_and_test_then_return) in ((15, [-1]), FELL)
assert run([2], try_clause_return_finally_and_test_then_return) in (('E2', [-1]), FELL)
assert run([0, 1, 1], try_clause_return_finally_and_test_then_return) in ((18, [-1, 17]), FELL)
assert run([1, 1, 1], try_clause_return_finally_and_test_then_return) in ((15, [-1, 17]), FELL)
assert run([2, 1, 1], try_clause_return_finally_and_test_then_return) in (('E2', [-1, 17]), FELL)
assert run([], with_try_if_return_clause_else_code) in ((None, [('enter', 6), -28, ('exit', 6, False), 29]), FELL)
assert run([1], with_try_if_return_clause_else_code) in ((12, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 1], with_try_if_return_clause_else_code) in (('E1', [('enter', 6), -28, ('exit', 6, False)]), FELL)
assert run([0, 2], with_try_if_return_clause_else_code) in (('E2', [('enter', 6), -28, ('exit', 6, False)]), FELL)
assert run([0, 1, 1], with_try_if_return_clause_else_code) in ((None, [('enter', 6), -28, ('exit', 6, True), 29]), FELL)
assert run([], with_try_if_not_pass_elif_and_return_clauses_else) in ((None, [('enter', 6), ('enter', 7), -28, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 1], with_try_if_not_pass_elif_and_return_clauses_else) in (('E1', [('enter', 6), ('enter', 7), -28, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 2], with_try_if_not_pass_elif_and_return_clauses_else) in (('E2', [('enter', 6), ('enter', 7), -28, ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 1, 1], with_try_if_not_pass_elif_and_return_clauses_else) in ((None, [('enter', 6), ('enter', 7), -28, ('exit', 7, True), ('exit', 6, False)]), FELL)
assert run([1, 1, 1], with_try_if_not_pass_elif_and_return_clauses_else) in ((12, [('enter', 6), ('enter', 7), ('exit', 7, False), ('exit', 6, False)]), FELL)
assert run([0, 1, 0, 1], with_try_if_not_pass_elif_and_return_clauses_else) in ((None, [('enter', 6), ('enter', 7), -28, ('exit', 7, False), ('exit', 6, True)]), FELL)
assert run([], with_try_if_return_clause_no_else) in ((None, [('enter', 6), 3, ('exit', 6, False)]), FELL)
assert run([1], with_try_if_return_clause_no_else) in ((12, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([], while_true_try_clause_continue_else_break_ends_function) in ((None, [-4]), FELL)
assert run([1], while_true_try_clause_continue_else_break_ends_function) in ((None, [-4, -4]), FELL)
assert run([2], while_true_try_clause_continue_else_break_ends_function) in (('E2', [-4]), FELL)
assert run([1, 1], while_true_try_clause_continue_else_break_ends_function) in ((None, [-4, -4, -4]), FELL)
assert run([1, 2], while_true_try_clause_continue_else_break_ends_function) in (('E2', [-4, -4]), FELL)
assert run([1, 1, 1], while_true_try_clause_continue_else_break_ends_function) in ((None, [-4, -4, -4, -4]), FELL)
assert run([], while_true_try_clause_code_else_break_then_return) in ((5, [-4]), FELL)
assert run([1], while_true_try_clause_code_else_break_then_return) in ((5, [-4, 6, -4]), FELL)
assert run([2], while_true_try_clause_code_else_break_then_return) in (('E2', [-4]), FELL)
assert run([1, 1], while_true_try_clause_code_else_break_then_return) in ((5, [-4, 6, -4, 6, -4]), FELL)
assert run([1, 2], while_true_try_clause_code_else_break_then_return) in (('E2', [-4, 6, -4]), FELL)
assert run([1, 1, 1], while_true_try_clause_code_else_break_then_return) in ((5, [-4, 6, -4, 6, -4, 6, -4]), FELL)
assert run([], while_true_if_break_try_clause_pass_else_code_break) in ((None, [-4, 9]), FELL)
assert run([1], while_true_if_break_try_clause_pass_else_code_break) in ((None, []), FELL)
assert run([0, 1], while_true_if_break_try_clause_pass_else_code_break) in ((None, [-4, -4, 9]), FELL)
assert run([0, 2], while_true_if_break_try_clause_pass_else_code_break) in (('E2', [-4]), FELL)
assert run([0, 1, 1], while_true_if_break_try_clause_pass_else_code_break) in ((None, [-4]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_clause_pass_else_code_break) in ((None, [-4, -4, -4, 9]), FELL)
assert run([], if_not_for_match_break_pass_then_if_else_pass) in ((None, [14]), FELL)
assert run([], if_for_match_break_case_then_code_else) in ((None, [14]), FELL)
assert run([1], if_for_match_break_case_then_code_else) in ((None, [8, 14]), FELL)
assert run([0, 1, 1], if_for_match_break_case_then_code_else) in ((None, [6, 14]), FELL)
assert run([], never_looping_while_match_break_pass_then_code) in ((None, [34]), FELL)
assert run([1], never_looping_while_match_break_pass_then_code) in ((None, [33, 34]), FELL)
assert run([], for_never_looping_while_match_guard_break_else_pass) in ((None, []), FELL)
assert run([1, 1], for_never_looping_while_match_guard_break_else_pass) in ((None, [33]), FELL)
assert run([2, 1, 0, 1], for_never_looping_while_match_guard_break_else_pass) in ((None, [33, 33]), FELL)
assert run([], while_chain_try_with_raise_clause_break) in ((None, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 1], while_chain_try_with_raise_clause_break) in ((None, [('enter', 6), ('exit', 6, True), ('enter', 6), ('exit', 6, False)]), FELL)
assert run([0, 1, 0, 1], while_chain_try_with_raise_clause_break) in ((None, [('enter', 6), ('exit', 6, True), ('enter', 6), ('exit', 6, True), ('enter', 6), ('exit', 6, False)]), FELL)
assert run([], while_try_with_raise_clause_break_at_end) in ((None, []), FELL)
assert run([1], while_try_with_raise_clause_break_at_end) in ((None, [('enter', 6), ('exit', 6, False)]), FELL)
assert run([1, 1], while_try_with_raise_clause_break_at_end) in ((None, [('enter', 6), ('exit', 6, True)]), FELL)
assert run([1, 1, 1], while_try_with_raise_clause_break_at_end) in ((None, [('enter', 6), ('exit', 6, True), ('enter', 6), ('exit', 6, False)]), FELL)
assert run([1, 1, 1, 1], while_try_with_raise_clause_break_at_end) in ((None, [('enter', 6), ('exit', 6, True), ('enter', 6), ('exit', 6, True)]), FELL)
assert run([], if_try_with_raise_clause_return_finally_then_code) in ((None, [21]), FELL)
assert run([1], if_try_with_raise_clause_return_finally_then_code) in ((13, [('enter', 3), ('exit', 3, False), 18]), FELL)
assert run([1, 1], if_try_with_raise_clause_return_finally_then_code) in ((None, [('enter', 3), ('exit', 3, True), 18, 21]), FELL)
assert run([], if_try_withs_raise_clause_try_return_finally_then_code) in ((None, [21]), FELL)
assert run([1], if_try_withs_raise_clause_try_return_finally_then_code) in ((13, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, False), 18]), FELL)
assert run([1, 1], if_try_withs_raise_clause_try_return_finally_then_code) in ((None, [('enter', 3), ('enter', 4), ('exit', 4, True), ('exit', 3, False), 18, 21]), FELL)
assert run([1, 0, 1], if_try_withs_raise_clause_try_return_finally_then_code) in ((None, [('enter', 3), ('enter', 4), ('exit', 4, False), ('exit', 3, True), 18, 21]), FELL)
assert run([], while_true_if_try_clause_finally_then_try_break_finally) in (('Budget', []), FELL)
assert run([1], while_true_if_try_clause_finally_then_try_break_finally) in ((None, [-3, 6, 9, 18]), FELL)
assert run([1, 2], while_true_if_try_clause_finally_then_try_break_finally) in (('E2', [-3, 6]), FELL)
assert run([], while_true_if_elif_try_clause_finally_then_try_break_finally) in (('Budget', []), FELL)
assert run([0, 1], while_true_if_elif_try_clause_finally_then_try_break_finally) in ((None, [-3, 6, 9, 18]), FELL)
assert run([0, 1, 2], while_true_if_elif_try_clause_finally_then_try_break_finally) in (('E2', [-3, 6]), FELL)
assert run([], while_not_withs_if_continue_elif_pass_else_break) in (('Budget', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], while_not_withs_if_continue_elif_pass_else_break) in ((None, [12]), FELL)
assert run([0, 1], while_not_withs_if_continue_elif_pass_else_break) in (('Budget', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 0, 1], while_not_withs_if_continue_elif_pass_else_break) in ((None, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 12]), FELL)
