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
    # depyf: could not decompile nested3_const: a with's suppressing path and its normal exit go on apart at 120
    #    65           0 RESUME                   0
    #   
    #    66           2 NOP
    #   
    #    67           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_FORWARD_IF_FALSE   150 (to 308)
    #   
    #    68           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                20 LOAD_GLOBAL              2 (KeyError)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #    69          50 LOAD_GLOBAL              1 (NULL + Manager)
    #                62 LOAD_GLOBAL              4 (TypeError)
    #                74 PRECALL                  1
    #                78 CALL                     1
    #                88 BEFORE_WITH
    #                90 POP_TOP
    #   
    #    70          92 LOAD_FAST                1 (m)
    #                94 BEFORE_WITH
    #                96 POP_TOP
    #   
    #    71          98 PUSH_NULL
    #               100 LOAD_FAST                2 (r)
    #               102 PRECALL                  0
    #               106 CALL                     0
    #               116 POP_TOP
    #   
    #    72         118 NOP
    #   
    #    70         120 LOAD_CONST               0 (None)
    #               122 LOAD_CONST               0 (None)
    #               124 LOAD_CONST               0 (None)
    #               126 PRECALL                  2
    #               130 CALL                     2
    #               140 POP_TOP
    #   
    #    69         142 LOAD_CONST               0 (None)
    #               144 LOAD_CONST               0 (None)
    #               146 LOAD_CONST               0 (None)
    #               148 PRECALL                  2
    #               152 CALL                     2
    #               162 POP_TOP
    #   
    #    68         164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 LOAD_CONST               0 (None)
    #               170 PRECALL                  2
    #               174 CALL                     2
    #               184 POP_TOP
    #               186 LOAD_CONST               1 (3)
    #               188 RETURN_VALUE
    #   
    #    70     >>  190 PUSH_EXC_INFO
    #               192 WITH_EXCEPT_START
    #               194 POP_JUMP_FORWARD_IF_TRUE     4 (to 204)
    #               196 RERAISE                  2
    #           >>  198 COPY                     3
    #               200 POP_EXCEPT
    #               202 RERAISE                  1
    #           >>  204 POP_TOP
    #               206 POP_EXCEPT
    #               208 POP_TOP
    #               210 POP_TOP
    #               212 NOP
    #   
    #    69         214 LOAD_CONST               0 (None)
    #               216 LOAD_CONST               0 (None)
    #               218 LOAD_CONST               0 (None)
    #               220 PRECALL                  2
    #               224 CALL                     2
    #               234 POP_TOP
    #               236 JUMP_FORWARD            11 (to 260)
    #           >>  238 PUSH_EXC_INFO
    #               240 WITH_EXCEPT_START
    #               242 POP_JUMP_FORWARD_IF_TRUE     4 (to 252)
    #               244 RERAISE                  2
    #           >>  246 COPY                     3
    #               248 POP_EXCEPT
    #               250 RERAISE                  1
    #           >>  252 POP_TOP
    #               254 POP_EXCEPT
    #               256 POP_TOP
    #               258 POP_TOP
    #   
    #    68     >>  260 LOAD_CONST               0 (None)
    #               262 LOAD_CONST               0 (None)
    #               264 LOAD_CONST               0 (None)
    #               266 PRECALL                  2
    #               270 CALL                     2
    #               280 POP_TOP
    #               282 JUMP_FORWARD            11 (to 306)
    #           >>  284 PUSH_EXC_INFO
    #               286 WITH_EXCEPT_START
    #               288 POP_JUMP_FORWARD_IF_TRUE     4 (to 298)
    #               290 RERAISE                  2
    #           >>  292 COPY                     3
    #               294 POP_EXCEPT
    #               296 RERAISE                  1
    #           >>  298 POP_TOP
    #               300 POP_EXCEPT
    #               302 POP_TOP
    #               304 POP_TOP
    #           >>  306 JUMP_FORWARD             2 (to 312)
    #   
    #    74     >>  308 LOAD_CONST               2 (1)
    #               310 RETURN_VALUE
    #           >>  312 JUMP_FORWARD            17 (to 348)
    #           >>  314 PUSH_EXC_INFO
    #   
    #    75         316 LOAD_GLOBAL              6 (IndexError)
    #               328 CHECK_EXC_MATCH
    #               330 POP_JUMP_FORWARD_IF_FALSE     4 (to 340)
    #               332 POP_TOP
    #   
    #    76         334 POP_EXCEPT
    #               336 LOAD_CONST               3 (2)
    #               338 RETURN_VALUE
    #   
    #    75     >>  340 RERAISE                  0
    #           >>  342 COPY                     3
    #               344 POP_EXCEPT
    #               346 RERAISE                  1
    #   
    #    77     >>  348 LOAD_CONST               4 ('after')
    #               350 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 46 -> 314 [0]
    #     48 to 88 -> 284 [1] lasti
    #     90 to 94 -> 238 [2] lasti
    #     96 to 118 -> 190 [3] lasti
    #     120 to 140 -> 238 [2] lasti
    #     142 to 162 -> 284 [1] lasti
    #     164 to 184 -> 314 [0]
    #     190 to 196 -> 198 [5] lasti
    #     198 to 202 -> 238 [2] lasti
    #     204 to 204 -> 198 [5] lasti
    #     206 to 210 -> 238 [2] lasti
    #     214 to 236 -> 284 [1] lasti
    #     238 to 244 -> 246 [4] lasti
    #     246 to 250 -> 284 [1] lasti
    #     252 to 252 -> 246 [4] lasti
    #     254 to 258 -> 284 [1] lasti
    #     260 to 282 -> 314 [0]
    #     284 to 290 -> 292 [3] lasti
    #     292 to 296 -> 314 [0]
    #     298 to 298 -> 292 [3] lasti
    #     300 to 306 -> 314 [0]
    #     314 to 332 -> 342 [1] lasti
    #     340 to 340 -> 342 [1] lasti
    raise RuntimeError("depyf: could not decompile nested3_const: a with's suppressing path and its normal exit go on apart at 120")


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
    except IndexError:
        return 2
    return 'after'


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
