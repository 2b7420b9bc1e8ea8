


























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


def while_true_break_then_with_try_else_return(c, t, x, n, m):
    while True:
        if c() or c():
            pass
        else:
            with m(1):
                try:
                    x(6)
                except E1:
                    pass
                else:
                    return 10
            continue
        t(11)
        return None


def while_true_single_break_then_with_try_else_return(c, t, x, n, m):
    while True:
        if c():
            pass
        else:
            with m(1):
                try:
                    x(6)
                except E1:
                    pass
                else:
                    return 10
            continue
        t(11)
        return None


def orphan_try_then_try_except_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    except E2 as e:
        pass
    else:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass
    finally:
        t(31)


def orphan_try_then_try_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    try:
        while True:
            if c():
                break
        t(23)
    finally:
        t(31)


def orphan_try_then_try_except_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    try:
        while True:
            if c() or c():
                break
        t(23)
    except E1:
        pass


def for_return_in_try_finally_in_clause(c, t, x, n, m):
    try:
        x(1)
    except E1:
        try:
            for j in n():
                return 4
        finally:
            t(5)


def while_true_break_in_try_in_clause(c, t, x, n, m):
    try:
        x(2)
    except E1:
        try:
            while True:
                if not c():
                    break
                else:
                    t(4)
        except E1:
            pass
    except E2 as e:
        pass
    else:
        pass
    finally:
        pass
    return


