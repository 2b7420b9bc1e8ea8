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
    except KeyError:
        return 2
    return 'after'


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
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        else:
            return 1
    except IndexError:
        return 2
    return 'after'


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
    except IndexError:
        return 2
    return 'after'


def with_in_nested_with_else_raise(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        else:
            raise KeyError
    except IndexError:
        return 2
    return 'after'


def with_in_nested_with_elif_log(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        elif a is None:
            log.append('none')
    except IndexError:
        return 2
    return 'after'


def with_in_nested_with_else_log_return(a, m, r):
    # depyf: could not decompile with_in_nested_with_else_log_return: a with suppressing leaves the region at 18
    #    384            RESUME                   0
    #   
    #    385            NOP
    #   
    #    386    L1:     LOAD_FAST                0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       44 (to L7)
    #   
    #    387            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              2 (KeyError)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    388            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #   
    #    389            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    388    L4:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    387    L5:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L6:     RETURN_VALUE
    #   
    #    391    L7:     LOAD_GLOBAL              4 (log)
    #                   LOAD_ATTR                7 (append + NULL|self)
    #                   LOAD_CONST               1 ('other')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    392    L8:     RETURN_CONST             2 (1)
    #   
    #    388    L9:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L10)
    #                   RERAISE                  2
    #          L10:     POP_TOP
    #          L11:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L13)
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    388   L13:     NOP
    #   
    #    387   L14:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            17 (to L19)
    #          L15:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L16)
    #                   RERAISE                  2
    #          L16:     POP_TOP
    #          L17:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L19)
    #   
    #     --   L18:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    395   L19:     RETURN_CONST             4 ('after')
    #   
    #     --   L20:     PUSH_EXC_INFO
    #   
    #    393            LOAD_GLOBAL              8 (IndexError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L22)
    #                   POP_TOP
    #   
    #    394   L21:     POP_EXCEPT
    #                   RETURN_CONST             3 (2)
    #   
    #    393   L22:     RERAISE                  0
    #   
    #     --   L23:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L20 [0]
    #     L2 to L3 -> L15 [1] lasti
    #     L3 to L4 -> L9 [2] lasti
    #     L4 to L5 -> L15 [1] lasti
    #     L5 to L6 -> L20 [0]
    #     L7 to L8 -> L20 [0]
    #     L9 to L11 -> L12 [4] lasti
    #     L11 to L13 -> L15 [1] lasti
    #     L14 to L15 -> L20 [0]
    #     L15 to L17 -> L18 [3] lasti
    #     L17 to L19 -> L20 [0]
    #     L20 to L21 -> L23 [1] lasti
    #     L22 to L23 -> L23 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else_log_return: a with suppressing leaves the region at 18')


def with_in_nested_with3_else(a, m, r):
    try:
        if a:
            with Manager(KeyError), Manager(TypeError), m:
                return r()
        else:
            return 1
    except IndexError:
        return 2
    return 'after'


def with_in_nested_with_const(a, m, r):
    try:
        if a:
            with Manager(KeyError), m:
                r()
                return 3
        else:
            return 1
    except IndexError:
        return 2
    return 'after'


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
    except IndexError:
        return 2
    return 'after'


def with_loop_else_log_return(a, m, r):
    # depyf: could not decompile with_loop_else_log_return: a with suppressing goes on elsewhere than after its branch at 122
    #    453            RESUME                   0
    #   
    #    454            LOAD_FAST                0 (a)
    #                   GET_ITER
    #           L1:     FOR_ITER                53 (to L8)
    #                   STORE_FAST               3 (x)
    #   
    #    455            NOP
    #   
    #    456    L2:     LOAD_FAST                3 (x)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       21 (to L6)
    #   
    #    457            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #   
    #    458            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    457    L4:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L5:     SWAP                     2
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    460    L6:     LOAD_GLOBAL              0 (log)
    #                   LOAD_ATTR                3 (append + NULL|self)
    #                   LOAD_CONST               1 ('other')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    461    L7:     POP_TOP
    #                   RETURN_CONST             2 (1)
    #   
    #    454    L8:     END_FOR
    #                   POP_TOP
    #   
    #    464            RETURN_CONST             4 ('after')
    #   
    #    457    L9:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L10)
    #                   RERAISE                  2
    #          L10:     POP_TOP
    #          L11:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L12:     JUMP_BACKWARD           73 (to L1)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #    462            LOAD_GLOBAL              4 (IndexError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L16)
    #                   POP_TOP
    #   
    #    463   L15:     POP_EXCEPT
    #                   POP_TOP
    #                   RETURN_CONST             3 (2)
    #   
    #    462   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L14 [1]
    #     L3 to L4 -> L9 [2] lasti
    #     L4 to L5 -> L14 [1]
    #     L6 to L7 -> L14 [1]
    #     L9 to L11 -> L13 [4] lasti
    #     L11 to L12 -> L14 [1]
    #     L13 to L14 -> L14 [1]
    #     L14 to L15 -> L17 [2] lasti
    #     L16 to L17 -> L17 [2] lasti
    raise RuntimeError('depyf: could not decompile with_loop_else_log_return: a with suppressing goes on elsewhere than after its branch at 122')


def with_in_nested_with_loop_else(a, m, r):
    # depyf: could not decompile with_in_nested_with_loop_else: a with suppressing goes on elsewhere than after its branch at 228
    #    467            RESUME                   0
    #   
    #    468            LOAD_FAST                0 (a)
    #                   GET_ITER
    #           L1:     FOR_ITER                78 (to L10)
    #                   STORE_FAST               3 (x)
    #   
    #    469            NOP
    #   
    #    470    L2:     LOAD_FAST                3 (x)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       46 (to L8)
    #   
    #    471            LOAD_GLOBAL              1 (Manager + NULL)
    #                   LOAD_GLOBAL              2 (KeyError)
    #                   CALL                     1
    #                   BEFORE_WITH
    #           L3:     POP_TOP
    #   
    #    472            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    473            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    472    L5:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    471    L6:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L7:     SWAP                     2
    #                   POP_TOP
    #                   RETURN_VALUE
    #   
    #    475    L8:     LOAD_GLOBAL              4 (log)
    #                   LOAD_ATTR                7 (append + NULL|self)
    #                   LOAD_CONST               1 ('other')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    476    L9:     POP_TOP
    #                   RETURN_CONST             2 (1)
    #   
    #    468   L10:     END_FOR
    #                   POP_TOP
    #   
    #    479            RETURN_CONST             4 ('after')
    #   
    #    472   L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L12)
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L15)
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    472   L15:     NOP
    #   
    #    471   L16:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #          L17:     JUMP_BACKWARD          111 (to L1)
    #          L18:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L19)
    #                   RERAISE                  2
    #          L19:     POP_TOP
    #          L20:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #          L21:     JUMP_BACKWARD          126 (to L1)
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L23:     PUSH_EXC_INFO
    #   
    #    477            LOAD_GLOBAL              8 (IndexError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        4 (to L25)
    #                   POP_TOP
    #   
    #    478   L24:     POP_EXCEPT
    #                   POP_TOP
    #                   RETURN_CONST             3 (2)
    #   
    #    477   L25:     RERAISE                  0
    #   
    #     --   L26:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L2 to L3 -> L23 [1]
    #     L3 to L4 -> L18 [2] lasti
    #     L4 to L5 -> L11 [3] lasti
    #     L5 to L6 -> L18 [2] lasti
    #     L6 to L7 -> L23 [1]
    #     L8 to L9 -> L23 [1]
    #     L11 to L13 -> L14 [5] lasti
    #     L13 to L15 -> L18 [2] lasti
    #     L16 to L17 -> L23 [1]
    #     L18 to L20 -> L22 [4] lasti
    #     L20 to L21 -> L23 [1]
    #     L22 to L23 -> L23 [1]
    #     L23 to L24 -> L26 [2] lasti
    #     L25 to L26 -> L26 [2] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_loop_else: a with suppressing goes on elsewhere than after its branch at 228')


def with_return_with_else_return(a, m, r):
    # depyf: could not decompile with_return_with_else_return: a with suppressing leaves the region at 18
    #    482            RESUME                   0
    #   
    #    483            NOP
    #   
    #    484    L1:     LOAD_FAST                0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L5)
    #   
    #    485            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    486            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    485    L3:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L4:     RETURN_VALUE
    #   
    #    488    L5:     LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L6:     POP_TOP
    #   
    #    489            LOAD_GLOBAL              0 (log)
    #                   LOAD_ATTR                3 (append + NULL|self)
    #                   LOAD_CONST               1 ('other')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    488    L7:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    490    L8:     RETURN_CONST             2 (1)
    #   
    #    485    L9:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L10)
    #                   RERAISE                  2
    #          L10:     POP_TOP
    #          L11:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD            20 (to L18)
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    488   L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L14)
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    490   L16:     RETURN_CONST             2 (1)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    485   L18:     NOP
    #   
    #    493            RETURN_CONST             4 ('after')
    #   
    #     --   L19:     PUSH_EXC_INFO
    #   
    #    491            LOAD_GLOBAL              4 (IndexError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L21)
    #                   POP_TOP
    #   
    #    492   L20:     POP_EXCEPT
    #                   RETURN_CONST             3 (2)
    #   
    #    491   L21:     RERAISE                  0
    #   
    #     --   L22:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L19 [0]
    #     L2 to L3 -> L9 [1] lasti
    #     L3 to L4 -> L19 [0]
    #     L5 to L6 -> L19 [0]
    #     L6 to L7 -> L13 [1] lasti
    #     L7 to L8 -> L19 [0]
    #     L9 to L11 -> L12 [3] lasti
    #     L11 to L13 -> L19 [0]
    #     L13 to L15 -> L17 [3] lasti
    #     L15 to L16 -> L19 [0]
    #     L17 to L18 -> L19 [0]
    #     L19 to L20 -> L22 [1] lasti
    #     L21 to L22 -> L22 [1] lasti
    raise RuntimeError('depyf: could not decompile with_return_with_else_return: a with suppressing leaves the region at 18')


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

