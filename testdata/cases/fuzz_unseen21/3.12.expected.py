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
    # depyf: could not decompile never_looping_while_try_if_break_finally_else_pass: then-branch jumps past the try's normal exit at 50
    #   308           0 RESUME                   0
    #   
    #   309           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       36 (to 88)
    #   
    #   310          16 NOP
    #   
    #   311          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       10 (to 52)
    #   
    #   312          32 NOP
    #   
    #   314          34 PUSH_NULL
    #                36 LOAD_FAST                1 (t)
    #                38 LOAD_CONST               1 (2)
    #                40 CALL                     1
    #                48 POP_TOP
    #                50 JUMP_FORWARD            19 (to 90)
    #   
    #   311     >>   52 NOP
    #   
    #   314          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               1 (2)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #   315          70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               2 (4)
    #                76 CALL                     1
    #                84 POP_TOP
    #   
    #   316          86 JUMP_FORWARD             1 (to 90)
    #   
    #   318     >>   88 NOP
    #   
    #   319     >>   90 PUSH_NULL
    #                92 LOAD_FAST                1 (t)
    #                94 LOAD_CONST               3 (6)
    #                96 CALL                     1
    #               104 POP_TOP
    #               106 RETURN_CONST             0 (None)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   314         110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 LOAD_CONST               1 (2)
    #               116 CALL                     1
    #               124 POP_TOP
    #               126 RERAISE                  0
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #   ExceptionTable:
    #     18 to 30 -> 108 [0]
    #     108 to 126 -> 128 [1] lasti
    raise RuntimeError("depyf: could not decompile never_looping_while_try_if_break_finally_else_pass: then-branch jumps past the try's normal exit at 50")


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
                pass
        except E2:
            t(5)
            continue
    t(6)


