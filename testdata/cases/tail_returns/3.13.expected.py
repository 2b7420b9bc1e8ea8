




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
    elif c:
        log.append('c')
        try:
            log.append(1 // c)
        except ZeroDivisionError:
            log.append('zero')


def loop_then_else(log, action, data):
    if action == 'seq':
        while data:
            log.append(data.pop())
    else:
        log.append(action)


def try_if(log, obj):
    try:
        if obj:
            log.append(obj.strip())
    except AttributeError:
        log.append('no strip')


def interning(obj, name, state):
    if name == 'a':
        obj.a = state
    elif name == 'i':
        if state:
            if obj.i is None:
                obj.i = {}
        else:
            obj.i = None
    elif name == 'v':
        if state:
            raise Stop('v')
    else:
        raise Stop(name)


def eater(obj, kind, flag):
    if kind == 'nl':
        obj.a = 0
        if flag:
            obj.b = 1
    elif obj.skip:
        return
    else:
        obj.a = 2


def shared_none(a, b):
    if a and b:
        return a
    return None


def after_try(f):
    try:
        f()
    except Stop as e:
        return e.args


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
assert shared_none(1, 2) == 1 and shared_none(1, 0) is None and shared_none(0, 1) is None
assert after_try(list) is None
assert after_try(lambda: raise_in_and([1], 3)) == (3,)
log = []
loop_then_else(log, 'seq', [1, 2])
loop_then_else(log, 'one', [3])
try_if(log, ' x ')
try_if(log, '')
try_if(log, 5)
assert log == [2, 1, 'one', 'x', 'no strip'], log
ctx = Ctx([])
ctx.i = None
interning(ctx, 'a', 1)
interning(ctx, 'i', True)
assert ctx.a == 1 and ctx.i == {}
interning(ctx, 'i', False)
interning(ctx, 'v', False)
assert ctx.i is None and raises(interning, ctx, 'v', True) == ('Stop', ('v',))
assert raises(interning, ctx, 'x', 0) == ('Stop', ('x',))
ctx.skip = True
eater(ctx, 'nl', True)
assert ctx.a == 0 and ctx.b == 1
eater(ctx, 'x', False)
ctx.skip = False
assert ctx.a == 0
eater(ctx, 'x', False)
assert ctx.a == 2

def raise_choice(ok, msg=None):
    if not ok:
        raise ValueError('not ok' if msg is None else msg)


def return_call_choice(x, sign):
    return str(x if sign else -x)


def raise_method_choice(log, items, key):
    raise log.pop('missing' if key not in items else key)

assert raise_choice(True) is None
assert raises(raise_choice, False) == ('ValueError', ('not ok',))
assert raises(raise_choice, False, 'why') == ('ValueError', ('why',))
assert return_call_choice(3, True) == '3' and return_call_choice(3, False) == '-3'
assert raises(raise_method_choice, {'missing': KeyError('m'), 'k': KeyError('k')}, ['k'], 'k') == ('KeyError', ('k',))
assert raises(raise_method_choice, {'missing': KeyError('m')}, [], 'k') == ('KeyError', ('m',))
