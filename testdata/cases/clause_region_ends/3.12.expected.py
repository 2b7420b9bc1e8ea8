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
    # depyf: could not decompile try_return_in_loop: try statement cut by the end of its region at 28
    #   153           0 RESUME                   0
    #   
    #   154           2 LOAD_FAST                0 (items)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                30 (to 70)
    #                10 STORE_FAST               3 (x)
    #   
    #   155          12 PUSH_NULL
    #                14 LOAD_FAST                2 (m)
    #                16 LOAD_FAST                3 (x)
    #                18 CALL                     1
    #                26 BEFORE_WITH
    #                28 POP_TOP
    #   
    #   156          30 NOP
    #   
    #   157          32 PUSH_NULL
    #                34 LOAD_FAST                1 (t)
    #                36 LOAD_FAST                3 (x)
    #                38 CALL                     1
    #                46 POP_TOP
    #   
    #   158          48 NOP
    #   
    #   155          50 LOAD_CONST               0 (None)
    #                52 LOAD_CONST               0 (None)
    #                54 LOAD_CONST               0 (None)
    #                56 CALL                     2
    #                64 POP_TOP
    #                66 POP_TOP
    #                68 RETURN_CONST             1 (10)
    #   
    #   154     >>   70 END_FOR
    #   
    #   162          72 RETURN_CONST             4 (15)
    #           >>   74 PUSH_EXC_INFO
    #   
    #   159          76 LOAD_GLOBAL              0 (E1)
    #                86 CHECK_EXC_MATCH
    #                88 POP_JUMP_IF_FALSE       11 (to 112)
    #                90 POP_TOP
    #   
    #   160          92 PUSH_NULL
    #                94 LOAD_FAST                1 (t)
    #                96 LOAD_CONST               2 (11)
    #                98 CALL                     1
    #               106 POP_TOP
    #               108 POP_EXCEPT
    #               110 JUMP_FORWARD             4 (to 120)
    #   
    #   159     >>  112 RERAISE                  0
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #   
    #   161     >>  120 PUSH_NULL
    #               122 LOAD_FAST                1 (t)
    #               124 LOAD_CONST               3 (13)
    #               126 CALL                     1
    #               134 POP_TOP
    #   
    #   155         136 LOAD_CONST               0 (None)
    #               138 LOAD_CONST               0 (None)
    #               140 LOAD_CONST               0 (None)
    #               142 CALL                     2
    #               150 POP_TOP
    #               152 JUMP_BACKWARD           74 (to 6)
    #           >>  154 PUSH_EXC_INFO
    #               156 WITH_EXCEPT_START
    #               158 POP_JUMP_IF_TRUE         1 (to 162)
    #               160 RERAISE                  2
    #           >>  162 POP_TOP
    #               164 POP_EXCEPT
    #               166 POP_TOP
    #               168 POP_TOP
    #               170 JUMP_BACKWARD           83 (to 6)
    #           >>  172 COPY                     3
    #               174 POP_EXCEPT
    #               176 RERAISE                  1
    #   ExceptionTable:
    #     28 to 28 -> 154 [2] lasti
    #     32 to 46 -> 74 [2]
    #     74 to 106 -> 114 [3] lasti
    #     108 to 110 -> 154 [2] lasti
    #     112 to 112 -> 114 [3] lasti
    #     114 to 134 -> 154 [2] lasti
    #     154 to 162 -> 172 [4] lasti
    raise RuntimeError('depyf: could not decompile try_return_in_loop: try statement cut by the end of its region at 28')


