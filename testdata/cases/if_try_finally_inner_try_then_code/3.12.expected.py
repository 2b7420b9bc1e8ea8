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


def if_try_finally_inner_try_return_then_code(c, t, x, n, m):
    # depyf: could not decompile if_try_finally_inner_try_return_then_code: a try statement read twice, its handler at 152
    #    81           0 RESUME                   0
    #   
    #    82           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #    83          16 NOP
    #   
    #    84          18 NOP
    #   
    #    85          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #    86          36 NOP
    #   
    #    98          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (14)
    #                44 CALL                     1
    #                52 POP_TOP
    #                54 RETURN_CONST             3 (2)
    #   
    #    82     >>   56 RETURN_CONST             0 (None)
    #           >>   58 PUSH_EXC_INFO
    #   
    #    87          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        3 (to 80)
    #                74 POP_TOP
    #   
    #    88          76 POP_EXCEPT
    #                78 JUMP_FORWARD             4 (to 88)
    #   
    #    87     >>   80 RERAISE                  0
    #           >>   82 COPY                     3
    #                84 POP_EXCEPT
    #                86 RERAISE                  1
    #   
    #    89     >>   88 NOP
    #   
    #    90          90 PUSH_NULL
    #                92 LOAD_FAST                2 (x)
    #                94 LOAD_CONST               4 (4)
    #                96 CALL                     1
    #               104 POP_TOP
    #   
    #    92         106 JUMP_FORWARD             5 (to 118)
    #           >>  108 PUSH_EXC_INFO
    #               110 RERAISE                  0
    #           >>  112 COPY                     3
    #               114 POP_EXCEPT
    #               116 RERAISE                  1
    #   
    #    93     >>  118 NOP
    #   
    #    94         120 NOP
    #   
    #    96         122 NOP
    #   
    #    98         124 PUSH_NULL
    #               126 LOAD_FAST                1 (t)
    #               128 LOAD_CONST               2 (14)
    #               130 CALL                     1
    #               138 POP_TOP
    #               140 RETURN_CONST             5 (7)
    #               142 PUSH_EXC_INFO
    #   
    #    96         144 RERAISE                  0
    #           >>  146 COPY                     3
    #               148 POP_EXCEPT
    #               150 RERAISE                  1
    #           >>  152 PUSH_EXC_INFO
    #   
    #    98         154 PUSH_NULL
    #               156 LOAD_FAST                1 (t)
    #               158 LOAD_CONST               2 (14)
    #               160 CALL                     1
    #               168 POP_TOP
    #               170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   ExceptionTable:
    #     20 to 34 -> 58 [0]
    #     58 to 74 -> 82 [1] lasti
    #     76 to 78 -> 152 [0]
    #     80 to 80 -> 82 [1] lasti
    #     82 to 86 -> 152 [0]
    #     90 to 104 -> 108 [0]
    #     106 to 106 -> 152 [0]
    #     108 to 110 -> 112 [1] lasti
    #     112 to 116 -> 152 [0]
    #     142 to 144 -> 146 [1] lasti
    #     146 to 150 -> 152 [0]
    #     152 to 170 -> 172 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_finally_inner_try_return_then_code: a try statement read twice, its handler at 152')


def if_try_finally_inner_try_return_then_call(c, t, x, n, m):
    # depyf: could not decompile if_try_finally_inner_try_return_then_call: a try statement read twice, its handler at 138
    #   101           0 RESUME                   0
    #   
    #   102           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       20 (to 56)
    #   
    #   103          16 NOP
    #   
    #   104          18 NOP
    #   
    #   105          20 PUSH_NULL
    #                22 LOAD_FAST                2 (x)
    #                24 LOAD_CONST               1 (1)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   106          36 NOP
    #   
    #   111          38 PUSH_NULL
    #                40 LOAD_FAST                1 (t)
    #                42 LOAD_CONST               2 (14)
    #                44 CALL                     1
    #                52 POP_TOP
    #                54 RETURN_CONST             3 (2)
    #   
    #   112     >>   56 RETURN_CONST             6 (5)
    #           >>   58 PUSH_EXC_INFO
    #   
    #   107          60 LOAD_GLOBAL              0 (E1)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE       11 (to 96)
    #                74 POP_TOP
    #   
    #   108          76 PUSH_NULL
    #                78 LOAD_FAST                1 (t)
    #                80 LOAD_CONST               4 (3)
    #                82 CALL                     1
    #                90 POP_TOP
    #                92 POP_EXCEPT
    #                94 JUMP_FORWARD             4 (to 104)
    #   
    #   107     >>   96 RERAISE                  0
    #           >>   98 COPY                     3
    #               100 POP_EXCEPT
    #               102 RERAISE                  1
    #   
    #   109     >>  104 PUSH_NULL
    #               106 LOAD_FAST                2 (x)
    #               108 LOAD_CONST               5 (4)
    #               110 CALL                     1
    #               118 POP_TOP
    #   
    #   111         120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               2 (14)
    #               126 CALL                     1
    #               134 POP_TOP
    #   
    #   112         136 RETURN_CONST             6 (5)
    #           >>  138 PUSH_EXC_INFO
    #   
    #   111         140 PUSH_NULL
    #               142 LOAD_FAST                1 (t)
    #               144 LOAD_CONST               2 (14)
    #               146 CALL                     1
    #               154 POP_TOP
    #               156 RERAISE                  0
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #   ExceptionTable:
    #     20 to 34 -> 58 [0]
    #     58 to 90 -> 98 [1] lasti
    #     92 to 94 -> 138 [0]
    #     96 to 96 -> 98 [1] lasti
    #     98 to 118 -> 138 [0]
    #     138 to 156 -> 158 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_finally_inner_try_return_then_call: a try statement read twice, its handler at 138')

assert run([], if_try_finally_inner_try_return_then_code) in ((None, []), FELL)
assert run([1], if_try_finally_inner_try_return_then_code) in ((2, [-1, 14]), FELL)
assert run([1, 1], if_try_finally_inner_try_return_then_code) in ((7, [-1, -4, 14]), FELL)
assert run([1, 2], if_try_finally_inner_try_return_then_code) in (('E2', [-1, 14]), FELL)
assert run([1, 1, 1], if_try_finally_inner_try_return_then_code) in (('E1', [-1, -4, 14]), FELL)
assert run([1, 1, 2], if_try_finally_inner_try_return_then_code) in (('E2', [-1, -4, 14]), FELL)
assert run([], if_try_finally_inner_try_return_then_call) in ((5, []), FELL)
assert run([1], if_try_finally_inner_try_return_then_call) in ((2, [-1, 14]), FELL)
assert run([1, 1], if_try_finally_inner_try_return_then_call) in ((5, [-1, 3, -4, 14]), FELL)
assert run([1, 2], if_try_finally_inner_try_return_then_call) in (('E2', [-1, 14]), FELL)
assert run([1, 1, 1], if_try_finally_inner_try_return_then_call) in (('E1', [-1, 3, -4, 14]), FELL)
assert run([1, 1, 2], if_try_finally_inner_try_return_then_call) in (('E2', [-1, 3, -4, 14]), FELL)
