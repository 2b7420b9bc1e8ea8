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
    # depyf: could not decompile with_in_nested_with_else: a with suppressing goes on elsewhere than after its branch at 142
    #   281           0 RESUME                   0
    #   
    #   282           2 NOP
    #   
    #   283           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       44 (to 96)
    #   
    #   284           8 LOAD_GLOBAL              1 (NULL + Manager)
    #                18 LOAD_GLOBAL              2 (KeyError)
    #                28 CALL                     1
    #                36 BEFORE_WITH
    #                38 POP_TOP
    #   
    #   285          40 LOAD_FAST                1 (m)
    #                42 BEFORE_WITH
    #                44 POP_TOP
    #   
    #   286          46 PUSH_NULL
    #                48 LOAD_FAST                2 (r)
    #                50 CALL                     0
    #   
    #   285          58 SWAP                     2
    #                60 LOAD_CONST               0 (None)
    #                62 LOAD_CONST               0 (None)
    #                64 LOAD_CONST               0 (None)
    #                66 CALL                     2
    #                74 POP_TOP
    #   
    #   284          76 SWAP                     2
    #                78 LOAD_CONST               0 (None)
    #                80 LOAD_CONST               0 (None)
    #                82 LOAD_CONST               0 (None)
    #                84 CALL                     2
    #                92 POP_TOP
    #                94 RETURN_VALUE
    #   
    #   288     >>   96 RETURN_CONST             1 (1)
    #   
    #   285     >>   98 PUSH_EXC_INFO
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
    #           >>  122 NOP
    #   
    #   284         124 LOAD_CONST               0 (None)
    #               126 LOAD_CONST               0 (None)
    #               128 LOAD_CONST               0 (None)
    #               130 CALL                     2
    #               138 POP_TOP
    #   
    #   291         140 RETURN_CONST             3 ('after')
    #   
    #   284     >>  142 PUSH_EXC_INFO
    #               144 WITH_EXCEPT_START
    #               146 POP_JUMP_IF_TRUE         1 (to 150)
    #               148 RERAISE                  2
    #           >>  150 POP_TOP
    #               152 POP_EXCEPT
    #               154 POP_TOP
    #               156 POP_TOP
    #   
    #   291         158 RETURN_CONST             3 ('after')
    #           >>  160 COPY                     3
    #               162 POP_EXCEPT
    #               164 RERAISE                  1
    #           >>  166 PUSH_EXC_INFO
    #   
    #   289         168 LOAD_GLOBAL              4 (IndexError)
    #               178 CHECK_EXC_MATCH
    #               180 POP_JUMP_IF_FALSE        3 (to 188)
    #               182 POP_TOP
    #   
    #   290         184 POP_EXCEPT
    #               186 RETURN_CONST             2 (2)
    #   
    #   289     >>  188 RERAISE                  0
    #           >>  190 COPY                     3
    #               192 POP_EXCEPT
    #               194 RERAISE                  1
    #   ExceptionTable:
    #     4 to 36 -> 166 [0]
    #     38 to 42 -> 142 [1] lasti
    #     44 to 56 -> 98 [2] lasti
    #     58 to 74 -> 142 [1] lasti
    #     76 to 92 -> 166 [0]
    #     98 to 106 -> 116 [4] lasti
    #     108 to 120 -> 142 [1] lasti
    #     124 to 138 -> 166 [0]
    #     142 to 150 -> 160 [3] lasti
    #     152 to 156 -> 166 [0]
    #     160 to 164 -> 166 [0]
    #     166 to 182 -> 190 [1] lasti
    #     188 to 188 -> 190 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_nested_with_else: a with suppressing goes on elsewhere than after its branch at 142')


