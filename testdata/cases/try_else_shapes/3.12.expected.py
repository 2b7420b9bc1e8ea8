log = []

class E1(Exception):
    pass


class E2(Exception):
    pass


def raiser(exc):
    def f(*args):
        log.append(('raise', exc.__name__) + args)
        raise exc(*args)
    return f


def quiet(*args):
    log.append(('ok',) + args)
    return args


def take():
    got = list(log)
    log.clear()
    return got


class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, n, suppress=()):
        self.n = n
        self.suppress = suppress
    def __enter__(self):
        log.append(('enter', self.n))
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', self.n, typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)

FELL = object()

def fell_back(f, *args):
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL


def else_return_in_nested_try(c, x):
    if c:
        try:
            try:
                try:
                    x(3)
                    return 6
                except E1:
                    pass
                return None
            finally:
                pass
        except E1:
            return None


def else_return_in_nested_try_plain(x):
    try:
        try:
            x(3)
        except E1:
            log.append('inner')
            return 7
        return 6
    except E2:
        log.append('outer')
        return 7


def else_return_with_finally(c, x):
    # depyf: could not decompile else_return_with_finally: except clauses fall off past the end of their region at 72
    #    98           0 RESUME                   0
    #   
    #    99           2 LOAD_FAST                0 (c)
    #                 4 POP_JUMP_IF_FALSE       32 (to 70)
    #   
    #   100           6 NOP
    #   
    #   101           8 PUSH_NULL
    #                10 LOAD_FAST                1 (x)
    #                12 LOAD_CONST               1 (6)
    #                14 CALL                     1
    #                22 POP_TOP
    #   
    #   107          24 NOP
    #   
    #   109          26 LOAD_GLOBAL              0 (log)
    #                36 LOAD_ATTR                3 (NULL|self + append)
    #                56 LOAD_CONST               2 (14)
    #                58 CALL                     1
    #                66 POP_TOP
    #                68 RETURN_CONST             3 (13)
    #   
    #    99     >>   70 RETURN_CONST             0 (None)
    #           >>   72 PUSH_EXC_INFO
    #   
    #   102          74 LOAD_GLOBAL              4 (E1)
    #                84 CHECK_EXC_MATCH
    #                86 POP_JUMP_IF_FALSE        3 (to 94)
    #                88 POP_TOP
    #   
    #   103          90 POP_EXCEPT
    #                92 JUMP_FORWARD            21 (to 136)
    #   
    #   104     >>   94 LOAD_GLOBAL              6 (E2)
    #               104 CHECK_EXC_MATCH
    #               106 POP_JUMP_IF_FALSE       10 (to 128)
    #               108 STORE_FAST               2 (e)
    #   
    #   105         110 POP_EXCEPT
    #               112 LOAD_CONST               0 (None)
    #               114 STORE_FAST               2 (e)
    #               116 DELETE_FAST              2 (e)
    #               118 JUMP_FORWARD             8 (to 136)
    #               120 LOAD_CONST               0 (None)
    #               122 STORE_FAST               2 (e)
    #               124 DELETE_FAST              2 (e)
    #               126 RERAISE                  1
    #   
    #   104     >>  128 RERAISE                  0
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   109     >>  136 LOAD_GLOBAL              0 (log)
    #               146 LOAD_ATTR                3 (NULL|self + append)
    #               166 LOAD_CONST               2 (14)
    #               168 CALL                     1
    #               176 POP_TOP
    #               178 RETURN_CONST             0 (None)
    #           >>  180 PUSH_EXC_INFO
    #               182 LOAD_GLOBAL              0 (log)
    #               192 LOAD_ATTR                3 (NULL|self + append)
    #               212 LOAD_CONST               2 (14)
    #               214 CALL                     1
    #               222 POP_TOP
    #               224 RERAISE                  0
    #           >>  226 COPY                     3
    #               228 POP_EXCEPT
    #               230 RERAISE                  1
    #   ExceptionTable:
    #     8 to 22 -> 72 [0]
    #     72 to 88 -> 130 [1] lasti
    #     90 to 92 -> 180 [0]
    #     94 to 108 -> 130 [1] lasti
    #     110 to 118 -> 180 [0]
    #     120 to 128 -> 130 [1] lasti
    #     130 to 134 -> 180 [0]
    #     180 to 224 -> 226 [1] lasti
    raise RuntimeError('depyf: could not decompile else_return_with_finally: except clauses fall off past the end of their region at 72')


