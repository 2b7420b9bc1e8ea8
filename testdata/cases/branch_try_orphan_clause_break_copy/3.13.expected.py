








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


def if_try_orphan_clause_code_loop_break_elif(c, t, x, n, m):
    # depyf: could not decompile if_try_orphan_clause_code_loop_break_elif: a break out of a loop ending an except clause runs a copy of the code after the try that no other path shows, at 330
    #     81            RESUME                   0
    #   
    #     82            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L3)
    #   
    #     83            NOP
    #   
    #     84    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     85    L2:     NOP
    #   
    #     86            RETURN_CONST             2 (2)
    #   
    #     96    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       43 (to L4)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       31 (to L4)
    #   
    #     97            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               6 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     98            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L4)
    #   
    #     99            LOAD_GLOBAL              3 (E2 + NULL)
    #                   LOAD_CONST               7 (7)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    100    L4:     LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #     87            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       34 (to L8)
    #                   POP_TOP
    #   
    #     88            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (3)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     89            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (4)
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     POP_EXCEPT
    #   
    #    100    L7:     LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #     87    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #     90            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L14)
    #                   POP_TOP
    #   
    #     91   L11:     NOP
    #   
    #     92            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        17 (to L13)
    #   
    #     93   L12:     POP_EXCEPT
    #   
    #    100            LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #     94   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               5 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     95            JUMP_BACKWARD           40 (to L11)
    #   
    #     90   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L10 [0]
    #     L5 to L6 -> L9 [1] lasti
    #     L6 to L7 -> L10 [0]
    #     L8 to L9 -> L9 [1] lasti
    #     L9 to L10 -> L10 [0]
    #     L10 to L12 -> L15 [1] lasti
    #     L13 to L15 -> L15 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_orphan_clause_code_loop_break_elif: a break out of a loop ending an except clause runs a copy of the code after the try that no other path shows, at 330')


def if_try_orphan_clause_pass_loop_break_elif(c, t, x, n, m):
    # depyf: could not decompile if_try_orphan_clause_pass_loop_break_elif: a break out of a loop ending an except clause runs a copy of the code after the try that no other path shows, at 252
    #    103            RESUME                   0
    #   
    #    104            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L3)
    #   
    #    105            NOP
    #   
    #    106    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    107    L2:     NOP
    #   
    #    108            RETURN_CONST             2 (2)
    #   
    #    116    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       20 (to L4)
    #                   LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        8 (to L4)
    #   
    #    117            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               4 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    118    L4:     LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    109            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       18 (to L8)
    #                   POP_TOP
    #   
    #    110    L6:     POP_EXCEPT
    #   
    #    118    L7:     LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #    109    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    111            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L14)
    #                   POP_TOP
    #   
    #    112            NOP
    #   
    #    113   L11:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        17 (to L13)
    #   
    #    114   L12:     POP_EXCEPT
    #   
    #    118            LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #    115   L13:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    112            JUMP_BACKWARD           39 (to L11)
    #   
    #    111   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L10 [0]
    #     L5 to L6 -> L9 [1] lasti
    #     L6 to L7 -> L10 [0]
    #     L8 to L9 -> L9 [1] lasti
    #     L9 to L10 -> L10 [0]
    #     L10 to L12 -> L15 [1] lasti
    #     L13 to L15 -> L15 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_orphan_clause_pass_loop_break_elif: a break out of a loop ending an except clause runs a copy of the code after the try that no other path shows, at 252')


def if_try_return_clause_loop_break_elif(c, t, x, n, m):
    # depyf: could not decompile if_try_return_clause_loop_break_elif: a break out of a loop ending an except clause runs a copy of the code after the try that no other path shows, at 162
    #    121            RESUME                   0
    #   
    #    122            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L3)
    #   
    #    123            NOP
    #   
    #    124    L1:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (1)
    #                   CALL                     1
    #           L2:     RETURN_VALUE
    #   
    #    130    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        8 (to L4)
    #   
    #    131            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (6)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    132    L4:     LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    125            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L9)
    #                   POP_TOP
    #   
    #    126            NOP
    #   
    #    127    L6:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        17 (to L8)
    #   
    #    128    L7:     POP_EXCEPT
    #   
    #    132            LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #    129    L8:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (5)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    126            JUMP_BACKWARD           39 (to L6)
    #   
    #    125    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L5 [0]
    #     L5 to L7 -> L10 [1] lasti
    #     L8 to L10 -> L10 [1] lasti
    raise RuntimeError('depyf: could not decompile if_try_return_clause_loop_break_elif: a break out of a loop ending an except clause runs a copy of the code after the try that no other path shows, at 162')

assert run([], if_try_orphan_clause_code_loop_break_elif) in (('E1', []), FELL)
assert run([1], if_try_orphan_clause_code_loop_break_elif) in ((2, [-1]), FELL)
assert run([1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_orphan_clause_code_loop_break_elif) in (('E2', [-1]), FELL)
assert run([0, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [6]), FELL)
assert run([1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5]), FELL)
assert run([0, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E2', [6]), FELL)
assert run([1, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], if_try_orphan_clause_code_loop_break_elif) in (('E1', [-1, 5, 5, 5, 5]), FELL)
assert run([], if_try_orphan_clause_pass_loop_break_elif) in (('E1', []), FELL)
assert run([1], if_try_orphan_clause_pass_loop_break_elif) in ((2, [-1]), FELL)
assert run([1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_orphan_clause_pass_loop_break_elif) in (('E2', [-1]), FELL)
assert run([0, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [6]), FELL)
assert run([1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5]), FELL)
assert run([1, 1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], if_try_orphan_clause_pass_loop_break_elif) in (('E1', [-1, 5, 5, 5, 5]), FELL)
assert run([], if_try_return_clause_loop_break_elif) in (('E1', []), FELL)
assert run([1], if_try_return_clause_loop_break_elif) in ((None, [-1]), FELL)
assert run([0, 1], if_try_return_clause_loop_break_elif) in (('E1', [6]), FELL)
assert run([1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1]), FELL)
assert run([1, 2], if_try_return_clause_loop_break_elif) in (('E2', [-1]), FELL)
assert run([1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5]), FELL)
assert run([1, 1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5, 5, 5]), FELL)
assert run([1, 1, 1, 1, 1, 1], if_try_return_clause_loop_break_elif) in (('E1', [-1, 5, 5, 5, 5]), FELL)