def check():
    for f, spec, want, logged in (try_return_then_with_return, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with_return, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with_return, ({9: E1, 13: E1}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E1}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E1}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, ()), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, (E1,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with_return, ({9: E1, 13: E2}, (E2,)), 14, [('enter', 7), 9, 11, ('enter', 12), ('exit', 12, None), ('exit', 7, None)]), (try_return_then_code_return, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, ()), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code_return, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code_return, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code_return, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, ()), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_then_code, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_then_code, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_code, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_then_with, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_then_with, ({9: E1}, ()), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, None), ('exit', 7, None)]), (try_return_then_with, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, None)]), (try_return_then_with, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E1'), ('exit', 7, 'E1')]), (try_return_then_with, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, 'E2')]), (try_return_then_with, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, ('enter', 12), 13, ('exit', 12, 'E2'), ('exit', 7, None)]), (try_return_on_one_line, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, ()), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E1}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_on_one_line, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_on_one_line, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_on_one_line, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, ()), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, (E1,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E1}, (E2,)), 14, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_else_return_then_code, ({9: E2}, ()), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E2}, (E1,)), 'E2', [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E2}, (E2,)), None, [('enter', 7), 9, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 11: E1}, (E1,)), None, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, (E1,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_else_return_then_code, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_else_return_then_code, ({9: E1, 13: E2}, (E2,)), None, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_in_nested_withs, ({}, ()), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({}, (E1,)), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({}, (E2,)), 10, [('enter', 6), ('enter', 7), 9, ('exit', 7, None), ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, ()), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1}, (E2,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, None), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E2}, ()), 'E2', [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E2}, (E1,)), 'E2', [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E2}, (E2,)), None, [('enter', 6), ('enter', 7), 9, ('exit', 7, 'E2'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 11: E1}, ()), 'E1', [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 11: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 6), ('enter', 7), 9, 11, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E1}, ()), 'E1', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E1}, (E1,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), 15, ('exit', 6, None)]), (try_return_in_nested_withs, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E1'), ('exit', 6, 'E1')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, ()), 'E2', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), ('exit', 6, 'E2')]), (try_return_in_nested_withs, ({9: E1, 13: E2}, (E2,)), None, [('enter', 6), ('enter', 7), 9, 11, 13, ('exit', 7, 'E2'), 15, ('exit', 6, None)]), (try_return_two_clauses, ({}, ()), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({}, (E1,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({}, (E2,)), 10, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, ()), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, (E1,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1}, (E2,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, ()), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, (E1,)), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E2}, (E2,)), 12, [('enter', 7), 9, ('exit', 7, None)]), (try_return_two_clauses, ({9: E1, 11: E1}, ()), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 11: E1}, (E1,)), 15, [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 11: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, ()), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, (E1,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E1}, (E2,)), 'E1', [('enter', 7), 9, 11, 13, ('exit', 7, 'E1')]), (try_return_two_clauses, ({9: E1, 13: E2}, ()), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_two_clauses, ({9: E1, 13: E2}, (E1,)), 'E2', [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_two_clauses, ({9: E1, 13: E2}, (E2,)), 15, [('enter', 7), 9, 11, 13, ('exit', 7, 'E2')]), (try_return_in_loop, ([], {}, ()), 15, []), (try_return_in_loop, ([], {}, (E1,)), 15, []), (try_return_in_loop, ([], {}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E1}, ()), 15, []), (try_return_in_loop, ([], {1: E1}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E1}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, ()), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E1, 11: E1}, (E2,)), 15, []), (try_return_in_loop, ([], {1: E2}, ()), 15, []), (try_return_in_loop, ([], {1: E2}, (E1,)), 15, []), (try_return_in_loop, ([], {1: E2}, (E2,)), 15, []), (try_return_in_loop, ([1], {}, ()), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {}, (E1,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, ()), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, (E1,)), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1}, (E2,)), 15, [('enter', 1), 1, 11, 13, ('exit', 1, None)]), (try_return_in_loop, ([1], {1: E1, 11: E1}, ()), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E1, 11: E1}, (E1,)), 15, [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E1, 11: E1}, (E2,)), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1], {1: E2}, ()), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1], {1: E2}, (E1,)), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1], {1: E2}, (E2,)), 15, [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {}, ()), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {}, (E1,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, None)]), (try_return_in_loop, ([1, 2], {1: E1}, ()), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1}, (E1,)), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1}, (E2,)), 10, [('enter', 1), 1, 11, 13, ('exit', 1, None), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, ()), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, (E1,)), 10, [('enter', 1), 1, 11, ('exit', 1, 'E1'), ('enter', 2), 2, ('exit', 2, None)]), (try_return_in_loop, ([1, 2], {1: E1, 11: E1}, (E2,)), 'E1', [('enter', 1), 1, 11, ('exit', 1, 'E1')]), (try_return_in_loop, ([1, 2], {1: E2}, ()), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {1: E2}, (E1,)), 'E2', [('enter', 1), 1, ('exit', 1, 'E2')]), (try_return_in_loop, ([1, 2], {1: E2}, (E2,)), 10, [('enter', 1), 1, ('exit', 1, 'E2'), ('enter', 2), 2, ('exit', 2, None)]):
        *lead, raising, suppress = spec
        log.clear()
        got = run(f, [list(a) for a in lead] + [make_t(raising), make_m(suppress)])
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, spec, got, want, log, logged)
    log.clear()

check()
