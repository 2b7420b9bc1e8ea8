




























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


def nested_raise_two_clauses(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(8)
    except E1:
        pass
    except E2 as e:
        pass
    return c.__name__


def nested_raise_one_clause(c, t, x, n, m):
    try:
        with m(5), m(6):
            x(1)
            raise E1(8)
    except E1:
        t(7)
    return c.__name__


def nested_raise_call_return(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(8)
    except E1:
        pass
    except E2 as e:
        pass
    return c()


def three_nested_raise(c, t, x, n, m):
    try:
        with m(4), m(5), m(6):
            raise E1(8)
    except E1:
        pass
    return t.__name__


def nested_raise_in_loop(c, t, x, n, m):
    while c():
        try:
            with m(5), m(6):
                raise E1(8)
        except E1:
            pass
        t(c())
    return 3


def nested_raise_finally(c, t, x, n, m):
    try:
        with m(5), m(6):
            raise E1(8)
    except E1:
        pass
    finally:
        t(3)
    return c.__name__


def single_raise_call_return(c, t, x, n, m):
    try:
        with m(5):
            raise E1(8)
    except E1:
        pass
    return c()


def if_else_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            x(7)
    except E1:
        pass
    return c()


def if_elif_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        elif c():
            x(2)
        else:
            x(7)
    except E1:
        t(4)
    except E2:
        return 5
    return c()


def if_else_with_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            with m(5):
                x(8)
    except E1:
        pass
    return c()


def if_else_nested_with_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            with m(5), m(6):
                x(8)
    except E1:
        pass
    return c()


def if_else_nested_with_raise_call_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            with m(5), m(6):
                raise E1(8)
    except E1:
        pass
    return c()


def if_else_attr_return(c, t, x, n, m):
    try:
        if c():
            t(1)
        else:
            x(7)
    except E1:
        pass
    return c.__name__


def if_nested_if_call_return(c, t, x, n, m):
    try:
        if c():
            if c():
                t(1)
            else:
                t(2)
        else:
            x(7)
    except E1:
        pass
    return c()


def for_if_else_call_return(c, t, x, n, m):
    for k in n():
        try:
            if c():
                t(k)
            else:
                x(7)
        except E1:
            pass
        return c()
    return 9


def while_break_copies_return(c, t, x, n, m):
    while c() or c():
        try:
            if c():
                x(1)
                t(2)
                t(3)
                break
            if c():
                t(4)
                t(5)
                x(6)
            elif c():
                return 7
        except E1:
            if c():
                x(8)
            with m(9):
                t(10)
    return c.__name__


def elif_chain_copy_past_unwound_return(c, t, x, n, m):
    with m(1):
        t(2)
    try:
        t(3)
        if c():
            try:
                return 4
            finally:
                t(5)
        if not c():
            t(8)
            if c():
                return 9
            if c():
                t(10)
                t(11)
                return 12
            t(13)
            t(14)
            x(15)
        elif not c() and c():
            return 16
    except E1:
        return 17
    else:
        return E1.__name__


def for_clause_break_copies_return(c, t, x, n, m):
    # depyf: could not decompile for_clause_break_copies_return: a copy of the code after a try read as a return in its body at 448
    #    337            RESUME                   0
    #   
    #    338            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    339            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    340            NOP
    #   
    #    341    L1:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L2:     FOR_ITER                56 (to L10)
    #                   STORE_FAST               5 (j)
    #   
    #    342    L3:     NOP
    #   
    #    343    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    344            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    350    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    351            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    352    L6:     NOP
    #   
    #    353    L7:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    354    L8:     POP_TOP
    #   
    #    376    L9:     LOAD_FAST_BORROW         0 (c)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #    341   L10:     END_FOR
    #                   POP_ITER
    #          L11:     NOP
    #   
    #    376            LOAD_FAST_BORROW         0 (c)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    345            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       28 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    346            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    347            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    348            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #          L13:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 90 (to L5)
    #   
    #    345   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L16:     PUSH_EXC_INFO
    #   
    #    350            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           8
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    351            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           9
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L18:     PUSH_EXC_INFO
    #   
    #    355            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L20)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    356            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #          L19:     POP_EXCEPT
    #                   JUMP_BACKWARD          157 (to L2)
    #   
    #    357   L20:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       39 (to L27)
    #          L21:     NOT_TAKEN
    #          L22:     STORE_FAST               6 (e)
    #   
    #    358   L23:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    359            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    360   L24:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   POP_TOP
    #   
    #    376   L25:     LOAD_FAST                0 (c)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #     --   L26:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    357   L27:     RERAISE                  0
    #   
    #     --   L28:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L29:     PUSH_EXC_INFO
    #   
    #    364            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE      130 (to L44)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    365            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       95 (to L42)
    #          L30:     NOT_TAKEN
    #   
    #    366   L31:     NOP
    #   
    #    367            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L34)
    #          L32:     NOT_TAKEN
    #   
    #    368   L33:     JUMP_FORWARD            10 (to L35)
    #   
    #    369   L34:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          16
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           25 (to L31)
    #   
    #    370   L35:     LOAD_FAST                4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          17
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #          L36:     STORE_FAST               7 (w)
    #   
    #    371            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    372            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          19
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    373            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          20
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    370   L37:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            27 (to L43)
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
    #                   JUMP_FORWARD            11 (to L43)
    #   
    #     --   L41:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    375   L42:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          21
    #                   CALL                     1
    #                   POP_TOP
    #   
    #     --   L43:     POP_EXCEPT
    #   
    #    376            LOAD_FAST                0 (c)
    #                   LOAD_ATTR                4 (__name__)
    #                   RETURN_VALUE
    #   
    #    364   L44:     RERAISE                  0
    #   
    #     --   L45:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L3 -> L29 [0]
    #     L4 to L5 -> L12 [1]
    #     L5 to L6 -> L29 [0]
    #     L7 to L8 -> L18 [1]
    #     L8 to L9 -> L29 [0]
    #     L10 to L11 -> L29 [0]
    #     L12 to L13 -> L15 [2] lasti
    #     L13 to L14 -> L16 [1]
    #     L14 to L15 -> L15 [2] lasti
    #     L15 to L16 -> L16 [1]
    #     L16 to L17 -> L17 [2] lasti
    #     L17 to L18 -> L29 [0]
    #     L18 to L19 -> L28 [2] lasti
    #     L19 to L20 -> L29 [0]
    #     L20 to L21 -> L28 [2] lasti
    #     L22 to L23 -> L28 [2] lasti
    #     L23 to L24 -> L26 [2] lasti
    #     L24 to L25 -> L29 [0]
    #     L26 to L28 -> L28 [2] lasti
    #     L28 to L29 -> L29 [0]
    #     L29 to L30 -> L45 [1] lasti
    #     L31 to L32 -> L45 [1] lasti
    #     L33 to L36 -> L45 [1] lasti
    #     L36 to L37 -> L38 [3] lasti
    #     L37 to L38 -> L45 [1] lasti
    #     L38 to L40 -> L41 [5] lasti
    #     L40 to L43 -> L45 [1] lasti
    #     L44 to L45 -> L45 [1] lasti
    raise RuntimeError('depyf: could not decompile for_clause_break_copies_return: a copy of the code after a try read as a return in its body at 448')


def finally_store_before_computed_return(c, t, x, n, m):
    try:
        r = c()
        if c():
            return c.__name__
        return r
    except E1:
        t(3)
        raise
    finally:
        t.k = 5


def elif_try_while_break_copied_return(c, t, x, n, m):
    # depyf: could not decompile elif_try_while_break_copied_return: a copy of the code after a try read as a return in its body at 212
    #    393            RESUME                   0
    #   
    #    394            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         9 (to L1)
    #                   NOT_TAKEN
    #   
    #    395            NOP
    #   
    #    408            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #    396    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L2)
    #                   NOT_TAKEN
    #   
    #    397            NOP
    #   
    #    408            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #    398    L2:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L3)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       47 (to L9)
    #                   NOT_TAKEN
    #   
    #    399    L3:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         3 (to L4)
    #                   NOT_TAKEN
    #   
    #    400            JUMP_BACKWARD           15 (to L3)
    #   
    #    401    L4:     NOP
    #   
    #    402    L5:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L7)
    #           L6:     NOT_TAKEN
    #   
    #    403            JUMP_FORWARD             8 (to L8)
    #   
    #    402    L7:     NOP
    #   
    #    408            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #    403    L8:     NOP
    #   
    #    408            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #    407    L9:     NOP
    #   
    #    408            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    404            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       10 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    405   L11:     POP_EXCEPT
    #   
    #    408            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   RETURN_VALUE
    #   
    #    404   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L5 to L6 -> L10 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile elif_try_while_break_copied_return: a copy of the code after a try read as a return in its body at 212')


def elif_try_while_break_copied_attr(c, t, x, n, m):
    if not c():
        return c.__name__
    if c():
        return c.__name__
    if c() or c():
        try:
            if not c():
                pass
        except E1:
            pass
    return c.__name__

assert run([], nested_raise_two_clauses) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], nested_raise_two_clauses) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 1], nested_raise_two_clauses) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([], nested_raise_one_clause) in (('c', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False), 7]), FELL)
assert run([2], nested_raise_one_clause) in (('E2', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([0, 1], nested_raise_one_clause) in (('c', [('enter', 5), ('enter', 6), -1, ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 0, 1], nested_raise_one_clause) in (('c', [('enter', 5), ('enter', 6), -1, ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([], nested_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], nested_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 1], nested_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([1, 1], nested_raise_call_return) in ((1, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([1, 2], nested_raise_call_return) in ((2, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([0, 0, 1], nested_raise_call_return) in ((1, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([1], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), ('exit', 4, False)]), FELL)
assert run([0, 1], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), ('exit', 4, False)]), FELL)
assert run([0, 0, 1], three_nested_raise) in (('t', [('enter', 4), ('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), ('exit', 4, True)]), FELL)
assert run([], nested_raise_in_loop) in ((3, []), FELL)
assert run([1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 0]), FELL)
assert run([1, 1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 0]), FELL)
assert run([1, 0, 1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 0]), FELL)
assert run([1, 1, 1], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 1]), FELL)
assert run([1, 1, 2], nested_raise_in_loop) in ((3, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 2]), FELL)
assert run([], nested_raise_finally) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False), 3]), FELL)
assert run([1], nested_raise_finally) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False), 3]), FELL)
assert run([0, 1], nested_raise_finally) in (('c', [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True), 3]), FELL)
assert run([], single_raise_call_return) in ((0, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1], single_raise_call_return) in ((0, [('enter', 5), ('exit', 5, True)]), FELL)
assert run([0, 1], single_raise_call_return) in ((1, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([0, 2], single_raise_call_return) in ((2, [('enter', 5), ('exit', 5, False)]), FELL)
assert run([1, 1], single_raise_call_return) in ((1, [('enter', 5), ('exit', 5, True)]), FELL)
assert run([1, 2], single_raise_call_return) in ((2, [('enter', 5), ('exit', 5, True)]), FELL)
assert run([], if_else_call_return) in ((0, [-7]), FELL)
assert run([1], if_else_call_return) in ((0, [1]), FELL)
assert run([0, 2], if_else_call_return) in (('E2', [-7]), FELL)
assert run([1, 1], if_else_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_call_return) in ((1, [-7]), FELL)
assert run([], if_elif_call_return) in ((0, [-7]), FELL)
assert run([1], if_elif_call_return) in ((0, [1]), FELL)
assert run([0, 1], if_elif_call_return) in ((0, [-2]), FELL)
assert run([1, 1], if_elif_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_elif_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_elif_call_return) in ((0, [-7, 4]), FELL)
assert run([], if_else_with_call_return) in ((0, [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([1], if_else_with_call_return) in ((0, [1]), FELL)
assert run([0, 2], if_else_with_call_return) in (('E2', [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([1, 1], if_else_with_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_with_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_with_call_return) in ((1, [('enter', 5), -8, ('exit', 5, False)]), FELL)
assert run([], if_else_nested_with_call_return) in ((0, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], if_else_nested_with_call_return) in ((0, [1]), FELL)
assert run([0, 2], if_else_nested_with_call_return) in (('E2', [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1, 1], if_else_nested_with_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_nested_with_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_nested_with_call_return) in ((1, [('enter', 5), ('enter', 6), -8, ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([], if_else_nested_with_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, False)]), FELL)
assert run([1], if_else_nested_with_raise_call_return) in ((0, [1]), FELL)
assert run([0, 1], if_else_nested_with_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, True), ('exit', 5, False)]), FELL)
assert run([1, 1], if_else_nested_with_raise_call_return) in ((1, [1]), FELL)
assert run([1, 2], if_else_nested_with_raise_call_return) in ((2, [1]), FELL)
assert run([0, 0, 1], if_else_nested_with_raise_call_return) in ((0, [('enter', 5), ('enter', 6), ('exit', 6, False), ('exit', 5, True)]), FELL)
assert run([], if_else_attr_return) in (('c', [-7]), FELL)
assert run([1], if_else_attr_return) in (('c', [1]), FELL)
assert run([0, 2], if_else_attr_return) in (('E2', [-7]), FELL)
assert run([], if_nested_if_call_return) in ((0, [-7]), FELL)
assert run([1], if_nested_if_call_return) in ((0, [2]), FELL)
assert run([0, 2], if_nested_if_call_return) in (('E2', [-7]), FELL)
assert run([1, 1], if_nested_if_call_return) in ((0, [1]), FELL)
assert run([0, 0, 1], if_nested_if_call_return) in ((1, [-7]), FELL)
assert run([0, 0, 2], if_nested_if_call_return) in ((2, [-7]), FELL)
assert run([], for_if_else_call_return) in ((9, []), FELL)
assert run([1], for_if_else_call_return) in ((0, [-7]), FELL)
assert run([1, 1], for_if_else_call_return) in ((0, [0]), FELL)
assert run([1, 0, 2], for_if_else_call_return) in (('E2', [-7]), FELL)
assert run([1, 1, 1], for_if_else_call_return) in ((1, [0]), FELL)
assert run([1, 1, 2], for_if_else_call_return) in ((2, [0]), FELL)
assert run([], while_break_copies_return) in (('c', []), FELL)
assert run([1, 1], while_break_copies_return) in (('c', [-1, 2, 3]), FELL)
assert run([1, 0, 1], while_break_copies_return) in (('c', [4, 5, -6]), FELL)
assert run([1, 1, 1], while_break_copies_return) in (('c', [-1, ('enter', 9), 10, ('exit', 9, False)]), FELL)
assert run([1, 1, 2], while_break_copies_return) in (('E2', [-1]), FELL)
assert run([1, 0, 0, 1], while_break_copies_return) in ((7, []), FELL)
assert run([], elif_chain_copy_past_unwound_return) in (('E1', [('enter', 1), 2, ('exit', 1, False), 3, 8, 13, 14, -15]), FELL)
assert run([1], elif_chain_copy_past_unwound_return) in ((4, [('enter', 1), 2, ('exit', 1, False), 3, 5]), FELL)
assert run([0, 1], elif_chain_copy_past_unwound_return) in (('E1', [('enter', 1), 2, ('exit', 1, False), 3]), FELL)
assert run([0, 0, 1], elif_chain_copy_past_unwound_return) in ((9, [('enter', 1), 2, ('exit', 1, False), 3, 8]), FELL)
assert run([0, 0, 0, 1], elif_chain_copy_past_unwound_return) in ((12, [('enter', 1), 2, ('exit', 1, False), 3, 8, 10, 11]), FELL)
assert run([0, 1, 0, 1], elif_chain_copy_past_unwound_return) in ((16, [('enter', 1), 2, ('exit', 1, False), 3]), FELL)
assert run([], for_clause_break_copies_return) in (('c', [1, 2]), FELL)
assert run([1], for_clause_break_copies_return) in (('c', [1, 2, 3, 4, 8, 9, 10]), FELL)
assert run([], finally_store_before_computed_return) in ((0, []), FELL)
assert run([1], finally_store_before_computed_return) in ((1, []), FELL)
assert run([2], finally_store_before_computed_return) in ((2, []), FELL)
assert run([0, 1], finally_store_before_computed_return) in (('c', []), FELL)
assert run([], elif_try_while_break_copied_return) in ((0, []), FELL)
assert run([0, 1], elif_try_while_break_copied_return) in ((1, []), FELL)
assert run([0, 2], elif_try_while_break_copied_return) in ((2, []), FELL)
assert run([1, 0, 1], elif_try_while_break_copied_return) in (('Budget', []), FELL)
assert run([], elif_try_while_break_copied_attr) in (('c', []), FELL)
