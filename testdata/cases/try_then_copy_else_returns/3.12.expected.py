class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

class Budget(Exception):
    pass


def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\n    every loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\n    FELL when f fell back to its disassembly (its honest raise)."
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


def then_copies_code_after_own_return(c, t, x, n, m):
    v = 0
    if c():
        try:
            if c():
                return 31
            if c():
                if not c():
                    assert False, 32
            else:
                t(33)
                return 34
        except E1:
            pass
    return v.real


def then_assert_else_returns(c, t, x, n, m):
    # depyf: could not decompile then_assert_else_returns: conditional jump out of the region at 34
    #    99           0 RESUME                   0
    #   
    #   100           2 LOAD_CONST               1 (1)
    #                 4 STORE_FAST               5 (v)
    #   
    #   101           6 NOP
    #   
    #   102           8 PUSH_NULL
    #                10 LOAD_FAST                0 (c)
    #                12 CALL                     0
    #                20 POP_JUMP_IF_FALSE       14 (to 50)
    #   
    #   103          22 PUSH_NULL
    #                24 LOAD_FAST                0 (c)
    #                26 CALL                     0
    #                34 POP_JUMP_IF_TRUE        16 (to 68)
    #                36 LOAD_ASSERTION_ERROR
    #                38 LOAD_CONST               2 (5)
    #                40 CALL                     0
    #                48 RAISE_VARARGS            1
    #   
    #   105     >>   50 PUSH_NULL
    #                52 LOAD_FAST                1 (t)
    #                54 LOAD_CONST               3 (6)
    #                56 CALL                     1
    #                64 POP_TOP
    #   
    #   106          66 RETURN_CONST             4 (7)
    #   
    #   103     >>   68 NOP
    #   
    #   109          70 LOAD_FAST                5 (v)
    #                72 LOAD_ATTR                2 (real)
    #                92 RETURN_VALUE
    #           >>   94 PUSH_EXC_INFO
    #   
    #   107          96 LOAD_GLOBAL              0 (E2)
    #               106 CHECK_EXC_MATCH
    #               108 POP_JUMP_IF_FALSE       16 (to 142)
    #               110 POP_TOP
    #   
    #   108         112 LOAD_CONST               5 (8)
    #               114 STORE_FAST               5 (v)
    #               116 POP_EXCEPT
    #   
    #   109         118 LOAD_FAST                5 (v)
    #               120 LOAD_ATTR                2 (real)
    #               140 RETURN_VALUE
    #   
    #   107     >>  142 RERAISE                  0
    #           >>  144 COPY                     3
    #               146 POP_EXCEPT
    #               148 RERAISE                  1
    #   ExceptionTable:
    #     8 to 64 -> 94 [0]
    #     94 to 114 -> 144 [1] lasti
    #     142 to 142 -> 144 [1] lasti
    raise RuntimeError('depyf: could not decompile then_assert_else_returns: conditional jump out of the region at 34')


def then_call_else_returns(c, t, x, n, m):
    v = 1
    try:
        if c():
            x(4)
        else:
            x(6)
            return 7
    except E2:
        t(8)
    return v.real


def then_call_else_returns_value(c, t, x, n, m):
    v = 1
    try:
        if c():
            x(4)
        elif c():
            t(5)
        else:
            x(6)
            return v + 7
    except E1:
        t(8)
    return v.real

assert run([], then_copies_code_after_own_return) in ((0, []), FELL)
assert run([1], then_copies_code_after_own_return) in ((34, [33]), FELL)
assert run([1, 1], then_copies_code_after_own_return) in ((31, []), FELL)
assert run([1, 0, 1], then_copies_code_after_own_return) in (('AssertionError', []), FELL)
assert run([1, 0, 1, 1], then_copies_code_after_own_return) in ((0, []), FELL)
assert run([], then_assert_else_returns) in ((7, [6]), FELL)
assert run([1], then_assert_else_returns) in (('AssertionError', []), FELL)
assert run([1, 1], then_assert_else_returns) in ((1, []), FELL)
assert run([], then_call_else_returns) in ((7, [-6]), FELL)
assert run([1], then_call_else_returns) in ((1, [-4]), FELL)
assert run([0, 1], then_call_else_returns) in (('E1', [-6]), FELL)
assert run([0, 2], then_call_else_returns) in ((1, [-6, 8]), FELL)
assert run([1, 1], then_call_else_returns) in (('E1', [-4]), FELL)
assert run([1, 2], then_call_else_returns) in ((1, [-4, 8]), FELL)
assert run([], then_call_else_returns_value) in ((8, [-6]), FELL)
assert run([1], then_call_else_returns_value) in ((1, [-4]), FELL)
assert run([0, 1], then_call_else_returns_value) in ((1, [5]), FELL)
assert run([1, 1], then_call_else_returns_value) in ((1, [-4, 8]), FELL)
assert run([1, 2], then_call_else_returns_value) in (('E2', [-4]), FELL)
assert run([0, 0, 1], then_call_else_returns_value) in ((1, [-6, 8]), FELL)
assert run([0, 0, 2], then_call_else_returns_value) in (('E2', [-6]), FELL)