def for_try_try_return_const_clause_clause(c, t, x, n, m):
    for k in n():
        try:
            try:
                x(3)
                return 5
            except E1:
                t(4)
        except E2:
            continue
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
    # depyf: could not decompile for_try_try_return_clause_finally_pass_clauses: try statement cut by the end of its region at 26
    #   593           0 RESUME                   0
    #   
    #   594           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                14 (to 48)
    #                20 STORE_FAST               5 (k)
    #   
    #   595          22 NOP
    #   
    #   596          24 NOP
    #   
    #   597          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               1 (3)
    #                32 CALL                     1
    #                40 POP_TOP
    #   
    #   598          42 NOP
    #   
    #   602          44 POP_TOP
    #                46 RETURN_CONST             0 (None)
    #   
    #   594     >>   48 END_FOR
    #                50 RETURN_CONST             0 (None)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   599          54 LOAD_GLOBAL              0 (E1)
    #                64 CHECK_EXC_MATCH
    #                66 POP_JUMP_IF_FALSE        3 (to 74)
    #                68 POP_TOP
    #   
    #   600          70 POP_EXCEPT
    #                72 JUMP_FORWARD             4 (to 82)
    #   
    #   599     >>   74 RERAISE                  0
    #           >>   76 COPY                     3
    #                78 POP_EXCEPT
    #                80 RERAISE                  1
    #   
    #   600     >>   82 NOP
    #   
    #   602          84 JUMP_FORWARD             5 (to 96)
    #           >>   86 PUSH_EXC_INFO
    #                88 RERAISE                  0
    #           >>   90 COPY                     3
    #                92 POP_EXCEPT
    #                94 RERAISE                  1
    #           >>   96 JUMP_BACKWARD           41 (to 16)
    #           >>   98 PUSH_EXC_INFO
    #   
    #   603         100 LOAD_GLOBAL              0 (E1)
    #               110 CHECK_EXC_MATCH
    #               112 POP_JUMP_IF_FALSE        3 (to 120)
    #               114 POP_TOP
    #   
    #   604         116 POP_EXCEPT
    #               118 JUMP_BACKWARD           52 (to 16)
    #   
    #   605     >>  120 LOAD_GLOBAL              2 (E2)
    #               130 CHECK_EXC_MATCH
    #               132 POP_JUMP_IF_FALSE       18 (to 170)
    #               134 STORE_FAST               6 (e)
    #   
    #   606         136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               2 (8)
    #               142 CALL                     1
    #               150 POP_TOP
    #               152 POP_EXCEPT
    #               154 LOAD_CONST               0 (None)
    #               156 STORE_FAST               6 (e)
    #               158 DELETE_FAST              6 (e)
    #               160 JUMP_BACKWARD           73 (to 16)
    #           >>  162 LOAD_CONST               0 (None)
    #               164 STORE_FAST               6 (e)
    #               166 DELETE_FAST              6 (e)
    #               168 RERAISE                  1
    #   
    #   605     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   ExceptionTable:
    #     26 to 40 -> 52 [1]
    #     52 to 68 -> 76 [2] lasti
    #     70 to 72 -> 86 [1]
    #     74 to 74 -> 76 [2] lasti
    #     76 to 80 -> 86 [1]
    #     84 to 84 -> 98 [1]
    #     86 to 88 -> 90 [2] lasti
    #     90 to 94 -> 98 [1]
    #     98 to 114 -> 172 [2] lasti
    #     120 to 134 -> 172 [2] lasti
    #     136 to 150 -> 162 [2] lasti
    #     162 to 170 -> 172 [2] lasti
    raise RuntimeError('depyf: could not decompile for_try_try_return_clause_finally_pass_clauses: try statement cut by the end of its region at 26')


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
    # depyf: could not decompile never_looping_while_match_break_pass_then_code: match case jumps past the code after the match at 52
    #   830           0 RESUME                   0
    #   
    #   831           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       27 (to 70)
    #   
    #   832          16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #   
    #   833          28 COPY                     1
    #                30 LOAD_CONST               1 (1)
    #                32 COMPARE_OP              40 (==)
    #                36 POP_JUMP_IF_FALSE        2 (to 42)
    #                38 POP_TOP
    #   
    #   834          40 JUMP_FORWARD            14 (to 70)
    #   
    #   835     >>   42 LOAD_CONST               2 (2)
    #                44 COMPARE_OP              40 (==)
    #                48 POP_JUMP_IF_FALSE        1 (to 52)
    #   
    #   836          50 NOP
    #   
    #   837     >>   52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               3 (33)
    #                58 CALL                     1
    #                66 POP_TOP
    #   
    #   838          68 NOP
    #   
    #   839     >>   70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               4 (34)
    #                76 CALL                     1
    #                84 POP_TOP
    #                86 RETURN_CONST             0 (None)
    raise RuntimeError('depyf: could not decompile never_looping_while_match_break_pass_then_code: match case jumps past the code after the match at 52')


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
    # depyf: could not decompile while_chain_try_with_raise_clause_break: code after a try reached only by a with's suppressing path at 152
    #   856           0 RESUME                   0
    #   
    #   857           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               5 (k)
    #   
    #   858           6 LOAD_CONST               1 (0)
    #                 8 PUSH_NULL
    #                10 LOAD_FAST                0 (c)
    #                12 CALL                     0
    #                20 LOAD_CONST               2 (1)
    #                22 BINARY_OP                0 (+)
    #                26 SWAP                     2
    #                28 COPY                     2
    #                30 COMPARE_OP               2 (<)
    #                34 POP_JUMP_IF_FALSE        5 (to 46)
    #                36 LOAD_CONST               3 (5)
    #                38 COMPARE_OP               2 (<)
    #                42 POP_JUMP_IF_FALSE       25 (to 94)
    #                44 JUMP_FORWARD             2 (to 50)
    #           >>   46 POP_TOP
    #                48 RETURN_CONST             0 (None)
    #   
    #   859     >>   50 NOP
    #   
    #   860          52 PUSH_NULL
    #                54 LOAD_FAST                4 (m)
    #                56 LOAD_CONST               4 (6)
    #                58 CALL                     1
    #                66 BEFORE_WITH
    #                68 STORE_FAST               6 (w)
    #   
    #   861          70 LOAD_GLOBAL              1 (NULL + E1)
    #                80 LOAD_CONST               5 (9)
    #                82 CALL                     1
    #                90 RAISE_VARARGS            1
    #           >>   92 RETURN_CONST             0 (None)
    #   
    #   858     >>   94 RETURN_CONST             0 (None)
    #   
    #   860     >>   96 PUSH_EXC_INFO
    #                98 WITH_EXCEPT_START
    #               100 POP_JUMP_IF_TRUE         1 (to 104)
    #               102 RERAISE                  2
    #           >>  104 POP_TOP
    #               106 POP_EXCEPT
    #               108 POP_TOP
    #               110 POP_TOP
    #               112 JUMP_FORWARD             3 (to 120)
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #           >>  120 JUMP_FORWARD            15 (to 152)
    #           >>  122 PUSH_EXC_INFO
    #   
    #   862         124 LOAD_GLOBAL              0 (E1)
    #               134 CHECK_EXC_MATCH
    #               136 POP_JUMP_IF_FALSE        3 (to 144)
    #               138 POP_TOP
    #   
    #   863         140 POP_EXCEPT
    #               142 RETURN_CONST             0 (None)
    #   
    #   862     >>  144 RERAISE                  0
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #   
    #   858     >>  152 LOAD_CONST               1 (0)
    #               154 PUSH_NULL
    #               156 LOAD_FAST                0 (c)
    #               158 CALL                     0
    #               166 LOAD_CONST               2 (1)
    #               168 BINARY_OP                0 (+)
    #               172 SWAP                     2
    #               174 COPY                     2
    #               176 COMPARE_OP               2 (<)
    #               180 POP_JUMP_IF_FALSE        6 (to 194)
    #               182 LOAD_CONST               3 (5)
    #               184 COMPARE_OP               2 (<)
    #               188 POP_JUMP_IF_FALSE        1 (to 192)
    #               190 JUMP_BACKWARD           71 (to 50)
    #           >>  192 RETURN_CONST             0 (None)
    #           >>  194 POP_TOP
    #               196 JUMP_BACKWARD           53 (to 92)
    #   ExceptionTable:
    #     52 to 66 -> 122 [0]
    #     68 to 90 -> 96 [1] lasti
    #     96 to 104 -> 114 [3] lasti
    #     106 to 118 -> 122 [0]
    #     122 to 138 -> 146 [1] lasti
    #     144 to 144 -> 146 [1] lasti
    raise RuntimeError("depyf: could not decompile while_chain_try_with_raise_clause_break: code after a try reached only by a with's suppressing path at 152")


