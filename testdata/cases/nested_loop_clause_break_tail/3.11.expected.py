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
    # depyf: could not decompile next_until_stop: except clauses jump past the code after the try at 66
    #    82           0 RESUME                   0
    #   
    #    83           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    60 (to 142)
    #   
    #    84     >>   22 NOP
    #   
    #    85     >>   24 NOP
    #   
    #    86          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 PUSH_NULL
    #                32 LOAD_FAST                0 (c)
    #                34 PRECALL                  0
    #                38 CALL                     0
    #                48 PRECALL                  1
    #                52 CALL                     1
    #                62 POP_TOP
    #                64 JUMP_FORWARD            16 (to 98)
    #           >>   66 PUSH_EXC_INFO
    #   
    #    87          68 LOAD_GLOBAL              0 (E1)
    #                80 CHECK_EXC_MATCH
    #                82 POP_JUMP_FORWARD_IF_FALSE     3 (to 90)
    #                84 POP_TOP
    #   
    #    88          86 POP_EXCEPT
    #                88 JUMP_FORWARD             5 (to 100)
    #   
    #    87     >>   90 RERAISE                  0
    #           >>   92 COPY                     3
    #                94 POP_EXCEPT
    #                96 RERAISE                  1
    #   
    #    84     >>   98 JUMP_BACKWARD           38 (to 24)
    #   
    #    89     >>  100 PUSH_NULL
    #               102 LOAD_FAST                1 (t)
    #               104 LOAD_CONST               2 (2)
    #               106 PRECALL                  1
    #               110 CALL                     1
    #               120 POP_TOP
    #   
    #    83         122 PUSH_NULL
    #               124 LOAD_FAST                0 (c)
    #               126 PRECALL                  0
    #               130 CALL                     0
    #               140 POP_JUMP_BACKWARD_IF_TRUE    60 (to 22)
    #   
    #    90     >>  142 LOAD_CONST               3 (3)
    #               144 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 62 -> 66 [0]
    #     66 to 84 -> 92 [1] lasti
    #     90 to 90 -> 92 [1] lasti
    raise RuntimeError('depyf: could not decompile next_until_stop: except clauses jump past the code after the try at 66')


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
    # depyf: could not decompile next_until_stop_branch: except clauses jump past the code after the try at 66
    #   105           0 RESUME                   0
    #   
    #   106           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    92 (to 206)
    #   
    #   107     >>   22 NOP
    #   
    #   108     >>   24 NOP
    #   
    #   109          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 PUSH_NULL
    #                32 LOAD_FAST                0 (c)
    #                34 PRECALL                  0
    #                38 CALL                     0
    #                48 PRECALL                  1
    #                52 CALL                     1
    #                62 POP_TOP
    #                64 JUMP_FORWARD            38 (to 142)
    #           >>   66 PUSH_EXC_INFO
    #   
    #   110          68 LOAD_GLOBAL              0 (E1)
    #                80 CHECK_EXC_MATCH
    #                82 POP_JUMP_FORWARD_IF_FALSE     3 (to 90)
    #                84 POP_TOP
    #   
    #   111          86 POP_EXCEPT
    #                88 JUMP_FORWARD            27 (to 144)
    #   
    #   112     >>   90 LOAD_GLOBAL              2 (E2)
    #               102 CHECK_EXC_MATCH
    #               104 POP_JUMP_FORWARD_IF_FALSE    14 (to 134)
    #               106 POP_TOP
    #   
    #   113         108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               2 (5)
    #               114 PRECALL                  1
    #               118 CALL                     1
    #               128 POP_TOP
    #               130 POP_EXCEPT
    #               132 JUMP_FORWARD             4 (to 142)
    #   
    #   112     >>  134 RERAISE                  0
    #           >>  136 COPY                     3
    #               138 POP_EXCEPT
    #               140 RERAISE                  1
    #   
    #   107     >>  142 JUMP_BACKWARD           60 (to 24)
    #   
    #   114     >>  144 PUSH_NULL
    #               146 LOAD_FAST                0 (c)
    #               148 PRECALL                  0
    #               152 CALL                     0
    #               162 POP_JUMP_FORWARD_IF_FALSE    11 (to 186)
    #   
    #   115         164 PUSH_NULL
    #               166 LOAD_FAST                1 (t)
    #               168 LOAD_CONST               3 (2)
    #               170 PRECALL                  1
    #               174 CALL                     1
    #               184 POP_TOP
    #   
    #   106     >>  186 PUSH_NULL
    #               188 LOAD_FAST                0 (c)
    #               190 PRECALL                  0
    #               194 CALL                     0
    #               204 POP_JUMP_BACKWARD_IF_TRUE    92 (to 22)
    #   
    #   116     >>  206 LOAD_CONST               4 (3)
    #               208 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 62 -> 66 [0]
    #     66 to 84 -> 136 [1] lasti
    #     90 to 128 -> 136 [1] lasti
    #     134 to 134 -> 136 [1] lasti
    raise RuntimeError('depyf: could not decompile next_until_stop_branch: except clauses jump past the code after the try at 66')

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
