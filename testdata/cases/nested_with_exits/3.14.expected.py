log = []

def raiser(exc):
    def f(*args):
        log.append(('raise', exc.__name__) + args)
        raise exc(*args)
    return f


def quiet(*args):
    log.append(('ok',) + args)
    return args









class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, suppress=()):
        self.suppress = suppress
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)

FELL = object()

def fell_back(f, *args):
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL


def nested_const(m, r):
    with Manager(KeyError), m:
        r()
        return 3


def nested_const_in_if(a, m, r):
    if a:
        with Manager(KeyError), m:
            r()
            return 3
    return 4


def nested3_const(a, m, r):
    try:
        if a:
            with Manager(KeyError), Manager(TypeError), m:
                r()
                return 3
        else:
            return 1
    except IndexError:
        return 2
    return 'after'


def nested3_mid_log(a, m, r):
    try:
        if a:
            with Manager(KeyError), Manager(TypeError):
                with m:
                    return r()
                log.append('mid')
        else:
            return 1
    except IndexError:
        return 2
    return 'after'


def nested3_after_log(a, m, r):
    try:
        if a:
            with Manager(KeyError), Manager(TypeError), m:
                return r()
        else:
            return 1
    except IndexError:
        return 2
    log.append('after')
    return 'after'


def nested_log_no_try(a, m, r):
    if a:
        with Manager(KeyError):
            with m:
                return r()
            log.append('outer')
    return 'after'


def nested_log_no_if(m, r):
    try:
        with Manager(KeyError):
            with m:
                return r()
            log.append('outer')
        return 'after'
    except IndexError:
        return 2


def nested_log_after_log(a, m, r):
    try:
        if a:
            with Manager(KeyError):
                with m:
                    return r()
                log.append('outer')
        else:
            return 1
    except IndexError:
        return 2
    log.append('after')
    return 'after'


def nested_log_value(a, m, r):
    x = 'unset'
    try:
        if a:
            with Manager(KeyError):
                with m:
                    return r()
                x = log.append('outer')
        else:
            return 1
    except IndexError:
        return 2
    else:
        return x


def nested_back_to_tail(a, m, r):
    with Manager(KeyError):
        log.append('in')
        if a:
            with m:
                while True:
                    if not r():
                        break
            log.append('done')
    return 'end'


def check():
    suppress, outer = (Manager(TypeError), Manager(KeyError))
    key, index, typ = (raiser(KeyError), raiser(IndexError), raiser(TypeError))
    for f, args, want, logged in [(nested_const, (Manager(), quiet), 3, None), (nested_const, (suppress, typ), None, None), (nested_const, (Manager(), key), None, ('exit', 'KeyError')), (nested_const, (Manager(), index), 'index', None), (nested_const_in_if, (1, Manager(), quiet), 3, None), (nested_const_in_if, (0, Manager(), quiet), 4, None), (nested_const_in_if, (1, suppress, typ), 4, None), (nested_const_in_if, (1, Manager(), key), 4, ('exit', 'KeyError')), (nested3_const, (1, Manager(), quiet), 3, None), (nested3_const, (0, Manager(), quiet), 1, None), (nested3_const, (1, Manager(IndexError), index), 'after', None), (nested3_const, (1, Manager(), typ), 'after', ('exit', 'TypeError')), (nested3_const, (1, Manager(), index), 2, None), (nested3_mid_log, (1, Manager(), quiet), (), None), (nested3_mid_log, (0, Manager(), quiet), 1, None), (nested3_mid_log, (1, suppress, typ), 'after', 'mid'), (nested3_mid_log, (1, Manager(), typ), 'after', ('exit', 'TypeError')), (nested3_mid_log, (1, Manager(), key), 'after', ('exit', 'KeyError')), (nested3_mid_log, (1, Manager(), index), 2, None), (nested3_after_log, (1, Manager(), quiet), (), None), (nested3_after_log, (0, Manager(), quiet), 1, None), (nested3_after_log, (1, suppress, typ), 'after', 'after'), (nested3_after_log, (1, Manager(), index), 2, None), (nested_log_no_try, (1, Manager(), quiet), (), None), (nested_log_no_try, (0, Manager(), quiet), 'after', None), (nested_log_no_try, (1, suppress, typ), 'after', 'outer'), (nested_log_no_try, (1, Manager(), key), 'after', ('exit', 'KeyError')), (nested_log_no_if, (Manager(), quiet), (), None), (nested_log_no_if, (suppress, typ), 'after', 'outer'), (nested_log_no_if, (Manager(), index), 2, None), (nested_log_after_log, (1, Manager(), quiet), (), None), (nested_log_after_log, (0, Manager(), quiet), 1, None), (nested_log_after_log, (1, suppress, typ), 'after', 'outer'), (nested_log_after_log, (1, Manager(), index), 2, None), (nested_log_value, (1, Manager(), quiet), (), None), (nested_log_value, (0, Manager(), quiet), 1, None), (nested_log_value, (1, suppress, typ), None, 'outer'), (nested_log_value, (1, Manager(), key), 'unset', ('exit', 'KeyError')), (nested_log_value, (1, Manager(), index), 2, None), (nested_back_to_tail, (1, Manager(), quiet), 'end', 'done'), (nested_back_to_tail, (0, Manager(), quiet), 'end', 'in'), (nested_back_to_tail, (1, suppress, typ), 'end', 'done'), (nested_back_to_tail, (1, Manager(), key), 'end', ('exit', 'KeyError'))]:
        try:
            got = fell_back(f, *args)
        except IndexError:
            got = 'index'
        assert got is FELL or got == want, (f.__name__, args, got, want)
        assert got is FELL or logged is None or logged in log, (f.__name__, args, log)
        log.clear()
    assert outer.suppress is KeyError

check()
