import sys













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


def while_true_never_looping_in_try(c, t, x, n, m):
    while True:
        try:
            if c():
                t(1)
        except E1:
            while not c():
                pass
            return 4
        return 2


def else_of_orphan_tries_in_finally(c, t, x, n, m):
    if c() or c():
        try:
            while c() or c():
                x(6)
            t(7)
            return 16
        except E1:
            pass
        finally:
            t(25)
    else:
        return None
    t(25)


def clause_with_returning_value_finally_if(c, t, x, n, m):
    # depyf: could not decompile clause_with_returning_value_finally_if: stack underflow
    #    124            RESUME                   0
    #   
    #    126            LOAD_CONST               1 (20)
    #                   STORE_FAST               5 (v)
    #   
    #    127            NOP
    #   
    #    128    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (21)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    135    L2:     NOP
    #   
    #    137    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L4)
    #   
    #    138            RETURN_CONST             0 (None)
    #   
    #    137    L4:     RETURN_CONST             0 (None)
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    129            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       55 (to L16)
    #                   POP_TOP
    #   
    #    130            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (26)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L6:     STORE_FAST               6 (w)
    #   
    #    131            LOAD_FAST_LOAD_FAST     86 (v, w)
    #                   BUILD_TUPLE              2
    #   
    #    130    L7:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   SWAP                     2
    #           L8:     POP_EXCEPT
    #   
    #    137    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L10)
    #   
    #    138            RETURN_VALUE
    #   
    #    137   L10:     RETURN_VALUE
    #   
    #    130   L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L12)
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L14:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 75 (to L3)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    132   L16:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L19)
    #                   STORE_FAST               7 (e)
    #   
    #    133   L17:     POP_EXCEPT
    #                   LOAD_CONST               0 (None)
    #                   STORE_FAST               7 (e)
    #                   DELETE_FAST              7 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 92 (to L3)
    #   
    #     --   L18:     LOAD_CONST               0 (None)
    #                   STORE_FAST               7 (e)
    #                   DELETE_FAST              7 (e)
    #                   RERAISE                  1
    #   
    #    132   L19:     RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L21:     PUSH_EXC_INFO
    #   
    #    137            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L22)
    #   
    #    138            RERAISE                  0
    #   
    #    137   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L5 [0]
    #     L2 to L3 -> L21 [0]
    #     L5 to L6 -> L20 [1] lasti
    #     L6 to L7 -> L11 [2] lasti
    #     L7 to L8 -> L20 [1] lasti
    #     L8 to L9 -> L21 [0]
    #     L11 to L13 -> L15 [4] lasti
    #     L13 to L14 -> L20 [1] lasti
    #     L14 to L15 -> L21 [0]
    #     L15 to L17 -> L20 [1] lasti
    #     L17 to L18 -> L21 [0]
    #     L18 to L20 -> L20 [1] lasti
    #     L20 to L21 -> L21 [0]
    #     L21 to L23 -> L23 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_with_returning_value_finally_if: stack underflow')

VERSION = sys.version_info[:2]
assert not VERSION != (3, 13) or run([1, 1, 0], while_true_never_looping_in_try) in ((2, [1, 1]), FELL)
assert run([0], while_true_never_looping_in_try) in ((2, []), FELL)
if VERSION not in ((3, 12), (3, 13), (3, 14)):
    assert run([1, 1, 1], else_of_orphan_tries_in_finally) in ((None, [-6, 25]), FELL)
assert run([1, 0, 0], else_of_orphan_tries_in_finally) in ((16, [7, 25]), FELL)
assert run([0, 0], else_of_orphan_tries_in_finally) in ((None, []), FELL)
assert run([0, 1, 1, 0, 0, 0], else_of_orphan_tries_in_finally) in ((16, [-6, 7, 25]), FELL)
assert not VERSION != (3, 12) or run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21, ('enter', 26), ('exit', 26, False)]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
