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
                x(3)
                return 6
            except E1:
                pass
            finally:
                pass
        except E1:
            return None


def else_return_in_nested_try_plain(x):
    try:
        try:
            x(3)
            return 6
        except E1:
            log.append('inner')
            return 7
    except E2:
        log.append('outer')
    return 7


def else_return_with_finally(c, x):
    if c:
        try:
            x(6)
            return 13
        except E1:
            pass
        except E2 as e:
            pass
        finally:
            log.append(14)
    else:
        return None


def else_return_with_finally_one_clause(x):
    try:
        x(6)
        return 13
    except E1:
        log.append('caught')
    finally:
        log.append(14)
    return 15


def else_code_then_return_with_finally(x):
    try:
        x(6)
    except E1:
        log.append('caught')
    else:
        log.append('else')
        return 13
    finally:
        log.append(14)
    return 15


def else_return_with_finally_two_clauses(x):
    try:
        x(6)
        return 13
    except E1:
        pass
    except E2 as e:
        log.append(str(e))
    finally:
        log.append(14)


def else_code_then_return_in_nested_try(x):
    try:
        try:
            x(3)
        except E1:
            log.append('inner')
            return 7
        log.append('else')
        return 6
    except E2:
        log.append('outer')
    return 7


def else_with_after_suppressing_with(c, m5, m6, m12):
    # depyf: could not decompile else_with_after_suppressing_with: the code after a with, reached only by suppressing paths, lies past its region at 140
    #   166           0 RESUME                   0
    #   
    #   167           2 LOAD_FAST                0 (c)
    #                 4 LOAD_CONST               1 (1)
    #                 6 COMPARE_OP              40 (==)
    #                10 POP_JUMP_IF_FALSE        1 (to 14)
    #   
    #   168          12 RETURN_CONST             0 (None)
    #   
    #   169     >>   14 LOAD_FAST                0 (c)
    #                16 LOAD_CONST               2 (2)
    #                18 COMPARE_OP              40 (==)
    #                22 POP_JUMP_IF_FALSE       18 (to 60)
    #   
    #   170          24 NOP
    #   
    #   171          26 LOAD_FAST                1 (m5)
    #                28 BEFORE_WITH
    #                30 POP_TOP
    #                32 LOAD_FAST                2 (m6)
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   172          38 LOAD_GLOBAL              1 (NULL + E1)
    #                48 LOAD_CONST               3 (7)
    #                50 CALL                     1
    #                58 RAISE_VARARGS            1
    #   
    #   178     >>   60 LOAD_FAST                0 (c)
    #                62 LOAD_CONST               5 (3)
    #                64 COMPARE_OP              40 (==)
    #                68 POP_JUMP_IF_FALSE        1 (to 72)
    #   
    #   179          70 RETURN_CONST             0 (None)
    #   
    #   178     >>   72 RETURN_CONST             0 (None)
    #   
    #   171     >>   74 PUSH_EXC_INFO
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
    #   176     >>  140 LOAD_FAST                3 (m12)
    #               142 BEFORE_WITH
    #               144 POP_TOP
    #   
    #   177         146 LOAD_GLOBAL              2 (log)
    #               156 LOAD_ATTR                5 (NULL|self + append)
    #               176 LOAD_CONST               4 (13)
    #               178 CALL                     1
    #               186 POP_TOP
    #   
    #   176         188 LOAD_CONST               0 (None)
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
    #   173         232 LOAD_GLOBAL              0 (E1)
    #               242 CHECK_EXC_MATCH
    #               244 POP_JUMP_IF_FALSE        3 (to 252)
    #               246 POP_TOP
    #   
    #   174         248 POP_EXCEPT
    #               250 RETURN_CONST             0 (None)
    #   
    #   173     >>  252 RERAISE                  0
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
    raise RuntimeError('depyf: could not decompile else_with_after_suppressing_with: the code after a with, reached only by suppressing paths, lies past its region at 140')


def check():
    for f, args, want, trace in (else_return_in_nested_try, (0, quiet), None, []), (else_return_in_nested_try, (1, quiet), 6, [('ok', 3)]), (else_return_in_nested_try, (1, raiser(E1)), None, [('raise', 'E1', 3)]), (else_return_in_nested_try_plain, (quiet,), 6, [('ok', 3)]), (else_return_in_nested_try_plain, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_return_in_nested_try_plain, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_return_with_finally, (0, quiet), None, []), (else_return_with_finally, (1, quiet), 13, [('ok', 6), 14]), (else_return_with_finally, (1, raiser(E1)), None, [('raise', 'E1', 6), 14]), (else_return_with_finally, (1, raiser(E2)), None, [('raise', 'E2', 6), 14]), (else_return_with_finally_one_clause, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_one_clause, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_code_then_return_with_finally, (quiet,), 13, [('ok', 6), 'else', 14]), (else_code_then_return_with_finally, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_return_with_finally_two_clauses, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_two_clauses, (raiser(E1),), None, [('raise', 'E1', 6), 14]), (else_return_with_finally_two_clauses, (raiser(E2),), None, [('raise', 'E2', 6), '6', 14]), (else_code_then_return_in_nested_try, (quiet,), 6, [('ok', 3), 'else']), (else_code_then_return_in_nested_try, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_code_then_return_in_nested_try, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_with_after_suppressing_with, (1, Manager(5), Manager(6), Manager(12)), None, []), (else_with_after_suppressing_with, (2, Manager(5), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1')]), (else_with_after_suppressing_with, (2, Manager(5), Manager(6, E1), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, None), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (2, Manager(5, E1), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1'), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (3, Manager(5), Manager(6), Manager(12)), None, []):
        take()
        got = fell_back(f, *args)
        if got is not FELL:
            assert got == want, (f.__name__, args, got, want)
            assert take() == trace, (f.__name__, args, log, trace)
        take()

check()
