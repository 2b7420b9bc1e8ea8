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

def run(f, args):
    "f's result, or the name of the exception it raised; FELL when it fell back to its disassembly."
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        return type(e).__name__


def with_break_in_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                with m:
                    return r()
                break
            if items:
                return 1
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def with_continue_in_for_try(items, m, r):
    for x in items:
        try:
            if x:
                with m:
                    return r()
                continue
            log.append(x)
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def with_continue_in_loop(items, m, r):
    while items:
        if items.pop():
            with m:
                return r()
            continue
        if items:
            return 1
        log.append('more')
    return 'after'


def with_continue_in_while_true(items, m, r):
    while True:
        try:
            if items.pop():
                with m:
                    return r()
                continue
            if items:
                return 1
        except (KeyError, IndexError):
            return 2
        log.append('more')


def with_const_continue_in_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                with m:
                    r()
                    return 3
                continue
            if items:
                return 1
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def with_break_in_inner_for_try(items, m, r):
    for x in items:
        for y in x:
            try:
                if y:
                    with m:
                        return r()
                    break
                log.append(y)
            except KeyError:
                return 2
        log.append('more')
    return 'after'


def three_withs_const(a, m, r):
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


def nested_with_const_in_if(a, m, r):
    if a:
        with Manager(KeyError), m:
            r()
            return 3
    else:
        return 1
    return 'after'


def nested_with_const_then_log(a, m, r):
    with Manager(KeyError):
        with m:
            r()
            return 3
        log.append('inner')
    return 4


def else_with_log_return(a, m, r):
    try:
        if a:
            with m:
                r()
        else:
            with m:
                log.append('other')
            log.append('x')
            return 1
    except IndexError:
        return 2
    return 'after'


def else_with_return_value(a, m, r):
    try:
        if a:
            with m:
                r()
        else:
            with m:
                log.append('other')
            return a
    except IndexError:
        return 2
    return 'after'


def elif_with_return(a, b, m, r):
    try:
        if a:
            with m:
                r()
        elif b:
            with m:
                log.append('other')
            return 1
        else:
            return 4
    except IndexError:
        return 2
    return 'after'


def else_with_return_in_loop(a, m, r):
    for x in a:
        try:
            if x:
                with m:
                    r()
            else:
                with m:
                    log.append('other')
                return 1
        except IndexError:
            return 2
        log.append('more')
    return 'after'


def else_nested_with_return(a, m, r):
    try:
        if a:
            with m, m:
                r()
        else:
            with m, m:
                log.append('other')
            return 1
    except IndexError:
        return 2
    return 'after'


def else_if_with_return(a, b, m, r):
    try:
        if a:
            with m:
                r()
        else:
            if b:
                log.append(b)
            else:
                with m:
                    log.append('other')
            return 1
    except IndexError:
        return 2
    return 'after'


def with_const_in_for(a, m, r):
    for x in a:
        with m:
            r()
            return 3
    return 'after'


def with_then_const_in_for(a, m, r):
    for x in a:
        with m:
            r()
        return 3
    return 'after'


def nested_with_const_in_for(a, m, r):
    for x in a:
        with Manager(KeyError), m:
            r()
            return 3
    return 'after'


def nested_with_then_const_in_for(a, m, r):
    for x in a:
        with Manager(KeyError):
            with m:
                r()
            return 3
    return 'after'


def with_const_in_two_fors(a, m, r):
    for x in a:
        for y in x:
            with m:
                r()
                return 3
    return 'after'


def with_const_in_loop_try_branch(a, m, r):
    for x in a:
        try:
            if x:
                with m:
                    r()
                    return 3
            else:
                log.append(x)
        except IndexError:
            return 2
    return 'after'


def nested_with_then_const_else_return(a, m, r):
    try:
        if a:
            with Manager(KeyError):
                with m:
                    r()
                return 3
        else:
            return 1
    except IndexError:
        return 2
    return 'after'


def nested_with_then_const_else_return_log(a, m, r):
    try:
        if a:
            with Manager(KeyError):
                with m:
                    r()
                return 3
        else:
            return 1
    except IndexError:
        return 2
    log.append(a)
    return 'after'


