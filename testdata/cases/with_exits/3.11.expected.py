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
    except KeyError:
        return 2
    return 'after'


def with_then_log_return(a, m, r):
    try:
        if a:
            with m:
                r()
            log.append('then')
            return 3
        if a is None:
            return 1
    except KeyError:
        return 2
    return 'after'


def with_elif_store(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            log.append('none')
    except KeyError:
        return 2
    return 'after'


def with_else_return(a, m, r):
    try:
        if a:
            with m:
                return r()
        else:
            return 1
    except KeyError:
        return 2
    return 'after'


def with_then_call(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
        r()
    except KeyError:
        return 2
    return 'after'


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
    # depyf: could not decompile with_in_nested_with: conditional jump out of the region at 6
    #   155           0 RESUME                   0
    #   
    #   156           2 NOP
    #   
    #   157           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_FORWARD_IF_FALSE    88 (to 184)
    #   
    #   158           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                20 PRECALL                  0
    #                24 CALL                     0
    #                34 BEFORE_WITH
    #                36 POP_TOP
    #   
    #   159          38 LOAD_FAST                1 (m)
    #                40 BEFORE_WITH
    #                42 POP_TOP
    #   
    #   160          44 PUSH_NULL
    #                46 LOAD_FAST                2 (r)
    #                48 PRECALL                  0
    #                52 CALL                     0
    #   
    #   159          62 SWAP                     2
    #                64 LOAD_CONST               0 (None)
    #                66 LOAD_CONST               0 (None)
    #                68 LOAD_CONST               0 (None)
    #                70 PRECALL                  2
    #                74 CALL                     2
    #                84 POP_TOP
    #   
    #   158          86 SWAP                     2
    #                88 LOAD_CONST               0 (None)
    #                90 LOAD_CONST               0 (None)
    #                92 LOAD_CONST               0 (None)
    #                94 PRECALL                  2
    #                98 CALL                     2
    #               108 POP_TOP
    #               110 RETURN_VALUE
    #   
    #   159     >>  112 PUSH_EXC_INFO
    #               114 WITH_EXCEPT_START
    #               116 POP_JUMP_FORWARD_IF_TRUE     4 (to 126)
    #               118 RERAISE                  2
    #           >>  120 COPY                     3
    #               122 POP_EXCEPT
    #               124 RERAISE                  1
    #           >>  126 POP_TOP
    #               128 POP_EXCEPT
    #               130 POP_TOP
    #               132 POP_TOP
    #               134 NOP
    #   
    #   158         136 LOAD_CONST               0 (None)
    #               138 LOAD_CONST               0 (None)
    #               140 LOAD_CONST               0 (None)
    #               142 PRECALL                  2
    #               146 CALL                     2
    #               156 POP_TOP
    #               158 JUMP_FORWARD            11 (to 182)
    #           >>  160 PUSH_EXC_INFO
    #               162 WITH_EXCEPT_START
    #               164 POP_JUMP_FORWARD_IF_TRUE     4 (to 174)
    #               166 RERAISE                  2
    #           >>  168 COPY                     3
    #               170 POP_EXCEPT
    #               172 RERAISE                  1
    #           >>  174 POP_TOP
    #               176 POP_EXCEPT
    #               178 POP_TOP
    #               180 POP_TOP
    #           >>  182 JUMP_FORWARD             4 (to 192)
    #   
    #   161     >>  184 LOAD_FAST                0 (a)
    #               186 POP_JUMP_FORWARD_IF_NOT_NONE     2 (to 192)
    #   
    #   162         188 LOAD_CONST               1 (1)
    #               190 RETURN_VALUE
    #           >>  192 JUMP_FORWARD            17 (to 228)
    #           >>  194 PUSH_EXC_INFO
    #   
    #   163         196 LOAD_GLOBAL              2 (KeyError)
    #               208 CHECK_EXC_MATCH
    #               210 POP_JUMP_FORWARD_IF_FALSE     4 (to 220)
    #               212 POP_TOP
    #   
    #   164         214 POP_EXCEPT
    #               216 LOAD_CONST               2 (2)
    #               218 RETURN_VALUE
    #   
    #   163     >>  220 RERAISE                  0
    #           >>  222 COPY                     3
    #               224 POP_EXCEPT
    #               226 RERAISE                  1
    #   
    #   165     >>  228 LOAD_CONST               3 ('after')
    #               230 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 34 -> 194 [0]
    #     36 to 40 -> 160 [1] lasti
    #     42 to 60 -> 112 [2] lasti
    #     62 to 84 -> 160 [1] lasti
    #     86 to 108 -> 194 [0]
    #     112 to 118 -> 120 [4] lasti
    #     120 to 124 -> 160 [1] lasti
    #     126 to 126 -> 120 [4] lasti
    #     128 to 132 -> 160 [1] lasti
    #     136 to 158 -> 194 [0]
    #     160 to 166 -> 168 [3] lasti
    #     168 to 172 -> 194 [0]
    #     174 to 174 -> 168 [3] lasti
    #     176 to 186 -> 194 [0]
    #     194 to 212 -> 222 [1] lasti
    #     220 to 220 -> 222 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with: conditional jump out of the region at 6')


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
        elif a is None:
            return 1
    except KeyError:
        return 2
    return 'after'


def with_raise_after(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
    except KeyError:
        return 2
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
    return got if got else 'after'


def with_store_in_try_then(m, r):
    try:
        with m:
            got = r()
    except KeyError:
        return 2
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
    # depyf: could not decompile with_in_nested_with_else: conditional jump out of the region at 6
    #   281           0 RESUME                   0
    #   
    #   282           2 NOP
    #   
    #   283           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_FORWARD_IF_FALSE    94 (to 196)
    #   
    #   284           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                20 LOAD_GLOBAL              2 (KeyError)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #   285          50 LOAD_FAST                1 (m)
    #                52 BEFORE_WITH
    #                54 POP_TOP
    #   
    #   286          56 PUSH_NULL
    #                58 LOAD_FAST                2 (r)
    #                60 PRECALL                  0
    #                64 CALL                     0
    #   
    #   285          74 SWAP                     2
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #   
    #   284          98 SWAP                     2
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 RETURN_VALUE
    #   
    #   285     >>  124 PUSH_EXC_INFO
    #               126 WITH_EXCEPT_START
    #               128 POP_JUMP_FORWARD_IF_TRUE     4 (to 138)
    #               130 RERAISE                  2
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #           >>  138 POP_TOP
    #               140 POP_EXCEPT
    #               142 POP_TOP
    #               144 POP_TOP
    #               146 NOP
    #   
    #   284         148 LOAD_CONST               0 (None)
    #               150 LOAD_CONST               0 (None)
    #               152 LOAD_CONST               0 (None)
    #               154 PRECALL                  2
    #               158 CALL                     2
    #               168 POP_TOP
    #               170 JUMP_FORWARD            11 (to 194)
    #           >>  172 PUSH_EXC_INFO
    #               174 WITH_EXCEPT_START
    #               176 POP_JUMP_FORWARD_IF_TRUE     4 (to 186)
    #               178 RERAISE                  2
    #           >>  180 COPY                     3
    #               182 POP_EXCEPT
    #               184 RERAISE                  1
    #           >>  186 POP_TOP
    #               188 POP_EXCEPT
    #               190 POP_TOP
    #               192 POP_TOP
    #           >>  194 JUMP_FORWARD             2 (to 200)
    #   
    #   288     >>  196 LOAD_CONST               1 (1)
    #               198 RETURN_VALUE
    #           >>  200 JUMP_FORWARD            17 (to 236)
    #           >>  202 PUSH_EXC_INFO
    #   
    #   289         204 LOAD_GLOBAL              4 (IndexError)
    #               216 CHECK_EXC_MATCH
    #               218 POP_JUMP_FORWARD_IF_FALSE     4 (to 228)
    #               220 POP_TOP
    #   
    #   290         222 POP_EXCEPT
    #               224 LOAD_CONST               2 (2)
    #               226 RETURN_VALUE
    #   
    #   289     >>  228 RERAISE                  0
    #           >>  230 COPY                     3
    #               232 POP_EXCEPT
    #               234 RERAISE                  1
    #   
    #   291     >>  236 LOAD_CONST               3 ('after')
    #               238 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 46 -> 202 [0]
    #     48 to 52 -> 172 [1] lasti
    #     54 to 72 -> 124 [2] lasti
    #     74 to 96 -> 172 [1] lasti
    #     98 to 120 -> 202 [0]
    #     124 to 130 -> 132 [4] lasti
    #     132 to 136 -> 172 [1] lasti
    #     138 to 138 -> 132 [4] lasti
    #     140 to 144 -> 172 [1] lasti
    #     148 to 170 -> 202 [0]
    #     172 to 178 -> 180 [3] lasti
    #     180 to 184 -> 202 [0]
    #     186 to 186 -> 180 [3] lasti
    #     188 to 194 -> 202 [0]
    #     202 to 220 -> 230 [1] lasti
    #     228 to 228 -> 230 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else: conditional jump out of the region at 6')


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
    except KeyError:
        return 2
    return 'after'


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
    except KeyError:
        return 2
    return 'after'


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
    log.append('tail')
    return 'after'


def with_in_nested_with_else_log(a, m, r):
    # depyf: could not decompile with_in_nested_with_else_log: then-branch jumps over the code after the range at 244
    #   344           0 RESUME                   0
    #   
    #   345           2 NOP
    #   
    #   346           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_FORWARD_IF_FALSE   119 (to 246)
    #   
    #   347           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                20 LOAD_GLOBAL              2 (KeyError)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #   348          50 LOAD_FAST                1 (m)
    #                52 BEFORE_WITH
    #                54 POP_TOP
    #   
    #   349          56 PUSH_NULL
    #                58 LOAD_FAST                2 (r)
    #                60 PRECALL                  0
    #                64 CALL                     0
    #   
    #   348          74 SWAP                     2
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #   
    #   347          98 SWAP                     2
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 RETURN_VALUE
    #   
    #   348     >>  124 PUSH_EXC_INFO
    #               126 WITH_EXCEPT_START
    #               128 POP_JUMP_FORWARD_IF_TRUE     4 (to 138)
    #               130 RERAISE                  2
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #           >>  138 POP_TOP
    #               140 POP_EXCEPT
    #               142 POP_TOP
    #               144 POP_TOP
    #   
    #   350         146 LOAD_GLOBAL              4 (log)
    #               158 LOAD_METHOD              3 (append)
    #               180 LOAD_CONST               1 ('outer')
    #               182 PRECALL                  1
    #               186 CALL                     1
    #               196 POP_TOP
    #   
    #   347         198 LOAD_CONST               0 (None)
    #               200 LOAD_CONST               0 (None)
    #               202 LOAD_CONST               0 (None)
    #               204 PRECALL                  2
    #               208 CALL                     2
    #               218 POP_TOP
    #               220 JUMP_FORWARD            11 (to 244)
    #           >>  222 PUSH_EXC_INFO
    #               224 WITH_EXCEPT_START
    #               226 POP_JUMP_FORWARD_IF_TRUE     4 (to 236)
    #               228 RERAISE                  2
    #           >>  230 COPY                     3
    #               232 POP_EXCEPT
    #               234 RERAISE                  1
    #           >>  236 POP_TOP
    #               238 POP_EXCEPT
    #               240 POP_TOP
    #               242 POP_TOP
    #           >>  244 JUMP_FORWARD             2 (to 250)
    #   
    #   352     >>  246 LOAD_CONST               2 (1)
    #               248 RETURN_VALUE
    #           >>  250 JUMP_FORWARD            17 (to 286)
    #           >>  252 PUSH_EXC_INFO
    #   
    #   353         254 LOAD_GLOBAL              8 (IndexError)
    #               266 CHECK_EXC_MATCH
    #               268 POP_JUMP_FORWARD_IF_FALSE     4 (to 278)
    #               270 POP_TOP
    #   
    #   354         272 POP_EXCEPT
    #               274 LOAD_CONST               3 (2)
    #               276 RETURN_VALUE
    #   
    #   353     >>  278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #   
    #   355     >>  286 LOAD_CONST               4 ('after')
    #               288 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 46 -> 252 [0]
    #     48 to 52 -> 222 [1] lasti
    #     54 to 72 -> 124 [2] lasti
    #     74 to 96 -> 222 [1] lasti
    #     98 to 120 -> 252 [0]
    #     124 to 130 -> 132 [4] lasti
    #     132 to 136 -> 222 [1] lasti
    #     138 to 138 -> 132 [4] lasti
    #     140 to 196 -> 222 [1] lasti
    #     198 to 220 -> 252 [0]
    #     222 to 228 -> 230 [3] lasti
    #     230 to 234 -> 252 [0]
    #     236 to 236 -> 230 [3] lasti
    #     238 to 244 -> 252 [0]
    #     252 to 270 -> 280 [1] lasti
    #     278 to 278 -> 280 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else_log: then-branch jumps over the code after the range at 244')


def with_in_nested_with_else_raise(a, m, r):
    # depyf: could not decompile with_in_nested_with_else_raise: conditional jump out of the region at 6
    #   358           0 RESUME                   0
    #   
    #   359           2 NOP
    #   
    #   360           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_FORWARD_IF_FALSE    94 (to 196)
    #   
    #   361           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                20 LOAD_GLOBAL              2 (KeyError)
    #                32 PRECALL                  1
    #                36 CALL                     1
    #                46 BEFORE_WITH
    #                48 POP_TOP
    #   
    #   362          50 LOAD_FAST                1 (m)
    #                52 BEFORE_WITH
    #                54 POP_TOP
    #   
    #   363          56 PUSH_NULL
    #                58 LOAD_FAST                2 (r)
    #                60 PRECALL                  0
    #                64 CALL                     0
    #   
    #   362          74 SWAP                     2
    #                76 LOAD_CONST               0 (None)
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 PRECALL                  2
    #                86 CALL                     2
    #                96 POP_TOP
    #   
    #   361          98 SWAP                     2
    #               100 LOAD_CONST               0 (None)
    #               102 LOAD_CONST               0 (None)
    #               104 LOAD_CONST               0 (None)
    #               106 PRECALL                  2
    #               110 CALL                     2
    #               120 POP_TOP
    #               122 RETURN_VALUE
    #   
    #   362     >>  124 PUSH_EXC_INFO
    #               126 WITH_EXCEPT_START
    #               128 POP_JUMP_FORWARD_IF_TRUE     4 (to 138)
    #               130 RERAISE                  2
    #           >>  132 COPY                     3
    #               134 POP_EXCEPT
    #               136 RERAISE                  1
    #           >>  138 POP_TOP
    #               140 POP_EXCEPT
    #               142 POP_TOP
    #               144 POP_TOP
    #               146 NOP
    #   
    #   361         148 LOAD_CONST               0 (None)
    #               150 LOAD_CONST               0 (None)
    #               152 LOAD_CONST               0 (None)
    #               154 PRECALL                  2
    #               158 CALL                     2
    #               168 POP_TOP
    #               170 JUMP_FORWARD            11 (to 194)
    #           >>  172 PUSH_EXC_INFO
    #               174 WITH_EXCEPT_START
    #               176 POP_JUMP_FORWARD_IF_TRUE     4 (to 186)
    #               178 RERAISE                  2
    #           >>  180 COPY                     3
    #               182 POP_EXCEPT
    #               184 RERAISE                  1
    #           >>  186 POP_TOP
    #               188 POP_EXCEPT
    #               190 POP_TOP
    #               192 POP_TOP
    #           >>  194 JUMP_FORWARD             7 (to 210)
    #   
    #   365     >>  196 LOAD_GLOBAL              2 (KeyError)
    #               208 RAISE_VARARGS            1
    #           >>  210 JUMP_FORWARD            17 (to 246)
    #           >>  212 PUSH_EXC_INFO
    #   
    #   366         214 LOAD_GLOBAL              4 (IndexError)
    #               226 CHECK_EXC_MATCH
    #               228 POP_JUMP_FORWARD_IF_FALSE     4 (to 238)
    #               230 POP_TOP
    #   
    #   367         232 POP_EXCEPT
    #               234 LOAD_CONST               1 (2)
    #               236 RETURN_VALUE
    #   
    #   366     >>  238 RERAISE                  0
    #           >>  240 COPY                     3
    #               242 POP_EXCEPT
    #               244 RERAISE                  1
    #   
    #   368     >>  246 LOAD_CONST               2 ('after')
    #               248 RETURN_VALUE
    #   ExceptionTable:
    #     4 to 46 -> 212 [0]
    #     48 to 52 -> 172 [1] lasti
    #     54 to 72 -> 124 [2] lasti
    #     74 to 96 -> 172 [1] lasti
    #     98 to 120 -> 212 [0]
    #     124 to 130 -> 132 [4] lasti
    #     132 to 136 -> 172 [1] lasti
    #     138 to 138 -> 132 [4] lasti
    #     140 to 144 -> 172 [1] lasti
    #     148 to 170 -> 212 [0]
    #     172 to 178 -> 180 [3] lasti
    #     180 to 184 -> 212 [0]
    #     186 to 186 -> 180 [3] lasti
    #     188 to 208 -> 212 [0]
    #     212 to 230 -> 240 [1] lasti
    #     238 to 238 -> 240 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else_raise: conditional jump out of the region at 6')


def check():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want in (with_then_return, (1, Manager(), quiet), 3), (with_then_return, (None, Manager(), quiet), 1), (with_then_return, (0, Manager(), quiet), 'after'), (with_then_return, (1, suppress, key), 3), (with_then_return, (1, Manager(), key), 2), (with_then_log_return, (1, Manager(), quiet), 3), (with_then_log_return, (None, Manager(), quiet), 1), (with_then_log_return, (0, Manager(), quiet), 'after'), (with_then_log_return, (1, suppress, key), 3), (with_then_log_return, (1, Manager(), key), 2), (with_elif_store, (1, Manager(), quiet), ()), (with_elif_store, (None, Manager(), quiet), 'after'), (with_elif_store, (0, Manager(), quiet), 'after'), (with_elif_store, (1, suppress, key), 'after'), (with_elif_store, (1, Manager(), key), 2), (with_else_return, (1, Manager(), quiet), ()), (with_else_return, (None, Manager(), quiet), 1), (with_else_return, (0, Manager(), quiet), 1), (with_else_return, (1, suppress, key), 'after'), (with_else_return, (1, Manager(), key), 2), (with_then_call, (1, Manager(), quiet), ()), (with_then_call, (None, Manager(), quiet), 1), (with_then_call, (0, Manager(), quiet), 'after'), (with_then_call, (0, Manager(), key), 2), (with_then_call, (1, suppress, key), 2), (with_then_call, (1, Manager(), key), 2), (with_try_else, (1, Manager(), quiet), ()), (with_try_else, (None, Manager(), quiet), 1), (with_try_else, (0, Manager(), quiet), 'else'), (with_try_else, (1, suppress, key), 'else'), (with_try_else, (1, Manager(), key), 2), (with_return_in_body, (1, Manager(), quiet), ()), (with_return_in_body, (None, Manager(), quiet), 1), (with_return_in_body, (0, Manager(), quiet), 'body'), (with_return_in_body, (1, suppress, key), 'body'), (with_return_in_body, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), quiet), ()), (with_inner_try, (None, Manager(), quiet), 1), (with_inner_try, (0, Manager(), quiet), ('after', 'else')), (with_inner_try, (1, suppress, key), ('after', 'else')), (with_inner_try, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), index), 4), (with_in_nested_with, (1, Manager(), quiet), ()), (with_in_nested_with, (None, Manager(), quiet), 1), (with_in_nested_with, (0, Manager(), quiet), 'after'), (with_in_nested_with, (1, suppress, key), 'after'), (with_in_nested_with, (1, Manager(), key), 2), (with_in_while_try, ([1], Manager(), quiet), ()), (with_in_while_try, ([0], Manager(), quiet), 1), (with_in_while_try, ([], Manager(), quiet), 'after'), (with_in_while_try, ([1, 1], suppress, key), 'after'), (with_in_while_try, ([0, 1], suppress, key), 1), (with_in_while_try, ([1], Manager(), key), 2), (with_elif_store_else, (1, Manager(), quiet), ()), (with_elif_store_else, (None, Manager(), quiet), 5), (with_elif_store_else, (0, Manager(), quiet), 5), (with_elif_store_else, (1, suppress, key), 5), (with_elif_store_else, (1, Manager(), key), 2), (with_falling_off, (1, Manager(), quiet), 'after'), (with_falling_off, (None, Manager(), quiet), 1), (with_falling_off, (0, Manager(), quiet), 'after'), (with_falling_off, (1, suppress, key), 'after'), (with_falling_off, (1, Manager(), key), 2), (with_raise_after, (1, Manager(), quiet), ()), (with_raise_after, (None, Manager(), quiet), 1), (with_raise_after, (0, Manager(), quiet), 'index'), (with_raise_after, (1, suppress, key), 'index'), (with_raise_after, (1, Manager(), key), 2), (with_return_in_try, (Manager(), quiet), ()), (with_return_in_try, (suppress, key), ('after', 'after')), (with_return_in_try, (Manager(), key), 2), (with_return_in_try_test, (1, Manager(), quiet), ()), (with_return_in_try_test, (1, suppress, key), 'after'), (with_return_in_try_test, (0, suppress, key), 'other'), (with_return_in_try_test, (1, Manager(), key), 2), (with_store_in_try, (Manager(), quiet), 'after'), (with_store_in_try, (Manager(), key), 2), (with_store_in_try_then, (Manager(), quiet), (3, ())), (with_store_in_try_then, (Manager(), key), 2), (with_store_in_try_else, (Manager(), quiet), (3, ())), (with_store_in_try_else, (Manager(), key), 2), (with_in_nested_with_else, (1, Manager(), quiet), ()), (with_in_nested_with_else, (0, Manager(), quiet), 1), (with_in_nested_with_else, (1, Manager(), key), 'after'), (with_in_nested_with_else, (1, suppress, key), 'after'), (with_in_nested_with_else, (1, Manager(), index), 2), (with_inner_try_then, (1, Manager(), quiet), ()), (with_inner_try_then, (None, Manager(), quiet), 1), (with_inner_try_then, (0, Manager(), quiet), 'after'), (with_inner_try_then, (1, suppress, key), ('after', 'then')), (with_inner_try_then, (1, Manager(), key), 2), (with_inner_try_then, (1, Manager(), index), 4), (with_inner_try_then_more, (1, Manager(), quiet), ()), (with_inner_try_then_more, (None, Manager(), quiet), 1), (with_inner_try_then_more, (1, suppress, key), ('after', 'then')), (with_inner_try_then_more, (1, Manager(), key), 2), (with_inner_try_then_more, (1, Manager(), index), 4), (with_inner_try_then_tail, (1, Manager(), quiet), ()), (with_inner_try_then_tail, (None, Manager(), quiet), 1), (with_inner_try_then_tail, (1, suppress, key), ('after', 'then')), (with_inner_try_then_tail, (1, Manager(), key), 2), (with_inner_try_then_tail, (1, Manager(), index), 4), (with_inner_try_then_more, (0, Manager(), quiet), ('after', 'more')), (with_inner_try_then_tail, (0, Manager(), quiet), ('after', 'tail')), (with_in_nested_with_else_log, (1, Manager(), quiet), ()), (with_in_nested_with_else_log, (0, Manager(), quiet), 1), (with_in_nested_with_else_log, (1, Manager(), key), 'after'), (with_in_nested_with_else_log, (1, suppress, key), ('after', 'outer')), (with_in_nested_with_else_log, (1, Manager(), index), 2), (with_in_nested_with_else_raise, (1, Manager(), quiet), ()), (with_in_nested_with_else_raise, (1, Manager(), key), 'after'), (with_in_nested_with_else_raise, (1, suppress, key), 'after'), (with_in_nested_with_else_raise, (1, Manager(), index), 2), (with_body_else, (Manager(), quiet), 5), (with_body_else, (suppress, key), 5), (with_body_else, (Manager(), key), 2):
        try:
            got = fell_back(f, *args)
        except IndexError:
            got = 'index'
        if isinstance(want, tuple) and want:
            want, logged = want
            assert got is FELL or logged in log, (f.__name__, args, log)
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
