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
        elif a is None:
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


def with_inner_try_then_else_tail(a, m, r):
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
    try:
        if a:
            with Manager(KeyError), m:
                return r()
        else:
            log.append('other')
            return 1
        return 'after'
    except IndexError:
        return 2


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
    for x in a:
        try:
            if x:
                with m:
                    return r()
            else:
                log.append('other')
                return 1
        except IndexError:
            return 2
    return 'after'


def with_in_nested_with_loop_else(a, m, r):
    for x in a:
        try:
            if x:
                with Manager(KeyError), m:
                    return r()
            else:
                log.append('other')
                return 1
        except IndexError:
            return 2
    return 'after'


def with_return_with_else_return(a, m, r):
    try:
        if a:
            with m:
                return r()
        else:
            with m:
                log.append('other')
            return 1
        return 'after'
    except IndexError:
        return 2


def check():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want in (with_then_return, (1, Manager(), quiet), 3), (with_then_return, (None, Manager(), quiet), 1), (with_then_return, (0, Manager(), quiet), 'after'), (with_then_return, (1, suppress, key), 3), (with_then_return, (1, Manager(), key), 2), (with_then_log_return, (1, Manager(), quiet), 3), (with_then_log_return, (None, Manager(), quiet), 1), (with_then_log_return, (0, Manager(), quiet), 'after'), (with_then_log_return, (1, suppress, key), 3), (with_then_log_return, (1, Manager(), key), 2), (with_elif_store, (1, Manager(), quiet), ()), (with_elif_store, (None, Manager(), quiet), 'after'), (with_elif_store, (0, Manager(), quiet), 'after'), (with_elif_store, (1, suppress, key), 'after'), (with_elif_store, (1, Manager(), key), 2), (with_else_return, (1, Manager(), quiet), ()), (with_else_return, (None, Manager(), quiet), 1), (with_else_return, (0, Manager(), quiet), 1), (with_else_return, (1, suppress, key), 'after'), (with_else_return, (1, Manager(), key), 2), (with_then_call, (1, Manager(), quiet), ()), (with_then_call, (None, Manager(), quiet), 1), (with_then_call, (0, Manager(), quiet), 'after'), (with_then_call, (0, Manager(), key), 2), (with_then_call, (1, suppress, key), 2), (with_then_call, (1, Manager(), key), 2), (with_try_else, (1, Manager(), quiet), ()), (with_try_else, (None, Manager(), quiet), 1), (with_try_else, (0, Manager(), quiet), 'else'), (with_try_else, (1, suppress, key), 'else'), (with_try_else, (1, Manager(), key), 2), (with_return_in_body, (1, Manager(), quiet), ()), (with_return_in_body, (None, Manager(), quiet), 1), (with_return_in_body, (0, Manager(), quiet), 'body'), (with_return_in_body, (1, suppress, key), 'body'), (with_return_in_body, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), quiet), ()), (with_inner_try, (None, Manager(), quiet), 1), (with_inner_try, (0, Manager(), quiet), ('after', 'else')), (with_inner_try, (1, suppress, key), ('after', 'else')), (with_inner_try, (1, Manager(), key), 2), (with_inner_try, (1, Manager(), index), 4), (with_in_nested_with, (1, Manager(), quiet), ()), (with_in_nested_with, (None, Manager(), quiet), 1), (with_in_nested_with, (0, Manager(), quiet), 'after'), (with_in_nested_with, (1, suppress, key), 'after'), (with_in_nested_with, (1, Manager(), key), 2), (with_in_while_try, ([1], Manager(), quiet), ()), (with_in_while_try, ([0], Manager(), quiet), 1), (with_in_while_try, ([], Manager(), quiet), 'after'), (with_in_while_try, ([1, 1], suppress, key), 'after'), (with_in_while_try, ([0, 1], suppress, key), 1), (with_in_while_try, ([1], Manager(), key), 2), (with_elif_store_else, (1, Manager(), quiet), ()), (with_elif_store_else, (None, Manager(), quiet), 5), (with_elif_store_else, (0, Manager(), quiet), 5), (with_elif_store_else, (1, suppress, key), 5), (with_elif_store_else, (1, Manager(), key), 2), (with_falling_off, (1, Manager(), quiet), 'after'), (with_falling_off, (None, Manager(), quiet), 1), (with_falling_off, (0, Manager(), quiet), 'after'), (with_falling_off, (1, suppress, key), 'after'), (with_falling_off, (1, Manager(), key), 2), (with_raise_after, (1, Manager(), quiet), ()), (with_raise_after, (None, Manager(), quiet), 1), (with_raise_after, (0, Manager(), quiet), 'index'), (with_raise_after, (1, suppress, key), 'index'), (with_raise_after, (1, Manager(), key), 2), (with_return_in_try, (Manager(), quiet), ()), (with_return_in_try, (suppress, key), ('after', 'after')), (with_return_in_try, (Manager(), key), 2), (with_return_in_try_test, (1, Manager(), quiet), ()), (with_return_in_try_test, (1, suppress, key), 'after'), (with_return_in_try_test, (0, suppress, key), 'other'), (with_return_in_try_test, (1, Manager(), key), 2), (with_store_in_try, (Manager(), quiet), 'after'), (with_store_in_try, (Manager(), key), 2), (with_store_in_try_then, (Manager(), quiet), (3, ())), (with_store_in_try_then, (Manager(), key), 2), (with_store_in_try_else, (Manager(), quiet), (3, ())), (with_store_in_try_else, (Manager(), key), 2), (with_in_nested_with_else, (1, Manager(), quiet), ()), (with_in_nested_with_else, (0, Manager(), quiet), 1), (with_in_nested_with_else, (1, Manager(), key), 'after'), (with_in_nested_with_else, (1, suppress, key), 'after'), (with_in_nested_with_else, (1, Manager(), index), 2), (with_inner_try_then, (1, Manager(), quiet), ()), (with_inner_try_then, (None, Manager(), quiet), 1), (with_inner_try_then, (0, Manager(), quiet), 'after'), (with_inner_try_then, (1, suppress, key), ('after', 'then')), (with_inner_try_then, (1, Manager(), key), 2), (with_inner_try_then, (1, Manager(), index), 4), (with_inner_try_then_more, (1, Manager(), quiet), ()), (with_inner_try_then_more, (None, Manager(), quiet), 1), (with_inner_try_then_more, (1, suppress, key), ('after', 'then')), (with_inner_try_then_more, (1, Manager(), key), 2), (with_inner_try_then_more, (1, Manager(), index), 4), (with_inner_try_then_tail, (1, Manager(), quiet), ()), (with_inner_try_then_tail, (None, Manager(), quiet), 1), (with_inner_try_then_tail, (1, suppress, key), ('after', 'then')), (with_inner_try_then_tail, (1, Manager(), key), 2), (with_inner_try_then_tail, (1, Manager(), index), 4), (with_inner_try_then_more, (0, Manager(), quiet), ('after', 'more')), (with_inner_try_then_tail, (0, Manager(), quiet), ('after', 'tail')), (with_inner_try_then_else_tail, (1, suppress, key), ('after', 'then')), (with_inner_try_then_else_tail, (None, Manager(), quiet), 1), (with_inner_try_then_else_tail, (1, Manager(), index), 4), (with_inner_try_then_else_tail, (0, Manager(), quiet), ('after', 'tail')), (with_in_nested_with_else_log, (1, Manager(), quiet), ()), (with_in_nested_with_else_log, (0, Manager(), quiet), 1), (with_in_nested_with_else_log, (1, Manager(), key), 'after'), (with_in_nested_with_else_log, (1, suppress, key), ('after', 'outer')), (with_in_nested_with_else_log, (1, Manager(), index), 2), (with_in_nested_with_else_raise, (1, Manager(), quiet), ()), (with_in_nested_with_else_raise, (1, Manager(), key), 'after'), (with_in_nested_with_else_raise, (1, suppress, key), 'after'), (with_in_nested_with_else_raise, (1, Manager(), index), 2), (with_in_nested_with_elif_log, (1, Manager(), quiet), ()), (with_in_nested_with_elif_log, (None, Manager(), quiet), ('after', 'none')), (with_in_nested_with_elif_log, (0, Manager(), quiet), 'after'), (with_in_nested_with_elif_log, (1, Manager(), key), 'after'), (with_in_nested_with_elif_log, (1, suppress, key), 'after'), (with_in_nested_with_elif_log, (1, Manager(), index), 2), (with_in_nested_with_else_log_return, (1, Manager(), quiet), ()), (with_in_nested_with_else_log_return, (0, Manager(), quiet), (1, 'other')), (with_in_nested_with_else_log_return, (1, Manager(), key), 'after'), (with_in_nested_with_else_log_return, (1, suppress, key), 'after'), (with_in_nested_with_else_log_return, (1, Manager(), index), 2), (with_in_nested_with3_else, (1, Manager(), quiet), ()), (with_in_nested_with3_else, (0, Manager(), quiet), 1), (with_in_nested_with3_else, (1, Manager(), key), 'after'), (with_in_nested_with3_else, (1, suppress, key), 'after'), (with_in_nested_with3_else, (1, Manager(), index), 2), (with_in_nested_with3_else, (1, Manager(), raiser(TypeError)), 'after'), (with_in_nested_with_const, (1, Manager(), quiet), 3), (with_in_nested_with_const, (0, Manager(), quiet), 1), (with_in_nested_with_const, (1, Manager(), key), 'after'), (with_in_nested_with_const, (1, suppress, key), 'after'), (with_in_nested_with_const, (1, Manager(), index), 2), (with_in_nested_with_else_after_log, (1, Manager(), quiet), ()), (with_in_nested_with_else_after_log, (0, Manager(), quiet), 1), (with_in_nested_with_else_after_log, (1, Manager(), key), ('after', 'after')), (with_in_nested_with_else_after_log, (1, suppress, key), ('after', 'after')), (with_in_nested_with_else_after_log, (1, Manager(), index), 2), (with_else_log_return, (1, Manager(), quiet), ()), (with_else_log_return, (0, Manager(), quiet), (0, 'other')), (with_else_log_return, (1, suppress, key), 'after'), (with_else_log_return, (1, Manager(), index), 2), (with_loop_else_log_return, ([1], Manager(), quiet), ()), (with_loop_else_log_return, ([0], Manager(), quiet), (1, 'other')), (with_loop_else_log_return, ([1], suppress, key), 'after'), (with_loop_else_log_return, ([1, 0], suppress, key), (1, 'other')), (with_loop_else_log_return, ([1], Manager(), index), 2), (with_in_nested_with_loop_else, ([1], Manager(), quiet), ()), (with_in_nested_with_loop_else, ([0], Manager(), quiet), (1, 'other')), (with_in_nested_with_loop_else, ([1], suppress, key), 'after'), (with_in_nested_with_loop_else, ([1, 0], suppress, key), (1, 'other')), (with_in_nested_with_loop_else, ([1], Manager(), index), 2), (with_in_nested_with_loop_else, ([1, 1], Manager(), key), 'after'), (with_return_with_else_return, (1, Manager(), quiet), ()), (with_return_with_else_return, (0, Manager(), quiet), (1, 'other')), (with_return_with_else_return, (1, suppress, key), 'after'), (with_return_with_else_return, (1, Manager(), index), 2), (with_body_else, (Manager(), quiet), 5), (with_body_else, (suppress, key), 5), (with_body_else, (Manager(), key), 2):
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
            elif items:
                return 1
            else:
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
    while items:
        try:
            if items.pop():
                with m:
                    return r()
                continue
            if items:
                return 1
        except KeyError:
            return 2
        log.append('more')
    return 'after'


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


