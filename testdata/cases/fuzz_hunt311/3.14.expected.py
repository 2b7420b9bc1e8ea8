











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


def else_try_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile else_try_return_in_finally: a statement (ExprStmt) after if in the same block (a misread layout)
    #     72            RESUME                   0
    #   
    #     75            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       49 (to L7)
    #                   NOT_TAKEN
    #   
    #     76            NOP
    #   
    #     77    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     STORE_FAST               5 (w)
    #   
    #     78            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     77    L3:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #     79    L4:     NOP
    #   
    #     80    L5:     NOP
    #   
    #     86    L6:     NOP
    #   
    #     87            NOP
    #   
    #     91            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT          20
    #                   RETURN_VALUE
    #   
    #     92    L7:     LOAD_SMALL_INT          30
    #                   RETURN_VALUE
    #   
    #     77    L8:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L9)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L9:     POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 32 (to L4)
    #   
    #     --   L11:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L12:     PUSH_EXC_INFO
    #   
    #     81            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     82   L13:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 46 (to L6)
    #   
    #     81   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L16:     PUSH_EXC_INFO
    #   
    #     88            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     89   L17:     POP_EXCEPT
    #                   JUMP_FORWARD            29 (to L24)
    #   
    #     88   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L20:     PUSH_EXC_INFO
    #   
    #     83            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L22)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     84            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #          L21:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L24)
    #   
    #     83   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     91   L24:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     92            LOAD_SMALL_INT          30
    #                   RETURN_VALUE
    #   
    #     --   L25:     PUSH_EXC_INFO
    #   
    #     91            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L26:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L20 [0]
    #     L2 to L3 -> L8 [2] lasti
    #     L3 to L4 -> L20 [0]
    #     L5 to L6 -> L20 [0]
    #     L8 to L10 -> L11 [4] lasti
    #     L10 to L12 -> L20 [0]
    #     L12 to L13 -> L15 [1] lasti
    #     L13 to L14 -> L20 [0]
    #     L14 to L15 -> L15 [1] lasti
    #     L15 to L16 -> L20 [0]
    #     L16 to L17 -> L19 [1] lasti
    #     L17 to L18 -> L25 [0]
    #     L18 to L19 -> L19 [1] lasti
    #     L19 to L20 -> L25 [0]
    #     L20 to L21 -> L23 [1] lasti
    #     L21 to L22 -> L25 [0]
    #     L22 to L23 -> L23 [1] lasti
    #     L23 to L24 -> L25 [0]
    #     L25 to L26 -> L26 [1] lasti
    raise RuntimeError('depyf: could not decompile else_try_return_in_finally: a statement (ExprStmt) after if in the same block (a misread layout)')


def else_dead_try_return_in_finally(c, t, x, n, m):
    # depyf: could not decompile else_dead_try_return_in_finally: except clauses fall off past the end of their region at 78
    #     95            RESUME                   0
    #   
    #     96            NOP
    #   
    #     97    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    101    L2:     NOP
    #   
    #    102            NOP
    #   
    #    106            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_SMALL_INT          20
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    103            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L5)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    104    L4:     POP_EXCEPT
    #                   JUMP_FORWARD            29 (to L11)
    #   
    #    103    L5:     RERAISE                  0
    #   
    #     --    L6:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #           L7:     PUSH_EXC_INFO
    #   
    #     98            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #     99            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #     98    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    106   L11:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    106            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          22
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L7 [0]
    #     L3 to L4 -> L6 [1] lasti
    #     L4 to L5 -> L12 [0]
    #     L5 to L6 -> L6 [1] lasti
    #     L6 to L7 -> L12 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L8 to L9 -> L12 [0]
    #     L9 to L10 -> L10 [1] lasti
    #     L10 to L11 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile else_dead_try_return_in_finally: except clauses fall off past the end of their region at 78')


def for_return_in_dead_try(c, t, x, n, m):
    try:
        for j in n():
            return 1
    except E1:
        t(1)
    except E2 as e:
        t(2)


def with_try_case_return(c, t, x, n, m):
    with m(1) as w:
        try:
            match c() % 5:
                case 1 | 2:
                    x(3)
                case z if z > 3:
                    return 6
        except E1:
            return 8


def with_with_try_default_return(c, t, x, n, m):
    with m(1) as w, m(2):
        try:
            match c() % 5:
                case 1 | 2:
                    x(3)
                case _:
                    return 7
        except E1:
            return 8


def with_try_elif_return(c, t, x, n, m):
    with m(1) as w:
        try:
            if c():
                x(3)
            elif c():
                return 6
        except E1:
            return 8


def clause_try_return_through_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                return [k + 1 for k in n()]
            except E1:
                pass
        finally:
            t(23)
    except E1:
        t(2)


def clause_try_call_return_through_finally(c, t, x, n, m):
    try:
        try:
            x(1)
        except E1:
            try:
                return c()
            except E1:
                pass
        finally:
            t(23)
    except E1:
        t(2)


def case_nested_match_then_default(c, t, x, n, m):
    match c() % 3, c():
        case [1, _] | [2, True]:
            z = c() % 5
            if z > 3:
                pass
            else:
                raise E1(36)
        case _:
            pass
    t(43)


def named_clause_with_return(c, t, x, n, m):
    try:
        x(0)
    except E2 as e:
        with m(20) as w:
            x(21)
            return 22
    t(26)

