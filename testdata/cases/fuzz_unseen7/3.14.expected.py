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
            if not c():
                break
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
    #    126            LOAD_SMALL_INT          20
    #                   STORE_FAST               5 (v)
    #   
    #    127            NOP
    #   
    #    128    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          21
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    135    L2:     NOP
    #   
    #    137    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L4)
    #                   NOT_TAKEN
    #   
    #    138            LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    137    L4:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    129            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       68 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    130            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          26
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L6:     STORE_FAST               6 (w)
    #   
    #    131            LOAD_FAST_LOAD_FAST     86 (v, w)
    #                   BUILD_TUPLE              2
    #   
    #    130    L7:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   SWAP                     2
    #           L8:     POP_EXCEPT
    #   
    #    137    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L10)
    #                   NOT_TAKEN
    #   
    #    138            RETURN_VALUE
    #   
    #    137   L10:     RETURN_VALUE
    #   
    #    130   L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L12)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #          L14:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 91 (to L3)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    132   L16:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L21)
    #          L17:     NOT_TAKEN
    #          L18:     STORE_FAST               7 (e)
    #   
    #    133   L19:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               7 (e)
    #                   DELETE_FAST              7 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 109 (to L3)
    #   
    #     --   L20:     LOAD_CONST               1 (None)
    #                   STORE_FAST               7 (e)
    #                   DELETE_FAST              7 (e)
    #                   RERAISE                  1
    #   
    #    132   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L23:     PUSH_EXC_INFO
    #   
    #    137            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L24)
    #                   NOT_TAKEN
    #   
    #    138            RERAISE                  0
    #   
    #    137   L24:     RERAISE                  0
    #   
    #     --   L25:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L5 [0]
    #     L2 to L3 -> L23 [0]
    #     L5 to L6 -> L22 [1] lasti
    #     L6 to L7 -> L11 [3] lasti
    #     L7 to L8 -> L22 [1] lasti
    #     L8 to L9 -> L23 [0]
    #     L11 to L13 -> L15 [5] lasti
    #     L13 to L14 -> L22 [1] lasti
    #     L14 to L15 -> L23 [0]
    #     L15 to L17 -> L22 [1] lasti
    #     L18 to L19 -> L22 [1] lasti
    #     L19 to L20 -> L23 [0]
    #     L20 to L22 -> L22 [1] lasti
    #     L22 to L23 -> L23 [0]
    #     L23 to L25 -> L25 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_with_returning_value_finally_if: stack underflow')

VERSION = sys.version_info[:2]
assert not VERSION != (3, 13) or run([1, 1, 0], while_true_never_looping_in_try) in ((2, [1, 1]), FELL)
assert run([0], while_true_never_looping_in_try) in ((2, []), FELL)
assert not VERSION not in ((3, 12), (3, 13), (3, 14)) or run([1, 1, 1], else_of_orphan_tries_in_finally) in ((None, [-6, 25]), FELL)
assert run([1, 0, 0], else_of_orphan_tries_in_finally) in ((16, [7, 25]), FELL)
assert run([0, 0], else_of_orphan_tries_in_finally) in ((None, []), FELL)
assert run([0, 1, 1, 0, 0, 0], else_of_orphan_tries_in_finally) in ((16, [-6, 7, 25]), FELL)
assert not VERSION != (3, 12) or run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21, ('enter', 26), ('exit', 26, False)]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
