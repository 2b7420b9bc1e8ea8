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
    while c():
        while True:
            try:
                x(1)
            except E1 as e:
                t(3)
            except E2:
                pass
            else:
                break
            t(2)


def f2(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
                break
            except E1:
                pass
            if c():
                t(2)
            t(4)


def f3(c, t, x, n, m):
    while True:
        try:
            x(1)
        except E1:
            pass
        else:
            t(5)
            return
        t(2)


def f4(c, t, x, n, m):
    if c():
        while True:
            try:
                x(1)
            except E1:
                pass
            else:
                break
            t(2)
    t(5)


def f5(c, t, x, n, m):
    while c():
        t(0)
        while True:
            try:
                x(1)
            except E1:
                pass
            else:
                break
            t(2)
        t(6)


def f6(c, t, x, n, m):
    for j in n():
        while c():
            try:
                x(2)
            except E1:
                pass
            else:
                break
            t(5)
        t(6)


def f7(c, t, x, n, m):
    # depyf: could not decompile f7: a jump leaves the loop past its exit at 108
    #   158           0 RESUME                   0
    #   
    #   159           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                12 (to 44)
    #                20 STORE_FAST               5 (k)
    #   
    #   160          22 NOP
    #   
    #   161     >>   24 NOP
    #   
    #   162          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               1 (1)
    #                32 CALL                     1
    #                40 POP_TOP
    #   
    #   163          42 JUMP_BACKWARD           14 (to 16)
    #   
    #   159     >>   44 END_FOR
    #                46 RETURN_CONST             0 (None)
    #           >>   48 PUSH_EXC_INFO
    #   
    #   164          50 LOAD_GLOBAL              0 (E1)
    #                60 CHECK_EXC_MATCH
    #                62 POP_JUMP_IF_FALSE        3 (to 70)
    #                64 POP_TOP
    #   
    #   165          66 POP_EXCEPT
    #                68 JUMP_FORWARD             4 (to 78)
    #   
    #   164     >>   70 RERAISE                  0
    #           >>   72 COPY                     3
    #                74 POP_EXCEPT
    #                76 RERAISE                  1
    #   
    #   166     >>   78 PUSH_NULL
    #                80 LOAD_FAST                0 (c)
    #                82 CALL                     0
    #                90 POP_JUMP_IF_FALSE        9 (to 110)
    #   
    #   167          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               2 (2)
    #                98 CALL                     1
    #               106 POP_TOP
    #               108 JUMP_FORWARD             8 (to 126)
    #   
    #   169     >>  110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 LOAD_CONST               3 (3)
    #               116 CALL                     1
    #               124 POP_TOP
    #   
    #   170     >>  126 PUSH_NULL
    #               128 LOAD_FAST                1 (t)
    #               130 LOAD_CONST               4 (4)
    #               132 CALL                     1
    #               140 POP_TOP
    #   
    #   160         142 JUMP_BACKWARD           60 (to 24)
    #   ExceptionTable:
    #     26 to 40 -> 48 [1]
    #     48 to 64 -> 72 [2] lasti
    #     70 to 70 -> 72 [2] lasti
    raise RuntimeError('depyf: could not decompile f7: a jump leaves the loop past its exit at 108')


def f8(c, t, x, n, m):
    # depyf: could not decompile f8: unstructured backward jump at 102
    #   173           0 RESUME                   0
    #   
    #   174           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #   175     >>   16 NOP
    #   
    #   176     >>   18 NOP
    #   
    #   177          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   178          36 NOP
    #   
    #   174     >>   38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        1 (to 54)
    #                52 JUMP_BACKWARD           19 (to 16)
    #           >>   54 RETURN_CONST             0 (None)
    #           >>   56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #   179          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        3 (to 80)
    #                74 POP_TOP
    #   
    #   180          76 POP_EXCEPT
    #                78 JUMP_FORWARD             4 (to 88)
    #   
    #   179     >>   80 RERAISE                  0
    #           >>   82 COPY                     3
    #                84 POP_EXCEPT
    #                86 RERAISE                  1
    #   
    #   181     >>   88 PUSH_NULL
    #                90 LOAD_FAST                0 (c)
    #                92 CALL                     0
    #               100 POP_JUMP_IF_FALSE        1 (to 104)
    #   
    #   182         102 JUMP_BACKWARD           33 (to 38)
    #   
    #   183     >>  104 PUSH_NULL
    #               106 LOAD_FAST                1 (t)
    #               108 LOAD_CONST               2 (4)
    #               110 CALL                     1
    #               118 POP_TOP
    #   
    #   175         120 JUMP_BACKWARD           52 (to 18)
    #   ExceptionTable:
    #     20 to 34 -> 58 [0]
    #     58 to 74 -> 82 [1] lasti
    #     80 to 80 -> 82 [1] lasti
    raise RuntimeError('depyf: could not decompile f8: unstructured backward jump at 102')


def f9(c, t, x, n, m):
    for k in n():
        while True:
            try:
                x(1)
            except E1:
                pass
            else:
                break
            if c() and c():
                t(2)
            t(4)
        t(5)


def f10(c, t, x, n, m):
    # depyf: could not decompile f10: unstructured backward jump at 102
    #   200           0 RESUME                   0
    #   
    #   201           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #   202     >>   16 NOP
    #   
    #   203     >>   18 NOP
    #   
    #   204          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   205          36 NOP
    #   
    #   201          38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        1 (to 54)
    #                52 JUMP_BACKWARD           19 (to 16)
    #           >>   54 RETURN_CONST             0 (None)
    #           >>   56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #   206          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        3 (to 80)
    #                74 POP_TOP
    #   
    #   207          76 POP_EXCEPT
    #                78 JUMP_FORWARD             4 (to 88)
    #   
    #   206     >>   80 RERAISE                  0
    #           >>   82 COPY                     3
    #                84 POP_EXCEPT
    #                86 RERAISE                  1
    #   
    #   208     >>   88 PUSH_NULL
    #                90 LOAD_FAST                0 (c)
    #                92 CALL                     0
    #               100 POP_JUMP_IF_FALSE        1 (to 104)
    #   
    #   209         102 JUMP_BACKWARD           44 (to 16)
    #   
    #   210     >>  104 PUSH_NULL
    #               106 LOAD_FAST                1 (t)
    #               108 LOAD_CONST               2 (4)
    #               110 CALL                     1
    #               118 POP_TOP
    #   
    #   202         120 JUMP_BACKWARD           52 (to 18)
    #   ExceptionTable:
    #     20 to 34 -> 58 [0]
    #     58 to 74 -> 82 [1] lasti
    #     80 to 80 -> 82 [1] lasti
    raise RuntimeError('depyf: could not decompile f10: unstructured backward jump at 102')

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((None, [-1]), FELL)
assert run([1, 1], f1) in ((None, [-1, 3, 2, -1]), FELL)
assert run([1, 2], f1) in ((None, [-1, 2, -1]), FELL)
assert run([1, 0, 1], f1) in ((None, [-1, -1]), FELL)
assert run([1, 1, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2], f1) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 1], f1) in ((None, [-1, -1, 3, 2, -1]), FELL)
assert run([1, 0, 1, 2], f1) in ((None, [-1, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1], f1) in ((None, [-1, 3, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 1, 2], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 2, 0, 1], f1) in ((None, [-1, 2, -1, -1]), FELL)
assert run([1, 2, 1, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 1, 2], f1) in ((None, [-1, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 2, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2, 2], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 0, 1], f1) in ((None, [-1, -1, -1]), FELL)
assert run([1, 0, 1, 1, 1], f1) in ((None, [-1, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 0, 1, 1, 2], f1) in ((None, [-1, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 2, 1], f1) in ((None, [-1, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 0, 1, 2, 2], f1) in ((None, [-1, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1, 1], f1) in ((None, [-1, 3, 2, -1, -1, 3, 2, -1]), FELL)
assert run([1, 1, 0, 1, 2], f1) in ((None, [-1, 3, 2, -1, -1, 2, -1]), FELL)
assert run([1, 1, 1, 0, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 1, 1, 2], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 2, 1], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 1, 2, 2], f1) in ((None, [-1, 3, 2, -1, 3, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2, 0, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, -1]), FELL)
assert run([1, 1, 2, 1, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2, 1, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2, 2, 1], f1) in ((None, [-1, 3, 2, -1, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 1, 2, 2, 2], f1) in ((None, [-1, 3, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 2, 0, 1, 1], f1) in ((None, [-1, 2, -1, -1, 3, 2, -1]), FELL)
assert run([1, 2, 0, 1, 2], f1) in ((None, [-1, 2, -1, -1, 2, -1]), FELL)
assert run([1, 2, 1, 0, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, -1]), FELL)
assert run([1, 2, 1, 1, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 1, 1, 2], f1) in ((None, [-1, 2, -1, 3, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 1, 2, 1], f1) in ((None, [-1, 2, -1, 3, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 1, 2, 2], f1) in ((None, [-1, 2, -1, 3, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 2, 2, 0, 1], f1) in ((None, [-1, 2, -1, 2, -1, -1]), FELL)
assert run([1, 2, 2, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 3, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2, 1, 2], f1) in ((None, [-1, 2, -1, 2, -1, 3, 2, -1, 2, -1]), FELL)
assert run([1, 2, 2, 2, 1], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1, 3, 2, -1]), FELL)
assert run([1, 2, 2, 2, 2], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f2) in ((None, []), FELL)
assert run([1], f2) in ((None, [-1]), FELL)
assert run([2], f2) in ((None, [-1, -1]), FELL)
assert run([1, 1], f2) in ((None, [-1, 4, -1]), FELL)
assert run([1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1], f2) in ((None, [-1, 4, -1, -1]), FELL)
assert run([1, 1, 1], f2) in ((None, [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1], f2) in ((None, [-1, -1, 4, -1]), FELL)
assert run([2, 0, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1], f2) in ((None, [-1, 2, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1], f2) in ((None, [-1, 4, -1, 4, -1]), FELL)
assert run([1, 1, 0, 2], f2) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 4, -1]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 1], f2) in ((None, [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 1], f2) in ((None, [-1, 4, -1, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1, 1], f2) in ((None, [-1, 4, -1, 2, 4, -1]), FELL)
assert run([1, 1, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 0, 1], f2) in ((None, [-1, -1, 4, -1, 4, -1]), FELL)
assert run([2, 0, 1, 0, 2], f2) in (('E2', [-1, -1, 4, -1]), FELL)
assert run([2, 0, 1, 1, 1], f2) in ((None, [-1, -1, 2, 4, -1, 4, -1]), FELL)
assert run([2, 0, 1, 1, 2], f2) in (('E2', [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 0, 1], f2) in ((None, [-1, 4, -1, -1, 4, -1]), FELL)
assert run([2, 1, 0, 0, 2], f2) in (('E2', [-1, 4, -1, -1]), FELL)
assert run([2, 1, 0, 1, 1], f2) in ((None, [-1, 4, -1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 0, 1], f2) in ((None, [-1, 2, 4, -1, -1, 4, -1]), FELL)
assert run([2, 1, 1, 0, 2], f2) in (('E2', [-1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f2) in ((None, [-1, 2, 4, -1, 2, 4, -1, -1]), FELL)
assert run([], f3) in ((None, [-1, 5]), FELL)
assert run([1], f3) in ((None, [-1, 2, -1, 5]), FELL)
assert run([2], f3) in (('E2', [-1]), FELL)
assert run([1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 2], f3) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 2], f3) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 2], f3) in (('E2', [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1, 1], f3) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 1, 2], f3) in (('E2', [-1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f4) in ((None, [5]), FELL)
assert run([1], f4) in ((None, [-1, 5]), FELL)
assert run([1, 1], f4) in ((None, [-1, 2, -1, 5]), FELL)
assert run([1, 2], f4) in (('E2', [-1]), FELL)
assert run([1, 1, 1], f4) in ((None, [-1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 2], f4) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 1, 1, 1], f4) in ((None, [-1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 2], f4) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 1, 1], f4) in ((None, [-1, 2, -1, 2, -1, 2, -1, 2, -1, 5]), FELL)
assert run([1, 1, 1, 1, 2], f4) in (('E2', [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f5) in ((None, []), FELL)
assert run([1], f5) in ((None, [0, -1, 6]), FELL)
assert run([1, 1], f5) in ((None, [0, -1, 2, -1, 6]), FELL)
assert run([1, 2], f5) in (('E2', [0, -1]), FELL)
assert run([1, 0, 1], f5) in ((None, [0, -1, 6, 0, -1, 6]), FELL)
assert run([1, 1, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 1, 2], f5) in (('E2', [0, -1, 2, -1]), FELL)
assert run([1, 0, 1, 1], f5) in ((None, [0, -1, 6, 0, -1, 2, -1, 6]), FELL)
assert run([1, 0, 1, 2], f5) in (('E2', [0, -1, 6, 0, -1]), FELL)
assert run([1, 1, 0, 1], f5) in ((None, [0, -1, 2, -1, 6, 0, -1, 6]), FELL)
assert run([1, 1, 1, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 1, 1, 2], f5) in (('E2', [0, -1, 2, -1, 2, -1]), FELL)
assert run([1, 0, 1, 0, 1], f5) in ((None, [0, -1, 6, 0, -1, 6, 0, -1, 6]), FELL)
assert run([1, 0, 1, 1, 1], f5) in ((None, [0, -1, 6, 0, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 0, 1, 1, 2], f5) in (('E2', [0, -1, 6, 0, -1, 2, -1]), FELL)
assert run([1, 1, 0, 1, 1], f5) in ((None, [0, -1, 2, -1, 6, 0, -1, 2, -1, 6]), FELL)
assert run([1, 1, 0, 1, 2], f5) in (('E2', [0, -1, 2, -1, 6, 0, -1]), FELL)
assert run([1, 1, 1, 0, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 6, 0, -1, 6]), FELL)
assert run([1, 1, 1, 1, 1], f5) in ((None, [0, -1, 2, -1, 2, -1, 2, -1, 2, -1, 6]), FELL)
assert run([1, 1, 1, 1, 2], f5) in (('E2', [0, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([], f6) in ((None, []), FELL)
assert run([1], f6) in ((None, [6]), FELL)
assert run([2], f6) in ((None, [6, 6]), FELL)
assert run([1, 1], f6) in ((None, [-2, 6]), FELL)
assert run([2, 1], f6) in ((None, [-2, 6, 6]), FELL)
assert run([1, 1, 1], f6) in ((None, [-2, 5, 6]), FELL)
assert run([1, 1, 2], f6) in (('E2', [-2]), FELL)
assert run([2, 0, 1], f6) in ((None, [6, -2, 6]), FELL)
assert run([2, 1, 1], f6) in ((None, [-2, 5, 6, 6]), FELL)
assert run([1, 1, 1, 1], f6) in ((None, [-2, 5, -2, 6]), FELL)
assert run([2, 0, 1, 1], f6) in ((None, [6, -2, 5, 6]), FELL)
assert run([2, 0, 1, 2], f6) in (('E2', [6, -2]), FELL)
assert run([2, 1, 0, 1], f6) in ((None, [-2, 6, -2, 6]), FELL)
assert run([2, 1, 1, 1], f6) in ((None, [-2, 5, -2, 6, 6]), FELL)
assert run([1, 1, 1, 1, 1], f6) in ((None, [-2, 5, -2, 5, 6]), FELL)
assert run([1, 1, 1, 1, 2], f6) in (('E2', [-2, 5, -2]), FELL)
assert run([2, 0, 1, 1, 1], f6) in ((None, [6, -2, 5, -2, 6]), FELL)
assert run([2, 1, 0, 1, 1], f6) in ((None, [-2, 6, -2, 5, 6]), FELL)
assert run([2, 1, 0, 1, 2], f6) in (('E2', [-2, 6, -2]), FELL)
assert run([2, 1, 1, 0, 1], f6) in ((None, [-2, 5, 6, -2, 6]), FELL)
assert run([2, 1, 1, 1, 1], f6) in ((None, [-2, 5, -2, 5, 6, 6]), FELL)
assert run([], f7) in ((None, []), FELL)
assert run([1], f7) in ((None, [-1]), FELL)
assert run([2], f7) in ((None, [-1, -1]), FELL)
assert run([1, 1], f7) in ((None, [-1, 3, 4, -1]), FELL)
assert run([1, 2], f7) in (('E2', [-1]), FELL)
assert run([2, 1], f7) in ((None, [-1, 3, 4, -1, -1]), FELL)
assert run([1, 1, 1], f7) in ((None, [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1], f7) in ((None, [-1, -1, 3, 4, -1]), FELL)
assert run([2, 0, 2], f7) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1], f7) in ((None, [-1, 2, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1], f7) in ((None, [-1, 3, 4, -1, 3, 4, -1]), FELL)
assert run([1, 1, 0, 2], f7) in (('E2', [-1, 3, 4, -1]), FELL)
assert run([1, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 3, 4, -1]), FELL)
assert run([1, 1, 1, 2], f7) in (('E2', [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 1], f7) in ((None, [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 1], f7) in ((None, [-1, 3, 4, -1, 3, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 3, 4, -1, -1]), FELL)
assert run([1, 1, 0, 1, 1], f7) in ((None, [-1, 3, 4, -1, 2, 4, -1]), FELL)
assert run([1, 1, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 0, 1], f7) in ((None, [-1, -1, 3, 4, -1, 3, 4, -1]), FELL)
assert run([2, 0, 1, 0, 2], f7) in (('E2', [-1, -1, 3, 4, -1]), FELL)
assert run([2, 0, 1, 1, 1], f7) in ((None, [-1, -1, 2, 4, -1, 3, 4, -1]), FELL)
assert run([2, 0, 1, 1, 2], f7) in (('E2', [-1, -1, 2, 4, -1]), FELL)
assert run([2, 1, 0, 0, 1], f7) in ((None, [-1, 3, 4, -1, -1, 3, 4, -1]), FELL)
assert run([2, 1, 0, 0, 2], f7) in (('E2', [-1, 3, 4, -1, -1]), FELL)
assert run([2, 1, 0, 1, 1], f7) in ((None, [-1, 3, 4, -1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 0, 1], f7) in ((None, [-1, 2, 4, -1, -1, 3, 4, -1]), FELL)
assert run([2, 1, 1, 0, 2], f7) in (('E2', [-1, 2, 4, -1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f7) in ((None, [-1, 2, 4, -1, 2, 4, -1, -1]), FELL)
assert run([], f8) in ((None, []), FELL)
assert run([1], f8) in ((None, [-1]), FELL)
assert run([1, 1], f8) in ((None, [-1, 4, -1]), FELL)
assert run([1, 2], f8) in (('E2', [-1]), FELL)
assert run([1, 0, 1], f8) in ((None, [-1, -1]), FELL)
assert run([1, 0, 1, 1], f8) in ((None, [-1, -1, 4, -1]), FELL)
assert run([1, 0, 1, 2], f8) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], f8) in ((None, [-1, 4, -1, 4, -1]), FELL)
assert run([1, 1, 0, 2], f8) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 0, 1, 0, 1], f8) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1, 0, 0, 1], f8) in ((None, [-1, 4, -1, -1]), FELL)
assert run([], f9) in ((None, []), FELL)
assert run([1], f9) in ((None, [-1, 5]), FELL)
assert run([2], f9) in ((None, [-1, 5, -1, 5]), FELL)
assert run([1, 1], f9) in ((None, [-1, 4, -1, 5]), FELL)
assert run([1, 2], f9) in (('E2', [-1]), FELL)
assert run([2, 1], f9) in ((None, [-1, 4, -1, 5, -1, 5]), FELL)
assert run([2, 0, 1], f9) in ((None, [-1, 5, -1, 4, -1, 5]), FELL)
assert run([2, 0, 2], f9) in (('E2', [-1, 5, -1]), FELL)
assert run([1, 1, 0, 1], f9) in ((None, [-1, 4, -1, 4, -1, 5]), FELL)
assert run([1, 1, 0, 2], f9) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 5]), FELL)
assert run([2, 1, 0, 1], f9) in ((None, [-1, 4, -1, 4, -1, 5, -1, 5]), FELL)
assert run([2, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 5, -1, 5]), FELL)
assert run([1, 1, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 4, -1, 5]), FELL)
assert run([1, 1, 1, 1, 2], f9) in (('E2', [-1, 2, 4, -1]), FELL)
assert run([2, 0, 1, 0, 1], f9) in ((None, [-1, 5, -1, 4, -1, 4, -1, 5]), FELL)
assert run([2, 0, 1, 0, 2], f9) in (('E2', [-1, 5, -1, 4, -1]), FELL)
assert run([2, 0, 1, 1, 1], f9) in ((None, [-1, 5, -1, 2, 4, -1, 5]), FELL)
assert run([2, 1, 0, 0, 1], f9) in ((None, [-1, 4, -1, 5, -1, 4, -1, 5]), FELL)
assert run([2, 1, 0, 0, 2], f9) in (('E2', [-1, 4, -1, 5, -1]), FELL)
assert run([2, 1, 1, 1, 1], f9) in ((None, [-1, 2, 4, -1, 4, -1, 5, -1, 5]), FELL)
assert run([], f10) in ((None, []), FELL)
assert run([1], f10) in ((None, [-1]), FELL)
assert run([1, 1], f10) in ((None, [-1, 4, -1]), FELL)
assert run([1, 2], f10) in (('E2', [-1]), FELL)
assert run([1, 0, 1], f10) in ((None, [-1, -1]), FELL)
assert run([1, 0, 1, 1], f10) in ((None, [-1, -1, 4, -1]), FELL)
assert run([1, 0, 1, 2], f10) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], f10) in ((None, [-1, 4, -1, 4, -1]), FELL)
assert run([1, 1, 0, 2], f10) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 0, 1, 0, 1], f10) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1, 0, 0, 1], f10) in ((None, [-1, 4, -1, -1]), FELL)
