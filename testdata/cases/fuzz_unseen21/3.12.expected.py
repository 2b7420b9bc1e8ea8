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
    #   262           0 RESUME                   0
    #   
    #   263           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       36 (to 88)
    #   
    #   264          16 NOP
    #   
    #   265          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       10 (to 52)
    #   
    #   266          32 NOP
    #   
    #   268          34 PUSH_NULL
    #                36 LOAD_FAST                1 (t)
    #                38 LOAD_CONST               1 (2)
    #                40 CALL                     1
    #                48 POP_TOP
    #                50 JUMP_FORWARD            19 (to 90)
    #   
    #   265     >>   52 NOP
    #   
    #   268          54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               1 (2)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #   269          70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               2 (4)
    #                76 CALL                     1
    #                84 POP_TOP
    #   
    #   270          86 JUMP_FORWARD             1 (to 90)
    #   
    #   272     >>   88 NOP
    #   
    #   273     >>   90 PUSH_NULL
    #                92 LOAD_FAST                1 (t)
    #                94 LOAD_CONST               3 (6)
    #                96 CALL                     1
    #               104 POP_TOP
    #               106 RETURN_CONST             0 (None)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   268         110 PUSH_NULL
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
    # depyf: could not decompile try_return_clause_finally_and_test_else: try body ends inside an expression at 30
    #   372           0 RESUME                   0
    #   
    #   373           2 NOP
    #   
    #   374           4 PUSH_NULL
    #                 6 LOAD_FAST                2 (x)
    #                 8 LOAD_CONST               1 (4)
    #                10 CALL                     1
    #   
    #   378          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       16 (to 64)
    #                32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_FALSE        9 (to 64)
    #   
    #   379          46 PUSH_NULL
    #                48 LOAD_FAST                1 (t)
    #                50 LOAD_CONST               2 (16)
    #                52 CALL                     1
    #                60 POP_TOP
    #                62 RETURN_VALUE
    #   
    #   381     >>   64 PUSH_NULL
    #                66 LOAD_FAST                1 (t)
    #                68 LOAD_CONST               3 (18)
    #                70 CALL                     1
    #                78 POP_TOP
    #                80 RETURN_VALUE
    #           >>   82 PUSH_EXC_INFO
    #   
    #   375          84 LOAD_GLOBAL              0 (E1)
    #                94 CHECK_EXC_MATCH
    #                96 POP_JUMP_IF_FALSE       11 (to 120)
    #                98 POP_TOP
    #   
    #   376         100 PUSH_NULL
    #               102 LOAD_FAST                1 (t)
    #               104 LOAD_CONST               4 (5)
    #               106 CALL                     1
    #               114 POP_TOP
    #               116 POP_EXCEPT
    #               118 JUMP_FORWARD             4 (to 128)
    #   
    #   375     >>  120 RERAISE                  0
    #           >>  122 COPY                     3
    #               124 POP_EXCEPT
    #               126 RERAISE                  1
    #   
    #   376     >>  128 NOP
    #   
    #   378         130 PUSH_NULL
    #               132 LOAD_FAST                0 (c)
    #               134 CALL                     0
    #               142 POP_JUMP_IF_FALSE       16 (to 176)
    #               144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 CALL                     0
    #               156 POP_JUMP_IF_FALSE        9 (to 176)
    #   
    #   379         158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               2 (16)
    #               164 CALL                     1
    #               172 POP_TOP
    #               174 JUMP_FORWARD            45 (to 266)
    #   
    #   381     >>  176 PUSH_NULL
    #               178 LOAD_FAST                1 (t)
    #               180 LOAD_CONST               3 (18)
    #               182 CALL                     1
    #               190 POP_TOP
    #               192 JUMP_FORWARD            36 (to 266)
    #           >>  194 PUSH_EXC_INFO
    #   
    #   378         196 PUSH_NULL
    #               198 LOAD_FAST                0 (c)
    #               200 CALL                     0
    #               208 POP_JUMP_IF_FALSE       16 (to 242)
    #               210 PUSH_NULL
    #               212 LOAD_FAST                0 (c)
    #               214 CALL                     0
    #               222 POP_JUMP_IF_FALSE        9 (to 242)
    #   
    #   379         224 PUSH_NULL
    #               226 LOAD_FAST                1 (t)
    #               228 LOAD_CONST               2 (16)
    #               230 CALL                     1
    #               238 POP_TOP
    #               240 RERAISE                  0
    #   
    #   381     >>  242 PUSH_NULL
    #               244 LOAD_FAST                1 (t)
    #               246 LOAD_CONST               3 (18)
    #               248 CALL                     1
    #               256 POP_TOP
    #               258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #   
    #   382     >>  266 PUSH_NULL
    #               268 LOAD_FAST                1 (t)
    #               270 LOAD_CONST               5 (17)
    #               272 CALL                     1
    #               280 POP_TOP
    #               282 RETURN_CONST             0 (None)
    #   ExceptionTable:
    #     4 to 16 -> 82 [0]
    #     82 to 114 -> 122 [1] lasti
    #     116 to 118 -> 194 [0]
    #     120 to 120 -> 122 [1] lasti
    #     122 to 126 -> 194 [0]
    #     194 to 258 -> 260 [1] lasti
    raise RuntimeError('depyf: could not decompile try_return_clause_finally_and_test_else: try body ends inside an expression at 30')


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
