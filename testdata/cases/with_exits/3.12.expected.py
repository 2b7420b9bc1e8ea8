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


def with_then_return(a, m, r):
    try:
        if a:
            with m:
                r()
            return 3
        if a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_then_log_return(a, m, r):
    try:
        if a:
            with m:
                r()
            log.append('then')
            return 3
        if a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_elif_store(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            log.append('none')
        return 'after'
    except KeyError:
        return 2


def with_else_return(a, m, r):
    try:
        if a:
            with m:
                return r()
        else:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_then_call(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
        r()
        return 'after'
    except KeyError:
        return 2


def with_try_else(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
        return 'else'
    except KeyError:
        return 2


def with_return_in_body(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
        return 'body'
    except KeyError:
        return 2


def with_inner_try(a, m, r):
    try:
        if a:
            try:
                with m:
                    return r()
            except IndexError:
                return 4
        elif a is None:
            return 1
    except KeyError:
        return 2
    else:
        log.append('else')
        return 'after'


def with_in_nested_with(a, m, r):
    try:
        if a:
            with Manager(), m:
                return r()
        elif a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_in_while_try(items, m, r):
    while items:
        try:
            if items.pop():
                with m:
                    return r()
            elif quiet('elif'):
                return 1
        except KeyError:
            return 2
    return 'after'


def with_elif_store_else(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            log.append('none')
        return 5
    except KeyError:
        return 2


def with_falling_off(a, m, r):
    try:
        if a:
            with m:
                r()
            return 'after'
        if a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_raise_after(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
    except KeyError:
        return 2
    else:
        raise IndexError


def with_body_else(m, r):
    try:
        with m:
            r()
        return 5
    except KeyError:
        return 2


def with_return_in_try(m, r):
    try:
        with m:
            return r()
    except KeyError:
        return 2
    log.append('after')
    return 'after'


def with_return_in_try_test(a, m, r):
    try:
        with m:
            return r()
    except KeyError:
        return 2
    if a:
        return 'after'
    return 'other'


def with_store_in_try(m, r):
    try:
        with m:
            got = r()
    except KeyError:
        return 2
    else:
        return got if got else 'after'


def with_store_in_try_then(m, r):
    try:
        with m:
            got = r()
    except KeyError:
        return 2
    else:
        log.append(got)
        return 3


def with_store_in_try_else(m, r):
    try:
        with m:
            got = r()
    except KeyError:
        return 2
    else:
        log.append(got)
        return 3


def with_in_nested_with_else(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        else:
            return 1
        return 'after'
    except IndexError:
        return 2


def with_inner_try_then(a, m, r):
    try:
        if a:
            try:
                with m:
                    return r()
            except IndexError:
                return 4
            log.append('then')
        elif a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_inner_try_then_more(a, m, r):
    try:
        if a:
            try:
                with m:
                    return r()
            except IndexError:
                return 4
            log.append('then')
        elif a is None:
            return 1
        log.append('more')
        return 'after'
    except KeyError:
        return 2


def with_inner_try_then_tail(a, m, r):
    try:
        if a:
            try:
                with m:
                    return r()
            except IndexError:
                return 4
            log.append('then')
        elif a is None:
            return 1
    except KeyError:
        return 2
    else:
        log.append('tail')
        return 'after'


def with_in_nested_with_else_log(a, m, r):
    try:
        if a:
            with Manager(KeyError):
                with m:
                    return r()
                log.append('outer')
        else:
            return 1
        return 'after'
    except IndexError:
        return 2


def with_in_nested_with_else_raise(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        else:
            raise KeyError
        return 'after'
    except IndexError:
        return 2


def with_in_nested_with_elif_log(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        elif a is None:
            log.append('none')
        return 'after'
    except IndexError:
        return 2


def with_in_nested_with_else_log_return(a, m, r):
    # depyf: could not decompile with_in_nested_with_else_log_return: a with suppressing leaves the region at 8
    #   384           0 RESUME                   0
    #   
    #   385           2 NOP
    #   
    #   386           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       44 (to 96)
    #   
    #   387           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   388          40 LOAD_FAST                1 (m)
    #                42 BEFORE_WITH
    #                44 POP_TOP
    #   
    #   389          46 PUSH_NULL
    #                48 LOAD_FAST                2 (r)
    #                50 CALL                     0
    #   
    #   388          58 SWAP                     2
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #   
    #   387          76 SWAP                     2
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 RETURN_VALUE
    #   
    #   391     >>   96 LOAD_GLOBAL              4 (log)
    #               106 LOAD_ATTR                7 (NULL|self + append)
    #               126 LOAD_CONST               1 ('other')
    #               128 CALL                     1
    #               136 POP_TOP
    #   
    #   392         138 RETURN_CONST             2 (1)
    #   
    #   388     >>  140 PUSH_EXC_INFO
    #               142 WITH_EXCEPT_START
    #               144 POP_JUMP_IF_TRUE         1 (to 148)
    #               146 RERAISE                  2
    #           >>  148 POP_TOP
    #               150 POP_EXCEPT
    #               152 POP_TOP
    #               154 POP_TOP
    #               156 JUMP_FORWARD             3 (to 164)
    #           >>  158 COPY                     3
    #               160 POP_EXCEPT
    #               162 RERAISE                  1
    #           >>  164 NOP
    #   
    #   387         166 LOAD_CONST               0 (None)
    #               168 LOAD_CONST               0 (None)
    #               170 LOAD_CONST               0 (None)
    #               172 CALL                     2
    #               180 POP_TOP
    #   
    #   395         182 RETURN_CONST             4 ('after')
    #   
    #   387     >>  184 PUSH_EXC_INFO
    #               186 WITH_EXCEPT_START
    #               188 POP_JUMP_IF_TRUE         1 (to 192)
    #               190 RERAISE                  2
    #           >>  192 POP_TOP
    #               194 POP_EXCEPT
    #               196 POP_TOP
    #               198 POP_TOP
    #   
    #   395         200 RETURN_CONST             4 ('after')
    #           >>  202 COPY                     3
    #               204 POP_EXCEPT
    #               206 RERAISE                  1
    #           >>  208 PUSH_EXC_INFO
    #   
    #   393         210 LOAD_GLOBAL              8 (IndexError)
    #               220 CHECK_EXC_MATCH
    #               222 POP_JUMP_IF_FALSE        3 (to 230)
    #               224 POP_TOP
    #   
    #   394         226 POP_EXCEPT
    #               228 RETURN_CONST             3 (2)
    #   
    #   393     >>  230 RERAISE                  0
    #           >>  232 COPY                     3
    #               234 POP_EXCEPT
    #               236 RERAISE                  1
    #   ExceptionTable:
    #     4 to 36 -> 208 [0]
    #     38 to 42 -> 184 [1] lasti
    #     44 to 56 -> 140 [2] lasti
    #     58 to 74 -> 184 [1] lasti
    #     76 to 92 -> 208 [0]
    #     96 to 136 -> 208 [0]
    #     140 to 148 -> 158 [4] lasti
    #     150 to 162 -> 184 [1] lasti
    #     166 to 180 -> 208 [0]
    #     184 to 192 -> 202 [3] lasti
    #     194 to 198 -> 208 [0]
    #     202 to 206 -> 208 [0]
    #     208 to 224 -> 232 [1] lasti
    #     230 to 230 -> 232 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else_log_return: a with suppressing leaves the region at 8')


def with_in_nested_with3_else(a, m, r):
    try:
        if a:
            with Manager(KeyError), Manager(TypeError), m:
                return r()
        else:
            return 1
        return 'after'
    except IndexError:
        return 2


def with_in_nested_with_const(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                r()
                return 3
        else:
            return 1
        return 'after'
    except IndexError:
        return 2


def with_in_nested_with_else_after_log(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        else:
            return 1
    except IndexError:
        return 2
    log.append('after')
    return 'after'


def with_else_log_return(a, m, r):
    try:
        if a:
            with m:
                return r()
        else:
            log.append('other')
            return a
        return 'after'
    except IndexError:
        return 2


def with_loop_else_log_return(a, m, r):
    # depyf: could not decompile with_loop_else_log_return: a with suppressing leaves the region at 18
    #   453           0 RESUME                   0
    #   
    #   454           2 LOAD_FAST                0 (a)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                48 (to 106)
    #                10 STORE_FAST               3 (x)
    #   
    #   455          12 NOP
    #   
    #   456          14 LOAD_FAST                3 (x)
    #                16 POP_JUMP_IF_FALSE       21 (to 60)
    #   
    #   457          18 LOAD_FAST                1 (m)
    #                20 BEFORE_WITH
    #                22 POP_TOP
    #   
    #   458          24 PUSH_NULL
    #                26 LOAD_FAST                2 (r)
    #                28 CALL                     0
    #   
    #   457          36 SWAP                     2
    #                38 LOAD_CONST               0 (None)
    #                40 LOAD_CONST               0 (None)
    #                42 LOAD_CONST               0 (None)
    #                44 CALL                     2
    #                52 POP_TOP
    #                54 SWAP                     2
    #                56 POP_TOP
    #                58 RETURN_VALUE
    #   
    #   460     >>   60 LOAD_GLOBAL              0 (log)
    #                70 LOAD_ATTR                3 (NULL|self + append)
    #                90 LOAD_CONST               1 ('other')
    #                92 CALL                     1
    #               100 POP_TOP
    #   
    #   461         102 POP_TOP
    #               104 RETURN_CONST             2 (1)
    #   
    #   454     >>  106 END_FOR
    #   
    #   464         108 RETURN_CONST             4 ('after')
    #   
    #   457     >>  110 PUSH_EXC_INFO
    #               112 WITH_EXCEPT_START
    #               114 POP_JUMP_IF_TRUE         1 (to 118)
    #               116 RERAISE                  2
    #           >>  118 POP_TOP
    #               120 POP_EXCEPT
    #               122 POP_TOP
    #               124 POP_TOP
    #               126 JUMP_FORWARD             3 (to 134)
    #           >>  128 COPY                     3
    #               130 POP_EXCEPT
    #               132 RERAISE                  1
    #           >>  134 JUMP_BACKWARD           65 (to 6)
    #           >>  136 PUSH_EXC_INFO
    #   
    #   462         138 LOAD_GLOBAL              4 (IndexError)
    #               148 CHECK_EXC_MATCH
    #               150 POP_JUMP_IF_FALSE        4 (to 160)
    #               152 POP_TOP
    #   
    #   463         154 POP_EXCEPT
    #               156 POP_TOP
    #               158 RETURN_CONST             3 (2)
    #   
    #   462     >>  160 RERAISE                  0
    #           >>  162 COPY                     3
    #               164 POP_EXCEPT
    #               166 RERAISE                  1
    #   ExceptionTable:
    #     14 to 20 -> 136 [1]
    #     22 to 34 -> 110 [2] lasti
    #     36 to 52 -> 136 [1]
    #     60 to 100 -> 136 [1]
    #     110 to 118 -> 128 [4] lasti
    #     120 to 132 -> 136 [1]
    #     136 to 152 -> 162 [2] lasti
    #     160 to 160 -> 162 [2] lasti
    raise RuntimeError('depyf: could not decompile with_loop_else_log_return: a with suppressing leaves the region at 18')


def with_in_nested_with_loop_else(a, m, r):
    # depyf: could not decompile with_in_nested_with_loop_else: a with suppressing leaves the region at 18
    #   467           0 RESUME                   0
    #   
    #   468           2 LOAD_FAST                0 (a)
    #                 4 GET_ITER
    #           >>    6 FOR_ITER                73 (to 156)
    #                10 STORE_FAST               3 (x)
    #   
    #   469          12 NOP
    #   
    #   470          14 LOAD_FAST                3 (x)
    #                16 POP_JUMP_IF_FALSE       46 (to 110)
    #   
    #   471          18 LOAD_GLOBAL              1 (NULL + Manager)
    #                28 LOAD_GLOBAL              2 (KeyError)
    #                38 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #   472          50 LOAD_FAST                1 (m)
    #                52 BEFORE_WITH
    #                54 POP_TOP
    #   
    #   473          56 PUSH_NULL
    #                58 LOAD_FAST                2 (r)
    #                60 CALL                     0
    #   
    #   472          68 SWAP                     2
    #                70 LOAD_CONST               0 (None)
    #                72 LOAD_CONST               0 (None)
    #                74 LOAD_CONST               0 (None)
    #                76 CALL                     2
    #                84 POP_TOP
    #   
    #   471          86 SWAP                     2
    #                88 LOAD_CONST               0 (None)
    #                90 LOAD_CONST               0 (None)
    #                92 LOAD_CONST               0 (None)
    #                94 CALL                     2
    #               102 POP_TOP
    #               104 SWAP                     2
    #               106 POP_TOP
    #               108 RETURN_VALUE
    #   
    #   475     >>  110 LOAD_GLOBAL              4 (log)
    #               120 LOAD_ATTR                7 (NULL|self + append)
    #               140 LOAD_CONST               1 ('other')
    #               142 CALL                     1
    #               150 POP_TOP
    #   
    #   476         152 POP_TOP
    #               154 RETURN_CONST             2 (1)
    #   
    #   468     >>  156 END_FOR
    #   
    #   479         158 RETURN_CONST             4 ('after')
    #   
    #   472     >>  160 PUSH_EXC_INFO
    #               162 WITH_EXCEPT_START
    #               164 POP_JUMP_IF_TRUE         1 (to 168)
    #               166 RERAISE                  2
    #           >>  168 POP_TOP
    #               170 POP_EXCEPT
    #               172 POP_TOP
    #               174 POP_TOP
    #               176 JUMP_FORWARD             3 (to 184)
    #           >>  178 COPY                     3
    #               180 POP_EXCEPT
    #               182 RERAISE                  1
    #           >>  184 NOP
    #   
    #   471         186 LOAD_CONST               0 (None)
    #               188 LOAD_CONST               0 (None)
    #               190 LOAD_CONST               0 (None)
    #               192 CALL                     2
    #               200 POP_TOP
    #               202 JUMP_FORWARD            12 (to 228)
    #           >>  204 PUSH_EXC_INFO
    #               206 WITH_EXCEPT_START
    #               208 POP_JUMP_IF_TRUE         1 (to 212)
    #               210 RERAISE                  2
    #           >>  212 POP_TOP
    #               214 POP_EXCEPT
    #               216 POP_TOP
    #               218 POP_TOP
    #               220 JUMP_FORWARD             3 (to 228)
    #           >>  222 COPY                     3
    #               224 POP_EXCEPT
    #               226 RERAISE                  1
    #           >>  228 JUMP_BACKWARD          112 (to 6)
    #           >>  230 PUSH_EXC_INFO
    #   
    #   477         232 LOAD_GLOBAL              8 (IndexError)
    #               242 CHECK_EXC_MATCH
    #               244 POP_JUMP_IF_FALSE        4 (to 254)
    #               246 POP_TOP
    #   
    #   478         248 POP_EXCEPT
    #               250 POP_TOP
    #               252 RETURN_CONST             3 (2)
    #   
    #   477     >>  254 RERAISE                  0
    #           >>  256 COPY                     3
    #               258 POP_EXCEPT
    #               260 RERAISE                  1
    #   ExceptionTable:
    #     14 to 46 -> 230 [1]
    #     48 to 52 -> 204 [2] lasti
    #     54 to 66 -> 160 [3] lasti
    #     68 to 84 -> 204 [2] lasti
    #     86 to 102 -> 230 [1]
    #     110 to 150 -> 230 [1]
    #     160 to 168 -> 178 [5] lasti
    #     170 to 182 -> 204 [2] lasti
    #     186 to 202 -> 230 [1]
    #     204 to 212 -> 222 [4] lasti
    #     214 to 226 -> 230 [1]
    #     230 to 246 -> 256 [2] lasti
    #     254 to 254 -> 256 [2] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_loop_else: a with suppressing leaves the region at 18')


def with_return_with_else_return(a, m, r):
    # depyf: could not decompile with_return_with_else_return: a with suppressing leaves the region at 8
    #   482           0 RESUME                   0
    #   
    #   483           2 NOP
    #   
    #   484           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       19 (to 46)
    #   
    #   485           8 LOAD_FAST                1 (m)
    #                10 BEFORE_WITH
    #                12 POP_TOP
    #   
    #   486          14 PUSH_NULL
    #                16 LOAD_FAST                2 (r)
    #                18 CALL                     0
    #   
    #   485          26 SWAP                     2
    #                28 LOAD_CONST               0 (None)
    #                30 LOAD_CONST               0 (None)
    #                32 LOAD_CONST               0 (None)
    #                34 CALL                     2
    #                42 POP_TOP
    #                44 RETURN_VALUE
    #   
    #   488     >>   46 LOAD_FAST                1 (m)
    #                48 BEFORE_WITH
    #                50 POP_TOP
    #   
    #   489          52 LOAD_GLOBAL              0 (log)
    #                62 LOAD_ATTR                3 (NULL|self + append)
    #                82 LOAD_CONST               1 ('other')
    #                84 CALL                     1
    #                92 POP_TOP
    #   
    #   488          94 LOAD_CONST               0 (None)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               0 (None)
    #               100 CALL                     2
    #               108 POP_TOP
    #   
    #   490         110 RETURN_CONST             2 (1)
    #   
    #   485     >>  112 PUSH_EXC_INFO
    #               114 WITH_EXCEPT_START
    #               116 POP_JUMP_IF_TRUE         1 (to 120)
    #               118 RERAISE                  2
    #           >>  120 POP_TOP
    #               122 POP_EXCEPT
    #               124 POP_TOP
    #               126 POP_TOP
    #   
    #   493         128 RETURN_CONST             4 ('after')
    #           >>  130 COPY                     3
    #               132 POP_EXCEPT
    #               134 RERAISE                  1
    #   
    #   488     >>  136 PUSH_EXC_INFO
    #               138 WITH_EXCEPT_START
    #               140 POP_JUMP_IF_TRUE         1 (to 144)
    #               142 RERAISE                  2
    #           >>  144 POP_TOP
    #               146 POP_EXCEPT
    #               148 POP_TOP
    #               150 POP_TOP
    #   
    #   490         152 RETURN_CONST             2 (1)
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #           >>  160 PUSH_EXC_INFO
    #   
    #   491         162 LOAD_GLOBAL              4 (IndexError)
    #               172 CHECK_EXC_MATCH
    #               174 POP_JUMP_IF_FALSE        3 (to 182)
    #               176 POP_TOP
    #   
    #   492         178 POP_EXCEPT
    #               180 RETURN_CONST             3 (2)
    #   
    #   491     >>  182 RERAISE                  0
    #           >>  184 COPY                     3
    #               186 POP_EXCEPT
    #               188 RERAISE                  1
    #   ExceptionTable:
    #     4 to 10 -> 160 [0]
    #     12 to 24 -> 112 [1] lasti
    #     26 to 42 -> 160 [0]
    #     46 to 48 -> 160 [0]
    #     50 to 92 -> 136 [1] lasti
    #     94 to 108 -> 160 [0]
    #     112 to 120 -> 130 [3] lasti
    #     122 to 126 -> 160 [0]
    #     130 to 134 -> 160 [0]
    #     136 to 144 -> 154 [3] lasti
    #     146 to 150 -> 160 [0]
    #     154 to 158 -> 160 [0]
    #     160 to 176 -> 184 [1] lasti
    #     182 to 182 -> 184 [1] lasti
    raise RuntimeError('depyf: could not decompile with_return_with_else_return: a with suppressing leaves the region at 8')


def check():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want in (with_then_return, (1, Manager(), quiet), 3), (with_then_return, (None, Manager(), quiet), 1), (with_then_return, (0, Manager(), quiet), 'after'), (with_then_return, (1, suppress, key), 3), (with_then_return, (1, Manager(), key), 2), (with_then_log_return, (1, Manager(), quiet), 3), (with_then_log_return, (None, Manager(), quiet), 1), (with_then_log_return, (0, Manager(), quiet), 'after'), (with_then_log_return, (1, suppress, key), 3), (with_then_log_return, (1, Manager(), key), 2), (with_elif_store, (1, Manager(), quiet), ()), (with_elif_store, (None, Manager(), quiet), 'after'), (with_elif_store, (0, Manager(), quiet), 'after'), (with_elif_store, (1, suppress, key), 'after'), (with_elif_store, (1, Manager(), key), 2), (with_else_return, (1, Manager(), quiet), ()), (with_else_return, (None, Manager(), quiet), 1), (with_else_return, (0, Manager(), quiet), 1), (with_else_return, (1, suppress, key), 'after'), (with_else_return, (1, Manager(), key), 2), (with_then_call, (1, Manager(), quiet), ()), (with_then_call, (None, Manager(), quiet), 1), (with_then_call, (0, Manager(), quiet), 'after'), (with_then_call, (0, Manager(), key), 2), (with_then_call, (1, suppress, key), 2), (with_then_call, (1, Manager(), key), 2), (with_try_else, (1, Manager(), quiet), ()), (with_try_else, (None, Manager(), quiet), 1), (with_try_else, (0, Manager(), quiet), 'else'), (with_try_else, (1, suppress, key), 'else'), (with_try_else, (1, Manager(), key), 2), (with_return_in_body, (1, Manager(), quiet), ()), (with_return_in_body, (None, Manager(), quiet), 1), (with_return_in_body, (0, Manager(), quiet), 'body'), (with_return_in_body, (1, suppress, key), 'body'), (with_return_in_body, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), quiet), ()), (with_inner_try, (None, Manager(), quiet), 1), (with_inner_try, (0, Manager(), quiet), ('after', 'else')), (with_inner_try, (1, suppress, key), ('after', 'else')), (with_inner_try, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), index), 4), (with_in_nested_with, (1, Manager(), quiet), ()), (with_in_nested_with, (None, Manager(), quiet), 1), (with_in_nested_with, (0, Manager(), quiet), 'after'), (with_in_nested_with, (1, suppress, key), 'after'), (with_in_nested_with, (1, Manager(), key), 2), (with_in_while_try, ([1], Manager(), quiet), ()), (with_in_while_try, ([0], Manager(), quiet), 1), (with_in_while_try, ([], Manager(), quiet), 'after'), (with_in_while_try, ([1, 1], suppress, key), 'after'), (with_in_while_try, ([0, 1], suppress, key), 1), (with_in_while_try, ([1], Manager(), key), 2), (with_elif_store_else, (1, Manager(), quiet), ()), (with_elif_store_else, (None, Manager(), quiet), 5), (with_elif_store_else, (0, Manager(), quiet), 5), (with_elif_store_else, (1, suppress, key), 5), (with_elif_store_else, (1, Manager(), key), 2), (with_falling_off, (1, Manager(), quiet), 'after'), (with_falling_off, (None, Manager(), quiet), 1), (with_falling_off, (0, Manager(), quiet), 'after'), (with_falling_off, (1, suppress, key), 'after'), (with_falling_off, (1, Manager(), key), 2), (with_raise_after, (1, Manager(), quiet), ()), (with_raise_after, (None, Manager(), quiet), 1), (with_raise_after, (0, Manager(), quiet), 'index'), (with_raise_after, (1, suppress, key), 'index'), (with_raise_after, (1, Manager(), key), 2), (with_return_in_try, (Manager(), quiet), ()), (with_return_in_try, (suppress, key), ('after', 'after')), (with_return_in_try, (Manager(), key), 2), (with_return_in_try_test, (1, Manager(), quiet), ()), (with_return_in_try_test, (1, suppress, key), 'after'), (with_return_in_try_test, (0, suppress, key), 'other'), (with_return_in_try_test, (1, Manager(), key), 2), (with_store_in_try, (Manager(), quiet), 'after'), (with_store_in_try, (Manager(), key), 2), (with_store_in_try_then, (Manager(), quiet), (3, ())), (with_store_in_try_then, (Manager(), key), 2), (with_store_in_try_else, (Manager(), quiet), (3, ())), (with_store_in_try_else, (Manager(), key), 2), (with_in_nested_with_else, (1, Manager(), quiet), ()), (with_in_nested_with_else, (0, Manager(), quiet), 1), (with_in_nested_with_else, (1, Manager(), key), 'after'), (with_in_nested_with_else, (1, suppress, key), 'after'), (with_in_nested_with_else, (1, Manager(), index), 2), (with_inner_try_then, (1, Manager(), quiet), ()), (with_inner_try_then, (None, Manager(), quiet), 1), (with_inner_try_then, (0, Manager(), quiet), 'after'), (with_inner_try_then, (1, suppress, key), ('after', 'then')), (with_inner_try_then, (1, Manager(), key), 2), (with_inner_try_then, (1, Manager(), index), 4), (with_inner_try_then_more, (1, Manager(), quiet), ()), (with_inner_try_then_more, (None, Manager(), quiet), 1), (with_inner_try_then_more, (1, suppress, key), ('after', 'then')), (with_inner_try_then_more, (1, Manager(), key), 2), (with_inner_try_then_more, (1, Manager(), index), 4), (with_inner_try_then_tail, (1, Manager(), quiet), ()), (with_inner_try_then_tail, (None, Manager(), quiet), 1), (with_inner_try_then_tail, (1, suppress, key), ('after', 'then')), (with_inner_try_then_tail, (1, Manager(), key), 2), (with_inner_try_then_tail, (1, Manager(), index), 4), (with_inner_try_then_more, (0, Manager(), quiet), ('after', 'more')), (with_inner_try_then_tail, (0, Manager(), quiet), ('after', 'tail')), (with_in_nested_with_else_log, (1, Manager(), quiet), ()), (with_in_nested_with_else_log, (0, Manager(), quiet), 1), (with_in_nested_with_else_log, (1, Manager(), key), 'after'), (with_in_nested_with_else_log, (1, suppress, key), ('after', 'outer')), (with_in_nested_with_else_log, (1, Manager(), index), 2), (with_in_nested_with_else_raise, (1, Manager(), quiet), ()), (with_in_nested_with_else_raise, (1, Manager(), key), 'after'), (with_in_nested_with_else_raise, (1, suppress, key), 'after'), (with_in_nested_with_else_raise, (1, Manager(), index), 2), (with_in_nested_with_elif_log, (1, Manager(), quiet), ()), (with_in_nested_with_elif_log, (None, Manager(), quiet), ('after', 'none')), (with_in_nested_with_elif_log, (0, Manager(), quiet), 'after'), (with_in_nested_with_elif_log, (1, Manager(), key), 'after'), (with_in_nested_with_elif_log, (1, suppress, key), 'after'), (with_in_nested_with_elif_log, (1, Manager(), index), 2), (with_in_nested_with_else_log_return, (1, Manager(), quiet), ()), (with_in_nested_with_else_log_return, (0, Manager(), quiet), (1, 'other')), (with_in_nested_with_else_log_return, (1, Manager(), key), 'after'), (with_in_nested_with_else_log_return, (1, suppress, key), 'after'), (with_in_nested_with_else_log_return, (1, Manager(), index), 2), (with_in_nested_with3_else, (1, Manager(), quiet), ()), (with_in_nested_with3_else, (0, Manager(), quiet), 1), (with_in_nested_with3_else, (1, Manager(), key), 'after'), (with_in_nested_with3_else, (1, suppress, key), 'after'), (with_in_nested_with3_else, (1, Manager(), index), 2), (with_in_nested_with3_else, (1, Manager(), raiser(TypeError)), 'after'), (with_in_nested_with_const, (1, Manager(), quiet), 3), (with_in_nested_with_const, (0, Manager(), quiet), 1), (with_in_nested_with_const, (1, Manager(), key), 'after'), (with_in_nested_with_const, (1, suppress, key), 'after'), (with_in_nested_with_const, (1, Manager(), index), 2), (with_in_nested_with_else_after_log, (1, Manager(), quiet), ()), (with_in_nested_with_else_after_log, (0, Manager(), quiet), 1), (with_in_nested_with_else_after_log, (1, Manager(), key), ('after', 'after')), (with_in_nested_with_else_after_log, (1, suppress, key), ('after', 'after')), (with_in_nested_with_else_after_log, (1, Manager(), index), 2), (with_else_log_return, (1, Manager(), quiet), ()), (with_else_log_return, (0, Manager(), quiet), (0, 'other')), (with_else_log_return, (1, suppress, key), 'after'), (with_else_log_return, (1, Manager(), index), 2), (with_loop_else_log_return, ([1], Manager(), quiet), ()), (with_loop_else_log_return, ([0], Manager(), quiet), (1, 'other')), (with_loop_else_log_return, ([1], suppress, key), 'after'), (with_loop_else_log_return, ([1, 0], suppress, key), (1, 'other')), (with_loop_else_log_return, ([1], Manager(), index), 2), (with_in_nested_with_loop_else, ([1], Manager(), quiet), ()), (with_in_nested_with_loop_else, ([0], Manager(), quiet), (1, 'other')), (with_in_nested_with_loop_else, ([1], suppress, key), 'after'), (with_in_nested_with_loop_else, ([1, 0], suppress, key), (1, 'other')), (with_in_nested_with_loop_else, ([1], Manager(), index), 2), (with_in_nested_with_loop_else, ([1, 1], Manager(), key), 'after'), (with_return_with_else_return, (1, Manager(), quiet), ()), (with_return_with_else_return, (0, Manager(), quiet), (1, 'other')), (with_return_with_else_return, (1, suppress, key), 'after'), (with_return_with_else_return, (1, Manager(), index), 2), (with_body_else, (Manager(), quiet), 5), (with_body_else, (suppress, key), 5), (with_body_else, (Manager(), key), 2):
        try:
            got = fell_back(f, *args)
        except IndexError:
            got = 'index'
        if isinstance(want, tuple) and want:
            want, logged = want
            if not (got is FELL or logged in log):
                assert False, (f.__name__, args, log)
        else:
            assert got is FELL or 'else' not in log, (f.__name__, args, log)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        log.clear()

check()

def with_in_while_try_elif_else(items, m, r):
    while items:
        try:
            if items.pop():
                with m:
                    return r()
            else:
                if items:
                    return 1
                log.append('else')
        except KeyError:
            return 2
    return 'after'


def with_inner_try_then_more_loop(items, m, r):
    while items:
        try:
            if items.pop():
                try:
                    with m:
                        return r()
                except IndexError:
                    return 4
                log.append('then')
            elif items:
                return 1
            log.append('more')
        except KeyError:
            return 2
    return 'after'


def check_loops():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want, logged, absent in (with_in_while_try_elif_else, ([1], suppress, key), 'after', None, 'else'), (with_in_while_try_elif_else, ([0], Manager(), quiet), 'after', 'else', None), (with_in_while_try_elif_else, ([1, 0], Manager(), quiet), 1, None, 'else'), (with_in_while_try_elif_else, ([0, 1], suppress, key), 'after', 'else', None), (with_inner_try_then_more_loop, ([1], suppress, key), 'after', 'more', None), (with_inner_try_then_more_loop, ([0], Manager(), quiet), 'after', 'more', None), (with_inner_try_then_more_loop, ([1, 0], Manager(), quiet), 1, None, 'more'), (with_inner_try_then_more_loop, ([1], Manager(), index), 4, None, 'more'), (with_inner_try_then_more_loop, ([1], Manager(), quiet), (), None, 'more'):
        got = fell_back(f, *args)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        assert got is FELL or logged is None or logged in log, (f.__name__, args, log)
        assert got is FELL or absent is None or absent not in log, (f.__name__, args, log)
        log.clear()

check_loops()

def with_continue_in_loop_try(items, m, r):
    # depyf: could not decompile with_continue_in_loop_try: a with suppressing leaves the region at 40
    #   741           0 RESUME                   0
    #   
    #   742     >>    2 LOAD_FAST                0 (items)
    #                 4 POP_JUMP_IF_FALSE       64 (to 134)
    #   
    #   743     >>    6 NOP
    #   
    #   744           8 LOAD_FAST                0 (items)
    #                10 LOAD_ATTR                1 (NULL|self + pop)
    #                30 CALL                     0
    #                38 POP_JUMP_IF_FALSE       19 (to 78)
    #   
    #   745          40 LOAD_FAST                1 (m)
    #                42 BEFORE_WITH
    #                44 POP_TOP
    #   
    #   746          46 PUSH_NULL
    #                48 LOAD_FAST                2 (r)
    #                50 CALL                     0
    #   
    #   745          58 SWAP                     2
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #                76 RETURN_VALUE
    #   
    #   748     >>   78 LOAD_FAST                0 (items)
    #                80 POP_JUMP_IF_FALSE        1 (to 84)
    #   
    #   749          82 RETURN_CONST             1 (1)
    #   
    #   748     >>   84 NOP
    #   
    #   752          86 LOAD_GLOBAL              4 (log)
    #                96 LOAD_ATTR                7 (NULL|self + append)
    #               116 LOAD_CONST               3 ('more')
    #               118 CALL                     1
    #               126 POP_TOP
    #   
    #   742         128 LOAD_FAST                0 (items)
    #               130 POP_JUMP_IF_FALSE        1 (to 134)
    #               132 JUMP_BACKWARD           64 (to 6)
    #   
    #   753     >>  134 RETURN_CONST             4 ('after')
    #   
    #   745     >>  136 PUSH_EXC_INFO
    #               138 WITH_EXCEPT_START
    #               140 POP_JUMP_IF_TRUE         1 (to 144)
    #               142 RERAISE                  2
    #           >>  144 POP_TOP
    #               146 POP_EXCEPT
    #               148 POP_TOP
    #               150 POP_TOP
    #               152 JUMP_FORWARD             3 (to 160)
    #           >>  154 COPY                     3
    #               156 POP_EXCEPT
    #               158 RERAISE                  1
    #   
    #   747     >>  160 JUMP_BACKWARD           80 (to 2)
    #           >>  162 PUSH_EXC_INFO
    #   
    #   750         164 LOAD_GLOBAL              2 (KeyError)
    #               174 CHECK_EXC_MATCH
    #               176 POP_JUMP_IF_FALSE        3 (to 184)
    #               178 POP_TOP
    #   
    #   751         180 POP_EXCEPT
    #               182 RETURN_CONST             2 (2)
    #   
    #   750     >>  184 RERAISE                  0
    #           >>  186 COPY                     3
    #               188 POP_EXCEPT
    #               190 RERAISE                  1
    #   ExceptionTable:
    #     8 to 42 -> 162 [0]
    #     44 to 56 -> 136 [1] lasti
    #     58 to 74 -> 162 [0]
    #     78 to 80 -> 162 [0]
    #     136 to 144 -> 154 [3] lasti
    #     146 to 158 -> 162 [0]
    #     162 to 178 -> 186 [1] lasti
    #     184 to 184 -> 186 [1] lasti
    raise RuntimeError('depyf: could not decompile with_continue_in_loop_try: a with suppressing leaves the region at 40')


def with_then_with_else_return(a, m, r):
    try:
        if a:
            with m:
                r()
            return 'after'
        with m:
            log.append('other')
        return 1
    except IndexError:
        return 2


def check_silent():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want, logged, absent in (with_continue_in_loop_try, ([1], suppress, key), 'after', None, 'more'), (with_continue_in_loop_try, ([0, 1], suppress, key), 'after', 'more', None), (with_continue_in_loop_try, ([1, 1], suppress, key), 'after', None, 'more'), (with_continue_in_loop_try, ([0], Manager(), quiet), 'after', 'more', None), (with_continue_in_loop_try, ([1, 0], Manager(), quiet), 1, None, 'more'), (with_continue_in_loop_try, ([1], Manager(), quiet), (), None, 'more'), (with_continue_in_loop_try, ([1], Manager(), key), 2, None, 'more'), (with_then_with_else_return, (1, Manager(), quiet), 'after', None, 'other'), (with_then_with_else_return, (1, suppress, key), 'after', None, 'other'), (with_then_with_else_return, (1, Manager(), index), 2, None, 'other'), (with_then_with_else_return, (0, Manager(), quiet), 1, 'other', None):
        got = fell_back(f, *args)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        assert got is FELL or logged is None or logged in log, (f.__name__, args, log)
        assert got is FELL or absent is None or absent not in log, (f.__name__, args, log)
        log.clear()

check_silent()
