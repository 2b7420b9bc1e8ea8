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
    # depyf: could not decompile nested3_const: a with's suppressing path and its normal exit go on apart at 94
    #    65           0 RESUME                   0
    #   
    #    66           2 NOP
    #   
    #    67           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       68 (to 144)
    #   
    #    68           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #    69          40 LOAD_GLOBAL              1 (NULL + Manager)
    #                50 LOAD_GLOBAL              4 (TypeError)
    #                60 CALL                     1
    #                68 BEFORE_WITH
    #                70 POP_TOP
    #   
    #    70          72 LOAD_FAST                1 (m)
    #                74 BEFORE_WITH
    #                76 POP_TOP
    #   
    #    71          78 PUSH_NULL
    #                80 LOAD_FAST                2 (r)
    #                82 CALL                     0
    #                90 POP_TOP
    #   
    #    72          92 NOP
    #   
    #    70          94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #   
    #    69         110 LOAD_CONST               0 (None)
    #               112 LOAD_CONST               0 (None)
    #               114 LOAD_CONST               0 (None)
    #               116 CALL                     2
    #               124 POP_TOP
    #   
    #    68         126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 LOAD_CONST               0 (None)
    #               132 CALL                     2
    #               140 POP_TOP
    #               142 RETURN_CONST             1 (3)
    #   
    #    74     >>  144 RETURN_CONST             2 (1)
    #   
    #    70     >>  146 PUSH_EXC_INFO
    #               148 WITH_EXCEPT_START
    #               150 POP_JUMP_IF_TRUE         1 (to 154)
    #               152 RERAISE                  2
    #           >>  154 POP_TOP
    #               156 POP_EXCEPT
    #               158 POP_TOP
    #               160 POP_TOP
    #               162 JUMP_FORWARD             3 (to 170)
    #           >>  164 COPY                     3
    #               166 POP_EXCEPT
    #               168 RERAISE                  1
    #           >>  170 NOP
    #   
    #    69         172 LOAD_CONST               0 (None)
    #               174 LOAD_CONST               0 (None)
    #               176 LOAD_CONST               0 (None)
    #               178 CALL                     2
    #               186 POP_TOP
    #               188 JUMP_FORWARD            12 (to 214)
    #           >>  190 PUSH_EXC_INFO
    #               192 WITH_EXCEPT_START
    #               194 POP_JUMP_IF_TRUE         1 (to 198)
    #               196 RERAISE                  2
    #           >>  198 POP_TOP
    #               200 POP_EXCEPT
    #               202 POP_TOP
    #               204 POP_TOP
    #               206 JUMP_FORWARD             3 (to 214)
    #           >>  208 COPY                     3
    #               210 POP_EXCEPT
    #               212 RERAISE                  1
    #   
    #    68     >>  214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 LOAD_CONST               0 (None)
    #               220 CALL                     2
    #               228 POP_TOP
    #   
    #    77         230 RETURN_CONST             4 ('after')
    #   
    #    68     >>  232 PUSH_EXC_INFO
    #               234 WITH_EXCEPT_START
    #               236 POP_JUMP_IF_TRUE         1 (to 240)
    #               238 RERAISE                  2
    #           >>  240 POP_TOP
    #               242 POP_EXCEPT
    #               244 POP_TOP
    #               246 POP_TOP
    #   
    #    77         248 RETURN_CONST             4 ('after')
    #           >>  250 COPY                     3
    #               252 POP_EXCEPT
    #               254 RERAISE                  1
    #           >>  256 PUSH_EXC_INFO
    #   
    #    75         258 LOAD_GLOBAL              6 (IndexError)
    #               268 CHECK_EXC_MATCH
    #               270 POP_JUMP_IF_FALSE        3 (to 278)
    #               272 POP_TOP
    #   
    #    76         274 POP_EXCEPT
    #               276 RETURN_CONST             3 (2)
    #   
    #    75     >>  278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #   ExceptionTable:
    #     4 to 36 -> 256 [0]
    #     38 to 68 -> 232 [1] lasti
    #     70 to 74 -> 190 [2] lasti
    #     76 to 92 -> 146 [3] lasti
    #     94 to 108 -> 190 [2] lasti
    #     110 to 124 -> 232 [1] lasti
    #     126 to 140 -> 256 [0]
    #     146 to 154 -> 164 [5] lasti
    #     156 to 168 -> 190 [2] lasti
    #     172 to 188 -> 232 [1] lasti
    #     190 to 198 -> 208 [4] lasti
    #     200 to 212 -> 232 [1] lasti
    #     214 to 228 -> 256 [0]
    #     232 to 240 -> 250 [3] lasti
    #     242 to 246 -> 256 [0]
    #     250 to 254 -> 256 [0]
    #     256 to 272 -> 280 [1] lasti
    #     278 to 278 -> 280 [1] lasti
    raise RuntimeError("depyf: could not decompile nested3_const: a with's suppressing path and its normal exit go on apart at 94")


def nested3_mid_log(a, m, r):
    try:
        if a:
            with Manager(KeyError), Manager(TypeError):
                with m:
                    return r()
                log.append('mid')
        else:
            return 1
        return 'after'
    except IndexError:
        return 2


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
