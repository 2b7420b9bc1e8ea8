












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


def while_else_orphan_try_finally_then_raise(c, t, x, n, m):
    if c():
        while not c():
            try:
                t(4)
                break
            except E1:
                continue
        else:
            try:
                return 9
            except E1:
                pass
            finally:
                pass
    raise E1(15)


def for_match_mapping_rest_then_while(c, t, x, n, m):
    try:
        for i in n():
            match {'k': c() % 3}:
                case {'k': (1 | 2) as z}:
                    break
                case {**rest}:
                    pass
            while c() or c():
                pass
            else:
                pass
    except E1:
        pass
    except E2 as e:
        pass
    x(17)

import sys
VERSION = sys.version_info[:2]
assert run([1, 0], while_else_orphan_try_finally_then_raise) in (('E1', [4]), FELL)
assert run([1, 1], while_else_orphan_try_finally_then_raise) in ((9, []), FELL)
assert run([0], while_else_orphan_try_finally_then_raise) in (('E1', []), FELL)
assert run([1, 0, 1, 0, 0, 0], for_match_mapping_rest_then_while) in ((None, [-17]), FELL)
assert run([1, 1], for_match_mapping_rest_then_while) in ((None, [-17]), FELL)
assert run([0, 0], for_match_mapping_rest_then_while) in ((None, [-17]), FELL)
