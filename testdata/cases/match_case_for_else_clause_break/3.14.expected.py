






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


def sequence_case_for_else_clause_break(c, t, x, n, m):
    match c(), c():
        case [1, z]:
            for i in n():
                try:
                    x(18)
                except E1:
                    break
            else:
                t(5)
    t(33)


def mapping_case_for_else_clause_break_loop(c, t, x, n, m):
    # depyf: could not decompile mapping_case_for_else_clause_break_loop: jump into the body of the loop at 148
    #     94            RESUME                   0
    #   
    #     95            LOAD_CONST               0 ('k')
    #                   LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   BUILD_MAP                1
    #   
    #     96            MATCH_MAPPING
    #                   POP_JUMP_IF_FALSE       87 (to L10)
    #                   NOT_TAKEN
    #                   GET_LEN
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP             172 (>=)
    #                   POP_JUMP_IF_FALSE       80 (to L10)
    #                   NOT_TAKEN
    #                   LOAD_CONST               2 (('k',))
    #                   MATCH_KEYS
    #                   COPY                     1
    #                   POP_JUMP_IF_NONE        72 (to L9)
    #                   NOT_TAKEN
    #                   UNPACK_SEQUENCE          1
    #                   COPY                     1
    #                   COPY                     1
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L1)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD            10 (to L3)
    #           L1:     COPY                     1
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        2 (to L2)
    #                   NOT_TAKEN
    #                   JUMP_FORWARD             2 (to L3)
    #           L2:     POP_TOP
    #                   JUMP_FORWARD            50 (to L9)
    #           L3:     POP_TOP
    #                   STORE_FAST               5 (z)
    #                   POP_TOP
    #                   POP_TOP
    #   
    #     97            LOAD_FAST_BORROW         3 (n)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   GET_ITER
    #           L4:     FOR_ITER                12 (to L7)
    #                   STORE_FAST               6 (i)
    #   
    #     98            NOP
    #   
    #     99    L5:     LOAD_FAST_BORROW         2 (x)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          18
    #                   CALL                     1
    #                   POP_TOP
    #           L6:     JUMP_BACKWARD           14 (to L4)
    #   
    #     97    L7:     END_FOR
    #                   POP_ITER
    #   
    #    103    L8:     LOAD_FAST_BORROW         0 (c)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE        14 (to L11)
    #                   NOT_TAKEN
    #   
    #    104            LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT           6
    #                   CALL                     1
    #                   POP_TOP
    #                   JUMP_BACKWARD           23 (to L8)
    #   
    #     96    L9:     POP_TOP
    #                   POP_TOP
    #          L10:     POP_TOP
    #   
    #    105   L11:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          33
    #                   CALL                     1
    #                   POP_TOP
    #                   LOAD_CONST               1 (None)
    #                   RETURN_VALUE
    #   
    #     --   L12:     PUSH_EXC_INFO
    #   
    #    100            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        6 (to L14)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    101   L13:     POP_EXCEPT
    #                   POP_TOP
    #                   JUMP_BACKWARD           25 (to L11)
    #   
    #    100   L14:     RERAISE                  0
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L5 to L6 -> L12 [1]
    #     L12 to L13 -> L15 [2] lasti
    #     L14 to L15 -> L15 [2] lasti
    raise RuntimeError('depyf: could not decompile mapping_case_for_else_clause_break_loop: jump into the body of the loop at 148')


def sequence_case_for_else_if_break(c, t, x, n, m):
    match c(), c():
        case [1, z]:
            for i in n():
                if c():
                    break
            else:
                t(5)
    t(33)


def literal_case_for_else_clause_break(c, t, x, n, m):
    if c() == 1:
        for i in n():
            try:
                x(18)
            except E1:
                break
        else:
            t(5)
    t(33)

assert run([], sequence_case_for_else_clause_break) in ((None, [33]), FELL)
assert run([1], sequence_case_for_else_clause_break) in ((None, [5, 33]), FELL)
assert run([1, 0, 1], sequence_case_for_else_clause_break) in ((None, [-18, 5, 33]), FELL)
assert run([1, 0, 2], sequence_case_for_else_clause_break) in ((None, [-18, -18, 5, 33]), FELL)
assert run([1, 0, 1, 1], sequence_case_for_else_clause_break) in ((None, [-18, 33]), FELL)
assert run([1, 0, 1, 2], sequence_case_for_else_clause_break) in (('E2', [-18]), FELL)
assert run([], mapping_case_for_else_clause_break_loop) in ((None, [33]), FELL)
assert run([1, 1, 1], mapping_case_for_else_clause_break_loop) in ((None, [-18, 33]), FELL)
assert run([1, 1, 2], mapping_case_for_else_clause_break_loop) in (('E2', [-18]), FELL)
assert run([1, 0, 0, 1], mapping_case_for_else_clause_break_loop) in ((None, [6, 33]), FELL)
assert run([1, 2, 0, 1], mapping_case_for_else_clause_break_loop) in ((None, [-18, -18, 33]), FELL)
assert run([1, 2, 0, 2], mapping_case_for_else_clause_break_loop) in (('E2', [-18, -18]), FELL)
assert run([], sequence_case_for_else_if_break) in ((None, [33]), FELL)
assert run([1], sequence_case_for_else_if_break) in ((None, [5, 33]), FELL)
assert run([], literal_case_for_else_clause_break) in ((None, [33]), FELL)
assert run([1], literal_case_for_else_clause_break) in ((None, [5, 33]), FELL)
assert run([1, 1], literal_case_for_else_clause_break) in ((None, [-18, 5, 33]), FELL)
assert run([1, 2], literal_case_for_else_clause_break) in ((None, [-18, -18, 5, 33]), FELL)
assert run([1, 1, 1], literal_case_for_else_clause_break) in ((None, [-18, 33]), FELL)
assert run([1, 1, 2], literal_case_for_else_clause_break) in (('E2', [-18]), FELL)
