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


def while_never_looping_try_else_break_through_finally(c, t, x, n, m):
    # depyf: could not decompile while_never_looping_try_else_break_through_finally: a jump past the end of a branch skips the code after its statement at 88
    #    87           0 RESUME                   0
    #   
    #    88           2 NOP
    #   
    #    89           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE        1 (to 20)
    #   
    #    90          18 JUMP_FORWARD            53 (to 126)
    #   
    #    91     >>   20 NOP
    #   
    #    92          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_FALSE        9 (to 54)
    #   
    #    93          36 PUSH_NULL
    #                38 LOAD_FAST                1 (t)
    #                40 LOAD_CONST               1 (19)
    #                42 CALL                     1
    #                50 POP_TOP
    #                52 JUMP_FORWARD            18 (to 90)
    #   
    #    95     >>   54 PUSH_NULL
    #                56 LOAD_FAST                1 (t)
    #                58 LOAD_CONST               2 (23)
    #                60 CALL                     1
    #                68 POP_TOP
    #   
    #    96          70 NOP
    #   
    #    98          72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               3 (24)
    #                78 CALL                     1
    #                86 POP_TOP
    #                88 JUMP_FORWARD            18 (to 126)
    #   
    #    93     >>   90 NOP
    #   
    #    98          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               3 (24)
    #                98 CALL                     1
    #               106 POP_TOP
    #   
    #    99         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               4 (26)
    #               114 CALL                     1
    #               122 POP_TOP
    #   
    #   100         124 NOP
    #   
    #   101     >>  126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               5 (28)
    #               132 CALL                     1
    #               140 POP_TOP
    #               142 RETURN_CONST             0 (None)
    #           >>  144 PUSH_EXC_INFO
    #   
    #    98         146 PUSH_NULL
    #               148 LOAD_FAST                1 (t)
    #               150 LOAD_CONST               3 (24)
    #               152 CALL                     1
    #               160 POP_TOP
    #               162 RERAISE                  0
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #   ExceptionTable:
    #     22 to 68 -> 144 [0]
    #     144 to 162 -> 164 [1] lasti
    raise RuntimeError('depyf: could not decompile while_never_looping_try_else_break_through_finally: a jump past the end of a branch skips the code after its statement at 88')


def try_while_true_break_with_break_then_empty_try(c, t, x, n, m):
    try:
        while True:
            if c():
                break
            with m(2), m(3):
                break
    except E1:
        pass
    try:
        pass
    except E1:
        pass
    except E2 as e:
        pass


def try_while_true_break_with_break_then_try(c, t, x, n, m):
    try:
        while True:
            if c():
                break
            t(1)
            with m(2), m(3):
                x(4)
                break
    except E1:
        t(6)
    try:
        t(7)
    except E1:
        t(10)
    t(33)


def match_while_try_else_break_else(c, t, x, n, m):
    match c():
        case 1 | 2:
            while c():
                try:
                    t(1)
                    break
                except E1:
                    pass
                except E2 as e:
                    pass
            else:
                x(21)
        case _:
            t(29)
    t(34)


def if_while_try_else_break_else(c, t, x, n, m):
    if c():
        while c():
            try:
                x(1)
                break
            except E1:
                pass
            except E2 as e:
                pass
        else:
            x(21)
    else:
        t(29)
    t(34)


def for_while_true_elifs_break_else_return(c, t, x, n, m):
    for j in n():
        while True:
            if c() and c():
                break
            if c():
                t(1)
            elif c():
                pass
            elif c():
                break
            else:
                return 7


def for_while_true_elif_break_else_return(c, t, x, n, m):
    for j in n():
        while True:
            if c():
                break
            if c():
                pass
            elif c():
                break
            else:
                return 7


def if_match_cases_return_elif_then_code(c, t, x, n, m):
    if c():
        match c():
            case 0:
                pass
            case z if z:
                try:
                    t(12)
                    return 11
                except E1:
                    pass
                finally:
                    t(19)
            case _:
                return 26
    elif c():
        pass
    t(38)

assert run([], while_never_looping_try_else_break_through_finally) in ((None, [23, 24, 28]), FELL)
assert run([1], while_never_looping_try_else_break_through_finally) in ((None, [28]), FELL)
assert run([0, 1], while_never_looping_try_else_break_through_finally) in ((None, [19, 24, 26, 28]), FELL)
assert run([], try_while_true_break_with_break_then_empty_try) in ((None, [('enter', 2), ('enter', 3), ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([1], try_while_true_break_with_break_then_empty_try) in ((None, []), FELL)
assert run([], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([1], try_while_true_break_with_break_then_try) in ((None, [7, 33]), FELL)
assert run([0, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 6, 7, 33]), FELL)
assert run([0, 2], try_while_true_break_with_break_then_try) in (('E2', [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False)]), FELL)
assert run([0, 1, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), 1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([0, 1, 0, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, True), 1, ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), 7, 33]), FELL)
assert run([0, 1, 1, 1], try_while_true_break_with_break_then_try) in ((None, [1, ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), 7, 33]), FELL)
assert run([], match_while_try_else_break_else) in ((None, [29, 34]), FELL)
assert run([1], match_while_try_else_break_else) in ((None, [-21, 34]), FELL)
assert run([1, 1], match_while_try_else_break_else) in ((None, [1, 34]), FELL)
assert run([1, 0, 1], match_while_try_else_break_else) in (('E1', [-21]), FELL)
assert run([1, 0, 2], match_while_try_else_break_else) in (('E2', [-21]), FELL)
assert run([], if_while_try_else_break_else) in ((None, [29, 34]), FELL)
assert run([1], if_while_try_else_break_else) in ((None, [-21, 34]), FELL)
assert run([1, 1], if_while_try_else_break_else) in ((None, [-1, 34]), FELL)
assert run([1, 0, 1], if_while_try_else_break_else) in (('E1', [-21]), FELL)
assert run([1, 0, 2], if_while_try_else_break_else) in (('E2', [-21]), FELL)
assert run([1, 1, 1], if_while_try_else_break_else) in ((None, [-1, -21, 34]), FELL)
assert run([1, 1, 1, 1], if_while_try_else_break_else) in ((None, [-1, -1, 34]), FELL)
assert run([], for_while_true_elifs_break_else_return) in ((None, []), FELL)
assert run([1], for_while_true_elifs_break_else_return) in ((7, []), FELL)
assert run([1, 0, 1], for_while_true_elifs_break_else_return) in ((7, [1]), FELL)
assert run([], for_while_true_elif_break_else_return) in ((None, []), FELL)
assert run([1], for_while_true_elif_break_else_return) in ((7, []), FELL)
assert run([], if_match_cases_return_elif_then_code) in ((None, [38]), FELL)
assert run([1, 1], if_match_cases_return_elif_then_code) in ((11, [12, 19]), FELL)
assert run([1], if_match_cases_return_elif_then_code) in ((None, [38]), FELL)
