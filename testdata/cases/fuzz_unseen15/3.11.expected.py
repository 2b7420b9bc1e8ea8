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


def for_while_and_with_continue(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                x(2)
                continue


def for_while_and_with_continue_then_code(c, t, x, n, m):
    for j in n():
        while c() and c():
            with m(1) as w:
                if c():
                    continue
                t(3)


def for_try_while_clause_if_else_return(c, t, x, n, m):
    # depyf: could not decompile for_try_while_clause_if_else_return: code copied after POP_EXCEPT in a branch of an except clause at 156
    #   106           0 RESUME                   0
    #   
    #   107           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER               115 (to 254)
    #                24 STORE_FAST               5 (j)
    #   
    #   108          26 NOP
    #   
    #   109          28 PUSH_NULL
    #                30 LOAD_FAST                0 (c)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 POP_JUMP_FORWARD_IF_FALSE    21 (to 90)
    #   
    #   110     >>   48 PUSH_NULL
    #                50 LOAD_FAST                2 (x)
    #                52 LOAD_CONST               1 (4)
    #                54 PRECALL                  1
    #                58 CALL                     1
    #                68 POP_TOP
    #   
    #   109          70 PUSH_NULL
    #                72 LOAD_FAST                0 (c)
    #                74 PRECALL                  0
    #                78 CALL                     0
    #                88 POP_JUMP_BACKWARD_IF_TRUE    21 (to 48)
    #           >>   90 JUMP_FORWARD            53 (to 198)
    #           >>   92 PUSH_EXC_INFO
    #   
    #   111          94 LOAD_GLOBAL              0 (E1)
    #               106 CHECK_EXC_MATCH
    #               108 POP_JUMP_FORWARD_IF_FALSE    40 (to 190)
    #               110 POP_TOP
    #   
    #   112         112 PUSH_NULL
    #               114 LOAD_FAST                0 (c)
    #               116 PRECALL                  0
    #               120 CALL                     0
    #               130 POP_JUMP_FORWARD_IF_FALSE     1 (to 134)
    #   
    #   113         132 JUMP_FORWARD            26 (to 186)
    #   
    #   114     >>  134 PUSH_NULL
    #               136 LOAD_FAST                0 (c)
    #               138 PRECALL                  0
    #               142 CALL                     0
    #               152 POP_JUMP_FORWARD_IF_FALSE     1 (to 156)
    #   
    #   115         154 JUMP_FORWARD            15 (to 186)
    #   
    #   117     >>  156 POP_EXCEPT
    #   
    #   119         158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               2 (16)
    #               164 PRECALL                  1
    #               168 CALL                     1
    #               178 POP_TOP
    #               180 POP_TOP
    #               182 LOAD_CONST               3 (13)
    #               184 RETURN_VALUE
    #           >>  186 POP_EXCEPT
    #               188 JUMP_FORWARD             4 (to 198)
    #   
    #   111     >>  190 RERAISE                  0
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #   
    #   119     >>  198 PUSH_NULL
    #               200 LOAD_FAST                1 (t)
    #               202 LOAD_CONST               2 (16)
    #               204 PRECALL                  1
    #               208 CALL                     1
    #               218 POP_TOP
    #               220 JUMP_BACKWARD          100 (to 22)
    #           >>  222 PUSH_EXC_INFO
    #               224 PUSH_NULL
    #               226 LOAD_FAST                1 (t)
    #               228 LOAD_CONST               2 (16)
    #               230 PRECALL                  1
    #               234 CALL                     1
    #               244 POP_TOP
    #               246 RERAISE                  0
    #           >>  248 COPY                     3
    #               250 POP_EXCEPT
    #               252 RERAISE                  1
    #   
    #   107     >>  254 LOAD_CONST               0 (None)
    #               256 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 88 -> 92 [1]
    #     90 to 90 -> 222 [1]
    #     92 to 154 -> 192 [2] lasti
    #     156 to 156 -> 222 [1]
    #     186 to 188 -> 222 [1]
    #     190 to 190 -> 192 [2] lasti
    #     192 to 196 -> 222 [1]
    #     222 to 246 -> 248 [2] lasti
    raise RuntimeError('depyf: could not decompile for_try_while_clause_if_else_return: code copied after POP_EXCEPT in a branch of an except clause at 156')


def for_try_clause_if_call_else_return(c, t, x, n, m):
    # depyf: could not decompile for_try_clause_if_call_else_return: code copied after POP_EXCEPT in a branch of an except clause at 116
    #   122           0 RESUME                   0
    #   
    #   123           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                95 (to 214)
    #                24 STORE_FAST               5 (j)
    #   
    #   124          26 NOP
    #   
    #   125          28 PUSH_NULL
    #                30 LOAD_FAST                2 (x)
    #                32 LOAD_CONST               1 (4)
    #                34 PRECALL                  1
    #                38 CALL                     1
    #                48 POP_TOP
    #                50 JUMP_FORWARD            53 (to 158)
    #           >>   52 PUSH_EXC_INFO
    #   
    #   126          54 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_FORWARD_IF_FALSE    40 (to 150)
    #                70 POP_TOP
    #   
    #   127          72 PUSH_NULL
    #                74 LOAD_FAST                0 (c)
    #                76 PRECALL                  0
    #                80 CALL                     0
    #                90 POP_JUMP_FORWARD_IF_FALSE    12 (to 116)
    #   
    #   128          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               2 (1)
    #                98 PRECALL                  1
    #               102 CALL                     1
    #               112 POP_TOP
    #               114 JUMP_FORWARD            15 (to 146)
    #   
    #   130     >>  116 POP_EXCEPT
    #   
    #   132         118 PUSH_NULL
    #               120 LOAD_FAST                1 (t)
    #               122 LOAD_CONST               3 (16)
    #               124 PRECALL                  1
    #               128 CALL                     1
    #               138 POP_TOP
    #               140 POP_TOP
    #               142 LOAD_CONST               4 (13)
    #               144 RETURN_VALUE
    #   
    #   128     >>  146 POP_EXCEPT
    #               148 JUMP_FORWARD             4 (to 158)
    #   
    #   126     >>  150 RERAISE                  0
    #           >>  152 COPY                     3
    #               154 POP_EXCEPT
    #               156 RERAISE                  1
    #   
    #   132     >>  158 PUSH_NULL
    #               160 LOAD_FAST                1 (t)
    #               162 LOAD_CONST               3 (16)
    #               164 PRECALL                  1
    #               168 CALL                     1
    #               178 POP_TOP
    #               180 JUMP_BACKWARD           80 (to 22)
    #           >>  182 PUSH_EXC_INFO
    #               184 PUSH_NULL
    #               186 LOAD_FAST                1 (t)
    #               188 LOAD_CONST               3 (16)
    #               190 PRECALL                  1
    #               194 CALL                     1
    #               204 POP_TOP
    #               206 RERAISE                  0
    #           >>  208 COPY                     3
    #               210 POP_EXCEPT
    #               212 RERAISE                  1
    #   
    #   123     >>  214 LOAD_CONST               0 (None)
    #               216 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 48 -> 52 [1]
    #     50 to 50 -> 182 [1]
    #     52 to 114 -> 152 [2] lasti
    #     116 to 116 -> 182 [1]
    #     146 to 148 -> 182 [1]
    #     150 to 150 -> 152 [2] lasti
    #     152 to 156 -> 182 [1]
    #     182 to 206 -> 208 [2] lasti
    raise RuntimeError('depyf: could not decompile for_try_clause_if_call_else_return: code copied after POP_EXCEPT in a branch of an except clause at 116')


def while_true_try_break_then_while_true(c, t, x, n, m):
    while not c():
        while True:
            try:
                x(3)
                break
            except E1:
                pass
        while True:
            if c() or c():
                break
            if c() and c():
                pass


def while_true_try_break_then_loop_code(c, t, x, n, m):
    while not c():
        while True:
            try:
                x(3)
                break
            except E1:
                pass
        while True:
            if c():
                break
            t(5)


def closure_while_true_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                if c() and c():
                    pass
    return inner()


def while_then_try_return_then_code(c, t, x, n, m):
    while c():
        t(1)
    try:
        x(12)
        return 13
    except E1:
        pass
    t(15)


def closure_nested_whiles_then_try_return_then_code(c, t, x, n, m):
    def inner():
        while c() or c():
            while c():
                pass
        try:
            x(12)
            return 13
        except E1:
            pass
        t(15)
    return inner()


def for_while_clause_break_else(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def while_while_clause_break_else(c, t, x, n, m):
    while c():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            t(6)


def for_while_clause_break_else_with(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        else:
            with m(6) as w:
                t(7)


def for_while_clause_break_then_code(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(3)
            except E1:
                break
        t(6)


def while_true_match_or_then_default_match_break(c, t, x, n, m):
    while True:
        match c():
            case 1 | 2:
                t(1)
            case _:
                c()
                break
    t(2)


def closure_while_true_code_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                t(2)
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                if c() and c():
                    pass
    return inner()


def while_never_looping_clause_break_through_finally(c, t, x, n, m):
    while c():
        try:
            x(52)
        except E1:
            break
        finally:
            t(54)
        while c():
            t(60)
        break
    t(82)


def closure_while_true_break_try_break_then_while_true(c, t, x, n, m):
    def inner():
        while not c():
            while True:
                if c() or c():
                    break
                try:
                    x(3)
                    break
                except E1:
                    pass
            while True:
                if c() or c():
                    break
                if c() and c():
                    pass
    return inner()


def try_while_break_else_with_return_finally(c, t, x, n, m):
    try:
        while c():
            if c():
                pass
            elif c():
                pass
            else:
                break
        else:
            with m(7) as w:
                return 10
    except E1:
        pass
    except E2 as e:
        pass
    finally:
        t(15)
    t(16)


def try_while_break_else_with_return(c, t, x, n, m):
    try:
        while c():
            if c():
                break
        else:
            with m(7) as w:
                return 10
    except E1:
        pass
    t(16)

assert run([], for_while_and_with_continue) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2], for_while_and_with_continue) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([], for_while_and_with_continue_then_code) in ((None, []), FELL)
assert run([1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 1, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 2, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 2], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([1, 3, 3], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([2, 1, 1], for_while_and_with_continue_then_code) in ((None, [('enter', 1), 3, ('exit', 1, False)]), FELL)
assert run([], for_try_while_clause_if_else_return) in ((None, []), FELL)
assert run([1], for_try_while_clause_if_else_return) in ((None, [16]), FELL)
assert run([2], for_try_while_clause_if_else_return) in ((None, [16, 16]), FELL)
assert run([3], for_try_while_clause_if_else_return) in ((None, [16, 16, 16]), FELL)
assert run([1, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16]), FELL)
assert run([2, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16]), FELL)
assert run([3, 1], for_try_while_clause_if_else_return) in ((None, [-4, 16, 16, 16]), FELL)
assert run([1, 1, 1], for_try_while_clause_if_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 1, 2], for_try_while_clause_if_else_return) in (('E2', [-4, 16]), FELL)
assert run([2, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16]), FELL)
assert run([3, 0, 1], for_try_while_clause_if_else_return) in ((None, [16, -4, 16, 16]), FELL)
assert run([1, 1, 0, 1], for_try_while_clause_if_else_return) in ((None, [-4, -4, 16]), FELL)
assert run([], for_try_clause_if_call_else_return) in ((None, []), FELL)
assert run([1], for_try_clause_if_call_else_return) in ((None, [-4, 16]), FELL)
assert run([2], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16]), FELL)
assert run([3], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 16, -4, 16]), FELL)
assert run([1, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16]), FELL)
assert run([1, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16]), FELL)
assert run([1, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16]), FELL)
assert run([2, 0, 1], for_try_clause_if_call_else_return) in ((13, [-4, 16, -4, 16]), FELL)
assert run([2, 0, 2], for_try_clause_if_call_else_return) in (('E2', [-4, 16, -4, 16]), FELL)
assert run([2, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16]), FELL)
assert run([3, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 1, 16, -4, 16, -4, 16]), FELL)
assert run([2, 0, 1, 1], for_try_clause_if_call_else_return) in ((None, [-4, 16, -4, 1, 16]), FELL)
assert run([], while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1], while_true_try_break_then_loop_code) in ((None, []), FELL)
assert run([0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 2], while_true_try_break_then_loop_code) in (('E2', [-3]), FELL)
assert run([0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, 5, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 0, 1, 1], while_true_try_break_then_loop_code) in ((None, [-3]), FELL)
assert run([0, 1, 0, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 1], while_true_try_break_then_loop_code) in (('Budget', [-3, -3, -3, -3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([0, 1, 1, 2], while_true_try_break_then_loop_code) in (('E2', [-3, -3, -3]), FELL)
assert run([], closure_while_true_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([0, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3]), FELL)
assert run([0, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_try_break_then_while_true) in (('Budget', [-3, -3, -3, -3, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_try_break_then_while_true) in (('E2', [-3, -3, -3, -3]), FELL)
assert run([], while_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([1], while_then_try_return_then_code) in ((13, [1, -12]), FELL)
assert run([0, 1], while_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 2], while_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 1], while_then_try_return_then_code) in ((13, [1, 1, -12]), FELL)
assert run([1, 0, 1], while_then_try_return_then_code) in ((None, [1, -12, 15]), FELL)
assert run([1, 0, 2], while_then_try_return_then_code) in (('E2', [1, -12]), FELL)
assert run([1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, -12]), FELL)
assert run([1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, -12, 15]), FELL)
assert run([1, 1, 0, 2], while_then_try_return_then_code) in (('E2', [1, 1, -12]), FELL)
assert run([1, 1, 1, 1], while_then_try_return_then_code) in ((13, [1, 1, 1, 1, -12]), FELL)
assert run([1, 1, 1, 0, 1], while_then_try_return_then_code) in ((None, [1, 1, 1, -12, 15]), FELL)
assert run([], closure_nested_whiles_then_try_return_then_code) in ((13, [-12]), FELL)
assert run([0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([1, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([1, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([2, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([2, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([3, 0, 0, 0, 1], closure_nested_whiles_then_try_return_then_code) in ((None, [-12, 15]), FELL)
assert run([3, 0, 0, 0, 2], closure_nested_whiles_then_try_return_then_code) in (('E2', [-12]), FELL)
assert run([], for_while_clause_break_else) in ((None, []), FELL)
assert run([1], for_while_clause_break_else) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_else) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 1], for_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_else) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([], while_while_clause_break_else) in ((None, []), FELL)
assert run([1], while_while_clause_break_else) in ((None, [6]), FELL)
assert run([1, 1], while_while_clause_break_else) in ((None, [-3, 6]), FELL)
assert run([1, 0, 1], while_while_clause_break_else) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], while_while_clause_break_else) in ((None, [-3]), FELL)
assert run([1, 1, 2], while_while_clause_break_else) in (('E2', [-3]), FELL)
assert run([1, 0, 1, 1], while_while_clause_break_else) in ((None, [6, -3, 6]), FELL)
assert run([1, 1, 0, 1], while_while_clause_break_else) in ((None, [-3, -3, 6]), FELL)
assert run([1, 0, 1, 0, 1], while_while_clause_break_else) in ((None, [6, 6, 6]), FELL)
assert run([1, 0, 1, 1, 1], while_while_clause_break_else) in ((None, [6, -3]), FELL)
assert run([1, 0, 1, 1, 2], while_while_clause_break_else) in (('E2', [6, -3]), FELL)
assert run([1, 1, 0, 0, 1], while_while_clause_break_else) in ((None, [-3, 6, 6]), FELL)
assert run([], for_while_clause_break_else_with) in ((None, []), FELL)
assert run([1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([2, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 1], for_while_clause_break_else_with) in ((None, [-3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 1], for_while_clause_break_else_with) in ((None, [-3]), FELL)
assert run([1, 1, 2], for_while_clause_break_else_with) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([3, 0, 1], for_while_clause_break_else_with) in ((None, [('enter', 6), 7, ('exit', 6, False), -3, ('enter', 6), 7, ('exit', 6, False), ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_else_with) in ((None, [-3, -3, ('enter', 6), 7, ('exit', 6, False)]), FELL)
assert run([], for_while_clause_break_then_code) in ((None, []), FELL)
assert run([1], for_while_clause_break_then_code) in ((None, [6]), FELL)
assert run([2], for_while_clause_break_then_code) in ((None, [6, 6]), FELL)
assert run([3], for_while_clause_break_then_code) in ((None, [6, 6, 6]), FELL)
assert run([1, 1], for_while_clause_break_then_code) in ((None, [-3, 6]), FELL)
assert run([2, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6]), FELL)
assert run([3, 1], for_while_clause_break_then_code) in ((None, [-3, 6, 6, 6]), FELL)
assert run([1, 1, 2], for_while_clause_break_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6]), FELL)
assert run([3, 0, 1], for_while_clause_break_then_code) in ((None, [6, -3, 6, 6]), FELL)
assert run([1, 1, 0, 1], for_while_clause_break_then_code) in ((None, [-3, -3, 6]), FELL)
assert run([2, 0, 1, 2], for_while_clause_break_then_code) in (('E2', [6, -3]), FELL)
assert run([], while_true_match_or_then_default_match_break) in ((None, [2]), FELL)
assert run([1], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 2]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 1, 1, 2]), FELL)
assert run([2], while_true_match_or_then_default_match_break) in ((None, [1, 2]), FELL)
assert run([1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([2, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 1, 2], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([1, 2, 1], while_true_match_or_then_default_match_break) in ((None, [1, 1, 1, 2]), FELL)
assert run([], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3]), FELL)
assert run([1], closure_while_true_code_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3]), FELL)
assert run([0, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3]), FELL)
assert run([0, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3]), FELL)
assert run([0, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3]), FELL)
assert run([0, 1, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 1, 1], closure_while_true_code_try_break_then_while_true) in (('Budget', [2, -3, 2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([0, 1, 1, 1, 2], closure_while_true_code_try_break_then_while_true) in (('E2', [2, -3, 2, -3, 2, -3, 2, -3]), FELL)
assert run([], while_never_looping_clause_break_through_finally) in ((None, [82]), FELL)
assert run([1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([1, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([1, 0, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([1, 0, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 60, 82]), FELL)
assert run([1, 0, 1, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 60, 60, 82]), FELL)
assert run([2], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([3], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([2, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([3, 2], while_never_looping_clause_break_through_finally) in (('E2', [-52, 54]), FELL)
assert run([1, 0, 2], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([1, 0, 3], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 60, 82]), FELL)
assert run([], closure_while_true_break_try_break_then_while_true) in (('Budget', [-3]), FELL)
assert run([1], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', [-3, -3]), FELL)
assert run([0, 0, 0, 2], closure_while_true_break_try_break_then_while_true) in (('E2', [-3]), FELL)
assert run([2], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([3], closure_while_true_break_try_break_then_while_true) in ((None, []), FELL)
assert run([0, 2], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 3], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 1], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 2], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([0, 0, 3], closure_while_true_break_try_break_then_while_true) in (('Budget', []), FELL)
assert run([], try_while_break_else_with_return_finally) in ((10, [('enter', 7), ('exit', 7, False), 15]), FELL)
assert run([1], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([2], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([3], try_while_break_else_with_return_finally) in ((None, [15, 16]), FELL)
assert run([], try_while_break_else_with_return) in ((10, [('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([2, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([3, 3], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 0, 1, 1], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 0, 1, 2], try_while_break_else_with_return) in ((None, [16]), FELL)
assert run([1, 1, 1], while_never_looping_clause_break_through_finally) in ((None, [-52, 54, 82]), FELL)
assert run([0, 0, 0, 0, 1, 1], closure_while_true_break_try_break_then_while_true) in ((None, [-3]), FELL)
assert run([0, 0, 0, 1, 1], closure_while_true_code_try_break_then_while_true) in ((None, [2, -3]), FELL)
assert run([0, 0, 0, 1, 1], closure_while_true_try_break_then_while_true) in ((None, [-3]), FELL)