def else_with_continue_in_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                log.append(1)
            else:
                with m:
                    return r()
                continue
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def check_silent():
    suppress = Manager(KeyError)
    key, index = (raiser(KeyError), raiser(IndexError))
    for f, args, want, logged, absent in (with_continue_in_loop_try, ([1], suppress, key), 'after', None, 'more'), (with_continue_in_loop_try, ([0, 1], suppress, key), 'after', 'more', None), (with_continue_in_loop_try, ([1, 1], suppress, key), 'after', None, 'more'), (with_continue_in_loop_try, ([0], Manager(), quiet), 'after', 'more', None), (with_continue_in_loop_try, ([1, 0], Manager(), quiet), 1, None, 'more'), (with_continue_in_loop_try, ([1], Manager(), quiet), (), None, 'more'), (with_continue_in_loop_try, ([1], Manager(), key), 2, None, 'more'), (with_then_with_else_return, (1, Manager(), quiet), 'after', None, 'other'), (with_then_with_else_return, (1, suppress, key), 'after', None, 'other'), (with_then_with_else_return, (1, Manager(), index), 2, None, 'other'), (with_then_with_else_return, (0, Manager(), quiet), 1, 'other', None), (else_with_continue_in_loop_try, ([0], suppress, key), 'after', None, 'more'), (else_with_continue_in_loop_try, ([1, 0], suppress, key), 'after', 'more', None), (else_with_continue_in_loop_try, ([0, 1], suppress, key), 'after', 'more', None), (else_with_continue_in_loop_try, ([0], Manager(), quiet), (), None, 'more'), (else_with_continue_in_loop_try, ([0], Manager(), key), 2, None, 'more'):
        got = fell_back(f, *args)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        assert got is FELL or logged is None or logged in log, (f.__name__, args, log)
        assert got is FELL or absent is None or absent not in log, (f.__name__, args, log)
        log.clear()

check_silent()