def nested_with_then_const_else_return_loop(a, m, r):
    for x in a:
        try:
            if x:
                with Manager(KeyError):
                    with m:
                        r()
                    return 3
            else:
                return 1
        except IndexError:
            return 2
        log.append(x)
    return 'after'


def else_with_break_in_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                log.append(1)
            else:
                with m:
                    return r()
                break
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def else_with_continue_in_for_try(items, m, r):
    for x in items:
        try:
            if x:
                log.append(1)
            else:
                with m:
                    return r()
                continue
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def else_with_log_continue_in_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                log.append(1)
            else:
                with m:
                    return r()
                log.append(2)
                continue
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def else_with_return_ending_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                log.append(1)
            else:
                with m:
                    return r()
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def else_with_return_ending_try(a, m, r):
    try:
        if a:
            log.append(1)
        else:
            with m:
                return r()
    except KeyError:
        return 2
    log.append('more')
    return 'after'


def else_log_with_return_ending_try(a, m, r):
    try:
        if a:
            log.append(1)
        else:
            log.append(2)
            with m:
                return r()
        return 'after'
    except KeyError:
        return 2


def nested_else_with_return_ending_try(a, m, r):
    try:
        if a:
            log.append(1)
        else:
            with Manager(KeyError), m:
                return r()
        return 'after'
    except KeyError:
        return 2


def nested_else_with_return_ending_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                log.append(1)
            else:
                with Manager(KeyError), m:
                    return r()
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def three_else_withs_return_ending_try(a, m, r):
    try:
        if a:
            log.append(1)
        else:
            with Manager(KeyError), Manager(TypeError), m:
                return r()
        return 'after'
    except KeyError:
        return 2


def nested_else_with_return_then_log(a, m, r):
    try:
        if a:
            log.append(1)
        else:
            with Manager(KeyError):
                with m:
                    return r()
                log.append(5)
        return 'after'
    except KeyError:
        return 2


def with_return_then_const(a, m, r):
    try:
        if a:
            with m:
                return r()
            return 5
        if a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_return_then_const_no_elif(a, m, r):
    try:
        if a:
            with m:
                return r()
        else:
            log.append(a)
            return 'after'
        return 5
    except KeyError:
        return 2


def with_return_then_const_else_log(a, m, r):
    try:
        if a:
            with m:
                return r()
            return 5
        log.append(a)
        return 'after'
    except KeyError:
        return 2


def with_return_then_const_in_loop_try(items, m, r):
    while items:
        try:
            if items.pop():
                with m:
                    return r()
                return 5
            if items:
                return 1
        except KeyError:
            return 2
        log.append('more')
    return 'after'


