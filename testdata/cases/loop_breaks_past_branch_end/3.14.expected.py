






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


def then_else_loop_breaks_past_elif(c, t, x, n, m):
    if c():
        if c() and c():
            pass
        else:
            while True:
                if c():
                    break
    elif c() and c():
        pass
    t(43)


def then_else_loop_breaks_past_else(c, t, x, n, m):
    if c():
        if c():
            t(1)
        else:
            while True:
                if c():
                    break
                t(2)
    else:
        t(3)
    t(43)


def then_else_loop_breaks_past_elif_in_loop(c, t, x, n, m):
    for i in n():
        if c():
            if c() and c():
                t(1)
            else:
                while True:
                    if c():
                        break
        elif c():
            t(2)
        t(43)


def mapping_or_capture_case_loop_break(c, t, x, n, m):
    match {'k': n().stop}:
        case {'k': (1 | 2) as z}:
            while True:
                if c():
                    break
    t(5)


def mapping_or_capture_case_loop_break_then_if(c, t, x, n, m):
    match {'k': n().stop}:
        case {'k': (1 | 2) as z}:
            while True:
                if c():
                    break
    if c():
        if c():
            return

assert run([], then_else_loop_breaks_past_elif) in ((None, [43]), FELL)
assert run([1], then_else_loop_breaks_past_elif) in (('Budget', []), FELL)
assert run([], then_else_loop_breaks_past_else) in ((None, [3, 43]), FELL)
assert run([1], then_else_loop_breaks_past_else) in (('Budget', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]), FELL)
assert run([1, 1], then_else_loop_breaks_past_else) in ((None, [1, 43]), FELL)
assert run([1, 0, 1], then_else_loop_breaks_past_else) in ((None, [43]), FELL)
assert run([1, 0, 0, 1], then_else_loop_breaks_past_else) in ((None, [2, 43]), FELL)
assert run([1, 0, 0, 0, 1], then_else_loop_breaks_past_else) in ((None, [2, 2, 43]), FELL)
assert run([1, 0, 0, 0, 0, 1], then_else_loop_breaks_past_else) in ((None, [2, 2, 2, 43]), FELL)
assert run([], then_else_loop_breaks_past_elif_in_loop) in ((None, []), FELL)
assert run([1], then_else_loop_breaks_past_elif_in_loop) in ((None, [43]), FELL)
assert run([2], then_else_loop_breaks_past_elif_in_loop) in ((None, [43, 43]), FELL)
assert run([1, 1], then_else_loop_breaks_past_elif_in_loop) in (('Budget', []), FELL)
assert run([1, 0, 1], then_else_loop_breaks_past_elif_in_loop) in ((None, [2, 43]), FELL)
assert run([2, 0, 1], then_else_loop_breaks_past_elif_in_loop) in ((None, [2, 43, 43]), FELL)
assert run([1, 1, 1, 1], then_else_loop_breaks_past_elif_in_loop) in ((None, [1, 43]), FELL)
assert run([2, 0, 0, 1], then_else_loop_breaks_past_elif_in_loop) in (('Budget', [43]), FELL)
assert run([], mapping_or_capture_case_loop_break) in ((None, [5]), FELL)
assert run([1], mapping_or_capture_case_loop_break) in (('Budget', []), FELL)
assert run([], mapping_or_capture_case_loop_break_then_if) in ((None, []), FELL)
assert run([1], mapping_or_capture_case_loop_break_then_if) in (('Budget', []), FELL)
