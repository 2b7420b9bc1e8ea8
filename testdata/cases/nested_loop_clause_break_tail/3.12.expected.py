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


def next_until_stop(c, t, x, n, m):
    while c():
        while True:
            try:
                x(c())
            except E1:
                break
        t(2)
    return 3


def next_until_stop_body(c, t, x, n, m):
    while c():
        t(1)
        while True:
            try:
                x(c())
            except E1:
                break
            t(3)
        t(4)


def next_until_stop_branch(c, t, x, n, m):
    # depyf: could not decompile next_until_stop_branch: a statement (If) after return in the same block (a misread layout)
    #   105           0 RESUME                   0
    #   
    #   106           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       16 (to 48)
    #   
    #   107     >>   16 NOP
    #   
    #   108     >>   18 NOP
    #   
    #   109          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 PUSH_NULL
    #                26 LOAD_FAST                0 (c)
    #                28 CALL                     0
    #                36 CALL                     1
    #                44 POP_TOP
    #   
    #   107     >>   46 JUMP_BACKWARD           15 (to 18)
    #   
    #   116     >>   48 RETURN_CONST             3 (3)
    #           >>   50 PUSH_EXC_INFO
    #   
    #   110          52 LOAD_GLOBAL              0 (E1)
    #                62 CHECK_EXC_MATCH
    #                64 POP_JUMP_IF_FALSE        3 (to 72)
    #                66 POP_TOP
    #   
    #   111          68 POP_EXCEPT
    #                70 JUMP_FORWARD            22 (to 116)
    #   
    #   112     >>   72 LOAD_GLOBAL              2 (E2)
    #                82 CHECK_EXC_MATCH
    #                84 POP_JUMP_IF_FALSE       11 (to 108)
    #                86 POP_TOP
    #   
    #   113          88 PUSH_NULL
    #                90 LOAD_FAST                1 (t)
    #                92 LOAD_CONST               1 (5)
    #                94 CALL                     1
    #               102 POP_TOP
    #               104 POP_EXCEPT
    #               106 JUMP_BACKWARD           31 (to 46)
    #   
    #   112     >>  108 RERAISE                  0
    #           >>  110 COPY                     3
    #               112 POP_EXCEPT
    #               114 RERAISE                  1
    #   
    #   114     >>  116 PUSH_NULL
    #               118 LOAD_FAST                0 (c)
    #               120 CALL                     0
    #               128 POP_JUMP_IF_FALSE        8 (to 146)
    #   
    #   115         130 PUSH_NULL
    #               132 LOAD_FAST                1 (t)
    #               134 LOAD_CONST               2 (2)
    #               136 CALL                     1
    #               144 POP_TOP
    #   
    #   106     >>  146 PUSH_NULL
    #               148 LOAD_FAST                0 (c)
    #               150 CALL                     0
    #               158 POP_JUMP_IF_FALSE        1 (to 162)
    #               160 JUMP_BACKWARD           73 (to 16)
    #           >>  162 JUMP_BACKWARD           58 (to 48)
    #   ExceptionTable:
    #     20 to 44 -> 50 [0]
    #     50 to 66 -> 110 [1] lasti
    #     72 to 102 -> 110 [1] lasti
    #     108 to 108 -> 110 [1] lasti
    raise RuntimeError('depyf: could not decompile next_until_stop_branch: a statement (If) after return in the same block (a misread layout)')

assert run([], next_until_stop) in ((3, []), FELL)
assert run([1], next_until_stop) in (('Budget', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 1], next_until_stop) in (('Budget', [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 2], next_until_stop) in (('Budget', [-2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 0, 1], next_until_stop) in ((3, [0, 2]), FELL)
assert run([1, 0, 2], next_until_stop) in (('E2', [0]), FELL)
assert run([], next_until_stop_body) in ((None, []), FELL)
assert run([1], next_until_stop_body) in (('Budget', [1, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3]), FELL)
assert run([1, 1], next_until_stop_body) in (('Budget', [1, -1, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3]), FELL)
assert run([1, 2], next_until_stop_body) in (('Budget', [1, -2, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3, 0, 3]), FELL)
assert run([1, 0, 1], next_until_stop_body) in ((None, [1, 0, 4]), FELL)
assert run([1, 0, 2], next_until_stop_body) in (('E2', [1, 0]), FELL)
assert run([], next_until_stop_branch) in ((3, []), FELL)
assert run([1], next_until_stop_branch) in (('Budget', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 1], next_until_stop_branch) in (('Budget', [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 2], next_until_stop_branch) in (('Budget', [-2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
assert run([1, 0, 1], next_until_stop_branch) in ((3, [0]), FELL)
assert run([1, 0, 2], next_until_stop_branch) in (('Budget', [0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), FELL)
