












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


def while_true_clause_hop_finally(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(2)
            return 3
        except E1:
            t(5)
        finally:
            pass
    t(9)
    return 10


def while_true_clause_hop_finally_orphan(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(2)
            return 3
        except E1:
            try:
                pass
            finally:
                pass
        finally:
            pass
    while c():
        t(11)
    return 12


def while_true_named_clause_hop_finally(c, t, x, n, m):
    v = 0
    while True:
        if c():
            return v
        try:
            v += 1
            x(2)
            return v
        except E2 as e:
            t(5)
        finally:
            pass


def while_true_clause_hop_finally_two_clauses(c, t, x, n, m):
    while True:
        if c():
            return 10
        t(1)
        try:
            x(2)
            return 3
        except E1:
            t(5)
        except E2:
            t(6)
        finally:
            pass


def while_true_clause_hop_finally_body(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(2)
            return 3
        except E1:
            t(5)
        finally:
            t(11)
    while c():
        t(12)
    return 13


def while_true_clause_hop_finally_body_orphan(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(2)
            return 3
        except E1:
            try:
                pass
            finally:
                pass
        finally:
            t(11)
    while c():
        pass

assert run([], while_true_clause_hop_finally) in ((3, [-2]), FELL)
assert run([1], while_true_clause_hop_finally) in ((10, [9]), FELL)
assert run([0, 1], while_true_clause_hop_finally) in ((3, [-2, 5, -2]), FELL)
assert run([0, 2], while_true_clause_hop_finally) in (('E2', [-2]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally) in ((10, [-2, 5, 9]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally) in ((3, [-2, 5, -2, 5, -2]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally) in (('E2', [-2, 5, -2]), FELL)
assert run([0, 1, 0, 1, 1], while_true_clause_hop_finally) in ((10, [-2, 5, -2, 5, 9]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_clause_hop_finally) in ((3, [-2, 5, -2, 5, -2, 5, -2]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_clause_hop_finally) in (('E2', [-2, 5, -2, 5, -2]), FELL)
assert run([], while_true_clause_hop_finally_orphan) in ((3, [-2]), FELL)
assert run([1], while_true_clause_hop_finally_orphan) in ((12, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_orphan) in ((3, [-2, -2]), FELL)
assert run([0, 2], while_true_clause_hop_finally_orphan) in (('E2', [-2]), FELL)
assert run([1, 1], while_true_clause_hop_finally_orphan) in ((12, [11]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_orphan) in ((12, [-2]), FELL)
assert run([1, 1, 1], while_true_clause_hop_finally_orphan) in ((12, [11, 11]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_orphan) in ((3, [-2, -2, -2]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_orphan) in (('E2', [-2, -2]), FELL)
assert run([0, 1, 1, 1], while_true_clause_hop_finally_orphan) in ((12, [-2, 11]), FELL)
assert run([], while_true_named_clause_hop_finally) in ((1, [-2]), FELL)
assert run([1], while_true_named_clause_hop_finally) in ((0, []), FELL)
assert run([0, 1], while_true_named_clause_hop_finally) in (('E1', [-2]), FELL)
assert run([0, 2], while_true_named_clause_hop_finally) in ((2, [-2, 5, -2]), FELL)
assert run([0, 2, 1], while_true_named_clause_hop_finally) in ((1, [-2, 5]), FELL)
assert run([0, 2, 0, 1], while_true_named_clause_hop_finally) in (('E1', [-2, 5, -2]), FELL)
assert run([0, 2, 0, 2], while_true_named_clause_hop_finally) in ((3, [-2, 5, -2, 5, -2]), FELL)
assert run([0, 2, 0, 2, 1], while_true_named_clause_hop_finally) in ((2, [-2, 5, -2, 5]), FELL)
assert run([0, 2, 0, 2, 0, 1], while_true_named_clause_hop_finally) in (('E1', [-2, 5, -2, 5, -2]), FELL)
assert run([0, 2, 0, 2, 0, 2], while_true_named_clause_hop_finally) in ((4, [-2, 5, -2, 5, -2, 5, -2]), FELL)
assert run([], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2]), FELL)
assert run([1], while_true_clause_hop_finally_two_clauses) in ((10, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 5, 1, -2]), FELL)
assert run([0, 2], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 6, 1, -2]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_two_clauses) in ((10, [1, -2, 5]), FELL)
assert run([0, 2, 1], while_true_clause_hop_finally_two_clauses) in ((10, [1, -2, 6]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 5, 1, -2, 5, 1, -2]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 5, 1, -2, 6, 1, -2]), FELL)
assert run([0, 2, 0, 1], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 6, 1, -2, 5, 1, -2]), FELL)
assert run([0, 2, 0, 2], while_true_clause_hop_finally_two_clauses) in ((3, [1, -2, 6, 1, -2, 6, 1, -2]), FELL)
assert run([], while_true_clause_hop_finally_body) in ((3, [-2, 11]), FELL)
assert run([1], while_true_clause_hop_finally_body) in ((13, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_body) in ((3, [-2, 5, 11, -2, 11]), FELL)
assert run([0, 2], while_true_clause_hop_finally_body) in (('E2', [-2, 11]), FELL)
assert run([1, 1], while_true_clause_hop_finally_body) in ((13, [12]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_body) in ((13, [-2, 5, 11]), FELL)
assert run([1, 1, 1], while_true_clause_hop_finally_body) in ((13, [12, 12]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_body) in ((3, [-2, 5, 11, -2, 5, 11, -2, 11]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_body) in (('E2', [-2, 5, 11, -2, 11]), FELL)
assert run([0, 1, 1, 1], while_true_clause_hop_finally_body) in ((13, [-2, 5, 11, 12]), FELL)
assert run([], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11]), FELL)
assert run([1], while_true_clause_hop_finally_body_orphan) in ((None, []), FELL)
assert run([0, 1], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11, -2, 11]), FELL)
assert run([0, 2], while_true_clause_hop_finally_body_orphan) in (('E2', [-2, 11]), FELL)
assert run([0, 1, 1], while_true_clause_hop_finally_body_orphan) in ((None, [-2, 11]), FELL)
assert run([0, 1, 0, 1], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11, -2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 2], while_true_clause_hop_finally_body_orphan) in (('E2', [-2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 1, 1], while_true_clause_hop_finally_body_orphan) in ((None, [-2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 1, 0, 1], while_true_clause_hop_finally_body_orphan) in ((3, [-2, 11, -2, 11, -2, 11, -2, 11]), FELL)
assert run([0, 1, 0, 1, 0, 2], while_true_clause_hop_finally_body_orphan) in (('E2', [-2, 11, -2, 11, -2, 11]), FELL)
