








































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


def try_match_guarded_then_default_if_returning(c, t, x, n, m):
    try:
        match c() % 3, c():
            case [z, False] if z:
                pass
            case _:
                if not c():
                    return 35
    except E1:
        pass
    except E2 as e:
        pass
    t(65)


def try_match_default_if_returning(c, t, x, n, m):
    try:
        if c() == 1:
            t(1)
        elif not c():
            return 35
    except E1:
        pass
    t(65)


def try_for_with_break_else_if_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1):
                break
        else:
            if c():
                t(5)
            else:
                return 9
    except E1:
        pass
    t(18)


def try_for_with_break_else_elif_and_returning(c, t, x, n, m):
    try:
        for k in n():
            with m(1) as w:
                t(2)
                break
        else:
            t(3)
            if c():
                t(5)
            elif c() and c():
                t(6)
            else:
                return 9
    except E1:
        t(10)
    t(18)


def try_with_return_then_while_with_return(c, t, x, n, m):
    # depyf: could not decompile try_with_return_then_while_with_return: a loop's body read past the end of its region at 404
    #    175            RESUME                   0
    #   
    #    176            NOP
    #   
    #    177    L1:     LOAD_FAST_BORROW         4 (m)
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
    #                   LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #    178    L4:     NOP
    #   
    #    179    L5:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    180    L6:     NOP
    #   
    #    177    L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L9:     LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    181            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    182   L11:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L14)
    #   
    #    181   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    182   L14:     NOP
    #   
    #    177   L15:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L20)
    #          L16:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L17)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L17:     POP_TOP
    #          L18:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L20)
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    177   L20:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L25)
    #          L21:     PUSH_EXC_INFO
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
    #                   JUMP_FORWARD             3 (to L25)
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    183   L25:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE      103 (to L42)
    #          L26:     NOT_TAKEN
    #   
    #    184   L27:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #          L28:     POP_TOP
    #                   LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #          L29:     POP_TOP
    #   
    #    185            NOP
    #   
    #    184   L30:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L31:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L32:     LOAD_SMALL_INT          11
    #                   RETURN_VALUE
    #          L33:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L34)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L34:     POP_TOP
    #          L35:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L37)
    #   
    #     --   L36:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    184   L37:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           95 (to L25)
    #          L38:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L39)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L39:     POP_TOP
    #          L40:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          112 (to L25)
    #   
    #     --   L41:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    183   L42:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L43:     PUSH_EXC_INFO
    #   
    #    186            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L45)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    187   L44:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    186   L45:     RERAISE                  0
    #   
    #     --   L46:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L43 [0]
    #     L2 to L3 -> L21 [2] lasti
    #     L3 to L4 -> L16 [4] lasti
    #     L5 to L6 -> L10 [4]
    #     L7 to L8 -> L21 [2] lasti
    #     L8 to L9 -> L43 [0]
    #     L10 to L11 -> L13 [5] lasti
    #     L11 to L12 -> L16 [4] lasti
    #     L12 to L13 -> L13 [5] lasti
    #     L13 to L14 -> L16 [4] lasti
    #     L15 to L16 -> L21 [2] lasti
    #     L16 to L18 -> L19 [6] lasti
    #     L18 to L20 -> L21 [2] lasti
    #     L20 to L21 -> L43 [0]
    #     L21 to L23 -> L24 [4] lasti
    #     L23 to L26 -> L43 [0]
    #     L27 to L28 -> L43 [0]
    #     L28 to L29 -> L38 [2] lasti
    #     L29 to L30 -> L33 [4] lasti
    #     L30 to L31 -> L38 [2] lasti
    #     L31 to L32 -> L43 [0]
    #     L33 to L35 -> L36 [6] lasti
    #     L35 to L37 -> L38 [2] lasti
    #     L37 to L38 -> L43 [0]
    #     L38 to L40 -> L41 [4] lasti
    #     L40 to L42 -> L43 [0]
    #     L43 to L44 -> L46 [1] lasti
    #     L45 to L46 -> L46 [1] lasti
    raise RuntimeError("depyf: could not decompile try_with_return_then_while_with_return: a loop's body read past the end of its region at 404")


def try_while_with_return(c, t, x, n, m):
    try:
        while c():
            with m(8), m(9):
                return 11
    except E1:
        pass
    t(1)


