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
    # depyf: could not decompile or_capture_case_while_true_break_in_finally_try: a jump leaves the loop past its exit at 86
    #   116           0 RESUME                   0
    #   
    #   117           2 NOP
    #   
    #   118           4 PUSH_NULL
    #                 6 LOAD_FAST                3 (n)
    #                 8 CALL                     0
    #                16 LOAD_ATTR                0 (stop)
    #   
    #   119          36 COPY                     1
    #                38 COPY                     1
    #                40 LOAD_CONST               1 (1)
    #                42 COMPARE_OP              40 (==)
    #                46 POP_JUMP_IF_FALSE        1 (to 50)
    #                48 JUMP_FORWARD             8 (to 66)
    #           >>   50 COPY                     1
    #                52 LOAD_CONST               2 (2)
    #                54 COMPARE_OP              40 (==)
    #                58 POP_JUMP_IF_FALSE        1 (to 62)
    #                60 JUMP_FORWARD             2 (to 66)
    #           >>   62 POP_TOP
    #                64 JUMP_FORWARD            12 (to 90)
    #           >>   66 POP_TOP
    #                68 STORE_FAST               5 (z)
    #   
    #   120          70 NOP
    #   
    #   121     >>   72 PUSH_NULL
    #                74 LOAD_FAST                0 (c)
    #                76 CALL                     0
    #                84 POP_JUMP_IF_FALSE        1 (to 88)
    #   
    #   122          86 JUMP_FORWARD             2 (to 92)
    #   
    #   120     >>   88 JUMP_BACKWARD            9 (to 72)
    #   
    #   119     >>   90 POP_TOP
    #   
    #   124     >>   92 NOP
    #   
    #   125          94 PUSH_NULL
    #                96 LOAD_FAST                3 (n)
    #                98 CALL                     0
    #               106 GET_ITER
    #           >>  108 FOR_ITER                 2 (to 116)
    #               112 STORE_FAST               6 (i)
    #   
    #   126         114 JUMP_BACKWARD            4 (to 108)
    #   
    #   125     >>  116 END_FOR
    #               118 RETURN_CONST             0 (None)
    #           >>  120 PUSH_EXC_INFO
    #   
    #   124         122 RERAISE                  0
    #           >>  124 COPY                     3
    #               126 POP_EXCEPT
    #               128 RERAISE                  1
    #   ExceptionTable:
    #     4 to 90 -> 120 [0]
    #     120 to 122 -> 124 [1] lasti
    raise RuntimeError('depyf: could not decompile or_capture_case_while_true_break_in_finally_try: a jump leaves the loop past its exit at 86')


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
