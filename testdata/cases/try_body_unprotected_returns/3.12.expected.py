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


def try_if_nested_and_else_if_return(c, t, x, n, m):
    # depyf: could not decompile try_if_nested_and_else_if_return: a branch of the try body goes on past its range, on a line before its except clauses (the body's, not an else clause) at 70
    #    82           0 RESUME                   0
    #   
    #    83           2 NOP
    #   
    #    84           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       15 (to 48)
    #   
    #    85          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       18 (to 68)
    #                32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_FALSE       10 (to 66)
    #   
    #    86          46 RETURN_CONST             0 (None)
    #   
    #    88     >>   48 PUSH_NULL
    #                50 LOAD_FAST                0 (c)
    #                52 CALL                     0
    #                60 POP_JUMP_IF_FALSE        1 (to 64)
    #   
    #    89          62 RETURN_CONST             0 (None)
    #   
    #    91     >>   64 RETURN_CONST             1 (12)
    #   
    #    85     >>   66 RETURN_CONST             0 (None)
    #           >>   68 RETURN_CONST             0 (None)
    #           >>   70 PUSH_EXC_INFO
    #   
    #    92          72 LOAD_GLOBAL              0 (E1)
    #                82 CHECK_EXC_MATCH
    #                84 POP_JUMP_IF_FALSE        3 (to 92)
    #                86 POP_TOP
    #   
    #    93          88 POP_EXCEPT
    #                90 RETURN_CONST             0 (None)
    #   
    #    92     >>   92 RERAISE                  0
    #           >>   94 COPY                     3
    #                96 POP_EXCEPT
    #                98 RERAISE                  1
    #   ExceptionTable:
    #     4 to 44 -> 70 [0]
    #     48 to 60 -> 70 [0]
    #     70 to 86 -> 94 [1] lasti
    #     92 to 92 -> 94 [1] lasti
    raise RuntimeError("depyf: could not decompile try_if_nested_and_else_if_return: a branch of the try body goes on past its range, on a line before its except clauses (the body's, not an else clause) at 70")


def try_if_chains_else_and_return(c, t, x, n, m):
    # depyf: could not decompile try_if_chains_else_and_return: a branch of the try body goes on past its range, on a line before its except clauses (the body's, not an else clause) at 144
    #    96           0 RESUME                   0
    #   
    #    97           2 NOP
    #   
    #    98           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       45 (to 108)
    #                18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       38 (to 108)
    #   
    #    99          32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_FALSE        8 (to 62)
    #                46 PUSH_NULL
    #                48 LOAD_FAST                0 (c)
    #                50 CALL                     0
    #                58 POP_JUMP_IF_FALSE        1 (to 62)
    #   
    #   100          60 RETURN_CONST             0 (None)
    #   
    #   101     >>   62 PUSH_NULL
    #                64 LOAD_FAST                0 (c)
    #                66 CALL                     0
    #                74 POP_JUMP_IF_FALSE        1 (to 78)
    #   
    #   102          76 RETURN_CONST             0 (None)
    #   
    #   103     >>   78 PUSH_NULL
    #                80 LOAD_FAST                0 (c)
    #                82 CALL                     0
    #                90 POP_JUMP_IF_FALSE       25 (to 142)
    #                92 PUSH_NULL
    #                94 LOAD_FAST                0 (c)
    #                96 CALL                     0
    #               104 POP_JUMP_IF_FALSE       17 (to 140)
    #   
    #   104         106 RETURN_CONST             0 (None)
    #   
    #   106     >>  108 PUSH_NULL
    #               110 LOAD_FAST                0 (c)
    #               112 CALL                     0
    #               120 POP_JUMP_IF_FALSE        8 (to 138)
    #               122 PUSH_NULL
    #               124 LOAD_FAST                0 (c)
    #               126 CALL                     0
    #               134 POP_JUMP_IF_FALSE        1 (to 138)
    #   
    #   107         136 RETURN_CONST             0 (None)
    #   
    #   109     >>  138 RETURN_CONST             1 (12)
    #   
    #   103     >>  140 RETURN_CONST             0 (None)
    #           >>  142 RETURN_CONST             0 (None)
    #           >>  144 PUSH_EXC_INFO
    #   
    #   110         146 LOAD_GLOBAL              0 (E1)
    #               156 CHECK_EXC_MATCH
    #               158 POP_JUMP_IF_FALSE        3 (to 166)
    #               160 POP_TOP
    #   
    #   111         162 POP_EXCEPT
    #               164 RETURN_CONST             0 (None)
    #   
    #   110     >>  166 RERAISE                  0
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #   ExceptionTable:
    #     4 to 58 -> 144 [0]
    #     62 to 74 -> 144 [0]
    #     78 to 104 -> 144 [0]
    #     108 to 134 -> 144 [0]
    #     144 to 160 -> 168 [1] lasti
    #     166 to 166 -> 168 [1] lasti
    raise RuntimeError("depyf: could not decompile try_if_chains_else_and_return: a branch of the try body goes on past its range, on a line before its except clauses (the body's, not an else clause) at 144")