def for_nested_try_continue_then_return(c, t, x, n, m):
    for j in n():
        try:
            try:
                x(13)
            except E1:
                return 26
            except E2 as e:
                return 26
        except E1:
            return 26
        except E2 as e:
            return 26


def elif_try_finally_returning_and_test_in_finally(c, t, x, n, m):
    if c() and c():
        return None
    if c():
        try:
            x(15)
            return 18
        except E1:
            pass
        finally:
            t(23)
            if c():
                if c():
                    pass
    elif c():
        return None


def if_try_finally_returning_if_in_finally(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 18
        except E1:
            pass
        finally:
            t(23)
            if c():
                pass


def try_then_while_or_with_returning(c, t, x, n, m):
    try:
        while c():
            pass
        raise E1(2)
    except E1:
        if c() and c():
            x(12)
    x(17)
    while c() or c():
        with m(18):
            if c() and c():
                x(20)
                t(21)
            return 22


def try_if_else_nested_with_raising_then_code(c, t, x, n, m):
    try:
        x(2)
        if c():
            pass
        else:
            with m(12), m(13):
                raise E2(15)
    except E1:
        pass
    t(24)


def try_if_or_elif_else_with_as_raising_then_code(c, t, x, n, m):
    try:
        x(2)
        if c() or c():
            pass
        elif c():
            pass
        else:
            with m(12) as w, m(13):
                raise E2(15)
    except E1:
        pass
    t(24)


def while_while_true_try_return_clause_then_with_break(c, t, x, n, m):
    # depyf: could not decompile while_while_true_try_return_clause_then_with_break: an except clause goes on past the end of a loop sharing its head at 82
    #    299            RESUME                   0
    #   
    #    300    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       26 (to L6)
    #                   NOT_TAKEN
    #   
    #    301    L2:     NOP
    #   
    #    302            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L3)
    #                   NOT_TAKEN
    #   
    #    303            JUMP_BACKWARD           29 (to L1)
    #   
    #    304    L3:     NOP
    #   
    #    305    L4:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #           L5:     RETURN_VALUE
    #   
    #    300    L6:     LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    306            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    307    L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    306    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    308   L11:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #          L12:     POP_TOP
    #   
    #    309            NOP
    #   
    #    308   L13:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           85 (to L1)
    #          L14:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L15)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L15:     POP_TOP
    #          L16:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD           89 (to L2)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L4 to L5 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    #     L12 to L13 -> L14 [2] lasti
    #     L14 to L16 -> L17 [4] lasti
    raise RuntimeError('depyf: could not decompile while_while_true_try_return_clause_then_with_break: an except clause goes on past the end of a loop sharing its head at 82')


def for_while_try_continue_clause_then_with_break(c, t, x, n, m):
    for k in n():
        x(1)
        while c():
            x(2)
            try:
                t(3)
                continue
            except E1:
                x(4)
                t(5)
            with m(6) as w:
                t(7)
                t(8)
                break


def for_while_try_continue_clause_then_with(c, t, x, n, m):
    for k in n():
        while c():
            try:
                t(3)
                continue
            except E1:
                pass
            with m(6) as w:
                pass


def if_while_and_before_elif(c, t, x, n, m):
    if c():
        if c():
            while c() and c():
                t(2)
        elif c():
            return
    elif c():
        return


def with_orphan_clause_return_then_with_return(c, t, x, n, m):
    with m(1) as w, m(2):
        try:
            pass
        except E1:
            try:
                pass
            except E2 as e:
                return 18
        with m(26):
            return x(1)


def with_try_clause_return_then_with_return(c, t, x, n, m):
    with m(1), m(2):
        try:
            x(0)
        except E1:
            return 18
        with m(26):
            return x(1)


def try_while_try_break_finally_then_if(c, t, x, n, m):
    try:
        while c():
            try:
                t(1)
                break
            except E1:
                pass
            finally:
                t(7)
    except E1:
        pass
    if c():
        t(8)

assert run([], try_match_guarded_then_default_if_returning) in ((35, []), FELL)
assert run([0, 0, 1], try_match_guarded_then_default_if_returning) in ((None, [65]), FELL)
assert run([], try_match_default_if_returning) in ((35, []), FELL)
assert run([1], try_match_default_if_returning) in ((None, [1, 65]), FELL)
assert run([0, 1], try_match_default_if_returning) in ((None, [65]), FELL)
assert run([], try_for_with_break_else_if_returning) in ((9, []), FELL)
assert run([1], try_for_with_break_else_if_returning) in ((None, [('enter', 1), ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_if_returning) in ((None, [5, 18]), FELL)
assert run([], try_for_with_break_else_elif_and_returning) in ((9, [3]), FELL)
assert run([1], try_for_with_break_else_elif_and_returning) in ((None, [('enter', 1), 2, ('exit', 1, False), 18]), FELL)
assert run([0, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 5, 18]), FELL)
assert run([0, 0, 1, 1], try_for_with_break_else_elif_and_returning) in ((None, [3, 6, 18]), FELL)
assert run([], try_with_return_then_while_with_return) in ((5, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], try_with_return_then_while_with_return) in (('E2', [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, False), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([2, 1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], try_with_return_then_while_with_return) in ((None, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([2, 1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, True), ('exit', 1, False), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([2, 0, 1, 1], try_with_return_then_while_with_return) in ((11, [('enter', 1), ('enter', 2), -4, ('exit', 2, False), ('exit', 1, True), ('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], try_while_with_return) in ((None, [1]), FELL)
assert run([1], try_while_with_return) in ((11, [('enter', 8), ('enter', 9), ('exit', 9, False), ('exit', 8, False)]), FELL)
assert run([], for_nested_try_continue_then_return) in ((None, []), FELL)
assert run([1], for_nested_try_continue_then_return) in ((None, [-13]), FELL)
assert run([2], for_nested_try_continue_then_return) in ((None, [-13, -13]), FELL)
assert run([3], for_nested_try_continue_then_return) in ((None, [-13, -13, -13]), FELL)
assert run([1, 1], for_nested_try_continue_then_return) in ((26, [-13]), FELL)
assert run([2, 0, 1], for_nested_try_continue_then_return) in ((26, [-13, -13]), FELL)
assert run([3, 0, 0, 1], for_nested_try_continue_then_return) in ((26, [-13, -13, -13]), FELL)
assert run([], elif_try_finally_returning_and_test_in_finally) in ((None, []), FELL)
assert run([0, 1], elif_try_finally_returning_and_test_in_finally) in ((18, [-15, 23]), FELL)
assert run([0, 1, 1], elif_try_finally_returning_and_test_in_finally) in ((None, [-15, 23]), FELL)
assert run([0, 1, 2], elif_try_finally_returning_and_test_in_finally) in (('E2', [-15, 23]), FELL)
assert run([], if_try_finally_returning_if_in_finally) in ((None, []), FELL)
assert run([1], if_try_finally_returning_if_in_finally) in ((18, [-15, 23]), FELL)
assert run([1, 1], if_try_finally_returning_if_in_finally) in ((None, [-15, 23]), FELL)
assert run([1, 2], if_try_finally_returning_if_in_finally) in (('E2', [-15, 23]), FELL)
assert run([], try_then_while_or_with_returning) in ((None, [-17]), FELL)
assert run([0, 0, 1], try_then_while_or_with_returning) in (('E1', [-17]), FELL)
assert run([0, 0, 2], try_then_while_or_with_returning) in (('E2', [-17]), FELL)
assert run([0, 1, 1], try_then_while_or_with_returning) in ((None, [-12, -17]), FELL)
assert run([0, 0, 0, 1], try_then_while_or_with_returning) in ((22, [-17, ('enter', 18), ('exit', 18, False)]), FELL)
assert run([0, 1, 1, 1], try_then_while_or_with_returning) in (('E1', [-12]), FELL)
assert run([0, 1, 1, 2], try_then_while_or_with_returning) in (('E2', [-12]), FELL)
assert run([], try_if_else_nested_with_raising_then_code) in (('E2', [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False)]), FELL)
assert run([1], try_if_else_nested_with_raising_then_code) in ((None, [-2, 24]), FELL)
assert run([2], try_if_else_nested_with_raising_then_code) in (('E2', [-2]), FELL)
assert run([0, 0, 1], try_if_else_nested_with_raising_then_code) in ((None, [-2, ('enter', 12), ('enter', 13), ('exit', 13, True), ('exit', 12, False), 24]), FELL)
assert run([0, 0, 0, 1], try_if_else_nested_with_raising_then_code) in ((None, [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, True), 24]), FELL)
assert run([], try_if_or_elif_else_with_as_raising_then_code) in (('E2', [-2, ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False)]), FELL)
assert run([1], try_if_or_elif_else_with_as_raising_then_code) in ((None, [-2, 24]), FELL)
assert run([2], try_if_or_elif_else_with_as_raising_then_code) in (('E2', [-2]), FELL)
assert run([], while_while_true_try_return_clause_then_with_break) in ((None, []), FELL)
assert run([1], while_while_true_try_return_clause_then_with_break) in ((None, [-1]), FELL)
assert run([1, 0, 1], while_while_true_try_return_clause_then_with_break) in ((None, [-1, ('enter', 10), ('exit', 10, False)]), FELL)
assert run([1, 0, 2], while_while_true_try_return_clause_then_with_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1, 1], while_while_true_try_return_clause_then_with_break) in ((None, [-1, ('enter', 10), ('exit', 10, False), -1]), FELL)
assert run([], for_while_try_continue_clause_then_with_break) in ((None, []), FELL)
assert run([1], for_while_try_continue_clause_then_with_break) in ((None, [-1]), FELL)
assert run([2], for_while_try_continue_clause_then_with_break) in ((None, [-1, -1]), FELL)
assert run([3], for_while_try_continue_clause_then_with_break) in ((None, [-1, -1, -1]), FELL)
assert run([1, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1]), FELL)
assert run([1, 2], for_while_try_continue_clause_then_with_break) in (('E2', [-1]), FELL)
assert run([1, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3]), FELL)
assert run([2, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3, -1]), FELL)
assert run([3, 0, 1], for_while_try_continue_clause_then_with_break) in ((None, [-1, -2, 3, -1, -1]), FELL)
assert run([1, 0, 1, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1, -2]), FELL)
assert run([1, 0, 1, 2], for_while_try_continue_clause_then_with_break) in (('E2', [-1, -2]), FELL)
assert run([2, 0, 0, 1], for_while_try_continue_clause_then_with_break) in (('E1', [-1, -1]), FELL)
assert run([], for_while_try_continue_clause_then_with) in ((None, []), FELL)
assert run([1, 1], for_while_try_continue_clause_then_with) in ((None, [3]), FELL)
assert run([1, 1, 1], for_while_try_continue_clause_then_with) in ((None, [3, 3]), FELL)
assert run([1, 1, 1, 1], for_while_try_continue_clause_then_with) in ((None, [3, 3, 3]), FELL)
assert run([], if_while_and_before_elif) in ((None, []), FELL)
assert run([1, 1, 1, 1], if_while_and_before_elif) in ((None, [2]), FELL)
assert run([], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_orphan_clause_return_then_with_return) in (('E1', [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_orphan_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([1, 0, 0, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_try_clause_return_then_with_return) in ((18, [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2], with_try_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 1], with_try_clause_return_then_with_return) in (('E1', [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 2], with_try_clause_return_then_with_return) in (('E2', [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([0, 1, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('exit', 2, False), ('exit', 1, True)]), FELL)
assert run([0, 1, 0, 1], with_try_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), 0, ('enter', 26), -1, ('exit', 26, False), ('exit', 2, True), ('exit', 1, False)]), FELL)
assert run([], try_while_try_break_finally_then_if) in ((None, []), FELL)
assert run([1], try_while_try_break_finally_then_if) in ((None, [1, 7]), FELL)
assert run([0, 1], try_while_try_break_finally_then_if) in ((None, [8]), FELL)
assert run([1, 1], try_while_try_break_finally_then_if) in ((None, [1, 7, 8]), FELL)
assert run([1, 1], with_orphan_clause_return_then_with_return) in ((None, [('enter', 1), ('enter', 2), ('enter', 26), -1, ('exit', 26, True), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1, 1, 1, 1, 1], try_then_while_or_with_returning) in ((None, [-17, ('enter', 18), -20, ('exit', 18, True)]), FELL)
assert run([1, 1], while_while_true_try_return_clause_then_with_break) in ((None, []), FELL)
assert run([1], for_while_try_continue_clause_then_with) in ((None, []), FELL)
assert run([1, 1, 1, 1, 1], if_while_and_before_elif) in ((None, [2]), FELL)
