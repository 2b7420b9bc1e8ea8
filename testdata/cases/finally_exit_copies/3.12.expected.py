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


def clause_with_returning_value_finally_if(c, t, x, n, m):
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return v, w
    finally:
        if c():
            pass


def clause_with_returning_value_finally_if_call(c, t, x, n, m):
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return v, w
    finally:
        if c():
            t(2)


def clause_return_finally_if_pass(c, t, x, n, m):
    v = 20
    try:
        try:
            x(21)
        except E1:
            return v
        return None
    finally:
        if c():
            pass


def body_return_finally_if_pass(c, t, x, n, m):
    try:
        return x(21)
    finally:
        if c():
            pass


def finally_in_if_else_returns(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 1
        except E1:
            pass
        finally:
            t(25)
    t(3)


def finally_in_if_else_returns_at_end(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 1
        except E1:
            t(2)
        finally:
            t(25)


def finally_in_while_else_returns(c, t, x, n, m):
    # depyf: could not decompile finally_in_while_else_returns: the finally body's copy past the region's end at 104
    #   151           0 RESUME                   0
    #   
    #   152           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #   153     >>   16 NOP
    #   
    #   154          18 NOP
    #   
    #   155          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   159          36 NOP
    #   
    #   161          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (25)
    #                44 CALL                     1
    #                52 POP_TOP
    #                54 RETURN_CONST             1 (1)
    #   
    #   162     >>   56 PUSH_NULL
    #                58 LOAD_FAST                1 (t)
    #                60 LOAD_CONST               3 (3)
    #                62 CALL                     1
    #                70 POP_TOP
    #                72 RETURN_CONST             0 (None)
    #           >>   74 PUSH_EXC_INFO
    #   
    #   156          76 LOAD_GLOBAL              0 (E1)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_IF_FALSE        3 (to 96)
    #                90 POP_TOP
    #   
    #   157          92 POP_EXCEPT
    #                94 JUMP_FORWARD             4 (to 104)
    #   
    #   156     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #   157     >>  104 NOP
    #   
    #   161         106 PUSH_NULL
    #               108 LOAD_FAST                1 (t)
    #               110 LOAD_CONST               2 (25)
    #               112 CALL                     1
    #               120 POP_TOP
    #               122 JUMP_FORWARD            13 (to 150)
    #           >>  124 PUSH_EXC_INFO
    #               126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               2 (25)
    #               132 CALL                     1
    #               140 POP_TOP
    #               142 RERAISE                  0
    #           >>  144 COPY                     3
    #               146 POP_EXCEPT
    #               148 RERAISE                  1
    #   
    #   152     >>  150 PUSH_NULL
    #               152 LOAD_FAST                0 (c)
    #               154 CALL                     0
    #               162 POP_JUMP_IF_FALSE        1 (to 166)
    #               164 JUMP_BACKWARD           75 (to 16)
    #           >>  166 JUMP_BACKWARD           56 (to 56)
    #   ExceptionTable:
    #     20 to 34 -> 74 [0]
    #     74 to 90 -> 98 [1] lasti
    #     92 to 94 -> 124 [0]
    #     96 to 96 -> 98 [1] lasti
    #     98 to 102 -> 124 [0]
    #     124 to 142 -> 144 [1] lasti
    raise RuntimeError("depyf: could not decompile finally_in_while_else_returns: the finally body's copy past the region's end at 104")

ENTER_EXIT = [('enter', 26), ('exit', 26, False)]
assert run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21] + ENTER_EXIT), FELL)
assert run([1, 1], clause_with_returning_value_finally_if) in (((20, 26), [-21] + ENTER_EXIT), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in (('E2', [-21]), FELL)
assert run([1, 1], clause_with_returning_value_finally_if_call) in (((20, 26), [-21] + ENTER_EXIT + [2]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if_call) in ((None, [-21]), FELL)
assert run([1, 1], clause_return_finally_if_pass) in ((20, [-21]), FELL)
assert run([0, 1], clause_return_finally_if_pass) in ((None, [-21]), FELL)
assert run([2, 0], clause_return_finally_if_pass) in (('E2', [-21]), FELL)
assert run([0, 1], body_return_finally_if_pass) in ((None, [-21]), FELL)
assert run([1, 0], body_return_finally_if_pass) in (('E1', [-21]), FELL)
assert run([0], finally_in_if_else_returns) in ((None, [3]), FELL)
assert run([1, 0], finally_in_if_else_returns) in ((1, [-1, 25]), FELL)
assert run([1, 1], finally_in_if_else_returns) in ((None, [-1, 25, 3]), FELL)
assert run([1, 2], finally_in_if_else_returns) in (('E2', [-1, 25]), FELL)
assert run([0], finally_in_if_else_returns_at_end) in ((None, []), FELL)
assert run([1, 0], finally_in_if_else_returns_at_end) in ((1, [-1, 25]), FELL)
assert run([1, 1], finally_in_if_else_returns_at_end) in ((None, [-1, 2, 25]), FELL)
assert run([0], finally_in_while_else_returns) in ((None, [3]), FELL)
assert run([1, 0], finally_in_while_else_returns) in ((1, [-1, 25]), FELL)
assert run([1, 1, 1, 1, 0], finally_in_while_else_returns) in ((None, [-1, 25, -1, 25, 3]), FELL)
