







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


def try_with_try_returns_then_code_clause_loop(c, t, x, n, m):
    # depyf: could not decompile try_with_try_returns_then_code_clause_loop: a try statement read inside itself, its handler at 184
    #     80            RESUME                   0
    #   
    #     81            NOP
    #   
    #     82    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #     83    L3:     NOP
    #   
    #     84    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #   
    #     82    L5:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L6:     RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #     85            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     86    L8:     POP_EXCEPT
    #   
    #     82    L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L10:     LOAD_SMALL_INT          12
    #                   RETURN_VALUE
    #   
    #     85   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     82   L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L14)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L17)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     87   L17:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #          L18:     JUMP_FORWARD            54 (to L28)
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       41 (to L26)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89   L20:     NOP
    #   
    #     90            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        16 (to L24)
    #          L21:     NOT_TAKEN
    #          L22:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #          L23:     POP_JUMP_IF_TRUE         3 (to L24)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           29 (to L20)
    #   
    #     91   L24:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92   L25:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L28)
    #   
    #     88   L26:     RERAISE                  0
    #   
    #     --   L27:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     93   L28:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          47
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L19 [0]
    #     L2 to L3 -> L13 [2] lasti
    #     L4 to L5 -> L7 [2]
    #     L5 to L6 -> L19 [0]
    #     L7 to L8 -> L12 [3] lasti
    #     L8 to L9 -> L13 [2] lasti
    #     L9 to L10 -> L19 [0]
    #     L11 to L12 -> L12 [3] lasti
    #     L12 to L13 -> L13 [2] lasti
    #     L13 to L15 -> L16 [4] lasti
    #     L15 to L18 -> L19 [0]
    #     L19 to L21 -> L27 [1] lasti
    #     L22 to L23 -> L27 [1] lasti
    #     L24 to L25 -> L27 [1] lasti
    #     L26 to L27 -> L27 [1] lasti
    raise RuntimeError('depyf: could not decompile try_with_try_returns_then_code_clause_loop: a try statement read inside itself, its handler at 184')


def try_with_try_returns_then_code_clause_call(c, t, x, n, m):
    # depyf: could not decompile try_with_try_returns_then_code_clause_call: a try statement read inside itself, its handler at 184
    #     96            RESUME                   0
    #   
    #     97            NOP
    #   
    #     98    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #     99    L3:     NOP
    #   
    #    100    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #   
    #     98    L5:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L6:     RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    101            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L11)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    102    L8:     POP_EXCEPT
    #   
    #     98    L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L10:     LOAD_SMALL_INT          12
    #                   RETURN_VALUE
    #   
    #    101   L11:     RERAISE                  0
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     98   L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L14)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L17)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    103   L17:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #          L18:     JUMP_FORWARD            25 (to L23)
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    104            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L21)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    105            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #          L20:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L23)
    #   
    #    104   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    106   L23:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          47
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L19 [0]
    #     L2 to L3 -> L13 [2] lasti
    #     L4 to L5 -> L7 [2]
    #     L5 to L6 -> L19 [0]
    #     L7 to L8 -> L12 [3] lasti
    #     L8 to L9 -> L13 [2] lasti
    #     L9 to L10 -> L19 [0]
    #     L11 to L12 -> L12 [3] lasti
    #     L12 to L13 -> L13 [2] lasti
    #     L13 to L15 -> L16 [4] lasti
    #     L15 to L18 -> L19 [0]
    #     L19 to L20 -> L22 [1] lasti
    #     L21 to L22 -> L22 [1] lasti
    raise RuntimeError('depyf: could not decompile try_with_try_returns_then_code_clause_call: a try statement read inside itself, its handler at 184')


def try_with_return_then_code_clause_while(c, t, x, n, m):
    # depyf: could not decompile try_with_return_then_code_clause_while: a try statement read inside itself, its handler at 130
    #    109            RESUME                   0
    #   
    #    110            NOP
    #   
    #    111    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    112            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #   
    #    111    L3:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L4:     RETURN_VALUE
    #           L5:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L6)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L6:     POP_TOP
    #           L7:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L9)
    #   
    #     --    L8:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    113    L9:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #          L10:     JUMP_FORWARD            40 (to L18)
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #    114            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       27 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    115   L12:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L15)
    #          L13:     NOT_TAKEN
    #   
    #    116   L14:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           23 (to L12)
    #   
    #    115   L15:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L18)
    #   
    #    114   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    117   L18:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          47
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L1 to L2 -> L11 [0]
    #     L2 to L3 -> L5 [2] lasti
    #     L3 to L4 -> L11 [0]
    #     L5 to L7 -> L8 [4] lasti
    #     L7 to L10 -> L11 [0]
    #     L11 to L13 -> L17 [1] lasti
    #     L14 to L15 -> L17 [1] lasti
    #     L16 to L17 -> L17 [1] lasti
    raise RuntimeError('depyf: could not decompile try_with_return_then_code_clause_while: a try statement read inside itself, its handler at 130')

assert run([], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_returns_then_code_clause_loop) in ((12, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_returns_then_code_clause_loop) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([2, 1, 1], try_with_try_returns_then_code_clause_loop) in (('Budget', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([2, 1, 2], try_with_try_returns_then_code_clause_loop) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([2, 1, 1, 1], try_with_try_returns_then_code_clause_loop) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 11, 47]), FELL)
assert run([], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_try_returns_then_code_clause_call) in ((12, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2], try_with_try_returns_then_code_clause_call) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([2, 1], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([2, 1, 1], try_with_try_returns_then_code_clause_call) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 14, 47]), FELL)
assert run([2, 1, 2], try_with_try_returns_then_code_clause_call) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 47]), FELL)
assert run([2], try_with_return_then_code_clause_while) in (('E2', [('enter', 1), -1, ('exit', 1, False)]), FELL)
assert run([1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 47]), FELL)
assert run([1, 0, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 47]), FELL)
assert run([1, 1, 2], try_with_return_then_code_clause_while) in (('E2', [('enter', 1), -1, ('exit', 1, True), -13]), FELL)
assert run([1, 0, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 47]), FELL)
assert run([1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 2, 47]), FELL)
assert run([1, 0, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, False), 2, 2, 2, 2, 2, 47]), FELL)
assert run([1, 1, 1, 1, 1, 1, 1], try_with_return_then_code_clause_while) in ((None, [('enter', 1), -1, ('exit', 1, True), -13, 2, 2, 2, 2, 47]), FELL)
