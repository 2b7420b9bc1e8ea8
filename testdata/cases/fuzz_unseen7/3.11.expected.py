import sys

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


def while_true_never_looping_in_try(c, t, x, n, m):
    while True:
        try:
            if c():
                t(1)
            else:
                return 2
        except E1:
            while not c():
                pass
            return 4


def else_of_orphan_tries_in_finally(c, t, x, n, m):
    if c() or c():
        try:
            while c() or c():
                x(6)
            t(7)
        except E1:
            pass
        else:
            try:
                return 16
            except E1:
                pass
            try:
                pass
            except E1:
                pass
        finally:
            t(25)


def clause_with_returning_value_finally_if(c, t, x, n, m):
    # depyf: could not decompile clause_with_returning_value_finally_if: not a value: INSTANCE
    #   124           0 RESUME                   0
    #   
    #   126           2 LOAD_CONST               1 (20)
    #                 4 STORE_FAST               5 (v)
    #   
    #   127           6 NOP
    #   
    #   128           8 PUSH_NULL
    #                10 LOAD_FAST                2 (x)
    #                12 LOAD_CONST               2 (21)
    #                14 PRECALL                  1
    #                18 CALL                     1
    #                28 POP_TOP
    #   
    #   135          30 JUMP_FORWARD            86 (to 204)
    #           >>   32 PUSH_EXC_INFO
    #   
    #   129          34 LOAD_GLOBAL              0 (E1)
    #                46 CHECK_EXC_MATCH
    #                48 POP_JUMP_FORWARD_IF_FALSE    55 (to 160)
    #                50 POP_TOP
    #   
    #   130          52 PUSH_NULL
    #                54 LOAD_FAST                4 (m)
    #                56 LOAD_CONST               3 (26)
    #                58 PRECALL                  1
    #                62 CALL                     1
    #                72 BEFORE_WITH
    #                74 STORE_FAST               6 (w)
    #   
    #   131          76 LOAD_FAST                5 (v)
    #                78 LOAD_FAST                6 (w)
    #                80 BUILD_TUPLE              2
    #   
    #   130          82 SWAP                     2
    #                84 LOAD_CONST               0 (None)
    #                86 LOAD_CONST               0 (None)
    #                88 LOAD_CONST               0 (None)
    #                90 PRECALL                  2
    #                94 CALL                     2
    #               104 POP_TOP
    #               106 SWAP                     2
    #               108 POP_EXCEPT
    #   
    #   137         110 PUSH_NULL
    #               112 LOAD_FAST                0 (c)
    #               114 PRECALL                  0
    #               118 CALL                     0
    #               128 POP_JUMP_FORWARD_IF_FALSE     1 (to 132)
    #   
    #   138         130 RETURN_VALUE
    #   
    #   137     >>  132 RETURN_VALUE
    #   
    #   130     >>  134 PUSH_EXC_INFO
    #               136 WITH_EXCEPT_START
    #               138 POP_JUMP_FORWARD_IF_TRUE     4 (to 148)
    #               140 RERAISE                  2
    #           >>  142 COPY                     3
    #               144 POP_EXCEPT
    #               146 RERAISE                  1
    #           >>  148 POP_TOP
    #               150 POP_EXCEPT
    #               152 POP_TOP
    #               154 POP_TOP
    #               156 POP_EXCEPT
    #               158 JUMP_FORWARD            22 (to 204)
    #   
    #   132     >>  160 LOAD_GLOBAL              2 (E2)
    #               172 CHECK_EXC_MATCH
    #               174 POP_JUMP_FORWARD_IF_FALSE    10 (to 196)
    #               176 STORE_FAST               7 (e)
    #   
    #   133         178 POP_EXCEPT
    #               180 LOAD_CONST               0 (None)
    #               182 STORE_FAST               7 (e)
    #               184 DELETE_FAST              7 (e)
    #               186 JUMP_FORWARD             8 (to 204)
    #               188 LOAD_CONST               0 (None)
    #               190 STORE_FAST               7 (e)
    #               192 DELETE_FAST              7 (e)
    #               194 RERAISE                  1
    #   
    #   132     >>  196 RERAISE                  0
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #   
    #   137     >>  204 PUSH_NULL
    #               206 LOAD_FAST                0 (c)
    #               208 PRECALL                  0
    #               212 CALL                     0
    #               222 POP_JUMP_FORWARD_IF_FALSE     2 (to 228)
    #   
    #   138         224 LOAD_CONST               0 (None)
    #               226 RETURN_VALUE
    #   
    #   137     >>  228 LOAD_CONST               0 (None)
    #               230 RETURN_VALUE
    #           >>  232 PUSH_EXC_INFO
    #               234 PUSH_NULL
    #               236 LOAD_FAST                0 (c)
    #               238 PRECALL                  0
    #               242 CALL                     0
    #               252 POP_JUMP_FORWARD_IF_FALSE     0 (to 254)
    #   
    #   138     >>  254 RERAISE                  0
    #           >>  256 COPY                     3
    #               258 POP_EXCEPT
    #               260 RERAISE                  1
    #   ExceptionTable:
    #     8 to 28 -> 32 [0]
    #     30 to 30 -> 232 [0]
    #     32 to 72 -> 198 [1] lasti
    #     74 to 80 -> 134 [2] lasti
    #     82 to 106 -> 198 [1] lasti
    #     108 to 108 -> 232 [0]
    #     134 to 140 -> 142 [4] lasti
    #     142 to 146 -> 198 [1] lasti
    #     148 to 148 -> 142 [4] lasti
    #     150 to 154 -> 198 [1] lasti
    #     156 to 158 -> 232 [0]
    #     160 to 176 -> 198 [1] lasti
    #     178 to 186 -> 232 [0]
    #     188 to 196 -> 198 [1] lasti
    #     198 to 202 -> 232 [0]
    #     232 to 254 -> 256 [1] lasti
    raise RuntimeError('depyf: could not decompile clause_with_returning_value_finally_if: not a value: INSTANCE')

VERSION = sys.version_info[:2]
assert not VERSION != (3, 13) or run([1, 1, 0], while_true_never_looping_in_try) in ((2, [1, 1]), FELL)
assert run([0], while_true_never_looping_in_try) in ((2, []), FELL)
if VERSION not in ((3, 12), (3, 13), (3, 14)):
    assert run([1, 1, 1], else_of_orphan_tries_in_finally) in ((None, [-6, 25]), FELL)
assert run([1, 0, 0], else_of_orphan_tries_in_finally) in ((16, [7, 25]), FELL)
assert run([0, 0], else_of_orphan_tries_in_finally) in ((None, []), FELL)
assert run([0, 1, 1, 0, 0, 0], else_of_orphan_tries_in_finally) in ((16, [-6, 7, 25]), FELL)
assert not VERSION != (3, 12) or run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21, ('enter', 26), ('exit', 26, False)]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
