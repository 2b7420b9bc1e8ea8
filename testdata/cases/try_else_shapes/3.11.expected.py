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
    # depyf: could not decompile else_return_in_nested_try: except clauses fall off past the end of their region at 38
    #    68           0 RESUME                   0
    #   
    #    69           2 LOAD_FAST                0 (c)
    #                 4 POP_JUMP_FORWARD_IF_FALSE    57 (to 120)
    #   
    #    70           6 NOP
    #   
    #    71           8 NOP
    #   
    #    72          10 PUSH_NULL
    #                12 LOAD_FAST                1 (x)
    #                14 LOAD_CONST               1 (3)
    #                16 PRECALL                  1
    #                20 CALL                     1
    #                30 POP_TOP
    #   
    #    76          32 NOP
    #   
    #    78          34 LOAD_CONST               2 (6)
    #                36 RETURN_VALUE
    #           >>   38 PUSH_EXC_INFO
    #   
    #    73          40 LOAD_GLOBAL              0 (E1)
    #                52 CHECK_EXC_MATCH
    #                54 POP_JUMP_FORWARD_IF_FALSE     3 (to 62)
    #                56 POP_TOP
    #   
    #    74          58 POP_EXCEPT
    #                60 JUMP_FORWARD             4 (to 70)
    #   
    #    73     >>   62 RERAISE                  0
    #           >>   64 COPY                     3
    #                66 POP_EXCEPT
    #                68 RERAISE                  1
    #   
    #    74     >>   70 NOP
    #   
    #    78          72 LOAD_CONST               0 (None)
    #                74 RETURN_VALUE
    #           >>   76 PUSH_EXC_INFO
    #                78 RERAISE                  0
    #           >>   80 COPY                     3
    #                82 POP_EXCEPT
    #                84 RERAISE                  1
    #           >>   86 PUSH_EXC_INFO
    #   
    #    79          88 LOAD_GLOBAL              0 (E1)
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_FORWARD_IF_FALSE     4 (to 112)
    #               104 POP_TOP
    #   
    #    80         106 POP_EXCEPT
    #               108 LOAD_CONST               0 (None)
    #               110 RETURN_VALUE
    #   
    #    79     >>  112 RERAISE                  0
    #           >>  114 COPY                     3
    #               116 POP_EXCEPT
    #               118 RERAISE                  1
    #   
    #    69     >>  120 LOAD_CONST               0 (None)
    #               122 RETURN_VALUE
    #   ExceptionTable:
    #     10 to 30 -> 38 [0]
    #     38 to 56 -> 64 [1] lasti
    #     58 to 60 -> 76 [0]
    #     62 to 62 -> 64 [1] lasti
    #     64 to 68 -> 76 [0]
    #     76 to 78 -> 80 [1] lasti
    #     80 to 84 -> 86 [0]
    #     86 to 104 -> 114 [1] lasti
    #     112 to 112 -> 114 [1] lasti
    raise RuntimeError('depyf: could not decompile else_return_in_nested_try: except clauses fall off past the end of their region at 38')


def else_return_in_nested_try_plain(x):
    # depyf: could not decompile else_return_in_nested_try_plain: except clauses fall off past the end of their region at 32
    #    83           0 RESUME                   0
    #   
    #    84           2 NOP
    #   
    #    85           4 NOP
    #   
    #    86           6 PUSH_NULL
    #                 8 LOAD_FAST                0 (x)
    #                10 LOAD_CONST               1 (3)
    #                12 PRECALL                  1
    #                16 CALL                     1
    #                26 POP_TOP
    #   
    #    90          28 LOAD_CONST               2 (6)
    #                30 RETURN_VALUE
    #           >>   32 PUSH_EXC_INFO
    #   
    #    87          34 LOAD_GLOBAL              0 (E1)
    #                46 CHECK_EXC_MATCH
    #                48 POP_JUMP_FORWARD_IF_FALSE    29 (to 108)
    #                50 POP_TOP
    #   
    #    88          52 LOAD_GLOBAL              2 (log)
    #                64 LOAD_METHOD              2 (append)
    #                86 LOAD_CONST               3 ('inner')
    #                88 PRECALL                  1
    #                92 CALL                     1
    #               102 POP_TOP
    #               104 POP_EXCEPT
    #               106 JUMP_FORWARD             4 (to 116)
    #   
    #    87     >>  108 RERAISE                  0
    #           >>  110 COPY                     3
    #               112 POP_EXCEPT
    #               114 RERAISE                  1
    #   
    #    88     >>  116 JUMP_FORWARD            42 (to 202)
    #           >>  118 PUSH_EXC_INFO
    #   
    #    91         120 LOAD_GLOBAL              6 (E2)
    #               132 CHECK_EXC_MATCH
    #               134 POP_JUMP_FORWARD_IF_FALSE    29 (to 194)
    #               136 POP_TOP
    #   
    #    92         138 LOAD_GLOBAL              2 (log)
    #               150 LOAD_METHOD              2 (append)
    #               172 LOAD_CONST               4 ('outer')
    #               174 PRECALL                  1
    #               178 CALL                     1
    #               188 POP_TOP
    #               190 POP_EXCEPT
    #               192 JUMP_FORWARD             4 (to 202)
    #   
    #    91     >>  194 RERAISE                  0
    #           >>  196 COPY                     3
    #               198 POP_EXCEPT
    #               200 RERAISE                  1
    #   
    #    93     >>  202 LOAD_CONST               5 (7)
    #               204 RETURN_VALUE
    #   ExceptionTable:
    #     6 to 26 -> 32 [0]
    #     32 to 102 -> 110 [1] lasti
    #     104 to 106 -> 118 [0]
    #     108 to 108 -> 110 [1] lasti
    #     110 to 114 -> 118 [0]
    #     118 to 188 -> 196 [1] lasti
    #     194 to 194 -> 196 [1] lasti
    raise RuntimeError('depyf: could not decompile else_return_in_nested_try_plain: except clauses fall off past the end of their region at 32')


