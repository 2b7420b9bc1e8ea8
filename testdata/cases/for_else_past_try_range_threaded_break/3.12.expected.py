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
        try:
            for i in n():
                break
            else:
                return 7
        except E1:
            try:
                t(10)
            except E2 as e:
                pass


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 82
    #    93           0 RESUME                   0
    #   
    #    94           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 CALL                     0
    #                14 GET_ITER
    #           >>   16 FOR_ITER                34 (to 88)
    #                20 STORE_FAST               5 (k)
    #   
    #    95          22 NOP
    #   
    #    96          24 PUSH_NULL
    #                26 LOAD_FAST                3 (n)
    #                28 CALL                     0
    #                36 GET_ITER
    #                38 FOR_ITER                11 (to 64)
    #                42 STORE_FAST               6 (i)
    #   
    #    97          44 PUSH_NULL
    #                46 LOAD_FAST                2 (x)
    #                48 LOAD_CONST               1 (1)
    #                50 CALL                     1
    #                58 POP_TOP
    #   
    #    98          60 POP_TOP
    #                62 JUMP_FORWARD            11 (to 86)
    #   
    #    96     >>   64 END_FOR
    #   
    #   100          66 PUSH_NULL
    #                68 LOAD_FAST                1 (t)
    #                70 LOAD_CONST               2 (2)
    #                72 CALL                     1
    #                80 POP_TOP
    #   
    #   101          82 POP_TOP
    #                84 RETURN_CONST             3 (3)
    #   
    #    98     >>   86 JUMP_BACKWARD           36 (to 16)
    #   
    #    94     >>   88 END_FOR
    #   
    #   104          90 RETURN_CONST             5 (5)
    #           >>   92 PUSH_EXC_INFO
    #   
    #   102          94 LOAD_GLOBAL              0 (E1)
    #               104 CHECK_EXC_MATCH
    #               106 POP_JUMP_IF_FALSE       11 (to 130)
    #               108 POP_TOP
    #   
    #   103         110 PUSH_NULL
    #               112 LOAD_FAST                1 (t)
    #               114 LOAD_CONST               4 (4)
    #               116 CALL                     1
    #               124 POP_TOP
    #               126 POP_EXCEPT
    #               128 JUMP_BACKWARD           57 (to 16)
    #   
    #   102     >>  130 RERAISE                  0
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   ExceptionTable:
    #     24 to 80 -> 92 [1]
    #     92 to 124 -> 132 [2] lasti
    #     130 to 130 -> 132 [2] lasti
    raise RuntimeError("depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 82")

assert run([], f1) in ((None, []), FELL)
assert run([1], f1) in ((7, []), FELL)
assert run([], f2) in ((5, []), FELL)
assert run([1], f2) in ((3, [2]), FELL)
assert run([1, 1], f2) in ((5, [-1]), FELL)
assert run([2, 1], f2) in ((3, [-1, 2]), FELL)
assert run([1, 1, 1], f2) in ((5, [-1, 4]), FELL)
assert run([1, 1, 2], f2) in (('E2', [-1]), FELL)
assert run([2, 1, 1], f2) in ((3, [-1, 4, 2]), FELL)
assert run([2, 1, 0, 1], f2) in ((5, [-1, -1]), FELL)
assert run([2, 1, 1, 1], f2) in ((5, [-1, 4, -1]), FELL)
assert run([2, 1, 0, 1, 1], f2) in ((5, [-1, -1, 4]), FELL)
assert run([2, 1, 0, 1, 2], f2) in (('E2', [-1, -1]), FELL)
assert run([2, 1, 1, 1, 1], f2) in ((5, [-1, 4, -1, 4]), FELL)
assert run([2, 1, 1, 1, 2], f2) in (('E2', [-1, 4, -1]), FELL)
assert run([1, 1, 0], f1) in ((None, []), FELL)
assert run([1, 2, 1, 0, 0], f1) in ((7, []), FELL)
assert run([1, 0, 1], f1) in ((7, []), FELL)
