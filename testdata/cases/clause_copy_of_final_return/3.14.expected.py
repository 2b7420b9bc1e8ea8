








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

VAL = 9

def reduced(c, t, x, n, m):
    if c():
        try:
            try:
                t(4)
            except E1:
                return None
            return 6
        except E1:
            return None
    if c():
        return None


def elif_calls(c, t, x, n, m):
    if c():
        try:
            try:
                x(4)
            except E1:
                t(1)
                return None
            return 6
        except E2:
            t(2)
            return None
    if c():
        t(5)


def code_after(c, t, x, n, m):
    if c():
        try:
            try:
                x(4)
                return 6
            except E1:
                pass
        except E1:
            pass
    elif c():
        t(5)
    t(7)


def returns_value(c, t, x, n, m):
    # depyf: could not decompile returns_value: a copy of the code after a try read as a return in its body at 156
    #    132            RESUME                   0
    #   
    #    133            LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       13 (to L3)
    #                   NOT_TAKEN
    #   
    #    134            NOP
    #   
    #    135            NOP
    #   
    #    136    L1:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           4
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    140    L2:     LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #    143    L3:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        9 (to L4)
    #                   NOT_TAKEN
    #   
    #    144            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           5
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    145    L4:     LOAD_GLOBAL              4 (VAL)
    #                   RETURN_VALUE
    #   
    #     --    L5:     PUSH_EXC_INFO
    #   
    #    137            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       17 (to L8)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    138            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           1
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     POP_EXCEPT
    #   
    #    145    L7:     LOAD_GLOBAL              4 (VAL)
    #                   RETURN_VALUE
    #   
    #    137    L8:     RERAISE                  0
    #   
    #     --    L9:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L10:     PUSH_EXC_INFO
    #   
    #    141            LOAD_GLOBAL              2 (E2)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       17 (to L12)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    142            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           2
    #                   CALL                     1
    #                   POP_TOP
    #          L11:     POP_EXCEPT
    #   
    #    145            LOAD_GLOBAL              4 (VAL)
    #                   RETURN_VALUE
    #   
    #    141   L12:     RERAISE                  0
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L5 [0]
    #     L5 to L6 -> L9 [1] lasti
    #     L6 to L7 -> L10 [0]
    #     L8 to L9 -> L9 [1] lasti
    #     L9 to L10 -> L10 [0]
    #     L10 to L11 -> L13 [1] lasti
    #     L12 to L13 -> L13 [1] lasti
    raise RuntimeError('depyf: could not decompile returns_value: a copy of the code after a try read as a return in its body at 156')

assert run([], reduced) in ((None, []), FELL)
assert run([1], reduced) in ((6, [4]), FELL)
assert run([], elif_calls) in ((None, []), FELL)
assert run([1], elif_calls) in ((6, [-4]), FELL)
assert run([0, 1], elif_calls) in ((None, [5]), FELL)
assert run([1, 1], elif_calls) in ((None, [-4, 1]), FELL)
assert run([1, 2], elif_calls) in ((None, [-4, 2]), FELL)
assert run([], code_after) in ((None, [7]), FELL)
assert run([1], code_after) in ((6, [-4]), FELL)
assert run([0, 1], code_after) in ((None, [5, 7]), FELL)
assert run([1, 1], code_after) in ((None, [-4, 7]), FELL)
assert run([1, 2], code_after) in (('E2', [-4]), FELL)
assert run([], returns_value) in ((9, []), FELL)
assert run([1], returns_value) in ((6, [-4]), FELL)
assert run([0, 1], returns_value) in ((9, [5]), FELL)
assert run([1, 1], returns_value) in ((9, [-4, 1]), FELL)
assert run([1, 2], returns_value) in ((9, [-4, 2]), FELL)