def try_if_and_else_return(c, t, x, n, m):
    # depyf: could not decompile try_if_and_else_return: conditional jump out of the region at 16
    #   114           0 RESUME                   0
    #   
    #   115           2 NOP
    #   
    #   116           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (c)
    #                 8 CALL                     0
    #                16 POP_JUMP_IF_FALSE       15 (to 48)
    #   
    #   117          18 PUSH_NULL
    #                20 LOAD_FAST                0 (c)
    #                22 CALL                     0
    #                30 POP_JUMP_IF_FALSE       10 (to 52)
    #                32 PUSH_NULL
    #                34 LOAD_FAST                0 (c)
    #                36 CALL                     0
    #                44 POP_JUMP_IF_FALSE        2 (to 50)
    #   
    #   118          46 RETURN_CONST             0 (None)
    #   
    #   120     >>   48 RETURN_CONST             1 (12)
    #   
    #   117     >>   50 RETURN_CONST             0 (None)
    #           >>   52 RETURN_CONST             0 (None)
    #           >>   54 PUSH_EXC_INFO
    #   
    #   121          56 LOAD_GLOBAL              0 (E1)
    #                66 CHECK_EXC_MATCH
    #                68 POP_JUMP_IF_FALSE        3 (to 76)
    #                70 POP_TOP
    #   
    #   122          72 POP_EXCEPT
    #                74 RETURN_CONST             0 (None)
    #   
    #   121     >>   76 RERAISE                  0
    #           >>   78 COPY                     3
    #                80 POP_EXCEPT
    #                82 RERAISE                  1
    #   ExceptionTable:
    #     4 to 44 -> 54 [0]
    #     54 to 70 -> 78 [1] lasti
    #     76 to 76 -> 78 [1] lasti
    raise RuntimeError('depyf: could not decompile try_if_and_else_return: conditional jump out of the region at 16')


def try_for_orphan_try_return(c, t, x, n, m):
    try:
        for j in n():
            try:
                return 16
            except E1:
                pass
    except E1:
        pass
    t(20)

assert run([], try_if_nested_and_else_if_return) in ((12, []), FELL)
assert run([1], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([2], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([3], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([0, 1], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([0, 2], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([0, 3], try_if_nested_and_else_if_return) in ((None, []), FELL)
assert run([], try_if_chains_else_and_return) in ((12, []), FELL)
assert run([1, 1], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([1, 2], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([1, 3], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([2, 1], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([2, 2], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([2, 3], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([3, 1], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([3, 2], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([3, 3], try_if_chains_else_and_return) in ((None, []), FELL)
assert run([], try_if_and_else_return) in ((12, []), FELL)
assert run([1], try_if_and_else_return) in ((None, []), FELL)
assert run([2], try_if_and_else_return) in ((None, []), FELL)
assert run([3], try_if_and_else_return) in ((None, []), FELL)
assert run([], try_for_orphan_try_return) in ((None, [20]), FELL)
assert run([1], try_for_orphan_try_return) in ((16, []), FELL)
assert run([2], try_for_orphan_try_return) in ((16, []), FELL)
assert run([3], try_for_orphan_try_return) in ((16, []), FELL)
