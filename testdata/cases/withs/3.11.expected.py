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

class _Held:
    def __init__(self, swallow=False):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.swallow


def flag_inside(lock, x):
    with lock:
        if x:
            x.append(1)
            return True
        return False


def flag_after(lock, x):
    with lock:
        x.append(2)
    return False

assert flag_inside(_Held(), [0]) is True and flag_inside(_Held(), []) is False
assert flag_after(_Held(), []) is False
assert flag_inside(_Held(True), None) is False
assert flag_inside(_Held(True), 5) is None

def flag_in_try(lock, x):
    try:
        with lock:
            x.append(1)
            return True
    except KeyError:
        return False

assert flag_in_try(_Held(), []) is True and flag_in_try(_Held(True), None) is None