assert run([], else_try_return_in_finally) in ((30, []), FELL)
assert run([0], else_try_return_in_finally) in ((30, []), FELL)
assert run([1], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([2], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([3], else_try_return_in_finally) in ((20, [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([0, 0], else_try_return_in_finally) in ((30, []), FELL)
assert run([1, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([1, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([2, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([2, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([3, 1], else_try_return_in_finally) in ((30, [('enter', 2), -5, ('exit', 2, False), 1, 22]), FELL)
assert run([3, 2], else_try_return_in_finally) in (('E2', [('enter', 2), -5, ('exit', 2, False), 22]), FELL)
assert run([], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([0], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([1], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([2], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([3], else_dead_try_return_in_finally) in ((20, [-5, 22]), FELL)
assert run([1, 0], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([1, 2], else_dead_try_return_in_finally) in ((None, [-5, 1, 22]), FELL)
assert run([2, 0], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([2, 1], else_dead_try_return_in_finally) in (('E2', [-5, 22]), FELL)
assert run([], for_return_in_dead_try) in ((None, []), FELL)
assert run([0], for_return_in_dead_try) in ((None, []), FELL)
assert run([1], for_return_in_dead_try) in ((1, []), FELL)
assert run([2], for_return_in_dead_try) in ((1, []), FELL)
assert run([3], for_return_in_dead_try) in ((1, []), FELL)
assert run([0, 1], for_return_in_dead_try) in ((None, []), FELL)
assert run([], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([3], with_try_case_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([4], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 0], with_try_case_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_case_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_case_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_case_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([4, 0], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([4, 1], with_try_case_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([3], with_with_try_default_return) in ((7, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0], with_with_try_default_return) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 2], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 3], with_with_try_default_return) in ((8, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 0], with_with_try_default_return) in (('E2', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_try_elif_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0], with_try_elif_return) in ((None, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([3], with_try_elif_return) in ((None, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 3], with_try_elif_return) in ((6, [('enter', 1), ('exit', 1, False)]), FELL)
assert run([1, 1], with_try_elif_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([1, 2], with_try_elif_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_elif_return) in ((8, [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([2, 2], with_try_elif_return) in (('E2', [('enter', 1), -3, ('exit', 1, False)]), FELL)
assert run([], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([0], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1], clause_try_return_through_finally) in (([], [-1, 23]), FELL)
assert run([2], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([3], clause_try_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1, 0], clause_try_return_through_finally) in (([], [-1, 23]), FELL)
assert run([1, 1], clause_try_return_through_finally) in (([1], [-1, 23]), FELL)
assert run([1, 2], clause_try_return_through_finally) in (([1, 2], [-1, 23]), FELL)
assert run([1, 3], clause_try_return_through_finally) in (([1, 2, 3], [-1, 23]), FELL)
assert run([1, 5], clause_try_return_through_finally) in (([1, 2, 3, 4, 5], [-1, 23]), FELL)
assert run([2, 0], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([2, 1], clause_try_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([0], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1], clause_try_call_return_through_finally) in ((0, [-1, 23]), FELL)
assert run([2], clause_try_call_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([3], clause_try_call_return_through_finally) in ((None, [-1, 23]), FELL)
assert run([1, 0], clause_try_call_return_through_finally) in ((0, [-1, 23]), FELL)
assert run([1, 1], clause_try_call_return_through_finally) in ((1, [-1, 23]), FELL)
assert run([1, 2], clause_try_call_return_through_finally) in ((2, [-1, 23]), FELL)
assert run([1, 3], clause_try_call_return_through_finally) in ((3, [-1, 23]), FELL)
assert run([1, 4], clause_try_call_return_through_finally) in ((4, [-1, 23]), FELL)
assert run([1, 5], clause_try_call_return_through_finally) in ((5, [-1, 23]), FELL)
assert run([2, 0], clause_try_call_return_through_finally) in (('E2', [-1, 23]), FELL)
assert run([], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([0], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([1], case_nested_match_then_default) in (('E1', []), FELL)
assert run([2], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([4], case_nested_match_then_default) in (('E1', []), FELL)
assert run([1, 0], case_nested_match_then_default) in (('E1', []), FELL)
assert run([1, 0, 4], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([2, 1, 5], case_nested_match_then_default) in ((None, [43]), FELL)
assert run([1, 0, 3], case_nested_match_then_default) in (('E1', []), FELL)
assert run([], named_clause_with_return) in ((None, [0, 26]), FELL)
assert run([0], named_clause_with_return) in ((None, [0, 26]), FELL)
assert run([1], named_clause_with_return) in (('E1', [0]), FELL)
assert run([2], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 0], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 1], named_clause_with_return) in (('E1', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 2], named_clause_with_return) in (('E2', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 0, 1], named_clause_with_return) in ((22, [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
assert run([2, 1, 1], named_clause_with_return) in ((None, [0, ('enter', 20), -21, ('exit', 20, True), 26]), FELL)
assert run([2, 2, 1], named_clause_with_return) in ((None, [0, ('enter', 20), -21, ('exit', 20, True), 26]), FELL)
assert run([2, 1, 2], named_clause_with_return) in (('E1', [0, ('enter', 20), -21, ('exit', 20, False)]), FELL)
