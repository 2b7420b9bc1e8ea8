log = []









class E1(Exception):
    pass


class E2(Exception):
    pass


def make_t(raising):
    'A call logging its argument that raises the exception raising[n] (if any) for argument n.'
    def t(n):
        log.append(n)
        if n in raising:
            raise raising[n](n)
        return n
    return t


class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, n, suppress):
        self.n = n
        self.suppress = suppress
    def __enter__(self):
        log.append(('enter', self.n))
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', self.n, typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)


def make_m(suppress=()):
    return lambda n: Manager(n, suppress)

FELL = object()

def run(f, args):
    "f's result, or the name of the exception it raised; FELL when it fell back to its disassembly."
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        return type(e).__name__


def try_return_then_with_return(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        with m(12):
            return 14


def try_return_then_code_return(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        t(13)
        return 14


def try_return_then_code(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        t(13)


def try_return_then_with(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        with m(12):
            t(13)


def try_return_on_one_line(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        t(13)


def try_else_return_then_code(t, m):
    with m(7):
        try:
            t(9)
        except E1:
            t(11)
        else:
            return 10
        t(13)
        return 14


def try_return_in_nested_withs(t, m):
    with m(6):
        with m(7):
            try:
                t(9)
                return 10
            except E1:
                t(11)
            t(13)
        t(15)


def try_return_two_clauses(t, m):
    with m(7):
        try:
            t(9)
            return 10
        except E1:
            t(11)
        except E2:
            return 12
        t(13)
    return 15


def try_return_in_loop(items, t, m):
    # depyf: could not decompile try_return_in_loop: try statement cut by the end of its region at 44
    #    153            RESUME                   0
    #   
    #    154            LOAD_FAST_BORROW         0 (items)
    #                   GET_ITER
    #           L1:     FOR_ITER                39 (to L6)
    #                   STORE_FAST               3 (x)
    #   
    #    155            LOAD_FAST_BORROW         2 (m)
    #                   PUSH_NULL
    #                   LOAD_FAST_BORROW         3 (x)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    156    L3:     NOP
    #   
    #    157    L4:     LOAD_FAST_BORROW         1 (t)
    #                   PUSH_NULL
    #                   LOAD_FAST_BORROW         3 (x)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    158    L5:     NOP
    #   
    #    155            LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   POP_TOP
    #                   LOAD_SMALL_INT          10
    #                   RETURN_VALUE
    #   
    #    154    L6:     END_FOR
    #                   POP_ITER
    #   
    #    162            LOAD_SMALL_INT          15
    #                   RETURN_VALUE
    #   
    #     --    L7:     PUSH_EXC_INFO
    #   
    #    159            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE       12 (to L9)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    160            LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          11
    #                   CALL                     1
    #                   POP_TOP
    #           L8:     POP_EXCEPT
    #                   JUMP_FORWARD             4 (to L11)
    #   
    #    159    L9:     RERAISE                  0
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    161   L11:     LOAD_FAST                1 (t)
    #                   PUSH_NULL
    #                   LOAD_SMALL_INT          13
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    155   L12:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   JUMP_BACKWARD           88 (to L1)
    #          L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L14)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD          105 (to L1)
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L13 [3] lasti
    #     L4 to L5 -> L7 [3]
    #     L7 to L8 -> L10 [4] lasti
    #     L8 to L9 -> L13 [3] lasti
    #     L9 to L10 -> L10 [4] lasti
    #     L10 to L12 -> L13 [3] lasti
    #     L13 to L15 -> L16 [5] lasti
    raise RuntimeError('depyf: could not decompile try_return_in_loop: try statement cut by the end of its region at 44')


def check():
    for f, spec, want, logged in [(try_return_then_with_return, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 13: E1}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E1}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E1}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_code_return, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, ()), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, ()), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_with, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({9: E1}, ()), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, None)]), (try_return_then_with, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, None)]), (try_return_on_one_line, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, ()), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, ()), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_in_nested_withs, ({}, ()), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({}, (E1,)), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({}, (E2,)), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, ()), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, (E2,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E2}, ()), 'E2', [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E2}, (E1,)), 'E2', [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E2}, (E2,)), None, [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 11: E1}, ()), 'E1', [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 11: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E1}, ()), 'E1', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, ()), 'E2', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, (E2,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), 15, ('exit', 6, None)]), (try_return_two_clauses, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, ()), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, (E1,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, (E2,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, ()), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, (E1,)), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, (E2,)), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 11: E1}, (E1,)), 15, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, (E1,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_two_clauses, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_two_clauses, ({9: E1, 13: E2}, (E2,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_in_loop, ([], {}, ()), 15, []), (try_return_in_loop, ([], {}, (E1,)), 15, []), (try_return_in_loop, ([], {}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E1}, ()), 15, []), (try_return_in_loop, ([], {1: E1}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E1}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, ()), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E2}, ()), 15, []), (try_return_in_loop, ([], {1: E2}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E2}, (E2,)), 15, []), (try_return_in_loop, ([1], {}, ()), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {}, (E1,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, ()), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, (E1,)), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, (E2,)), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1, 11: E1}, ()), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E1, 11: E1}, (E1,)), 15, [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E1, 11: E1}, (E2,)), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E2}, ()), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1], {1: E2}, (E1,)), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1], {1: E2}, (E2,)), 15, [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {}, ()), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {}, (E1,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {1: E1}, ()), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1}, (E1,)), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1}, (E2,)), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, ()), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, (E1,)), 10, [('enter', 1), 1, 11, ('exit', 1, 'E1'), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, (E2,)), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1, 2], {1: E2}, ()), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {1: E2}, (E1,)), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {1: E2}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, 'E2'), ('enter', 2), 2, ('exit', 2, None)])]:
        *lead, raising, suppress = spec
        log.clear()
        got = run(f, [list(a) for a in lead] + [make_t(raising), make_m(suppress)])
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, spec, got, want, log, logged)
    log.clear()

check()
