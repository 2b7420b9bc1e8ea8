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
    # depyf: could not decompile f1: unstructured backward jump at 118
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #    83     >>   16 NOP
    #   
    #    84     >>   18 NOP
    #   
    #    85          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #    86          36 NOP
    #   
    #    82          38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        1 (to 54)
    #                52 JUMP_BACKWARD           19 (to 16)
    #           >>   54 RETURN_CONST             0 (None)
    #           >>   56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #    87          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE       10 (to 94)
    #                74 STORE_FAST               5 (e)
    #   
    #    88          76 POP_EXCEPT
    #                78 LOAD_CONST               0 (None)
    #                80 STORE_FAST               5 (e)
    #                82 DELETE_FAST              5 (e)
    #                84 JUMP_FORWARD             8 (to 102)
    #                86 LOAD_CONST               0 (None)
    #                88 STORE_FAST               5 (e)
    #                90 DELETE_FAST              5 (e)
    #                92 RERAISE                  1
    #   
    #    87     >>   94 RERAISE                  0
    #           >>   96 COPY                     3
    #                98 POP_EXCEPT
    #               100 RERAISE                  1
    #   
    #    89     >>  102 PUSH_NULL
    #               104 LOAD_FAST                1 (t)
    #               106 LOAD_CONST               2 (2)
    #               108 CALL                     1
    #               116 POP_TOP
    #   
    #    83         118 JUMP_BACKWARD           51 (to 18)
    #   ExceptionTable:
    #     20 to 34 -> 58 [0]
    #     58 to 74 -> 96 [1] lasti
    #     86 to 94 -> 96 [1] lasti
    raise RuntimeError('depyf: could not decompile f1: unstructured backward jump at 118')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: unstructured backward jump at 118
    #    92           0 RESUME                   0
    #   
    #    93           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       19 (to 54)
    #   
    #    94     >>   16 NOP
    #   
    #    95     >>   18 NOP
    #   
    #    96          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (3)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #    97          36 NOP
    #   
    #    93          38 PUSH_NULL
    #                40 LOAD_FAST                0 (c)
    #                42 CALL                     0
    #                50 POP_JUMP_IF_FALSE        1 (to 54)
    #                52 JUMP_BACKWARD           19 (to 16)
    #   
    #   101     >>   54 RETURN_CONST             4 (6)
    #           >>   56 PUSH_EXC_INFO
    #   
    #    98          58 LOAD_GLOBAL              0 (E1)
    #                68 CHECK_EXC_MATCH
    #                70 POP_JUMP_IF_FALSE       11 (to 94)
    #                72 POP_TOP
    #   
    #    99          74 PUSH_NULL
    #                76 LOAD_FAST                1 (t)
    #                78 LOAD_CONST               2 (4)
    #                80 CALL                     1
    #                88 POP_TOP
    #                90 POP_EXCEPT
    #                92 JUMP_FORWARD             4 (to 102)
    #   
    #    98     >>   94 RERAISE                  0
    #           >>   96 COPY                     3
    #                98 POP_EXCEPT
    #               100 RERAISE                  1
    #   
    #   100     >>  102 PUSH_NULL
    #               104 LOAD_FAST                1 (t)
    #               106 LOAD_CONST               3 (5)
    #               108 CALL                     1
    #               116 POP_TOP
    #   
    #    94         118 JUMP_BACKWARD           51 (to 18)
    #   ExceptionTable:
    #     20 to 34 -> 56 [0]
    #     56 to 88 -> 96 [1] lasti
    #     94 to 94 -> 96 [1] lasti
    raise RuntimeError('depyf: could not decompile f2: unstructured backward jump at 118')

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