def with_inner_try_then(a, m, r):
    # depyf: could not decompile with_inner_try_then: a with suppressing leaves the region at 8
    #   294           0 RESUME                   0
    #   
    #   295           2 NOP
    #   
    #   296           4 LOAD_FAST                0 (a)
    #                 6 POP_JUMP_IF_FALSE       20 (to 48)
    #   
    #   297           8 NOP
    #   
    #   298          10 LOAD_FAST                1 (m)
    #                12 BEFORE_WITH
    #                14 POP_TOP
    #   
    #   299          16 PUSH_NULL
    #                18 LOAD_FAST                2 (r)
    #                20 CALL                     0
    #   
    #   298          28 SWAP                     2
    #                30 LOAD_CONST               0 (None)
    #                32 LOAD_CONST               0 (None)
    #                34 LOAD_CONST               0 (None)
    #                36 CALL                     2
    #                44 POP_TOP
    #                46 RETURN_VALUE
    #   
    #   303     >>   48 LOAD_FAST                0 (a)
    #                50 POP_JUMP_IF_NOT_NONE     1 (to 54)
    #   
    #   304          52 RETURN_CONST             3 (1)
    #   
    #   303     >>   54 NOP
    #   
    #   307          56 RETURN_CONST             5 ('after')
    #   
    #   298     >>   58 PUSH_EXC_INFO
    #                60 WITH_EXCEPT_START
    #                62 POP_JUMP_IF_TRUE         1 (to 66)
    #                64 RERAISE                  2
    #           >>   66 POP_TOP
    #                68 POP_EXCEPT
    #                70 POP_TOP
    #                72 POP_TOP
    #                74 JUMP_FORWARD             3 (to 82)
    #           >>   76 COPY                     3
    #                78 POP_EXCEPT
    #                80 RERAISE                  1
    #           >>   82 JUMP_FORWARD            15 (to 114)
    #           >>   84 PUSH_EXC_INFO
    #   
    #   300          86 LOAD_GLOBAL              0 (IndexError)
    #                96 CHECK_EXC_MATCH
    #                98 POP_JUMP_IF_FALSE        3 (to 106)
    #               100 POP_TOP
    #   
    #   301         102 POP_EXCEPT
    #               104 RETURN_CONST             1 (4)
    #   
    #   300     >>  106 RERAISE                  0
    #           >>  108 COPY                     3
    #               110 POP_EXCEPT
    #               112 RERAISE                  1
    #   
    #   302     >>  114 LOAD_GLOBAL              2 (log)
    #               124 LOAD_ATTR                5 (NULL|self + append)
    #               144 LOAD_CONST               2 ('then')
    #               146 CALL                     1
    #               154 POP_TOP
    #   
    #   307         156 RETURN_CONST             5 ('after')
    #           >>  158 PUSH_EXC_INFO
    #   
    #   305         160 LOAD_GLOBAL              6 (KeyError)
    #               170 CHECK_EXC_MATCH
    #               172 POP_JUMP_IF_FALSE        3 (to 180)
    #               174 POP_TOP
    #   
    #   306         176 POP_EXCEPT
    #               178 RETURN_CONST             4 (2)
    #   
    #   305     >>  180 RERAISE                  0
    #           >>  182 COPY                     3
    #               184 POP_EXCEPT
    #               186 RERAISE                  1
    #   ExceptionTable:
    #     4 to 6 -> 158 [0]
    #     10 to 12 -> 84 [0]
    #     14 to 26 -> 58 [1] lasti
    #     28 to 44 -> 84 [0]
    #     48 to 50 -> 158 [0]
    #     58 to 66 -> 76 [3] lasti
    #     68 to 80 -> 84 [0]
    #     82 to 82 -> 158 [0]
    #     84 to 100 -> 108 [1] lasti
    #     102 to 102 -> 158 [0]
    #     106 to 106 -> 108 [1] lasti
    #     108 to 154 -> 158 [0]
    #     158 to 174 -> 182 [1] lasti
    #     180 to 180 -> 182 [1] lasti
    raise RuntimeError('depyf: could not decompile with_inner_try_then: a with suppressing leaves the region at 8')


