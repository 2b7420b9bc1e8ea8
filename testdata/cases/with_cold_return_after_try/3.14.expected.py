








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


def with_cold_return_elif(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                pass
            return 7
    elif c():
        return None


def with_cold_return_elif_call(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                x(4)
                return 5
            except E1:
                t(6)
            return 7
    elif c():
        x(3)


def with_cold_return_then_call(c, t, x, n, m):
    if c():
        with m(3):
            try:
                x(4)
                return 5
            except E1:
                pass
            except E2:
                t(6)
            t(8)
            return 'seven'
    x(5)


def with_cold_return_in_loop(c, t, x, n, m):
    for i in n():
        if c():
            with m(3):
                try:
                    x(4)
                    return 5
                except E1:
                    pass
                return i
        t(9)


def with_cold_value_return_in_branch(c, t, x, n, m):
    if c():
        with m(3) as w:
            try:
                return x(4)
            except E1:
                t(1)
            return w + 1
    return 2


def with_cold_value_return_nested(c, t, x, n, m):
    while True:
        while c():
            if c():
                with m(1), m(2) as w:
                    try:
                        x(3)
                        return 4
                    except E2:
                        pass
                    return [w, 5]
            t(6)
        else:
            return None


def with_cold_return_two_items(c, t, x, n, m):
    if c():
        with m(1), m(2) as w:
            try:
                x(3)
                return 4
            except E2:
                pass
            return 5
    t(6)


def with_branch_try_then_return(c, t, x, n, m):
    with m(1), m(2):
        if c():
            pass
        else:
            try:
                return 4
            except E1:
                pass


def with_branch_try_call_then_return(c, t, x, n, m):
    # depyf: could not decompile with_branch_try_call_then_return: a statement (Return) after return in the same block (a misread layout)
    #    185            RESUME                   0
    #   
    #    186            LOAD_FAST_BORROW         4 (m)
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
    #    187            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       10 (to L2)
    #                   NOT_TAKEN
    #   
    #    188            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            19 (to L5)
    #   
    #    190    L2:     NOP
    #   
    #    191    L3:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #   
    #    186    L4:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    188    L5:     NOP
    #   
    #    186            LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    195            LOAD_SMALL_INT           8
    #                   RETURN_VALUE
    #   
    #     --    L6:     PUSH_EXC_INFO
    #   
    #    192            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    193    L7:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L10)
    #   
    #    192    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    194   L10:     NOP
    #   
    #    186   L11:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #          L12:     PUSH_EXC_INFO
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
    #   
    #    195            LOAD_SMALL_INT           8
    #                   RETURN_VALUE
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L12 [2] lasti
    #     L3 to L4 -> L6 [2]
    #     L6 to L7 -> L9 [3] lasti
    #     L7 to L8 -> L12 [2] lasti
    #     L8 to L9 -> L9 [3] lasti
    #     L9 to L11 -> L12 [2] lasti
    #     L12 to L14 -> L15 [4] lasti
    raise RuntimeError('depyf: could not decompile with_branch_try_call_then_return: a statement (Return) after return in the same block (a misread layout)')

assert run([], with_cold_return_elif) in ((None, []), FELL)
assert run([1], with_cold_return_elif) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], with_cold_return_elif) in ((7, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], with_cold_return_elif) in ((None, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], with_cold_return_elif_call) in ((None, []), FELL)
assert run([1], with_cold_return_elif_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_elif_call) in ((None, [-3]), FELL)
assert run([1, 1], with_cold_return_elif_call) in ((7, [('enter', 3), -4, 6, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_elif_call) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1, 1], with_cold_return_elif_call) in (('E1', [-3]), FELL)
assert run([], with_cold_return_then_call) in ((None, [-5]), FELL)
assert run([1], with_cold_return_then_call) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([0, 1], with_cold_return_then_call) in (('E1', [-5]), FELL)
assert run([0, 2], with_cold_return_then_call) in (('E2', [-5]), FELL)
assert run([1, 1], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 8, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_return_then_call) in (('seven', [('enter', 3), -4, 6, 8, ('exit', 3, False)]), FELL)
assert run([], with_cold_return_in_loop) in ((None, []), FELL)
assert run([1], with_cold_return_in_loop) in ((None, [9]), FELL)
assert run([2], with_cold_return_in_loop) in ((None, [9, 9]), FELL)
assert run([1, 1], with_cold_return_in_loop) in ((5, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 1], with_cold_return_in_loop) in ((0, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1, 2], with_cold_return_in_loop) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([], with_cold_value_return_in_branch) in ((2, []), FELL)
assert run([1], with_cold_value_return_in_branch) in ((None, [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 1], with_cold_value_return_in_branch) in ((4, [('enter', 3), -4, 1, ('exit', 3, False)]), FELL)
assert run([1, 2], with_cold_value_return_in_branch) in (('E2', [('enter', 3), -4, ('exit', 3, False)]), FELL)
assert run([1, 2, 1], with_cold_value_return_in_branch) in ((2, [('enter', 3), -4, ('exit', 3, True)]), FELL)
assert run([], with_cold_value_return_nested) in ((None, []), FELL)
assert run([1], with_cold_value_return_nested) in ((None, [6]), FELL)
assert run([1, 1], with_cold_value_return_nested) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 0, 1], with_cold_value_return_nested) in ((None, [6, 6]), FELL)
assert run([1, 1, 1], with_cold_value_return_nested) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 2], with_cold_value_return_nested) in (([2, 5], [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_cold_return_two_items) in ((None, [6]), FELL)
assert run([1], with_cold_return_two_items) in ((4, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1], with_cold_return_two_items) in (('E1', [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 2], with_cold_return_two_items) in ((5, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 1], with_cold_return_two_items) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, True), ('exit', 1, False), 6]), FELL)
assert run([1, 1, 0, 1], with_cold_return_two_items) in ((None, [('enter', 1), ('enter', 2), -3, ('exit', 2, False), ('exit', 1, True), 6]), FELL)
assert run([], with_branch_try_then_return) in ((4, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([1], with_branch_try_then_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False)]), FELL)
assert run([], with_branch_try_call_then_return) in ((None, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([1], with_branch_try_call_then_return) in ((8, [('enter', 1), 1, ('exit', 1, False)]), FELL)
assert run([0, 1], with_branch_try_call_then_return) in ((6, [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 2], with_branch_try_call_then_return) in (('E2', [('enter', 1), -4, ('exit', 1, False)]), FELL)
assert run([0, 2, 1], with_branch_try_call_then_return) in ((8, [('enter', 1), -4, ('exit', 1, True)]), FELL)
