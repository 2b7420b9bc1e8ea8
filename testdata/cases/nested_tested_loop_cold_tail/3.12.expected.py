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


def tested_in_tested(c, t, x, n, m):
    while c():
        while c() or c():
            try:
                x(7)
                return 11
            except E2 as e:
                pass
            t(13)


def tested_in_for(c, t, x, n, m):
    for a in n():
        while c() or c():
            try:
                x(7)
                return 11
            except E2 as e:
                pass
            t(13)


def after_statement(c, t, x, n, m):
    while c():
        t(5)
        while c() or c():
            try:
                x(7)
                return 11
            except E2 as e:
                pass
            t(13)


def empty_finally_before(c, t, x, n, m):
    while c():
        while c():
            try:
                pass
            finally:
                pass
            try:
                x(7)
                return 11
            except E2 as e:
                pass
            t(13)


def in_while_true(c, t, x, n, m):
    while True:
        if c():
            return 3
        while c():
            try:
                x(7)
                return 11
            except E2:
                pass
            t(13)


def not_ending_outer(c, t, x, n, m):
    while c():
        while c():
            try:
                x(7)
                return 11
            except E2:
                pass
            t(13)
        t(20)


def body_breaks_tail_if(c, t, x, n, m):
    while c():
        while c():
            try:
                x(7)
            except E2:
                pass
            else:
                break
            t(13)
            if c():
                t(14)


def three_deep(c, t, x, n, m):
    while c():
        while c():
            while c():
                try:
                    x(7)
                    return 2
                except E2:
                    pass
                t(13)
    return 5

assert run([], tested_in_tested) in ((None, []), FELL)
assert run([1, 1], tested_in_tested) in ((11, [-7]), FELL)
assert run([1, 1, 1], tested_in_tested) in (('E1', [-7]), FELL)
assert run([1, 1, 2], tested_in_tested) in ((None, [-7, 13]), FELL)
assert run([1, 1, 2, 1], tested_in_tested) in ((11, [-7, 13, -7]), FELL)
assert run([1, 1, 2, 1, 1], tested_in_tested) in (('E1', [-7, 13, -7]), FELL)
assert run([], tested_in_for) in ((None, []), FELL)
assert run([1, 1], tested_in_for) in ((11, [-7]), FELL)
assert run([1, 1, 1], tested_in_for) in (('E1', [-7]), FELL)
assert run([1, 1, 2], tested_in_for) in ((None, [-7, 13]), FELL)
assert run([1, 1, 2, 1], tested_in_for) in ((11, [-7, 13, -7]), FELL)
assert run([1, 1, 2, 1, 1], tested_in_for) in (('E1', [-7, 13, -7]), FELL)
assert run([], after_statement) in ((None, []), FELL)
assert run([1], after_statement) in ((None, [5]), FELL)
assert run([1, 1], after_statement) in ((11, [5, -7]), FELL)
assert run([1, 1, 1], after_statement) in (('E1', [5, -7]), FELL)
assert run([1, 1, 2], after_statement) in ((None, [5, -7, 13]), FELL)
assert run([1, 0, 0, 1], after_statement) in ((None, [5, 5]), FELL)
assert run([], empty_finally_before) in ((None, []), FELL)
assert run([1, 1], empty_finally_before) in ((11, [-7]), FELL)
assert run([1, 1, 1], empty_finally_before) in (('E1', [-7]), FELL)
assert run([1, 1, 2], empty_finally_before) in ((None, [-7, 13]), FELL)
assert run([1, 1, 2, 1], empty_finally_before) in ((11, [-7, 13, -7]), FELL)
assert run([1, 1, 2, 1, 1], empty_finally_before) in (('E1', [-7, 13, -7]), FELL)
assert run([], in_while_true) in (('Budget', []), FELL)
assert run([1], in_while_true) in ((3, []), FELL)
assert run([0, 1], in_while_true) in ((11, [-7]), FELL)
assert run([0, 1, 1], in_while_true) in (('E1', [-7]), FELL)
assert run([0, 1, 2], in_while_true) in (('Budget', [-7, 13]), FELL)
assert run([0, 1, 2, 1], in_while_true) in ((11, [-7, 13, -7]), FELL)
assert run([], not_ending_outer) in ((None, []), FELL)
assert run([1], not_ending_outer) in ((None, [20]), FELL)
assert run([1, 1], not_ending_outer) in ((11, [-7]), FELL)
assert run([1, 0, 1], not_ending_outer) in ((None, [20, 20]), FELL)
assert run([1, 1, 1], not_ending_outer) in (('E1', [-7]), FELL)
assert run([1, 1, 2], not_ending_outer) in ((None, [-7, 13, 20]), FELL)
assert run([], body_breaks_tail_if) in ((None, []), FELL)
assert run([1, 1], body_breaks_tail_if) in ((None, [-7]), FELL)
assert run([1, 1, 1], body_breaks_tail_if) in (('E1', [-7]), FELL)
assert run([1, 1, 2], body_breaks_tail_if) in ((None, [-7, 13]), FELL)
assert run([1, 1, 2, 1], body_breaks_tail_if) in ((None, [-7, 13, 14]), FELL)
assert run([1, 1, 0, 1, 1], body_breaks_tail_if) in ((None, [-7, -7]), FELL)
assert run([], three_deep) in ((5, []), FELL)
assert run([1, 1, 1], three_deep) in ((2, [-7]), FELL)
assert run([1, 1, 1, 1], three_deep) in (('E1', [-7]), FELL)
assert run([1, 1, 1, 2], three_deep) in ((5, [-7, 13]), FELL)
assert run([1, 1, 1, 2, 1], three_deep) in ((2, [-7, 13, -7]), FELL)
assert run([1, 1, 1, 2, 1, 1], three_deep) in (('E1', [-7, 13, -7]), FELL)
