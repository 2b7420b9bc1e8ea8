








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


def return_in_finally_if(c, t, x, n, m):
    try:
        x(1)
    finally:
        if c():
            return 2
        t(3)
    return 4


def return_value_in_finally(c, t, x, n, m):
    v = c()
    try:
        x(1)
    finally:
        if c():
            return v, 1
        t(2)


def return_in_finally_else(c, t, x, n, m):
    try:
        x(1)
    finally:
        if c():
            t(2)
        else:
            return 3
    t(4)


def break_in_finally_for(c, t, x, n, m):
    for i in n():
        try:
            x(i)
        finally:
            if c():
                break
            t(i)
    return 5


def continue_in_finally_while(c, t, x, n, m):
    while c():
        try:
            x(1)
        finally:
            if c():
                continue
            t(2)
    t(3)


def break_or_continue_in_finally(c, t, x, n, m):
    # depyf: could not decompile break_or_continue_in_finally: unstructured forward jump at 80
    #    134            RESUME                   0
    #   
    #    135            LOAD_FAST                3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L1:     FOR_ITER                57 (to L7)
    #                   STORE_FAST               5 (i)
    #   
    #    136            NOP
    #   
    #    137    L2:     LOAD_FAST                2 (x)
    #                   PUSH_NULL
    #                   LOAD_FAST                5 (i)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    139    L3:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L4)
    #   
    #    140            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (10)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_FORWARD            16 (to L6)
    #   
    #    141    L4:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L5)
    #   
    #    142            POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #    144    L5:     JUMP_BACKWARD           49 (to L1)
    #   
    #    145    L6:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               2 (11)
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           59 (to L1)
    #   
    #    135    L7:     END_FOR
    #                   POP_TOP
    #   
    #    147            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               3 (12)
    #                   CALL                     1
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --    L8:     PUSH_EXC_INFO
    #   
    #    139            LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L9)
    #   
    #    140            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_CONST               1 (10)
    #                   CALL                     1
    #                   POP_TOP
    #                   RERAISE                  0
    #   
    #    141    L9:     LOAD_FAST                0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        4 (to L11)
    #   
    #    142            POP_TOP
    #          L10:     POP_EXCEPT
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #    144   L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   JUMP_BACKWARD          112 (to L1)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L8 [1]
    #     L8 to L10 -> L13 [2] lasti
    #     L11 to L12 -> L13 [2] lasti
    raise RuntimeError('depyf: could not decompile break_or_continue_in_finally: unstructured forward jump at 80')


def return_in_finally_of_try_except(c, t, x, n, m):
    try:
        x(1)
    except E1:
        t(2)
    finally:
        if c():
            return 3
        t(4)


def return_in_inner_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        finally:
            if c():
                return 3


def return_in_finally_overrides_return(c, t, x, n, m):
    try:
        x(1)
        return 6
    finally:
        if c():
            return 7


def raise_in_finally_if(c, t, x, n, m):
    try:
        x(1)
    finally:
        if c():
            raise E2(5)
        t(6)


def loop_breaking_inside_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        for i in n():
            if c():
                break
            t(i)
    return 8


def return_from_except_in_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        try:
            x(2)
        except E1:
            return 3
        t(4)


def return_from_with_in_finally(c, t, x, n, m):
    try:
        x(1)
    finally:
        with m(7):
            if c():
                return 2
        t(3)


def finally_return_in_while_true(c, t, x, n, m):
    while True:
        try:
            x(1)
        finally:
            if c():
                return 9
        t(2)


def return_in_finally_else_in_loop(c, t, x, n, m):
    while c():
        try:
            x(1)
        finally:
            if c():
                t(2)
            else:
                return 3
        t(4)
    t(7)


def return_in_finally_else_after_except(c, t, x, n, m):
    try:
        x(1)
    except E1:
        t(9)
    finally:
        if c():
            t(2)
        else:
            return 3
    t(4)

