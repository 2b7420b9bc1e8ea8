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


def while_true_if_break_try_for_else_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while not c():
                x(5)
            for k in n():
                pass
            continue
        except E1:
            pass
        finally:
            if c():
                pass
    t(12)


def while_true_if_break_try_continue_clause_finally_if_else(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                t(9)
            else:
                t(10)
    t(12)


def while_true_if_break_try_continue_clauses_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        except E2:
            pass
        finally:
            if c():
                t(9)
    t(12)


def while_true_if_break_try_continue_clause_finally_if_then_code(c, t, x, n, m):
    # depyf: could not decompile while_true_if_break_try_continue_clause_finally_if_then_code: the normal exit's copy of the finally body after an inner handler, at 122, goes on elsewhere than the region
    #   205           0 RESUME                   0
    #   
    #   206     >>    2 NOP
    #   
    #   207     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE        1 (to 20)
    #   
    #   208          18 JUMP_FORWARD            19 (to 58)
    #   
    #   209     >>   20 NOP
    #   
    #   210          22 PUSH_NULL
    #                24 LOAD_FAST                2 (x)
    #                26 LOAD_CONST               1 (5)
    #                28 CALL                     1
    #                36 POP_TOP
    #   
    #   211          38 NOP
    #   
    #   215          40 PUSH_NULL
    #                42 LOAD_FAST                0 (c)
    #                44 CALL                     0
    #                52 POP_JUMP_IF_TRUE         1 (to 56)
    #                54 JUMP_BACKWARD           27 (to 2)
    #   
    #   216     >>   56 JUMP_BACKWARD           28 (to 2)
    #   
    #   218     >>   58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               4 (12)
    #                64 CALL                     1
    #                72 POP_TOP
    #                74 RETURN_CONST             0 (None)
    #           >>   76 PUSH_EXC_INFO
    #   
    #   212          78 LOAD_GLOBAL              0 (E1)
    #                88 CHECK_EXC_MATCH
    #                90 POP_JUMP_IF_FALSE       11 (to 114)
    #                92 POP_TOP
    #   
    #   213          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               2 (7)
    #               100 CALL                     1
    #               108 POP_TOP
    #               110 POP_EXCEPT
    #               112 JUMP_FORWARD             4 (to 122)
    #   
    #   212     >>  114 RERAISE                  0
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #   
    #   213     >>  122 NOP
    #   
    #   215         124 PUSH_NULL
    #               126 LOAD_FAST                0 (c)
    #               128 CALL                     0
    #               136 POP_JUMP_IF_FALSE       14 (to 166)
    #   
    #   216         138 JUMP_FORWARD            13 (to 166)
    #           >>  140 PUSH_EXC_INFO
    #   
    #   215         142 PUSH_NULL
    #               144 LOAD_FAST                0 (c)
    #               146 CALL                     0
    #               154 POP_JUMP_IF_FALSE        1 (to 158)
    #   
    #   216         156 RERAISE                  0
    #   
    #   215     >>  158 RERAISE                  0
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #   
    #   217     >>  166 PUSH_NULL
    #               168 LOAD_FAST                1 (t)
    #               170 LOAD_CONST               3 (11)
    #               172 CALL                     1
    #               180 POP_TOP
    #   
    #   206         182 JUMP_BACKWARD           90 (to 4)
    #   ExceptionTable:
    #     22 to 36 -> 76 [0]
    #     76 to 108 -> 116 [1] lasti
    #     110 to 112 -> 140 [0]
    #     114 to 114 -> 116 [1] lasti
    #     116 to 120 -> 140 [0]
    #     140 to 158 -> 160 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_if_break_try_continue_clause_finally_if_then_code: the normal exit's copy of the finally body after an inner handler, at 122, goes on elsewhere than the region")


def for_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    for i in n():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_c_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    while c():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_true_if_else_try_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            t(3)
        else:
            try:
                x(5)
                continue
            except E1:
                t(7)
            finally:
                if c():
                    pass
        t(11)
        if c():
            break
    t(12)


def while_try_with_break_finally(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        finally:
            t(5)


def while_try_with_break_finally_then_code(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        finally:
            t(5)
    t(7)


def for_try_with_break_finally(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                break
        finally:
            t(5)


def for_try_with_break_finally_then_code(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                break
        finally:
            t(5)
    t(7)


def while_try_with_continue_finally_then_code(c, t, x, n, m):
    # depyf: could not decompile while_try_with_continue_finally_then_code: code after a try/finally reached only through a handler in its body, at 160
    #   306           0 RESUME                   0
    #   
    #   307     >>    2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       28 (to 72)
    #   
    #   308     >>   16 NOP
    #   
    #   309          18 PUSH_NULL
    #                20 LOAD_FAST                4 (m)
    #                22 LOAD_CONST               1 (1)
    #                24 CALL                     1
    #                32 BEFORE_WITH
    #                34 STORE_FAST               5 (w)
    #   
    #   310          36 NOP
    #   
    #   309          38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #   
    #   312          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               2 (5)
    #                60 CALL                     1
    #                68 POP_TOP
    #                70 JUMP_BACKWARD           35 (to 2)
    #   
    #   314     >>   72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               4 (7)
    #                78 CALL                     1
    #                86 POP_TOP
    #                88 RETURN_CONST             0 (None)
    #   
    #   309     >>   90 PUSH_EXC_INFO
    #                92 WITH_EXCEPT_START
    #                94 POP_JUMP_IF_TRUE         1 (to 98)
    #                96 RERAISE                  2
    #           >>   98 POP_TOP
    #               100 POP_EXCEPT
    #               102 POP_TOP
    #               104 POP_TOP
    #               106 JUMP_FORWARD             3 (to 114)
    #           >>  108 COPY                     3
    #               110 POP_EXCEPT
    #               112 RERAISE                  1
    #           >>  114 NOP
    #   
    #   312         116 PUSH_NULL
    #               118 LOAD_FAST                1 (t)
    #               120 LOAD_CONST               2 (5)
    #               122 CALL                     1
    #               130 POP_TOP
    #               132 JUMP_FORWARD            13 (to 160)
    #           >>  134 PUSH_EXC_INFO
    #               136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               2 (5)
    #               142 CALL                     1
    #               150 POP_TOP
    #               152 RERAISE                  0
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #   
    #   313     >>  160 PUSH_NULL
    #               162 LOAD_FAST                1 (t)
    #               164 LOAD_CONST               3 (6)
    #               166 CALL                     1
    #               174 POP_TOP
    #   
    #   307         176 PUSH_NULL
    #               178 LOAD_FAST                0 (c)
    #               180 CALL                     0
    #               188 POP_JUMP_IF_FALSE        1 (to 192)
    #               190 JUMP_BACKWARD           88 (to 16)
    #           >>  192 JUMP_BACKWARD           61 (to 72)
    #   ExceptionTable:
    #     18 to 32 -> 134 [0]
    #     34 to 36 -> 90 [1] lasti
    #     38 to 52 -> 134 [0]
    #     90 to 98 -> 108 [3] lasti
    #     100 to 112 -> 134 [0]
    #     134 to 152 -> 154 [1] lasti
    raise RuntimeError('depyf: could not decompile while_try_with_continue_finally_then_code: code after a try/finally reached only through a handler in its body, at 160')


def while_try_with_break_clause_finally(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        except E1:
            t(3)
        finally:
            t(5)
    t(7)


def while_if_try_with_break_finally_else(c, t, x, n, m):
    while c():
        if c():
            try:
                with m(1) as w:
                    break
            finally:
                t(5)
        else:
            t(6)
    t(7)


def while_true_try_withs_break_finally(c, t, x, n, m):
    # depyf: could not decompile while_true_try_withs_break_finally: a with's suppressing path and its normal exit go on apart at 60
    #   342           0 RESUME                   0
    #   
    #   343           2 NOP
    #   
    #   344     >>    4 PUSH_NULL
    #                 6 LOAD_FAST                1 (t)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   345          20 NOP
    #   
    #   346          22 PUSH_NULL
    #                24 LOAD_FAST                4 (m)
    #                26 LOAD_CONST               1 (1)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 STORE_FAST               5 (w)
    #                40 PUSH_NULL
    #                42 LOAD_FAST                4 (m)
    #                44 LOAD_CONST               2 (2)
    #                46 CALL                     1
    #                54 BEFORE_WITH
    #                56 POP_TOP
    #   
    #   347          58 NOP
    #   
    #   346          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 CALL                     2
    #                90 POP_TOP
    #   
    #   349          92 PUSH_NULL
    #                94 LOAD_FAST                0 (c)
    #                96 CALL                     0
    #               104 POP_JUMP_IF_FALSE        9 (to 124)
    #   
    #   350         106 PUSH_NULL
    #               108 LOAD_FAST                1 (t)
    #               110 LOAD_CONST               3 (5)
    #               112 CALL                     1
    #               120 POP_TOP
    #               122 NOP
    #   
    #   351     >>  124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               4 (7)
    #               130 CALL                     1
    #               138 POP_TOP
    #               140 RETURN_CONST             0 (None)
    #   
    #   346     >>  142 PUSH_EXC_INFO
    #               144 WITH_EXCEPT_START
    #               146 POP_JUMP_IF_TRUE         1 (to 150)
    #               148 RERAISE                  2
    #           >>  150 POP_TOP
    #               152 POP_EXCEPT
    #               154 POP_TOP
    #               156 POP_TOP
    #               158 JUMP_FORWARD             3 (to 166)
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #           >>  166 LOAD_CONST               0 (None)
    #               168 LOAD_CONST               0 (None)
    #               170 LOAD_CONST               0 (None)
    #               172 CALL                     2
    #               180 POP_TOP
    #               182 JUMP_FORWARD            12 (to 208)
    #           >>  184 PUSH_EXC_INFO
    #               186 WITH_EXCEPT_START
    #               188 POP_JUMP_IF_TRUE         1 (to 192)
    #               190 RERAISE                  2
    #           >>  192 POP_TOP
    #               194 POP_EXCEPT
    #               196 POP_TOP
    #               198 POP_TOP
    #               200 JUMP_FORWARD             3 (to 208)
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #   
    #   349     >>  208 PUSH_NULL
    #               210 LOAD_FAST                0 (c)
    #               212 CALL                     0
    #               220 POP_JUMP_IF_FALSE       30 (to 282)
    #   
    #   350         222 PUSH_NULL
    #               224 LOAD_FAST                1 (t)
    #               226 LOAD_CONST               3 (5)
    #               228 CALL                     1
    #               236 POP_TOP
    #               238 JUMP_FORWARD            21 (to 282)
    #           >>  240 PUSH_EXC_INFO
    #   
    #   349         242 PUSH_NULL
    #               244 LOAD_FAST                0 (c)
    #               246 CALL                     0
    #               254 POP_JUMP_IF_FALSE        9 (to 274)
    #   
    #   350         256 PUSH_NULL
    #               258 LOAD_FAST                1 (t)
    #               260 LOAD_CONST               3 (5)
    #               262 CALL                     1
    #               270 POP_TOP
    #               272 RERAISE                  0
    #   
    #   349     >>  274 RERAISE                  0
    #           >>  276 COPY                     3
    #               278 POP_EXCEPT
    #               280 RERAISE                  1
    #   
    #   343     >>  282 JUMP_BACKWARD          140 (to 4)
    #   ExceptionTable:
    #     22 to 36 -> 240 [0]
    #     38 to 54 -> 184 [1] lasti
    #     56 to 58 -> 142 [2] lasti
    #     60 to 74 -> 184 [1] lasti
    #     76 to 90 -> 240 [0]
    #     142 to 150 -> 160 [4] lasti
    #     152 to 164 -> 184 [1] lasti
    #     166 to 182 -> 240 [0]
    #     184 to 192 -> 202 [3] lasti
    #     194 to 206 -> 240 [0]
    #     240 to 274 -> 276 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_withs_break_finally: a with's suppressing path and its normal exit go on apart at 60")


def for_try_with_x_break_finally_return(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                x(2)
                break
        finally:
            t(5)
    return 8


def if_and_try_return_clause_pass_then_code_else_pass(c, t, x, n, m):
    if c() and c():
        try:
            t(15)
            return 16
        except E1:
            pass
        t(21)
    t(23)


def if_try_return_clause_pass_then_code_else(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        t(21)
    else:
        t(22)
    t(23)


def if_try_return_clauses_then_code_elif_else(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        except E2:
            pass
        t(21)
    elif c():
        t(22)
    else:
        t(24)
    t(25)


def for_if_try_return_clause_then_code_else(c, t, x, n, m):
    for i in n():
        if c():
            try:
                x(15)
                return 16
            except E1:
                t(17)
            t(21)
        else:
            t(22)
        t(23)
    t(24)


def while_if_try_return_clause_then_if_else(c, t, x, n, m):
    while c():
        if c():
            try:
                x(15)
                return 16
            except E1:
                t(17)
            if c():
                t(21)
        else:
            t(22)
        t(23)


def if_try_raise_clause_as_then_code_else_return(c, t, x, n, m):
    if c():
        try:
            x(15)
            raise E2(3)
        except E1 as e:
            t(17)
        t(21)
        t(23)
    else:
        return 22


def if_try_return_clause_then_code_else_at_end(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        t(21)
    else:
        t(22)


def if_with_try_return_clause_then_code_else(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(15)
                return 16
            except E1:
                t(17)
            t(21)
    else:
        t(22)
    t(23)


def while_true_try_clause_while_and_else_ifs_closure(c, t, x, n, m):
    def inner():
        while True:
            try:
                x(1)
            except E1:
                while c() and c():
                    pass
            else:
                if c():
                    pass
                elif c():
                    t(3)
                elif c():
                    return 4
    return inner()


def while_true_try_clause_for_break_else_code_closure(c, t, x, n, m):
    def inner():
        while True:
            try:
                x(1)
            except E1:
                for k in n():
                    if c():
                        break
                else:
                    t(2)
            else:
                t(3)
                if c():
                    return 4
    return inner()


def while_c_try_clause_if_else_code_closure(c, t, x, n, m):
    def inner():
        while c():
            try:
                x(1)
            except E1:
                if c():
                    t(2)
            except E2:
                return 5
            else:
                t(3)
                if c():
                    break
        t(6)
    return inner()


def if_not_with_try_raise_clause_pass_then_code(c, t, x, n, m):
    if not c():
        with m(7):
            try:
                x(9)
                raise E2(10)
            except E1:
                pass
            t(3)


def if_with_try_raise_clauses_then_code_else(c, t, x, n, m):
    if c():
        with m(7) as w:
            try:
                raise E2(10)
            except E1:
                t(2)
            except E2:
                pass
            t(3)
    else:
        t(4)
    t(5)


def for_if_with_try_raise_clause_then_code(c, t, x, n, m):
    for k in n():
        if c():
            with m(7):
                try:
                    x(9)
                    raise E2(10)
                except E2:
                    pass
                t(3)
        t(6)


def while_and_while_true_if_break_continue(c, t, x, n, m):
    if c():
        if c():
            while True:
                if c():
                    pass
                else:
                    continue
                if c():
                    if c():
                        continue
                    return
                else:
                    break


def if_while_and_while_true_if_break_continue_elifs(c, t, x, n, m):
    if c():
        if c():
            if c():
                while True:
                    if c():
                        pass
                    else:
                        continue
                    if c():
                        if c():
                            continue
                        return
                    else:
                        break
                return
            return
        return
    if c():
        return
    if c():
        t(2)


def while_or_while_true_if_break_continue_then_code(c, t, x, n, m):
    if c() or c():
        while True:
            if c():
                pass
            else:
                continue
            if c():
                continue
            if not c():
                break
    t(5)


def while_true_with_return(c, t, x, n, m):
    while True:
        with m(10):
            return 15


def while_true_with_as_code_return(c, t, x, n, m):
    while True:
        t(1)
        with m(10) as w:
            x(2)
            return w


def while_true_if_break_with_return_then_code(c, t, x, n, m):
    while True:
        if c():
            break
        with m(10):
            x(3)
            return 15
    t(7)


def while_true_withs_return(c, t, x, n, m):
    while True:
        with m(10) as w, m(11), m(12), m(13):
            break
    return 15


def while_not_if_and_try_pass_clause_break_else_for_else_return_closure(c, t, x, n, m):
    def inner():
        if not c():
            if c() and c():
                pass
            else:
                pass
            for j in n():
                pass
            return 12
        try:
            pass
        except E1:
            pass
        t(17)
    return inner()


def for_try_for_break_else_return_clause_pass(c, t, x, n, m):
    # depyf: could not decompile for_try_for_break_else_return_clause_pass: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 66
    #   643           0 RESUME                   0
    #   
    #   644           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                26 (to 72)
    #                20 STORE_FAST               5 (j)
    #   
    #   645          22 NOP
    #   
    #   646          24 PUSH_NULL
    #                26 LOAD_FAST                3 (n)
    #                28 CALL                     0
    #                36 GET_ITER
    #                38 FOR_ITER                 3 (to 48)
    #                42 STORE_FAST               5 (j)
    #   
    #   647          44 POP_TOP
    #                46 JUMP_FORWARD            11 (to 70)
    #   
    #   646     >>   48 END_FOR
    #   
    #   649          50 PUSH_NULL
    #                52 LOAD_FAST                2 (x)
    #                54 LOAD_CONST               1 (3)
    #                56 CALL                     1
    #                64 POP_TOP
    #   
    #   650          66 POP_TOP
    #                68 RETURN_CONST             2 (4)
    #   
    #   647     >>   70 JUMP_BACKWARD           28 (to 16)
    #   
    #   644     >>   72 END_FOR
    #                74 RETURN_CONST             0 (None)
    #           >>   76 PUSH_EXC_INFO
    #   
    #   651          78 LOAD_GLOBAL              0 (E1)
    #                88 CHECK_EXC_MATCH
    #                90 POP_JUMP_IF_FALSE        3 (to 98)
    #                92 POP_TOP
    #   
    #   652          94 POP_EXCEPT
    #                96 JUMP_BACKWARD           41 (to 16)
    #   
    #   651     >>   98 RERAISE                  0
    #           >>  100 COPY                     3
    #               102 POP_EXCEPT
    #               104 RERAISE                  1
    #   ExceptionTable:
    #     24 to 64 -> 76 [1]
    #     76 to 92 -> 100 [2] lasti
    #     98 to 98 -> 100 [2] lasti
    raise RuntimeError("depyf: could not decompile for_try_for_break_else_return_clause_pass: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 66")


def for_try_for_if_break_else_return_clause_then_code(c, t, x, n, m):
    # depyf: could not decompile for_try_for_if_break_else_return_clause_then_code: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 82
    #   655           0 RESUME                   0
    #   
    #   656           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                34 (to 88)
    #                20 STORE_FAST               5 (j)
    #   
    #   657          22 NOP
    #   
    #   658          24 PUSH_NULL
    #                26 LOAD_FAST                3 (n)
    #                28 CALL                     0
    #                36 GET_ITER
    #           >>   38 FOR_ITER                11 (to 64)
    #                42 STORE_FAST               6 (k)
    #   
    #   659          44 PUSH_NULL
    #                46 LOAD_FAST                0 (c)
    #                48 CALL                     0
    #                56 POP_JUMP_IF_TRUE         1 (to 60)
    #                58 JUMP_BACKWARD           11 (to 38)
    #   
    #   660     >>   60 POP_TOP
    #                62 JUMP_FORWARD            11 (to 86)
    #   
    #   658     >>   64 END_FOR
    #   
    #   662          66 PUSH_NULL
    #                68 LOAD_FAST                2 (x)
    #                70 LOAD_CONST               1 (3)
    #                72 CALL                     1
    #                80 POP_TOP
    #   
    #   663          82 POP_TOP
    #                84 RETURN_CONST             2 (4)
    #   
    #   660     >>   86 JUMP_BACKWARD           36 (to 16)
    #   
    #   656     >>   88 END_FOR
    #   
    #   666          90 PUSH_NULL
    #                92 LOAD_FAST                1 (t)
    #                94 LOAD_CONST               4 (6)
    #                96 CALL                     1
    #               104 POP_TOP
    #               106 RETURN_CONST             0 (None)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   664         110 LOAD_GLOBAL              0 (E1)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_IF_FALSE       11 (to 146)
    #               124 POP_TOP
    #   
    #   665         126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               3 (5)
    #               132 CALL                     1
    #               140 POP_TOP
    #               142 POP_EXCEPT
    #               144 JUMP_BACKWARD           65 (to 16)
    #   
    #   664     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   ExceptionTable:
    #     24 to 56 -> 108 [1]
    #     60 to 80 -> 108 [1]
    #     108 to 140 -> 148 [2] lasti
    #     146 to 146 -> 148 [2] lasti
    raise RuntimeError("depyf: could not decompile for_try_for_if_break_else_return_clause_then_code: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 82")


def try_clause_if_chain_pass_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            pass
    t(13)


def try_clause_if_chain_else_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            t(2)
        else:
            t(3)
    t(13)


def for_try_clause_if_not_chain3_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E2 as e:
            if not 0 < n().stop <= 2 < 5:
                continue
            t(4)
        t(5)


def try_clauses_if_chain_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            t(2)
    except E2:
        if 1 <= n().stop < 3:
            pass
    t(13)


def while_chain_test_if_break_return_global_call(c, t, x, n, m):
    i = 0
    k = n().stop
    res = []
    if 0 <= i < k:
        while True:
            if c():
                res.append(i)
            else:
                t(i)
                i = i + 1
                if 0 <= i < k:
                    continue
            return sorted(res)
    return sorted(res)


def while_chain_test_return_global_call(c, t, x, n, m):
    i = 0
    k = n().stop
    while 0 <= i < k:
        t(i)
        i = i + 1
    return sorted([i, k])


def if_while_true_if_try_if_break_finally_else_return_call(c, t, x, n, m):
    if c():
        while True:
            if c():
                try:
                    if c():
                        break
                    t(1)
                finally:
                    t(3)
            t(5)
    else:
        t(6)
    return E1.__name__


def while_true_try_if_break_finally_pass(c, t, x, n, m):
    while True:
        try:
            if c():
                return
        finally:
            pass


def while_not_with_if_break_code_if_then_return_attr(c, t, x, n, m):
    while not c():
        with m(1):
            if c():
                break
            t(2)
            if c():
                t(3)
    return E1.__name__


def for_with_if_break_then_return_attr(c, t, x, n, m):
    for k in n():
        with m(1) as w:
            if c():
                break
            t(2)
    return E2.__name__


def for_with_break_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            break
    return E1.__name__


def for_with_code_break_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            t(1)
            break
    return E1.__name__


def while_with_break_return_attr(c, t, x, n, m):
    while c():
        with m(2):
            break
    return E1.__name__


def while_or_else_for_with_break_return_closure(c, t, x, n, m):
    def inner():
        while c() or c():
            pass
        for k in n():
            with m(2):
                break
        return E2.__name__
    return inner()


def for_with_if_break_code_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            if c():
                break
        t(3)
    return E1.__name__


def while_with_if_break_code_return_attr(c, t, x, n, m):
    while c():
        with m(2) as w:
            if c():
                break
            t(2)
        t(3)
    return E2.__name__


def try_clause_try_if_elifs_else_return_clause_finally_return_attr(c, t, x, n, m):
    try:
        x(2)
    except E1:
        try:
            if c():
                pass
            elif c():
                pass
            elif c() or c():
                pass
            else:
                t(14)
                return 15
        except E1:
            pass
    finally:
        pass
    return E1.__name__


def try_try_return_clause_assign_clause_else_ifs_return(c, t, x, n, m):
    if not c():
        return t(1)
    try:
        try:
            x(2)
            return t(3)
        except E1:
            k = x(4)
    except E1:
        t(5)
    else:
        if c():
            t(6)
        elif k is None:
            t(7)
        else:
            t(8)


def try_while_true_if_break_clause_as_then_code(c, t, x, n, m):
    try:
        while True:
            if c():
                break
    except E2 as e:
        pass
    t(9)


def try_while_true_code_if_break_clause(c, t, x, n, m):
    try:
        while True:
            x(1)
            if c():
                break
    except E1:
        t(2)
    t(9)


def while_true_match_or_try_return_clause_default_return_call(c, t, x, n, m):
    def inner():
        v = q = 0
        while True:
            match n().stop, c():
                case [1, _] | [2, True]:
                    try:
                        return v, q
                    except E1:
                        pass
                case _:
                    break
        return x(13) or v
    return inner()


def while_true_match_or_try_return_clause_default_return_attr(c, t, x, n, m):
    while True:
        match n().stop:
            case 1 | 2:
                try:
                    x(3)
                    return 4
                except E1:
                    t(5)
            case _:
                return E2.__name__

assert run([], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([0, 0, 1, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 9]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [-5, 10, 12]), FELL)
assert run([], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 9, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 7, 11, 12]), FELL)
assert run([0, 0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5, -5]), FELL)
assert run([], for_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([2], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([2, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([2, 0, 0, 0, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 7, 12]), FELL)
assert run([2, 0, 0, 0, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([], while_c_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], while_c_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 0, 0, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_else_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [3, 11, 12]), FELL)
assert run([1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [-5, 7, 11, 12]), FELL)
assert run([], while_try_with_break_finally) in ((None, []), FELL)
assert run([1], while_try_with_break_finally) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([], while_try_with_break_finally_then_code) in ((None, [7]), FELL)
assert run([1], while_try_with_break_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], for_try_with_break_finally) in ((None, []), FELL)
assert run([1], for_try_with_break_finally) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([], for_try_with_break_finally_then_code) in ((None, [7]), FELL)
assert run([1], for_try_with_break_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_try_with_continue_finally_then_code) in ((None, [7]), FELL)
assert run([1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_try_with_break_clause_finally) in ((None, [7]), FELL)
assert run([1], while_try_with_break_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_if_try_with_break_finally_else) in ((None, [7]), FELL)
assert run([1], while_if_try_with_break_finally_else) in ((None, [6, 7]), FELL)
assert run([1, 1], while_if_try_with_break_finally_else) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 0, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, 7]), FELL)
assert run([1, 0, 1, 1], while_if_try_with_break_finally_else) in ((None, [6, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 0, 1, 0, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, 6, 7]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_true_try_withs_break_finally) in ((None, [1, ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 7]), FELL)
assert run([1], while_true_try_withs_break_finally) in ((None, [1, ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 5, 7]), FELL)
assert run([], for_try_with_x_break_finally_return) in ((8, []), FELL)
assert run([1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 1], for_try_with_x_break_finally_return) in (('E1', [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 2], for_try_with_x_break_finally_return) in (('E2', [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 1, 1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([2, 1, 1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([2, 1, 1, 1], for_try_with_x_break_finally_return) in (('E1', [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([2, 1, 1, 2], for_try_with_x_break_finally_return) in (('E2', [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([], if_and_try_return_clause_pass_then_code_else_pass) in ((None, [23]), FELL)
assert run([1, 1], if_and_try_return_clause_pass_then_code_else_pass) in ((16, [15]), FELL)
assert run([], if_try_return_clause_pass_then_code_else) in ((None, [22, 23]), FELL)
assert run([1], if_try_return_clause_pass_then_code_else) in ((16, [-15]), FELL)
assert run([1, 1], if_try_return_clause_pass_then_code_else) in ((None, [-15, 17, 21, 23]), FELL)
assert run([1, 2], if_try_return_clause_pass_then_code_else) in (('E2', [-15]), FELL)
assert run([], if_try_return_clauses_then_code_elif_else) in ((None, [24, 25]), FELL)
assert run([1], if_try_return_clauses_then_code_elif_else) in ((16, [-15]), FELL)
assert run([0, 1], if_try_return_clauses_then_code_elif_else) in ((None, [22, 25]), FELL)
assert run([1, 1], if_try_return_clauses_then_code_elif_else) in ((None, [-15, 17, 21, 25]), FELL)
assert run([1, 2], if_try_return_clauses_then_code_elif_else) in ((None, [-15, 21, 25]), FELL)
assert run([], for_if_try_return_clause_then_code_else) in ((None, [24]), FELL)
assert run([1], for_if_try_return_clause_then_code_else) in ((None, [22, 23, 24]), FELL)
assert run([2], for_if_try_return_clause_then_code_else) in ((None, [22, 23, 22, 23, 24]), FELL)
assert run([1, 1], for_if_try_return_clause_then_code_else) in ((16, [-15]), FELL)
assert run([1, 1, 1], for_if_try_return_clause_then_code_else) in ((None, [-15, 17, 21, 23, 24]), FELL)
assert run([1, 1, 2], for_if_try_return_clause_then_code_else) in (('E2', [-15]), FELL)
assert run([2, 0, 1], for_if_try_return_clause_then_code_else) in ((16, [22, 23, -15]), FELL)
assert run([2, 1, 1], for_if_try_return_clause_then_code_else) in ((None, [-15, 17, 21, 23, 22, 23, 24]), FELL)
assert run([], while_if_try_return_clause_then_if_else) in ((None, []), FELL)
assert run([1], while_if_try_return_clause_then_if_else) in ((None, [22, 23]), FELL)
assert run([1, 1], while_if_try_return_clause_then_if_else) in ((16, [-15]), FELL)
assert run([1, 0, 1], while_if_try_return_clause_then_if_else) in ((None, [22, 23, 22, 23]), FELL)
assert run([1, 1, 1], while_if_try_return_clause_then_if_else) in ((None, [-15, 17, 23]), FELL)
assert run([1, 1, 2], while_if_try_return_clause_then_if_else) in (('E2', [-15]), FELL)
assert run([1, 0, 1, 1], while_if_try_return_clause_then_if_else) in ((16, [22, 23, -15]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_clause_then_if_else) in ((None, [-15, 17, 21, 23]), FELL)
assert run([], if_try_raise_clause_as_then_code_else_return) in ((22, []), FELL)
assert run([1], if_try_raise_clause_as_then_code_else_return) in (('E2', [-15]), FELL)
assert run([1, 1], if_try_raise_clause_as_then_code_else_return) in ((None, [-15, 17, 21, 23]), FELL)
assert run([], if_try_return_clause_then_code_else_at_end) in ((None, [22]), FELL)
assert run([1], if_try_return_clause_then_code_else_at_end) in ((16, [-15]), FELL)
assert run([1, 1], if_try_return_clause_then_code_else_at_end) in ((None, [-15, 17, 21]), FELL)
assert run([1, 2], if_try_return_clause_then_code_else_at_end) in (('E2', [-15]), FELL)
assert run([], if_with_try_return_clause_then_code_else) in ((None, [22, 23]), FELL)
assert run([1], if_with_try_return_clause_then_code_else) in ((16, [('enter', 3), -15, ('exit', 3, False)]), FELL)
assert run([1, 1], if_with_try_return_clause_then_code_else) in ((None, [('enter', 3), -15, 17, 21, ('exit', 3, False), 23]), FELL)
assert run([1, 2], if_with_try_return_clause_then_code_else) in (('E2', [('enter', 3), -15, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], if_with_try_return_clause_then_code_else) in ((None, [('enter', 3), -15, ('exit', 3, True), 23]), FELL)
assert run([], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1]), FELL)
assert run([0, 0, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1, -1]), FELL)
assert run([0, 0, 0, 1], while_true_try_clause_while_and_else_ifs_closure) in ((4, [-1]), FELL)
assert run([0, 0, 1, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 0, 1, 2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1, 3, -1]), FELL)
assert run([], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([2], while_true_try_clause_for_break_else_code_closure) in (('E2', [-1]), FELL)
assert run([0, 1], while_true_try_clause_for_break_else_code_closure) in ((4, [-1, 3]), FELL)
assert run([1, 1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 2], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([0, 0, 1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 3, -1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([0, 0, 2], while_true_try_clause_for_break_else_code_closure) in (('E2', [-1, 3, -1]), FELL)
assert run([], while_c_try_clause_if_else_code_closure) in ((None, [6]), FELL)
assert run([1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 3, 6]), FELL)
assert run([1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 6]), FELL)
assert run([1, 2], while_c_try_clause_if_else_code_closure) in ((5, [-1]), FELL)
assert run([1, 1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 2, 6]), FELL)
assert run([1, 0, 0, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 3, -1, 3, 6]), FELL)
assert run([1, 1, 0, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, -1, 3, 6]), FELL)
assert run([1, 1, 1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 2, -1, 3, 6]), FELL)
assert run([], if_not_with_try_raise_clause_pass_then_code) in (('E2', [('enter', 7), -9, ('exit', 7, False)]), FELL)
assert run([1], if_not_with_try_raise_clause_pass_then_code) in ((None, []), FELL)
assert run([0, 1], if_not_with_try_raise_clause_pass_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False)]), FELL)
assert run([0, 0, 1], if_not_with_try_raise_clause_pass_then_code) in ((None, [('enter', 7), -9, ('exit', 7, True)]), FELL)
assert run([], if_with_try_raise_clauses_then_code_else) in ((None, [4, 5]), FELL)
assert run([1], if_with_try_raise_clauses_then_code_else) in ((None, [('enter', 7), 3, ('exit', 7, False), 5]), FELL)
assert run([], for_if_with_try_raise_clause_then_code) in ((None, []), FELL)
assert run([1], for_if_with_try_raise_clause_then_code) in ((None, [6]), FELL)
assert run([2], for_if_with_try_raise_clause_then_code) in ((None, [6, 6]), FELL)
assert run([1, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False), 6]), FELL)
assert run([2, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False), 6, 6]), FELL)
assert run([1, 1, 1], for_if_with_try_raise_clause_then_code) in (('E1', [('enter', 7), -9, ('exit', 7, False)]), FELL)
assert run([2, 0, 1], for_if_with_try_raise_clause_then_code) in ((None, [6, ('enter', 7), -9, 3, ('exit', 7, False), 6]), FELL)
assert run([1, 1, 1, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, ('exit', 7, True), 6]), FELL)
assert run([], while_and_while_true_if_break_continue) in ((None, []), FELL)
assert run([1, 1], while_and_while_true_if_break_continue) in (('Budget', []), FELL)
assert run([], if_while_and_while_true_if_break_continue_elifs) in ((None, []), FELL)
assert run([0, 0, 1], if_while_and_while_true_if_break_continue_elifs) in ((None, [2]), FELL)
assert run([1, 1, 1], if_while_and_while_true_if_break_continue_elifs) in (('Budget', []), FELL)
assert run([], while_or_while_true_if_break_continue_then_code) in ((None, [5]), FELL)
assert run([1], while_or_while_true_if_break_continue_then_code) in (('Budget', []), FELL)
assert run([], while_true_with_return) in ((15, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([2], while_true_with_as_code_return) in (('E2', [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 2], while_true_with_as_code_return) in (('E2', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1, 1], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([], while_true_if_break_with_return_then_code) in ((15, [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([1], while_true_if_break_with_return_then_code) in ((None, [7]), FELL)
assert run([0, 1], while_true_if_break_with_return_then_code) in (('E1', [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 2], while_true_if_break_with_return_then_code) in (('E2', [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1], while_true_if_break_with_return_then_code) in ((15, [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1, 1], while_true_if_break_with_return_then_code) in ((None, [('enter', 10), -3, ('exit', 10, True), 7]), FELL)
assert run([0, 1, 1, 0, 1], while_true_if_break_with_return_then_code) in (('E1', [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1, 0, 2], while_true_if_break_with_return_then_code) in (('E2', [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([], while_true_withs_return) in ((15, [('enter', 10), ('enter', 11), ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False), ('exit', 11, False), ('exit', 10, False)]), FELL)
assert run([], while_not_if_and_try_pass_clause_break_else_for_else_return_closure) in ((12, []), FELL)
assert run([1], while_not_if_and_try_pass_clause_break_else_for_else_return_closure) in ((None, [17]), FELL)
assert run([], for_try_for_break_else_return_clause_pass) in ((None, []), FELL)
assert run([1], for_try_for_break_else_return_clause_pass) in ((4, [-3]), FELL)
assert run([1, 0, 1], for_try_for_break_else_return_clause_pass) in ((None, [-3]), FELL)
assert run([1, 0, 2], for_try_for_break_else_return_clause_pass) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_try_for_break_else_return_clause_pass) in ((4, [-3, -3]), FELL)
assert run([2, 0, 1, 0, 1], for_try_for_break_else_return_clause_pass) in ((None, [-3, -3]), FELL)
assert run([2, 0, 1, 0, 2], for_try_for_break_else_return_clause_pass) in (('E2', [-3, -3]), FELL)
assert run([], for_try_for_if_break_else_return_clause_then_code) in ((None, [6]), FELL)
assert run([1], for_try_for_if_break_else_return_clause_then_code) in ((4, [-3]), FELL)
assert run([1, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((None, [-3, 5, 6]), FELL)
assert run([1, 0, 2], for_try_for_if_break_else_return_clause_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((4, [-3, 5, -3]), FELL)
assert run([2, 0, 1, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((None, [-3, 5, -3, 5, 6]), FELL)
assert run([2, 0, 1, 0, 2], for_try_for_if_break_else_return_clause_then_code) in (('E2', [-3, 5, -3]), FELL)
assert run([], try_clause_if_chain_pass_then_code) in ((None, [-1, 13]), FELL)
assert run([2], try_clause_if_chain_pass_then_code) in (('E2', [-1]), FELL)
assert run([], try_clause_if_chain_else_then_code) in ((None, [-1, 13]), FELL)
assert run([1], try_clause_if_chain_else_then_code) in ((None, [-1, 3, 13]), FELL)
assert run([2], try_clause_if_chain_else_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], try_clause_if_chain_else_then_code) in ((None, [-1, 2, 13]), FELL)
assert run([], for_try_clause_if_not_chain3_continue) in ((None, []), FELL)
assert run([1], for_try_clause_if_not_chain3_continue) in ((None, [-1, 5]), FELL)
assert run([2], for_try_clause_if_not_chain3_continue) in ((None, [-1, 5, -1, 5]), FELL)
assert run([1, 1], for_try_clause_if_not_chain3_continue) in (('E1', [-1]), FELL)
assert run([1, 2], for_try_clause_if_not_chain3_continue) in ((None, [-1]), FELL)
assert run([2, 2], for_try_clause_if_not_chain3_continue) in ((None, [-1, -1, 5]), FELL)
assert run([1, 2, 1], for_try_clause_if_not_chain3_continue) in ((None, [-1, 4, 5]), FELL)
assert run([2, 0, 1], for_try_clause_if_not_chain3_continue) in (('E1', [-1, 5, -1]), FELL)
assert run([], try_clauses_if_chain_then_code) in ((None, [-1, 13]), FELL)
assert run([1, 1], try_clauses_if_chain_then_code) in ((None, [-1, 2, 13]), FELL)
assert run([], while_chain_test_if_break_return_global_call) in (([], []), FELL)
assert run([1], while_chain_test_if_break_return_global_call) in (([], [0]), FELL)
assert run([2], while_chain_test_if_break_return_global_call) in (([], [0, 1]), FELL)
assert run([1, 1], while_chain_test_if_break_return_global_call) in (([0], []), FELL)
assert run([2, 0, 1], while_chain_test_if_break_return_global_call) in (([1], [0]), FELL)
assert run([], while_chain_test_return_global_call) in (([0, 0], []), FELL)
assert run([1], while_chain_test_return_global_call) in (([1, 1], [0]), FELL)
assert run([2], while_chain_test_return_global_call) in (([2, 2], [0, 1]), FELL)
assert run([], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [6]), FELL)
assert run([1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [3]), FELL)
assert run([1, 0, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 0, 1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [5, 3]), FELL)
assert run([1, 1, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [1, 3, 5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([], while_true_try_if_break_finally_pass) in (('Budget', []), FELL)
assert run([1], while_true_try_if_break_finally_pass) in ((None, []), FELL)
assert run([], while_not_with_if_break_code_if_then_return_attr) in (('Budget', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1], while_not_with_if_break_code_if_then_return_attr) in (('E1', []), FELL)
assert run([0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('Budget', [('enter', 1), 2, 3, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, 3, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, 3, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], for_with_if_break_then_return_attr) in (('E2', []), FELL)
assert run([1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([2], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1, 1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], for_with_break_return_attr) in (('E1', []), FELL)
assert run([1], for_with_break_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_code_break_return_attr) in (('E1', []), FELL)
assert run([1], for_with_code_break_return_attr) in (('E1', [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([], while_with_break_return_attr) in (('E1', []), FELL)
assert run([1], while_with_break_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_or_else_for_with_break_return_closure) in (('E2', []), FELL)
assert run([0, 0, 1], while_or_else_for_with_break_return_closure) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_if_break_code_return_attr) in (('E1', []), FELL)
assert run([1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3]), FELL)
assert run([2], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False), 3]), FELL)
assert run([1, 1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 0, 1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_with_if_break_code_return_attr) in (('E2', []), FELL)
assert run([1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 0, 1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 1, 0, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in (('E1', [-2]), FELL)
assert run([1], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in ((15, [-2, 14]), FELL)
assert run([2], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in (('E2', [-2]), FELL)
assert run([], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [1]), FELL)
assert run([1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, 3]), FELL)
assert run([1, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 7]), FELL)
assert run([1, 2], try_try_return_clause_assign_clause_else_ifs_return) in (('E2', [-2]), FELL)
assert run([1, 1, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 5]), FELL)
assert run([1, 1, 2], try_try_return_clause_assign_clause_else_ifs_return) in (('E2', [-2, -4]), FELL)
assert run([1, 1, 0, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 6]), FELL)
assert run([], try_while_true_if_break_clause_as_then_code) in (('Budget', []), FELL)
assert run([1], try_while_true_if_break_clause_as_then_code) in ((None, [9]), FELL)
assert run([], try_while_true_code_if_break_clause) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([1], try_while_true_code_if_break_clause) in ((None, [-1, 2, 9]), FELL)
assert run([2], try_while_true_code_if_break_clause) in (('E2', [-1]), FELL)
assert run([0, 1], try_while_true_code_if_break_clause) in ((None, [-1, 9]), FELL)
assert run([0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, 2, 9]), FELL)
assert run([0, 0, 2], try_while_true_code_if_break_clause) in (('E2', [-1, -1]), FELL)
assert run([0, 0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, 9]), FELL)
assert run([0, 0, 0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, -1, 2, 9]), FELL)
assert run([], while_true_match_or_try_return_clause_default_return_call) in ((0, [-13]), FELL)
assert run([1], while_true_match_or_try_return_clause_default_return_call) in (((0, 0), []), FELL)
assert run([0, 0, 1], while_true_match_or_try_return_clause_default_return_call) in (('E1', [-13]), FELL)
assert run([0, 0, 2], while_true_match_or_try_return_clause_default_return_call) in (('E2', [-13]), FELL)
assert run([], while_true_match_or_try_return_clause_default_return_attr) in (('E2', []), FELL)
assert run([1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3]), FELL)
assert run([1, 1], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5]), FELL)
assert run([1, 2], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5, -3, 5]), FELL)
assert run([1, 1, 1, 2], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3, 5, -3, 5, -3]), FELL)