def else_return_with_finally(c, x):
    # depyf: could not decompile else_return_with_finally: except clauses fall off past the end of their region at 88
    #    98           0 RESUME                   0
    #   
    #    99           2 LOAD_FAST                0 (c)
    #                 4 POP_JUMP_FORWARD_IF_FALSE   134 (to 274)
    #   
    #   100           6 NOP
    #   
    #   101           8 PUSH_NULL
    #                10 LOAD_FAST                1 (x)
    #                12 LOAD_CONST               1 (6)
    #                14 PRECALL                  1
    #                18 CALL                     1
    #                28 POP_TOP
    #   
    #   107          30 NOP
    #   
    #   109          32 LOAD_GLOBAL              0 (log)
    #                44 LOAD_METHOD              1 (append)
    #                66 LOAD_CONST               2 (14)
    #                68 PRECALL                  1
    #                72 CALL                     1
    #                82 POP_TOP
    #                84 LOAD_CONST               3 (13)
    #                86 RETURN_VALUE
    #           >>   88 PUSH_EXC_INFO
    #   
    #   102          90 LOAD_GLOBAL              4 (E1)
    #               102 CHECK_EXC_MATCH
    #               104 POP_JUMP_FORWARD_IF_FALSE     3 (to 112)
    #               106 POP_TOP
    #   
    #   103         108 POP_EXCEPT
    #               110 JUMP_FORWARD            22 (to 156)
    #   
    #   104     >>  112 LOAD_GLOBAL              6 (E2)
    #               124 CHECK_EXC_MATCH
    #               126 POP_JUMP_FORWARD_IF_FALSE    10 (to 148)
    #               128 STORE_FAST               2 (e)
    #   
    #   105         130 POP_EXCEPT
    #               132 LOAD_CONST               0 (None)
    #               134 STORE_FAST               2 (e)
    #               136 DELETE_FAST              2 (e)
    #               138 JUMP_FORWARD             8 (to 156)
    #               140 LOAD_CONST               0 (None)
    #               142 STORE_FAST               2 (e)
    #               144 DELETE_FAST              2 (e)
    #               146 RERAISE                  1
    #   
    #   104     >>  148 RERAISE                  0
    #           >>  150 COPY                     3
    #               152 POP_EXCEPT
    #               154 RERAISE                  1
    #   
    #   109     >>  156 LOAD_GLOBAL              0 (log)
    #               168 LOAD_METHOD              1 (append)
    #               190 LOAD_CONST               2 (14)
    #               192 PRECALL                  1
    #               196 CALL                     1
    #               206 POP_TOP
    #               208 LOAD_CONST               0 (None)
    #               210 RETURN_VALUE
    #           >>  212 PUSH_EXC_INFO
    #               214 LOAD_GLOBAL              0 (log)
    #               226 LOAD_METHOD              1 (append)
    #               248 LOAD_CONST               2 (14)
    #               250 PRECALL                  1
    #               254 CALL                     1
    #               264 POP_TOP
    #               266 RERAISE                  0
    #           >>  268 COPY                     3
    #               270 POP_EXCEPT
    #               272 RERAISE                  1
    #   
    #    99     >>  274 LOAD_CONST               0 (None)
    #               276 RETURN_VALUE
    #   ExceptionTable:
    #     8 to 28 -> 88 [0]
    #     88 to 106 -> 150 [1] lasti
    #     108 to 110 -> 212 [0]
    #     112 to 128 -> 150 [1] lasti
    #     130 to 138 -> 212 [0]
    #     140 to 148 -> 150 [1] lasti
    #     150 to 154 -> 212 [0]
    #     212 to 266 -> 268 [1] lasti
    raise RuntimeError('depyf: could not decompile else_return_with_finally: except clauses fall off past the end of their region at 88')