def raising_try_in_named_clause(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        try:
            raise E1(10)
        except E1:
            pass
    t(49)


def try_while_else_return_past_range(c, t, x, n, m):
    try:
        while c():
            if c():
                continue
            break
        else:
            if c():
                return 31
    except E1:
        pass
    t(40)


def while_in_orphan_try_else_in_named_clause(c, t, x, n, m):
    try:
        if c():
            x(4)
    except E1:
        pass
    except E2 as e:
        try:
            pass
        except E1:
            pass
        else:
            while True:
                if c():
                    break
                else:
                    t(47)
    finally:
        pass
    return


def with_suppressing_into_try_of_endless_loop(c, t, x, n, m):
    # depyf: could not decompile with_suppressing_into_try_of_endless_loop: unstructured backward jump at 188
    #    250            RESUME                   0
    #   
    #    251            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L1)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       28 (to L4)
    #                   NOT_TAKEN
    #   
    #    252    L1:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     STORE_FAST               5 (w)
    #   
    #    253    L3:     NOP
    #   
    #    252            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_FORWARD             1 (to L5)
    #   
    #    255    L4:     NOP
    #   
    #    256    L5:     NOP
    #   
    #    257    L6:     NOP
    #   
    #    258            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L9)
    #           L7:     NOT_TAKEN
    #   
    #    259    L8:     NOP
    #   
    #    260    L9:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #          L10:     POP_JUMP_IF_TRUE         3 (to L11)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           30 (to L6)
    #   
    #    261   L11:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           7
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           25 (to L9)
    #   
    #    252   L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L13)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 57 (to L5)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L16:     PUSH_EXC_INFO
    #   
    #    262            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L18)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    263   L17:     POP_EXCEPT
    #                   JUMP_FORWARD            23 (to L25)
    #   
    #    264   L18:     LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       11 (to L23)
    #          L19:     NOT_TAKEN
    #          L20:     STORE_FAST               6 (e)
    #   
    #    265   L21:     POP_EXCEPT
    #                   LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   JUMP_FORWARD             8 (to L25)
    #   
    #     --   L22:     LOAD_CONST               1 (None)
    #                   STORE_FAST               6 (e)
    #                   DELETE_FAST              6 (e)
    #                   RERAISE                  1
    #   
    #    264   L23:     RERAISE                  0
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    266   L25:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          17
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   ExceptionTable:
    #     L2 to L3 -> L12 [2] lasti
    #     L6 to L7 -> L16 [0]
    #     L8 to L10 -> L16 [0]
    #     L11 to L12 -> L16 [0]
    #     L12 to L14 -> L15 [4] lasti
    #     L16 to L17 -> L24 [1] lasti
    #     L18 to L19 -> L24 [1] lasti
    #     L20 to L21 -> L24 [1] lasti
    #     L22 to L24 -> L24 [1] lasti
    raise RuntimeError('depyf: could not decompile with_suppressing_into_try_of_endless_loop: unstructured backward jump at 188')


def with_suppressing_into_try_of_nested_loops(c, t, x, n, m):
    if c():
        with m(3) as w:
            pass
    try:
        while True:
            while c():
                t(7)
    except E1:
        pass
    t(17)


def clause_loop_break_then_try_finally_loop(c, t, x, n, m):
    try:
        x(1)
    except E2 as e:
        while True:
            if c():
                break
    try:
        while True:
            if c() or c():
                break
        t(23)
    finally:
        t(31)


def orphan_clause_loop_break_then_try_finally_loop(c, t, x, n, m):
    try:
        pass
    except E1:
        pass
    except E2 as e:
        while True:
            if c():
                break
    else:
        pass
    try:
        while True:
            if False:
                pass
            if c() or c():
                break
        t(23)
    except E1:
        pass
    finally:
        t(31)

assert run([], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([1], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 0, 1], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 2], while_true_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 1, 1], while_true_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 0, 2, 1], while_true_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 0, 2, 1, 1], while_true_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, True), 11]), FELL)
assert run([2], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([3], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 1], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 2], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 3], while_true_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([1], while_true_single_break_then_with_try_else_return) in ((None, [11]), FELL)
assert run([0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2], while_true_single_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 2, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 1, 0, 2], while_true_single_break_then_with_try_else_return) in (('E2', [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, True), 11]), FELL)
assert run([0, 1, 0, 1, 1], while_true_single_break_then_with_try_else_return) in ((None, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False), 11]), FELL)
assert run([0, 1, 0, 2, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([0, 2, 1, 0, 1], while_true_single_break_then_with_try_else_return) in ((10, [('enter', 1), -6, ('exit', 1, True), ('enter', 1), -6, ('exit', 1, False), ('enter', 1), -6, ('exit', 1, False)]), FELL)
assert run([], orphan_try_then_try_except_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_except_finally_loop) in ((None, [23, 31]), FELL)
assert run([], orphan_try_then_try_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([], orphan_try_then_try_except_loop) in (('Budget', []), FELL)
assert run([1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 3], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 0, 1], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([0, 0, 0, 2], orphan_try_then_try_except_loop) in ((None, [23]), FELL)
assert run([], for_return_in_try_finally_in_clause) in ((None, [-1]), FELL)
assert run([1], for_return_in_try_finally_in_clause) in ((None, [-1, 5]), FELL)
assert run([2], for_return_in_try_finally_in_clause) in (('E2', [-1]), FELL)
assert run([1, 1], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([1, 2], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([1, 3], for_return_in_try_finally_in_clause) in ((4, [-1, 5]), FELL)
assert run([], while_true_break_in_try_in_clause) in ((None, [-2]), FELL)
assert run([1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4, 4]), FELL)
assert run([1, 1, 1, 1, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4, 4, 4]), FELL)
assert run([1, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4]), FELL)
assert run([1, 1, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 1, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 1], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 2], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([1, 2, 3], while_true_break_in_try_in_clause) in ((None, [-2, 4, 4]), FELL)
assert run([], raising_try_in_named_clause) in ((None, [-1, 49]), FELL)
assert run([1], raising_try_in_named_clause) in (('E1', [-1]), FELL)
assert run([], try_while_else_return_past_range) in ((None, [40]), FELL)
assert run([0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 1, 0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 2, 0, 3], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 3, 0, 1], try_while_else_return_past_range) in ((31, []), FELL)
assert run([1, 3, 0, 2], try_while_else_return_past_range) in ((31, []), FELL)
assert run([], while_in_orphan_try_else_in_named_clause) in ((None, []), FELL)
assert run([1], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([1, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1, 2, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([1, 2, 0, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47, 47]), FELL)
assert run([2], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([3], while_in_orphan_try_else_in_named_clause) in ((None, [-4]), FELL)
assert run([2, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([3, 2], while_in_orphan_try_else_in_named_clause) in (('Budget', [-4, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47, 47]), FELL)
assert run([1, 2, 0, 2], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([1, 2, 0, 3], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([2, 2, 0, 1], while_in_orphan_try_else_in_named_clause) in ((None, [-4, 47]), FELL)
assert run([], with_suppressing_into_try_of_endless_loop) in (('Budget', []), FELL)
assert run([1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([1, 0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7]), FELL)
assert run([0, 0, 0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [7]), FELL)
assert run([1, 0, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7]), FELL)
assert run([0, 0, 0, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [7, 7]), FELL)
assert run([1, 0, 1, 1, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7]), FELL)
assert run([2], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([3], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 1], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 2], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 3], with_suppressing_into_try_of_endless_loop) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([], with_suppressing_into_try_of_nested_loops) in (('Budget', []), FELL)
assert run([1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([0, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7]), FELL)
assert run([1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7]), FELL)
assert run([0, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7]), FELL)
assert run([1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7]), FELL)
assert run([0, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7, 7]), FELL)
assert run([1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7]), FELL)
assert run([0, 1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [7, 7, 7, 7]), FELL)
assert run([1, 1, 1, 1, 1], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False), 7, 7, 7, 7]), FELL)
assert run([2], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([3], with_suppressing_into_try_of_nested_loops) in (('Budget', [('enter', 3), ('exit', 3, False)]), FELL)
assert run([], clause_loop_break_then_try_finally_loop) in (('Budget', [-1, 31]), FELL)
assert run([1], clause_loop_break_then_try_finally_loop) in (('E1', [-1]), FELL)
assert run([2], clause_loop_break_then_try_finally_loop) in (('Budget', [-1]), FELL)
assert run([0, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([3, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 1], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 2], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([0, 0, 3], clause_loop_break_then_try_finally_loop) in ((None, [-1, 23, 31]), FELL)
assert run([], orphan_clause_loop_break_then_try_finally_loop) in (('Budget', [31]), FELL)
assert run([1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 3], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 1], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
assert run([0, 0, 0, 2], orphan_clause_loop_break_then_try_finally_loop) in ((None, [23, 31]), FELL)