def while_try_with_raise_clause_break_at_end(c, t, x, n, m):
    # depyf: could not decompile while_try_with_raise_clause_break_at_end: code after a try reached only by a with's suppressing path at 118
    #   866           0 RESUME                   0
    #   
    #   867           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       22 (to 60)
    #   
    #   868     >>   16 NOP
    #   
    #   869          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (6)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #   870          36 LOAD_GLOBAL              1 (NULL + E1)
    #                46 LOAD_CONST               2 (9)
    #                48 CALL                     1
    #                56 RAISE_VARARGS            1
    #           >>   58 RETURN_CONST             0 (None)
    #   
    #   867     >>   60 RETURN_CONST             0 (None)
    #   
    #   869     >>   62 PUSH_EXC_INFO
    #                64 WITH_EXCEPT_START
    #                66 POP_JUMP_IF_TRUE         1 (to 70)
    #                68 RERAISE                  2
    #           >>   70 POP_TOP
    #                72 POP_EXCEPT
    #                74 POP_TOP
    #                76 POP_TOP
    #                78 JUMP_FORWARD             3 (to 86)
    #           >>   80 COPY                     3
    #                82 POP_EXCEPT
    #                84 RERAISE                  1
    #           >>   86 JUMP_FORWARD            15 (to 118)
    #           >>   88 PUSH_EXC_INFO
    #   
    #   871          90 LOAD_GLOBAL              0 (E1)
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_IF_FALSE        3 (to 110)
    #               104 POP_TOP
    #   
    #   872         106 POP_EXCEPT
    #               108 RETURN_CONST             0 (None)
    #   
    #   871     >>  110 RERAISE                  0
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #   
    #   867     >>  118 PUSH_NULL
    #               120 LOAD_FAST                0 (c)
    #               122 CALL                     0
    #               130 POP_JUMP_IF_FALSE        1 (to 134)
    #               132 JUMP_BACKWARD           59 (to 16)
    #           >>  134 JUMP_BACKWARD           39 (to 58)
    #   ExceptionTable:
    #     18 to 32 -> 88 [0]
    #     34 to 56 -> 62 [1] lasti
    #     62 to 70 -> 80 [3] lasti
    #     72 to 84 -> 88 [0]
    #     88 to 104 -> 112 [1] lasti
    #     110 to 110 -> 112 [1] lasti
    raise RuntimeError("depyf: could not decompile while_try_with_raise_clause_break_at_end: code after a try reached only by a with's suppressing path at 118")


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
    #   938           0 RESUME                   0
    #   
    #   939     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_TRUE        94 (to 204)
    #   
    #   940     >>   16 PUSH_NULL
    #                18 LOAD_FAST                4 (m)
    #                20 LOAD_CONST               1 (5)
    #                22 CALL                     1
    #                30 BEFORE_WITH
    #                32 STORE_FAST               5 (w)
    #                34 PUSH_NULL
    #                36 LOAD_FAST                4 (m)
    #                38 LOAD_CONST               2 (6)
    #                40 CALL                     1
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   941          52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 CALL                     0
    #                64 POP_JUMP_IF_FALSE       18 (to 102)
    #   
    #   942          66 NOP
    #   
    #   940          68 LOAD_CONST               0 (None)
    #                70 LOAD_CONST               0 (None)
    #                72 LOAD_CONST               0 (None)
    #                74 CALL                     2
    #                82 POP_TOP
    #                84 LOAD_CONST               0 (None)
    #                86 LOAD_CONST               0 (None)
    #                88 LOAD_CONST               0 (None)
    #                90 CALL                     2
    #                98 POP_TOP
    #               100 JUMP_BACKWARD           50 (to 2)
    #   
    #   943     >>  102 PUSH_NULL
    #               104 LOAD_FAST                0 (c)
    #               106 CALL                     0
    #               114 POP_JUMP_IF_TRUE         1 (to 118)
    #   
    #   944         116 JUMP_FORWARD            18 (to 154)
    #   
    #   946     >>  118 NOP
    #   
    #   940         120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 CALL                     2
    #               134 POP_TOP
    #               136 LOAD_CONST               0 (None)
    #               138 LOAD_CONST               0 (None)
    #               140 LOAD_CONST               0 (None)
    #               142 CALL                     2
    #               150 POP_TOP
    #               152 JUMP_FORWARD            25 (to 204)
    #   
    #   944     >>  154 NOP
    #   
    #   940         156 LOAD_CONST               0 (None)
    #               158 LOAD_CONST               0 (None)
    #               160 LOAD_CONST               0 (None)
    #               162 CALL                     2
    #               170 POP_TOP
    #           >>  172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 CALL                     2
    #               186 POP_TOP
    #   
    #   939     >>  188 PUSH_NULL
    #               190 LOAD_FAST                0 (c)
    #               192 CALL                     0
    #               200 POP_JUMP_IF_TRUE         1 (to 204)
    #               202 JUMP_BACKWARD           94 (to 16)
    #   
    #   947     >>  204 PUSH_NULL
    #               206 LOAD_FAST                1 (t)
    #               208 LOAD_CONST               3 (12)
    #               210 CALL                     1
    #               218 POP_TOP
    #               220 RETURN_CONST             0 (None)
    #   
    #   940     >>  222 PUSH_EXC_INFO
    #               224 WITH_EXCEPT_START
    #               226 POP_JUMP_IF_TRUE         1 (to 230)
    #               228 RERAISE                  2
    #           >>  230 POP_TOP
    #               232 POP_EXCEPT
    #               234 POP_TOP
    #               236 POP_TOP
    #               238 JUMP_BACKWARD           34 (to 172)
    #           >>  240 COPY                     3
    #               242 POP_EXCEPT
    #               244 RERAISE                  1
    #           >>  246 PUSH_EXC_INFO
    #               248 WITH_EXCEPT_START
    #               250 POP_JUMP_IF_TRUE         1 (to 254)
    #               252 RERAISE                  2
    #           >>  254 POP_TOP
    #               256 POP_EXCEPT
    #               258 POP_TOP
    #               260 POP_TOP
    #               262 JUMP_BACKWARD           38 (to 188)
    #           >>  264 COPY                     3
    #               266 POP_EXCEPT
    #               268 RERAISE                  1
    #   ExceptionTable:
    #     32 to 48 -> 246 [1] lasti
    #     50 to 66 -> 222 [2] lasti
    #     68 to 82 -> 246 [1] lasti
    #     102 to 118 -> 222 [2] lasti
    #     120 to 134 -> 246 [1] lasti
    #     156 to 170 -> 246 [1] lasti
    #     222 to 230 -> 240 [4] lasti
    #     232 to 244 -> 246 [1] lasti
    #     246 to 254 -> 264 [3] lasti
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
