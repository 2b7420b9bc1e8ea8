








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


def reduced(c, t, x, n, m):
    for k in n():
        try:
            t(39)
            break
        except E2 as e:
            pass
        x(46)
        return 47
    t(48)


def continues(c, t, x, n, m):
    for k in n():
        try:
            x(39)
            continue
        except E2:
            t(1)
        x(46)
        return 47
    t(48)


def while_breaks(c, t, x, n, m):
    # depyf: could not decompile while_breaks: then-branch both falls into and jumps past 48
    #    107           RESUME                   0
    #   
    #    108           LOAD_FAST_BORROW         0 (c)
    #                  PUSH_NULL
    #                  CALL                     0
    #                  TO_BOOL
    #                  POP_JUMP_IF_FALSE       11 (to L3)
    #                  NOT_TAKEN
    #   
    #    109           NOP
    #   
    #    110   L1:     LOAD_FAST_BORROW         2 (x)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT          39
    #                  CALL                     1
    #                  POP_TOP
    #   
    #    111   L2:     NOP
    #   
    #    116   L3:     LOAD_FAST_BORROW         1 (t)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT          48
    #                  CALL                     1
    #                  POP_TOP
    #                  LOAD_CONST               1 (None)
    #                  RETURN_VALUE
    #   
    #     --   L4:     PUSH_EXC_INFO
    #   
    #    112           LOAD_GLOBAL              0 (E2)
    #                  CHECK_EXC_MATCH
    #                  POP_JUMP_IF_FALSE        4 (to L6)
    #                  NOT_TAKEN
    #                  POP_TOP
    #   
    #    113   L5:     POP_EXCEPT
    #                  JUMP_FORWARD             4 (to L8)
    #   
    #    112   L6:     RERAISE                  0
    #   
    #     --   L7:     COPY                     3
    #                  POP_EXCEPT
    #                  RERAISE                  1
    #   
    #    114   L8:     LOAD_FAST                2 (x)
    #                  PUSH_NULL
    #                  LOAD_SMALL_INT          46
    #                  CALL                     1
    #                  POP_TOP
    #   
    #    115           LOAD_SMALL_INT          47
    #                  RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L4 [0]
    #     L4 to L5 -> L7 [1] lasti
    #     L6 to L7 -> L7 [1] lasti
    raise RuntimeError('depyf: could not decompile while_breaks: then-branch both falls into and jumps past 48')


def two_clauses(c, t, x, n, m):
    for k in n():
        try:
            x(39)
            break
        except E1:
            t(2)
        except E2:
            t(3)
        x(46)
        if c():
            return 47
    t(48)

assert run([], reduced) in ((None, [48]), FELL)
assert run([1], reduced) in ((None, [39, 48]), FELL)
assert run([], continues) in ((None, [48]), FELL)
assert run([1], continues) in ((None, [-39, 48]), FELL)
assert run([2], continues) in ((None, [-39, -39, 48]), FELL)
assert run([1, 1], continues) in (('E1', [-39]), FELL)
assert run([1, 2], continues) in ((47, [-39, 1, -46]), FELL)
assert run([1, 2, 1], continues) in (('E1', [-39, 1, -46]), FELL)
assert run([], while_breaks) in ((None, [48]), FELL)
assert run([1], while_breaks) in ((None, [-39, 48]), FELL)
assert run([1, 1], while_breaks) in (('E1', [-39]), FELL)
assert run([1, 2], while_breaks) in ((47, [-39, -46]), FELL)
assert run([1, 2, 1], while_breaks) in (('E1', [-39, -46]), FELL)
assert run([1, 2, 2], while_breaks) in (('E2', [-39, -46]), FELL)
assert run([], two_clauses) in ((None, [48]), FELL)
assert run([1], two_clauses) in ((None, [-39, 48]), FELL)
assert run([1, 1], two_clauses) in ((None, [-39, 2, -46, 48]), FELL)
assert run([1, 2], two_clauses) in ((None, [-39, 3, -46, 48]), FELL)
assert run([2, 1], two_clauses) in ((None, [-39, 2, -46, -39, 48]), FELL)
assert run([2, 2], two_clauses) in ((None, [-39, 3, -46, -39, 48]), FELL)
