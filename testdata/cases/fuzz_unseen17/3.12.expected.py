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


def try_match_guarded_then_default_if_returning(c, t, x, n, m):
    try:
        match c() % 3, c():
            case [z, False] if z:
                pass
            case _:
                if not c():
                    return 35
    except E1:
        pass
    except E2 as e:
        pass
    t(65)


def try_match_default_if_returning(c, t, x, n, m):
    try:
        if c() == 1:
            t(1)
        elif not c():
            return 35
    except E1:
        pass
    t(65)


def try_for_with_break_else_if_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1):
                break
        else:
            if c():
                t(5)
            else:
                return 9
    except E1:
        pass
    t(18)


def try_for_with_break_else_elif_and_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1) as w:
                t(2)
                break
        else:
            t(3)
            if c():
                t(5)
            elif c() and c():
                t(6)
            else:
                return 9
    except E1:
        t(10)
    t(18)


def try_with_return_then_while_with_return(c, t, x, n, m):
    # depyf: could not decompile try_with_return_then_while_with_return: a loop's body read past the end of its region at 294
    #   175           0 RESUME                   0
    #   
    #   176           2 NOP
    #   
    #   177           4 PUSH_NULL
    #                 6 LOAD_FAST                4 (m)
    #                 8 LOAD_CONST               1 (1)
    #                10 CALL                     1
    #                18 BEFORE_WITH
    #                20 POP_TOP
    #                22 PUSH_NULL
    #                24 LOAD_FAST                4 (m)
    #                26 LOAD_CONST               2 (2)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   178          40 NOP
    #   
    #   179          42 PUSH_NULL
    #                44 LOAD_FAST                2 (x)
    #                46 LOAD_CONST               3 (4)
    #                48 CALL                     1
    #                56 POP_TOP
    #   
    #   180          58 NOP
    #   
    #   177          60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 CALL                     2
    #                90 POP_TOP
    #                92 RETURN_CONST             4 (5)
    #           >>   94 PUSH_EXC_INFO
    #   
    #   181          96 LOAD_GLOBAL              0 (E1)
    #               106 CHECK_EXC_MATCH
    #               108 POP_JUMP_IF_FALSE        3 (to 116)
    #               110 POP_TOP
    #   
    #   182         112 POP_EXCEPT
    #               114 JUMP_FORWARD             4 (to 124)
    #   
    #   181     >>  116 RERAISE                  0
    #           >>  118 COPY                     3
    #               120 POP_EXCEPT
    #               122 RERAISE                  1
    #   
    #   182     >>  124 NOP
    #   
    #   177         126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 LOAD_CONST               0 (None)
    #               132 CALL                     2
    #               140 POP_TOP
    #               142 JUMP_FORWARD            12 (to 168)
    #           >>  144 PUSH_EXC_INFO
    #               146 WITH_EXCEPT_START
    #               148 POP_JUMP_IF_TRUE         1 (to 152)
    #               150 RERAISE                  2
    #           >>  152 POP_TOP
    #               154 POP_EXCEPT
    #               156 POP_TOP
    #               158 POP_TOP
    #               160 JUMP_FORWARD             3 (to 168)
    #           >>  162 COPY                     3
    #               164 POP_EXCEPT
    #               166 RERAISE                  1
    #           >>  168 LOAD_CONST               0 (None)
    #               170 LOAD_CONST               0 (None)
    #               172 LOAD_CONST               0 (None)
    #               174 CALL                     2
    #               182 POP_TOP
    #               184 JUMP_FORWARD            12 (to 210)
    #           >>  186 PUSH_EXC_INFO
    #               188 WITH_EXCEPT_START
    #               190 POP_JUMP_IF_TRUE         1 (to 194)
    #               192 RERAISE                  2
    #           >>  194 POP_TOP
    #               196 POP_EXCEPT
    #               198 POP_TOP
    #               200 POP_TOP
    #               202 JUMP_FORWARD             3 (to 210)
    #           >>  204 COPY                     3
    #               206 POP_EXCEPT
    #               208 RERAISE                  1
    #   
    #   183     >>  210 PUSH_NULL
    #               212 LOAD_FAST                0 (c)
    #               214 CALL                     0
    #               222 POP_JUMP_IF_FALSE       78 (to 380)
    #   
    #   184     >>  224 PUSH_NULL
    #               226 LOAD_FAST                4 (m)
    #               228 LOAD_CONST               5 (8)
    #               230 CALL                     1
    #               238 BEFORE_WITH
    #               240 POP_TOP
    #               242 PUSH_NULL
    #               244 LOAD_FAST                4 (m)
    #               246 LOAD_CONST               6 (9)
    #               248 CALL                     1
    #               256 BEFORE_WITH
    #               258 POP_TOP
    #   
    #   185         260 NOP
    #   
    #   184         262 LOAD_CONST               0 (None)
    #               264 LOAD_CONST               0 (None)
    #               266 LOAD_CONST               0 (None)
    #               268 CALL                     2
    #               276 POP_TOP
    #               278 LOAD_CONST               0 (None)
    #               280 LOAD_CONST               0 (None)
    #               282 LOAD_CONST               0 (None)
    #               284 CALL                     2
    #               292 POP_TOP
    #               294 RETURN_CONST             7 (11)
    #           >>  296 PUSH_EXC_INFO
    #               298 WITH_EXCEPT_START
    #               300 POP_JUMP_IF_TRUE         1 (to 304)
    #               302 RERAISE                  2
    #           >>  304 POP_TOP
    #               306 POP_EXCEPT
    #               308 POP_TOP
    #               310 POP_TOP
    #               312 JUMP_FORWARD             3 (to 320)
    #           >>  314 COPY                     3
    #               316 POP_EXCEPT
    #               318 RERAISE                  1
    #           >>  320 LOAD_CONST               0 (None)
    #               322 LOAD_CONST               0 (None)
    #               324 LOAD_CONST               0 (None)
    #               326 CALL                     2
    #               334 POP_TOP
    #               336 JUMP_FORWARD            12 (to 362)
    #           >>  338 PUSH_EXC_INFO
    #               340 WITH_EXCEPT_START
    #               342 POP_JUMP_IF_TRUE         1 (to 346)
    #               344 RERAISE                  2
    #           >>  346 POP_TOP
    #               348 POP_EXCEPT
    #               350 POP_TOP
    #               352 POP_TOP
    #               354 JUMP_FORWARD             3 (to 362)
    #           >>  356 COPY                     3
    #               358 POP_EXCEPT
    #               360 RERAISE                  1
    #   
    #   183     >>  362 PUSH_NULL
    #               364 LOAD_FAST                0 (c)
    #               366 CALL                     0
    #               374 POP_JUMP_IF_FALSE        1 (to 378)
    #               376 JUMP_BACKWARD           77 (to 224)
    #           >>  378 RETURN_CONST             0 (None)
    #           >>  380 RETURN_CONST             0 (None)
    #           >>  382 PUSH_EXC_INFO
    #   
    #   186         384 LOAD_GLOBAL              0 (E1)
    #               394 CHECK_EXC_MATCH
    #               396 POP_JUMP_IF_FALSE        3 (to 404)
    #               398 POP_TOP
    #   
    #   187         400 POP_EXCEPT
    #               402 RETURN_CONST             0 (None)
    #   
    #   186     >>  404 RERAISE                  0
    #           >>  406 COPY                     3
    #               408 POP_EXCEPT
    #               410 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 382 [0]
    #     20 to 36 -> 186 [1] lasti
    #     38 to 38 -> 144 [2] lasti
    #     42 to 56 -> 94 [2]
    #     60 to 74 -> 186 [1] lasti
    #     76 to 90 -> 382 [0]
    #     94 to 110 -> 118 [3] lasti
    #     112 to 114 -> 144 [2] lasti
    #     116 to 116 -> 118 [3] lasti
    #     118 to 122 -> 144 [2] lasti
    #     126 to 142 -> 186 [1] lasti
    #     144 to 152 -> 162 [4] lasti
    #     154 to 166 -> 186 [1] lasti
    #     168 to 184 -> 382 [0]
    #     186 to 194 -> 204 [3] lasti
    #     196 to 238 -> 382 [0]
    #     240 to 256 -> 338 [1] lasti
    #     258 to 260 -> 296 [2] lasti
    #     262 to 276 -> 338 [1] lasti
    #     278 to 292 -> 382 [0]
    #     296 to 304 -> 314 [4] lasti
    #     306 to 318 -> 338 [1] lasti
    #     320 to 336 -> 382 [0]
    #     338 to 346 -> 356 [3] lasti
    #     348 to 374 -> 382 [0]
    #     382 to 398 -> 406 [1] lasti
    #     404 to 404 -> 406 [1] lasti
    raise RuntimeError("depyf: could not decompile try_with_return_then_while_with_return: a loop's body read past the end of its region at 294")


