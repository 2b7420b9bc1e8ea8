









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


def for_else_cold_clause_break(c, t, x, n, m):
    while c():
        for i in n():
            try:
                raise E1(i)
            except E1:
                pass
            try:
                t(75)
                x(2)
            except E2 as e:
                break
        else:
            return 86
    return 90


def for_else_cold_clause_break_unnamed(c, t, x, n, m):
    while c():
        t(3)
        for i in n():
            try:
                raise E1(i)
            except E1:
                t(5)
            try:
                x(2)
            except E2:
                break
        else:
            t(8)
            return 86
    return 90


def for_else_falls_off_cold_break(c, t, x, n, m):
    while c():
        for i in n():
            try:
                raise E1(i)
            except E1:
                pass
            try:
                x(2)
            except E2:
                break
        else:
            t(8)
    return 90


def for_else_cold_break_in_if(c, t, x, n, m):
    while c():
        for i in n():
            try:
                raise E1(i)
            except E1:
                pass
            if not c():
                continue
            try:
                x(2)
            except E2:
                break
        else:
            return 86
    return 90


def for_else_clause_break_after_orphan(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    while c():
        for i in n():
            try:
                raise E1(72)
            except E1:
                pass
            try:
                t(75)
            except E2 as e:
                break
        else:
            return 86

assert run([], for_else_cold_clause_break) in ((90, []), FELL)
assert run([1], for_else_cold_clause_break) in ((86, []), FELL)
assert run([1, 1], for_else_cold_clause_break) in ((86, [75, -2]), FELL)
assert run([1, 2], for_else_cold_clause_break) in ((86, [75, -2, 75, -2]), FELL)
assert run([1, 1, 1], for_else_cold_clause_break) in (('E1', [75, -2]), FELL)
assert run([1, 1, 2], for_else_cold_clause_break) in ((90, [75, -2]), FELL)
assert run([1, 2, 0, 1], for_else_cold_clause_break) in (('E1', [75, -2, 75, -2]), FELL)
assert run([1, 2, 0, 2], for_else_cold_clause_break) in ((90, [75, -2, 75, -2]), FELL)
assert run([], for_else_cold_clause_break_unnamed) in ((90, []), FELL)
assert run([1], for_else_cold_clause_break_unnamed) in ((86, [3, 8]), FELL)
assert run([1, 1], for_else_cold_clause_break_unnamed) in ((86, [3, 5, -2, 8]), FELL)
assert run([1, 2], for_else_cold_clause_break_unnamed) in ((86, [3, 5, -2, 5, -2, 8]), FELL)
assert run([1, 1, 1], for_else_cold_clause_break_unnamed) in (('E1', [3, 5, -2]), FELL)
assert run([1, 1, 2], for_else_cold_clause_break_unnamed) in ((90, [3, 5, -2]), FELL)
assert run([1, 1, 2, 1], for_else_cold_clause_break_unnamed) in ((86, [3, 5, -2, 3, 8]), FELL)
assert run([1, 2, 0, 1], for_else_cold_clause_break_unnamed) in (('E1', [3, 5, -2, 5, -2]), FELL)
assert run([], for_else_falls_off_cold_break) in ((90, []), FELL)
assert run([1], for_else_falls_off_cold_break) in ((90, [8]), FELL)
assert run([1, 1], for_else_falls_off_cold_break) in ((90, [-2, 8]), FELL)
assert run([1, 2], for_else_falls_off_cold_break) in ((90, [-2, -2, 8]), FELL)
assert run([1, 0, 1], for_else_falls_off_cold_break) in ((90, [8, 8]), FELL)
assert run([1, 1, 1], for_else_falls_off_cold_break) in (('E1', [-2]), FELL)
assert run([1, 1, 2], for_else_falls_off_cold_break) in ((90, [-2]), FELL)
assert run([1, 0, 1, 1], for_else_falls_off_cold_break) in ((90, [8, -2, 8]), FELL)
assert run([], for_else_cold_break_in_if) in ((90, []), FELL)
assert run([1], for_else_cold_break_in_if) in ((86, []), FELL)
assert run([1, 1, 1], for_else_cold_break_in_if) in ((86, [-2]), FELL)
assert run([1, 1, 1, 1], for_else_cold_break_in_if) in (('E1', [-2]), FELL)
assert run([1, 1, 1, 2], for_else_cold_break_in_if) in ((90, [-2]), FELL)
assert run([1, 2, 1, 0, 1], for_else_cold_break_in_if) in ((86, [-2, -2]), FELL)
assert run([1, 2, 1, 0, 1, 1], for_else_cold_break_in_if) in (('E1', [-2, -2]), FELL)
assert run([1, 2, 1, 0, 1, 2], for_else_cold_break_in_if) in ((90, [-2, -2]), FELL)
assert run([], for_else_clause_break_after_orphan) in ((None, []), FELL)
assert run([1], for_else_clause_break_after_orphan) in ((86, []), FELL)
assert run([1, 1], for_else_clause_break_after_orphan) in ((86, [75]), FELL)
assert run([1, 2], for_else_clause_break_after_orphan) in ((86, [75, 75]), FELL)
