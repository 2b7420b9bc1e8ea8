import sys





class Stop(Exception):
    pass


def file_init(file):
    if isinstance(file, int):
        fd = file
        if fd < 0:
            raise Stop('negative file descriptor')
    else:
        fd = -1
    return fd


def nested_raise(b, g):
    if b:
        r = g()
        if not r:
            raise Stop
    else:
        r = 2
    return r * 10


def mktime(t, t1, u1, a, b):
    if t1 == t:
        u2 = a
        if a == b:
            return u1
    else:
        b = t1 - u1
        assert a != b
    u2 = t - b
    return u2


def integer_check(vmin, vmax, value):
    if vmin == '-inf':
        kind = 'low'
        if value > vmax:
            raise Stop('above')
    elif vmax == 'inf':
        kind = 'high'
        if value < vmin:
            raise Stop('below')
    else:
        kind = 'both'
        if value < vmin or value > vmax:
            raise Stop('outside')
    return kind


def doctype(c, j):
    if c == '<':
        j += 1
        if j > 5:
            return -1
        return j * 10
    if c == '%':
        j += 2
        if j > 5:
            return -2
        return j * 10
    if c == ']':
        return j
    raise AssertionError(c)


def strptime(found, key):
    if key == 'y':
        year = int(found)
        if year < 100:
            year += 2000
        return year
    if key == 'Y':
        year = int(found)
        return year
    raise Stop(key)

if sys.maxsize > 0:
    platform = 'big'
    if sys.maxsize < 0:
        raise Stop('impossible')
else:
    platform = 'small'

def either(a, b, c, d, e, g):
    if a or b or c and not d() and e() is not None:
        g()


def chained(status, method, calls):
    if status == 204 or status == 304 or 100 <= status < 200 or method == 'HEAD':
        calls.append('empty')
    calls.append('end')
    return calls


def chained_middle(a, b, c):
    if 1 <= a < 5 or b == 2 and 0 < c < 3 < a or c:
        return 1
    return 2


def guarded(tz, kind):
    if tz is not None:
        if not isinstance(tz, kind):
            raise Stop(tz)


def lookup(name, names):
    try:
        return names[name]
    except KeyError:
        if not name.endswith('/') or name not in names.values():
            raise
        return 'dir'


def callback_check(action, callback, args):
    if action == 'callback':
        if not callable(callback):
            raise Stop(1)
        if args is not None:
            if not isinstance(args, tuple):
                raise Stop(2)
            return
        return
    if callback is not None:
        raise Stop(3)
    if args is not None:
        raise Stop(4)


def acquire(lock):
    if not lock.locked and (lock.waiters is None or all((w > 0 for w in lock.waiters))):
        lock.locked = True
        return True
    return False


def raises(f, *args):
    try:
        f(*args)
    except (Stop, AssertionError, KeyError) as e:
        return type(e).__name__, e.args


class Lock:
    def __init__(self, locked, waiters):
        self.locked = locked
        self.waiters = waiters

assert file_init(3) == 3 and file_init('x') == -1 and raises(file_init, -2) == ('Stop', ('negative file descriptor',))
assert nested_raise(True, lambda: 4) == 40 and nested_raise(False, None) == 20
assert raises(nested_raise, True, lambda: 0) == ('Stop', ())
assert mktime(5, 5, 7, 1, 1) == 7 and mktime(5, 5, 7, 1, 2) == 3 and mktime(5, 9, 7, 1, 0) == 3
assert raises(mktime, 5, 9, 7, 2, 2) == ('AssertionError', ())
assert integer_check('-inf', 9, 3) == 'low' and raises(integer_check, '-inf', 9, 12) == ('Stop', ('above',))
assert integer_check(0, 'inf', 3) == 'high' and raises(integer_check, 5, 'inf', 1) == ('Stop', ('below',))
assert integer_check(0, 9, 3) == 'both' and raises(integer_check, 0, 9, 10) == ('Stop', ('outside',))
assert doctype('<', 1) == 20 and doctype('<', 5) == -1 and doctype('%', 1) == 30 and doctype('%', 4) == -2
assert doctype(']', 4) == 4 and raises(doctype, '?', 0) == ('AssertionError', ('?',))
assert strptime('7', 'y') == 2007 and strptime('170', 'y') == 170 and strptime('1999', 'Y') == 1999
assert raises(strptime, '1', 'm') == ('Stop', ('m',))
assert platform == 'big'
done = []
either(False, False, True, lambda: False, lambda: 0, lambda: done.append('c'))
either(False, False, True, lambda: False, lambda: None, lambda: done.append('no'))
either(False, False, True, lambda: True, lambda: 0, lambda: done.append('no'))
either(False, False, False, None, None, lambda: done.append('no'))
either(True, False, False, None, None, lambda: done.append('a'))
either(False, True, False, None, None, lambda: done.append('b'))
assert done == ['c', 'a', 'b']
assert chained(204, 'GET', []) == ['empty', 'end'] and chained(150, 'GET', []) == ['empty', 'end']
assert chained(200, 'HEAD', []) == ['empty', 'end'] and chained(200, 'GET', []) == ['end']
assert chained(304, 'GET', []) == ['empty', 'end']
assert chained_middle(3, 0, 0) == 1 and chained_middle(7, 2, 1) == 1 and chained_middle(7, 2, 0) == 2
assert chained_middle(2, 2, 1) == 1 and chained_middle(9, 1, 0) == 2 and chained_middle(9, 1, 5) == 1
assert guarded(None, int) is None and guarded(3, int) is None and raises(guarded, 'x', int) == ('Stop', ('x',))
assert lookup('a', {'a': 1}) == 1 and lookup('d/', {'a': 'd/'}) == 'dir'
assert raises(lookup, 'b', {'a': 1}) == ('KeyError', ('b',)) and raises(lookup, 'e/', {'a': 1}) == ('KeyError', ('e/',))
assert callback_check('callback', len, None) is None and callback_check('callback', len, (1,)) is None
assert raises(callback_check, 'callback', 3, None) == ('Stop', (1,))
assert raises(callback_check, 'callback', len, [1]) == ('Stop', (2,))
assert callback_check('store', None, None) is None and raises(callback_check, 'store', len, None) == ('Stop', (3,))
assert raises(callback_check, 'store', None, ()) == ('Stop', (4,))
assert acquire(Lock(False, None)) and acquire(Lock(False, [1, 2])) and not acquire(Lock(False, [1, 0]))
assert not acquire(Lock(True, None))
