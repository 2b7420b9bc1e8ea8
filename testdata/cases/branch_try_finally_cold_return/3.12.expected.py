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


def branch_try_else_finally_then_cold_try_return(c, t, x, n, m):
    # depyf: could not decompile branch_try_else_finally_then_cold_try_return: a then-branch's try falls off past the code after the if at 92
    #    84           0 RESUME                   0
    #   
    #    85           2 PUSH_NULL
    #                 4 LOAD_FAST                0 (c)
    #                 6 CALL                     0
    #                14 POP_JUMP_IF_FALSE       13 (to 42)
    #   
    #    86          16 NOP
    #   
    #   104          18 LOAD_FAST                2 (x)
    #                20 LOAD_ATTR                2 (k)
    #                40 RETURN_VALUE
    #   
    #    87     >>   42 PUSH_NULL
    #                44 LOAD_FAST                0 (c)
    #                46 CALL                     0
    #                54 POP_JUMP_IF_FALSE       34 (to 124)
    #   
    #    88          56 PUSH_NULL
    #                58 LOAD_FAST                0 (c)
    #                60 CALL                     0
    #                68 POP_JUMP_IF_FALSE       11 (to 92)
    #   
    #    89          70 NOP
    #   
    #    90          72 PUSH_NULL
    #                74 LOAD_FAST                1 (t)
    #                76 LOAD_CONST               1 (25)
    #                78 CALL                     1
    #                86 POP_TOP
    #   
    #    94          88 NOP
    #   
    #    96          90 RETURN_CONST             2 (30)
    #   
    #   102     >>   92 PUSH_NULL
    #                94 LOAD_FAST                0 (c)
    #                96 CALL                     0
    #               104 POP_JUMP_IF_FALSE        9 (to 124)
    #   
    #   103     >>  106 NOP
    #   
    #   102         108 PUSH_NULL
    #               110 LOAD_FAST                0 (c)
    #               112 CALL                     0
    #               120 POP_JUMP_IF_FALSE        1 (to 124)
    #               122 JUMP_BACKWARD            9 (to 106)
    #   
    #   104     >>  124 LOAD_FAST                2 (x)
    #               126 LOAD_ATTR                2 (k)
    #               146 RETURN_VALUE
    #           >>  148 PUSH_EXC_INFO
    #   
    #    91         150 LOAD_GLOBAL              0 (E1)
    #               160 CHECK_EXC_MATCH
    #               162 POP_JUMP_IF_FALSE        3 (to 170)
    #               164 POP_TOP
    #   
    #    92         166 POP_EXCEPT
    #               168 JUMP_FORWARD             4 (to 178)
    #   
    #    91     >>  170 RERAISE                  0
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   
    #    92     >>  178 NOP
    #   
    #    96         180 JUMP_FORWARD             5 (to 192)
    #           >>  182 PUSH_EXC_INFO
    #               184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   
    #    97     >>  192 NOP
    #   
    #    98         194 NOP
    #   
    #   100         196 RETURN_CONST             3 (33)
    #               198 PUSH_EXC_INFO
    #               200 RERAISE                  0
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #   ExceptionTable:
    #     72 to 86 -> 148 [0]
    #     148 to 164 -> 172 [1] lasti
    #     166 to 168 -> 182 [0]
    #     170 to 170 -> 172 [1] lasti
    #     172 to 176 -> 182 [0]
    #     182 to 184 -> 186 [1] lasti
    #     198 to 200 -> 202 [1] lasti
    raise RuntimeError("depyf: could not decompile branch_try_else_finally_then_cold_try_return: a then-branch's try falls off past the code after the if at 92")


def elif_chain_try_else_finally_cold_return(c, t, x, n, m):
    if c() or c():
        return x.k
    if c() and c():
        return x.k
    if c() or c():
        if c():
            try:
                x(25)
                return 30
            except E1:
                t(26)
            finally:
                t(31)
            return 33
        while c() and c():
            t(34)
    return x.k

assert run([], branch_try_else_finally_then_cold_try_return) in (('AttributeError', []), FELL)
assert run([0, 1, 1], branch_try_else_finally_then_cold_try_return) in ((30, [25]), FELL)
assert run([], elif_chain_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([0, 0, 0, 1, 1], elif_chain_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([0, 0, 0, 1, 1, 1], elif_chain_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([0, 0, 0, 1, 1, 2], elif_chain_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)

def if_try_else_finally_cold_return(c, t, x, n, m):
    if c():
        try:
            x(25)
            return 30
        except E1:
            t(26)
        finally:
            t(31)
        return 33
    return x.k

assert run([], if_try_else_finally_cold_return) in (('AttributeError', []), FELL)
assert run([1], if_try_else_finally_cold_return) in ((30, [-25, 31]), FELL)
assert run([1, 1], if_try_else_finally_cold_return) in ((33, [-25, 26, 31]), FELL)
assert run([1, 2], if_try_else_finally_cold_return) in (('E2', [-25, 31]), FELL)
