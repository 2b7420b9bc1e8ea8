









class E1(Exception):
    pass


class E2(Exception):
    pass

FELL = ('fell back',)

def run(answers, f):
    "f's result (or the name of the exception it raised) and what it logged; answers drive every test,\nevery loop's length (n), which call of x raises (1: E1, 2: E2) and which manager suppresses (odd).\nFELL when f fell back to its disassembly (its honest raise)."
    seen = []
    it = iter(answers)
    def c():
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


def clause_try_else_for_return(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for i in n():
                t(6)
                break
            else:
                raise E1(2)
        except E1:
            t(3)
        except E2 as e:
            t(4)
        else:
            for j in n():
                return 5


def clause_while_true_break_else_raise(c, t, x, n, m):
    try:
        x(3)
    except E1:
        while True:
            if c():
                t(4)
                break
            else:
                if c():
                    t(5)
                    continue
                raise E1(27)
    t(29)


def match_default_return_in_with_try(c, t, x, n, m):
    # depyf: could not decompile match_default_return_in_with_try: code between a with body and its handler at 172
    #    108            RESUME                   0
    #   
    #    111            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    112    L2:     NOP
    #   
    #    113    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    114            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_SMALL_INT           3
    #                   BINARY_OP                6 (%)
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_TUPLE              2
    #   
    #    115            MATCH_SEQUENCE
    #                   POP_JUMP_IF_FALSE       23 (to L7)
    #                   NOT_TAKEN
    #                   GET_LEN
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              72 (==)
    #                   POP_JUMP_IF_FALSE       16 (to L7)
    #           L4:     NOT_TAKEN
    #           L5:     UNPACK_SEQUENCE          2
    #                   LOAD_SMALL_INT           0
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        8 (to L7)
    #                   NOT_TAKEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        3 (to L8)
    #                   NOT_TAKEN
    #   
    #    116    L6:     JUMP_FORWARD            13 (to L10)
    #   
    #    115    L7:     POP_TOP
    #   
    #    117    L8:     NOP
    #   
    #    118    L9:     NOP
    #   
    #    111            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          18
    #                   RETURN_VALUE
    #          L10:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L11:     PUSH_EXC_INFO
    #   
    #    119            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L13)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    120            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L12:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 31 (to L10)
    #   
    #    121   L13:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       19 (to L19)
    #          L14:     NOT_TAKEN
    #          L15:     STORE_FAST               5 (e)
    #   
    #    122   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #          L17:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   JUMP_BACKWARD_NO_INTERRUPT 54 (to L10)
    #   
    #     --   L18:     LOAD_CONST               1 (None)
    #                   STORE_FAST               5 (e)
    #                   DELETE_FAST              5 (e)
    #                   RERAISE                  1
    #   
    #    121   L19:     RERAISE                  0
    #   
    #     --   L20:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    111   L21:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L22)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L22:     POP_TOP
    #          L23:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L21 [2] lasti
    #     L3 to L4 -> L11 [2]
    #     L5 to L6 -> L11 [2]
    #     L6 to L7 -> L21 [2] lasti
    #     L7 to L9 -> L11 [2]
    #     L11 to L12 -> L20 [3] lasti
    #     L12 to L13 -> L21 [2] lasti
    #     L13 to L14 -> L20 [3] lasti
    #     L15 to L16 -> L20 [3] lasti
    #     L16 to L17 -> L18 [3] lasti
    #     L17 to L18 -> L21 [2] lasti
    #     L18 to L20 -> L20 [3] lasti
    #     L20 to L21 -> L21 [2] lasti
    #     L21 to L23 -> L24 [4] lasti
    raise RuntimeError('depyf: could not decompile match_default_return_in_with_try: code between a with body and its handler at 172')


def if_match_default_return_in_try(c, t, x, n, m):
    if c() and (c() or c()):
        try:
            match c() % 3, c():
                case [1, _] | [2, 1]:
                    return None
                case _:
                    t(5)
        except E1:
            t(38)
            return None
        return 36
    if c() in (1, 2, 3):
        return None
    if c():
        if c() or c():
            t(54)


def for_while_with_return(c, t, x, n, m):
    for i in n():
        while True:
            if not c():
                if not c():
                    break
                if not c():
                    break
            with m(1), m(2):
                x(3)
                return i


def try_while_break_elif(c, t, x, n, m):
    try:
        while c():
            if not (c() and c()):
                t(2)
                break
            if (q := c()) % 2 == 0:
                pass
            elif c():
                pass
            t(3)
        x(1)
    except E1:
        pass
    t(21)

assert run([], clause_try_else_for_return) in ((None, [-1]), FELL)
assert run([1, 2, 0, 0, 3, 0], clause_try_else_for_return) in ((None, [-1, 6]), FELL)
assert run([2, 0, 1, 0, 3, 2, 0], clause_try_else_for_return) in (('E2', [-1]), FELL)
assert run([1, 1, 2, 1, 3, 0, 3, 1, 3], clause_try_else_for_return) in ((5, [-1, 6]), FELL)
assert run([1, 0, 3, 0], clause_try_else_for_return) in ((None, [-1, 3]), FELL)
assert run([], clause_while_true_break_else_raise) in ((None, [-3, 29]), FELL)
assert run([2, 2, 1, 1, 1], clause_while_true_break_else_raise) in (('E2', [-3]), FELL)
assert run([1, 3, 2, 1, 1, 1, 0, 0, 0, 3], clause_while_true_break_else_raise) in ((None, [-3, 4, 29]), FELL)
assert run([1, 0, 1, 3, 0, 1, 3, 2, 1, 3], clause_while_true_break_else_raise) in ((None, [-3, 5, 4, 29]), FELL)
assert run([1], clause_while_true_break_else_raise) in (('E1', [-3]), FELL)
assert run([1, 0, 1, 0, 3, 1, 3, 1, 2], clause_while_true_break_else_raise) in ((None, [-3, 5, 5, 4, 29]), FELL)
assert run([1, 0, 3, 0], clause_while_true_break_else_raise) in (('E1', [-3, 5]), FELL)
assert run([1, 0, 2, 0, 2, 0, 0, 3], clause_while_true_break_else_raise) in (('E1', [-3, 5, 5]), FELL)
assert run([1, 0, 3, 0, 2, 0, 1, 3, 1], clause_while_true_break_else_raise) in ((None, [-3, 5, 5, 5, 4, 29]), FELL)
assert run([1, 0, 1, 0, 1, 0, 1, 0, 3], clause_while_true_break_else_raise) in (('E1', [-3, 5, 5, 5, 5]), FELL)
assert run([], match_default_return_in_with_try) in ((18, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, 2, ('exit', 1, False)]), FELL)
assert run([2, 1, 1, 3, 2], match_default_return_in_with_try) in ((None, [('enter', 1), -4, 3, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 3, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], match_default_return_in_with_try) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 1, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 0, 1, 4, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([2, 2, 0], if_match_default_return_in_try) in ((36, [5]), FELL)
assert run([0, 0, 1, 1, 0, 1, 3, 1, 3], if_match_default_return_in_try) in ((None, [54]), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 1, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 2, 1], if_match_default_return_in_try) in ((None, []), FELL)
assert run([1, 1, 1, 0], if_match_default_return_in_try) in ((None, []), FELL)
assert run([], for_while_with_return) in ((None, []), FELL)
assert run([2, 3, 2, 1, 3, 0], for_while_with_return) in ((0, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 3, 1, 3, 1, 2, 1, 1, 3], for_while_with_return) in ((0, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 3, 1, 1, 3], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 2, 2, 2, 1], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([1, 1, 2], for_while_with_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1, 2, 1, 3, 3, 3, 3], for_while_with_return) in ((0, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2, 1, 0, 3, 0, 1, 2, 1], for_while_with_return) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3, 1, 1, 2], for_while_with_return) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1, 2, 1, 2, 1, 0, 1], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([1, 2, 2, 3], for_while_with_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 1, 2, 3, 1, 1, 2, 2, 2], for_while_with_return) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), ('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], try_while_break_elif) in ((None, [-1, 21]), FELL)
assert run([3, 3, 2, 0, 1, 0], try_while_break_elif) in ((None, [3, 2, -1, 21]), FELL)
assert run([3, 1, 1, 1, 0, 0, 2], try_while_break_elif) in (('E2', [3, -1]), FELL)
assert run([1, 1, 0], try_while_break_elif) in ((None, [2, -1, 21]), FELL)
assert run([3, 2, 1, 0, 0, 1], try_while_break_elif) in ((None, [3, -1, 21]), FELL)
assert run([1, 3, 0, 2, 1, 1, 1, 1, 3], try_while_break_elif) in (('E2', [2, -1]), FELL)
assert run([0, 2, 0, 1, 2, 2], try_while_break_elif) in (('E2', [-1]), FELL)
assert run([2, 1, 2, 1, 2, 1, 1, 2], try_while_break_elif) in ((None, [3, 3, -1, 21]), FELL)
assert run([2, 1, 1, 0, 1, 2, 2, 0, 0, 2], try_while_break_elif) in (('E2', [3, 3, -1]), FELL)
assert run([1, 1, 1, 1, 1, 2, 1, 0, 2], try_while_break_elif) in (('E2', [3, 2, -1]), FELL)
assert run([2, 3, 1, 0, 1, 2, 3, 2, 1], try_while_break_elif) in ((None, [3, 3, 2, -1, 21]), FELL)