assert run([], return_in_finally_if) in ((4, [-1, 3]), FELL)
assert run([1], return_in_finally_if) in (('E1', [-1, 3]), FELL)
assert run([2], return_in_finally_if) in (('E2', [-1, 3]), FELL)
assert run([0, 1], return_in_finally_if) in ((2, [-1]), FELL)
assert run([0, 2], return_in_finally_if) in ((2, [-1]), FELL)
assert run([0, 3], return_in_finally_if) in ((2, [-1]), FELL)
assert run([1, 1], return_in_finally_if) in ((2, [-1]), FELL)
assert run([1, 2], return_in_finally_if) in ((2, [-1]), FELL)
assert run([1, 3], return_in_finally_if) in ((2, [-1]), FELL)
assert run([2, 1], return_in_finally_if) in ((2, [-1]), FELL)
assert run([2, 2], return_in_finally_if) in ((2, [-1]), FELL)
assert run([2, 3], return_in_finally_if) in ((2, [-1]), FELL)
assert run([3, 1], return_in_finally_if) in ((2, [-1]), FELL)
assert run([3, 2], return_in_finally_if) in ((2, [-1]), FELL)
assert run([3, 3], return_in_finally_if) in ((2, [-1]), FELL)
assert run([], return_value_in_finally) in ((None, [-1, 2]), FELL)
assert run([0, 1], return_value_in_finally) in (('E1', [-1, 2]), FELL)
assert run([0, 2], return_value_in_finally) in (('E2', [-1, 2]), FELL)
assert run([0, 0, 1], return_value_in_finally) in (((0, 1), [-1]), FELL)
assert run([1, 0, 1], return_value_in_finally) in (((1, 1), [-1]), FELL)
assert run([2, 0, 1], return_value_in_finally) in (((2, 1), [-1]), FELL)
assert run([3, 0, 1], return_value_in_finally) in (((3, 1), [-1]), FELL)
assert run([1, 1], return_value_in_finally) in (('E1', [-1, 2]), FELL)
assert run([1, 2], return_value_in_finally) in (('E2', [-1, 2]), FELL)
assert run([2, 1], return_value_in_finally) in (('E1', [-1, 2]), FELL)
assert run([2, 2], return_value_in_finally) in (('E2', [-1, 2]), FELL)
assert run([3, 1], return_value_in_finally) in (('E1', [-1, 2]), FELL)
assert run([3, 2], return_value_in_finally) in (('E2', [-1, 2]), FELL)
assert run([0, 0, 2], return_value_in_finally) in (((0, 1), [-1]), FELL)
assert run([0, 0, 3], return_value_in_finally) in (((0, 1), [-1]), FELL)
assert run([0, 1, 1], return_value_in_finally) in (((0, 1), [-1]), FELL)
assert run([], return_in_finally_else) in ((3, [-1]), FELL)
assert run([0, 1], return_in_finally_else) in ((None, [-1, 2, 4]), FELL)
assert run([1, 1], return_in_finally_else) in (('E1', [-1, 2]), FELL)
assert run([2, 1], return_in_finally_else) in (('E2', [-1, 2]), FELL)
assert run([0, 2], return_in_finally_else) in ((None, [-1, 2, 4]), FELL)
assert run([0, 3], return_in_finally_else) in ((None, [-1, 2, 4]), FELL)
assert run([1, 2], return_in_finally_else) in (('E1', [-1, 2]), FELL)
assert run([1, 3], return_in_finally_else) in (('E1', [-1, 2]), FELL)
assert run([2, 2], return_in_finally_else) in (('E2', [-1, 2]), FELL)
assert run([2, 3], return_in_finally_else) in (('E2', [-1, 2]), FELL)
assert run([3, 1], return_in_finally_else) in ((None, [-1, 2, 4]), FELL)
assert run([3, 2], return_in_finally_else) in ((None, [-1, 2, 4]), FELL)
assert run([3, 3], return_in_finally_else) in ((None, [-1, 2, 4]), FELL)
assert run([], break_in_finally_for) in ((5, []), FELL)
assert run([1], break_in_finally_for) in ((5, [0, 0]), FELL)
assert run([2], break_in_finally_for) in ((5, [0, 0, -1, 1]), FELL)
assert run([3], break_in_finally_for) in ((5, [0, 0, -1, 1, -2, 2]), FELL)
assert run([1, 1], break_in_finally_for) in (('E1', [0, 0]), FELL)
assert run([1, 2], break_in_finally_for) in (('E2', [0, 0]), FELL)
assert run([1, 0, 1], break_in_finally_for) in ((5, [0]), FELL)
assert run([2, 0, 0, 1], break_in_finally_for) in (('E1', [0, 0, -1, 1]), FELL)
assert run([2, 0, 0, 2], break_in_finally_for) in (('E2', [0, 0, -1, 1]), FELL)
assert run([2, 0, 0, 0, 1], break_in_finally_for) in ((5, [0, 0, -1]), FELL)
assert run([2, 1], break_in_finally_for) in (('E1', [0, 0]), FELL)
assert run([2, 2], break_in_finally_for) in (('E2', [0, 0]), FELL)
assert run([3, 1], break_in_finally_for) in (('E1', [0, 0]), FELL)
assert run([3, 2], break_in_finally_for) in (('E2', [0, 0]), FELL)
assert run([1, 0, 2], break_in_finally_for) in ((5, [0]), FELL)
assert run([1, 0, 3], break_in_finally_for) in ((5, [0]), FELL)
assert run([], continue_in_finally_while) in ((None, [3]), FELL)
assert run([1], continue_in_finally_while) in ((None, [-1, 2, 3]), FELL)
assert run([1, 1], continue_in_finally_while) in (('E1', [-1, 2]), FELL)
assert run([1, 2], continue_in_finally_while) in (('E2', [-1, 2]), FELL)
assert run([1, 0, 1], continue_in_finally_while) in ((None, [-1, 3]), FELL)
assert run([1, 0, 0, 1], continue_in_finally_while) in ((None, [-1, 2, -1, 2, 3]), FELL)
assert run([1, 0, 1, 1], continue_in_finally_while) in ((None, [-1, -1, 2, 3]), FELL)
assert run([1, 0, 0, 1, 1], continue_in_finally_while) in (('E1', [-1, 2, -1, 2]), FELL)
assert run([1, 0, 0, 1, 2], continue_in_finally_while) in (('E2', [-1, 2, -1, 2]), FELL)
assert run([1, 0, 1, 1, 1], continue_in_finally_while) in (('E1', [-1, -1, 2]), FELL)
assert run([1, 0, 1, 1, 2], continue_in_finally_while) in (('E2', [-1, -1, 2]), FELL)
assert run([2], continue_in_finally_while) in ((None, [-1, 2, 3]), FELL)
assert run([3], continue_in_finally_while) in ((None, [-1, 2, 3]), FELL)
assert run([2, 1], continue_in_finally_while) in (('E1', [-1, 2]), FELL)
assert run([2, 2], continue_in_finally_while) in (('E2', [-1, 2]), FELL)
assert run([3, 1], continue_in_finally_while) in (('E1', [-1, 2]), FELL)
assert run([], break_or_continue_in_finally) in ((None, [12]), FELL)
assert run([1], break_or_continue_in_finally) in ((None, [0, 12]), FELL)
assert run([2], break_or_continue_in_finally) in ((None, [0, -1, 12]), FELL)
assert run([3], break_or_continue_in_finally) in ((None, [0, -1, -2, 12]), FELL)
assert run([1, 0, 1], break_or_continue_in_finally) in ((None, [0, 10, 11, 12]), FELL)
assert run([1, 1, 1], break_or_continue_in_finally) in (('E1', [0, 10]), FELL)
assert run([1, 2, 1], break_or_continue_in_finally) in (('E2', [0, 10]), FELL)
assert run([2, 0, 1], break_or_continue_in_finally) in ((None, [0, 10, 11, -1, 12]), FELL)
assert run([3, 0, 1], break_or_continue_in_finally) in ((None, [0, 10, 11, -1, -2, 12]), FELL)
assert run([1, 0, 0, 1], break_or_continue_in_finally) in ((None, [0]), FELL)
assert run([2, 0, 1, 0, 1], break_or_continue_in_finally) in ((None, [0, 10, 11, -1, 10, 11, 12]), FELL)
assert run([2, 0, 1, 1, 1], break_or_continue_in_finally) in (('E1', [0, 10, 11, -1, 10]), FELL)
assert run([2, 0, 1, 2, 1], break_or_continue_in_finally) in (('E2', [0, 10, 11, -1, 10]), FELL)
assert run([3, 0, 1, 0, 1], break_or_continue_in_finally) in ((None, [0, 10, 11, -1, 10, 11, -2, 12]), FELL)
assert run([1, 0, 2], break_or_continue_in_finally) in ((None, [0, 10, 11, 12]), FELL)
assert run([1, 0, 3], break_or_continue_in_finally) in ((None, [0, 10, 11, 12]), FELL)
assert run([], return_in_finally_of_try_except) in ((None, [-1, 4]), FELL)
assert run([1], return_in_finally_of_try_except) in ((None, [-1, 2, 4]), FELL)
assert run([2], return_in_finally_of_try_except) in (('E2', [-1, 4]), FELL)
assert run([0, 1], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([1, 1], return_in_finally_of_try_except) in ((3, [-1, 2]), FELL)
assert run([0, 2], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([0, 3], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([1, 2], return_in_finally_of_try_except) in ((3, [-1, 2]), FELL)
assert run([1, 3], return_in_finally_of_try_except) in ((3, [-1, 2]), FELL)
assert run([2, 1], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([2, 2], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([2, 3], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([3, 1], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([3, 2], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([3, 3], return_in_finally_of_try_except) in ((3, [-1]), FELL)
assert run([], return_in_inner_finally) in ((None, [-1, -2]), FELL)
assert run([1], return_in_inner_finally) in (('E1', [-1, -2]), FELL)
assert run([2], return_in_inner_finally) in (('E2', [-1, -2]), FELL)
assert run([0, 0, 1], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([0, 1], return_in_inner_finally) in (('E1', [-1, -2]), FELL)
assert run([0, 2], return_in_inner_finally) in (('E2', [-1, -2]), FELL)
assert run([1, 2], return_in_inner_finally) in (('E2', [-1, -2]), FELL)
assert run([2, 1], return_in_inner_finally) in (('E1', [-1, -2]), FELL)
assert run([3, 1], return_in_inner_finally) in (('E1', [-1, -2]), FELL)
assert run([3, 2], return_in_inner_finally) in (('E2', [-1, -2]), FELL)
assert run([0, 0, 2], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([0, 0, 3], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([0, 1, 1], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([0, 1, 2], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([0, 1, 3], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([0, 2, 1], return_in_inner_finally) in ((3, [-1, -2]), FELL)
assert run([], return_in_finally_overrides_return) in ((6, [-1]), FELL)
assert run([1], return_in_finally_overrides_return) in (('E1', [-1]), FELL)
assert run([2], return_in_finally_overrides_return) in (('E2', [-1]), FELL)
assert run([0, 1], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([0, 2], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([0, 3], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([1, 1], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([1, 2], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([1, 3], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([2, 1], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([2, 2], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([2, 3], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([3, 1], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([3, 2], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([3, 3], return_in_finally_overrides_return) in ((7, [-1]), FELL)
assert run([], raise_in_finally_if) in ((None, [-1, 6]), FELL)
assert run([1], raise_in_finally_if) in (('E1', [-1, 6]), FELL)
assert run([2], raise_in_finally_if) in (('E2', [-1, 6]), FELL)
assert run([0, 1], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([0, 2], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([0, 3], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([1, 1], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([1, 2], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([1, 3], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([2, 1], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([2, 2], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([2, 3], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([3, 1], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([3, 2], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([3, 3], raise_in_finally_if) in (('E2', [-1]), FELL)
assert run([], loop_breaking_inside_finally) in ((8, [-1]), FELL)
assert run([1], loop_breaking_inside_finally) in (('E1', [-1]), FELL)
assert run([2], loop_breaking_inside_finally) in (('E2', [-1]), FELL)
assert run([0, 1], loop_breaking_inside_finally) in ((8, [-1, 0]), FELL)
assert run([0, 2], loop_breaking_inside_finally) in ((8, [-1, 0, 1]), FELL)
assert run([0, 3], loop_breaking_inside_finally) in ((8, [-1, 0, 1, 2]), FELL)
assert run([1, 1], loop_breaking_inside_finally) in (('E1', [-1, 0]), FELL)
assert run([1, 2], loop_breaking_inside_finally) in (('E1', [-1, 0, 1]), FELL)
assert run([1, 3], loop_breaking_inside_finally) in (('E1', [-1, 0, 1, 2]), FELL)
assert run([2, 1], loop_breaking_inside_finally) in (('E2', [-1, 0]), FELL)
assert run([2, 2], loop_breaking_inside_finally) in (('E2', [-1, 0, 1]), FELL)
assert run([2, 3], loop_breaking_inside_finally) in (('E2', [-1, 0, 1, 2]), FELL)
assert run([3, 1], loop_breaking_inside_finally) in ((8, [-1, 0]), FELL)
assert run([3, 2], loop_breaking_inside_finally) in ((8, [-1, 0, 1]), FELL)
assert run([3, 3], loop_breaking_inside_finally) in ((8, [-1, 0, 1, 2]), FELL)
assert run([0, 2, 0, 1], loop_breaking_inside_finally) in ((8, [-1, 0]), FELL)
assert run([], return_from_except_in_finally) in ((None, [-1, -2, 4]), FELL)
assert run([1], return_from_except_in_finally) in (('E1', [-1, -2, 4]), FELL)
assert run([2], return_from_except_in_finally) in (('E2', [-1, -2, 4]), FELL)
assert run([0, 1], return_from_except_in_finally) in ((3, [-1, -2]), FELL)
assert run([0, 2], return_from_except_in_finally) in (('E2', [-1, -2]), FELL)
assert run([1, 1], return_from_except_in_finally) in ((3, [-1, -2]), FELL)
assert run([1, 2], return_from_except_in_finally) in (('E2', [-1, -2]), FELL)
assert run([2, 1], return_from_except_in_finally) in ((3, [-1, -2]), FELL)
assert run([2, 2], return_from_except_in_finally) in (('E2', [-1, -2]), FELL)
assert run([3, 1], return_from_except_in_finally) in ((3, [-1, -2]), FELL)
assert run([3, 2], return_from_except_in_finally) in (('E2', [-1, -2]), FELL)
assert run([], return_from_with_in_finally) in ((None, [-1, ('enter', 7), ('exit', 7, False), 3]), FELL)
assert run([1], return_from_with_in_finally) in (('E1', [-1, ('enter', 7), ('exit', 7, False), 3]), FELL)
assert run([2], return_from_with_in_finally) in (('E2', [-1, ('enter', 7), ('exit', 7, False), 3]), FELL)
assert run([0, 1], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([0, 2], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([0, 3], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 1], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 2], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([1, 3], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([2, 1], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([2, 2], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([2, 3], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([3, 1], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([3, 2], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([3, 3], return_from_with_in_finally) in ((2, [-1, ('enter', 7), ('exit', 7, False)]), FELL)
assert run([], finally_return_in_while_true) in (('Budget', [-1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1, 2, -1]), FELL)
assert run([1], finally_return_in_while_true) in (('E1', [-1]), FELL)
assert run([2], finally_return_in_while_true) in (('E2', [-1]), FELL)
assert run([0, 1], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([0, 0, 1], finally_return_in_while_true) in (('E1', [-1, 2, -1]), FELL)
assert run([0, 0, 2], finally_return_in_while_true) in (('E2', [-1, 2, -1]), FELL)
assert run([0, 0, 0, 1], finally_return_in_while_true) in ((9, [-1, 2, -1]), FELL)
assert run([0, 0, 0, 0, 1], finally_return_in_while_true) in (('E1', [-1, 2, -1, 2, -1]), FELL)
assert run([0, 0, 0, 0, 2], finally_return_in_while_true) in (('E2', [-1, 2, -1, 2, -1]), FELL)
assert run([0, 2], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([0, 3], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([1, 1], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([1, 2], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([1, 3], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([2, 1], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([2, 2], finally_return_in_while_true) in ((9, [-1]), FELL)
assert run([], return_in_finally_else_in_loop) in ((None, [7]), FELL)
assert run([1], return_in_finally_else_in_loop) in ((3, [-1]), FELL)
assert run([1, 0, 1], return_in_finally_else_in_loop) in ((None, [-1, 2, 4, 7]), FELL)
assert run([1, 1, 1], return_in_finally_else_in_loop) in (('E1', [-1, 2]), FELL)
assert run([1, 2, 1], return_in_finally_else_in_loop) in (('E2', [-1, 2]), FELL)
assert run([1, 0, 1, 1], return_in_finally_else_in_loop) in ((3, [-1, 2, 4, -1]), FELL)
assert run([], return_in_finally_else_after_except) in ((3, [-1]), FELL)
assert run([1], return_in_finally_else_after_except) in ((3, [-1, 9]), FELL)
assert run([0, 1], return_in_finally_else_after_except) in ((None, [-1, 2, 4]), FELL)
assert run([1, 1], return_in_finally_else_after_except) in ((None, [-1, 9, 2, 4]), FELL)
assert run([2, 1], return_in_finally_else_after_except) in (('E2', [-1, 2]), FELL)
assert run([0, 2], return_in_finally_else_after_except) in ((None, [-1, 2, 4]), FELL)
