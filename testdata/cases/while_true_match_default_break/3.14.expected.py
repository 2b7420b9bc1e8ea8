






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


def while_true_match_guard_pass_default_break(c, t, x, n, m):
    while True:
        match len(n()) % 3, c() == 1:
            case [z, False] if z:
                t(z)
            case _:
                break


def while_true_match_cases_default_break_then_code(c, t, x, n, m):
    # depyf: could not decompile while_true_match_cases_default_break_then_code: unrecognised match guard
    #    88           RESUME                   0
    #   
    #    89   L1:     NOP
    #   
    #    90           LOAD_GLOBAL              1 (len + NULL)
    #                 LOAD_FAST_BORROW         3 (n)
    #                 PUSH_NULL
    #                 CALL                     0
    #                 CALL                     1
    #   
    #    91           COPY                     1
    #                 LOAD_SMALL_INT           0
    #                 COMPARE_OP              88 (bool(==))
    #                 POP_JUMP_IF_FALSE       12 (to L2)
    #                 NOT_TAKEN
    #   
    #    92           POP_TOP
    #                 LOAD_FAST_BORROW         1 (t)
    #                 PUSH_NULL
    #                 LOAD_SMALL_INT           1
    #                 CALL                     1
    #                 POP_TOP
    #                 JUMP_BACKWARD           34 (to L1)
    #   
    #    93   L2:     LOAD_SMALL_INT           1
    #                 COMPARE_OP              88 (bool(==))
    #                 POP_JUMP_IF_FALSE       24 (to L3)
    #                 NOT_TAKEN
    #                 LOAD_FAST_BORROW         0 (c)
    #                 PUSH_NULL
    #                 CALL                     0
    #                 TO_BOOL
    #                 POP_JUMP_IF_FALSE       11 (to L3)
    #                 NOT_TAKEN
    #   
    #    94           LOAD_FAST_BORROW         1 (t)
    #                 PUSH_NULL
    #                 LOAD_SMALL_INT           2
    #                 CALL                     1
    #                 POP_TOP
    #                 JUMP_BACKWARD           63 (to L1)
    #   
    #    95   L3:     NOP
    #   
    #    96           NOP
    #   
    #    97           LOAD_FAST                1 (t)
    #                 PUSH_NULL
    #                 LOAD_SMALL_INT           3
    #                 CALL                     1
    #                 RETURN_VALUE
    raise RuntimeError('depyf: could not decompile while_true_match_cases_default_break_then_code: unrecognised match guard')


def orphan_try_then_while_true_match_default_break(c, t, x, n, m):
    try:
        pass
    except E2 as e:
        pass
    while True:
        try:
            pass
        except E2 as e:
            continue
        match len(n()) % 3, c() == 1:
            case [z, False] if z:
                t(z)
            case _:
                break

assert run([], while_true_match_guard_pass_default_break) in ((None, []), FELL)
assert run([1], while_true_match_guard_pass_default_break) in ((None, [1]), FELL)
assert run([2], while_true_match_guard_pass_default_break) in ((None, [2]), FELL)
assert run([1, 0, 1], while_true_match_guard_pass_default_break) in ((None, [1, 1]), FELL)
assert run([1, 0, 2], while_true_match_guard_pass_default_break) in ((None, [1, 2]), FELL)
assert run([2, 0, 1], while_true_match_guard_pass_default_break) in ((None, [2, 1]), FELL)
assert run([2, 0, 2], while_true_match_guard_pass_default_break) in ((None, [2, 2]), FELL)
assert run([1, 0, 1, 0, 1], while_true_match_guard_pass_default_break) in ((None, [1, 1, 1]), FELL)
assert run([1, 0, 1, 0, 2], while_true_match_guard_pass_default_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 0, 2, 0, 1], while_true_match_guard_pass_default_break) in ((None, [1, 2, 1]), FELL)
assert run([1, 0, 2, 0, 2], while_true_match_guard_pass_default_break) in ((None, [1, 2, 2]), FELL)
assert run([2, 0, 1, 0, 1], while_true_match_guard_pass_default_break) in ((None, [2, 1, 1]), FELL)
assert run([1], while_true_match_cases_default_break_then_code) in ((None, [3]), FELL)
assert run([0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 3]), FELL)
assert run([0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 3]), FELL)
assert run([1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 3]), FELL)
assert run([0, 0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 1, 3]), FELL)
assert run([0, 1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 2, 3]), FELL)
assert run([1, 1, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 1, 3]), FELL)
assert run([0, 0, 0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 1, 1, 3]), FELL)
assert run([0, 0, 1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 1, 2, 3]), FELL)
assert run([0, 1, 1, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [1, 2, 1, 3]), FELL)
assert run([1, 1, 0, 0, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 1, 1, 3]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_cases_default_break_then_code) in ((None, [2, 2, 3]), FELL)
assert run([], orphan_try_then_while_true_match_default_break) in ((None, []), FELL)
assert run([1], orphan_try_then_while_true_match_default_break) in ((None, [1]), FELL)
assert run([2], orphan_try_then_while_true_match_default_break) in ((None, [2]), FELL)
assert run([1, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [1, 1]), FELL)
assert run([1, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [1, 2]), FELL)
assert run([2, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [2, 1]), FELL)
assert run([2, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [2, 2]), FELL)
assert run([1, 0, 1, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [1, 1, 1]), FELL)
assert run([1, 0, 1, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [1, 1, 2]), FELL)
assert run([1, 0, 2, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [1, 2, 1]), FELL)
assert run([1, 0, 2, 0, 2], orphan_try_then_while_true_match_default_break) in ((None, [1, 2, 2]), FELL)
assert run([2, 0, 1, 0, 1], orphan_try_then_while_true_match_default_break) in ((None, [2, 1, 1]), FELL)
