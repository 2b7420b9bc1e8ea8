log = []

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


def answers(*values):
    "A test returning the values in turn; 'k' raises KeyError."
    values = list(values)
    def c():
        v = values.pop(0)
        log.append(v)
        if v == 'k':
            raise KeyError(v)
        return v
    return c

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


def for_with_if_return_const(items, c, m):
    for x in items:
        with m:
            if c():
                return 4


def for_with_or_return_const(items, c, m):
    for x in items:
        with m:
            if c() or c():
                return 4


def for_with_and_return_const_after(items, c, m):
    for x in items:
        log.append(x)
        with m:
            if c() and c():
                return 4
    return 'after'


def for_with_while_return_const(items, c, m):
    for x in items:
        with m:
            if c():
                return 6


def try_with_if_return_const(c, m):
    try:
        with m:
            if c():
                return 4
    except KeyError:
        log.append('caught')
    log.append('after')


def try_with_while_return_const(c, m):
    try:
        with m:
            if c():
                return 4
    except KeyError:
        log.append('caught')
    log.append('after')


def for_try_with_if_return_const(items, c, m):
    for x in items:
        try:
            with m:
                if c():
                    return 4
        except KeyError:
            log.append('caught')
            continue
    log.append('after')


def try_for_with_or_return_const(items, c, m):
    try:
        for x in items:
            with m:
                if c() or c():
                    return 4
    except KeyError:
        log.append('caught')
    log.append('after')


def try_with_if_elif_return_const(c, m):
    try:
        with m:
            if c():
                return 4
            if c():
                return 5
    except KeyError:
        log.append('caught')
    log.append('after')


def try_nested_with_if_return_const(c, m):
    try:
        with Manager(), m:
            if c():
                return 4
    except KeyError:
        log.append('caught')
    log.append('after')


def for_with_if_continue(items, c, m):
    for x in items:
        with m:
            if not c():
                log.append(x)
                continue
    log.append('after')


def while_with_if_continue(items, c, m):
    while items:
        with m:
            x = items.pop()
            if not c():
                log.append(x)
                continue
    log.append('after')


def for_with_nested_if_continue(items, c, m):
    for x in items:
        with m:
            if not c():
                log.append(x)
                if x > 1:
                    continue
    log.append('after')


