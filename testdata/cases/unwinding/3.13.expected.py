import contextlib
log = []

@contextlib.contextmanager
def tracked(name):
    log.append('enter ' + name)
    try:
        yield name
    finally:
        log.append('exit ' + name)


def read_first(flag):
    with tracked('a') as a:
        return a.upper() if flag else None


def nested_with():
    with tracked('x') as x, tracked('y') as y:
        return x + y


def finally_return(value):
    try:
        try:
            return value * 2
        finally:
            log.append('inner')
    finally:
        log.append('outer')


def with_finally(value):
    with tracked('w'):
        try:
            return value + 1
        finally:
            log.append('w-fin')


def early_exit(flag):
    try:
        if flag:
            return 1
        log.append('body')
    finally:
        log.append('fin')
    return 2


def loop_exits(items):
    seen = []
    for item in items:
        try:
            if item < 0:
                break
            if item == 0:
                continue
            seen.append(item)
        finally:
            seen.append('f')
    return seen


def except_name(value):
    try:
        return int(value)
    except ValueError as e:
        return type(e).__name__
    finally:
        log.append('parsed')


def swallow(d, key):
    try:
        return d[key]
    except KeyError:
        pass
    return 'missing'


def first_readable(names):
    data = None
    for name in names:
        try:
            data = int(name)
            break
        except ValueError:
            pass
    return data


def after_handler(value):
    try:
        value = int(value)
    except ValueError:
        pass
    return value, 'after'


def hooked(args, hooks):
    with tracked('h'):
        for hook in hooks:
            result = hook(args)
            if result is not None:
                if len(result) == 2:
                    args = result
                else:
                    raise RuntimeError(result)
        return args


def add_callback(state, callbacks, fn):
    with tracked('cb'):
        if state not in ('done', 'cancelled'):
            callbacks.append(fn)
            return
    try:
        fn(state)
    except Exception:
        log.append('callback failed')


def which(obj, tables):
    for name, table in tables:
        try:
            if table[0] is obj:
                return name
        except IndexError:
            pass
    return '__main__'






class Private:
    def __init__(self):
        self.__secret = 41
    def __bump(self):
        self.__secret += 1
        return self.__secret
    def reveal(self):
        return self.__bump()

BIG = {'k%d' % i: i for i in range(3)}
TABLE = {0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e', 5: 'f', 6: 'g', 7: 'h', 8: 'i', 9: 'j', 10: 'k', 11: 'l', 12: 'm', 13: 'n', 14: 'o', 15: 'p', 16: 'q', **{17: 'r', 18: 's', 19: 't', 20: 'u', 21: BIG}}
assert read_first(True) == 'A' and read_first(False) is None
assert nested_with() == 'xy'
assert finally_return(4) == 8 and log[-2:] == ['inner', 'outer']
assert with_finally(1) == 2 and log[-2:] == ['w-fin', 'exit w']
assert early_exit(True) == 1 and early_exit(False) == 2
assert loop_exits([1, 0, 2, -1, 5]) == [1, 'f', 'f', 2, 'f', 'f']
assert except_name('7') == 7 and except_name('x') == 'ValueError'
assert swallow({'a': 1}, 'a') == 1 and swallow({}, 'a') == 'missing'
assert first_readable(['x', '3', '4']) == 3 and first_readable([]) is None
assert after_handler('5') == (5, 'after') and after_handler('z') == ('z', 'after')
assert hooked((1, 2), [lambda a: None, lambda a: (a[1], a[0])]) == (2, 1)
pending = []
add_callback('running', pending, print)
add_callback('done', pending, lambda s: 1 / 0)
assert pending == [print] and log[-1] == 'callback failed'
assert which(1, [('a', []), ('b', [1])]) == 'b' and which(2, [('a', [])]) == '__main__'
assert Private().reveal() == 42 and not hasattr(Private(), '__secret')
assert TABLE[21] == {'k0': 0, 'k1': 1, 'k2': 2} and len(TABLE) == 22
