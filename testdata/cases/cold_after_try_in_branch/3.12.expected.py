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


def try_return_in_then_branch_then_code(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_else_branch_then_code(c, t, x, n, m):
    if c():
        pass
    else:
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_else_after_then_code(c, t, x, n, m):
    if c():
        t(1)
    else:
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_negated_branch_then_code(c, t, x, n, m):
    if not c():
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_branch_then_while(c, t, x, n, m):
    if c():
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    while c():
        t(30)


def try_return_in_branch_then_while_true(c, t, x, n, m):
    if c():
        pass
    else:
        try:
            x(1)
            return 10
        except E1:
            pass
        t(20)
    while True:
        if c():
            return None
        t(30)


def try_value_return_in_branch_then_code(c, t, x, n, m):
    if c():
        try:
            v = c()
            x(1)
            return v
        except E1:
            pass
        t(20)
    t(30)


def try_return_in_branch_in_loop(c, t, x, n, m):
    # depyf: could not decompile try_return_in_branch_in_loop: unstructured backward jump at 126
    #   167           0 RESUME                   0
    #   
    #   168           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                28 (to 76)
    #                20 STORE_FAST               5 (j)
    #   
    #   169          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_FALSE       11 (to 58)
    #   
    #   170          36 NOP
    #   
    #   171          38 PUSH_NULL
    #                40 LOAD_FAST                2 (x)
    #                42 LOAD_CONST               1 (1)
    #                44 CALL                     1
    #                52 POP_TOP
    #   
    #   172          54 POP_TOP
    #                56 RETURN_CONST             2 (10)
    #   
    #   176     >>   58 PUSH_NULL
    #                60 LOAD_FAST                1 (t)
    #                62 LOAD_CONST               4 (30)
    #                64 CALL                     1
    #                72 POP_TOP
    #                74 JUMP_BACKWARD           30 (to 16)
    #   
    #   168     >>   76 END_FOR
    #                78 RETURN_CONST             0 (None)
    #           >>   80 PUSH_EXC_INFO
    #   
    #   173          82 LOAD_GLOBAL              0 (E1)
    #                92 CHECK_EXC_MATCH
    #                94 POP_JUMP_IF_FALSE        3 (to 102)
    #                96 POP_TOP
    #   
    #   174          98 POP_EXCEPT
    #               100 JUMP_FORWARD             4 (to 110)
    #   
    #   173     >>  102 RERAISE                  0
    #           >>  104 COPY                     3
    #               106 POP_EXCEPT
    #               108 RERAISE                  1
    #   
    #   175     >>  110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 LOAD_CONST               3 (20)
    #               116 CALL                     1
    #               124 POP_TOP
    #               126 JUMP_BACKWARD           35 (to 58)
    #   ExceptionTable:
    #     38 to 52 -> 80 [1]
    #     80 to 96 -> 104 [2] lasti
    #     102 to 102 -> 104 [2] lasti
    raise RuntimeError('depyf: could not decompile try_return_in_branch_in_loop: unstructured backward jump at 126')

assert run([], try_return_in_then_branch_then_code) in ((None, [30]), FELL)
assert run([1], try_return_in_then_branch_then_code) in ((10, [-1]), FELL)
assert run([1, 1], try_return_in_then_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([1, 2], try_return_in_then_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_then_branch_then_code) in ((10, [-1]), FELL)
assert run([3], try_return_in_then_branch_then_code) in ((10, [-1]), FELL)
assert run([2, 1], try_return_in_then_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([2, 2], try_return_in_then_branch_then_code) in (('E2', [-1]), FELL)
assert run([3, 1], try_return_in_then_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([3, 2], try_return_in_then_branch_then_code) in (('E2', [-1]), FELL)
assert run([], try_return_in_else_branch_then_code) in ((10, [-1]), FELL)
assert run([1], try_return_in_else_branch_then_code) in ((None, [30]), FELL)
assert run([0, 1], try_return_in_else_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([0, 2], try_return_in_else_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_else_branch_then_code) in ((None, [30]), FELL)
assert run([3], try_return_in_else_branch_then_code) in ((None, [30]), FELL)
assert run([], try_return_in_else_after_then_code) in ((10, [-1]), FELL)
assert run([1], try_return_in_else_after_then_code) in ((None, [1, 30]), FELL)
assert run([0, 1], try_return_in_else_after_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([0, 2], try_return_in_else_after_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_else_after_then_code) in ((None, [1, 30]), FELL)
assert run([3], try_return_in_else_after_then_code) in ((None, [1, 30]), FELL)
assert run([], try_return_in_negated_branch_then_code) in ((10, [-1]), FELL)
assert run([1], try_return_in_negated_branch_then_code) in ((None, [30]), FELL)
assert run([0, 1], try_return_in_negated_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([0, 2], try_return_in_negated_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_return_in_negated_branch_then_code) in ((None, [30]), FELL)
assert run([3], try_return_in_negated_branch_then_code) in ((None, [30]), FELL)
assert run([], try_return_in_branch_then_while) in ((None, []), FELL)
assert run([1], try_return_in_branch_then_while) in ((10, [-1]), FELL)
assert run([0, 1], try_return_in_branch_then_while) in ((None, [30]), FELL)
assert run([1, 1], try_return_in_branch_then_while) in ((None, [-1, 20]), FELL)
assert run([1, 2], try_return_in_branch_then_while) in (('E2', [-1]), FELL)
assert run([0, 1, 1], try_return_in_branch_then_while) in ((None, [30, 30]), FELL)
assert run([1, 1, 1], try_return_in_branch_then_while) in ((None, [-1, 20, 30]), FELL)
assert run([0, 1, 1, 1], try_return_in_branch_then_while) in ((None, [30, 30, 30]), FELL)
assert run([1, 1, 1, 1], try_return_in_branch_then_while) in ((None, [-1, 20, 30, 30]), FELL)
assert run([0, 1, 1, 1, 1], try_return_in_branch_then_while) in ((None, [30, 30, 30, 30]), FELL)
assert run([], try_return_in_branch_then_while_true) in ((10, [-1]), FELL)
assert run([1], try_return_in_branch_then_while_true) in (('Budget', [30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]), FELL)
assert run([0, 1], try_return_in_branch_then_while_true) in (('Budget', [-1, 20, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]), FELL)
assert run([0, 2], try_return_in_branch_then_while_true) in (('E2', [-1]), FELL)
assert run([1, 1], try_return_in_branch_then_while_true) in ((None, []), FELL)
assert run([0, 1, 1], try_return_in_branch_then_while_true) in ((None, [-1, 20]), FELL)
assert run([1, 0, 1], try_return_in_branch_then_while_true) in ((None, [30]), FELL)
assert run([0, 1, 0, 1], try_return_in_branch_then_while_true) in ((None, [-1, 20, 30]), FELL)
assert run([1, 0, 0, 1], try_return_in_branch_then_while_true) in ((None, [30, 30]), FELL)
assert run([0, 1, 0, 0, 1], try_return_in_branch_then_while_true) in ((None, [-1, 20, 30, 30]), FELL)
assert run([], try_value_return_in_branch_then_code) in ((None, [30]), FELL)
assert run([1], try_value_return_in_branch_then_code) in ((0, [-1]), FELL)
assert run([1, 1], try_value_return_in_branch_then_code) in ((1, [-1]), FELL)
assert run([1, 2], try_value_return_in_branch_then_code) in ((2, [-1]), FELL)
assert run([1, 3], try_value_return_in_branch_then_code) in ((3, [-1]), FELL)
assert run([1, 0, 1], try_value_return_in_branch_then_code) in ((None, [-1, 20, 30]), FELL)
assert run([1, 0, 2], try_value_return_in_branch_then_code) in (('E2', [-1]), FELL)
assert run([2], try_value_return_in_branch_then_code) in ((0, [-1]), FELL)
assert run([3], try_value_return_in_branch_then_code) in ((0, [-1]), FELL)
assert run([2, 1], try_value_return_in_branch_then_code) in ((1, [-1]), FELL)
assert run([], try_return_in_branch_in_loop) in ((None, []), FELL)
assert run([1], try_return_in_branch_in_loop) in ((None, [30]), FELL)
assert run([2], try_return_in_branch_in_loop) in ((None, [30, 30]), FELL)
assert run([3], try_return_in_branch_in_loop) in ((None, [30, 30, 30]), FELL)
assert run([1, 1], try_return_in_branch_in_loop) in ((10, [-1]), FELL)
assert run([1, 1, 1], try_return_in_branch_in_loop) in ((None, [-1, 20, 30]), FELL)
assert run([1, 1, 2], try_return_in_branch_in_loop) in (('E2', [-1]), FELL)
assert run([2, 0, 1], try_return_in_branch_in_loop) in ((10, [30, -1]), FELL)
assert run([2, 1, 1], try_return_in_branch_in_loop) in ((None, [-1, 20, 30, 30]), FELL)
assert run([3, 1, 1], try_return_in_branch_in_loop) in ((None, [-1, 20, 30, 30, 30]), FELL)
