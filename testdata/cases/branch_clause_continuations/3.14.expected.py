











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


def if_else_tries_returning_then_code(c, t, x, n, m):
    if c():
        try:
            x(3)
            return 4
        except E2:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    t(19)


def if_else_tries_returning_then_loop(c, t, x, n, m):
    if c():
        try:
            x(3)
            return 4
        except E2:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    while c():
        t(19)


def if_elif_else_tries_then_loop(c, t, x, n, m):
    if c():
        try:
            x(4)
            raise E2(4)
        except E2 as e:
            pass
    elif not c():
        try:
            return 10
        except E1:
            pass
    else:
        try:
            x(14)
            return 15
        except E1:
            pass
    while c():
        t(19)


def for_clause_break_ending_while_and(c, t, x, n, m):
    k = 0
    while k < 3 and c():
        for i in n():
            try:
                x(8)
                k += 1
            except E1:
                break
    return k


def orphan_then_try_finally_returning_in_try(c, t, x, n, m):
    # depyf: could not decompile orphan_then_try_finally_returning_in_try: except clauses fall off past the end of their region at 112
    #    151            RESUME                   0
    #   
    #    154            NOP
    #   
    #    155            NOP
    #   
    #    156            NOP
    #   
    #    160    L1:     NOP
    #   
    #    161    L2:     NOP
    #   
    #    162            NOP
    #   
    #    163    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          31
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    164    L4:     NOP
    #   
    #    166    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          34
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     LOAD_SMALL_INT          32
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    157            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    158    L8:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 34 (to L2)
    #   
    #    157    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L11:     PUSH_EXC_INFO
    #   
    #    166            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          34
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L13:     PUSH_EXC_INFO
    #   
    #    167            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    168   L14:     POP_EXCEPT
    #          L15:     JUMP_FORWARD            48 (to L29)
    #   
    #    169   L16:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       19 (to L23)
    #          L17:     NOT_TAKEN
    #          L18:     STORE_FAST               5 (e)
    #   
    #    170   L19:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          39
    #                   CALL                     1
    #                   POP_TOP
    #          L20:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #          L21:     JUMP_FORWARD            25 (to L29)
    #   
    #     --   L22:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    169   L23:     RERAISE                  0
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L25:     PUSH_EXC_INFO
    #   
    #    171            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L27)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    172   L26:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L29)
    #   
    #    171   L27:     RERAISE                  0
    #   
    #     --   L28:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    173   L29:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          56
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L25 [0]
    #     L3 to L4 -> L11 [0]
    #     L5 to L6 -> L13 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L25 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L25 [0]
    #     L11 to L12 -> L12 [1] lasti
    #     L12 to L13 -> L13 [0]
    #     L13 to L14 -> L24 [1] lasti
    #     L14 to L15 -> L25 [0]
    #     L16 to L17 -> L24 [1] lasti
    #     L18 to L19 -> L24 [1] lasti
    #     L19 to L20 -> L22 [1] lasti
    #     L20 to L21 -> L25 [0]
    #     L22 to L24 -> L24 [1] lasti
    #     L24 to L25 -> L25 [0]
    #     L25 to L26 -> L28 [1] lasti
    #     L27 to L28 -> L28 [1] lasti
    raise RuntimeError('depyf: could not decompile orphan_then_try_finally_returning_in_try: except clauses fall off past the end of their region at 112')

