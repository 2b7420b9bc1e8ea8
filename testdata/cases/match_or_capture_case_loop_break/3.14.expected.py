






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
    try:
        match n().stop:
            case (1 | 2) as z:
                while True:
                    if c():
                        break
    finally:
        pass
    for i in n():
        pass


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
