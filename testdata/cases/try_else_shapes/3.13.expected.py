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
        else:
            log.append('else')
            return 6
    except E2:
        log.append('outer')
    return 7


def else_with_after_suppressing_with(c, m5, m6, m12):
    if c == 1:
        return
    if c == 2:
        try:
            with m5, m6:
                raise E1(7)
        except E1:
            pass
        else:
            with m12:
                log.append(13)
    elif c == 3:
        return


def if_try_else_with_then_else(c, x, m12):
    if c == 2:
        try:
            x(6)
        except E1:
            pass
        else:
            with m12:
                log.append(13)
    else:
        log.append(15)


def if_try_else_with_then_elif(c, x, m12):
    if c == 2:
        try:
            x(6)
        except E1:
            pass
        else:
            with m12:
                log.append(13)
    elif c == 3:
        return


def check():
    for f, args, want, trace in (else_return_in_nested_try, (0, quiet), None, []), (else_return_in_nested_try, (1, quiet), 6, [('ok', 3)]), (else_return_in_nested_try, (1, raiser(E1)), None, [('raise', 'E1', 3)]), (else_return_in_nested_try_plain, (quiet,), 6, [('ok', 3)]), (else_return_in_nested_try_plain, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_return_in_nested_try_plain, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_return_with_finally, (0, quiet), None, []), (else_return_with_finally, (1, quiet), 13, [('ok', 6), 14]), (else_return_with_finally, (1, raiser(E1)), None, [('raise', 'E1', 6), 14]), (else_return_with_finally, (1, raiser(E2)), None, [('raise', 'E2', 6), 14]), (else_return_with_finally_one_clause, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_one_clause, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_code_then_return_with_finally, (quiet,), 13, [('ok', 6), 'else', 14]), (else_code_then_return_with_finally, (raiser(E1),), 15, [('raise', 'E1', 6), 'caught', 14]), (else_return_with_finally_two_clauses, (quiet,), 13, [('ok', 6), 14]), (else_return_with_finally_two_clauses, (raiser(E1),), None, [('raise', 'E1', 6), 14]), (else_return_with_finally_two_clauses, (raiser(E2),), None, [('raise', 'E2', 6), '6', 14]), (else_code_then_return_in_nested_try, (quiet,), 6, [('ok', 3), 'else']), (else_code_then_return_in_nested_try, (raiser(E1),), 7, [('raise', 'E1', 3), 'inner']), (else_code_then_return_in_nested_try, (raiser(E2),), 7, [('raise', 'E2', 3), 'outer']), (else_with_after_suppressing_with, (1, Manager(5), Manager(6), Manager(12)), None, []), (else_with_after_suppressing_with, (2, Manager(5), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1')]), (else_with_after_suppressing_with, (2, Manager(5), Manager(6, E1), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, None), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (2, Manager(5, E1), Manager(6), Manager(12)), None, [('enter', 5), ('enter', 6), ('exit', 6, 'E1'), ('exit', 5, 'E1'), ('enter', 12), 13, ('exit', 12, None)]), (else_with_after_suppressing_with, (3, Manager(5), Manager(6), Manager(12)), None, []), (if_try_else_with_then_else, (2, quiet, Manager(12)), None, [('ok', 6), ('enter', 12), 13, ('exit', 12, None)]), (if_try_else_with_then_else, (2, quiet, Manager(12, E2)), None, [('ok', 6), ('enter', 12), 13, ('exit', 12, None)]), (if_try_else_with_then_else, (2, raiser(E1), Manager(12)), None, [('raise', 'E1', 6)]), (if_try_else_with_then_else, (2, raiser(E1), Manager(12, E2)), None, [('raise', 'E1', 6)]), (if_try_else_with_then_else, (3, quiet, Manager(12)), None, [15]), (if_try_else_with_then_else, (5, quiet, Manager(12)), None, [15]), (if_try_else_with_then_elif, (2, quiet, Manager(12)), None, [('ok', 6), ('enter', 12), 13, ('exit', 12, None)]), (if_try_else_with_then_elif, (2, quiet, Manager(12, E2)), None, [('ok', 6), ('enter', 12), 13, ('exit', 12, None)]), (if_try_else_with_then_elif, (2, raiser(E1), Manager(12)), None, [('raise', 'E1', 6)]), (if_try_else_with_then_elif, (2, raiser(E1), Manager(12, E2)), None, [('raise', 'E1', 6)]), (if_try_else_with_then_elif, (3, quiet, Manager(12)), None, []), (if_try_else_with_then_elif, (5, quiet, Manager(12)), None, []):
        take()
        got = fell_back(f, *args)
        if got is not FELL:
            assert got == want, (f.__name__, args, got, want)
            assert take() == trace, (f.__name__, args, log, trace)
        take()

check()
