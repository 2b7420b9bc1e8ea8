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


def while_true_clause_hop_finally(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            try:
                x(2)
            except E1:
                t(5)
                continue
            return 3
        finally:
            pass
    t(9)
    return 10


def while_true_clause_hop_finally_orphan(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            try:
                x(2)
            except E1:
                try:
                    pass
                finally:
                    pass
                continue
            return 3
        finally:
            pass
    while c():
        t(11)
    return 12


def while_true_named_clause_hop_finally(c, t, x, n, m):
    # depyf: could not decompile while_true_named_clause_hop_finally: stack underflow
    #   121           0 RESUME                   0
    #   
    #   122           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               5 (v)
    #   
    #   123           6 NOP
    #   
    #   124     >>    8 PUSH_NULL
    #                10 LOAD_FAST                0 (c)
    #                12 CALL                     0
    #                20 POP_JUMP_IF_FALSE        3 (to 28)
    #   
    #   125          22 NOP
    #   
    #   134          24 LOAD_FAST                5 (v)
    #                26 RETURN_VALUE
    #   
    #   126     >>   28 NOP
    #   
    #   127          30 LOAD_FAST                5 (v)
    #                32 LOAD_CONST               2 (1)
    #                34 BINARY_OP               13 (+=)
    #                38 STORE_FAST               5 (v)
    #   
    #   128          40 PUSH_NULL
    #                42 LOAD_FAST                2 (x)
    #                44 LOAD_CONST               3 (2)
    #                46 CALL                     1
    #                54 POP_TOP
    #   
    #   129          56 LOAD_FAST                5 (v)
    #   
    #   133          58 RETURN_VALUE
    #           >>   60 PUSH_EXC_INFO
    #   
    #   130          62 LOAD_GLOBAL              0 (E2)
    #                72 CHECK_EXC_MATCH
    #                74 POP_JUMP_IF_FALSE       18 (to 112)
    #                76 STORE_FAST               6 (e)
    #   
    #   131          78 PUSH_NULL
    #                80 LOAD_FAST                1 (t)
    #                82 LOAD_CONST               4 (5)
    #                84 CALL                     1
    #                92 POP_TOP
    #                94 POP_EXCEPT
    #                96 LOAD_CONST               0 (None)
    #                98 STORE_FAST               6 (e)
    #               100 DELETE_FAST              6 (e)
    #               102 JUMP_FORWARD             8 (to 120)
    #           >>  104 LOAD_CONST               0 (None)
    #               106 STORE_FAST               6 (e)
    #               108 DELETE_FAST              6 (e)
    #               110 RERAISE                  1
    #   
    #   130     >>  112 RERAISE                  0
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #   
    #   131     >>  120 NOP
    #   
    #   133         122 JUMP_FORWARD             5 (to 134)
    #           >>  124 PUSH_EXC_INFO
    #               126 RERAISE                  0
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #   
    #   123     >>  134 JUMP_BACKWARD           64 (to 8)
    #   ExceptionTable:
    #     30 to 56 -> 60 [0]
    #     60 to 76 -> 114 [1] lasti
    #     78 to 92 -> 104 [1] lasti
    #     94 to 102 -> 124 [0]
    #     104 to 112 -> 114 [1] lasti
    #     114 to 118 -> 124 [0]
    #     124 to 126 -> 128 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_named_clause_hop_finally: stack underflow')


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
