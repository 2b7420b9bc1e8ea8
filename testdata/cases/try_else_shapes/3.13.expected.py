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
    # depyf: could not decompile else_with_after_suppressing_with: the code after a with, reached only by suppressing paths, lies past its region at 166
    #    166            RESUME                   0
    #   
    #    167            LOAD_FAST                0 (c)
    #                   LOAD_CONST               1 (1)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        1 (to L1)
    #   
    #    168            RETURN_CONST             0 (None)
    #   
    #    169    L1:     LOAD_FAST                0 (c)
    #                   LOAD_CONST               2 (2)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       18 (to L5)
    #   
    #    170            NOP
    #   
    #    171    L2:     LOAD_FAST                1 (m5)
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #                   LOAD_FAST                2 (m6)
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    172            LOAD_GLOBAL              1 (E1 + NULL)
    #                   LOAD_CONST               3 (7)
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    178    L5:     LOAD_FAST                0 (c)
    #                   LOAD_CONST               5 (3)
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE        1 (to L6)
    #   
    #    179            RETURN_CONST             0 (None)
    #   
    #    178    L6:     RETURN_CONST             0 (None)
    #   
    #    171    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L8)
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L11)
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    171   L11:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L16)
    #          L12:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L13)
    #                   RERAISE                  2
    #          L13:     POP_TOP
    #          L14:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L16)
    #   
    #     --   L15:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    176   L16:     LOAD_FAST                3 (m12)
    #                   BEFORE_WITH
    #          L17:     POP_TOP
    #   
    #    177            LOAD_GLOBAL              2 (log)
    #                   LOAD_ATTR                5 (append + NULL|self)
    #                   LOAD_CONST               4 (13)
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    176   L18:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #          L19:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L20)
    #                   RERAISE                  2
    #          L20:     POP_TOP
    #          L21:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   RETURN_CONST             0 (None)
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L23:     PUSH_EXC_INFO
    #   
    #    173            LOAD_GLOBAL              0 (E1)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L25)
    #                   POP_TOP
    #   
    #    174   L24:     POP_EXCEPT
    #                   RETURN_CONST             0 (None)
    #   
    #    173   L25:     RERAISE                  0
    #   
    #     --   L26:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L23 [0]
    #     L3 to L4 -> L12 [1] lasti
    #     L4 to L5 -> L7 [2] lasti
    #     L7 to L9 -> L10 [4] lasti
    #     L9 to L11 -> L12 [1] lasti
    #     L11 to L12 -> L23 [0]
    #     L12 to L14 -> L15 [3] lasti
    #     L14 to L16 -> L23 [0]
    #     L17 to L18 -> L19 [1] lasti
    #     L19 to L21 -> L22 [3] lasti
    #     L23 to L24 -> L26 [1] lasti
    #     L25 to L26 -> L26 [1] lasti
    raise RuntimeError('depyf: could not decompile else_with_after_suppressing_with: the code after a with, reached only by suppressing paths, lies past its region at 166')


def check():
    for f, args, want, trace in (else_return_in_nested_try, (0, quiet), None, []), (else_return_in_nested_try, (1, quiet), 6, [('ok', 3)]), (else_return_in_nested_try, (1, raiser(E1)), None, [('raise', 'E1', 3)]), (else_return_in_nested_try_plain, (quiet,), 6, [('ok', 3)]), (else_return_in_nested_try_plain, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_return_in_nested_try_plain, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_return_with_finally, (0, quiet), None, []), (else_return_with_finally, (1, quiet), 13, [('ok', 6), 14]), (else_return_with_finally, (1, raiser(E1)), None, [('raise', 'E1', 6), 14]), (else_return_with_finally, (1, raiser(E2)), None, [('raise', 'E2', 6), 14]), (else_return_with_finally_one_clause, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_one_clause, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_code_then_return_with_finally, (quiet,), 13, [('ok', 6), 'else', 14]), (else_code_then_return_with_finally, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_return_with_finally_two_clauses, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_two_clauses, (raiser(E1),), None, [('raise', 'E1', 6), 14]), (else_return_with_finally_two_clauses, (raiser(E2),), None, [('raise', 'E2', 6), '6', 14]), (else_code_then_return_in_nested_try, (quiet,), 6, [('ok', 3), 'else']), (else_code_then_return_in_nested_try, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_code_then_return_in_nested_try, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_with_after_suppressing_with, (1, Manager(5), Manager(6), Manager(12)), None, []), (else_with_after_suppressing_with, (2, Manager(5), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1')]), (else_with_after_suppressing_with, (2, Manager(5), Manager(6, E1), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, None), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (2, Manager(5, E1), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1'), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (3, Manager(5), Manager(6), Manager(12)), None, []):
        take()
        got = fell_back(f, *args)
        if got is not FELL:
            assert got == want, (f.__name__, args, got, want)
            assert take() == trace, (f.__name__, args, log, trace)
        take()

check()