def else_return_with_finally_one_clause(x):
    # depyf: could not decompile else_return_with_finally_one_clause: except clauses fall off past the end of their region at 66
    #   112           0 RESUME                   0
    #   
    #   113           2 NOP
    #   
    #   114           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (x)
    #                 8 LOAD_CONST               1 (6)
    #                10 CALL                     1
    #                18 POP_TOP
    #   
    #   118          20 NOP
    #   
    #   120          22 LOAD_GLOBAL              0 (log)
    #                32 LOAD_ATTR                3 (NULL|self + append)
    #                52 LOAD_CONST               2 (14)
    #                54 CALL                     1
    #                62 POP_TOP
    #                64 RETURN_CONST             3 (13)
    #           >>   66 PUSH_EXC_INFO
    #   
    #   115          68 LOAD_GLOBAL              4 (E1)
    #                78 CHECK_EXC_MATCH
    #                80 POP_JUMP_IF_FALSE       24 (to 130)
    #                82 POP_TOP
    #   
    #   116          84 LOAD_GLOBAL              0 (log)
    #                94 LOAD_ATTR                3 (NULL|self + append)
    #               114 LOAD_CONST               4 ('caught')
    #               116 CALL                     1
    #               124 POP_TOP
    #               126 POP_EXCEPT
    #               128 JUMP_FORWARD             4 (to 138)
    #   
    #   115     >>  130 RERAISE                  0
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #   
    #   116     >>  138 NOP
    #   
    #   120         140 LOAD_GLOBAL              0 (log)
    #               150 LOAD_ATTR                3 (NULL|self + append)
    #               170 LOAD_CONST               2 (14)
    #               172 CALL                     1
    #               180 POP_TOP
    #   
    #   121         182 RETURN_CONST             5 (15)
    #           >>  184 PUSH_EXC_INFO
    #   
    #   120         186 LOAD_GLOBAL              0 (log)
    #               196 LOAD_ATTR                3 (NULL|self + append)
    #               216 LOAD_CONST               2 (14)
    #               218 CALL                     1
    #               226 POP_TOP
    #               228 RERAISE                  0
    #           >>  230 COPY                     3
    #               232 POP_EXCEPT
    #               234 RERAISE                  1
    #   ExceptionTable:
    #     4 to 18 -> 66 [0]
    #     66 to 124 -> 132 [1] lasti
    #     126 to 128 -> 184 [0]
    #     130 to 130 -> 132 [1] lasti
    #     132 to 136 -> 184 [0]
    #     184 to 228 -> 230 [1] lasti
    raise RuntimeError('depyf: could not decompile else_return_with_finally_one_clause: except clauses fall off past the end of their region at 66')


