











class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)



class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
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
    # depyf: could not decompile f7: a jump leaves the loop past its exit at 124
    #    158            RESUME                   0
    #   
    #    159            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                13 (to L5)
    #                   STORE_FAST               5 (k)
    #   
    #    160            NOP
    #   
    #    161    L2:     NOP
    #   
    #    162    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    163    L4:     JUMP_BACKWARD           15 (to L1)
    #   
    #    159    L5:     END_FOR
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    164            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L8)
    #                   POP_TOP
    #   
    #    165    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #    164    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    166   L10:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L11)
    #   
    #    167            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (2)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD             8 (to L12)
    #   
    #    169   L11:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    170   L12:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    160            JUMP_BACKWARD           69 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L6 [1]
    #     L6 to L7 -> L9 [2] lasti
    #     L8 to L9 -> L9 [2] lasti
    raise RuntimeError('depyf: could not decompile f7: a jump leaves the loop past its exit at 124')


def f8(c, t, x, n, m):
    # depyf: could not decompile f8: unstructured backward jump at 136
    #    173            RESUME                   0
    #   
    #    174            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       26 (to L7)
    #   
    #    175    L1:     NOP
    #   
    #    176    L2:     NOP
    #   
    #    177    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    178    L4:     NOP
    #   
    #    174    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L6)
    #                   JUMP_BACKWARD           25 (to L1)
    #           L6:     RETURN_CONST             0 (None)
    #           L7:     RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    179            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L10)
    #                   POP_TOP
    #   
    #    180    L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    179   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    181   L12:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L13)
    #   
    #    182            JUMP_BACKWARD           46 (to L5)
    #   
    #    183   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    175            JUMP_BACKWARD           66 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L8 [0]
    #     L8 to L9 -> L11 [1] lasti
    #     L10 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile f8: unstructured backward jump at 136')


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
    # depyf: could not decompile f10: unstructured backward jump at 136
    #    200            RESUME                   0
    #   
    #    201            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       26 (to L6)
    #   
    #    202    L1:     NOP
    #   
    #    203    L2:     NOP
    #   
    #    204    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    205    L4:     NOP
    #   
    #    201            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #                   JUMP_BACKWARD           25 (to L1)
    #           L5:     RETURN_CONST             0 (None)
    #           L6:     RETURN_CONST             0 (None)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    206            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L9)
    #                   POP_TOP
    #   
    #    207    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    206    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    208   L11:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L12)
    #   
    #    209            JUMP_BACKWARD           57 (to L1)
    #   
    #    210   L12:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    202            JUMP_BACKWARD           66 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    raise RuntimeError('depyf: could not decompile f10: unstructured backward jump at 136')

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
