







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


def if_try_with_return_clauses_finally_else_pass_then_return(c, t, x, n, m):
    if c() or c() and c():
        try:
            with m(33) as w:
                return w, 8
        except E1:
            try:
                return x(37) or 4
            except E1:
                pass
            return 5
        finally:
            t(41)
    return E1.__name__


def if_try_with_return_clause_finally_then_return(c, t, x, n, m):
    if c():
        try:
            with m(33) as w:
                x(w)
                return 7
        except E1:
            return 9
        finally:
            t(41)
    return E2.__name__


def if_try_with_return_clause_finally_else_code_then_return(c, t, x, n, m):
    # depyf: could not decompile if_try_with_return_clause_finally_else_code_then_return: a with suppressing in the then-branch runs a copy of the code after the if at 118
    #    110            RESUME                   0
    #   
    #    111            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       38 (to L5)
    #                   NOT_TAKEN
    #   
    #    112            NOP
    #   
    #    113    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          33
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     STORE_FAST               5 (w)
    #   
    #    114            NOP
    #   
    #    113    L3:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    118    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          41
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           7
    #                   RETURN_VALUE
    #   
    #    120    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121            LOAD_GLOBAL              2 (E2)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #    113    L6:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L7)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L7:     POP_TOP
    #           L8:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #           L9:     JUMP_FORWARD            29 (to L16)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L11:     PUSH_EXC_INFO
    #   
    #    115            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    116   L12:     POP_EXCEPT
    #   
    #    118   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          41
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT           9
    #                   RETURN_VALUE
    #   
    #    115   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    113   L16:     NOP
    #   
    #    118            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          41
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    121            LOAD_GLOBAL              2 (E2)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #     --   L17:     PUSH_EXC_INFO
    #   
    #    118            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          41
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L11 [0]
    #     L2 to L3 -> L6 [2] lasti
    #     L3 to L4 -> L11 [0]
    #     L6 to L8 -> L10 [4] lasti
    #     L8 to L9 -> L11 [0]
    #     L9 to L10 -> L17 [0]
    #     L10 to L11 -> L11 [0]
    #     L11 to L12 -> L15 [1] lasti
    #     L12 to L13 -> L17 [0]
    #     L14 to L15 -> L15 [1] lasti
    #     L15 to L16 -> L17 [0]
    #     L17 to L18 -> L18 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_with_return_clause_finally_else_code_then_return: a with suppressing in the then-branch runs a copy of the code after the if at 118')

assert run([], if_try_with_return_clauses_finally_else_pass_then_return) in (('E1', []), FELL)
assert run([1], if_try_with_return_clauses_finally_else_pass_then_return) in (((33, 8), [('enter', 33), ('exit', 33, False), 41]), FELL)
assert run([], if_try_with_return_clause_finally_then_return) in (('E2', []), FELL)
assert run([1], if_try_with_return_clause_finally_then_return) in ((7, [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 1], if_try_with_return_clause_finally_then_return) in ((9, [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 2], if_try_with_return_clause_finally_then_return) in (('E2', [('enter', 33), -33, ('exit', 33, False), 41]), FELL)
assert run([1, 1, 1], if_try_with_return_clause_finally_then_return) in (('E2', [('enter', 33), -33, ('exit', 33, True), 41]), FELL)
assert run([], if_try_with_return_clause_finally_else_code_then_return) in (('E2', [5]), FELL)
assert run([1], if_try_with_return_clause_finally_else_code_then_return) in ((7, [('enter', 33), ('exit', 33, False), 41]), FELL)
