class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def if_return_const_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    finally:
        t(4)
    t(5)


def if_else_return_const_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
        x(2)
    finally:
        t(4)
    t(5)


def nested_if_return_const_in_try_finally(c, t, x, n, m):
    try:
        x(0)
        if c():
            if c():
                return 3
            x(1)
    finally:
        t(4)
    t(5)


def if_return_const_ending_function(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    finally:
        t(4)


def if_return_const_in_loop(c, t, x, n, m):
    for i in n():
        try:
            if c():
                x(1)
                return 3
        finally:
            t(4)
        t(5)
    return 6


def if_return_none_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return None
    finally:
        t(4)
    t(5)


def if_return_const_branchy_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    finally:
        if c():
            t(4)
    t(5)


def if_return_const_in_try_except_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
            return 3
    except E1:
        t(2)
    finally:
        t(4)
    t(5)


def loop_break_then_return_through_finally(c, t, x, n, m):
    # depyf: could not decompile loop_break_then_return_through_finally: then-branch jumps over the else's code after the range at 28
    #   157           0 RESUME                   0
    #   
    #   158           2 NOP
    #   
    #   159           4 NOP
    #   
    #   160           6 NOP
    #   
    #   161           8 PUSH_NULL
    #                10 LOAD_FAST                0 (c)
    #                12 PRECALL                  0
    #                16 CALL                     0
    #                26 POP_JUMP_FORWARD_IF_FALSE     1 (to 30)
    #   
    #   162          28 JUMP_FORWARD            42 (to 114)
    #   
    #   163     >>   30 PUSH_NULL
    #                32 LOAD_FAST                2 (x)
    #                34 LOAD_CONST               2 (1)
    #                36 PRECALL                  1
    #                40 CALL                     1
    #                50 POP_TOP
    #                52 JUMP_FORWARD            16 (to 86)
    #           >>   54 PUSH_EXC_INFO
    #   
    #   164          56 LOAD_GLOBAL              0 (E1)
    #                68 CHECK_EXC_MATCH
    #                70 POP_JUMP_FORWARD_IF_FALSE     3 (to 78)
    #                72 POP_TOP
    #   
    #   165          74 POP_EXCEPT
    #                76 JUMP_FORWARD             4 (to 86)
    #   
    #   164     >>   78 RERAISE                  0
    #           >>   80 COPY                     3
    #                82 POP_EXCEPT
    #                84 RERAISE                  1
    #   
    #   166     >>   86 NOP
    #   
    #   168          88 PUSH_NULL
    #                90 LOAD_FAST                1 (t)
    #                92 LOAD_CONST               3 (4)
    #                94 PRECALL                  1
    #                98 CALL                     1
    #               108 POP_TOP
    #               110 LOAD_CONST               4 (3)
    #               112 RETURN_VALUE
    #   
    #   162     >>  114 NOP
    #   
    #   168         116 PUSH_NULL
    #               118 LOAD_FAST                1 (t)
    #               120 LOAD_CONST               3 (4)
    #               122 PRECALL                  1
    #               126 CALL                     1
    #               136 POP_TOP
    #               138 JUMP_FORWARD            16 (to 172)
    #           >>  140 PUSH_EXC_INFO
    #               142 PUSH_NULL
    #               144 LOAD_FAST                1 (t)
    #               146 LOAD_CONST               3 (4)
    #               148 PRECALL                  1
    #               152 CALL                     1
    #               162 POP_TOP
    #               164 RERAISE                  0
    #           >>  166 COPY                     3
    #               168 POP_EXCEPT
    #               170 RERAISE                  1
    #   
    #   169     >>  172 PUSH_NULL
    #               174 LOAD_FAST                1 (t)
    #               176 LOAD_CONST               5 (5)
    #               178 PRECALL                  1
    #               182 CALL                     1
    #               192 POP_TOP
    #               194 LOAD_CONST               0 (None)
    #               196 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 4 -> 140 [0]
    #     8 to 26 -> 54 [0]
    #     28 to 28 -> 140 [0]
    #     30 to 50 -> 54 [0]
    #     52 to 52 -> 140 [0]
    #     54 to 72 -> 80 [1] lasti
    #     74 to 76 -> 140 [0]
    #     78 to 78 -> 80 [1] lasti
    #     80 to 84 -> 140 [0]
    #     140 to 164 -> 166 [1] lasti
    raise RuntimeError("depyf: could not decompile loop_break_then_return_through_finally: then-branch jumps over the else's code after the range at 28")


def for_break_then_return_through_finally(c, t, x, n, m):
    try:
        for i in n():
            try:
                if c():
                    break
                x(1)
            except E1:
                pass
            return 3
    finally:
        t(4)
    t(5)


def while_break_in_finally_try(c, t, x, n, m):
    while c():
        try:
            if c():
                break
            x(1)
            return 3
        finally:
            t(4)
    t(6)


def elif_return_const_in_try_finally(c, t, x, n, m):
    try:
        if c():
            x(1)
        elif c():
            x(2)
            return 3
    finally:
        t(4)
    t(5)

assert run([], if_return_const_in_try_finally) in ((None, [4, 5]), FELL)
assert run([1], if_return_const_in_try_finally) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_return_const_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_return_const_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([], if_else_return_const_in_try_finally) in ((None, [-2, 4, 5]), FELL)
assert run([1], if_else_return_const_in_try_finally) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_else_return_const_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_else_return_const_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([0, 1], if_else_return_const_in_try_finally) in (('E1', [-2, 4]), FELL)
assert run([], nested_if_return_const_in_try_finally) in ((None, [0, 4, 5]), FELL)
assert run([1], nested_if_return_const_in_try_finally) in (('E1', [0, 4]), FELL)
assert run([0, 1], nested_if_return_const_in_try_finally) in ((None, [0, -1, 4, 5]), FELL)
assert run([0, 1, 1], nested_if_return_const_in_try_finally) in ((3, [0, 4]), FELL)
assert run([2, 0, 1], nested_if_return_const_in_try_finally) in (('E2', [0, 4]), FELL)
assert run([], if_return_const_ending_function) in ((None, [4]), FELL)
assert run([1], if_return_const_ending_function) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_return_const_ending_function) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_return_const_ending_function) in (('E2', [-1, 4]), FELL)
assert run([], if_return_const_in_loop) in ((6, []), FELL)
assert run([1], if_return_const_in_loop) in ((6, [4, 5]), FELL)
assert run([1, 1], if_return_const_in_loop) in ((3, [-1, 4]), FELL)
assert run([1, 1, 1], if_return_const_in_loop) in (('E1', [-1, 4]), FELL)
assert run([2, 0, 1], if_return_const_in_loop) in ((3, [4, 5, -1, 4]), FELL)
assert run([2, 0, 0, 1], if_return_const_in_loop) in ((6, [4, 5, 4, 5]), FELL)
assert run([], if_return_none_in_try_finally) in ((None, [4, 5]), FELL)
assert run([1], if_return_none_in_try_finally) in ((None, [-1, 4]), FELL)
assert run([1, 1], if_return_none_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], if_return_none_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([], if_return_const_branchy_finally) in ((None, [5]), FELL)
assert run([1], if_return_const_branchy_finally) in ((3, [-1]), FELL)
assert run([1, 1], if_return_const_branchy_finally) in (('E1', [-1]), FELL)
assert run([1, 2], if_return_const_branchy_finally) in (('E2', [-1]), FELL)
assert run([0, 1], if_return_const_branchy_finally) in ((None, [4, 5]), FELL)
assert run([1, 1, 1], if_return_const_branchy_finally) in (('E1', [-1, 4]), FELL)
assert run([2, 0, 1], if_return_const_branchy_finally) in ((3, [-1, 4]), FELL)
assert run([], if_return_const_in_try_except_finally) in ((None, [4, 5]), FELL)
assert run([1], if_return_const_in_try_except_finally) in ((3, [-1, 4]), FELL)
assert run([1, 1], if_return_const_in_try_except_finally) in ((None, [-1, 2, 4, 5]), FELL)
assert run([1, 2], if_return_const_in_try_except_finally) in (('E2', [-1, 4]), FELL)
assert run([], loop_break_then_return_through_finally) in ((3, [-1, 4]), FELL)
assert run([1], loop_break_then_return_through_finally) in ((None, [4, 5]), FELL)
assert run([0, 1], loop_break_then_return_through_finally) in ((3, [-1, 4]), FELL)
assert run([], for_break_then_return_through_finally) in ((None, [4, 5]), FELL)
assert run([1], for_break_then_return_through_finally) in ((3, [-1, 4]), FELL)
assert run([], while_break_in_finally_try) in ((None, [6]), FELL)
assert run([1], while_break_in_finally_try) in ((3, [-1, 4]), FELL)
assert run([1, 1], while_break_in_finally_try) in ((None, [4, 6]), FELL)
assert run([2, 0, 1], while_break_in_finally_try) in (('E1', [-1, 4]), FELL)
assert run([], elif_return_const_in_try_finally) in ((None, [4, 5]), FELL)
assert run([1], elif_return_const_in_try_finally) in ((None, [-1, 4, 5]), FELL)
assert run([1, 1], elif_return_const_in_try_finally) in (('E1', [-1, 4]), FELL)
assert run([1, 2], elif_return_const_in_try_finally) in (('E2', [-1, 4]), FELL)
assert run([0, 1], elif_return_const_in_try_finally) in ((3, [-2, 4]), FELL)
assert run([0, 1, 1], elif_return_const_in_try_finally) in (('E1', [-2, 4]), FELL)