def check():
    E, X, XK = ('enter', ('exit', None), ('exit', 'KeyError'))
    for f, args, want, logged in (for_with_if_return_const, lambda: ([1, 2], answers(0, 1), Manager()), 4, [E, 0, X, E, 1, X]), (for_with_if_return_const, lambda: ([1, 2], answers(0, 0), Manager()), None, [E, 0, X, E, 0, X]), (for_with_if_return_const, lambda: ([1, 2], answers('k', 1), Manager(KeyError)), 4, [E, 'k', XK, E, 1, X]), (for_with_if_return_const, lambda: ([1, 2], answers('k'), Manager()), 'KeyError', [E, 'k', XK]), (for_with_or_return_const, lambda: ([1, 2], answers(0, 1), Manager()), 4, [E, 0, 1, X]), (for_with_or_return_const, lambda: ([1, 2], answers(0, 0, 1), Manager()), 4, [E, 0, 0, X, E, 1, X]), (for_with_or_return_const, lambda: ([1], answers(0, 'k'), Manager(KeyError)), None, [E, 0, 'k', XK]), (for_with_and_return_const_after, lambda: ([1, 2], answers(1, 1), Manager()), 4, [1, E, 1, 1, X]), (for_with_and_return_const_after, lambda: ([1, 2], answers(0, 1, 0), Manager()), 'after', [1, E, 0, X, 2, E, 1, 0, X]), (for_with_and_return_const_after, lambda: ([1], answers(1, 'k'), Manager(KeyError)), 'after', [1, E, 1, 'k', XK]), (for_with_while_return_const, lambda: ([1, 2], answers(0, 1), Manager()), 6, [E, 0, X, E, 1, X]), (for_with_while_return_const, lambda: ([1], answers(0), Manager()), None, [E, 0, X]), (for_with_while_return_const, lambda: ([1, 2], answers('k', 'k'), Manager(KeyError)), None, [E, 'k', XK, E, 'k', XK]), (try_with_if_return_const, lambda: (answers(1), Manager()), 4, [E, 1, X]), (try_with_if_return_const, lambda: (answers(0), Manager()), None, [E, 0, X, 'after']), (try_with_if_return_const, lambda: (answers('k'), Manager(KeyError)), None, [E, 'k', XK, 'after']), (try_with_if_return_const, lambda: (answers('k'), Manager()), None, [E, 'k', XK, 'caught', 'after']), (try_with_while_return_const, lambda: (answers(1), Manager()), 4, [E, 1, X]), (try_with_while_return_const, lambda: (answers(0), Manager()), None, [E, 0, X, 'after']), (try_with_while_return_const, lambda: (answers('k'), Manager()), None, [E, 'k', XK, 'caught', 'after']), (for_try_with_if_return_const, lambda: ([1, 2], answers(0, 1), Manager()), 4, [E, 0, X, E, 1, X]), (for_try_with_if_return_const, lambda: ([1, 2], answers('k', 0), Manager()), None, [E, 'k', XK, 'caught', E, 0, X, 'after']), (for_try_with_if_return_const, lambda: ([1], answers('k'), Manager(KeyError)), None, [E, 'k', XK, 'after']), (try_for_with_or_return_const, lambda: ([1, 2], answers(0, 0, 0, 1), Manager()), 4, [E, 0, 0, X, E, 0, 1, X]), (try_for_with_or_return_const, lambda: ([1], answers(0, 0), Manager()), None, [E, 0, 0, X, 'after']), (try_for_with_or_return_const, lambda: ([1, 2], answers(0, 'k'), Manager()), None, [E, 0, 'k', XK, 'caught', 'after']), (try_for_with_or_return_const, lambda: ([1, 2], answers('k', 1), Manager(KeyError)), 4, [E, 'k', XK, E, 1, X]), (try_with_if_elif_return_const, lambda: (answers(1), Manager()), 4, [E, 1, X]), (try_with_if_elif_return_const, lambda: (answers(0, 1), Manager()), 5, [E, 0, 1, X]), (try_with_if_elif_return_const, lambda: (answers(0, 0), Manager()), None, [E, 0, 0, X, 'after']), (try_with_if_elif_return_const, lambda: (answers(0, 'k'), Manager()), None, [E, 0, 'k', XK, 'caught', 'after']), (try_nested_with_if_return_const, lambda: (answers(1), Manager()), 4, [E, E, 1, X, X]), (try_nested_with_if_return_const, lambda: (answers(0), Manager()), None, [E, E, 0, X, X, 'after']), (try_nested_with_if_return_const, lambda: (answers('k'), Manager(KeyError)), None, [E, E, 'k', XK, X, 'after']), (try_nested_with_if_return_const, lambda: (answers('k'), Manager()), None, [E, E, 'k', XK, XK, 'caught', 'after']), (for_with_if_continue, lambda: ([1, 2], answers(0, 1), Manager()), None, [E, 0, 1, X, E, 1, X, 'after']), (for_with_if_continue, lambda: ([1], answers('k'), Manager(KeyError)), None, [E, 'k', XK, 'after']), (while_with_if_continue, lambda: ([1, 2], answers(0, 1), Manager()), None, [E, 0, 2, X, E, 1, X, 'after']), (while_with_if_continue, lambda: ([1, 2], answers('k', 0), Manager(KeyError)), None, [E, 'k', XK, E, 0, 1, X, 'after']), (while_with_if_continue, lambda: ([1], answers('k'), Manager()), 'KeyError', [E, 'k', XK]), (for_with_nested_if_continue, lambda: ([1, 2], answers(0, 0), Manager()), None, [E, 0, 1, X, E, 0, 2, X, 'after']), (for_with_nested_if_continue, lambda: ([1, 2], answers(1, 'k'), Manager(KeyError)), None, [E, 1, X, E, 'k', XK, 'after']):
        log.clear()
        got = run(f, args())
        assert got is FELL or (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