def else_return_with_finally_one_clause(x):
    # depyf: could not decompile else_return_with_finally_one_clause: except clauses fall off past the end of their region at 84
    #   112           0 RESUME                   0
    #   
    #   113           2 NOP
    #   
    #   114           4 PUSH_NULL
    #                 6 LOAD_FAST                0 (x)
    #                 8 LOAD_CONST               1 (6)
    #                10 PRECALL                  1
    #                14 CALL                     1
    #                24 POP_TOP
    #   
    #   118          26 NOP
    #   
    #   120          28 LOAD_GLOBAL              0 (log)
    #                40 LOAD_METHOD              1 (append)
    #                62 LOAD_CONST               2 (14)
    #                64 PRECALL                  1
    #                68 CALL                     1
    #                78 POP_TOP
    #                80 LOAD_CONST               3 (13)
    #                82 RETURN_VALUE
    #           >>   84 PUSH_EXC_INFO
    #   
    #   115          86 LOAD_GLOBAL              4 (E1)
    #                98 CHECK_EXC_MATCH
    #               100 POP_JUMP_FORWARD_IF_FALSE    29 (to 160)
    #               102 POP_TOP
    #   
    #   116         104 LOAD_GLOBAL              0 (log)
    #               116 LOAD_METHOD              1 (append)
    #               138 LOAD_CONST               4 ('caught')
    #               140 PRECALL                  1
    #               144 CALL                     1
    #               154 POP_TOP
    #               156 POP_EXCEPT
    #               158 JUMP_FORWARD             4 (to 168)
    #   
    #   115     >>  160 RERAISE                  0
    #           >>  162 COPY                     3
    #               164 POP_EXCEPT
    #               166 RERAISE                  1
    #   
    #   116     >>  168 NOP
    #   
    #   120         170 LOAD_GLOBAL              0 (log)
    #               182 LOAD_METHOD              1 (append)
    #               204 LOAD_CONST               2 (14)
    #               206 PRECALL                  1
    #               210 CALL                     1
    #               220 POP_TOP
    #               222 JUMP_FORWARD            31 (to 286)
    #           >>  224 PUSH_EXC_INFO
    #               226 LOAD_GLOBAL              0 (log)
    #               238 LOAD_METHOD              1 (append)
    #               260 LOAD_CONST               2 (14)
    #               262 PRECALL                  1
    #               266 CALL                     1
    #               276 POP_TOP
    #               278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #   
    #   121     >>  286 LOAD_CONST               5 (15)
    #               288 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 24 -> 84 [0]
    #     84 to 154 -> 162 [1] lasti
    #     156 to 158 -> 224 [0]
    #     160 to 160 -> 162 [1] lasti
    #     162 to 166 -> 224 [0]
    #     224 to 278 -> 280 [1] lasti
    raise RuntimeError('depyf: could not decompile else_return_with_finally_one_clause: except clauses fall off past the end of their region at 84')


def else_with_after_suppressing_with(c, m5, m6, m12):
    if c == 1:
        return None
    if c == 2:
        try:
            with m5, m6:
                raise E1(7)
        except E1:
            return None
        else:
            with m12:
                log.append(13)
            return None
    if c == 3:
        return None


def check():
    for f, args, want, trace in (else_return_in_nested_try, (0, quiet), None, []), (else_return_in_nested_try, (1, quiet), 6, [('ok', 3)]), (else_return_in_nested_try, (1, raiser(E1)), None, [('raise', 'E1', 3)]), (else_return_in_nested_try_plain, (quiet,), 6, [('ok', 3)]), (else_return_in_nested_try_plain, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_return_in_nested_try_plain, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_return_with_finally, (0, quiet), None, []), (else_return_with_finally, (1, quiet), 13, [('ok', 6), 14]), (else_return_with_finally, (1, raiser(E1)), None, [('raise', 'E1', 6), 14]), (else_return_with_finally, (1, raiser(E2)), None, [('raise', 'E2', 6), 14]), (else_return_with_finally_one_clause, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_one_clause, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_with_after_suppressing_with, (1, Manager(5), Manager(6), Manager(12)), None, []), (else_with_after_suppressing_with, (2, Manager(5), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1')]), (else_with_after_suppressing_with, (2, Manager(5), Manager(6, E1), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, None), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (2, Manager(5, E1), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1'), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (3, Manager(5), Manager(6), Manager(12)), None, []):
        take()
        got = fell_back(f, *args)
        if got is not FELL:
            assert got == want, (f.__name__, args, got, want)
            assert take() == trace, (f.__name__, args, log, trace)
        take()

check()
