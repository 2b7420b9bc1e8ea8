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
    # depyf: could not decompile nested3_const: a with's suppressing path and its normal exit go on apart at 104
    #     65            RESUME                   0
    #   
    #     66            NOP
    #   
    #     67    L1:     LOAD_FAST                0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       68 (to L9)
    #   
    #     68            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              2 (KeyError)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #     69            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              4 (TypeError)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #   
    #     70            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #     71            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   POP_TOP
    #   
    #     72            NOP
    #   
    #     70    L5:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #     69    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #     68    L7:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L8:     RETURN_CONST             1 (3)
    #   
    #     74    L9:     RETURN_CONST             2 (1)
    #   
    #     70   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L11)
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L14)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     70   L14:     NOP
    #   
    #     69   L15:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L20)
    #          L16:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L17)
    #                   RERAISE                  2
    #          L17:     POP_TOP
    #          L18:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L20)
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     68   L20:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L25)
    #          L21:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L22)
    #                   RERAISE                  2
    #          L22:     POP_TOP
    #          L23:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L25)
    #   
    #     --   L24:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #     77   L25:     RETURN_CONST             4 ('after')
    #   
    #     --   L26:     PUSH_EXC_INFO
    #   
    #     75            LOAD_GLOBAL              6 (IndexError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L28)
    #                   POP_TOP
    #   
    #     76   L27:     POP_EXCEPT
    #                   RETURN_CONST             3 (2)
    #   
    #     75   L28:     RERAISE                  0
    #   
    #     --   L29:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L26 [0]
    #     L2 to L3 -> L21 [1] lasti
    #     L3 to L4 -> L16 [2] lasti
    #     L4 to L5 -> L10 [3] lasti
    #     L5 to L6 -> L16 [2] lasti
    #     L6 to L7 -> L21 [1] lasti
    #     L7 to L8 -> L26 [0]
    #     L10 to L12 -> L13 [5] lasti
    #     L12 to L14 -> L16 [2] lasti
    #     L15 to L16 -> L21 [1] lasti
    #     L16 to L18 -> L19 [4] lasti
    #     L18 to L20 -> L21 [1] lasti
    #     L20 to L21 -> L26 [0]
    #     L21 to L23 -> L24 [3] lasti
    #     L23 to L25 -> L26 [0]
    #     L26 to L27 -> L29 [1] lasti
    #     L28 to L29 -> L29 [1] lasti
    raise RuntimeError("depyf: could not decompile nested3_const: a with's suppressing path and its normal exit go on apart at 104")


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
    for f, args, want, logged in (nested_const, (Manager(), quiet), 3, None), (nested_const, (suppress, typ), None, None), (nested_const, (Manager(), key), None, ('exit', 'KeyError')), (nested_const, (Manager(), index), 'index', None), (nested_const_in_if, (1, Manager(), quiet), 3, None), (nested_const_in_if, (0, Manager(), quiet), 4, None), (nested_const_in_if, (1, suppress, typ), 4, None), (nested_const_in_if, (1, Manager(), key), 4, ('exit', 'KeyError')), (nested3_const, (1, Manager(), quiet), 3, None), (nested3_const, (0, Manager(), quiet), 1, None), (nested3_const, (1, Manager(IndexError), index), 'after', None), (nested3_const, (1, Manager(), typ), 'after', ('exit', 'TypeError')), (nested3_const, (1, Manager(), index), 2, None), (nested3_mid_log, (1, Manager(), quiet), (), None), (nested3_mid_log, (0, Manager(), quiet), 1, None), (nested3_mid_log, (1, suppress, typ), 'after', 'mid'), (nested3_mid_log, (1, Manager(), typ), 'after', ('exit', 'TypeError')), (nested3_mid_log, (1, Manager(), key), 'after', ('exit', 'KeyError')), (nested3_mid_log, (1, Manager(), index), 2, None), (nested3_after_log, (1, Manager(), quiet), (), None), (nested3_after_log, (0, Manager(), quiet), 1, None), (nested3_after_log, (1, suppress, typ), 'after', 'after'), (nested3_after_log, (1, Manager(), index), 2, None), (nested_log_no_try, (1, Manager(), quiet), (), None), (nested_log_no_try, (0, Manager(), quiet), 'after', None), (nested_log_no_try, (1, suppress, typ), 'after', 'outer'), (nested_log_no_try, (1, Manager(), key), 'after', ('exit', 'KeyError')), (nested_log_no_if, (Manager(), quiet), (), None), (nested_log_no_if, (suppress, typ), 'after', 'outer'), (nested_log_no_if, (Manager(), index), 2, None), (nested_log_after_log, (1, Manager(), quiet), (), None), (nested_log_after_log, (0, Manager(), quiet), 1, None), (nested_log_after_log, (1, suppress, typ), 'after', 'outer'), (nested_log_after_log, (1, Manager(), index), 2, None), (nested_log_value, (1, Manager(), quiet), (), None), (nested_log_value, (0, Manager(), quiet), 1, None), (nested_log_value, (1, suppress, typ), None, 'outer'), (nested_log_value, (1, Manager(), key), 'unset', ('exit', 'KeyError')), (nested_log_value, (1, Manager(), index), 2, None), (nested_back_to_tail, (1, Manager(), quiet), 'end', 'done'), (nested_back_to_tail, (0, Manager(), quiet), 'end', 'in'), (nested_back_to_tail, (1, suppress, typ), 'end', 'done'), (nested_back_to_tail, (1, Manager(), key), 'end', ('exit', 'KeyError')):
        try:
            got = fell_back(f, *args)
        except IndexError:
            got = 'index'
        assert got is FELL or got == want, (f.__name__, args, got, want)
        assert got is FELL or logged is None or logged in log, (f.__name__, args, log)
        log.clear()
    assert outer.suppress is KeyError

check()