assert run([], if_else_tries_returning_then_code) in ((15, [-14]), FELL)
assert run([1], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([0, 1], if_else_tries_returning_then_code) in ((None, [-14, 19]), FELL)
assert run([0, 2], if_else_tries_returning_then_code) in (('E2', [-14]), FELL)
assert run([1, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([1, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([2], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([3], if_else_tries_returning_then_code) in ((4, [-3]), FELL)
assert run([2, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([2, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([3, 1], if_else_tries_returning_then_code) in (('E1', [-3]), FELL)
assert run([3, 2], if_else_tries_returning_then_code) in ((None, [-3, 19]), FELL)
assert run([], if_else_tries_returning_then_loop) in ((15, [-14]), FELL)
assert run([1], if_else_tries_returning_then_loop) in ((4, [-3]), FELL)
assert run([0, 1], if_else_tries_returning_then_loop) in ((None, [-14]), FELL)
assert run([0, 2], if_else_tries_returning_then_loop) in (('E2', [-14]), FELL)
assert run([1, 1], if_else_tries_returning_then_loop) in (('E1', [-3]), FELL)
assert run([1, 2], if_else_tries_returning_then_loop) in ((None, [-3]), FELL)
assert run([0, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19]), FELL)
assert run([1, 2, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19]), FELL)
assert run([0, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19, 19]), FELL)
assert run([1, 2, 1, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19, 19]), FELL)
assert run([0, 1, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-14, 19, 19, 19]), FELL)
assert run([1, 2, 1, 1, 1], if_else_tries_returning_then_loop) in ((None, [-3, 19, 19, 19]), FELL)
assert run([], if_elif_else_tries_then_loop) in ((10, []), FELL)
assert run([1], if_elif_else_tries_then_loop) in ((None, [-4]), FELL)
assert run([0, 1], if_elif_else_tries_then_loop) in ((15, [-14]), FELL)
assert run([1, 1], if_elif_else_tries_then_loop) in (('E1', [-4]), FELL)
assert run([0, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14]), FELL)
assert run([0, 1, 2], if_elif_else_tries_then_loop) in (('E2', [-14]), FELL)
assert run([1, 0, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19]), FELL)
assert run([0, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14, 19]), FELL)
assert run([1, 0, 1, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19, 19]), FELL)
assert run([0, 1, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-14, 19, 19]), FELL)
assert run([1, 0, 1, 1, 1], if_elif_else_tries_then_loop) in ((None, [-4, 19, 19, 19]), FELL)
assert run([2], if_elif_else_tries_then_loop) in ((None, [-4]), FELL)
assert run([], for_clause_break_ending_while_and) in ((0, []), FELL)
assert run([1, 1], for_clause_break_ending_while_and) in ((1, [-8]), FELL)
assert run([1, 2], for_clause_break_ending_while_and) in ((2, [-8, -8]), FELL)
assert run([1, 3], for_clause_break_ending_while_and) in ((3, [-8, -8, -8]), FELL)
assert run([1, 1, 1], for_clause_break_ending_while_and) in ((0, [-8]), FELL)
assert run([1, 1, 2], for_clause_break_ending_while_and) in (('E2', [-8]), FELL)
assert run([1, 2, 0, 1], for_clause_break_ending_while_and) in ((1, [-8, -8]), FELL)
assert run([1, 2, 0, 2], for_clause_break_ending_while_and) in (('E2', [-8, -8]), FELL)
assert run([1, 1, 0, 1, 3], for_clause_break_ending_while_and) in ((4, [-8, -8, -8, -8]), FELL)
assert run([1, 1, 1, 1, 2], for_clause_break_ending_while_and) in ((2, [-8, -8, -8]), FELL)
assert run([1, 1, 1, 1, 3], for_clause_break_ending_while_and) in ((3, [-8, -8, -8, -8]), FELL)
assert run([1, 3, 0, 0, 2], for_clause_break_ending_while_and) in (('E2', [-8, -8, -8]), FELL)
assert run([], orphan_then_try_finally_returning_in_try) in ((32, [-31, 34]), FELL)
assert run([1], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, 56]), FELL)
assert run([2], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, -39, 56]), FELL)
assert run([2, 2], orphan_then_try_finally_returning_in_try) in (('E2', [-31, 34, -39]), FELL)
assert run([2, 1], orphan_then_try_finally_returning_in_try) in ((None, [-31, 34, -39, 56]), FELL)
