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
    # depyf: could not decompile else_of_orphan_tries_in_finally: a statement (ExprStmt) after return in the same block (a misread layout)
    #   100           0 RESUME                   0
    #   
    #   102           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_TRUE         7 (to 30)
    #                16 PUSH_NULL
    #                18 LOAD_FAST                0 (c)
    #                20 CALL                     0
    #                28 POP_JUMP_IF_FALSE       58 (to 146)
    #   
    #   103     >>   30 NOP
    #   
    #   104          32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_TRUE         7 (to 60)
    #                46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 CALL                     0
    #                58 POP_JUMP_IF_FALSE       24 (to 108)
    #   
    #   105     >>   60 PUSH_NULL
    #                62 LOAD_FAST                2 (x)
    #                64 LOAD_CONST               1 (6)
    #                66 CALL                     1
    #                74 POP_TOP
    #   
    #   104          76 PUSH_NULL
    #                78 LOAD_FAST                0 (c)
    #                80 CALL                     0
    #                88 POP_JUMP_IF_FALSE        1 (to 92)
    #                90 JUMP_BACKWARD           16 (to 60)
    #           >>   92 PUSH_NULL
    #                94 LOAD_FAST                0 (c)
    #                96 CALL                     0
    #               104 POP_JUMP_IF_FALSE        1 (to 108)
    #               106 JUMP_BACKWARD           24 (to 60)
    #   
    #   106     >>  108 PUSH_NULL
    #               110 LOAD_FAST                1 (t)
    #               112 LOAD_CONST               2 (7)
    #               114 CALL                     1
    #               122 POP_TOP
    #   
    #   110         124 NOP
    #   
    #   111         126 NOP
    #   
    #   119         128 PUSH_NULL
    #               130 LOAD_FAST                1 (t)
    #               132 LOAD_CONST               3 (25)
    #               134 CALL                     1
    #               142 POP_TOP
    #               144 RETURN_CONST             4 (16)
    #   
    #   102     >>  146 RETURN_CONST             0 (None)
    #               148 PUSH_EXC_INFO
    #   
    #   112         150 LOAD_GLOBAL              0 (E1)
    #               160 CHECK_EXC_MATCH
    #               162 POP_JUMP_IF_FALSE        3 (to 170)
    #               164 POP_TOP
    #   
    #   113         166 POP_EXCEPT
    #               168 JUMP_FORWARD             4 (to 178)
    #   
    #   112     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #   114     >>  178 NOP
    #   
    #   115         180 JUMP_FORWARD            30 (to 242)
    #               182 PUSH_EXC_INFO
    #   
    #   116         184 LOAD_GLOBAL              0 (E1)
    #               194 CHECK_EXC_MATCH
    #               196 POP_JUMP_IF_FALSE        3 (to 204)
    #               198 POP_TOP
    #   
    #   117         200 POP_EXCEPT
    #               202 JUMP_FORWARD            19 (to 242)
    #   
    #   116     >>  204 RERAISE                  0
    #           >>  206 COPY                     3
    #               208 POP_EXCEPT
    #               210 RERAISE                  1
    #           >>  212 PUSH_EXC_INFO
    #   
    #   107         214 LOAD_GLOBAL              0 (E1)
    #               224 CHECK_EXC_MATCH
    #               226 POP_JUMP_IF_FALSE        3 (to 234)
    #               228 POP_TOP
    #   
    #   108         230 POP_EXCEPT
    #               232 JUMP_FORWARD             4 (to 242)
    #   
    #   107     >>  234 RERAISE                  0
    #           >>  236 COPY                     3
    #               238 POP_EXCEPT
    #               240 RERAISE                  1
    #   
    #   119     >>  242 PUSH_NULL
    #               244 LOAD_FAST                1 (t)
    #               246 LOAD_CONST               3 (25)
    #               248 CALL                     1
    #               256 POP_TOP
    #               258 RETURN_CONST             0 (None)
    #           >>  260 PUSH_EXC_INFO
    #               262 PUSH_NULL
    #               264 LOAD_FAST                1 (t)
    #               266 LOAD_CONST               3 (25)
    #               268 CALL                     1
    #               276 POP_TOP
    #               278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #   ExceptionTable:
    #     32 to 88 -> 212 [0]
    #     92 to 104 -> 212 [0]
    #     108 to 122 -> 212 [0]
    #     148 to 164 -> 172 [1] lasti
    #     166 to 168 -> 260 [0]
    #     170 to 170 -> 172 [1] lasti
    #     172 to 176 -> 260 [0]
    #     180 to 180 -> 260 [0]
    #     182 to 198 -> 206 [1] lasti
    #     200 to 202 -> 260 [0]
    #     204 to 204 -> 206 [1] lasti
    #     206 to 210 -> 260 [0]
    #     212 to 228 -> 236 [1] lasti
    #     230 to 232 -> 260 [0]
    #     234 to 234 -> 236 [1] lasti
    #     236 to 240 -> 260 [0]
    #     260 to 278 -> 280 [1] lasti
    raise RuntimeError('depyf: could not decompile else_of_orphan_tries_in_finally: a statement (ExprStmt) after return in the same block (a misread layout)')


def clause_with_returning_value_finally_if(c, t, x, n, m):
    v = 20
    try:
        x(21)
    except E1:
        with m(26) as w:
            return v, w
    except E2 as e:
        pass
    else:
        pass
    finally:
        if c():
            pass

assert run([1, 1, 0], while_true_never_looping_in_try) in ((2, [1, 1]), FELL)
assert run([0], while_true_never_looping_in_try) in ((2, []), FELL)
assert run([1, 1, 1], else_of_orphan_tries_in_finally) in ((None, [-6, 25]), FELL)
assert run([1, 0, 0], else_of_orphan_tries_in_finally) in ((16, [7, 25]), FELL)
assert run([0, 0], else_of_orphan_tries_in_finally) in ((None, []), FELL)
assert run([0, 1, 1, 0, 0, 0], else_of_orphan_tries_in_finally) in ((16, [-6, 7, 25]), FELL)
assert run([1, 0], clause_with_returning_value_finally_if) in (((20, 26), [-21, ('enter', 26), ('exit', 26, False)]), FELL)
assert run([0, 0], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
assert run([2, 1], clause_with_returning_value_finally_if) in ((None, [-21]), FELL)
