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
        return 9
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
    #                14 CALL                     1
    #                22 POP_TOP
    #   
    #   124          24 LOAD_FAST                5 (v)
    #                26 RETURN_VALUE
    #           >>   28 PUSH_EXC_INFO
    #   
    #   114          30 LOAD_GLOBAL              0 (E1)
    #                40 CHECK_EXC_MATCH
    #                42 POP_JUMP_IF_FALSE       57 (to 158)
    #                44 POP_TOP
    #   
    #   115          46 PUSH_NULL
    #                48 LOAD_FAST                1 (t)
    #                50 LOAD_CONST               3 (2)
    #                52 CALL                     1
    #                60 POP_TOP
    #   
    #   116          62 NOP
    #   
    #   117          64 PUSH_NULL
    #                66 LOAD_FAST                2 (x)
    #                68 LOAD_CONST               4 (5)
    #                70 CALL                     1
    #                78 STORE_FAST               5 (v)
    #   
    #   118          80 LOAD_FAST                5 (v)
    #   
    #   122          82 SWAP                     2
    #                84 POP_EXCEPT
    #                86 RETURN_VALUE
    #           >>   88 PUSH_EXC_INFO
    #   
    #   119          90 LOAD_GLOBAL              2 (E2)
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_IF_FALSE        5 (to 114)
    #               104 POP_TOP
    #   
    #   120         106 LOAD_CONST               5 (7)
    #               108 STORE_FAST               5 (v)
    #               110 POP_EXCEPT
    #               112 JUMP_FORWARD             4 (to 122)
    #   
    #   119     >>  114 RERAISE                  0
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #   
    #   120     >>  122 NOP
    #   
    #   122         124 JUMP_FORWARD             5 (to 136)
    #           >>  126 PUSH_EXC_INFO
    #               128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   123     >>  136 PUSH_NULL
    #               138 LOAD_FAST                1 (t)
    #               140 LOAD_CONST               6 (8)
    #               142 CALL                     1
    #               150 POP_TOP
    #               152 POP_EXCEPT
    #   
    #   124         154 LOAD_FAST                5 (v)
    #               156 RETURN_VALUE
    #   
    #   114     >>  158 RERAISE                  0
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #   ExceptionTable:
    #     8 to 22 -> 28 [0]
    #     28 to 60 -> 160 [1] lasti
    #     64 to 80 -> 88 [1]
    #     82 to 82 -> 160 [1] lasti
    #     88 to 108 -> 116 [2] lasti
    #     110 to 112 -> 126 [1]
    #     114 to 114 -> 116 [2] lasti
    #     116 to 120 -> 126 [1]
    #     124 to 124 -> 160 [1] lasti
    #     126 to 128 -> 130 [2] lasti
    #     130 to 150 -> 160 [1] lasti
    #     158 to 158 -> 160 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_try_returns_empty_finally_then_code: stack underflow')


def clause_try_else_returns_empty_finally(c, t, x, n, m):
    try:
        x(1)
        return 9
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
