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
            else:
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
            break
    t(4)


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
    # depyf: could not decompile while_true_try_clause_if_continue_else_code_break: loop entered again only from an except clause not recognised at 2
    #   271           0 RESUME                   0
    #   
    #   272     >>    2 NOP
    #   
    #   273           4 NOP
    #   
    #   274           6 PUSH_NULL
    #                 8 LOAD_FAST                2 (x)
    #                10 LOAD_CONST               2 (1)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 POP_TOP
    #   
    #   280          28 PUSH_NULL
    #                30 LOAD_FAST                1 (t)
    #                32 LOAD_CONST               3 (4)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #   
    #   281          50 JUMP_FORWARD            37 (to 126)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   275          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    24 (to 118)
    #                70 POP_TOP
    #   
    #   276          72 PUSH_NULL
    #                74 LOAD_FAST                0 (c)
    #                76 PRECALL                  0
    #                80 CALL                     0
    #                90 POP_JUMP_FORWARD_IF_FALSE    11 (to 114)
    #   
    #   277          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               4 (2)
    #                98 PRECALL                  1
    #               102 CALL                     1
    #               112 POP_TOP
    #   
    #   278     >>  114 POP_EXCEPT
    #               116 JUMP_BACKWARD           58 (to 2)
    #   
    #   275     >>  118 RERAISE                  0
    #           >>  120 COPY                     3
    #               122 POP_EXCEPT
    #               124 RERAISE                  1
    #   
    #   282     >>  126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               5 (3)
    #               132 PRECALL                  1
    #               136 CALL                     1
    #               146 POP_TOP
    #               148 LOAD_CONST               0 (None)
    #               150 RETURN_VALUE
    #   ExceptionTable:
    #     6 to 26 -> 52 [0]
    #     52 to 112 -> 120 [1] lasti
    #     118 to 118 -> 120 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_clause_if_continue_else_code_break: loop entered again only from an except clause not recognised at 2')


def while_true_try_clause_continue_else_break(c, t, x, n, m):
    while True:
        try:
            x(1)
            break
        except E1:
            continue
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
    # depyf: could not decompile never_looping_while_try_if_break_finally_else_pass: then-branch jumps past the try's normal exit at 68
    #   308           0 RESUME                   0
    #   
    #   309           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    65 (to 152)
    #   
    #   310          22 NOP
    #   
    #   311          24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 PRECALL                  0
    #                32 CALL                     0
    #                42 POP_JUMP_FORWARD_IF_FALSE    13 (to 70)
    #   
    #   312          44 NOP
    #   
    #   314          46 PUSH_NULL
    #                48 LOAD_FAST                1 (t)
    #                50 LOAD_CONST               1 (2)
    #                52 PRECALL                  1
    #                56 CALL                     1
    #                66 POP_TOP
    #                68 JUMP_FORWARD            42 (to 154)
    #   
    #   311     >>   70 NOP
    #   
    #   314          72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               1 (2)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 POP_TOP
    #                94 JUMP_FORWARD            16 (to 128)
    #           >>   96 PUSH_EXC_INFO
    #                98 PUSH_NULL
    #               100 LOAD_FAST                1 (t)
    #               102 LOAD_CONST               1 (2)
    #               104 PRECALL                  1
    #               108 CALL                     1
    #               118 POP_TOP
    #               120 RERAISE                  0
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #   
    #   315     >>  128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               2 (4)
    #               134 PRECALL                  1
    #               138 CALL                     1
    #               148 POP_TOP
    #   
    #   316         150 JUMP_FORWARD             1 (to 154)
    #   
    #   318     >>  152 NOP
    #   
    #   319     >>  154 PUSH_NULL
    #               156 LOAD_FAST                1 (t)
    #               158 LOAD_CONST               3 (6)
    #               160 PRECALL                  1
    #               164 CALL                     1
    #               174 POP_TOP
    #               176 LOAD_CONST               0 (None)
    #               178 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 42 -> 96 [0]
    #     96 to 120 -> 122 [1] lasti
    raise RuntimeError("depyf: could not decompile never_looping_while_try_if_break_finally_else_pass: then-branch jumps past the try's normal exit at 68")


