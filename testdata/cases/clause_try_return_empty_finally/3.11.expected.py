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


def clause_try_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(5)
            return 6
        except E1:
            pass
        finally:
            pass


def named_clause_try_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            x(5)
        except E1:
            t(7)
        else:
            return 6
        finally:
            pass
    return 9


def clause_try_returns_empty_finally_then_code(c, t, x, n, m):
    # depyf: could not decompile clause_try_returns_empty_finally_then_code: stack underflow
    #   110           0 RESUME                   0
    #   
    #   111           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               5 (v)
    #   
    #   112           6 NOP
    #   
    #   113           8 PUSH_NULL
    #                10 LOAD_FAST                2 (x)
    #                12 LOAD_CONST               2 (1)
    #                14 PRECALL                  1
    #                18 CALL                     1
    #                28 POP_TOP
    #                30 JUMP_FORWARD            79 (to 190)
    #           >>   32 PUSH_EXC_INFO
    #   
    #   114          34 LOAD_GLOBAL              0 (E1)
    #                46 CHECK_EXC_MATCH
    #                48 POP_JUMP_FORWARD_IF_FALSE    66 (to 182)
    #                50 POP_TOP
    #   
    #   115          52 PUSH_NULL
    #                54 LOAD_FAST                1 (t)
    #                56 LOAD_CONST               3 (2)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 POP_TOP
    #   
    #   116          74 NOP
    #   
    #   117          76 PUSH_NULL
    #                78 LOAD_FAST                2 (x)
    #                80 LOAD_CONST               4 (5)
    #                82 PRECALL                  1
    #                86 CALL                     1
    #                96 STORE_FAST               5 (v)
    #   
    #   118          98 LOAD_FAST                5 (v)
    #   
    #   122         100 SWAP                     2
    #               102 POP_EXCEPT
    #               104 RETURN_VALUE
    #           >>  106 PUSH_EXC_INFO
    #   
    #   119         108 LOAD_GLOBAL              2 (E2)
    #               120 CHECK_EXC_MATCH
    #               122 POP_JUMP_FORWARD_IF_FALSE     5 (to 134)
    #               124 POP_TOP
    #   
    #   120         126 LOAD_CONST               5 (7)
    #               128 STORE_FAST               5 (v)
    #               130 POP_EXCEPT
    #               132 JUMP_FORWARD             4 (to 142)
    #   
    #   119     >>  134 RERAISE                  0
    #           >>  136 COPY                     3
    #               138 POP_EXCEPT
    #               140 RERAISE                  1
    #   
    #   120     >>  142 NOP
    #   
    #   122         144 JUMP_FORWARD             5 (to 156)
    #           >>  146 PUSH_EXC_INFO
    #               148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   123     >>  156 PUSH_NULL
    #               158 LOAD_FAST                1 (t)
    #               160 LOAD_CONST               6 (8)
    #               162 PRECALL                  1
    #               166 CALL                     1
    #               176 POP_TOP
    #               178 POP_EXCEPT
    #               180 JUMP_FORWARD             4 (to 190)
    #   
    #   114     >>  182 RERAISE                  0
    #           >>  184 COPY                     3
    #               186 POP_EXCEPT
    #               188 RERAISE                  1
    #   
    #   124     >>  190 LOAD_FAST                5 (v)
    #               192 RETURN_VALUE
    #   ExceptionTable:
    #     8 to 28 -> 32 [0]
    #     32 to 72 -> 184 [1] lasti
    #     76 to 98 -> 106 [1]
    #     100 to 100 -> 184 [1] lasti
    #     106 to 128 -> 136 [2] lasti
    #     130 to 132 -> 146 [1]
    #     134 to 134 -> 136 [2] lasti
    #     136 to 140 -> 146 [1]
    #     144 to 144 -> 184 [1] lasti
    #     146 to 148 -> 150 [2] lasti
    #     150 to 176 -> 184 [1] lasti
    #     182 to 182 -> 184 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_try_returns_empty_finally_then_code: stack underflow')


def clause_try_else_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            x(5)
            return 6
        except E1:
            pass
        finally:
            pass
    return 9

assert run([], clause_try_returns_empty_finally) in ((None, [-1]), FELL)
assert run([1], clause_try_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2], clause_try_returns_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_returns_empty_finally) in ((None, [-1, -5]), FELL)
assert run([1, 2], clause_try_returns_empty_finally) in (('E2', [-1, -5]), FELL)
assert run([], named_clause_try_returns_empty_finally) in ((9, [-1]), FELL)
assert run([1], named_clause_try_returns_empty_finally) in (('E1', [-1]), FELL)
assert run([2], named_clause_try_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2, 1], named_clause_try_returns_empty_finally) in ((9, [-1, -5, 7]), FELL)
assert run([2, 2], named_clause_try_returns_empty_finally) in (('E2', [-1, -5]), FELL)
assert run([], clause_try_returns_empty_finally_then_code) in ((0, [-1]), FELL)
assert run([1], clause_try_returns_empty_finally_then_code) in ((None, [-1, 2, -5]), FELL)
assert run([2], clause_try_returns_empty_finally_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_returns_empty_finally_then_code) in (('E1', [-1, 2, -5]), FELL)
assert run([1, 2], clause_try_returns_empty_finally_then_code) in ((7, [-1, 2, -5, 8]), FELL)
assert run([], clause_try_else_returns_empty_finally) in ((9, [-1]), FELL)
assert run([1], clause_try_else_returns_empty_finally) in ((6, [-1, -5]), FELL)
assert run([2], clause_try_else_returns_empty_finally) in (('E2', [-1]), FELL)
assert run([1, 1], clause_try_else_returns_empty_finally) in ((9, [-1, -5]), FELL)
assert run([1, 2], clause_try_else_returns_empty_finally) in (('E2', [-1, -5]), FELL)
