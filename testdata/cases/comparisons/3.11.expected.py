def in_range(a, b, c):
    if a < b < c:
        return 'inside'
    return a < b <= c


def chained_value(a, b, c, d):
    x = a < b < c < d
    return x


def negated(a, b, c):
    if not a is b in c:
        return 'no'
    return 'yes'


def mixed(x, a, b, c):
    return x and a == b != c


def first_match(opt, opts):
    for i in range(len(opts)):
        if opt == opts[i] != ':':
            if not opts.startswith(':', i + 1):
                return False
            return True


def all_none(a, b, c):
    if a is b is c is None:
        return 'none'
    return 'some'


def none_after(a, b):
    if a < b is not None:
        return 'below'
    return 'other'


def color(r, g, b):
    if not (0 <= r <= 255 and 0 <= g <= 255 and 0 <= b <= 255):
        raise ValueError('bad color')
    return '#%02x%02x%02x' % (r, g, b)


def checked_proto(proto, highest):
    assert isinstance(proto, int) and 0 <= proto <= highest
    return proto

assert in_range(1, 2, 3) == 'inside' and in_range(1, 3, 3) is True and in_range(3, 1, 2) is False
assert chained_value(1, 2, 3, 4) is True and chained_value(1, 3, 2, 4) is False
assert negated(1, 2, [2]) == 'no' and negated(None, None, [None]) == 'yes'
assert mixed(1, 2, 2, 3) is True and mixed(0, 2, 2, 3) == 0 and mixed(1, 2, 3, 3) is False
assert first_match('a', 'a:b') is True and first_match('b', 'a:b') is False and first_match('c', 'ab') is None
assert all_none(None, None, None) == 'none' and all_none(None, None, 1) == 'some' and all_none(1, None, None) == 'some'
assert none_after(1, 2) == 'below' and none_after(2, 1) == 'other'
assert color(1, 2, 255) == '#0102ff'
for bad in (256, 0, 0), (0, -1, 0), (0, 0, 300):
    try:
        color(*bad)
        raise AssertionError('not raised')
    except ValueError:
        continue
assert checked_proto(2, 5) == 2
for bad in ('2', 5), (6, 5), (-1, 5):
    try:
        checked_proto(*bad)
        raise RuntimeError('not raised')
    except AssertionError:
        continue
