# A with statement whose body ends in a return, inside other withs (the exit calls of all of them run
# before the constant is loaded: the return looks like code after the statement), in a loop, a for
# loop's else, a try body or an except clause (their POP_EXCEPT, the iterators popped on the way out).
# The return is the body's when the innermost with's suppressing path goes on elsewhere than that
# unwinding; through two or more enclosing withs only when nothing follows the nested ones (one with of
# all their items) but at one level (3.12+: at any number of levels, reached by the inner withs' paths
# through copies of the exit calls too). Every function checks itself on every path, whether or not it fell back.

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
    """A context manager that suppresses the exceptions in `suppress`."""

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
    """f's result, or the name of the exception it raised; FELL when it fell back to its disassembly."""
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL
    except Exception as e:
        return type(e).__name__


def two(first, then):
    """A callable that acts as first on its first call, as then afterwards."""
    calls = []

    def f(*args):
        calls.append(args)
        return (first if len(calls) == 1 else then)(*args)
    return f


def while_nested_withs_const(items, m, r):
    log.append('start')
    while items.pop():
        with Manager(KeyError):
            with Manager(TypeError), m:
                r()
                return 5
    log.append('after')
    return 'end'


def for_else_nested_withs_const(items, m, r):
    for x in items:
        log.append(x)
    else:
        with Manager(KeyError):
            with Manager(TypeError), m:
                r()
                return 5
    log.append('after')
    return 'end'


def for_else_nested_withs_value(items, m, r):
    for x in items:
        log.append(x)
    else:
        with Manager(KeyError):
            with Manager(TypeError), m:
                return r()
    log.append('after')
    return 'end'


def nested_for_withs_const(items, m, r):
    for x in items:
        with Manager(KeyError):
            for y in x:
                with m:
                    r(y)
                    return 3
            log.append('inner done')
        log.append('more')
    return 'end'


def try_nested_withs_const_in_for(items, m, r):
    for x in items:
        try:
            with Manager(KeyError):
                with m:
                    r(x)
                    return 3
        except IndexError:
            log.append('caught')
        log.append('more')
    return 'end'


def try_nested_withs_const_in_clause(a, m, r):
    try:
        r(a)
    except TypeError:
        try:
            with Manager(KeyError):
                with m:
                    r()
                    return 3
        except IndexError:
            log.append('caught')
        log.append('clause')
    return 'end'


def clause_with_const(a, m, r):
    try:
        r(a)
    except TypeError:
        with m:
            r()
            return 8
    except KeyError as e:
        log.append('key')
    return 'end'


def named_clause_nested_withs_const(a, m, r):
    try:
        r(a)
    except TypeError as e:
        with Manager(KeyError):
            with m:
                r()
                return 8
        log.append('clause')
    return 'end'


def four_withs_const(a, m, r):
    if a:
        with Manager(KeyError):
            with Manager(TypeError):
                with Manager(ValueError):
                    with m:
                        r()
                        return 3
            log.append('second')
    return 'end'


def three_withs_then_log_in_if(a, m, r):
    if a:
        with Manager(KeyError):
            with Manager(TypeError):
                with m:
                    r()
                    return 3
            log.append('second')
    return 'end'


def three_withs_then_log(a, m, r):
    with Manager(KeyError):
        with Manager(TypeError):
            with m:
                r()
                return 3
        log.append('second')
    return 'end'


def three_withs_log_after_innermost(a, m, r):
    with Manager(KeyError):
        with Manager(TypeError):
            with m:
                r()
                return 3
            log.append('inner')
    return 'end'


def for_three_withs_then_log(a, m, r):
    for x in a:
        with Manager(KeyError):
            with Manager(TypeError):
                with m:
                    r()
                    return 3
            log.append('second')
    return 'end'


def three_withs_log_at_two_levels(a, m, r):
    # (falls back 3.11-3.14: code of its own after two of the nested withs)
    if a:
        with Manager(KeyError):
            with Manager(TypeError):
                with m:
                    r()
                    return 3
                log.append('inner')
            log.append('second')
    return 'end'


