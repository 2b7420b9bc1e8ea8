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
    # depyf: could not decompile with_in_nested_with_else_log: code between a with body and its handler at 96
    #   344           0 RESUME                   0
    #   
    #   345           2 NOP
    #   
    #   346           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       44 (to 96)
    #   
    #   347           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   348          40 LOAD_FAST                1 (m)
    #                42 BEFORE_WITH
    #                44 POP_TOP
    #   
    #   349          46 PUSH_NULL
    #                48 LOAD_FAST                2 (r)
    #                50 CALL                     0
    #   
    #   348          58 SWAP                     2
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #   
    #   347          76 SWAP                     2
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 RETURN_VALUE
    #   
    #   352     >>   96 RETURN_CONST             2 (1)
    #   
    #   348     >>   98 PUSH_EXC_INFO
    #               100 WITH_EXCEPT_START
    #               102 POP_JUMP_IF_TRUE         1 (to 106)
    #               104 RERAISE                  2
    #           >>  106 POP_TOP
    #               108 POP_EXCEPT
    #               110 POP_TOP
    #               112 POP_TOP
    #               114 JUMP_FORWARD             3 (to 122)
    #           >>  116 COPY                     3
    #               118 POP_EXCEPT
    #               120 RERAISE                  1
    #   
    #   350     >>  122 LOAD_GLOBAL              4 (log)
    #               132 LOAD_ATTR                7 (NULL|self + append)
    #               152 LOAD_CONST               1 ('outer')
    #               154 CALL                     1
    #               162 POP_TOP
    #   
    #   347         164 LOAD_CONST               0 (None)
    #               166 LOAD_CONST               0 (None)
    #               168 LOAD_CONST               0 (None)
    #               170 CALL                     2
    #               178 POP_TOP
    #   
    #   355         180 RETURN_CONST             4 ('after')
    #   
    #   347     >>  182 PUSH_EXC_INFO
    #               184 WITH_EXCEPT_START
    #               186 POP_JUMP_IF_TRUE         1 (to 190)
    #               188 RERAISE                  2
    #           >>  190 POP_TOP
    #               192 POP_EXCEPT
    #               194 POP_TOP
    #               196 POP_TOP
    #   
    #   355         198 RETURN_CONST             4 ('after')
    #           >>  200 COPY                     3
    #               202 POP_EXCEPT
    #               204 RERAISE                  1
    #           >>  206 PUSH_EXC_INFO
    #   
    #   353         208 LOAD_GLOBAL              8 (IndexError)
    #               218 CHECK_EXC_MATCH
    #               220 POP_JUMP_IF_FALSE        3 (to 228)
    #               222 POP_TOP
    #   
    #   354         224 POP_EXCEPT
    #               226 RETURN_CONST             3 (2)
    #   
    #   353     >>  228 RERAISE                  0
    #           >>  230 COPY                     3
    #               232 POP_EXCEPT
    #               234 RERAISE                  1
    #   ExceptionTable:
    #     4 to 36 -> 206 [0]
    #     38 to 42 -> 182 [1] lasti
    #     44 to 56 -> 98 [2] lasti
    #     58 to 74 -> 182 [1] lasti
    #     76 to 92 -> 206 [0]
    #     98 to 106 -> 116 [4] lasti
    #     108 to 162 -> 182 [1] lasti
    #     164 to 178 -> 206 [0]
    #     182 to 190 -> 200 [3] lasti
    #     192 to 196 -> 206 [0]
    #     200 to 204 -> 206 [0]
    #     206 to 222 -> 230 [1] lasti
    #     228 to 228 -> 230 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else_log: code between a with body and its handler at 96')


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
