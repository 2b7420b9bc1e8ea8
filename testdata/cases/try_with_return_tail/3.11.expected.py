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


def act(exc):
    def f(n):
        log.append(n)
        if exc is not None:
            raise exc(n)
    return f


def with_return_then_return(m, r):
    try:
        with m:
            r(1)
            return 3
    except IndexError:
        log.append('caught')
    return 'end'


def with_return_then_log(m, r):
    try:
        with m:
            r(1)
            return 3
    except IndexError:
        log.append('caught')
    log.append('after')


def clause_loop_return_finally(r, items):
    try:
        r(2)
    except KeyError:
        for i in items:
            return i
    finally:
        log.append('finally')


def run(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__


def check():
    for f, args, want, logged in (with_return_then_return, (Manager(), act(None)), 3, ['enter', 1, ('exit', None)]), (with_return_then_return, (Manager(), act(IndexError)), 'end', ['enter', 1, ('exit', 'IndexError'), 'caught']), (with_return_then_return, (Manager(KeyError), act(KeyError)), 'end', ['enter', 1, ('exit', 'KeyError')]), (with_return_then_return, (Manager(), act(KeyError)), 'KeyError', ['enter', 1, ('exit', 'KeyError')]), (with_return_then_log, (Manager(), act(None)), 3, ['enter', 1, ('exit', None)]), (with_return_then_log, (Manager(), act(IndexError)), None, ['enter', 1, ('exit', 'IndexError'), 'caught', 'after']), (with_return_then_log, (Manager(KeyError), act(KeyError)), None, ['enter', 1, ('exit', 'KeyError'), 'after']), (clause_loop_return_finally, (act(None), [5]), None, [2, 'finally']), (clause_loop_return_finally, (act(KeyError), [5]), 5, [2, 'finally']), (clause_loop_return_finally, (act(KeyError), []), None, [2, 'finally']), (clause_loop_return_finally, (act(IndexError), [5]), 'IndexError', [2, 'finally']):
        log.clear()
        got = run(f, *args)
        assert (got, log) == (want, logged), (f.__name__, got, want, log, logged)
    log.clear()

check()
