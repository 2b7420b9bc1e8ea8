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


def f1(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
            except E1:
                pass
            else:
                break
            t(2)
        t(3)


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: a statement (ExprStmt) after return in the same block (a misread layout)
    #    93           0 RESUME                   0
    #   
    #    94           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                12 (to 44)
    #                20 STORE_FAST               5 (k)
    #   
    #    95          22 NOP
    #   
    #    96     >>   24 NOP
    #   
    #    97          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               1 (1)
    #                32 CALL                     1
    #                40 POP_TOP
    #   
    #    98          42 JUMP_BACKWARD           14 (to 16)
    #   
    #    94     >>   44 END_FOR
    #                46 RETURN_CONST             0 (None)
    #           >>   48 PUSH_EXC_INFO
    #   
    #    99          50 LOAD_GLOBAL              0 (E1)
    #                60 CHECK_EXC_MATCH
    #                62 POP_JUMP_IF_FALSE        3 (to 70)
    #                64 POP_TOP
    #   
    #   100          66 POP_EXCEPT
    #                68 JUMP_FORWARD             4 (to 78)
    #   
    #    99     >>   70 RERAISE                  0
    #           >>   72 COPY                     3
    #                74 POP_EXCEPT
    #                76 RERAISE                  1
    #   
    #   101     >>   78 PUSH_NULL
    #                80 LOAD_FAST                1 (t)
    #                82 LOAD_CONST               2 (2)
    #                84 CALL                     1
    #                92 POP_TOP
    #   
    #    95          94 JUMP_BACKWARD           36 (to 24)
    #   ExceptionTable:
    #     26 to 40 -> 48 [1]
    #     48 to 64 -> 72 [2] lasti
    #     70 to 70 -> 72 [2] lasti
    raise RuntimeError('depyf: could not decompile f2: a statement (ExprStmt) after return in the same block (a misread layout)')


def f3(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
            except E1:
                continue
            t(3)
            break


def f4(c, t, x, n, m):
    while c():
        t(1)
        while True:
            try:
                x(2)
            except E1:
                t(3)
            except E2:
                pass
            else:
                break
            t(4)
        t(5)
    return 6

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((None, [-1, 3]), FELL)
assert run([2], f1) in ((None, [-1, 3, -1, 3]), FELL)
assert run([1, 1], f1) in ((None, [-1, 2, -1, 3]), FELL)
assert run([1, 2], f1) in (('E2', [-1]), FELL)
assert run([2, 1], f1) in ((None, [-1, 2, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 2], f1) in (('E2', [-1, 2, -1]), FELL)
assert run([2, 0, 1], f1) in ((None, [-1, 3, -1, 2, -1, 3]), FELL)
assert run([2, 0, 2], f1) in (('E2', [-1, 3, -1]), FELL)
assert run([2, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3]), FELL)
assert run([1, 1, 1, 2], f1) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([2, 0, 1, 1], f1) in ((None, [-1, 3, -1, 2, -1, 2, -1, 3]), FELL)
assert run([2, 0, 1, 2], f1) in (('E2', [-1, 3, -1, 2, -1]), FELL)
assert run([2, 1, 0, 1], f1) in ((None, [-1, 2, -1, 3, -1, 2, -1, 3]), FELL)
assert run([], f2) in ((None, []), FELL)
assert run([1], f2) in ((None, [-1]), FELL)
assert run([2], f2) in ((None, [-1, -1]), FELL)
assert run([1, 1], f2) in ((None, [-1, 2, -1]), FELL)
assert run([1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1], f2) in ((None, [-1, 2, -1, -1]), FELL)
assert run([1, 1, 1], f2) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-1, 2, -1]), FELL)
assert run([2, 0, 1], f2) in ((None, [-1, -1, 2, -1]), FELL)
assert run([2, 0, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1], f2) in ((None, [-1, 2, -1, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([2, 0, 1, 1], f2) in ((None, [-1, -1, 2, -1, 2, -1]), FELL)
assert run([2, 0, 1, 2], f2) in (('E2', [-1, -1, 2, -1]), FELL)
assert run([2, 1, 0, 1], f2) in ((None, [-1, 2, -1, -1, 2, -1]), FELL)
assert run([], f3) in ((None, []), FELL)
assert run([1], f3) in ((None, [-1, 3]), FELL)
assert run([2], f3) in ((None, [-1, 3, -1, 3]), FELL)
assert run([1, 1], f3) in ((None, [-1, -1, 3]), FELL)
assert run([1, 2], f3) in (('E2', [-1]), FELL)
assert run([2, 1], f3) in ((None, [-1, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1], f3) in ((None, [-1, -1, -1, 3]), FELL)
assert run([1, 1, 2], f3) in (('E2', [-1, -1]), FELL)
assert run([2, 0, 1], f3) in ((None, [-1, 3, -1, -1, 3]), FELL)
assert run([2, 0, 2], f3) in (('E2', [-1, 3, -1]), FELL)
assert run([2, 1, 1], f3) in ((None, [-1, -1, -1, 3, -1, 3]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [-1, -1, -1, -1, 3]), FELL)
assert run([1, 1, 1, 2], f3) in (('E2', [-1, -1, -1]), FELL)
assert run([2, 0, 1, 1], f3) in ((None, [-1, 3, -1, -1, -1, 3]), FELL)
assert run([2, 0, 1, 2], f3) in (('E2', [-1, 3, -1, -1]), FELL)
assert run([2, 1, 0, 1], f3) in ((None, [-1, -1, 3, -1, -1, 3]), FELL)
assert run([], f4) in ((6, []), FELL)
assert run([1], f4) in ((6, [1, -2, 5]), FELL)
assert run([1, 1], f4) in ((6, [1, -2, 3, 4, -2, 5]), FELL)
assert run([1, 2], f4) in ((6, [1, -2, 4, -2, 5]), FELL)
assert run([1, 0, 1], f4) in ((6, [1, -2, 5, 1, -2, 5]), FELL)
assert run([1, 1, 1], f4) in ((6, [1, -2, 3, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 1, 2], f4) in ((6, [1, -2, 3, 4, -2, 4, -2, 5]), FELL)
assert run([1, 2, 1], f4) in ((6, [1, -2, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 2, 2], f4) in ((6, [1, -2, 4, -2, 4, -2, 5]), FELL)
assert run([1, 0, 1, 1], f4) in ((6, [1, -2, 5, 1, -2, 3, 4, -2, 5]), FELL)
assert run([1, 0, 1, 2], f4) in ((6, [1, -2, 5, 1, -2, 4, -2, 5]), FELL)
assert run([1, 1, 0, 1], f4) in ((6, [1, -2, 3, 4, -2, 5, 1, -2, 5]), FELL)
assert run([1, 1, 1, 1], f4) in ((6, [1, -2, 3, 4, -2, 3, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 1, 1, 2], f4) in ((6, [1, -2, 3, 4, -2, 3, 4, -2, 4, -2, 5]), FELL)
assert run([1, 1, 2, 1], f4) in ((6, [1, -2, 3, 4, -2, 4, -2, 3, 4, -2, 5]), FELL)
assert run([1, 1, 2, 2], f4) in ((6, [1, -2, 3, 4, -2, 4, -2, 4, -2, 5]), FELL)
