def unhex(s):
    bits = 0
    for c in s:
        c = bytes((c,))
        if b'0' <= c <= b'9':
            i = ord('0')
        elif b'a' <= c <= b'f':
            i = ord('a') - 10
        else:
            assert False, 'non-hex digit ' + repr(c)
        bits = bits * 16 + (ord(c) - i)
    return bits


def kind(t):
    if t == 1:
        return 'function'
    if t == 2:
        return 'class'
    assert False, f'unexpected type: {t}'


def bare(x):
    if x:
        return 1
    assert False


def checked(path, pkgdir, ispkg):
    if path:
        assert not pkgdir or path == [pkgdir], (path, pkgdir)
    elif not path == ([] if ispkg else None):
        return 'odd'
    return 'ok'


def raises(f, *args):
    try:
        f(*args)
    except AssertionError as e:
        return e.args

assert unhex(b'1f') == 31
assert raises(unhex, b'g') == ("non-hex digit b'g'",)
assert kind(2) == 'class'
assert raises(kind, 3) == ('unexpected type: 3',)
assert bare(1) == 1
assert raises(bare, 0) == ()
assert checked(['a'], 'a', True) == 'ok'
assert raises(checked, ['a'], 'b', True) == ((['a'], 'b'),)
assert checked(None, None, True) == 'odd'
assert checked([], None, True) == 'ok'
