






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


def clause_loop_named_finally_pass(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_loop_named_finally(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                t(9)
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_loop_finally(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2:
            try:
                t(8)
            finally:
                pass
            while c():
                t(11)
    except E1:
        pass
    return x.k


def clause_named_finally_call(c, t, x, n, m):
    try:
        try:
            x(1)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            t(11)
    except E1:
        pass
    return x.k


def clause_named_loop(c, t, x, n, m):
    # depyf: could not decompile clause_named_loop: a copy of the code after a try read as a return in its body at 140
    #    148            RESUME                   0
    #   
    #    149            NOP
    #   
    #    150            NOP
    #   
    #    151    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    152    L2:     LOAD_SMALL_INT           4
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    153            LOAD_GLOBAL              0 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       53 (to L11)
    #                   NOT_TAKEN
    #                   STORE_FAST               5 (e)
    #   
    #    154    L4:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    155    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L8)
    #           L6:     NOT_TAKEN
    #   
    #    156    L7:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           23 (to L5)
    #   
    #    155    L8:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #   
    #    159    L9:     LOAD_FAST                2 (x)
    #                   LOAD_ATTR                4 (k)
    #                   RETURN_VALUE
    #   
    #     --   L10:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    153   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L13:     PUSH_EXC_INFO
    #   
    #    157            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       15 (to L15)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    158   L14:     POP_EXCEPT
    #   
    #    159            LOAD_FAST                2 (x)
    #                   LOAD_ATTR                4 (k)
    #                   RETURN_VALUE
    #   
    #    157   L15:     RERAISE                  0
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L12 [1] lasti
    #     L4 to L6 -> L10 [1] lasti
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L13 [0]
    #     L10 to L12 -> L12 [1] lasti
    #     L12 to L13 -> L13 [0]
    #     L13 to L14 -> L16 [1] lasti
    #     L15 to L16 -> L16 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_named_loop: a copy of the code after a try read as a return in its body at 140')


def clause_for_loop_named(c, t, x, n, m):
    try:
        try:
            for k in n():
                x(2)
            return 4
        except E2 as e:
            try:
                t(8)
            finally:
                pass
            while c() or c():
                t(11)
    except E1:
        pass
    return x.k

assert run([], clause_loop_named_finally_pass) in ((4, [-1]), FELL)
assert run([1], clause_loop_named_finally_pass) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_named_finally_pass) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)
assert run([], clause_loop_named_finally) in ((4, [-1]), FELL)
assert run([1], clause_loop_named_finally) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9]), FELL)
assert run([2, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11]), FELL)
assert run([2, 1, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_named_finally) in (('AttributeError', [-1, 8, 9, 11, 11, 11]), FELL)
assert run([], clause_loop_finally) in ((4, [-1]), FELL)
assert run([1], clause_loop_finally) in (('AttributeError', [-1]), FELL)
assert run([2], clause_loop_finally) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_loop_finally) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)
assert run([], clause_named_finally_call) in ((4, [-1]), FELL)
assert run([1], clause_named_finally_call) in (('AttributeError', [-1]), FELL)
assert run([2], clause_named_finally_call) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([], clause_named_loop) in ((4, [-1]), FELL)
assert run([1], clause_named_loop) in (('AttributeError', [-1]), FELL)
assert run([2], clause_named_loop) in (('AttributeError', [-1, 8]), FELL)
assert run([2, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11]), FELL)
assert run([2, 1, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11, 11]), FELL)
assert run([2, 1, 1, 1], clause_named_loop) in (('AttributeError', [-1, 8, 11, 11, 11]), FELL)
assert run([], clause_for_loop_named) in ((4, []), FELL)
assert run([1], clause_for_loop_named) in ((4, [-2]), FELL)
assert run([2], clause_for_loop_named) in ((4, [-2, -2]), FELL)
assert run([1, 1], clause_for_loop_named) in (('AttributeError', [-2]), FELL)
assert run([1, 2], clause_for_loop_named) in (('AttributeError', [-2, 8]), FELL)
assert run([1, 2, 1], clause_for_loop_named) in (('AttributeError', [-2, 8, 11]), FELL)
