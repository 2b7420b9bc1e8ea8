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
    return x


def nested_back_to_tail(a, m, r):
    # depyf: could not decompile nested_back_to_tail: try body ends inside an expression at 152
    #    160            RESUME                   0
    #   
    #    161            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              2 (KeyError)
    #                   CALL                     1
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    162            LOAD_GLOBAL              4 (log)
    #                   LOAD_ATTR                7 (append + NULL|self)
    #                   LOAD_CONST               0 ('in')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    163            LOAD_FAST_BORROW         0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       58 (to L8)
    #                   NOT_TAKEN
    #   
    #    164            LOAD_FAST                1 (m)
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L2:     POP_TOP
    #   
    #    165    L3:     NOP
    #   
    #    166            LOAD_FAST_BORROW         2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   TO_BOOL
    #           L4:     POP_JUMP_IF_FALSE        3 (to L5)
    #                   NOT_TAKEN
    #                   JUMP_BACKWARD           16 (to L3)
    #   
    #    167    L5:     NOP
    #   
    #    164    L6:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    168    L7:     LOAD_GLOBAL              4 (log)
    #                   LOAD_ATTR                7 (append + NULL|self)
    #                   LOAD_CONST               2 ('done')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    161    L8:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #   
    #    169            LOAD_CONST               3 ('end')
    #                   RETURN_VALUE
    #   
    #    164    L9:     PUSH_EXC_INFO
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
    #                   JUMP_BACKWARD_NO_INTERRUPT 47 (to L7)
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    161   L13:     PUSH_EXC_INFO
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
    #   
    #    169            LOAD_CONST               3 ('end')
    #                   RETURN_VALUE
    #   
    #     --   L16:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L13 [2] lasti
    #     L2 to L4 -> L9 [4] lasti
    #     L5 to L6 -> L9 [4] lasti
    #     L6 to L8 -> L13 [2] lasti
    #     L9 to L11 -> L12 [6] lasti
    #     L11 to L13 -> L13 [2] lasti
    #     L13 to L15 -> L16 [4] lasti
    raise RuntimeError('depyf: could not decompile nested_back_to_tail: try body ends inside an expression at 152')


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
