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


def empty_finally_then_raising_tries(c, t, x, n, m):
    try:
        pass
    finally:
        pass
    try:
        try:
            try:
                raise E1(6)
            except E1:
                x(8)
            except E2 as e:
                pass
        except E1:
            return
        else:
            x(18)
    except E1:
        pass


def empty_finally_then_raising_try(c, t, x, n, m):
    try:
        pass
    finally:
        pass
    try:
        raise E1(6)
    except E1:
        x(8)


def raising_tries_else_at_end(c, t, x, n, m):
    try:
        try:
            try:
                raise E1(6)
            except E1:
                x(8)
            except E2 as e:
                pass
        except E1:
            return
        else:
            x(18)
    except E1:
        pass


def raising_tries_else_then_code(c, t, x, n, m):
    try:
        try:
            raise E1(c())
        except E1:
            x(8)
    except E2:
        t(10)
    else:
        t(11)
    t(12)


def raising_try_in_branch_else(c, t, x, n, m):
    if c():
        try:
            try:
                raise E2(1)
            except E2:
                x(2)
        except E1:
            return 3
        else:
            t(4)
    t(5)
    return 6


def raising_tries_else_returns(c, t, x, n, m):
    try:
        try:
            raise E1(6)
        except E1:
            x(8)
    except E1:
        return 1
    else:
        t(2)
        return 3


def raising_try_then_code_in_branch(c, t, x, n, m):
    if c():
        try:
            raise E2(1)
        except E2:
            x(2)
        t(4)
    t(5)
    return 6


def raising_try_then_code_in_elif(c, t, x, n, m):
    if c():
        t(1)
    elif c():
        try:
            x(2)
            raise E1(3)
        except E1:
            x(4)
        t(5)
    else:
        t(6)
    t(7)


def raising_tries_loop_else(c, t, x, n, m):
    # depyf: could not decompile raising_tries_loop_else: a statement (ExprStmt) after return in the same block (a misread layout)
    #   210           0 RESUME                   0
    #   
    #   211           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       13 (to 42)
    #   
    #   212     >>   16 NOP
    #   
    #   213          18 NOP
    #   
    #   214          20 LOAD_GLOBAL              1 (NULL + E2)
    #                30 LOAD_CONST               1 (1)
    #                32 CALL                     1
    #                40 RAISE_VARARGS            1
    #   
    #   221     >>   42 PUSH_NULL
    #                44 LOAD_FAST                1 (t)
    #                46 LOAD_CONST               5 (5)
    #                48 CALL                     1
    #                56 POP_TOP
    #                58 RETURN_CONST             0 (None)
    #           >>   60 PUSH_EXC_INFO
    #   
    #   215          62 LOAD_GLOBAL              0 (E2)
    #                72 CHECK_EXC_MATCH
    #                74 POP_JUMP_IF_FALSE       11 (to 98)
    #                76 POP_TOP
    #   
    #   216          78 PUSH_NULL
    #                80 LOAD_FAST                2 (x)
    #                82 LOAD_CONST               2 (2)
    #                84 CALL                     1
    #                92 POP_TOP
    #                94 POP_EXCEPT
    #                96 JUMP_FORWARD             4 (to 106)
    #   
    #   215     >>   98 RERAISE                  0
    #           >>  100 COPY                     3
    #               102 POP_EXCEPT
    #               104 RERAISE                  1
    #   
    #   216     >>  106 NOP
    #   
    #   220         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               3 (4)
    #               114 CALL                     1
    #               122 POP_TOP
    #               124 JUMP_FORWARD            15 (to 156)
    #           >>  126 PUSH_EXC_INFO
    #   
    #   217         128 LOAD_GLOBAL              2 (E1)
    #               138 CHECK_EXC_MATCH
    #               140 POP_JUMP_IF_FALSE        3 (to 148)
    #               142 POP_TOP
    #   
    #   218         144 POP_EXCEPT
    #               146 RETURN_CONST             4 (3)
    #   
    #   217     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   211     >>  156 PUSH_NULL
    #               158 LOAD_FAST                0 (c)
    #               160 CALL                     0
    #               168 POP_JUMP_IF_FALSE        1 (to 172)
    #               170 JUMP_BACKWARD           78 (to 16)
    #           >>  172 JUMP_BACKWARD           66 (to 42)
    #   ExceptionTable:
    #     20 to 40 -> 60 [0]
    #     60 to 92 -> 100 [1] lasti
    #     94 to 96 -> 126 [0]
    #     98 to 98 -> 100 [1] lasti
    #     100 to 104 -> 126 [0]
    #     126 to 142 -> 150 [1] lasti
    #     148 to 148 -> 150 [1] lasti
    raise RuntimeError('depyf: could not decompile raising_tries_loop_else: a statement (ExprStmt) after return in the same block (a misread layout)')