def with_continue_in_loop_try(items, m, r):
    # depyf: could not decompile with_continue_in_loop_try: a with suppressing leaves the region at 60
    #    741            RESUME                   0
    #   
    #    742    L1:     LOAD_FAST                0 (items)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       80 (to L10)
    #   
    #    743    L2:     NOP
    #   
    #    744    L3:     LOAD_FAST                0 (items)
    #                   LOAD_ATTR                1 (pop + NULL|self)
    #                   CALL                     0
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L7)
    #   
    #    745            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L4:     POP_TOP
    #   
    #    746            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    745    L5:     SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #           L6:     RETURN_VALUE
    #   
    #    748    L7:     LOAD_FAST                0 (items)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        1 (to L9)
    #   
    #    749    L8:     RETURN_CONST             1 (1)
    #   
    #    748    L9:     NOP
    #   
    #    752            LOAD_GLOBAL              4 (log)
    #                   LOAD_ATTR                7 (append + NULL|self)
    #                   LOAD_CONST               3 ('more')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    742            LOAD_FAST                0 (items)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE        2 (to L10)
    #                   JUMP_BACKWARD           80 (to L2)
    #   
    #    753   L10:     RETURN_CONST             4 ('after')
    #   
    #    745   L11:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L12)
    #                   RERAISE                  2
    #          L12:     POP_TOP
    #          L13:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_FORWARD             3 (to L15)
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    747   L15:     JUMP_BACKWARD          107 (to L1)
    #   
    #     --   L16:     PUSH_EXC_INFO
    #   
    #    750            LOAD_GLOBAL              2 (KeyError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L18)
    #                   POP_TOP
    #   
    #    751   L17:     POP_EXCEPT
    #                   RETURN_CONST             2 (2)
    #   
    #    750   L18:     RERAISE                  0
    #   
    #     --   L19:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L3 to L4 -> L16 [0]
    #     L4 to L5 -> L11 [1] lasti
    #     L5 to L6 -> L16 [0]
    #     L7 to L8 -> L16 [0]
    #     L11 to L13 -> L14 [3] lasti
    #     L13 to L15 -> L16 [0]
    #     L16 to L17 -> L19 [1] lasti
    #     L18 to L19 -> L19 [1] lasti
    raise RuntimeError('depyf: could not decompile with_continue_in_loop_try: a with suppressing leaves the region at 60')


