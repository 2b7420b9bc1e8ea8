















































































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


def while_true_if_break_try_for_else_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            while not c():
                x(5)
            for k in n():
                pass
            continue
        except E1:
            pass
        finally:
            if c():
                pass
    t(12)


def while_true_if_break_try_continue_clause_finally_if_else(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                t(9)
            else:
                t(10)
    t(12)


def while_true_if_break_try_continue_clauses_finally_if(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        except E2:
            pass
        finally:
            if c():
                t(9)
    t(12)


def while_true_if_break_try_continue_clause_finally_if_then_code(c, t, x, n, m):
    while True:
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
        t(11)
    t(12)


def for_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    for i in n():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_c_if_break_try_continue_clause_finally_if(c, t, x, n, m):
    while c():
        if c():
            break
        try:
            x(5)
            continue
        except E1:
            t(7)
        finally:
            if c():
                pass
    t(12)


def while_true_if_else_try_continue_clause_finally_if(c, t, x, n, m):
    while True:
        if c():
            t(3)
        else:
            try:
                x(5)
                continue
            except E1:
                t(7)
            finally:
                if c():
                    pass
        t(11)
        if c():
            break
    if False:
        pass
    t(12)


def while_try_with_break_finally(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        finally:
            t(5)


def while_try_with_break_finally_then_code(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        finally:
            t(5)
    t(7)


def for_try_with_break_finally(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                break
        finally:
            t(5)


def for_try_with_break_finally_then_code(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                break
        finally:
            t(5)
    t(7)


def while_try_with_continue_finally_then_code(c, t, x, n, m):
    # depyf: could not decompile while_try_with_continue_finally_then_code: code after a try/finally reached only through a handler in its body, at 206
    #    306            RESUME                   0
    #   
    #    307    L1:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       38 (to L6)
    #                   NOT_TAKEN
    #   
    #    308            NOP
    #   
    #    309    L2:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     STORE_FAST               5 (w)
    #   
    #    310            NOP
    #   
    #    309    L4:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    312    L5:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           50 (to L1)
    #   
    #    314    L6:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    309    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L11)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    309   L11:     NOP
    #   
    #    312            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            13 (to L14)
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    312            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    313   L14:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          112 (to L1)
    #   ExceptionTable:
    #     L2 to L3 -> L12 [0]
    #     L3 to L4 -> L7 [2] lasti
    #     L4 to L5 -> L12 [0]
    #     L7 to L9 -> L10 [4] lasti
    #     L9 to L11 -> L12 [0]
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile while_try_with_continue_finally_then_code: code after a try/finally reached only through a handler in its body, at 206')


def while_try_with_break_clause_finally(c, t, x, n, m):
    while c():
        try:
            with m(1) as w:
                break
        except E1:
            t(3)
        finally:
            t(5)
    t(7)


def while_if_try_with_break_finally_else(c, t, x, n, m):
    while c():
        if c():
            try:
                with m(1) as w:
                    break
            finally:
                t(5)
        else:
            t(6)
    t(7)


def while_true_try_withs_break_finally(c, t, x, n, m):
    # depyf: could not decompile while_true_try_withs_break_finally: a with's suppressing path and its normal exit go on apart at 90
    #    342            RESUME                   0
    #   
    #    343    L1:     NOP
    #   
    #    344            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    345            NOP
    #   
    #    346    L2:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     STORE_FAST_LOAD_FAST    84 (w, m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #    347            NOP
    #   
    #    346    L5:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    349    L7:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L8)
    #                   NOT_TAKEN
    #   
    #    350            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   NOP
    #   
    #    351    L8:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    346    L9:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L10)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L10:     POP_TOP
    #          L11:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L13)
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    346   L13:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L18)
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
    #                   JUMP_FORWARD             3 (to L18)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    349   L18:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       11 (to L19)
    #                   NOT_TAKEN
    #   
    #    350            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD          162 (to L1)
    #   
    #    349   L19:     JUMP_BACKWARD          164 (to L1)
    #   
    #     --   L20:     PUSH_EXC_INFO
    #   
    #    349            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L21)
    #                   NOT_TAKEN
    #   
    #    350            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #    349   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L20 [0]
    #     L3 to L4 -> L14 [2] lasti
    #     L4 to L5 -> L9 [4] lasti
    #     L5 to L6 -> L14 [2] lasti
    #     L6 to L7 -> L20 [0]
    #     L9 to L11 -> L12 [6] lasti
    #     L11 to L13 -> L14 [2] lasti
    #     L13 to L14 -> L20 [0]
    #     L14 to L16 -> L17 [4] lasti
    #     L16 to L18 -> L20 [0]
    #     L20 to L22 -> L22 [1] lasti
    raise RuntimeError("depyf: could not decompile while_true_try_withs_break_finally: a with's suppressing path and its normal exit go on apart at 90")


def for_try_with_x_break_finally_return(c, t, x, n, m):
    for k in n():
        try:
            with m(1) as w:
                x(2)
                break
        finally:
            t(5)
    return 8


def if_and_try_return_clause_pass_then_code_else_pass(c, t, x, n, m):
    if c() and c():
        try:
            t(15)
            return 16
        except E1:
            pass
        t(21)
    t(23)


def if_try_return_clause_pass_then_code_else(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        t(21)
    else:
        t(22)
    t(23)


def if_try_return_clauses_then_code_elif_else(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        except E2:
            pass
        t(21)
    elif c():
        t(22)
    else:
        t(24)
    t(25)


def for_if_try_return_clause_then_code_else(c, t, x, n, m):
    for i in n():
        if c():
            try:
                x(15)
                return 16
            except E1:
                t(17)
            t(21)
        else:
            t(22)
        t(23)
    t(24)


def while_if_try_return_clause_then_if_else(c, t, x, n, m):
    while c():
        if c():
            try:
                x(15)
                return 16
            except E1:
                t(17)
            if c():
                t(21)
        else:
            t(22)
        t(23)


def if_try_raise_clause_as_then_code_else_return(c, t, x, n, m):
    if c():
        try:
            x(15)
            raise E2(3)
        except E1 as e:
            t(17)
    else:
        return 22
    t(21)
    t(23)


def if_try_return_clause_then_code_else_at_end(c, t, x, n, m):
    if c():
        try:
            x(15)
            return 16
        except E1:
            t(17)
        t(21)
    else:
        t(22)


def if_with_try_return_clause_then_code_else(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(15)
                return 16
            except E1:
                t(17)
            t(21)
    else:
        t(22)
    t(23)


def while_true_try_clause_while_and_else_ifs_closure(c, t, x, n, m):
    def inner():
        while True:
            try:
                x(1)
            except E1:
                while c():
                    if c():
                        continue
                    break
                else:
                    continue
                continue
            if c():
                continue
            if c():
                t(3)
            elif c():
                return 4
    return inner()


def while_true_try_clause_for_break_else_code_closure(c, t, x, n, m):
    def inner():
        while True:
            try:
                x(1)
            except E1:
                for k in n():
                    if c():
                        break
                else:
                    t(2)
                continue
            t(3)
            if c():
                return 4
    return inner()


def while_c_try_clause_if_else_code_closure(c, t, x, n, m):
    def inner():
        while c():
            try:
                x(1)
            except E1:
                if c():
                    t(2)
                    continue
                continue
            except E2:
                return 5
            t(3)
            if c():
                break
        t(6)
    return inner()


def if_not_with_try_raise_clause_pass_then_code(c, t, x, n, m):
    if not c():
        with m(7):
            try:
                x(9)
                raise E2(10)
            except E1:
                pass
            t(3)


def if_with_try_raise_clauses_then_code_else(c, t, x, n, m):
    if c():
        with m(7) as w:
            try:
                raise E2(10)
            except E1:
                t(2)
            except E2:
                pass
            t(3)
    else:
        t(4)
    t(5)


def for_if_with_try_raise_clause_then_code(c, t, x, n, m):
    for k in n():
        if c():
            with m(7):
                try:
                    x(9)
                    raise E2(10)
                except E2:
                    pass
                t(3)
        t(6)


def while_and_while_true_if_break_continue(c, t, x, n, m):
    while c() and c():
        while True:
            if c():
                break


def if_while_and_while_true_if_break_continue_elifs(c, t, x, n, m):
    if c():
        while c() and c():
            while True:
                if c():
                    break
    elif c():
        return
    elif c():
        t(2)


def while_or_while_true_if_break_continue_then_code(c, t, x, n, m):
    while c() or c():
        while True:
            if c():
                break
    t(5)


def while_true_with_return(c, t, x, n, m):
    while True:
        with m(10):
            return 15


def while_true_with_as_code_return(c, t, x, n, m):
    while True:
        t(1)
        with m(10) as w:
            x(2)
            return w


def while_true_if_break_with_return_then_code(c, t, x, n, m):
    while True:
        if c():
            break
        with m(10):
            x(3)
            return 15
    t(7)


def while_true_withs_return(c, t, x, n, m):
    # depyf: could not decompile while_true_withs_return: stack underflow
    #    618            RESUME                   0
    #   
    #    619    L1:     NOP
    #   
    #    620            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          10
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     STORE_FAST_LOAD_FAST    84 (w, m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L3:     POP_TOP
    #   
    #    621            LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #                   LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L5:     POP_TOP
    #   
    #    622            NOP
    #   
    #    621    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    620    L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #    621   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L11)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L14)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    621   L14:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L19)
    #          L15:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L16)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L16:     POP_TOP
    #          L17:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L19)
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    620   L19:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L24)
    #          L20:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L21)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L21:     POP_TOP
    #          L22:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L24)
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    620   L24:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD          188 (to L1)
    #          L25:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L26)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L26:     POP_TOP
    #          L27:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          205 (to L1)
    #   
    #     --   L28:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L25 [2] lasti
    #     L3 to L4 -> L20 [4] lasti
    #     L4 to L5 -> L15 [6] lasti
    #     L5 to L6 -> L10 [8] lasti
    #     L6 to L7 -> L15 [6] lasti
    #     L7 to L8 -> L20 [4] lasti
    #     L8 to L9 -> L25 [2] lasti
    #     L10 to L12 -> L13 [10] lasti
    #     L12 to L14 -> L15 [6] lasti
    #     L14 to L15 -> L20 [4] lasti
    #     L15 to L17 -> L18 [8] lasti
    #     L17 to L19 -> L20 [4] lasti
    #     L19 to L20 -> L25 [2] lasti
    #     L20 to L22 -> L23 [6] lasti
    #     L22 to L24 -> L25 [2] lasti
    #     L25 to L27 -> L28 [4] lasti
    raise RuntimeError('depyf: could not decompile while_true_withs_return: stack underflow')


def while_not_if_and_try_pass_clause_break_else_for_else_return_closure(c, t, x, n, m):
    def inner():
        if not c():
            if c() and c():
                pass
            else:
                pass
            for j in n():
                pass
            return 12
        try:
            pass
        except E1:
            pass
        t(17)
    return inner()


def for_try_for_break_else_return_clause_pass(c, t, x, n, m):
    # depyf: could not decompile for_try_for_break_else_return_clause_pass: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 70
    #    643            RESUME                   0
    #   
    #    644            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                28 (to L6)
    #                   STORE_FAST               5 (j)
    #   
    #    645            NOP
    #   
    #    646    L2:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #                   FOR_ITER                 4 (to L4)
    #                   STORE_FAST               5 (j)
    #   
    #    647            POP_TOP
    #           L3:     JUMP_BACKWARD           17 (to L1)
    #   
    #    646    L4:     END_FOR
    #                   POP_ITER
    #   
    #    649            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    650    L5:     POP_TOP
    #                   LOAD_SMALL_INT           4
    #                   RETURN_VALUE
    #   
    #    644    L6:     END_FOR
    #                   POP_ITER
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    651            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    652    L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           48 (to L1)
    #   
    #    651    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L7 [1]
    #     L4 to L5 -> L7 [1]
    #     L7 to L8 -> L10 [2] lasti
    #     L9 to L10 -> L10 [2] lasti
    raise RuntimeError("depyf: could not decompile for_try_for_break_else_return_clause_pass: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 70")


def for_try_for_if_break_else_return_clause_then_code(c, t, x, n, m):
    # depyf: could not decompile for_try_for_if_break_else_return_clause_then_code: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 100
    #    655            RESUME                   0
    #   
    #    656            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                43 (to L9)
    #                   STORE_FAST               5 (j)
    #   
    #    657            NOP
    #   
    #    658    L2:     LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L3:     FOR_ITER                19 (to L7)
    #                   STORE_FAST               6 (k)
    #   
    #    659            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #           L4:     POP_JUMP_IF_TRUE         3 (to L5)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           18 (to L3)
    #   
    #    660    L5:     POP_TOP
    #           L6:     JUMP_BACKWARD           32 (to L1)
    #   
    #    658    L7:     END_FOR
    #                   POP_ITER
    #   
    #    662            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    663    L8:     POP_TOP
    #                   LOAD_SMALL_INT           4
    #                   RETURN_VALUE
    #   
    #    656    L9:     END_FOR
    #                   POP_ITER
    #   
    #    666            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L10:     PUSH_EXC_INFO
    #   
    #    664            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    665            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #                   JUMP_BACKWARD           79 (to L1)
    #   
    #    664   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L4 -> L10 [1]
    #     L5 to L6 -> L10 [1]
    #     L7 to L8 -> L10 [1]
    #     L10 to L11 -> L13 [2] lasti
    #     L12 to L13 -> L13 [2] lasti
    raise RuntimeError("depyf: could not decompile for_try_for_if_break_else_return_clause_then_code: a for loop's break jumps back to an enclosing loop while its else clause falls into other code at 100")


def try_clause_if_chain_pass_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            pass
    t(13)


def try_clause_if_chain_else_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            t(2)
        else:
            t(3)
    t(13)


def for_try_clause_if_not_chain3_continue(c, t, x, n, m):
    for i in n():
        try:
            x(1)
        except E2 as e:
            if not 0 < n().stop <= 2 < 5:
                continue
            t(4)
        t(5)


def try_clauses_if_chain_then_code(c, t, x, n, m):
    try:
        x(1)
    except E1:
        if 0 < n().stop < 2:
            t(2)
    except E2:
        if 1 <= n().stop < 3:
            pass
    t(13)


def while_chain_test_if_break_return_global_call(c, t, x, n, m):
    i = 0
    k = n().stop
    res = []
    while 0 <= i < k:
        if c():
            res.append(i)
            break
        t(i)
        i = i + 1
    return sorted(res)


def while_chain_test_return_global_call(c, t, x, n, m):
    i = 0
    k = n().stop
    while 0 <= i < k:
        t(i)
        i = i + 1
    return sorted([i, k])


def if_while_true_if_try_if_break_finally_else_return_call(c, t, x, n, m):
    if c():
        while True:
            if c():
                try:
                    if c():
                        break
                    t(1)
                finally:
                    t(3)
            t(5)
    else:
        t(6)
    return E1.__name__


def while_true_try_if_break_finally_pass(c, t, x, n, m):
    while True:
        try:
            if c():
                return
        finally:
            pass


def while_not_with_if_break_code_if_then_return_attr(c, t, x, n, m):
    while not c():
        with m(1):
            if c():
                break
            t(2)
            if c():
                t(3)
    return E1.__name__


def for_with_if_break_then_return_attr(c, t, x, n, m):
    for k in n():
        with m(1) as w:
            if c():
                break
            t(2)
    return E2.__name__


def for_with_break_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            break
    return E1.__name__


def for_with_code_break_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            t(1)
            break
    return E1.__name__


def while_with_break_return_attr(c, t, x, n, m):
    while c():
        with m(2):
            break
    return E1.__name__


def while_or_else_for_with_break_return_closure(c, t, x, n, m):
    def inner():
        while c() or c():
            pass
        for k in n():
            with m(2):
                break
        return E2.__name__
    return inner()


def for_with_if_break_code_return_attr(c, t, x, n, m):
    for k in n():
        with m(2):
            if c():
                break
        t(3)
    return E1.__name__


def while_with_if_break_code_return_attr(c, t, x, n, m):
    while c():
        with m(2) as w:
            if c():
                break
            t(2)
        t(3)
    return E2.__name__


def try_clause_try_if_elifs_else_return_clause_finally_return_attr(c, t, x, n, m):
    # depyf: could not decompile try_clause_try_if_elifs_else_return_clause_finally_return_attr: a try body's branch leaves the enclosing clause past the code after it at 210
    #    820            RESUME                   0
    #   
    #    821            NOP
    #   
    #    822    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    837    L2:     NOP
    #   
    #    838            LOAD_GLOBAL              0 (E1)
    #                   LOAD_ATTR                2 (__name__)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    823            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       90 (to L24)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    824    L4:     NOP
    #   
    #    825    L5:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L8)
    #           L6:     NOT_TAKEN
    #   
    #    826    L7:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 44 (to L2)
    #   
    #    827    L8:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L11)
    #           L9:     NOT_TAKEN
    #   
    #    828   L10:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 59 (to L2)
    #   
    #    829   L11:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L15)
    #          L12:     NOT_TAKEN
    #          L13:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        3 (to L16)
    #          L14:     NOT_TAKEN
    #   
    #    830   L15:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 87 (to L2)
    #   
    #    832   L16:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    833   L17:     POP_EXCEPT
    #   
    #    837   L18:     LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    834            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L22)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    835   L20:     POP_EXCEPT
    #          L21:     POP_EXCEPT
    #                   JUMP_BACKWARD_NO_INTERRUPT 112 (to L2)
    #   
    #    834   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    823   L24:     RERAISE                  0
    #   
    #     --   L25:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L26:     PUSH_EXC_INFO
    #   
    #    837            RERAISE                  0
    #   
    #     --   L27:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L25 [1] lasti
    #     L5 to L6 -> L19 [1]
    #     L7 to L8 -> L26 [0]
    #     L8 to L9 -> L19 [1]
    #     L10 to L11 -> L26 [0]
    #     L11 to L12 -> L19 [1]
    #     L13 to L14 -> L19 [1]
    #     L15 to L16 -> L26 [0]
    #     L16 to L17 -> L19 [1]
    #     L17 to L18 -> L26 [0]
    #     L19 to L20 -> L23 [2] lasti
    #     L20 to L21 -> L25 [1] lasti
    #     L21 to L22 -> L26 [0]
    #     L22 to L23 -> L23 [2] lasti
    #     L23 to L25 -> L25 [1] lasti
    #     L25 to L26 -> L26 [0]
    #     L26 to L27 -> L27 [1] lasti
    raise RuntimeError("depyf: could not decompile try_clause_try_if_elifs_else_return_clause_finally_return_attr: a try body's branch leaves the enclosing clause past the code after it at 210")


def try_try_return_clause_assign_clause_else_ifs_return(c, t, x, n, m):
    if not c():
        return t(1)
    try:
        try:
            x(2)
            return t(3)
        except E1:
            k = x(4)
    except E1:
        t(5)
    else:
        if c():
            t(6)
        elif k is None:
            t(7)
        else:
            t(8)


def try_while_true_if_break_clause_as_then_code(c, t, x, n, m):
    try:
        while True:
            if c():
                break
    except E2 as e:
        pass
    t(9)


def try_while_true_code_if_break_clause(c, t, x, n, m):
    try:
        while True:
            x(1)
            if c():
                break
    except E1:
        t(2)
    t(9)


def while_true_match_or_try_return_clause_default_return_call(c, t, x, n, m):
    def inner():
        v = q = 0
        while True:
            match n().stop, c():
                case [1, _] | [2, True]:
                    try:
                        return v, q
                    except E1:
                        pass
                case _:
                    break
        return x(13) or v
    return inner()


def while_true_match_or_try_return_clause_default_return_attr(c, t, x, n, m):
    # depyf: could not decompile while_true_match_or_try_return_clause_default_return_attr: except clause jumps back outside a loop at 128
    #    896            RESUME                   0
    #   
    #    897    L1:     NOP
    #   
    #    898            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   LOAD_ATTR                0 (stop)
    #   
    #    899            COPY                     1
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD            26 (to L4)
    #           L2:     COPY                     1
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L3)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD            18 (to L4)
    #           L3:     POP_TOP
    #   
    #    905            NOP
    #   
    #    906            LOAD_GLOBAL              4 (E2)
    #                   LOAD_ATTR                6 (__name__)
    #                   RETURN_VALUE
    #   
    #    899    L4:     POP_TOP
    #   
    #    900            NOP
    #   
    #    901    L5:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    902    L6:     LOAD_SMALL_INT           4
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    903            LOAD_GLOBAL              2 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       13 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    904            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_BACKWARD           85 (to L1)
    #   
    #    903    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L5 to L6 -> L7 [0]
    #     L7 to L8 -> L10 [1] lasti
    #     L9 to L10 -> L10 [1] lasti
    raise RuntimeError('depyf: could not decompile while_true_match_or_try_return_clause_default_return_attr: except clause jumps back outside a loop at 128')

assert run([], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_for_else_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([0, 0, 1, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 0, 0, 1], while_true_if_break_try_for_else_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 10]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('Budget', [-5, 7, 9, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10, -5, 10]), FELL)
assert run([0, 2, 1], while_true_if_break_try_continue_clause_finally_if_else) in (('E2', [-5, 9]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_else) in ((None, [-5, 10, 12]), FELL)
assert run([], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in (('Budget', [-5, 7, 9, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 12]), FELL)
assert run([0, 0, 1, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 9, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clauses_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [12]), FELL)
assert run([0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5]), FELL)
assert run([0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 12]), FELL)
assert run([0, 1, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in ((None, [-5, 7, 11, 12]), FELL)
assert run([0, 0, 0, 0, 1], while_true_if_break_try_continue_clause_finally_if_then_code) in (('Budget', [-5, -5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 0, 2], while_true_if_break_try_continue_clause_finally_if_then_code) in (('E2', [-5, -5]), FELL)
assert run([], for_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([2], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([2, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([2, 0, 0, 0, 0, 1], for_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 7, 12]), FELL)
assert run([2, 0, 0, 0, 0, 2], for_if_break_try_continue_clause_finally_if) in (('E2', [-5, -5]), FELL)
assert run([], while_c_if_break_try_continue_clause_finally_if) in ((None, [12]), FELL)
assert run([1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 12]), FELL)
assert run([1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, 12]), FELL)
assert run([1, 0, 2], while_c_if_break_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 0, 0, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, -5, 12]), FELL)
assert run([1, 0, 1, 0, 1], while_c_if_break_try_continue_clause_finally_if) in ((None, [-5, 7, -5, 12]), FELL)
assert run([], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 7, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 2], while_true_if_else_try_continue_clause_finally_if) in (('E2', [-5]), FELL)
assert run([1, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [3, 11, 12]), FELL)
assert run([1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [3, 11, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 0, 0, 1], while_true_if_else_try_continue_clause_finally_if) in (('Budget', [-5, 3, 11, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5, -5]), FELL)
assert run([0, 1, 0, 1], while_true_if_else_try_continue_clause_finally_if) in ((None, [-5, 7, 11, 12]), FELL)
assert run([], while_try_with_break_finally) in ((None, []), FELL)
assert run([1], while_try_with_break_finally) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([], while_try_with_break_finally_then_code) in ((None, [7]), FELL)
assert run([1], while_try_with_break_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], for_try_with_break_finally) in ((None, []), FELL)
assert run([1], for_try_with_break_finally) in ((None, [('enter', 1), ('exit', 1, False), 5]), FELL)
assert run([], for_try_with_break_finally_then_code) in ((None, [7]), FELL)
assert run([1], for_try_with_break_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_try_with_continue_finally_then_code) in ((None, [7]), FELL)
assert run([1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 1, 1, 1, 1, 1], while_try_with_continue_finally_then_code) in ((None, [('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_try_with_break_clause_finally) in ((None, [7]), FELL)
assert run([1], while_try_with_break_clause_finally) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_if_try_with_break_finally_else) in ((None, [7]), FELL)
assert run([1], while_if_try_with_break_finally_else) in ((None, [6, 7]), FELL)
assert run([1, 1], while_if_try_with_break_finally_else) in ((None, [('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 0, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, 7]), FELL)
assert run([1, 0, 1, 1], while_if_try_with_break_finally_else) in ((None, [6, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([1, 0, 1, 0, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, 6, 7]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_if_try_with_break_finally_else) in ((None, [6, 6, ('enter', 1), ('exit', 1, False), 5, 7]), FELL)
assert run([], while_true_try_withs_break_finally) in ((None, [1, ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 7]), FELL)
assert run([1], while_true_try_withs_break_finally) in ((None, [1, ('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 5, 7]), FELL)
assert run([], for_try_with_x_break_finally_return) in ((8, []), FELL)
assert run([1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 1], for_try_with_x_break_finally_return) in (('E1', [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 2], for_try_with_x_break_finally_return) in (('E2', [('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([1, 1, 1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, True), 5]), FELL)
assert run([2, 1, 1], for_try_with_x_break_finally_return) in ((8, [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([2, 1, 1, 1], for_try_with_x_break_finally_return) in (('E1', [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([2, 1, 1, 2], for_try_with_x_break_finally_return) in (('E2', [('enter', 1), -2, ('exit', 1, True), 5, ('enter', 1), -2, ('exit', 1, False), 5]), FELL)
assert run([], if_and_try_return_clause_pass_then_code_else_pass) in ((None, [23]), FELL)
assert run([1, 1], if_and_try_return_clause_pass_then_code_else_pass) in ((16, [15]), FELL)
assert run([], if_try_return_clause_pass_then_code_else) in ((None, [22, 23]), FELL)
assert run([1], if_try_return_clause_pass_then_code_else) in ((16, [-15]), FELL)
assert run([1, 1], if_try_return_clause_pass_then_code_else) in ((None, [-15, 17, 21, 23]), FELL)
assert run([1, 2], if_try_return_clause_pass_then_code_else) in (('E2', [-15]), FELL)
assert run([], if_try_return_clauses_then_code_elif_else) in ((None, [24, 25]), FELL)
assert run([1], if_try_return_clauses_then_code_elif_else) in ((16, [-15]), FELL)
assert run([0, 1], if_try_return_clauses_then_code_elif_else) in ((None, [22, 25]), FELL)
assert run([1, 1], if_try_return_clauses_then_code_elif_else) in ((None, [-15, 17, 21, 25]), FELL)
assert run([1, 2], if_try_return_clauses_then_code_elif_else) in ((None, [-15, 21, 25]), FELL)
assert run([], for_if_try_return_clause_then_code_else) in ((None, [24]), FELL)
assert run([1], for_if_try_return_clause_then_code_else) in ((None, [22, 23, 24]), FELL)
assert run([2], for_if_try_return_clause_then_code_else) in ((None, [22, 23, 22, 23, 24]), FELL)
assert run([1, 1], for_if_try_return_clause_then_code_else) in ((16, [-15]), FELL)
assert run([1, 1, 1], for_if_try_return_clause_then_code_else) in ((None, [-15, 17, 21, 23, 24]), FELL)
assert run([1, 1, 2], for_if_try_return_clause_then_code_else) in (('E2', [-15]), FELL)
assert run([2, 0, 1], for_if_try_return_clause_then_code_else) in ((16, [22, 23, -15]), FELL)
assert run([2, 1, 1], for_if_try_return_clause_then_code_else) in ((None, [-15, 17, 21, 23, 22, 23, 24]), FELL)
assert run([], while_if_try_return_clause_then_if_else) in ((None, []), FELL)
assert run([1], while_if_try_return_clause_then_if_else) in ((None, [22, 23]), FELL)
assert run([1, 1], while_if_try_return_clause_then_if_else) in ((16, [-15]), FELL)
assert run([1, 0, 1], while_if_try_return_clause_then_if_else) in ((None, [22, 23, 22, 23]), FELL)
assert run([1, 1, 1], while_if_try_return_clause_then_if_else) in ((None, [-15, 17, 23]), FELL)
assert run([1, 1, 2], while_if_try_return_clause_then_if_else) in (('E2', [-15]), FELL)
assert run([1, 0, 1, 1], while_if_try_return_clause_then_if_else) in ((16, [22, 23, -15]), FELL)
assert run([1, 1, 1, 1], while_if_try_return_clause_then_if_else) in ((None, [-15, 17, 21, 23]), FELL)
assert run([], if_try_raise_clause_as_then_code_else_return) in ((22, []), FELL)
assert run([1], if_try_raise_clause_as_then_code_else_return) in (('E2', [-15]), FELL)
assert run([1, 1], if_try_raise_clause_as_then_code_else_return) in ((None, [-15, 17, 21, 23]), FELL)
assert run([], if_try_return_clause_then_code_else_at_end) in ((None, [22]), FELL)
assert run([1], if_try_return_clause_then_code_else_at_end) in ((16, [-15]), FELL)
assert run([1, 1], if_try_return_clause_then_code_else_at_end) in ((None, [-15, 17, 21]), FELL)
assert run([1, 2], if_try_return_clause_then_code_else_at_end) in (('E2', [-15]), FELL)
assert run([], if_with_try_return_clause_then_code_else) in ((None, [22, 23]), FELL)
assert run([1], if_with_try_return_clause_then_code_else) in ((16, [('enter', 3), -15, ('exit', 3, False)]), FELL)
assert run([1, 1], if_with_try_return_clause_then_code_else) in ((None, [('enter', 3), -15, 17, 21, ('exit', 3, False), 23]), FELL)
assert run([1, 2], if_with_try_return_clause_then_code_else) in (('E2', [('enter', 3), -15, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], if_with_try_return_clause_then_code_else) in ((None, [('enter', 3), -15, ('exit', 3, True), 23]), FELL)
assert run([], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1]), FELL)
assert run([0, 0, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 1, 2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1, -1]), FELL)
assert run([0, 0, 0, 1], while_true_try_clause_while_and_else_ifs_closure) in ((4, [-1]), FELL)
assert run([0, 0, 1, 1], while_true_try_clause_while_and_else_ifs_closure) in (('Budget', [-1, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([0, 0, 1, 2], while_true_try_clause_while_and_else_ifs_closure) in (('E2', [-1, 3, -1]), FELL)
assert run([], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([2], while_true_try_clause_for_break_else_code_closure) in (('E2', [-1]), FELL)
assert run([0, 1], while_true_try_clause_for_break_else_code_closure) in ((4, [-1, 3]), FELL)
assert run([1, 1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([1, 2], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([0, 0, 1], while_true_try_clause_for_break_else_code_closure) in (('Budget', [-1, 3, -1, 2, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3, -1, 3]), FELL)
assert run([0, 0, 2], while_true_try_clause_for_break_else_code_closure) in (('E2', [-1, 3, -1]), FELL)
assert run([], while_c_try_clause_if_else_code_closure) in ((None, [6]), FELL)
assert run([1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 3, 6]), FELL)
assert run([1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 6]), FELL)
assert run([1, 2], while_c_try_clause_if_else_code_closure) in ((5, [-1]), FELL)
assert run([1, 1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 2, 6]), FELL)
assert run([1, 0, 0, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 3, -1, 3, 6]), FELL)
assert run([1, 1, 0, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, -1, 3, 6]), FELL)
assert run([1, 1, 1, 1], while_c_try_clause_if_else_code_closure) in ((None, [-1, 2, -1, 3, 6]), FELL)
assert run([], if_not_with_try_raise_clause_pass_then_code) in (('E2', [('enter', 7), -9, ('exit', 7, False)]), FELL)
assert run([1], if_not_with_try_raise_clause_pass_then_code) in ((None, []), FELL)
assert run([0, 1], if_not_with_try_raise_clause_pass_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False)]), FELL)
assert run([0, 0, 1], if_not_with_try_raise_clause_pass_then_code) in ((None, [('enter', 7), -9, ('exit', 7, True)]), FELL)
assert run([], if_with_try_raise_clauses_then_code_else) in ((None, [4, 5]), FELL)
assert run([1], if_with_try_raise_clauses_then_code_else) in ((None, [('enter', 7), 3, ('exit', 7, False), 5]), FELL)
assert run([], for_if_with_try_raise_clause_then_code) in ((None, []), FELL)
assert run([1], for_if_with_try_raise_clause_then_code) in ((None, [6]), FELL)
assert run([2], for_if_with_try_raise_clause_then_code) in ((None, [6, 6]), FELL)
assert run([1, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False), 6]), FELL)
assert run([2, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, 3, ('exit', 7, False), 6, 6]), FELL)
assert run([1, 1, 1], for_if_with_try_raise_clause_then_code) in (('E1', [('enter', 7), -9, ('exit', 7, False)]), FELL)
assert run([2, 0, 1], for_if_with_try_raise_clause_then_code) in ((None, [6, ('enter', 7), -9, 3, ('exit', 7, False), 6]), FELL)
assert run([1, 1, 1, 1], for_if_with_try_raise_clause_then_code) in ((None, [('enter', 7), -9, ('exit', 7, True), 6]), FELL)
assert run([], while_and_while_true_if_break_continue) in ((None, []), FELL)
assert run([1, 1], while_and_while_true_if_break_continue) in (('Budget', []), FELL)
assert run([], if_while_and_while_true_if_break_continue_elifs) in ((None, []), FELL)
assert run([0, 0, 1], if_while_and_while_true_if_break_continue_elifs) in ((None, [2]), FELL)
assert run([1, 1, 1], if_while_and_while_true_if_break_continue_elifs) in (('Budget', []), FELL)
assert run([], while_or_while_true_if_break_continue_then_code) in ((None, [5]), FELL)
assert run([1], while_or_while_true_if_break_continue_then_code) in (('Budget', []), FELL)
assert run([], while_true_with_return) in ((15, [('enter', 10), ('exit', 10, False)]), FELL)
assert run([], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([2], while_true_with_as_code_return) in (('E2', [1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 2], while_true_with_as_code_return) in (('E2', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1, 1], while_true_with_as_code_return) in ((10, [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 1, 1, 1, 1], while_true_with_as_code_return) in (('E1', [1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, True), 1, ('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([], while_true_if_break_with_return_then_code) in ((15, [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([1], while_true_if_break_with_return_then_code) in ((None, [7]), FELL)
assert run([0, 1], while_true_if_break_with_return_then_code) in (('E1', [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 2], while_true_if_break_with_return_then_code) in (('E2', [('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1], while_true_if_break_with_return_then_code) in ((15, [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1, 1], while_true_if_break_with_return_then_code) in ((None, [('enter', 10), -3, ('exit', 10, True), 7]), FELL)
assert run([0, 1, 1, 0, 1], while_true_if_break_with_return_then_code) in (('E1', [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([0, 1, 1, 0, 2], while_true_if_break_with_return_then_code) in (('E2', [('enter', 10), -3, ('exit', 10, True), ('enter', 10), -3, ('exit', 10, False)]), FELL)
assert run([], while_true_withs_return) in ((15, [('enter', 10), ('enter', 11), ('enter', 12), ('enter', 13), ('exit', 13, False), ('exit', 12, False), ('exit', 11, False), ('exit', 10, False)]), FELL)
assert run([], while_not_if_and_try_pass_clause_break_else_for_else_return_closure) in ((12, []), FELL)
assert run([1], while_not_if_and_try_pass_clause_break_else_for_else_return_closure) in ((None, [17]), FELL)
assert run([], for_try_for_break_else_return_clause_pass) in ((None, []), FELL)
assert run([1], for_try_for_break_else_return_clause_pass) in ((4, [-3]), FELL)
assert run([1, 0, 1], for_try_for_break_else_return_clause_pass) in ((None, [-3]), FELL)
assert run([1, 0, 2], for_try_for_break_else_return_clause_pass) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_try_for_break_else_return_clause_pass) in ((4, [-3, -3]), FELL)
assert run([2, 0, 1, 0, 1], for_try_for_break_else_return_clause_pass) in ((None, [-3, -3]), FELL)
assert run([2, 0, 1, 0, 2], for_try_for_break_else_return_clause_pass) in (('E2', [-3, -3]), FELL)
assert run([], for_try_for_if_break_else_return_clause_then_code) in ((None, [6]), FELL)
assert run([1], for_try_for_if_break_else_return_clause_then_code) in ((4, [-3]), FELL)
assert run([1, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((None, [-3, 5, 6]), FELL)
assert run([1, 0, 2], for_try_for_if_break_else_return_clause_then_code) in (('E2', [-3]), FELL)
assert run([2, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((4, [-3, 5, -3]), FELL)
assert run([2, 0, 1, 0, 1], for_try_for_if_break_else_return_clause_then_code) in ((None, [-3, 5, -3, 5, 6]), FELL)
assert run([2, 0, 1, 0, 2], for_try_for_if_break_else_return_clause_then_code) in (('E2', [-3, 5, -3]), FELL)
assert run([], try_clause_if_chain_pass_then_code) in ((None, [-1, 13]), FELL)
assert run([2], try_clause_if_chain_pass_then_code) in (('E2', [-1]), FELL)
assert run([], try_clause_if_chain_else_then_code) in ((None, [-1, 13]), FELL)
assert run([1], try_clause_if_chain_else_then_code) in ((None, [-1, 3, 13]), FELL)
assert run([2], try_clause_if_chain_else_then_code) in (('E2', [-1]), FELL)
assert run([1, 1], try_clause_if_chain_else_then_code) in ((None, [-1, 2, 13]), FELL)
assert run([], for_try_clause_if_not_chain3_continue) in ((None, []), FELL)
assert run([1], for_try_clause_if_not_chain3_continue) in ((None, [-1, 5]), FELL)
assert run([2], for_try_clause_if_not_chain3_continue) in ((None, [-1, 5, -1, 5]), FELL)
assert run([1, 1], for_try_clause_if_not_chain3_continue) in (('E1', [-1]), FELL)
assert run([1, 2], for_try_clause_if_not_chain3_continue) in ((None, [-1]), FELL)
assert run([2, 2], for_try_clause_if_not_chain3_continue) in ((None, [-1, -1, 5]), FELL)
assert run([1, 2, 1], for_try_clause_if_not_chain3_continue) in ((None, [-1, 4, 5]), FELL)
assert run([2, 0, 1], for_try_clause_if_not_chain3_continue) in (('E1', [-1, 5, -1]), FELL)
assert run([], try_clauses_if_chain_then_code) in ((None, [-1, 13]), FELL)
assert run([1, 1], try_clauses_if_chain_then_code) in ((None, [-1, 2, 13]), FELL)
assert run([], while_chain_test_if_break_return_global_call) in (([], []), FELL)
assert run([1], while_chain_test_if_break_return_global_call) in (([], [0]), FELL)
assert run([2], while_chain_test_if_break_return_global_call) in (([], [0, 1]), FELL)
assert run([1, 1], while_chain_test_if_break_return_global_call) in (([0], []), FELL)
assert run([2, 0, 1], while_chain_test_if_break_return_global_call) in (([1], [0]), FELL)
assert run([], while_chain_test_return_global_call) in (([0, 0], []), FELL)
assert run([1], while_chain_test_return_global_call) in (([1, 1], [0]), FELL)
assert run([2], while_chain_test_return_global_call) in (([2, 2], [0, 1]), FELL)
assert run([], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [6]), FELL)
assert run([1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [3]), FELL)
assert run([1, 0, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [5, 5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([1, 0, 1, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('E1', [5, 3]), FELL)
assert run([1, 1, 0, 1], if_while_true_if_try_if_break_finally_else_return_call) in (('Budget', [1, 3, 5, 1, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), FELL)
assert run([], while_true_try_if_break_finally_pass) in (('Budget', []), FELL)
assert run([1], while_true_try_if_break_finally_pass) in ((None, []), FELL)
assert run([], while_not_with_if_break_code_if_then_return_attr) in (('Budget', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1], while_not_with_if_break_code_if_then_return_attr) in (('E1', []), FELL)
assert run([0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('Budget', [('enter', 1), 2, 3, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, 3, ('exit', 1, False)]), FELL)
assert run([0, 0, 0, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 0, 1], while_not_with_if_break_code_if_then_return_attr) in (('E1', [('enter', 1), 2, 3, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], for_with_if_break_then_return_attr) in (('E2', []), FELL)
assert run([1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([2], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), 2, ('exit', 1, False)]), FELL)
assert run([1, 1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), ('exit', 1, False)]), FELL)
assert run([2, 0, 1], for_with_if_break_then_return_attr) in (('E2', [('enter', 1), 2, ('exit', 1, False), ('enter', 1), ('exit', 1, False)]), FELL)
assert run([], for_with_break_return_attr) in (('E1', []), FELL)
assert run([1], for_with_break_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_code_break_return_attr) in (('E1', []), FELL)
assert run([1], for_with_code_break_return_attr) in (('E1', [('enter', 2), 1, ('exit', 2, False)]), FELL)
assert run([], while_with_break_return_attr) in (('E1', []), FELL)
assert run([1], while_with_break_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_or_else_for_with_break_return_closure) in (('E2', []), FELL)
assert run([0, 0, 1], while_or_else_for_with_break_return_closure) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([], for_with_if_break_code_return_attr) in (('E1', []), FELL)
assert run([1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3]), FELL)
assert run([2], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False), 3]), FELL)
assert run([1, 1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([2, 0, 1], for_with_if_break_code_return_attr) in (('E1', [('enter', 2), ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], while_with_if_break_code_return_attr) in (('E2', []), FELL)
assert run([1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 0, 1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([1, 0, 1, 0, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3]), FELL)
assert run([1, 0, 1, 0, 1, 1], while_with_if_break_code_return_attr) in (('E2', [('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), 2, ('exit', 2, False), 3, ('enter', 2), ('exit', 2, False)]), FELL)
assert run([], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in (('E1', [-2]), FELL)
assert run([1], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in ((15, [-2, 14]), FELL)
assert run([2], try_clause_try_if_elifs_else_return_clause_finally_return_attr) in (('E2', [-2]), FELL)
assert run([], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [1]), FELL)
assert run([1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, 3]), FELL)
assert run([1, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 7]), FELL)
assert run([1, 2], try_try_return_clause_assign_clause_else_ifs_return) in (('E2', [-2]), FELL)
assert run([1, 1, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 5]), FELL)
assert run([1, 1, 2], try_try_return_clause_assign_clause_else_ifs_return) in (('E2', [-2, -4]), FELL)
assert run([1, 1, 0, 1], try_try_return_clause_assign_clause_else_ifs_return) in ((None, [-2, -4, 6]), FELL)
assert run([], try_while_true_if_break_clause_as_then_code) in (('Budget', []), FELL)
assert run([1], try_while_true_if_break_clause_as_then_code) in ((None, [9]), FELL)
assert run([], try_while_true_code_if_break_clause) in (('Budget', [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]), FELL)
assert run([1], try_while_true_code_if_break_clause) in ((None, [-1, 2, 9]), FELL)
assert run([2], try_while_true_code_if_break_clause) in (('E2', [-1]), FELL)
assert run([0, 1], try_while_true_code_if_break_clause) in ((None, [-1, 9]), FELL)
assert run([0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, 2, 9]), FELL)
assert run([0, 0, 2], try_while_true_code_if_break_clause) in (('E2', [-1, -1]), FELL)
assert run([0, 0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, 9]), FELL)
assert run([0, 0, 0, 0, 1], try_while_true_code_if_break_clause) in ((None, [-1, -1, -1, 2, 9]), FELL)
assert run([], while_true_match_or_try_return_clause_default_return_call) in ((0, [-13]), FELL)
assert run([1], while_true_match_or_try_return_clause_default_return_call) in (((0, 0), []), FELL)
assert run([0, 0, 1], while_true_match_or_try_return_clause_default_return_call) in (('E1', [-13]), FELL)
assert run([0, 0, 2], while_true_match_or_try_return_clause_default_return_call) in (('E2', [-13]), FELL)
assert run([], while_true_match_or_try_return_clause_default_return_attr) in (('E2', []), FELL)
assert run([1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3]), FELL)
assert run([1, 1], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5]), FELL)
assert run([1, 2], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3]), FELL)
assert run([1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5, -3, 5]), FELL)
assert run([1, 1, 1, 2], while_true_match_or_try_return_clause_default_return_attr) in (('E2', [-3, 5, -3]), FELL)
assert run([1, 1, 1, 1, 1], while_true_match_or_try_return_clause_default_return_attr) in ((4, [-3, 5, -3, 5, -3]), FELL)
