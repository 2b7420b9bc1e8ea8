









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


def nested_withs_if_return(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return 4


def nested_withs_log_if_return(c, t, x, n, m):
    with m(1) as w:
        t(2)
        with m(3):
            if c():
                return 4


def nested_withs_if_return_then(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return 4
    t(5)


def nested_withs_if_return_after_inner(c, t, x, n, m):
    with m(1):
        with m(3):
            x(2)
            if c():
                return 4
        t(6)


def nested_withs_if_return_value(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return x(4)


def nested_withs_if_bare_return_then_log(c, t, x, n, m):
    with m(1), m(3):
        if c():
            return None
        t(5)


def three_withs_if_return(c, t, x, n, m):
    with m(1), m(2), m(3):
        x(4)
        if c():
            return 5
    t(6)


def with_items_or_with_return(c, t, x, n, m):
    # depyf: could not decompile with_items_or_with_return: a with suppressing leaves the region at 122
    #    137            RESUME                   0
    #   
    #    138            LOAD_FAST_BORROW         4 (m)
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
    #           L2:     POP_TOP
    #   
    #    139            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L4)
    #                   NOT_TAKEN
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       53 (to L9)
    #           L3:     NOT_TAKEN
    #   
    #    140    L4:     LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           3
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L5:     POP_TOP
    #   
    #    141            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    142            NOP
    #   
    #    140    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    138    L7:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #           L9:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #          L10:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    143   L11:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #    140   L12:     PUSH_EXC_INFO
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
    #                   JUMP_BACKWARD_NO_INTERRUPT 42 (to L9)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    138   L16:     PUSH_EXC_INFO
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
    #                   JUMP_BACKWARD_NO_INTERRUPT 53 (to L10)
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    138   L20:     PUSH_EXC_INFO
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
    #                   JUMP_BACKWARD_NO_INTERRUPT 64 (to L11)
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L20 [2] lasti
    #     L2 to L3 -> L16 [4] lasti
    #     L4 to L5 -> L16 [4] lasti
    #     L5 to L6 -> L12 [6] lasti
    #     L6 to L7 -> L16 [4] lasti
    #     L7 to L8 -> L20 [2] lasti
    #     L9 to L10 -> L20 [2] lasti
    #     L12 to L14 -> L15 [8] lasti
    #     L14 to L16 -> L16 [4] lasti
    #     L16 to L18 -> L19 [6] lasti
    #     L18 to L20 -> L20 [2] lasti
    #     L20 to L22 -> L23 [4] lasti
    raise RuntimeError('depyf: could not decompile with_items_or_with_return: a with suppressing leaves the region at 122')

assert run([2, 2, 0, 3, 1], nested_withs_if_return) == (4, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0, 1, 0, 2, 3, 1], nested_withs_if_return) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([2, 2, 0], nested_withs_log_if_return) == (4, [('enter', 1), 2, ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0, 1, 3, 0, 0], nested_withs_log_if_return) == (None, [('enter', 1), 2, ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([0], nested_withs_if_return_then) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False), 5])
assert run([1, 3, 2, 1, 0, 0, 2], nested_withs_if_return_then) == (4, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([1], nested_withs_if_return_after_inner) == ('E1', [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([0], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), 6, ('exit', 1, False)])
assert run([2, 1, 2, 0, 0, 1], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, True), 6, ('exit', 1, False)])
assert run([2, 2, 0, 2, 3, 2, 3], nested_withs_if_return_after_inner) == ('E2', [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([3, 3, 3], nested_withs_if_return_after_inner) == (4, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, False)])
assert run([1, 0, 3, 3, 1, 2, 2], nested_withs_if_return_after_inner) == (None, [('enter', 1), ('enter', 3), -2, ('exit', 3, False), ('exit', 1, True)])
assert run([2, 3, 0, 0, 0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([3, 2, 2, 0, 2], nested_withs_if_return_value) in (('E2', [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([1, 1, 2, 2], nested_withs_if_return_value) in (('E1', [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, False)]), FELL)
assert run([1, 2, 3, 2, 2, 0], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, True), ('exit', 1, False)]), FELL)
assert run([1, 2, 2, 1, 2], nested_withs_if_return_value) in ((None, [('enter', 1), ('enter', 3), -4, ('exit', 3, False), ('exit', 1, True)]), FELL)
assert run([0, 3, 3], nested_withs_if_bare_return_then_log) == (None, [('enter', 1), ('enter', 3), 5, ('exit', 3, False), ('exit', 1, False)])
assert run([2, 2], nested_withs_if_bare_return_then_log) == (None, [('enter', 1), ('enter', 3), ('exit', 3, False), ('exit', 1, False)])
assert run([1, 1, 2, 3], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, True), ('exit', 2, False), ('exit', 1, False), 6])
assert run([1, 0, 2, 3, 1, 2], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, True), 6])
assert run([2], three_withs_if_return) == ('E2', [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([0, 3, 2], three_withs_if_return) == (5, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([3, 0, 0, 2, 0], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False), 6])
assert run([2, 0, 3, 3, 1, 2], three_withs_if_return) == (None, [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, True), ('exit', 1, False), 6])
assert run([1, 0, 2], three_withs_if_return) == ('E1', [('enter', 1), ('enter', 2), ('enter', 3), -4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)])
assert run([0], with_items_or_with_return) in ((None, [('enter', 1), ('enter', 2), ('exit', 2, False), ('exit', 1, False), 6]), FELL)
assert run([2, 0, 0, 3], with_items_or_with_return) in ((5, [('enter', 1), ('enter', 2), ('enter', 3), 4, ('exit', 3, False), ('exit', 2, False), ('exit', 1, False)]), FELL)
