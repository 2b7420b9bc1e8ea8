






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
    # depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 86
    #     93            RESUME                   0
    #   
    #     94            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                35 (to L6)
    #                   STORE_FAST               5 (k)
    #   
    #     95            NOP
    #   
    #     96    L2:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                12 (to L4)
    #                   STORE_FAST               6 (i)
    #   
    #     97            LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     98            POP_TOP
    #           L3:     JUMP_BACKWARD           25 (to L1)
    #   
    #     96    L4:     END_FOR
    #                   POP_TOP
    #   
    #    100            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    101    L5:     POP_TOP
    #                   RETURN_CONST             3 (3)
    #   
    #     94    L6:     END_FOR
    #                   POP_TOP
    #   
    #    104            RETURN_CONST             5 (5)
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    102            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   POP_TOP
    #   
    #    103            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (4)
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           61 (to L1)
    #   
    #    102    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [1]
    #     L4 to L5 -> L7 [1]
    #     L7 to L8 -> L10 [2] lasti
    #     L9 to L10 -> L10 [2] lasti
    raise RuntimeError("depyf: could not decompile f2: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 86")

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