def else_with_after_suppressing_with(c, m5, m6, m12):
    # depyf: could not decompile else_with_after_suppressing_with: the code after an if statement is reached only by a with suppressing at 140
    #   126           0 RESUME                   0
    #   
    #   127           2 LOAD_FAST                0 (c)
    #                 4 LOAD_CONST               1 (1)
    #                 6 COMPARE_OP              40 (==)
    #                10 POP_JUMP_IF_FALSE        1 (to 14)
    #   
    #   128          12 RETURN_CONST             0 (None)
    #   
    #   129     >>   14 LOAD_FAST                0 (c)
    #                16 LOAD_CONST               2 (2)
    #                18 COMPARE_OP              40 (==)
    #                22 POP_JUMP_IF_FALSE       18 (to 60)
    #   
    #   130          24 NOP
    #   
    #   131          26 LOAD_FAST                1 (m5)
    #                28 BEFORE_WITH
    #                30 POP_TOP
    #                32 LOAD_FAST                2 (m6)
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   132          38 LOAD_GLOBAL              1 (NULL + E1)
    #                48 LOAD_CONST               3 (7)
    #                50 CALL                     1
    #                58 RAISE_VARARGS            1
    #   
    #   138     >>   60 LOAD_FAST                0 (c)
    #                62 LOAD_CONST               5 (3)
    #                64 COMPARE_OP              40 (==)
    #                68 POP_JUMP_IF_FALSE        1 (to 72)
    #   
    #   139          70 RETURN_CONST             0 (None)
    #   
    #   138     >>   72 RETURN_CONST             0 (None)
    #   
    #   131     >>   74 PUSH_EXC_INFO
    #                76 WITH_EXCEPT_START
    #                78 POP_JUMP_IF_TRUE         1 (to 82)
    #                80 RERAISE                  2
    #           >>   82 POP_TOP
    #                84 POP_EXCEPT
    #                86 POP_TOP
    #                88 POP_TOP
    #                90 JUMP_FORWARD             3 (to 98)
    #           >>   92 COPY                     3
    #                94 POP_EXCEPT
    #                96 RERAISE                  1
    #           >>   98 LOAD_CONST               0 (None)
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 CALL                     2
    #               112 POP_TOP
    #               114 JUMP_FORWARD            12 (to 140)
    #           >>  116 PUSH_EXC_INFO
    #               118 WITH_EXCEPT_START
    #               120 POP_JUMP_IF_TRUE         1 (to 124)
    #               122 RERAISE                  2
    #           >>  124 POP_TOP
    #               126 POP_EXCEPT
    #               128 POP_TOP
    #               130 POP_TOP
    #               132 JUMP_FORWARD             3 (to 140)
    #           >>  134 COPY                     3
    #               136 POP_EXCEPT
    #               138 RERAISE                  1
    #   
    #   136     >>  140 LOAD_FAST                3 (m12)
    #               142 BEFORE_WITH
    #               144 POP_TOP
    #   
    #   137         146 LOAD_GLOBAL              2 (log)
    #               156 LOAD_ATTR                5 (NULL|self + append)
    #               176 LOAD_CONST               4 (13)
    #               178 CALL                     1
    #               186 POP_TOP
    #   
    #   136         188 LOAD_CONST               0 (None)
    #               190 LOAD_CONST               0 (None)
    #               192 LOAD_CONST               0 (None)
    #               194 CALL                     2
    #               202 POP_TOP
    #               204 RETURN_CONST             0 (None)
    #           >>  206 PUSH_EXC_INFO
    #               208 WITH_EXCEPT_START
    #               210 POP_JUMP_IF_TRUE         1 (to 214)
    #               212 RERAISE                  2
    #           >>  214 POP_TOP
    #               216 POP_EXCEPT
    #               218 POP_TOP
    #               220 POP_TOP
    #               222 RETURN_CONST             0 (None)
    #           >>  224 COPY                     3
    #               226 POP_EXCEPT
    #               228 RERAISE                  1
    #           >>  230 PUSH_EXC_INFO
    #   
    #   133         232 LOAD_GLOBAL              0 (E1)
    #               242 CHECK_EXC_MATCH
    #               244 POP_JUMP_IF_FALSE        3 (to 252)
    #               246 POP_TOP
    #   
    #   134         248 POP_EXCEPT
    #               250 RETURN_CONST             0 (None)
    #   
    #   133     >>  252 RERAISE                  0
    #           >>  254 COPY                     3
    #               256 POP_EXCEPT
    #               258 RERAISE                  1
    #   ExceptionTable:
    #     26 to 28 -> 230 [0]
    #     30 to 34 -> 116 [1] lasti
    #     36 to 58 -> 74 [2] lasti
    #     74 to 82 -> 92 [4] lasti
    #     84 to 96 -> 116 [1] lasti
    #     98 to 114 -> 230 [0]
    #     116 to 124 -> 134 [3] lasti
    #     126 to 138 -> 230 [0]
    #     144 to 186 -> 206 [1] lasti
    #     206 to 214 -> 224 [3] lasti
    #     230 to 246 -> 254 [1] lasti
    #     252 to 252 -> 254 [1] lasti
    raise RuntimeError('depyf: could not decompile else_with_after_suppressing_with: the code after an if statement is reached only by a with suppressing at 140')


def check():
    for f, args, want, trace in (else_return_in_nested_try, (0, quiet), None, []), (else_return_in_nested_try, (1, quiet), 6, [('ok', 3)]), (else_return_in_nested_try, (1, raiser(E1)), None, [('raise', 'E1', 3)]), (else_return_in_nested_try_plain, (quiet,), 6, [('ok', 3)]), (else_return_in_nested_try_plain, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_return_in_nested_try_plain, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_return_with_finally, (0, quiet), None, []), (else_return_with_finally, (1, quiet), 13, [('ok', 6), 14]), (else_return_with_finally, (1, raiser(E1)), None, [('raise', 'E1', 6), 14]), (else_return_with_finally, (1, raiser(E2)), None, [('raise', 'E2', 6), 14]), (else_return_with_finally_one_clause, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_one_clause, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_with_after_suppressing_with, (1, Manager(5), Manager(6), Manager(12)), None, []), (else_with_after_suppressing_with, (2, Manager(5), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1')]), (else_with_after_suppressing_with, (2, Manager(5), Manager(6, E1), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, None), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (2, Manager(5, E1), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1'), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (3, Manager(5), Manager(6), Manager(12)), None, []):
        take()
        got = fell_back(f, *args)
        if got is not FELL:
            assert got == want, (f.__name__, args, got, want)
            assert take() == trace, (f.__name__, args, log, trace)
        take()

check()