def with_then_with_else_return(a, m, r):
    # depyf: could not decompile with_then_with_else_return: a statement (Return) after return in the same block (a misread layout)
    #    756            RESUME                   0
    #   
    #    757            NOP
    #   
    #    758    L1:     LOAD_FAST                0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L4)
    #   
    #    759            LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L2:     POP_TOP
    #   
    #    760            LOAD_FAST                2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   POP_TOP
    #   
    #    759    L3:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #                   JUMP_FORWARD            33 (to L8)
    #   
    #    762    L4:     LOAD_FAST                1 (m)
    #                   BEFORE_WITH
    #           L5:     POP_TOP
    #   
    #    763            LOAD_GLOBAL              0 (log)
    #                   LOAD_ATTR                3 (append + NULL|self)
    #                   LOAD_CONST               1 ('other')
    #                   CALL                     1
    #                   POP_TOP
    #   
    #    762    L6:     LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     2
    #                   POP_TOP
    #   
    #    764    L7:     RETURN_CONST             2 (1)
    #   
    #    767    L8:     RETURN_CONST             4 ('after')
    #   
    #    759    L9:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L10)
    #                   RERAISE                  2
    #          L10:     POP_TOP
    #          L11:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 15 (to L8)
    #   
    #     --   L12:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   
    #    762   L13:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         1 (to L14)
    #                   RERAISE                  2
    #          L14:     POP_TOP
    #          L15:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    764   L16:     RETURN_CONST             2 (1)
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L18:     PUSH_EXC_INFO
    #   
    #    765            LOAD_GLOBAL              4 (IndexError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        3 (to L20)
    #                   POP_TOP
    #   
    #    766   L19:     POP_EXCEPT
    #                   RETURN_CONST             3 (2)
    #   
    #    765   L20:     RERAISE                  0
    #   
    #     --   L21:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L18 [0]
    #     L2 to L3 -> L9 [1] lasti
    #     L3 to L5 -> L18 [0]
    #     L5 to L6 -> L13 [1] lasti
    #     L6 to L7 -> L18 [0]
    #     L9 to L11 -> L12 [3] lasti
    #     L11 to L13 -> L18 [0]
    #     L13 to L15 -> L17 [3] lasti
    #     L15 to L16 -> L18 [0]
    #     L17 to L18 -> L18 [0]
    #     L18 to L19 -> L21 [1] lasti
    #     L20 to L21 -> L21 [1] lasti
    raise RuntimeError('depyf: could not decompile with_then_with_else_return: a statement (Return) after return in the same block (a misread layout)')


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
