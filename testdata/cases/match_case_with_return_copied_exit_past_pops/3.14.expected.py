





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


def f1(c, t, x, n, m):
    match [c()]:
        case [0]:
            with m(1):
                return x(2)
    return 3


def f2(c, t, x, n, m):
    match {'k': c()}:
        case {'k': 0}:
            with m(4):
                t(5)
                return x(6)
    return 7


def f3(c, t, x, n, m):
    match c(), c():
        case [1, z] | [2, z]:
            with m(8):
                return z
            return 9
    return 9


def f4(c, t, x, n, m):
    match [c(), c()]:
        case [a, b] if a:
            with m(10):
                return x(b)
    return 11


def f5(c, t, x, n, m):
    # depyf: could not decompile f5: code between a with body and its handler at 146
    #    111            RESUME                   0
    #   
    #    112            LOAD_CONST               0 ('k')
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_MAP                1
    #   
    #    113            COPY                     1
    #                   MATCH_MAPPING
    #                   POP_JUMP_IF_FALSE       62 (to L5)
    #                   NOT_TAKEN
    #                   GET_LEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP             172 (>=)
    #                   POP_JUMP_IF_FALSE       55 (to L5)
    #                   NOT_TAKEN
    #                   LOAD_CONST               2 (('k',))
    #                   MATCH_KEYS
    #                   COPY                     1
    #                   POP_JUMP_IF_NONE        47 (to L3)
    #                   NOT_TAKEN
    #                   UNPACK_SEQUENCE          1
    #                   LOAD_SMALL_INT           0
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       40 (to L4)
    #                   NOT_TAKEN
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    114            POP_TOP
    #                   LOAD_FAST_BORROW         4 (m)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          12
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    115            LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #   
    #    114    L2:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    113    L3:     POP_TOP
    #           L4:     POP_TOP
    #           L5:     POP_TOP
    #   
    #    116            MATCH_MAPPING
    #                   POP_JUMP_IF_FALSE       36 (to L8)
    #                   NOT_TAKEN
    #                   GET_LEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP             172 (>=)
    #                   POP_JUMP_IF_FALSE       29 (to L8)
    #                   NOT_TAKEN
    #                   LOAD_CONST               2 (('k',))
    #                   MATCH_KEYS
    #                   COPY                     1
    #                   POP_JUMP_IF_NONE        21 (to L6)
    #                   NOT_TAKEN
    #                   UNPACK_SEQUENCE          1
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       14 (to L7)
    #                   NOT_TAKEN
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    117            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          14
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    118            LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #    116    L6:     POP_TOP
    #           L7:     POP_TOP
    #           L8:     POP_TOP
    #   
    #    118            LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #    114    L9:     PUSH_EXC_INFO
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
    #   
    #    118            LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L9 [2] lasti
    #     L9 to L11 -> L12 [4] lasti
    raise RuntimeError('depyf: could not decompile f5: code between a with body and its handler at 146')

assert run([], f1) in ((None, [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([1], f1) in ((3, []), FELL)
assert run([0, 1], f1) in (('E1', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 2], f1) in (('E2', [('enter', 1), -2, ('exit', 1, False)]), FELL)
assert run([0, 1, 1], f1) in ((3, [('enter', 1), -2, ('exit', 1, True)]), FELL)
assert run([], f2) in ((None, [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([1], f2) in ((7, []), FELL)
assert run([0, 1], f2) in (('E1', [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([0, 2], f2) in (('E2', [('enter', 4), 5, -6, ('exit', 4, False)]), FELL)
assert run([0, 1, 1], f2) in ((7, [('enter', 4), 5, -6, ('exit', 4, True)]), FELL)
assert run([], f3) in ((9, []), FELL)
assert run([1], f3) in ((0, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([1, 1], f3) in ((1, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([1, 2], f3) in ((2, [('enter', 8), ('exit', 8, False)]), FELL)
assert run([], f4) in ((11, []), FELL)
assert run([1], f4) in ((None, [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 1], f4) in ((None, [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2], f4) in ((None, [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 0, 1], f4) in (('E1', [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 0, 2], f4) in (('E2', [('enter', 10), 0, ('exit', 10, False)]), FELL)
assert run([1, 1, 1], f4) in (('E1', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 1, 2], f4) in (('E2', [('enter', 10), -1, ('exit', 10, False)]), FELL)
assert run([1, 2, 1], f4) in (('E1', [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 2, 2], f4) in (('E2', [('enter', 10), -2, ('exit', 10, False)]), FELL)
assert run([1, 0, 1, 1], f4) in ((11, [('enter', 10), 0, ('exit', 10, True)]), FELL)
assert run([1, 1, 1, 1], f4) in ((11, [('enter', 10), -1, ('exit', 10, True)]), FELL)
assert run([], f5) in ((None, [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([1], f5) in ((15, [14]), FELL)
assert run([2], f5) in ((15, []), FELL)
assert run([0, 1], f5) in (('E1', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 2], f5) in (('E2', [('enter', 12), -13, ('exit', 12, False)]), FELL)
assert run([0, 1, 1], f5) in ((15, [('enter', 12), -13, ('exit', 12, True)]), FELL)