def try_try_clause_with_return_finally_clause_finally(c, t, x, n, m):
    # depyf: could not decompile try_try_clause_with_return_finally_clause_finally: a try statement read inside itself, its handler at 288
    #   322           0 RESUME                   0
    #   
    #   323           2 NOP
    #   
    #   324           4 NOP
    #   
    #   325           6 PUSH_NULL
    #                 8 LOAD_FAST                2 (x)
    #                10 LOAD_CONST               1 (24)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 POP_TOP
    #                28 JUMP_FORWARD           100 (to 230)
    #           >>   30 PUSH_EXC_INFO
    #   
    #   326          32 LOAD_GLOBAL              0 (E1)
    #                44 CHECK_EXC_MATCH
    #                46 POP_JUMP_FORWARD_IF_FALSE     3 (to 54)
    #                48 POP_TOP
    #   
    #   327          50 POP_EXCEPT
    #                52 JUMP_FORWARD            88 (to 230)
    #   
    #   328     >>   54 LOAD_GLOBAL              2 (E2)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    76 (to 222)
    #                70 STORE_FAST               5 (e)
    #   
    #   329          72 PUSH_NULL
    #                74 LOAD_FAST                4 (m)
    #                76 LOAD_CONST               2 (35)
    #                78 PRECALL                  1
    #                82 CALL                     1
    #                92 BEFORE_WITH
    #                94 STORE_FAST               6 (w)
    #   
    #   330          96 LOAD_FAST                6 (w)
    #                98 LOAD_CONST               3 (3)
    #               100 BUILD_TUPLE              2
    #   
    #   329         102 SWAP                     2
    #               104 LOAD_CONST               0 (None)
    #               106 LOAD_CONST               0 (None)
    #               108 LOAD_CONST               0 (None)
    #               110 PRECALL                  2
    #               114 CALL                     2
    #               124 POP_TOP
    #               126 SWAP                     2
    #               128 POP_EXCEPT
    #               130 LOAD_CONST               0 (None)
    #               132 STORE_FAST               5 (e)
    #               134 DELETE_FAST              5 (e)
    #   
    #   332         136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               4 (40)
    #               142 PRECALL                  1
    #               146 CALL                     1
    #               156 POP_TOP
    #   
    #   336         158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               5 (50)
    #               164 PRECALL                  1
    #               168 CALL                     1
    #               178 POP_TOP
    #               180 RETURN_VALUE
    #   
    #   329     >>  182 PUSH_EXC_INFO
    #               184 WITH_EXCEPT_START
    #               186 POP_JUMP_FORWARD_IF_TRUE     4 (to 196)
    #               188 RERAISE                  2
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #           >>  196 POP_TOP
    #               198 POP_EXCEPT
    #               200 POP_TOP
    #               202 POP_TOP
    #               204 POP_EXCEPT
    #               206 LOAD_CONST               0 (None)
    #               208 STORE_FAST               5 (e)
    #               210 DELETE_FAST              5 (e)
    #               212 JUMP_FORWARD             8 (to 230)
    #           >>  214 LOAD_CONST               0 (None)
    #               216 STORE_FAST               5 (e)
    #               218 DELETE_FAST              5 (e)
    #               220 RERAISE                  1
    #   
    #   328     >>  222 RERAISE                  0
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #   
    #   332     >>  230 PUSH_NULL
    #               232 LOAD_FAST                1 (t)
    #               234 LOAD_CONST               4 (40)
    #               236 PRECALL                  1
    #               240 CALL                     1
    #               250 POP_TOP
    #               252 JUMP_FORWARD            16 (to 286)
    #           >>  254 PUSH_EXC_INFO
    #               256 PUSH_NULL
    #               258 LOAD_FAST                1 (t)
    #               260 LOAD_CONST               4 (40)
    #               262 PRECALL                  1
    #               266 CALL                     1
    #               276 POP_TOP
    #               278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #           >>  286 JUMP_FORWARD            16 (to 320)
    #           >>  288 PUSH_EXC_INFO
    #   
    #   333         290 LOAD_GLOBAL              0 (E1)
    #               302 CHECK_EXC_MATCH
    #               304 POP_JUMP_FORWARD_IF_FALSE     3 (to 312)
    #               306 POP_TOP
    #   
    #   334         308 POP_EXCEPT
    #               310 JUMP_FORWARD             4 (to 320)
    #   
    #   333     >>  312 RERAISE                  0
    #           >>  314 COPY                     3
    #               316 POP_EXCEPT
    #               318 RERAISE                  1
    #   
    #   336     >>  320 PUSH_NULL
    #               322 LOAD_FAST                1 (t)
    #               324 LOAD_CONST               5 (50)
    #               326 PRECALL                  1
    #               330 CALL                     1
    #               340 POP_TOP
    #               342 LOAD_CONST               0 (None)
    #               344 RETURN_VALUE
    #           >>  346 PUSH_EXC_INFO
    #               348 PUSH_NULL
    #               350 LOAD_FAST                1 (t)
    #               352 LOAD_CONST               5 (50)
    #               354 PRECALL                  1
    #               358 CALL                     1
    #               368 POP_TOP
    #               370 RERAISE                  0
    #           >>  372 COPY                     3
    #               374 POP_EXCEPT
    #               376 RERAISE                  1
    #   ExceptionTable:
    #     6 to 26 -> 30 [0]
    #     28 to 28 -> 254 [0]
    #     30 to 48 -> 224 [1] lasti
    #     50 to 52 -> 254 [0]
    #     54 to 70 -> 224 [1] lasti
    #     72 to 92 -> 214 [1] lasti
    #     94 to 100 -> 182 [2] lasti
    #     102 to 124 -> 214 [1] lasti
    #     126 to 126 -> 224 [1] lasti
    #     128 to 134 -> 254 [0]
    #     136 to 156 -> 288 [0]
    #     182 to 188 -> 190 [4] lasti
    #     190 to 194 -> 214 [1] lasti
    #     196 to 196 -> 190 [4] lasti
    #     198 to 202 -> 214 [1] lasti
    #     204 to 212 -> 254 [0]
    #     214 to 222 -> 224 [1] lasti
    #     224 to 228 -> 254 [0]
    #     230 to 252 -> 288 [0]
    #     254 to 278 -> 280 [1] lasti
    #     280 to 284 -> 288 [0]
    #     286 to 286 -> 346 [0]
    #     288 to 306 -> 314 [1] lasti
    #     308 to 310 -> 346 [0]
    #     312 to 312 -> 314 [1] lasti
    #     314 to 318 -> 346 [0]
    #     346 to 370 -> 372 [1] lasti
    raise RuntimeError('depyf: could not decompile try_try_clause_with_return_finally_clause_finally: a try statement read inside itself, its handler at 288')


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
                return
            except E1:
                t(2)