def try_while_with_return(c, t, x, n, m):
    try:
        while c():
            with m(8), m(9):
                return 11
    except E1:
        pass
    t(1)


def for_nested_try_continue_then_return(c, t, x, n, m):
    for j in n():
        try:
            try:
                x(13)
            except E1:
                return 26
            except E2 as e:
                return 26
        except E1:
            return 26
        except E2 as e:
            return 26


def elif_try_finally_returning_and_test_in_finally(c, t, x, n, m):
    if c() and c():
        return None
    if c():
        try:
            x(15)
            return 18
        except E1:
            pass
        finally:
            t(23)
            if c():
                if c():
                    pass
    elif c():
        return None


def if_try_finally_returning_if_in_finally(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 18
        except E1:
            pass
        finally:
            t(23)
            if c():
                pass


def try_then_while_or_with_returning(c, t, x, n, m):
    try:
        while c():
            pass
        raise E1(2)
    except E1:
        if c() and c():
            x(12)
    x(17)
    while c() or c():
        with m(18):
            if c() and c():
                x(20)
                t(21)
            return 22


def try_if_else_nested_with_raising_then_code(c, t, x, n, m):
    try:
        x(2)
        if c():
            pass
        else:
            with m(12), m(13):
                raise E2(15)
    except E1:
        pass
    t(24)


def try_if_or_elif_else_with_as_raising_then_code(c, t, x, n, m):
    try:
        x(2)
        if c() or c():
            pass
        elif c():
            pass
        else:
            with m(12) as w, m(13):
                raise E2(15)
    except E1:
        pass
    t(24)


def while_while_true_try_return_clause_then_with_break(c, t, x, n, m):
    # depyf: could not decompile while_while_true_try_return_clause_then_with_break: a with's suppressing path and its normal exit go on apart at 122
    #   299           0 RESUME                   0
    #   
    #   300           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       27 (to 70)
    #   
    #   301     >>   16 NOP
    #   
    #   302     >>   18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE        1 (to 34)
    #   
    #   303          32 JUMP_FORWARD             9 (to 52)
    #   
    #   304     >>   34 NOP
    #   
    #   305          36 PUSH_NULL
    #                38 LOAD_FAST                2 (x)
    #                40 LOAD_CONST               1 (1)
    #                42 CALL                     1
    #                50 RETURN_VALUE
    #   
    #   300     >>   52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 CALL                     0
    #                64 POP_JUMP_IF_FALSE        1 (to 68)
    #                66 JUMP_BACKWARD           26 (to 16)
    #           >>   68 RETURN_CONST             0 (None)
    #           >>   70 RETURN_CONST             0 (None)
    #           >>   72 PUSH_EXC_INFO
    #   
    #   306          74 LOAD_GLOBAL              0 (E1)
    #                84 CHECK_EXC_MATCH
    #                86 POP_JUMP_IF_FALSE        3 (to 94)
    #                88 POP_TOP
    #   
    #   307          90 POP_EXCEPT
    #                92 JUMP_FORWARD             4 (to 102)
    #   
    #   306     >>   94 RERAISE                  0
    #           >>   96 COPY                     3
    #                98 POP_EXCEPT
    #               100 RERAISE                  1
    #   
    #   308     >>  102 PUSH_NULL
    #               104 LOAD_FAST                4 (m)
    #               106 LOAD_CONST               2 (10)
    #               108 CALL                     1
    #               116 BEFORE_WITH
    #               118 POP_TOP
    #   
    #   309         120 NOP
    #   
    #   308         122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 CALL                     2
    #               136 POP_TOP
    #               138 JUMP_BACKWARD           44 (to 52)
    #           >>  140 PUSH_EXC_INFO
    #               142 WITH_EXCEPT_START
    #               144 POP_JUMP_IF_TRUE         1 (to 148)
    #               146 RERAISE                  2
    #           >>  148 POP_TOP
    #               150 POP_EXCEPT
    #               152 POP_TOP
    #               154 POP_TOP
    #               156 JUMP_FORWARD             3 (to 164)
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #   
    #   301     >>  164 JUMP_BACKWARD           74 (to 18)
    #   ExceptionTable:
    #     36 to 48 -> 72 [0]
    #     72 to 88 -> 96 [1] lasti
    #     94 to 94 -> 96 [1] lasti
    #     118 to 120 -> 140 [1] lasti
    #     140 to 148 -> 158 [3] lasti
    raise RuntimeError("depyf: could not decompile while_while_true_try_return_clause_then_with_break: a with's suppressing path and its normal exit go on apart at 122")


def for_while_try_continue_clause_then_with_break(c, t, x, n, m):
    for k in n():
        x(1)
        while c():
            x(2)
            try:
                t(3)
                continue
            except E1:
                x(4)
                t(5)
            with m(6) as w:
                t(7)
                t(8)
                break


def for_while_try_continue_clause_then_with(c, t, x, n, m):
    for k in n():
        while c():
            try:
                t(3)
                continue
            except E1:
                pass
            with m(6) as w:
                pass


def if_while_and_before_elif(c, t, x, n, m):
    # depyf: could not decompile if_while_and_before_elif: a statement (Return) after return in the same block (a misread layout)
    #   341           0 RESUME                   0
    #   
    #   342           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       57 (to 130)
    #   
    #   343          16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       38 (to 106)
    #   
    #   344          30 PUSH_NULL
    #                32 LOAD_FAST                0 (c)
    #                34 CALL                     0
    #                42 POP_JUMP_IF_FALSE       42 (to 128)
    #                44 PUSH_NULL
    #                46 LOAD_FAST                0 (c)
    #                48 CALL                     0
    #                56 POP_JUMP_IF_FALSE       34 (to 126)
    #   
    #   345     >>   58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               1 (2)
    #                64 CALL                     1
    #                72 POP_TOP
    #   
    #   344          74 PUSH_NULL
    #                76 LOAD_FAST                0 (c)
    #                78 CALL                     0
    #                86 POP_JUMP_IF_FALSE       18 (to 124)
    #                88 PUSH_NULL
    #                90 LOAD_FAST                0 (c)
    #                92 CALL                     0
    #               100 POP_JUMP_IF_FALSE        1 (to 104)
    #               102 JUMP_BACKWARD           23 (to 58)
    #           >>  104 RETURN_CONST             0 (None)
    #   
    #   346     >>  106 PUSH_NULL
    #               108 LOAD_FAST                0 (c)
    #               110 CALL                     0
    #               118 POP_JUMP_IF_FALSE        1 (to 122)
    #   
    #   347         120 RETURN_CONST             0 (None)
    #   
    #   346     >>  122 RETURN_CONST             0 (None)
    #   
    #   344     >>  124 RETURN_CONST             0 (None)
    #           >>  126 RETURN_CONST             0 (None)
    #           >>  128 RETURN_CONST             0 (None)
    #   
    #   348     >>  130 PUSH_NULL
    #               132 LOAD_FAST                0 (c)
    #               134 CALL                     0
    #               142 POP_JUMP_IF_FALSE        1 (to 146)
    #   
    #   349         144 RETURN_CONST             0 (None)
    #   
    #   348     >>  146 RETURN_CONST             0 (None)
    raise RuntimeError('depyf: could not decompile if_while_and_before_elif: a statement (Return) after return in the same block (a misread layout)')


def with_orphan_clause_return_then_with_return(c, t, x, n, m):
    with m(1) as w, m(2):
        try:
            pass
        except E1:
            try:
                pass
            except E2 as e:
                return 18
        with m(26):
            return x(1)


def with_try_clause_return_then_with_return(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(0)
        except E1:
            return 18
        with m(26):
            return x(1)


def try_while_try_break_finally_then_if(c, t, x, n, m):
    # depyf: could not decompile try_while_try_break_finally_then_if: except clauses fall off past the end of their region at 88
    #   375           0 RESUME                   0
    #   
    #   376           2 NOP
    #   
    #   377           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       18 (to 54)
    #   
    #   378     >>   18 NOP
    #   
    #   379          20 PUSH_NULL
    #                22 LOAD_FAST                1 (t)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   380          36 NOP
    #   
    #   384          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (7)
    #                44 CALL                     1
    #                52 POP_TOP
    #   
    #   387     >>   54 PUSH_NULL
    #                56 LOAD_FAST                0 (c)
    #                58 CALL                     0
    #                66 POP_JUMP_IF_FALSE        9 (to 86)
    #   
    #   388          68 PUSH_NULL
    #                70 LOAD_FAST                1 (t)
    #                72 LOAD_CONST               3 (8)
    #                74 CALL                     1
    #                82 POP_TOP
    #                84 RETURN_CONST             0 (None)
    #   
    #   387     >>   86 RETURN_CONST             0 (None)
    #           >>   88 PUSH_EXC_INFO
    #   
    #   381          90 LOAD_GLOBAL              0 (E1)
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_IF_FALSE        3 (to 110)
    #               104 POP_TOP
    #   
    #   382         106 POP_EXCEPT
    #               108 JUMP_FORWARD             4 (to 118)
    #   
    #   381     >>  110 RERAISE                  0
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #   
    #   382     >>  118 NOP
    #   
    #   384         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               2 (7)
    #               126 CALL                     1
    #               134 POP_TOP
    #               136 JUMP_FORWARD            13 (to 164)
    #           >>  138 PUSH_EXC_INFO
    #               140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               2 (7)
    #               146 CALL                     1
    #               154 POP_TOP
    #               156 RERAISE                  0
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #   
    #   377     >>  164 PUSH_NULL
    #               166 LOAD_FAST                0 (c)
    #               168 CALL                     0
    #               176 POP_JUMP_IF_FALSE        1 (to 180)
    #               178 JUMP_BACKWARD           81 (to 18)
    #           >>  180 JUMP_BACKWARD           64 (to 54)
    #           >>  182 PUSH_EXC_INFO
    #   
    #   385         184 LOAD_GLOBAL              0 (E1)
    #               194 CHECK_EXC_MATCH
    #               196 POP_JUMP_IF_FALSE        3 (to 204)
    #               198 POP_TOP
    #   
    #   386         200 POP_EXCEPT
    #               202 JUMP_BACKWARD           75 (to 54)
    #   
    #   385     >>  204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #   ExceptionTable:
    #     4 to 16 -> 182 [0]
    #     20 to 34 -> 88 [0]
    #     38 to 52 -> 182 [0]
    #     88 to 104 -> 112 [1] lasti
    #     106 to 108 -> 138 [0]
    #     110 to 110 -> 112 [1] lasti
    #     112 to 116 -> 138 [0]
    #     120 to 136 -> 182 [0]
    #     138 to 156 -> 158 [1] lasti
    #     158 to 176 -> 182 [0]
    #     182 to 198 -> 206 [1] lasti
    #     204 to 204 -> 206 [1] lasti
    raise RuntimeError('depyf: could not decompile try_while_try_break_finally_then_if: except clauses fall off past the end of their region at 88')

assert run([], try_match_guarded_then_default_if_returning) in ((35, []), FELL)
assert run([0, 0, 1], try_match_guarded_then_default_if_returning) in ((None, [65]), FELL)
assert run([], try_match_default_if_returning) in ((35, []), FELL)
assert run([1], try_match_default_if_returning) in ((None, [1, 65]), FELL)
assert run([0, 1], try_match_default_if_returning) in ((None, [65]), FELL)
assert run([], try_for_with_break_else_if_returning) in ((9, []), FELL)
assert run([1], try_for_with_break_else_if_returning) in ((None, [('enter', 1), ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_if_returning) in ((None, [5, 18]), FELL)
assert run([], try_for_with_break_else_elif_and_returning) in ((9, [3]), FELL)
assert run([1], try_for_with_break_else_elif_and_returning) in ((None, [('enter', 1), 2, ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 5, 18]), FELL)
assert run([0, 0, 1, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 6, 18]), FELL)
assert run([], try_with_return_then_while_with_return) in ((5, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], try_with_return_then_while_with_return) in (('E2', [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([2, 1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([2, 1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, True), ('exit', 1, False), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([2, 0, 1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, True), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], try_while_with_return) in ((None, [1]), FELL)
assert run([1], try_while_with_return) in ((11, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], for_nested_try_continue_then_return) in ((None, []), FELL)
assert run([1], for_nested_try_continue_then_return) in ((None, [-13]), FELL)
assert run([2], for_nested_try_continue_then_return) in ((None, [-13, -13]), FELL)
assert run([3], for_nested_try_continue_then_return) in ((None, [-13, -13, -13]), FELL)
assert run([1, 1], for_nested_try_continue_then_return) in ((26, [-13]), FELL)
assert run([2, 0, 1], for_nested_try_continue_then_return) in ((26, [-13, -13]), FELL)
assert run([3, 0, 0, 1], for_nested_try_continue_then_return) in ((26, [-13, -13, -13]), FELL)
assert run([], elif_try_finally_returning_and_test_in_finally) in ((None, []), FELL)
assert run([0, 1], elif_try_finally_returning_and_test_in_finally) in ((18, [-15, 23]), FELL)
assert run([0, 1, 1], elif_try_finally_returning_and_test_in_finally) in ((None, [-15, 23]), FELL)
assert run([0, 1, 2], elif_try_finally_returning_and_test_in_finally) in (('E2', [-15, 23]), FELL)
assert run([], if_try_finally_returning_if_in_finally) in ((None, []), FELL)
assert run([1], if_try_finally_returning_if_in_finally) in ((18, [-15, 23]), FELL)
assert run([1, 1], if_try_finally_returning_if_in_finally) in ((None, [-15, 23]), FELL)
assert run([1, 2], if_try_finally_returning_if_in_finally) in (('E2', [-15, 23]), FELL)
assert run([], try_then_while_or_with_returning) in ((None, [-17]), FELL)
assert run([0, 0, 1], try_then_while_or_with_returning) in (('E1', [-17]), FELL)
assert run([0, 0, 2], try_then_while_or_with_returning) in (('E2', [-17]), FELL)
assert run([0, 1, 1], try_then_while_or_with_returning) in ((None, [-12, -17]), FELL)
assert run([0, 0, 0, 1], try_then_while_or_with_returning) in ((22, [-17, ('enter', 18), ('exit', 18, False)]), FELL)
assert run([0, 1, 1, 1], try_then_while_or_with_returning) in (('E1', [-12]), FELL)
assert run([0, 1, 1, 2], try_then_while_or_with_returning) in (('E2', [-12]), FELL)
assert run([], try_if_else_nested_with_raising_then_code) in (('E2', [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False)]), FELL)
assert run([1], try_if_else_nested_with_raising_then_code) in ((None, [-2, 24]), FELL)
assert run([2], try_if_else_nested_with_raising_then_code) in (('E2', [-2]), FELL)
assert run([0, 0, 1], try_if_else_nested_with_raising_then_code) in ((None, [-2, ('enter', 12), ('enter', 13), ('exit', 13, True), ('exit', 12, False), 24]), FELL)
assert run([0, 0, 0, 1], try_if_else_nested_with_raising_then_code) in ((None, [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, True), 24]), FELL)
assert run([], try_if_or_elif_else_with_as_raising_then_code) in (('E2', [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False)]), FELL)
assert run([1], try_if_or_elif_else_with_as_raising_then_code) in ((None, [-2, 24]), FELL)
assert run([2], try_if_or_elif_else_with_as_raising_then_code) in (('E2', [-2]), FELL)
assert run([], while_while_true_try_return_clause_then_with_break) in ((None, []), FELL)
assert run([1], while_while_true_try_return_clause_then_with_break) in ((None, [-1]), FELL)
assert run([1, 0, 1], while_while_true_try_return_clause_then_with_break) in ((None, [-1, ('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 0, 2], while_while_true_try_return_clause_then_with_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], while_while_true_try_return_clause_then_with_break) in ((None, [-1, ('enter', 10), ('exit', 10, False), -1]), FELL)
assert run([], for_while_try_continue_clause_then_with_break) in ((None, []), FELL)
assert run([1], for_while_try_continue_clause_then_with_break) in ((None, [-1]), FELL)
assert run([2], for_while_try_continue_clause_then_with_break) in ((None, [-1, -1]), FELL)
assert run([3], for_while_try_continue_clause_then_with_break) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1]), FELL)
assert run([1, 2], for_while_try_continue_clause_then_with_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3]), FELL)
assert run([2, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3, -1]), FELL)
assert run([3, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3, -1, -1]), FELL)
assert run([1, 0, 1, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1, -2]), FELL)
assert run([1, 0, 1, 2], for_while_try_continue_clause_then_with_break) in (('E2', [-1, -2]), FELL)
assert run([2, 0, 0, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1, -1]), FELL)
assert run([], for_while_try_continue_clause_then_with) in ((None, []), FELL)
assert run([1, 1], for_while_try_continue_clause_then_with) in ((None, [3]), FELL)
assert run([1, 1, 1], for_while_try_continue_clause_then_with) in ((None, [3, 3]), FELL)
assert run([1, 1, 1, 1], for_while_try_continue_clause_then_with) in ((None, [3, 3, 3]), FELL)
assert run([], if_while_and_before_elif) in ((None, []), FELL)
assert run([1, 1, 1, 1], if_while_and_before_elif) in ((None, [2]), FELL)
assert run([], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_orphan_clause_return_then_with_return) in (('E1', [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_orphan_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 0, 0, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_try_clause_return_then_with_return) in ((18, [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_try_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_clause_return_then_with_return) in (('E1', [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([0, 1, 0, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([], try_while_try_break_finally_then_if) in ((None, []), FELL)
assert run([1], try_while_try_break_finally_then_if) in ((None, [1, 7]), FELL)
assert run([0, 1], try_while_try_break_finally_then_if) in ((None, [8]), FELL)
assert run([1, 1], try_while_try_break_finally_then_if) in ((None, [1, 7, 8]), FELL)
assert run([1, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1, 1, 1, 1, 1], try_then_while_or_with_returning) in ((None, [-17, ('enter', 18), -20, ('exit', 18, True)]), FELL)
assert run([1, 1], while_while_true_try_return_clause_then_with_break) in ((None, []), FELL)
assert run([1], for_while_try_continue_clause_then_with) in ((None, []), FELL)
assert run([1, 1, 1, 1, 1], if_while_and_before_elif) in ((None, [2]), FELL)