def check():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want in (with_then_return, (1, Manager(), quiet), 3), (with_then_return, (None, Manager(), quiet), 1), (with_then_return, (0, Manager(), quiet), 'after'), (with_then_return, (1, suppress, key), 3), (with_then_return, (1, Manager(), key), 2), (with_then_log_return, (1, Manager(), quiet), 3), (with_then_log_return, (None, Manager(), quiet), 1), (with_then_log_return, (0, Manager(), quiet), 'after'), (with_then_log_return, (1, suppress, key), 3), (with_then_log_return, (1, Manager(), key), 2), (with_elif_store, (1, Manager(), quiet), ()), (with_elif_store, (None, Manager(), quiet), 'after'), (with_elif_store, (0, Manager(), quiet), 'after'), (with_elif_store, (1, suppress, key), 'after'), (with_elif_store, (1, Manager(), key), 2), (with_else_return, (1, Manager(), quiet), ()), (with_else_return, (None, Manager(), quiet), 1), (with_else_return, (0, Manager(), quiet), 1), (with_else_return, (1, suppress, key), 'after'), (with_else_return, (1, Manager(), key), 2), (with_then_call, (1, Manager(), quiet), ()), (with_then_call, (None, Manager(), quiet), 1), (with_then_call, (0, Manager(), quiet), 'after'), (with_then_call, (0, Manager(), key), 2), (with_then_call, (1, suppress, key), 2), (with_then_call, (1, Manager(), key), 2), (with_try_else, (1, Manager(), quiet), ()), (with_try_else, (None, Manager(), quiet), 1), (with_try_else, (0, Manager(), quiet), 'else'), (with_try_else, (1, suppress, key), 'else'), (with_try_else, (1, Manager(), key), 2), (with_return_in_body, (1, Manager(), quiet), ()), (with_return_in_body, (None, Manager(), quiet), 1), (with_return_in_body, (0, Manager(), quiet), 'body'), (with_return_in_body, (1, suppress, key), 'body'), (with_return_in_body, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), quiet), ()), (with_inner_try, (None, Manager(), quiet), 1), (with_inner_try, (0, Manager(), quiet), ('after', 'else')), (with_inner_try, (1, suppress, key), ('after', 'else')), (with_inner_try, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), index), 4), (with_in_nested_with, (1, Manager(), quiet), ()), (with_in_nested_with, (None, Manager(), quiet), 1), (with_in_nested_with, (0, Manager(), quiet), 'after'), (with_in_nested_with, (1, suppress, key), 'after'), (with_in_nested_with, (1, Manager(), key), 2), (with_in_while_try, ([1], Manager(), quiet), ()), (with_in_while_try, ([0], Manager(), quiet), 1), (with_in_while_try, ([], Manager(), quiet), 'after'), (with_in_while_try, ([1, 1], suppress, key), 'after'), (with_in_while_try, ([0, 1], suppress, key), 1), (with_in_while_try, ([1], Manager(), key), 2), (with_elif_store_else, (1, Manager(), quiet), ()), (with_elif_store_else, (None, Manager(), quiet), 5), (with_elif_store_else, (0, Manager(), quiet), 5), (with_elif_store_else, (1, suppress, key), 5), (with_elif_store_else, (1, Manager(), key), 2), (with_falling_off, (1, Manager(), quiet), 'after'), (with_falling_off, (None, Manager(), quiet), 1), (with_falling_off, (0, Manager(), quiet), 'after'), (with_falling_off, (1, suppress, key), 'after'), (with_falling_off, (1, Manager(), key), 2), (with_raise_after, (1, Manager(), quiet), ()), (with_raise_after, (None, Manager(), quiet), 1), (with_raise_after, (0, Manager(), quiet), 'index'), (with_raise_after, (1, suppress, key), 'index'), (with_raise_after, (1, Manager(), key), 2), (with_return_in_try, (Manager(), quiet), ()), (with_return_in_try, (suppress, key), ('after', 'after')), (with_return_in_try, (Manager(), key), 2), (with_return_in_try_test, (1, Manager(), quiet), ()), (with_return_in_try_test, (1, suppress, key), 'after'), (with_return_in_try_test, (0, suppress, key), 'other'), (with_return_in_try_test, (1, Manager(), key), 2), (with_store_in_try, (Manager(), quiet), 'after'), (with_store_in_try, (Manager(), key), 2), (with_store_in_try_then, (Manager(), quiet), (3, ())), (with_store_in_try_then, (Manager(), key), 2), (with_store_in_try_else, (Manager(), quiet), (3, ())), (with_store_in_try_else, (Manager(), key), 2), (with_in_nested_with_else, (1, Manager(), quiet), ()), (with_in_nested_with_else, (0, Manager(), quiet), 1), (with_in_nested_with_else, (1, Manager(), key), 'after'), (with_in_nested_with_else, (1, suppress, key), 'after'), (with_in_nested_with_else, (1, Manager(), index), 2), (with_inner_try_then, (1, Manager(), quiet), ()), (with_inner_try_then, (None, Manager(), quiet), 1), (with_inner_try_then, (0, Manager(), quiet), 'after'), (with_inner_try_then, (1, suppress, key), ('after', 'then')), (with_inner_try_then, (1, Manager(), key), 2), (with_inner_try_then, (1, Manager(), index), 4), (with_body_else, (Manager(), quiet), 5), (with_body_else, (suppress, key), 5), (with_body_else, (Manager(), key), 2):
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