def check():
    for f, args, want, logged in [(with_break_in_loop_try, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_loop_try, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_loop_try, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_loop_try, lambda: ([1, 0], Manager(), quiet), 1, []), (with_break_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_break_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_break_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_break_in_loop_try, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_break_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_break_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_break_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more']), (with_continue_in_for_try, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_for_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_for_try, lambda: ([0, 1], Manager(), quiet), (), [0, 'more', 'enter', ('ok',), ('exit', None)]), (with_continue_in_for_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_for_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', [0, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_for_try, lambda: ([0], Manager(), quiet), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', [0, 'more']), (with_continue_in_for_try, lambda: ([], Manager(), quiet), 'after', []), (with_continue_in_for_try, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (with_continue_in_for_try, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (with_continue_in_for_try, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (with_continue_in_loop, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_loop, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_loop, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_loop, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_continue_in_loop, lambda: ([0, 1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_loop, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_loop, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1, 1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_loop, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_loop, lambda: ([1, 0], Manager(), quiet), 1, []), (with_continue_in_loop, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_continue_in_loop, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_continue_in_loop, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_continue_in_loop, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_continue_in_loop, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_continue_in_loop, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_continue_in_loop, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more']), (with_continue_in_while_true, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_while_true, lambda: ([1], Manager(KeyError), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_while_true, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_while_true, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_continue_in_while_true, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([0, 1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_while_true, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_continue_in_while_true, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_continue_in_while_true, lambda: ([1, 1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_continue_in_while_true, lambda: ([1, 0], Manager(), quiet), 1, []), (with_continue_in_while_true, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_continue_in_while_true, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_continue_in_while_true, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_continue_in_while_true, lambda: ([0], Manager(), quiet), 2, ['more']), (with_continue_in_while_true, lambda: ([0], Manager(KeyError), raiser(KeyError)), 2, ['more']), (with_continue_in_while_true, lambda: ([0], Manager(), raiser(KeyError)), 2, ['more']), (with_continue_in_while_true, lambda: ([0], Manager(), raiser(IndexError)), 2, ['more']), (with_const_continue_in_loop_try, lambda: ([1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_continue_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_continue_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(), quiet), 1, []), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_const_continue_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_const_continue_in_loop_try, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_const_continue_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_const_continue_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_const_continue_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[1]], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_break_in_inner_for_try, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_break_in_inner_for_try, lambda: ([[1]], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_inner_for_try, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(), quiet), (), [0, 'enter', ('ok',), ('exit', None)]), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(KeyError), raiser(KeyError)), 'after', [0, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(), raiser(KeyError)), 2, [0, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_inner_for_try, lambda: ([[0, 1]], Manager(), raiser(IndexError)), 'IndexError', [0, 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(), quiet), (), [0, 'more', 'enter', ('ok',), ('exit', None)]), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(KeyError), raiser(KeyError)), 'after', [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(), raiser(KeyError)), 2, [0, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_break_in_inner_for_try, lambda: ([[0], [1]], Manager(), raiser(IndexError)), 'IndexError', [0, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_break_in_inner_for_try, lambda: ([[]], Manager(), quiet), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[]], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[]], Manager(), raiser(KeyError)), 'after', ['more']), (with_break_in_inner_for_try, lambda: ([[]], Manager(), raiser(IndexError)), 'after', ['more']), (three_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None)]), (three_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_withs_const, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_withs_const, lambda: (0, Manager(), quiet), 1, []), (three_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, []), (three_withs_const, lambda: (0, Manager(), raiser(KeyError)), 1, []), (three_withs_const, lambda: (0, Manager(), raiser(IndexError)), 1, []), (nested_with_const_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_const_in_if, lambda: (1, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_in_if, lambda: (0, Manager(), quiet), 1, []), (nested_with_const_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, []), (nested_with_const_in_if, lambda: (0, Manager(), raiser(KeyError)), 1, []), (nested_with_const_in_if, lambda: (0, Manager(), raiser(IndexError)), 1, []), (nested_with_const_then_log, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_then_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None)]), (nested_with_const_then_log, lambda: (1, Manager(), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_then_log, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_then_log, lambda: (0, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_then_log, lambda: (0, Manager(KeyError), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None)]), (nested_with_const_then_log, lambda: (0, Manager(), raiser(KeyError)), 4, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_then_log, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (else_with_log_return, lambda: (1, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (else_with_log_return, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_return, lambda: (1, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_return, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_log_return, lambda: (0, Manager(), quiet), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_log_return, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_log_return, lambda: (0, Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_log_return, lambda: (0, Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None), 'x']), (else_with_return_value, lambda: (1, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (else_with_return_value, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_value, lambda: (1, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_value, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_value, lambda: (0, Manager(), quiet), 0, ['enter', 'other', ('exit', None)]), (else_with_return_value, lambda: (0, Manager(KeyError), raiser(KeyError)), 0, ['enter', 'other', ('exit', None)]), (else_with_return_value, lambda: (0, Manager(), raiser(KeyError)), 0, ['enter', 'other', ('exit', None)]), (else_with_return_value, lambda: (0, Manager(), raiser(IndexError)), 0, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (1, 0, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (elif_with_return, lambda: (1, 0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (elif_with_return, lambda: (1, 0, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (elif_with_return, lambda: (1, 0, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (elif_with_return, lambda: (0, 1, Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 1, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 1, Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 1, Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (elif_with_return, lambda: (0, 0, Manager(), quiet), 4, []), (elif_with_return, lambda: (0, 0, Manager(KeyError), raiser(KeyError)), 4, []), (elif_with_return, lambda: (0, 0, Manager(), raiser(KeyError)), 4, []), (elif_with_return, lambda: (0, 0, Manager(), raiser(IndexError)), 4, []), (else_with_return_in_loop, lambda: ([1], Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None), 'more']), (else_with_return_in_loop, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (else_with_return_in_loop, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_in_loop, lambda: ([1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_in_loop, lambda: ([0, 1], Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0, 1], Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0, 1], Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([0], Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (else_with_return_in_loop, lambda: ([], Manager(), quiet), 'after', []), (else_with_return_in_loop, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (else_with_return_in_loop, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (else_with_return_in_loop, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (else_nested_with_return, lambda: (1, Manager(), quiet), 'after', ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (else_nested_with_return, lambda: (1, Manager(), raiser(KeyError)), 'KeyError', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (else_nested_with_return, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (else_nested_with_return, lambda: (0, Manager(), quiet), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (0, Manager(), raiser(KeyError)), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_nested_with_return, lambda: (0, Manager(), raiser(IndexError)), 1, ['enter', 'enter', 'other', ('exit', None), ('exit', None)]), (else_if_with_return, lambda: (1, 0, Manager(), quiet), 'after', ['enter', ('ok',), ('exit', None)]), (else_if_with_return, lambda: (1, 0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_if_with_return, lambda: (1, 0, Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_if_with_return, lambda: (1, 0, Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_if_with_return, lambda: (0, 1, Manager(), quiet), 1, [1]), (else_if_with_return, lambda: (0, 1, Manager(KeyError), raiser(KeyError)), 1, [1]), (else_if_with_return, lambda: (0, 1, Manager(), raiser(KeyError)), 1, [1]), (else_if_with_return, lambda: (0, 1, Manager(), raiser(IndexError)), 1, [1]), (else_if_with_return, lambda: (0, 0, Manager(), quiet), 1, ['enter', 'other', ('exit', None)]), (else_if_with_return, lambda: (0, 0, Manager(KeyError), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_if_with_return, lambda: (0, 0, Manager(), raiser(KeyError)), 1, ['enter', 'other', ('exit', None)]), (else_if_with_return, lambda: (0, 0, Manager(), raiser(IndexError)), 1, ['enter', 'other', ('exit', None)]), (with_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_for, lambda: ([0, 1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_for, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_for, lambda: ([0, 1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_for, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_for, lambda: ([0], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_for, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_for, lambda: ([0], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_for, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_for, lambda: ([], Manager(), quiet), 'after', []), (with_const_in_for, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (with_const_in_for, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (with_const_in_for, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (with_then_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_then_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 3, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_then_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_then_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_then_const_in_for, lambda: ([0, 1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_then_const_in_for, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 3, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_then_const_in_for, lambda: ([0, 1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_then_const_in_for, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_then_const_in_for, lambda: ([0], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_then_const_in_for, lambda: ([0], Manager(KeyError), raiser(KeyError)), 3, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_then_const_in_for, lambda: ([0], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_then_const_in_for, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_then_const_in_for, lambda: ([], Manager(), quiet), 'after', []), (with_then_const_in_for, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (with_then_const_in_for, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (with_then_const_in_for, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (nested_with_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_in_for, lambda: ([0, 1], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_in_for, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_const_in_for, lambda: ([0, 1], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_in_for, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_in_for, lambda: ([0], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_const_in_for, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_const_in_for, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_const_in_for, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_const_in_for, lambda: ([], Manager(), quiet), 'after', []), (nested_with_const_in_for, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (nested_with_const_in_for, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (nested_with_const_in_for, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (nested_with_then_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 3, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_const_in_for, lambda: ([0, 1], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_const_in_for, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 3, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_const_in_for, lambda: ([0, 1], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_const_in_for, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_const_in_for, lambda: ([0], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_const_in_for, lambda: ([0], Manager(KeyError), raiser(KeyError)), 3, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_const_in_for, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_const_in_for, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_const_in_for, lambda: ([], Manager(), quiet), 'after', []), (nested_with_then_const_in_for, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (nested_with_then_const_in_for, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (nested_with_then_const_in_for, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (with_const_in_two_fors, lambda: ([[1]], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_two_fors, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_two_fors, lambda: ([[1]], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_two_fors, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_two_fors, lambda: ([[0, 1]], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_two_fors, lambda: ([[0, 1]], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_two_fors, lambda: ([[0, 1]], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_two_fors, lambda: ([[0, 1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_two_fors, lambda: ([[0], [1]], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_two_fors, lambda: ([[0], [1]], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_two_fors, lambda: ([[0], [1]], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_two_fors, lambda: ([[0], [1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_two_fors, lambda: ([[]], Manager(), quiet), 'after', []), (with_const_in_two_fors, lambda: ([[]], Manager(KeyError), raiser(KeyError)), 'after', []), (with_const_in_two_fors, lambda: ([[]], Manager(), raiser(KeyError)), 'after', []), (with_const_in_two_fors, lambda: ([[]], Manager(), raiser(IndexError)), 'after', []), (with_const_in_loop_try_branch, lambda: ([1], Manager(), quiet), 3, ['enter', ('ok',), ('exit', None)]), (with_const_in_loop_try_branch, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_loop_try_branch, lambda: ([1], Manager(), raiser(KeyError)), 'KeyError', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_loop_try_branch, lambda: ([1], Manager(), raiser(IndexError)), 2, ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_loop_try_branch, lambda: ([0, 1], Manager(), quiet), 3, [0, 'enter', ('ok',), ('exit', None)]), (with_const_in_loop_try_branch, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [0, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_loop_try_branch, lambda: ([0, 1], Manager(), raiser(KeyError)), 'KeyError', [0, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_const_in_loop_try_branch, lambda: ([0, 1], Manager(), raiser(IndexError)), 2, [0, 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_const_in_loop_try_branch, lambda: ([0], Manager(), quiet), 'after', [0]), (with_const_in_loop_try_branch, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', [0]), (with_const_in_loop_try_branch, lambda: ([0], Manager(), raiser(KeyError)), 'after', [0]), (with_const_in_loop_try_branch, lambda: ([0], Manager(), raiser(IndexError)), 'after', [0]), (with_const_in_loop_try_branch, lambda: ([], Manager(), quiet), 'after', []), (with_const_in_loop_try_branch, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (with_const_in_loop_try_branch, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (with_const_in_loop_try_branch, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (nested_with_then_const_else_return, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_const_else_return, lambda: (1, Manager(KeyError), raiser(KeyError)), 3, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_const_else_return, lambda: (1, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_with_then_const_else_return, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_const_else_return, lambda: (0, Manager(), quiet), 1, []), (nested_with_then_const_else_return, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, []), (nested_with_then_const_else_return, lambda: (0, Manager(), raiser(KeyError)), 1, []), (nested_with_then_const_else_return, lambda: (0, Manager(), raiser(IndexError)), 1, []), (nested_with_then_const_else_return_log, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_const_else_return_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 3, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_const_else_return_log, lambda: (1, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 1]), (nested_with_then_const_else_return_log, lambda: (1, Manager(), raiser(IndexError)), 2, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_const_else_return_log, lambda: (0, Manager(), quiet), 1, []), (nested_with_then_const_else_return_log, lambda: (0, Manager(KeyError), raiser(KeyError)), 1, []), (nested_with_then_const_else_return_log, lambda: (0, Manager(), raiser(KeyError)), 1, []), (nested_with_then_const_else_return_log, lambda: (0, Manager(), raiser(IndexError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_with_then_const_else_return_loop, lambda: ([1], Manager(KeyError), raiser(KeyError)), 3, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_with_then_const_else_return_loop, lambda: ([1], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 1]), (nested_with_then_const_else_return_loop, lambda: ([1], Manager(), raiser(IndexError)), 2, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_with_then_const_else_return_loop, lambda: ([0, 1], Manager(), quiet), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0, 1], Manager(), raiser(KeyError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0, 1], Manager(), raiser(IndexError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0], Manager(), quiet), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0], Manager(KeyError), raiser(KeyError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0], Manager(), raiser(KeyError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([0], Manager(), raiser(IndexError)), 1, []), (nested_with_then_const_else_return_loop, lambda: ([], Manager(), quiet), 'after', []), (nested_with_then_const_else_return_loop, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (nested_with_then_const_else_return_loop, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (nested_with_then_const_else_return_loop, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (else_with_break_in_loop_try, lambda: ([1], Manager(), quiet), 'after', [1, 'more']), (else_with_break_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more']), (else_with_break_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 'after', [1, 'more']), (else_with_break_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'after', [1, 'more']), (else_with_break_in_loop_try, lambda: ([0, 1], Manager(), quiet), (), [1, 'more', 'enter', ('ok',), ('exit', None)]), (else_with_break_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_break_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, [1, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_break_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', [1, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_break_in_loop_try, lambda: ([1, 1], Manager(), quiet), 'after', [1, 'more', 1, 'more']), (else_with_break_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (else_with_break_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (else_with_break_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'after', [1, 'more', 1, 'more']), (else_with_break_in_loop_try, lambda: ([1, 0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_break_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_break_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_break_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_break_in_loop_try, lambda: ([0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_break_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_break_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_break_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_continue_in_for_try, lambda: ([1], Manager(), quiet), 'after', [1, 'more']), (else_with_continue_in_for_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more']), (else_with_continue_in_for_try, lambda: ([1], Manager(), raiser(KeyError)), 'after', [1, 'more']), (else_with_continue_in_for_try, lambda: ([1], Manager(), raiser(IndexError)), 'after', [1, 'more']), (else_with_continue_in_for_try, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_continue_in_for_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 1, 'more']), (else_with_continue_in_for_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_continue_in_for_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_continue_in_for_try, lambda: ([0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_continue_in_for_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_continue_in_for_try, lambda: ([0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_continue_in_for_try, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_continue_in_for_try, lambda: ([], Manager(), quiet), 'after', []), (else_with_continue_in_for_try, lambda: ([], Manager(KeyError), raiser(KeyError)), 'after', []), (else_with_continue_in_for_try, lambda: ([], Manager(), raiser(KeyError)), 'after', []), (else_with_continue_in_for_try, lambda: ([], Manager(), raiser(IndexError)), 'after', []), (else_with_log_continue_in_loop_try, lambda: ([1], Manager(), quiet), 'after', [1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 'after', [1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'after', [1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([0, 1], Manager(), quiet), (), [1, 'more', 'enter', ('ok',), ('exit', None)]), (else_with_log_continue_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 2]), (else_with_log_continue_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, [1, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_continue_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', [1, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_log_continue_in_loop_try, lambda: ([1, 1], Manager(), quiet), 'after', [1, 'more', 1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'after', [1, 'more', 1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1, 0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_log_continue_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 2, 1, 'more']), (else_with_log_continue_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_continue_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_log_continue_in_loop_try, lambda: ([0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_log_continue_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 2]), (else_with_log_continue_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_log_continue_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_ending_loop_try, lambda: ([1], Manager(), quiet), 'after', [1, 'more']), (else_with_return_ending_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more']), (else_with_return_ending_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 'after', [1, 'more']), (else_with_return_ending_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'after', [1, 'more']), (else_with_return_ending_loop_try, lambda: ([0, 1], Manager(), quiet), (), [1, 'more', 'enter', ('ok',), ('exit', None)]), (else_with_return_ending_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (else_with_return_ending_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, [1, 'more', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_ending_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', [1, 'more', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_ending_loop_try, lambda: ([1, 1], Manager(), quiet), 'after', [1, 'more', 1, 'more']), (else_with_return_ending_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (else_with_return_ending_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (else_with_return_ending_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'after', [1, 'more', 1, 'more']), (else_with_return_ending_loop_try, lambda: ([1, 0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_return_ending_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more', 1, 'more']), (else_with_return_ending_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_ending_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_ending_loop_try, lambda: ([0], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_return_ending_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (else_with_return_ending_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_ending_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_with_return_ending_try, lambda: (1, Manager(), quiet), 'after', [1, 'more']), (else_with_return_ending_try, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', [1, 'more']), (else_with_return_ending_try, lambda: (1, Manager(), raiser(KeyError)), 'after', [1, 'more']), (else_with_return_ending_try, lambda: (1, Manager(), raiser(IndexError)), 'after', [1, 'more']), (else_with_return_ending_try, lambda: (0, Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (else_with_return_ending_try, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'more']), (else_with_return_ending_try, lambda: (0, Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_with_return_ending_try, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (else_log_with_return_ending_try, lambda: (1, Manager(), quiet), 'after', [1]), (else_log_with_return_ending_try, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', [1]), (else_log_with_return_ending_try, lambda: (1, Manager(), raiser(KeyError)), 'after', [1]), (else_log_with_return_ending_try, lambda: (1, Manager(), raiser(IndexError)), 'after', [1]), (else_log_with_return_ending_try, lambda: (0, Manager(), quiet), (), [2, 'enter', ('ok',), ('exit', None)]), (else_log_with_return_ending_try, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', [2, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_log_with_return_ending_try, lambda: (0, Manager(), raiser(KeyError)), 2, [2, 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (else_log_with_return_ending_try, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', [2, 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (nested_else_with_return_ending_try, lambda: (1, Manager(), quiet), 'after', [1]), (nested_else_with_return_ending_try, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', [1]), (nested_else_with_return_ending_try, lambda: (1, Manager(), raiser(KeyError)), 'after', [1]), (nested_else_with_return_ending_try, lambda: (1, Manager(), raiser(IndexError)), 'after', [1]), (nested_else_with_return_ending_try, lambda: (0, Manager(), quiet), (), ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_else_with_return_ending_try, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]), (nested_else_with_return_ending_try, lambda: (0, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_else_with_return_ending_try, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_else_with_return_ending_loop_try, lambda: ([1], Manager(), quiet), 'after', [1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 'after', [1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'after', [1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([0, 1], Manager(), quiet), (), [1, 'more', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_else_with_return_ending_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'more']), (nested_else_with_return_ending_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 'after', [1, 'more', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_else_with_return_ending_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', [1, 'more', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_else_with_return_ending_loop_try, lambda: ([1, 1], Manager(), quiet), 'after', [1, 'more', 1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 'after', [1, 'more', 1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'after', [1, 'more', 1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1, 0], Manager(), quiet), (), ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_else_with_return_ending_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'more', 1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 1, 'more']), (nested_else_with_return_ending_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_else_with_return_ending_loop_try, lambda: ([0], Manager(), quiet), (), ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_else_with_return_ending_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'more']), (nested_else_with_return_ending_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']), (nested_else_with_return_ending_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (three_else_withs_return_ending_try, lambda: (1, Manager(), quiet), 'after', [1]), (three_else_withs_return_ending_try, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', [1]), (three_else_withs_return_ending_try, lambda: (1, Manager(), raiser(KeyError)), 'after', [1]), (three_else_withs_return_ending_try, lambda: (1, Manager(), raiser(IndexError)), 'after', [1]), (three_else_withs_return_ending_try, lambda: (0, Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]), (three_else_withs_return_ending_try, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None)]), (three_else_withs_return_ending_try, lambda: (0, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (three_else_withs_return_ending_try, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (nested_else_with_return_then_log, lambda: (1, Manager(), quiet), 'after', [1]), (nested_else_with_return_then_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 'after', [1]), (nested_else_with_return_then_log, lambda: (1, Manager(), raiser(KeyError)), 'after', [1]), (nested_else_with_return_then_log, lambda: (1, Manager(), raiser(IndexError)), 'after', [1]), (nested_else_with_return_then_log, lambda: (0, Manager(), quiet), (), ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]), (nested_else_with_return_then_log, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 5, ('exit', None)]), (nested_else_with_return_then_log, lambda: (0, Manager(), raiser(KeyError)), 'after', ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]), (nested_else_with_return_then_log, lambda: (0, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const, lambda: (1, Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_return_then_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 5, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const, lambda: (1, Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const, lambda: (0, Manager(), quiet), 'after', []), (with_return_then_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', []), (with_return_then_const, lambda: (0, Manager(), raiser(KeyError)), 'after', []), (with_return_then_const, lambda: (0, Manager(), raiser(IndexError)), 'after', []), (with_return_then_const, lambda: (None, Manager(), quiet), 1, []), (with_return_then_const, lambda: (None, Manager(KeyError), raiser(KeyError)), 1, []), (with_return_then_const, lambda: (None, Manager(), raiser(KeyError)), 1, []), (with_return_then_const, lambda: (None, Manager(), raiser(IndexError)), 1, []), (with_return_then_const_no_elif, lambda: (1, Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_return_then_const_no_elif, lambda: (1, Manager(KeyError), raiser(KeyError)), 5, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_no_elif, lambda: (1, Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_no_elif, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const_no_elif, lambda: (0, Manager(), quiet), 'after', [0]), (with_return_then_const_no_elif, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', [0]), (with_return_then_const_no_elif, lambda: (0, Manager(), raiser(KeyError)), 'after', [0]), (with_return_then_const_no_elif, lambda: (0, Manager(), raiser(IndexError)), 'after', [0]), (with_return_then_const_else_log, lambda: (1, Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_return_then_const_else_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 5, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_else_log, lambda: (1, Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_else_log, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const_else_log, lambda: (0, Manager(), quiet), 'after', [0]), (with_return_then_const_else_log, lambda: (0, Manager(KeyError), raiser(KeyError)), 'after', [0]), (with_return_then_const_else_log, lambda: (0, Manager(), raiser(KeyError)), 'after', [0]), (with_return_then_const_else_log, lambda: (0, Manager(), raiser(IndexError)), 'after', [0]), (with_return_then_const_in_loop_try, lambda: ([1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_return_then_const_in_loop_try, lambda: ([1], Manager(KeyError), raiser(KeyError)), 5, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_in_loop_try, lambda: ([1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_in_loop_try, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const_in_loop_try, lambda: ([0, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_return_then_const_in_loop_try, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 5, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_in_loop_try, lambda: ([0, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_in_loop_try, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const_in_loop_try, lambda: ([1, 1], Manager(), quiet), (), ['enter', ('ok',), ('exit', None)]), (with_return_then_const_in_loop_try, lambda: ([1, 1], Manager(KeyError), raiser(KeyError)), 5, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_in_loop_try, lambda: ([1, 1], Manager(), raiser(KeyError)), 2, ['enter', ('raise', 'KeyError'), ('exit', 'KeyError')]), (with_return_then_const_in_loop_try, lambda: ([1, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', ('raise', 'IndexError'), ('exit', 'IndexError')]), (with_return_then_const_in_loop_try, lambda: ([1, 0], Manager(), quiet), 1, []), (with_return_then_const_in_loop_try, lambda: ([1, 0], Manager(KeyError), raiser(KeyError)), 1, []), (with_return_then_const_in_loop_try, lambda: ([1, 0], Manager(), raiser(KeyError)), 1, []), (with_return_then_const_in_loop_try, lambda: ([1, 0], Manager(), raiser(IndexError)), 1, []), (with_return_then_const_in_loop_try, lambda: ([0], Manager(), quiet), 'after', ['more']), (with_return_then_const_in_loop_try, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'after', ['more']), (with_return_then_const_in_loop_try, lambda: ([0], Manager(), raiser(KeyError)), 'after', ['more']), (with_return_then_const_in_loop_try, lambda: ([0], Manager(), raiser(IndexError)), 'after', ['more'])]:
        log.clear()
        got = run(f, args())
        if got is FELL:
            continue
        assert (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
