








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


def while_true_try_else_return_finally(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            pass
        else:
            try:
                return 8
            finally:
                t(9)
    try:
        pass
    except E1:
        pass
    if c() or c():
        t(10)


def while_true_try_else_return_finally_match_after(c, t, x, n, m):
    while True:
        if c() or c():
            break
        try:
            x(5)
        except E1:
            pass
        else:
            try:
                return 8
            finally:
                t(9)
    try:
        pass
    except E1:
        pass
    match len(n()):
        case z if z > 1:
            t(z)


def while_true_try_else_return_finally_enclosing_finally(c, t, x, n, m):
    # depyf: could not decompile while_true_try_else_return_finally_enclosing_finally: except clauses fall off past the end of their region, the else clause into it, at 222
    #    126            RESUME                   0
    #   
    #    127    L1:     NOP
    #   
    #    128            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L2)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L3)
    #                   NOT_TAKEN
    #   
    #    129    L2:     JUMP_FORWARD            29 (to L8)
    #   
    #    130    L3:     NOP
    #   
    #    131    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    135    L5:     NOP
    #   
    #    136            NOP
    #   
    #    138    L6:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    140    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           8
    #                   RETURN_VALUE
    #   
    #    141    L8:     NOP
    #   
    #    142            NOP
    #   
    #    145    L9:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L10)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L11)
    #                   NOT_TAKEN
    #   
    #    146   L10:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    145   L11:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    138            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #    132            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    133   L15:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L18)
    #   
    #    132   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    133   L18:     NOP
    #   
    #    140            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          138 (to L1)
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    140            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L21:     PUSH_EXC_INFO
    #   
    #    143            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L23)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    144   L22:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 105 (to L9)
    #   
    #    143   L23:     RERAISE                  0
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L14 [0]
    #     L6 to L7 -> L19 [0]
    #     L12 to L13 -> L13 [1] lasti
    #     L13 to L14 -> L19 [0]
    #     L14 to L15 -> L17 [1] lasti
    #     L15 to L16 -> L19 [0]
    #     L16 to L17 -> L17 [1] lasti
    #     L17 to L18 -> L19 [0]
    #     L19 to L20 -> L20 [1] lasti
    #     L21 to L22 -> L24 [1] lasti
    #     L23 to L24 -> L24 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_try_else_return_finally_enclosing_finally: except clauses fall off past the end of their region, the else clause into it, at 222')

assert run([], while_true_try_else_return_finally) in ((8, [-5, 9]), FELL)
assert run([1], while_true_try_else_return_finally) in ((None, []), FELL)
assert run([1, 1], while_true_try_else_return_finally) in ((None, [10]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally) in ((8, [-5, -5, 9]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 1], while_true_try_else_return_finally) in ((None, [-5, 10]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally) in ((8, [-5, -5, -5, 9]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally) in (('E2', [-5, -5]), FELL)
assert run([], while_true_try_else_return_finally_match_after) in ((8, [-5, 9]), FELL)
assert run([1], while_true_try_else_return_finally_match_after) in ((None, []), FELL)
assert run([1, 2], while_true_try_else_return_finally_match_after) in ((None, [2]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally_match_after) in ((8, [-5, -5, 9]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally_match_after) in (('E2', [-5]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally_match_after) in ((None, [-5]), FELL)
assert run([0, 0, 1, 1, 2], while_true_try_else_return_finally_match_after) in ((None, [-5, 2]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally_match_after) in ((8, [-5, -5, -5, 9]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally_match_after) in (('E2', [-5, -5]), FELL)
assert run([], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 9, 10]), FELL)
assert run([1], while_true_try_else_return_finally_enclosing_finally) in ((None, []), FELL)
assert run([1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [11]), FELL)
assert run([0, 0, 1], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 10, -5, 9, 10]), FELL)
assert run([0, 0, 2], while_true_try_else_return_finally_enclosing_finally) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [-5, 10]), FELL)
assert run([0, 0, 1, 1, 1], while_true_try_else_return_finally_enclosing_finally) in ((None, [-5, 10, 11]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_try_else_return_finally_enclosing_finally) in ((8, [-5, 10, -5, 10, -5, 9, 10]), FELL)
assert run([0, 0, 1, 0, 0, 2], while_true_try_else_return_finally_enclosing_finally) in (('E2', [-5, 10, -5, 10]), FELL)
