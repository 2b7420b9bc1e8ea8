




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


def with_cold_return_elif(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                pass
            return 7
    elif c():
        return None


def with_cold_return_elif_call(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                t(6)
            return 7
    elif c():
        x(3)


def with_cold_return_then_call(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(4)
                return 5
            except E1:
                pass
            except E2:
                t(6)
            t(8)
            return 'seven'
    x(5)


def with_cold_return_in_loop(c, t, x, n, m):
    # depyf: could not decompile with_cold_return_in_loop: try statement cut by the end of its region at 62
    #    120            RESUME                   0
    #   
    #    121            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                52 (to L7)
    #                   STORE_FAST               5 (i)
    #   
    #    122            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       29 (to L6)
    #   
    #    123            LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (3)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    124    L3:     NOP
    #   
    #    125    L4:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (4)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    126    L5:     NOP
    #   
    #    123            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   POP_TOP
    #                   RETURN_CONST             3 (5)
    #   
    #    130    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (9)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           54 (to L1)
    #   
    #    121    L7:     END_FOR
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    127            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L10)
    #                   POP_TOP
    #   
    #    128    L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    127   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    129   L12:     LOAD_FAST                5 (i)
    #   
    #    123   L13:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   SWAP                     2
    #                   POP_TOP
    #                   RETURN_VALUE
    #          L14:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L15)
    #                   RERAISE                  2
    #          L15:     POP_TOP
    #          L16:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 56 (to L6)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L14 [2] lasti
    #     L4 to L5 -> L8 [2]
    #     L8 to L9 -> L11 [3] lasti
    #     L9 to L10 -> L14 [2] lasti
    #     L10 to L11 -> L11 [3] lasti
    #     L11 to L13 -> L14 [2] lasti
    #     L14 to L16 -> L17 [4] lasti
    raise RuntimeError('depyf: could not decompile with_cold_return_in_loop: try statement cut by the end of its region at 62')

assert run([], with_cold_return_elif) in ((None, []), FELL)
assert run([1], with_cold_return_elif) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], with_cold_return_elif) in ((7, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], with_cold_return_elif) in ((None, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], with_cold_return_elif_call) in ((None, []), FELL)
assert run([1], with_cold_return_elif_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_elif_call) in ((None, [-3]), FELL)
assert run([1, 1], with_cold_return_elif_call) in ((7, [('enter', 3), -4, 6, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif_call) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], with_cold_return_elif_call) in (('E1', [-3]), FELL)
assert run([], with_cold_return_then_call) in ((None, [-5]), FELL)
assert run([1], with_cold_return_then_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_then_call) in (('E1', [-5]), FELL)
assert run([0, 2], with_cold_return_then_call) in (('E2', [-5]), FELL)
assert run([1, 1], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 8, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 6, 8, ('exit', 3, False)]), FELL)
assert run([], with_cold_return_in_loop) in ((None, []), FELL)
assert run([1], with_cold_return_in_loop) in ((None, [9]), FELL)
assert run([2], with_cold_return_in_loop) in ((None, [9, 9]), FELL)
assert run([1, 1], with_cold_return_in_loop) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], with_cold_return_in_loop) in ((0, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 2], with_cold_return_in_loop) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
