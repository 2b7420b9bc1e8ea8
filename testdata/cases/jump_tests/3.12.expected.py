class Fut:
    def __init__(self, read, closing):
        self.read, self.closing = (read, closing)


def assert_or(self, fut):
    if fut is not None:
        assert self.read is fut or self.read is None and self.closing
        return 'checked'
    return 'none'


def not_and_in(value):
    if not (isinstance(value[0], int) and value[0] in (0, 1)):
        raise ValueError('sign')
    return value[0]


def either_missing(f, g, missing):
    if f is missing and g is missing:
        return 'both'
    if not (f is missing or g in (1, 2)):
        return 'neither'
    return 'one'


def comprehension_not_in(xs, skip):
    return [x for x in xs if not (x in skip and x > 2)]


def guarded_assert(before, mark, top):
    if mark in before:
        assert before[-1] is top
    return len(before)


def and_or_lines(x, y, z):
    return x and y or z


def walrus_in_and(loop, g):
    if loop is not None and (c := g(loop)) is not None:
        g(c)
    else:
        c = None
    def cb():
        return c
    return cb()


def raises(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__

s = Fut(None, True)
assert assert_or(s, Fut(1, 1)) == 'checked' and assert_or(s, None) == 'none'
assert raises(assert_or, Fut(1, False), Fut(1, 1)) == 'AssertionError'
assert not_and_in((1,)) == 1 and raises(not_and_in, (2,)) == 'ValueError' and raises(not_and_in, ('a',)) == 'ValueError'
assert either_missing(0, 0, 0) == 'both' and either_missing(1, 3, 0) == 'neither' and either_missing(1, 2, 0) == 'one'
assert comprehension_not_in([1, 2, 3, 4], {3}) == [1, 2, 4]
t = object()
assert guarded_assert([1, t], 1, t) == 2 and guarded_assert([2], 1, t) == 1
assert raises(guarded_assert, [1, 2], 1, t) == 'AssertionError'
assert and_or_lines(1, 2, 3) == 2 and and_or_lines(0, 2, 3) == 3 and and_or_lines(1, 0, 3) == 3
assert walrus_in_and(None, abs) is None and walrus_in_and(-2, abs) == 2
assert walrus_in_and(1, lambda x: None) is None
