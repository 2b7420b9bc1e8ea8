








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


def clause_try_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(5)
            return 6
        except E1:
            pass
        finally:
            pass


def named_clause_try_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
        return 9
    except E2 as e:
        try:
            x(5)
        except E1:
            t(7)
        else:
            return 6
        finally:
            pass
        return 9


def clause_try_returns_empty_finally_then_code(c, t, x, n, m):
    # depyf: could not decompile clause_try_returns_empty_finally_then_code: stack underflow
    #    110            RESUME                   0
    #   
    #    111            LOAD_CONST               1 (0)
    #                   STORE_FAST               5 (v)
    #   
    #    112            NOP
    #   
    #    113    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    124    L2:     LOAD_FAST                5 (v)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    114            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       58 (to L18)
    #                   POP_TOP
    #   
    #    115            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (2)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    116    L4:     NOP
    #   
    #    117    L5:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (5)
    #                   CALL                     1
    #                   STORE_FAST               5 (v)
    #   
    #    118            LOAD_FAST                5 (v)
    #   
    #    122    L6:     SWAP                     2
    #           L7:     POP_EXCEPT
    #                   RETURN_VALUE
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    119            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L10)
    #                   POP_TOP
    #   
    #    120            LOAD_CONST               5 (7)
    #                   STORE_FAST               5 (v)
    #           L9:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L12)
    #   
    #    119   L10:     RERAISE                  0
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    120   L12:     NOP
    #   
    #    122   L13:     JUMP_FORWARD             5 (to L16)
    #   
    #     --   L14:     PUSH_EXC_INFO
    #   
    #    122            RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    123   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (8)
    #                   CALL                     1
    #                   POP_TOP
    #          L17:     POP_EXCEPT
    #   
    #    124            LOAD_FAST                5 (v)
    #                   RETURN_VALUE
    #   
    #    114   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L19 [1] lasti
    #     L5 to L6 -> L8 [1]
    #     L6 to L7 -> L19 [1] lasti
    #     L8 to L9 -> L11 [2] lasti
    #     L9 to L10 -> L14 [1]
    #     L10 to L11 -> L11 [2] lasti
    #     L11 to L12 -> L14 [1]
    #     L13 to L14 -> L19 [1] lasti
    #     L14 to L15 -> L15 [2] lasti
    #     L15 to L17 -> L19 [1] lasti
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_try_returns_empty_finally_then_code: stack underflow')


def clause_try_else_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
        return 9
    except E1:
        try:
            x(5)
            return 6
        except E1:
            pass
        finally:
            pass
        return 9

assert run([], clause_try_returns_empty_finally) in ((None, [-1]), FELL)
assert run([1], clause_try_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2], clause_try_returns_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_returns_empty_finally) in ((None, [-1, -5]), FELL)
assert run([1, 2], clause_try_returns_empty_finally) in (('E2', [-1, -5]), FELL)
assert run([], named_clause_try_returns_empty_finally) in ((9, [-1]), FELL)
assert run([1], named_clause_try_returns_empty_finally) in (('E1', [-1]), FELL)
assert run([2], named_clause_try_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2, 1], named_clause_try_returns_empty_finally) in ((9, [-1, -5, 7]), FELL)
assert run([2, 2], named_clause_try_returns_empty_finally) in (('E2', [-1, -5]), FELL)
assert run([], clause_try_returns_empty_finally_then_code) in ((0, [-1]), FELL)
assert run([1], clause_try_returns_empty_finally_then_code) in ((None, [-1, 2, -5]), FELL)
assert run([2], clause_try_returns_empty_finally_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_returns_empty_finally_then_code) in (('E1', [-1, 2, -5]), FELL)
assert run([1, 2], clause_try_returns_empty_finally_then_code) in ((7, [-1, 2, -5, 8]), FELL)
assert run([], clause_try_else_returns_empty_finally) in ((9, [-1]), FELL)
assert run([1], clause_try_else_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2], clause_try_else_returns_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_empty_finally) in ((9, [-1, -5]), FELL)
assert run([1, 2], clause_try_else_returns_empty_finally) in (('E2', [-1, -5]), FELL)