def if_while_true_try_clause_else_code_break_at_end(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
            except E1:
                t(2)
            else:
                t(3)
                return


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
        if c() and c():
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
                return None
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
    for k in n():
        try:
            try:
                x(3)
                break
            except E1:
                pass
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
        if c() and c():
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
            break
        except E1:
            t(6)
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
            if c() and c():
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
    # depyf: could not decompile never_looping_while_match_break_pass_then_code: match case jumps past the code after the match at 68
    #   830           0 RESUME                   0
    #   
    #   831           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    35 (to 92)
    #   
    #   832          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 PRECALL                  0
    #                30 CALL                     0
    #   
    #   833          40 COPY                     1
    #                42 LOAD_CONST               1 (1)
    #                44 COMPARE_OP               2 (==)
    #                50 POP_JUMP_FORWARD_IF_FALSE     2 (to 56)
    #                52 POP_TOP
    #   
    #   834          54 JUMP_FORWARD            18 (to 92)
    #   
    #   835     >>   56 LOAD_CONST               2 (2)
    #                58 COMPARE_OP               2 (==)
    #                64 POP_JUMP_FORWARD_IF_FALSE     1 (to 68)
    #   
    #   836          66 NOP
    #   
    #   837     >>   68 PUSH_NULL
    #                70 LOAD_FAST                1 (t)
    #                72 LOAD_CONST               3 (33)
    #                74 PRECALL                  1
    #                78 CALL                     1
    #                88 POP_TOP
    #   
    #   838          90 NOP
    #   
    #   839     >>   92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               4 (34)
    #                98 PRECALL                  1
    #               102 CALL                     1
    #               112 POP_TOP
    #               114 LOAD_CONST               0 (None)
    #               116 RETURN_VALUE
    raise RuntimeError('depyf: could not decompile never_looping_while_match_break_pass_then_code: match case jumps past the code after the match at 68')


def for_never_looping_while_match_guard_break_else_pass(c, t, x, n, m):
    # depyf: could not decompile for_never_looping_while_match_guard_break_else_pass: match case jumps past the code after the match at 128
    #   842           0 RESUME                   0
    #   
    #   843           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                66 (to 156)
    #                24 STORE_FAST               5 (k)
    #   
    #   844          26 PUSH_NULL
    #                28 LOAD_FAST                0 (c)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 POP_JUMP_FORWARD_IF_FALSE    53 (to 152)
    #   
    #   845          46 LOAD_CONST               1 (<code object <listcomp> at 0x39773fac, file "testdata/cases/fuzz_unseen21.py", line 845>)
    #                48 MAKE_FUNCTION            0
    #                50 PUSH_NULL
    #                52 LOAD_FAST                3 (n)
    #                54 PRECALL                  0
    #                58 CALL                     0
    #                68 GET_ITER
    #                70 PRECALL                  0
    #                74 CALL                     0
    #   
    #   846          84 COPY                     1
    #                86 MATCH_SEQUENCE
    #                88 POP_JUMP_FORWARD_IF_FALSE    13 (to 116)
    #                90 GET_LEN
    #                92 LOAD_CONST               2 (1)
    #                94 COMPARE_OP               5 (>=)
    #               100 POP_JUMP_FORWARD_IF_FALSE     7 (to 116)
    #               102 UNPACK_EX                1
    #               104 STORE_FAST               6 (z)
    #               106 STORE_FAST               7 (rest)
    #               108 LOAD_FAST                7 (rest)
    #               110 POP_JUMP_FORWARD_IF_FALSE     3 (to 118)
    #               112 POP_TOP
    #   
    #   847         114 JUMP_FORWARD            19 (to 154)
    #   
    #   846     >>  116 POP_TOP
    #   
    #   848     >>  118 MATCH_SEQUENCE
    #               120 POP_JUMP_FORWARD_IF_FALSE     2 (to 126)
    #               122 POP_TOP
    #   
    #   849         124 JUMP_FORWARD             1 (to 128)
    #   
    #   848     >>  126 POP_TOP
    #   
    #   850     >>  128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               3 (33)
    #               134 PRECALL                  1
    #               138 CALL                     1
    #               148 POP_TOP
    #   
    #   851         150 JUMP_FORWARD             1 (to 154)
    #   
    #   853     >>  152 NOP
    #           >>  154 JUMP_BACKWARD           67 (to 22)
    #   
    #   843     >>  156 LOAD_CONST               0 (None)
    #               158 RETURN_VALUE
    #   
    #   Disassembly of <code object <listcomp> at 0x39773fac, file "testdata/cases/fuzz_unseen21.py", line 845>:
    #   845           0 RESUME                   0
    #                 2 BUILD_LIST               0
    #                 4 LOAD_FAST                0 (.0)
    #           >>    6 FOR_ITER                 4 (to 16)
    #                 8 STORE_FAST               1 (i)
    #                10 LOAD_FAST                1 (i)
    #                12 LIST_APPEND              2
    #                14 JUMP_BACKWARD            5 (to 6)
    #           >>   16 RETURN_VALUE
    raise RuntimeError('depyf: could not decompile for_never_looping_while_match_guard_break_else_pass: match case jumps past the code after the match at 128')


def while_chain_try_with_raise_clause_break(c, t, x, n, m):
    # depyf: could not decompile while_chain_try_with_raise_clause_break: code after a try reached only by a with's suppressing path at 176
    #   856           0 RESUME                   0
    #   
    #   857           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               5 (k)
    #   
    #   858           6 LOAD_CONST               1 (0)
    #                 8 PUSH_NULL
    #                10 LOAD_FAST                0 (c)
    #                12 PRECALL                  0
    #                16 CALL                     0
    #                26 LOAD_CONST               2 (1)
    #                28 BINARY_OP                0 (+)
    #                32 SWAP                     2
    #                34 COPY                     2
    #                36 COMPARE_OP               0 (<)
    #                42 POP_JUMP_FORWARD_IF_FALSE     6 (to 56)
    #                44 LOAD_CONST               3 (5)
    #                46 COMPARE_OP               0 (<)
    #                52 POP_JUMP_FORWARD_IF_FALSE    90 (to 234)
    #                54 JUMP_FORWARD             3 (to 62)
    #           >>   56 POP_TOP
    #                58 LOAD_CONST               0 (None)
    #                60 RETURN_VALUE
    #   
    #   859     >>   62 NOP
    #   
    #   860          64 PUSH_NULL
    #                66 LOAD_FAST                4 (m)
    #                68 LOAD_CONST               4 (6)
    #                70 PRECALL                  1
    #                74 CALL                     1
    #                84 BEFORE_WITH
    #                86 STORE_FAST               6 (w)
    #   
    #   861          88 LOAD_GLOBAL              1 (NULL + E1)
    #               100 LOAD_CONST               5 (9)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 RAISE_VARARGS            1
    #   
    #   860     >>  118 PUSH_EXC_INFO
    #               120 WITH_EXCEPT_START
    #               122 POP_JUMP_FORWARD_IF_TRUE     4 (to 132)
    #               124 RERAISE                  2
    #           >>  126 COPY                     3
    #               128 POP_EXCEPT
    #               130 RERAISE                  1
    #           >>  132 POP_TOP
    #               134 POP_EXCEPT
    #               136 POP_TOP
    #               138 POP_TOP
    #               140 JUMP_FORWARD            17 (to 176)
    #           >>  142 PUSH_EXC_INFO
    #   
    #   862         144 LOAD_GLOBAL              0 (E1)
    #               156 CHECK_EXC_MATCH
    #               158 POP_JUMP_FORWARD_IF_FALSE     4 (to 168)
    #               160 POP_TOP
    #   
    #   863         162 POP_EXCEPT
    #               164 LOAD_CONST               0 (None)
    #               166 RETURN_VALUE
    #   
    #   862     >>  168 RERAISE                  0
    #           >>  170 COPY                     3
    #               172 POP_EXCEPT
    #               174 RERAISE                  1
    #   
    #   858     >>  176 LOAD_CONST               1 (0)
    #               178 PUSH_NULL
    #               180 LOAD_FAST                0 (c)
    #               182 PRECALL                  0
    #               186 CALL                     0
    #               196 LOAD_CONST               2 (1)
    #               198 BINARY_OP                0 (+)
    #               202 SWAP                     2
    #               204 COPY                     2
    #               206 COMPARE_OP               0 (<)
    #               212 POP_JUMP_FORWARD_IF_FALSE     7 (to 228)
    #               214 LOAD_CONST               3 (5)
    #               216 COMPARE_OP               0 (<)
    #               222 POP_JUMP_BACKWARD_IF_TRUE    81 (to 62)
    #               224 LOAD_CONST               0 (None)
    #               226 RETURN_VALUE
    #           >>  228 POP_TOP
    #               230 LOAD_CONST               0 (None)
    #               232 RETURN_VALUE
    #           >>  234 LOAD_CONST               0 (None)
    #               236 RETURN_VALUE
    #   ExceptionTable:
    #     64 to 84 -> 142 [0]
    #     86 to 116 -> 118 [1] lasti
    #     118 to 124 -> 126 [3] lasti
    #     126 to 130 -> 142 [0]
    #     132 to 132 -> 126 [3] lasti
    #     134 to 138 -> 142 [0]
    #     142 to 160 -> 170 [1] lasti
    #     168 to 168 -> 170 [1] lasti
    raise RuntimeError("depyf: could not decompile while_chain_try_with_raise_clause_break: code after a try reached only by a with's suppressing path at 176")


def while_try_with_raise_clause_break_at_end(c, t, x, n, m):
    # depyf: could not decompile while_try_with_raise_clause_break_at_end: code after a try reached only by a with's suppressing path at 136
    #   866           0 RESUME                   0
    #   
    #   867           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    69 (to 160)
    #   
    #   868     >>   22 NOP
    #   
    #   869          24 PUSH_NULL
    #                26 LOAD_FAST                4 (m)
    #                28 LOAD_CONST               1 (6)
    #                30 PRECALL                  1
    #                34 CALL                     1
    #                44 BEFORE_WITH
    #                46 STORE_FAST               5 (w)
    #   
    #   870          48 LOAD_GLOBAL              1 (NULL + E1)
    #                60 LOAD_CONST               2 (9)
    #                62 PRECALL                  1
    #                66 CALL                     1
    #                76 RAISE_VARARGS            1
    #   
    #   869     >>   78 PUSH_EXC_INFO
    #                80 WITH_EXCEPT_START
    #                82 POP_JUMP_FORWARD_IF_TRUE     4 (to 92)
    #                84 RERAISE                  2
    #           >>   86 COPY                     3
    #                88 POP_EXCEPT
    #                90 RERAISE                  1
    #           >>   92 POP_TOP
    #                94 POP_EXCEPT
    #                96 POP_TOP
    #                98 POP_TOP
    #               100 JUMP_FORWARD            17 (to 136)
    #           >>  102 PUSH_EXC_INFO
    #   
    #   871         104 LOAD_GLOBAL              0 (E1)
    #               116 CHECK_EXC_MATCH
    #               118 POP_JUMP_FORWARD_IF_FALSE     4 (to 128)
    #               120 POP_TOP
    #   
    #   872         122 POP_EXCEPT
    #               124 LOAD_CONST               0 (None)
    #               126 RETURN_VALUE
    #   
    #   871     >>  128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   867     >>  136 PUSH_NULL
    #               138 LOAD_FAST                0 (c)
    #               140 PRECALL                  0
    #               144 CALL                     0
    #               154 POP_JUMP_BACKWARD_IF_TRUE    67 (to 22)
    #               156 LOAD_CONST               0 (None)
    #               158 RETURN_VALUE
    #           >>  160 LOAD_CONST               0 (None)
    #               162 RETURN_VALUE
    #   ExceptionTable:
    #     24 to 44 -> 102 [0]
    #     46 to 76 -> 78 [1] lasti
    #     78 to 84 -> 86 [3] lasti
    #     86 to 90 -> 102 [0]
    #     92 to 92 -> 86 [3] lasti
    #     94 to 98 -> 102 [0]
    #     102 to 120 -> 130 [1] lasti
    #     128 to 128 -> 130 [1] lasti
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
    while not c():
        with m(5) as w, m(6):
            if c():
                continue
            if not c():
                pass
            else:
                break
    t(12)

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
