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
    # depyf: could not decompile f1: try body jumps past the code after its clauses at 48
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    61 (to 144)
    #   
    #    83     >>   22 NOP
    #   
    #    84     >>   24 NOP
    #   
    #    85          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               2 (1)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 POP_TOP
    #   
    #    86          48 JUMP_FORWARD            35 (to 120)
    #           >>   50 PUSH_EXC_INFO
    #   
    #    87          52 LOAD_GLOBAL              0 (E1)
    #                64 CHECK_EXC_MATCH
    #                66 POP_JUMP_FORWARD_IF_FALSE    10 (to 88)
    #                68 STORE_FAST               5 (e)
    #   
    #    88          70 POP_EXCEPT
    #                72 LOAD_CONST               0 (None)
    #                74 STORE_FAST               5 (e)
    #                76 DELETE_FAST              5 (e)
    #                78 JUMP_FORWARD             8 (to 96)
    #                80 LOAD_CONST               0 (None)
    #                82 STORE_FAST               5 (e)
    #                84 DELETE_FAST              5 (e)
    #                86 RERAISE                  1
    #   
    #    87     >>   88 RERAISE                  0
    #           >>   90 COPY                     3
    #                92 POP_EXCEPT
    #                94 RERAISE                  1
    #   
    #    89     >>   96 PUSH_NULL
    #                98 LOAD_FAST                1 (t)
    #               100 LOAD_CONST               3 (2)
    #               102 PRECALL                  1
    #               106 CALL                     1
    #               116 POP_TOP
    #   
    #    83         118 JUMP_BACKWARD           48 (to 24)
    #   
    #    82     >>  120 PUSH_NULL
    #               122 LOAD_FAST                0 (c)
    #               124 PRECALL                  0
    #               128 CALL                     0
    #               138 POP_JUMP_BACKWARD_IF_TRUE    59 (to 22)
    #               140 LOAD_CONST               0 (None)
    #               142 RETURN_VALUE
    #           >>  144 LOAD_CONST               0 (None)
    #               146 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 46 -> 50 [0]
    #     50 to 68 -> 90 [1] lasti
    #     80 to 88 -> 90 [1] lasti
    raise RuntimeError('depyf: could not decompile f1: try body jumps past the code after its clauses at 48')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: try body jumps past the code after its clauses at 48
    #    92           0 RESUME                   0
    #   
    #    93           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 POP_JUMP_FORWARD_IF_FALSE    63 (to 148)
    #   
    #    94     >>   22 NOP
    #   
    #    95     >>   24 NOP
    #   
    #    96          26 PUSH_NULL
    #                28 LOAD_FAST                2 (x)
    #                30 LOAD_CONST               2 (3)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 POP_TOP
    #   
    #    97          48 JUMP_FORWARD            39 (to 128)
    #           >>   50 PUSH_EXC_INFO
    #   
    #    98          52 LOAD_GLOBAL              0 (E1)
    #                64 CHECK_EXC_MATCH
    #                66 POP_JUMP_FORWARD_IF_FALSE    14 (to 96)
    #                68 POP_TOP
    #   
    #    99          70 PUSH_NULL
    #                72 LOAD_FAST                1 (t)
    #                74 LOAD_CONST               3 (4)
    #                76 PRECALL                  1
    #                80 CALL                     1
    #                90 POP_TOP
    #                92 POP_EXCEPT
    #                94 JUMP_FORWARD             4 (to 104)
    #   
    #    98     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #   100     >>  104 PUSH_NULL
    #               106 LOAD_FAST                1 (t)
    #               108 LOAD_CONST               4 (5)
    #               110 PRECALL                  1
    #               114 CALL                     1
    #               124 POP_TOP
    #   
    #    94         126 JUMP_BACKWARD           52 (to 24)
    #   
    #    93     >>  128 PUSH_NULL
    #               130 LOAD_FAST                0 (c)
    #               132 PRECALL                  0
    #               136 CALL                     0
    #               146 POP_JUMP_BACKWARD_IF_TRUE    63 (to 22)
    #   
    #   101     >>  148 LOAD_CONST               5 (6)
    #               150 RETURN_VALUE
    #   ExceptionTable:
    #     26 to 46 -> 50 [0]
    #     50 to 90 -> 98 [1] lasti
    #     96 to 96 -> 98 [1] lasti
    raise RuntimeError('depyf: could not decompile f2: try body jumps past the code after its clauses at 48')

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((None, [-1]), FELL)
assert run([1, 1], f1) in ((None, [-1, 2, -1]), FELL)
assert run([1, 2], f1) in (('E2', [-1]), FELL)
assert run([1, 0, 1], f1) in ((None, [-1, -1]), FELL)
assert run([1, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 2], f1) in (('E2', [-1, 2, -1]), FELL)
assert run([1, 0, 1, 1], f1) in ((None, [-1, -1, 2, -1]), FELL)
assert run([1, 0, 1, 2], f1) in (('E2', [-1, -1]), FELL)
assert run([1, 1, 0, 1], f1) in ((None, [-1, 2, -1, -1]), FELL)
assert run([1, 1, 1, 1], f1) in ((None, [-1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1, 1, 1, 2], f1) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([], f2) in ((6, []), FELL)
assert run([1], f2) in ((6, [-3]), FELL)
assert run([1, 1], f2) in ((6, [-3, 4, 5, -3]), FELL)
assert run([1, 2], f2) in (('E2', [-3]), FELL)
assert run([1, 0, 1], f2) in ((6, [-3, -3]), FELL)
assert run([1, 1, 1], f2) in ((6, [-3, 4, 5, -3, 4, 5, -3]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-3, 4, 5, -3]), FELL)
assert run([1, 0, 1, 1], f2) in ((6, [-3, -3, 4, 5, -3]), FELL)
assert run([1, 0, 1, 2], f2) in (('E2', [-3, -3]), FELL)
assert run([1, 1, 0, 1], f2) in ((6, [-3, 4, 5, -3, -3]), FELL)
assert run([1, 1, 1, 1], f2) in ((6, [-3, 4, 5, -3, 4, 5, -3, 4, 5, -3]), FELL)
assert run([1, 1, 1, 2], f2) in (('E2', [-3, 4, 5, -3, 4, 5, -3]), FELL)
