import contextlib

@contextlib.contextmanager
def ctx(log, name):
    log.append('enter ' + name)
    yield name
    log.append('exit ' + name)


def use():
    log = []
    with ctx(log, 'a') as a, ctx(log, 'b'):
        log.append(a)
    with ctx(log, 'c'):
        return log

assert use() == ['enter a', 'enter b', 'a', 'exit b', 'exit a', 'enter c', 'exit c']

@contextlib.contextmanager
def pair(log):
    yield log, len(log)


def tuple_target(log):
    with pair(log) as (items, n):
        return items + [n]

assert tuple_target([7]) == [7, 1]
