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
    try:
        with m(1), m(2):
            try:
                x(4)
                return 5
            except E1:
                pass
        while c():
            with m(8), m(9):
                return 11
    except E1:
        return None


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
                continue
            except E1:
                pass
            except E2 as e:
                pass
        except E1:
            pass
        except E2 as e:
            pass
        return 26


def elif_try_finally_returning_and_test_in_finally(c, t, x, n, m):
    # depyf: could not decompile elif_try_finally_returning_and_test_in_finally: except clauses fall off past the end of their region at 202
    #   217           0 RESUME                   0
    #   
    #   218           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    12 (to 46)
    #                22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 PRECALL                  0
    #                30 CALL                     0
    #                40 POP_JUMP_FORWARD_IF_FALSE     2 (to 46)
    #   
    #   219          42 LOAD_CONST               0 (None)
    #                44 RETURN_VALUE
    #   
    #   220     >>   46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 PRECALL                  0
    #                54 CALL                     0
    #                64 POP_JUMP_FORWARD_IF_FALSE   157 (to 380)
    #   
    #   221          66 NOP
    #   
    #   222          68 PUSH_NULL
    #                70 LOAD_FAST                2 (x)
    #                72 LOAD_CONST               1 (15)
    #                74 PRECALL                  1
    #                78 CALL                     1
    #                88 POP_TOP
    #   
    #   223          90 NOP
    #   
    #   224          92 NOP
    #   
    #   230          94 PUSH_NULL
    #                96 LOAD_FAST                1 (t)
    #                98 LOAD_CONST               2 (23)
    #               100 PRECALL                  1
    #               104 CALL                     1
    #               114 POP_TOP
    #   
    #   231         116 PUSH_NULL
    #               118 LOAD_FAST                0 (c)
    #               120 PRECALL                  0
    #               124 CALL                     0
    #               134 POP_JUMP_FORWARD_IF_FALSE    12 (to 160)
    #               136 PUSH_NULL
    #               138 LOAD_FAST                0 (c)
    #               140 PRECALL                  0
    #               144 CALL                     0
    #               154 POP_JUMP_FORWARD_IF_FALSE     4 (to 164)
    #   
    #   232         156 LOAD_CONST               3 (18)
    #               158 RETURN_VALUE
    #   
    #   231     >>  160 LOAD_CONST               3 (18)
    #               162 RETURN_VALUE
    #           >>  164 LOAD_CONST               3 (18)
    #               166 RETURN_VALUE
    #               168 PUSH_EXC_INFO
    #   
    #   225         170 LOAD_GLOBAL              0 (E1)
    #               182 CHECK_EXC_MATCH
    #               184 POP_JUMP_FORWARD_IF_FALSE     3 (to 192)
    #               186 POP_TOP
    #   
    #   226         188 POP_EXCEPT
    #               190 JUMP_FORWARD             4 (to 200)
    #   
    #   225     >>  192 RERAISE                  0
    #           >>  194 COPY                     3
    #               196 POP_EXCEPT
    #               198 RERAISE                  1
    #   
    #   226     >>  200 JUMP_FORWARD            16 (to 234)
    #           >>  202 PUSH_EXC_INFO
    #   
    #   227         204 LOAD_GLOBAL              0 (E1)
    #               216 CHECK_EXC_MATCH
    #               218 POP_JUMP_FORWARD_IF_FALSE     3 (to 226)
    #               220 POP_TOP
    #   
    #   228         222 POP_EXCEPT
    #               224 JUMP_FORWARD             4 (to 234)
    #   
    #   227     >>  226 RERAISE                  0
    #           >>  228 COPY                     3
    #               230 POP_EXCEPT
    #               232 RERAISE                  1
    #   
    #   230     >>  234 PUSH_NULL
    #               236 LOAD_FAST                1 (t)
    #               238 LOAD_CONST               2 (23)
    #               240 PRECALL                  1
    #               244 CALL                     1
    #               254 POP_TOP
    #   
    #   231         256 PUSH_NULL
    #               258 LOAD_FAST                0 (c)
    #               260 PRECALL                  0
    #               264 CALL                     0
    #               274 POP_JUMP_FORWARD_IF_FALSE    12 (to 300)
    #               276 PUSH_NULL
    #               278 LOAD_FAST                0 (c)
    #               280 PRECALL                  0
    #               284 CALL                     0
    #               294 POP_JUMP_FORWARD_IF_FALSE     4 (to 304)
    #   
    #   232         296 LOAD_CONST               0 (None)
    #               298 RETURN_VALUE
    #   
    #   231     >>  300 LOAD_CONST               0 (None)
    #               302 RETURN_VALUE
    #           >>  304 LOAD_CONST               0 (None)
    #               306 RETURN_VALUE
    #           >>  308 PUSH_EXC_INFO
    #   
    #   230         310 PUSH_NULL
    #               312 LOAD_FAST                1 (t)
    #               314 LOAD_CONST               2 (23)
    #               316 PRECALL                  1
    #               320 CALL                     1
    #               330 POP_TOP
    #   
    #   231         332 PUSH_NULL
    #               334 LOAD_FAST                0 (c)
    #               336 PRECALL                  0
    #               340 CALL                     0
    #               350 POP_JUMP_FORWARD_IF_FALSE    10 (to 372)
    #               352 PUSH_NULL
    #               354 LOAD_FAST                0 (c)
    #               356 PRECALL                  0
    #               360 CALL                     0
    #               370 POP_JUMP_FORWARD_IF_FALSE     0 (to 372)
    #   
    #   232     >>  372 RERAISE                  0
    #           >>  374 COPY                     3
    #               376 POP_EXCEPT
    #               378 RERAISE                  1
    #   
    #   233     >>  380 PUSH_NULL
    #               382 LOAD_FAST                0 (c)
    #               384 PRECALL                  0
    #               388 CALL                     0
    #               398 POP_JUMP_FORWARD_IF_FALSE     2 (to 404)
    #   
    #   234         400 LOAD_CONST               0 (None)
    #               402 RETURN_VALUE
    #   
    #   236     >>  404 LOAD_CONST               0 (None)
    #               406 RETURN_VALUE
    #   ExceptionTable:
    #     68 to 88 -> 202 [0]
    #     168 to 186 -> 194 [1] lasti
    #     188 to 190 -> 202 [0]
    #     192 to 192 -> 194 [1] lasti
    #     194 to 198 -> 202 [0]
    #     200 to 200 -> 308 [0]
    #     202 to 220 -> 228 [1] lasti
    #     222 to 224 -> 308 [0]
    #     226 to 226 -> 228 [1] lasti
    #     228 to 232 -> 308 [0]
    #     308 to 372 -> 374 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_try_finally_returning_and_test_in_finally: except clauses fall off past the end of their region at 202')


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
    while c():
        while True:
            if c():
                break
            try:
                return x(1)
            except E1:
                pass
            with m(10):
                break


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
    if c():
        if c():
            while c() and c():
                t(2)
        elif c():
            return
    elif c():
        return


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
    try:
        while c():
            try:
                t(1)
                break
            except E1:
                pass
            finally:
                t(7)
    except E1:
        pass
    if c():
        t(8)

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
