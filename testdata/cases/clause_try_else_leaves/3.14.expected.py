






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


def clause_try_else_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                t(6)
                break
        t(11)
    t(12)


def clause_try_else_break_finally(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                t(6)
                break
        finally:
            t(9)
        t(11)
    t(12)


def clause_try_else_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E2:
                t(5)
            else:
                t(6)
                continue
        t(11)
    return 12


def named_clause_try_else_break(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1 as e:
            try:
                x(4)
            except E1:
                t(5)
            except E2:
                t(7)
            else:
                t(6)
                break
        t(11)
    t(12)


def clause_try_else_return(c, t, x, n, m):
    # depyf: could not decompile clause_try_else_return: code copied after POP_EXCEPT in a branch of an except clause at 124
    #    149            RESUME                   0
    #   
    #    150            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                20 (to L4)
    #                   STORE_FAST               5 (i)
    #   
    #    151            NOP
    #   
    #    152    L2:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    160    L3:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           22 (to L1)
    #   
    #    150    L4:     END_FOR
    #                   POP_ITER
    #   
    #    161            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    153            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    154    L6:     NOP
    #   
    #    155    L7:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    159    L8:     POP_EXCEPT
    #                   POP_TOP
    #                   LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #     --    L9:     PUSH_EXC_INFO
    #   
    #    156            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    157            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     POP_EXCEPT
    #          L11:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 68 (to L3)
    #   
    #    156   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    153   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L5 [1]
    #     L5 to L6 -> L15 [2] lasti
    #     L7 to L8 -> L9 [2]
    #     L9 to L10 -> L13 [3] lasti
    #     L10 to L11 -> L15 [2] lasti
    #     L12 to L13 -> L13 [3] lasti
    #     L13 to L15 -> L15 [2] lasti
    raise RuntimeError('depyf: could not decompile clause_try_else_return: code copied after POP_EXCEPT in a branch of an except clause at 124')


def clause_try_else_if_break(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E1:
            try:
                x(4)
            except E1:
                t(5)
            else:
                if c():
                    break
                t(6)
        t(11)
    t(12)

assert run([], clause_try_else_break) in ((None, [12]), FELL)
assert run([1], clause_try_else_break) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_break) in ((None, [-1, -4, 6, 12]), FELL)
assert run([1, 2], clause_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_break) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_break_finally) in ((None, [12]), FELL)
assert run([1], clause_try_else_break_finally) in ((None, [-1, 9, 11, 12]), FELL)
assert run([2], clause_try_else_break_finally) in ((None, [-1, 9, 11, -1, 9, 11, 12]), FELL)
assert run([1, 1], clause_try_else_break_finally) in ((None, [-1, -4, 6, 9, 12]), FELL)
assert run([1, 2], clause_try_else_break_finally) in (('E2', [-1, 9]), FELL)
assert run([1, 1, 1], clause_try_else_break_finally) in ((None, [-1, -4, 5, 9, 11, 12]), FELL)
assert run([], clause_try_else_continue) in ((12, []), FELL)
assert run([1], clause_try_else_continue) in ((12, [-1, 11]), FELL)
assert run([2], clause_try_else_continue) in ((12, [-1, 11, -1, 11]), FELL)
assert run([1, 1], clause_try_else_continue) in ((12, [-1, -4, 6]), FELL)
assert run([1, 2], clause_try_else_continue) in (('E2', [-1]), FELL)
assert run([2, 1], clause_try_else_continue) in ((12, [-1, -4, 6, -1, 11]), FELL)
assert run([], named_clause_try_else_break) in ((None, [12]), FELL)
assert run([1], named_clause_try_else_break) in ((None, [-1, 11, 12]), FELL)
assert run([1, 1], named_clause_try_else_break) in ((None, [-1, -4, 6, 12]), FELL)
assert run([1, 2], named_clause_try_else_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], named_clause_try_else_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1, 1], named_clause_try_else_break) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_return) in ((None, [12]), FELL)
assert run([1], clause_try_else_return) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_return) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_return) in ((6, [-1, -4]), FELL)
assert run([1, 2], clause_try_else_return) in (('E2', [-1]), FELL)
assert run([1, 1, 1], clause_try_else_return) in ((None, [-1, -4, 5, 11, 12]), FELL)
assert run([], clause_try_else_if_break) in ((None, [12]), FELL)
assert run([1], clause_try_else_if_break) in ((None, [-1, 11, 12]), FELL)
assert run([2], clause_try_else_if_break) in ((None, [-1, 11, -1, 11, 12]), FELL)
assert run([1, 1], clause_try_else_if_break) in ((None, [-1, -4, 6, 11, 12]), FELL)
assert run([1, 2], clause_try_else_if_break) in (('E2', [-1]), FELL)
assert run([2, 1], clause_try_else_if_break) in ((None, [-1, -4, 6, 11, -1, 11, 12]), FELL)
