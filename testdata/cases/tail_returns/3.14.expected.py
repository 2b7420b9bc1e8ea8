



class Stop(Exception):
    pass


def raises(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__, e.args


def both_tests(log, items, done):
    if len(items) == 0:
        if done:
            log.append('close')
            log.append('none')


def finally_in_if(log, raw, closed):
    if raw is not None:
        if not closed:
            try:
                log.append('flush')
            finally:
                log.append('close')


def raise_in_and(choices, value):
    if choices is not None:
        if value not in choices:
            raise Stop(value)


def with_in_else(log, ctx, orelse):
    log.append('if')
    if orelse:
        log.append('else')
        with ctx:
            log.append(orelse)


def nested_tail(log, a, b, c):
    if a:
        log.append('a')
        if b:
            log.append('b')
            return None
        return None
    if c:
        log.append('c')
        try:
            log.append(1 // c)
            return None
        except ZeroDivisionError:
            log.append('zero')
            return None


class Ctx:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('enter')
    def __exit__(self, *exc):
        self.log.append('exit')

log = []
both_tests(log, [], True)
both_tests(log, [1], True)
both_tests(log, [], False)
assert log == ['close', 'none']
log = []
finally_in_if(log, 1, False)
finally_in_if(log, None, False)
finally_in_if(log, 1, True)
assert log == ['flush', 'close']
assert raise_in_and(None, 1) is None and raise_in_and([1], 1) is None
assert raises(raise_in_and, [1], 2) == ('Stop', (2,))
log = []
with_in_else(log, Ctx(log), 'x')
with_in_else(log, Ctx(log), '')
assert log == ['if', 'else', 'enter', 'x', 'exit', 'if']
log = []
nested_tail(log, 1, 1, 0)
nested_tail(log, 1, 0, 0)
nested_tail(log, 0, 0, 2)
nested_tail(log, 0, 0, 0)
assert log == ['a', 'b', 'a', 'c', 0], log