assert run([], empty_finally_then_raising_tries) in ((None, [-8, -18]), FELL)
assert run([1], empty_finally_then_raising_tries) in ((None, [-8]), FELL)
assert run([2], empty_finally_then_raising_tries) in (('E2', [-8]), FELL)
assert run([0, 2], empty_finally_then_raising_tries) in (('E2', [-8, -18]), FELL)
assert run([], empty_finally_then_raising_try) in ((None, [-8]), FELL)
assert run([1], empty_finally_then_raising_try) in (('E1', [-8]), FELL)
assert run([2], empty_finally_then_raising_try) in (('E2', [-8]), FELL)
assert run([], raising_tries_else_at_end) in ((None, [-8, -18]), FELL)
assert run([1], raising_tries_else_at_end) in ((None, [-8]), FELL)
assert run([2], raising_tries_else_at_end) in (('E2', [-8]), FELL)
assert run([0, 2], raising_tries_else_at_end) in (('E2', [-8, -18]), FELL)
assert run([], raising_tries_else_then_code) in ((None, [-8, 11, 12]), FELL)
assert run([0, 1], raising_tries_else_then_code) in (('E1', [-8]), FELL)
assert run([0, 2], raising_tries_else_then_code) in ((None, [-8, 10, 12]), FELL)
assert run([], raising_try_in_branch_else) in ((6, [5]), FELL)
assert run([1], raising_try_in_branch_else) in ((6, [-2, 4, 5]), FELL)
assert run([1, 1], raising_try_in_branch_else) in ((3, [-2]), FELL)
assert run([1, 2], raising_try_in_branch_else) in (('E2', [-2]), FELL)
assert run([], raising_tries_else_returns) in ((3, [-8, 2]), FELL)
assert run([1], raising_tries_else_returns) in ((1, [-8]), FELL)
assert run([2], raising_tries_else_returns) in (('E2', [-8]), FELL)
assert run([], raising_try_then_code_in_branch) in ((6, [5]), FELL)
assert run([1], raising_try_then_code_in_branch) in ((6, [-2, 4, 5]), FELL)
assert run([1, 1], raising_try_then_code_in_branch) in (('E1', [-2]), FELL)
assert run([1, 2], raising_try_then_code_in_branch) in (('E2', [-2]), FELL)
assert run([], raising_try_then_code_in_elif) in ((None, [6, 7]), FELL)
assert run([1], raising_try_then_code_in_elif) in ((None, [1, 7]), FELL)
assert run([0, 1], raising_try_then_code_in_elif) in ((None, [-2, -4, 5, 7]), FELL)
assert run([0, 1, 2], raising_try_then_code_in_elif) in (('E2', [-2]), FELL)
assert run([0, 1, 0, 1], raising_try_then_code_in_elif) in (('E1', [-2, -4]), FELL)
assert run([0, 1, 0, 2], raising_try_then_code_in_elif) in (('E2', [-2, -4]), FELL)
assert run([], raising_tries_loop_else) in ((None, [5]), FELL)
assert run([1], raising_tries_loop_else) in ((None, [-2, 4, 5]), FELL)
assert run([1, 1], raising_tries_loop_else) in ((3, [-2]), FELL)
assert run([1, 2], raising_tries_loop_else) in (('E2', [-2]), FELL)
assert run([1, 0, 1], raising_tries_loop_else) in ((None, [-2, 4, -2, 4, 5]), FELL)
assert run([1, 0, 1, 1], raising_tries_loop_else) in ((3, [-2, 4, -2]), FELL)
