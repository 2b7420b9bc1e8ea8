








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
    # depyf: could not decompile f1: unstructured backward jump at 142
    #     81            RESUME                   0
    #   
    #     82            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       26 (to L6)
    #   
    #     83    L1:     NOP
    #   
    #     84    L2:     NOP
    #   
    #     85    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     86    L4:     NOP
    #   
    #     82            LOAD_FAST                0 (c)
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
    #     87            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L10)
    #                   STORE_FAST               5 (e)
    #   
    #     88    L8:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_FORWARD             8 (to L12)
    #   
    #     --    L9:     LOAD_CONST               0 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #     87   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     89   L12:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     83            JUMP_BACKWARD           59 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L7 [0]
    #     L7 to L8 -> L11 [1] lasti
    #     L9 to L11 -> L11 [1] lasti
    raise RuntimeError('depyf: could not decompile f1: unstructured backward jump at 142')


def f2(c, t, x, n, m):
    # depyf: could not decompile f2: unstructured backward jump at 142
    #     92            RESUME                   0
    #   
    #     93            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       25 (to L5)
    #   
    #     94    L1:     NOP
    #   
    #     95    L2:     NOP
    #   
    #     96    L3:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     97    L4:     NOP
    #   
    #     93            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #                   JUMP_BACKWARD           25 (to L1)
    #   
    #    101    L5:     RETURN_CONST             4 (6)
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #     98            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L8)
    #                   POP_TOP
    #   
    #     99            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   POP_TOP
    #           L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #     98    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    100   L10:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     94            JUMP_BACKWARD           59 (to L2)
    #   ExceptionTable:
    #     L3 to L4 -> L6 [0]
    #     L6 to L7 -> L9 [1] lasti
    #     L8 to L9 -> L9 [1] lasti
    raise RuntimeError('depyf: could not decompile f2: unstructured backward jump at 142')

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
