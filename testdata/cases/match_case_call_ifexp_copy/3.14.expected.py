







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


def mapping_case_call_ifexp_return(c, t, x, n, m):
    v = n().stop
    n().stop
    match {'k': n().stop}:
        case {**rest}:
            t(v if c() else 57)
    return v


def mapping_case_call_ifexp_then_return(c, t, x, n, m):
    v = n().stop
    match {'k': n().stop}:
        case {'k': 1}:
            t(1 if c() else 57)
            return v
        case {**rest}:
            t(v if c() else 58)
    return v


def sequence_case_call_ifexp_then_return(c, t, x, n, m):
    v = n().stop
    match [n().stop]:
        case [0]:
            t(v if c() else 59)
    return v

assert run([], mapping_case_call_ifexp_return) in ((0, [57]), FELL)
assert run([1], mapping_case_call_ifexp_return) in ((1, [57]), FELL)
assert run([2], mapping_case_call_ifexp_return) in ((2, [57]), FELL)
assert run([0, 0, 0, 1], mapping_case_call_ifexp_return) in ((0, [0]), FELL)
assert run([1, 0, 0, 1], mapping_case_call_ifexp_return) in ((1, [1]), FELL)
assert run([2, 0, 0, 1], mapping_case_call_ifexp_return) in ((2, [2]), FELL)
assert run([], mapping_case_call_ifexp_then_return) in ((0, [58]), FELL)
assert run([1], mapping_case_call_ifexp_then_return) in ((1, [58]), FELL)
assert run([2], mapping_case_call_ifexp_then_return) in ((2, [58]), FELL)
assert run([0, 1], mapping_case_call_ifexp_then_return) in ((0, [57]), FELL)
assert run([1, 1], mapping_case_call_ifexp_then_return) in ((1, [57]), FELL)
assert run([2, 1], mapping_case_call_ifexp_then_return) in ((2, [57]), FELL)
assert run([0, 0, 1], mapping_case_call_ifexp_then_return) in ((0, [0]), FELL)
assert run([0, 1, 1], mapping_case_call_ifexp_then_return) in ((0, [1]), FELL)
assert run([], sequence_case_call_ifexp_then_return) in ((0, [59]), FELL)
assert run([1], sequence_case_call_ifexp_then_return) in ((1, [59]), FELL)
assert run([2], sequence_case_call_ifexp_then_return) in ((2, [59]), FELL)
assert run([0, 1], sequence_case_call_ifexp_then_return) in ((0, []), FELL)
assert run([1, 1], sequence_case_call_ifexp_then_return) in ((1, []), FELL)
assert run([2, 1], sequence_case_call_ifexp_then_return) in ((2, []), FELL)
assert run([0, 0, 1], sequence_case_call_ifexp_then_return) in ((0, [0]), FELL)
assert run([1, 0, 1], sequence_case_call_ifexp_then_return) in ((1, [1]), FELL)
