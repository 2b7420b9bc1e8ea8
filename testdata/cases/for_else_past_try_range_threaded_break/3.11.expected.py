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
    # depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 100
    #    93           0 RESUME                   0
    #   
    #    94           2 PUSH_NULL
    #                 4 LOAD_FAST                3 (n)
    #                 6 PRECALL                  0
    #                10 CALL                     0
    #                20 GET_ITER
    #           >>   22 FOR_ITER                69 (to 162)
    #                24 STORE_FAST               5 (k)
    #   
    #    95          26 NOP
    #   
    #    96          28 PUSH_NULL
    #                30 LOAD_FAST                3 (n)
    #                32 PRECALL                  0
    #                36 CALL                     0
    #                46 GET_ITER
    #                48 FOR_ITER                14 (to 78)
    #                50 STORE_FAST               6 (i)
    #   
    #    97          52 PUSH_NULL
    #                54 LOAD_FAST                2 (x)
    #                56 LOAD_CONST               1 (1)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #    98          74 POP_TOP
    #                76 JUMP_FORWARD            14 (to 106)
    #   
    #   100     >>   78 PUSH_NULL
    #                80 LOAD_FAST                1 (t)
    #                82 LOAD_CONST               2 (2)
    #                84 PRECALL                  1
    #                88 CALL                     1
    #                98 POP_TOP
    #   
    #   101         100 POP_TOP
    #               102 LOAD_CONST               3 (3)
    #               104 RETURN_VALUE
    #   
    #    98     >>  106 JUMP_BACKWARD           43 (to 22)
    #           >>  108 PUSH_EXC_INFO
    #   
    #   102         110 LOAD_GLOBAL              0 (E1)
    #               122 CHECK_EXC_MATCH
    #               124 POP_JUMP_FORWARD_IF_FALSE    14 (to 154)
    #               126 POP_TOP
    #   
    #   103         128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               4 (4)
    #               134 PRECALL                  1
    #               138 CALL                     1
    #               148 POP_TOP
    #               150 POP_EXCEPT
    #               152 JUMP_BACKWARD           66 (to 22)
    #   
    #   102     >>  154 RERAISE                  0
    #           >>  156 COPY                     3
    #               158 POP_EXCEPT
    #               160 RERAISE                  1
    #   
    #   104     >>  162 LOAD_CONST               5 (5)
    #               164 RETURN_VALUE
    #   ExceptionTable:
    #     28 to 98 -> 108 [1]
    #     108 to 148 -> 156 [2] lasti
    #     154 to 154 -> 156 [2] lasti
    raise RuntimeError("depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 100")

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