def four_withs_log_at_three_levels(m, r):
    with Manager(KeyError):
        with Manager(TypeError):
            with Manager(IndexError):
                with m:
                    r()
                    return 3
                log.append('inner')
            log.append('second')
        log.append('third')
    return 'end'


def three_withs_log_at_two_levels_falling_off(m, r):
    with Manager(KeyError):
        with Manager(TypeError):
            with m:
                r()
                return 3
            log.append('inner')
        log.append('second')


def for_three_withs_log_at_two_levels(items, m, r):
    for x in items:
        with Manager(KeyError):
            with Manager(TypeError):
                with m:
                    r()
                    return 3
                log.append(x)
            log.append('second')
    return 'end'


def nested_with_then_return_const(a, m, r):
    # (falls back 3.12-3.14: the return after the nested with, its constant after the enclosing exit
    # call, had been dropped)
    with Manager(KeyError):
        with m:
            r()
            return 3
        return 5


def check():
    for f, args, want, logged in [
        (while_nested_withs_const, lambda: ([0], Manager(), quiet), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(), raiser(KeyError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(), raiser(TypeError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(), raiser(IndexError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(KeyError), quiet), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(KeyError), raiser(IndexError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(IndexError), quiet), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), quiet), 5, ['start', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(KeyError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(TypeError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (while_nested_withs_const, lambda: ([0, 1, 1], Manager(IndexError), raiser(IndexError)), 'end', ['start', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_const, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_const, lambda: ([], Manager(KeyError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_const, lambda: ([], Manager(IndexError), quiet), 5, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), quiet), 5, [1, 2, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_const, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', [1, 2, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_value, lambda: ([], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_value, lambda: ([], Manager(KeyError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_value, lambda: ([], Manager(IndexError), quiet), (), ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'IndexError', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), quiet), (), [1, 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None), 'after']),
        (for_else_nested_withs_value, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', [1, 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'after']),
        (nested_for_withs_const, lambda: ([[1]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[1]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']),
        (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[1]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[1]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), quiet), 3, ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[], [1, 2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), 'inner done', ('exit', None), 'more']),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_for_withs_const, lambda: ([[1], [2]], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), 'inner done', ('exit', None), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_for, lambda: ([1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', None), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'more']),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok', 1), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', ('raise', 'KeyError', 1), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more', 'enter', 'enter', ('raise', 'KeyError', 2), ('exit', 'KeyError'), ('exit', 'KeyError'), 'more']),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError', 1), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_for, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', ('raise', 'IndexError', 1), ('exit', 'IndexError'), ('exit', None), 'more', 'enter', 'enter', ('raise', 'IndexError', 2), ('exit', 'IndexError'), ('exit', None), 'more']),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'caught', 'clause']),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 3, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (try_nested_withs_const_in_clause, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']),
        (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]),
        (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]),
        (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]),
        (clause_with_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]),
        (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]),
        (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]),
        (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]),
        (clause_with_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]),
        (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', ('ok',), ('exit', None)]),
        (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'KeyError', [('raise', 'TypeError', 0), 'enter', ('raise', 'KeyError'), ('exit', 'KeyError')]),
        (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', ('raise', 'TypeError'), ('exit', 'TypeError')]),
        (clause_with_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', ('raise', 'IndexError'), ('exit', 'IndexError')]),
        (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']),
        (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (named_clause_nested_withs_const, lambda: (0, Manager(), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'clause']),
        (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (named_clause_nested_withs_const, lambda: (0, Manager(KeyError), two(raiser(TypeError), raiser(IndexError))), 'IndexError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), quiet)), 8, [('raise', 'TypeError', 0), 'enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(KeyError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'clause']),
        (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(TypeError))), 'TypeError', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (named_clause_nested_withs_const, lambda: (0, Manager(IndexError), two(raiser(TypeError), raiser(IndexError))), 'end', [('raise', 'TypeError', 0), 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'clause']),
        (four_withs_const, lambda: (0, Manager(), quiet), 'end', []),
        (four_withs_const, lambda: (0, Manager(), raiser(KeyError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(), raiser(TypeError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(), raiser(IndexError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(KeyError), quiet), 'end', []),
        (four_withs_const, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(IndexError), quiet), 'end', []),
        (four_withs_const, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []),
        (four_withs_const, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []),
        (four_withs_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (four_withs_const, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (four_withs_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), ('exit', None), 'second', ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (four_withs_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (four_withs_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (four_withs_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), ('exit', None), 'second', ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (0, Manager(), quiet), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(KeyError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(TypeError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(), raiser(IndexError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), quiet), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), quiet), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []),
        (three_withs_then_log_in_if, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_then_log_in_if, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_then_log, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_then_log, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_then_log, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_then_log, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', None)]),
        (three_withs_log_after_innermost, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None), 'second', ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (for_three_withs_then_log, lambda: ([0, 1], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None), 'second', ('exit', None)]),
        (for_three_withs_then_log, lambda: ([], Manager(), quiet), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(), raiser(KeyError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(), raiser(TypeError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(), raiser(IndexError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(KeyError), quiet), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(KeyError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(TypeError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(KeyError), raiser(IndexError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(IndexError), quiet), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(KeyError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(TypeError)), 'end', []),
        (for_three_withs_then_log, lambda: ([], Manager(IndexError), raiser(IndexError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(), quiet), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(KeyError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(TypeError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(), raiser(IndexError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), quiet), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(KeyError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(TypeError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(KeyError), raiser(IndexError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), quiet), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(KeyError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(TypeError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (0, Manager(IndexError), raiser(IndexError)), 'end', []),
        (three_withs_log_at_two_levels, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels, lambda: (1, Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (four_withs_log_at_three_levels, lambda: (Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'third', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'second', ('exit', None), 'third', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None), 'third', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'third', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(KeyError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), 'second', ('exit', None), 'third', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None), ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (four_withs_log_at_three_levels, lambda: (Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'third', ('exit', None)]),
        (four_withs_log_at_three_levels, lambda: (Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None), 'third', ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), raiser(KeyError)), None, ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), raiser(TypeError)), None, ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), raiser(KeyError)), None, ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 'inner', ('exit', None), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), raiser(TypeError)), None, ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), raiser(KeyError)), None, ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), raiser(TypeError)), None, ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (three_withs_log_at_two_levels_falling_off, lambda: (Manager(IndexError), raiser(IndexError)), None, ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 'inner', ('exit', None), 'second', ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 1, ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), 2, ('exit', None), 'second', ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), quiet), 3, ['enter', 'enter', 'enter', ('ok',), ('exit', None), ('exit', None), ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), raiser(KeyError)), 'end', ['enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), 'enter', 'enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), raiser(TypeError)), 'end', ['enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError'), 'second', ('exit', None)]),
        (for_three_withs_log_at_two_levels, lambda: ([1, 2], Manager(IndexError), raiser(IndexError)), 'end', ['enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 1, ('exit', None), 'second', ('exit', None), 'enter', 'enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), 2, ('exit', None), 'second', ('exit', None)]),
        (nested_with_then_return_const, lambda: (1, Manager(), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (nested_with_then_return_const, lambda: (1, Manager(), raiser(KeyError)), None, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (nested_with_then_return_const, lambda: (1, Manager(), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_with_then_return_const, lambda: (1, Manager(), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_with_then_return_const, lambda: (1, Manager(KeyError), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(KeyError)), 5, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', None)]),
        (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_with_then_return_const, lambda: (1, Manager(KeyError), raiser(IndexError)), 'IndexError', ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', 'IndexError')]),
        (nested_with_then_return_const, lambda: (1, Manager(IndexError), quiet), 3, ['enter', 'enter', ('ok',), ('exit', None), ('exit', None)]),
        (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(KeyError)), None, ['enter', 'enter', ('raise', 'KeyError'), ('exit', 'KeyError'), ('exit', 'KeyError')]),
        (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(TypeError)), 'TypeError', ['enter', 'enter', ('raise', 'TypeError'), ('exit', 'TypeError'), ('exit', 'TypeError')]),
        (nested_with_then_return_const, lambda: (1, Manager(IndexError), raiser(IndexError)), 5, ['enter', 'enter', ('raise', 'IndexError'), ('exit', 'IndexError'), ('exit', None)]),
    ]:
        log.clear()
        got = run(f, args())
        assert got is FELL or (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()


check()
