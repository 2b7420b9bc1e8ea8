






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


def or_capture_case_while_true_break(c, t, x, n, m):
    match n().stop:
        case (1 | 2) as z:
            while True:
                if c():
                    break
    t(5)


def or_capture_case_while_true_break_in_for(c, t, x, n, m):
    for i in n():
        match n().stop:
            case (1 | 2) as z:
                while True:
                    if c():
                        break
                    t(3)
        t(5)


def nested_match_case_while_true_break(c, t, x, n, m):
    match n().stop, c():
        case [1, _] | [2, True]:
            match [i for i in n()]:
                case [0]:
                    while True:
                        if c():
                            break
                case [*_]:
                    pass
            (n().stop, c())
            return


def or_capture_case_while_true_break_in_finally_try(c, t, x, n, m):
    # depyf: could not decompile or_capture_case_while_true_break_in_finally_try: a jump leaves the loop past its exit at 100
    #    116            RESUME                   0
    #   
    #    117            NOP
    #   
    #    118    L1:     LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_ATTR                0 (stop)
    #   
    #    119            COPY                     1
    #                   COPY                     1
    #                   LOAD_CONST               1 (1)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        1 (to L2)
    #                   JUMP_FORWARD             9 (to L4)
    #           L2:     COPY                     1
    #                   LOAD_CONST               2 (2)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        1 (to L3)
    #                   JUMP_FORWARD             2 (to L4)
    #           L3:     POP_TOP
    #                   JUMP_FORWARD            18 (to L7)
    #           L4:     POP_TOP
    #                   STORE_FAST               5 (z)
    #   
    #    120            NOP
    #   
    #    121    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L6)
    #   
    #    122            JUMP_FORWARD             3 (to L8)
    #   
    #    120    L6:     JUMP_BACKWARD           15 (to L5)
    #   
    #    119    L7:     POP_TOP
    #   
    #    124    L8:     NOP
    #   
    #    125            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L9:     FOR_ITER                 3 (to L10)
    #                   STORE_FAST               6 (i)
    #   
    #    126            JUMP_BACKWARD            5 (to L9)
    #   
    #    125   L10:     END_FOR
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #    124            RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L8 -> L11 [0]
    #     L11 to L12 -> L12 [1] lasti
    raise RuntimeError('depyf: could not decompile or_capture_case_while_true_break_in_finally_try: a jump leaves the loop past its exit at 100')


def or_capture_case_while_true_break_return(c, t, x, n, m):
    match n().stop:
        case (1 | 2) as z:
            while True:
                if c():
                    return 5
                if c():
                    return 4
    return 5

assert run([], or_capture_case_while_true_break) in ((None, [5]), FELL)
assert run([1], or_capture_case_while_true_break) in (('Budget', []), FELL)
assert run([], or_capture_case_while_true_break_in_for) in ((None, []), FELL)
assert run([1], or_capture_case_while_true_break_in_for) in ((None, [5]), FELL)
assert run([2], or_capture_case_while_true_break_in_for) in ((None, [5, 5]), FELL)
assert run([1, 1], or_capture_case_while_true_break_in_for) in (('Budget', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([2, 0, 1], or_capture_case_while_true_break_in_for) in (('Budget', [5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([1, 1, 0, 1], or_capture_case_while_true_break_in_for) in ((None, [3, 5]), FELL)
assert run([2, 1, 0, 1], or_capture_case_while_true_break_in_for) in ((None, [3, 5, 5]), FELL)
assert run([2, 1, 1, 1], or_capture_case_while_true_break_in_for) in (('Budget', [5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), FELL)
assert run([], nested_match_case_while_true_break) in ((None, []), FELL)
assert run([1, 0, 1], nested_match_case_while_true_break) in (('Budget', []), FELL)
assert run([], or_capture_case_while_true_break_in_finally_try) in ((None, []), FELL)
assert run([1], or_capture_case_while_true_break_in_finally_try) in (('Budget', []), FELL)
assert run([], or_capture_case_while_true_break_return) in ((5, []), FELL)
assert run([1], or_capture_case_while_true_break_return) in (('Budget', []), FELL)
assert run([1, 0, 1], or_capture_case_while_true_break_return) in ((4, []), FELL)
