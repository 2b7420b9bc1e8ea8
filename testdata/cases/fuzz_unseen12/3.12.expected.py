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


def if_pass_else_call_clause_try_for_return(c, t, x, n, m):
    try:
        if c():
            return None
        x(9)
    except E1:
        try:
            for k in n():
                return 10
        except E1:
            pass


def try_match_guard_default_while_return(c, t, x, n, m):
    # depyf: could not decompile try_match_guard_default_while_return: try body reads the code past its end, read again as its else, at 66
    #    98           0 RESUME                   0
    #   
    #    99           2 NOP
    #   
    #   100           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 LOAD_CONST               1 (5)
    #                18 BINARY_OP                6 (%)
    #   
    #   101          22 COPY                     1
    #                24 LOAD_CONST               2 (0)
    #                26 COMPARE_OP              40 (==)
    #                30 POP_JUMP_IF_FALSE        2 (to 36)
    #                32 POP_TOP
    #   
    #   102          34 RETURN_CONST             0 (None)
    #   
    #   103     >>   36 STORE_FAST               5 (z)
    #                38 LOAD_FAST                5 (z)
    #                40 LOAD_CONST               3 (3)
    #                42 COMPARE_OP              68 (>)
    #                46 POP_JUMP_IF_FALSE        1 (to 50)
    #   
    #   104          48 RETURN_CONST             0 (None)
    #   
    #   105     >>   50 NOP
    #   
    #   106          52 PUSH_NULL
    #                54 LOAD_FAST                0 (c)
    #                56 CALL                     0
    #                64 POP_JUMP_IF_TRUE         1 (to 68)
    #   
    #   107          66 RETURN_CONST             4 (12)
    #   
    #   106     >>   68 RETURN_CONST             0 (None)
    #           >>   70 PUSH_EXC_INFO
    #   
    #   108          72 LOAD_GLOBAL              0 (E1)
    #                82 CHECK_EXC_MATCH
    #                84 POP_JUMP_IF_FALSE        3 (to 92)
    #                86 POP_TOP
    #   
    #   109          88 POP_EXCEPT
    #                90 RETURN_CONST             0 (None)
    #   
    #   108     >>   92 RERAISE                  0
    #           >>   94 COPY                     3
    #                96 POP_EXCEPT
    #                98 RERAISE                  1
    #   ExceptionTable:
    #     4 to 32 -> 70 [0]
    #     36 to 46 -> 70 [0]
    #     50 to 64 -> 70 [0]
    #     70 to 86 -> 94 [1] lasti
    #     92 to 92 -> 94 [1] lasti
    raise RuntimeError('depyf: could not decompile try_match_guard_default_while_return: try body reads the code past its end, read again as its else, at 66')


def try_for_return_then_code(c, t, x, n, m):
    try:
        for k in n():
            return 10
    except E1:
        t(1)
    t(2)


def loop_clause_try_for_return_else(c, t, x, n, m):
    while c():
        try:
            x(1)
        except E1:
            try:
                for k in n():
                    x(2)
                    return k
            except E2:
                t(3)
            else:
                t(4)
        t(5)


def try_if_while_return_else_code(c, t, x, n, m):
    try:
        if c():
            t(1)
        elif not c():
            return 12
    except E1:
        t(2)
    else:
        t(3)
    t(4)

assert run([], if_pass_else_call_clause_try_for_return) in ((None, [-9]), FELL)
assert run([1], if_pass_else_call_clause_try_for_return) in ((None, []), FELL)
assert run([0, 2], if_pass_else_call_clause_try_for_return) in (('E2', [-9]), FELL)
assert run([0, 1, 1], if_pass_else_call_clause_try_for_return) in ((10, [-9]), FELL)
assert run([2], if_pass_else_call_clause_try_for_return) in ((None, []), FELL)
assert run([3], if_pass_else_call_clause_try_for_return) in ((None, []), FELL)
assert run([0, 1, 2], if_pass_else_call_clause_try_for_return) in ((10, [-9]), FELL)
assert run([0, 1, 3], if_pass_else_call_clause_try_for_return) in ((10, [-9]), FELL)
assert run([], try_match_guard_default_while_return) in ((None, []), FELL)
assert run([1], try_match_guard_default_while_return) in ((12, []), FELL)
assert run([2], try_match_guard_default_while_return) in ((12, []), FELL)
assert run([3], try_match_guard_default_while_return) in ((12, []), FELL)
assert run([], try_for_return_then_code) in ((None, [2]), FELL)
assert run([1], try_for_return_then_code) in ((10, []), FELL)
assert run([2], try_for_return_then_code) in ((10, []), FELL)
assert run([3], try_for_return_then_code) in ((10, []), FELL)
assert run([], loop_clause_try_for_return_else) in ((None, []), FELL)
assert run([1], loop_clause_try_for_return_else) in ((None, [-1, 5]), FELL)
assert run([1, 1], loop_clause_try_for_return_else) in ((None, [-1, 4, 5]), FELL)
assert run([1, 2], loop_clause_try_for_return_else) in (('E2', [-1]), FELL)
assert run([1, 0, 1], loop_clause_try_for_return_else) in ((None, [-1, 5, -1, 5]), FELL)
assert run([1, 1, 1], loop_clause_try_for_return_else) in ((0, [-1, -2]), FELL)
assert run([1, 0, 1, 1], loop_clause_try_for_return_else) in ((None, [-1, 5, -1, 4, 5]), FELL)
assert run([1, 0, 1, 2], loop_clause_try_for_return_else) in (('E2', [-1, 5, -1]), FELL)
assert run([1, 1, 0, 1], loop_clause_try_for_return_else) in ((None, [-1, 4, 5, -1, 5]), FELL)
assert run([1, 1, 1, 1], loop_clause_try_for_return_else) in (('E1', [-1, -2]), FELL)
assert run([], try_if_while_return_else_code) in ((12, []), FELL)
assert run([1], try_if_while_return_else_code) in ((None, [1, 3, 4]), FELL)
assert run([0, 1], try_if_while_return_else_code) in ((None, [3, 4]), FELL)
assert run([2], try_if_while_return_else_code) in ((None, [1, 3, 4]), FELL)
assert run([3], try_if_while_return_else_code) in ((None, [1, 3, 4]), FELL)
assert run([0, 2], try_if_while_return_else_code) in ((None, [3, 4]), FELL)
assert run([0, 3], try_if_while_return_else_code) in ((None, [3, 4]), FELL)
