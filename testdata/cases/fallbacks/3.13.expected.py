def drain(items, f):
    out = []
    while True:
        try:
            item = items.pop()
        except IndexError:
            continue
        if not item is not None:
            return out
        out.append(f(item))


def ints(xs):
    out = []
    for x in xs:
        try:
            y = int(x)
        except ValueError:
            continue
        out.append(y)
    return out


def ints_else(xs):
    out = []
    for x in xs:
        try:
            y = int(x)
        except ValueError:
            continue
        out.append(y)
    return out


def pop_all(xs):
    n = 0
    while xs:
        try:
            xs.pop()
            n += 1
        except IndexError:
            continue
    return n


def skip_named(xs):
    out = []
    for x in xs:
        try:
            y = 10 // x
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
            continue
        except TypeError:
            continue
        out.append(y)
    return out


def read_all(source, out):
    while True:
        try:
            data = source.pop()
            if not data:
                return out
            out.append(data)
            continue
        except IndexError:
            continue
        except KeyError:
            return out


def first_int(xs):
    data = None
    for x in xs:
        try:
            data = int(x)
            break
        except ValueError:
            pass
    return data


def and_or(a, b, c):
    return a and b or c


def or_and(a, b, c):
    return (a or b) and c


def and_and_or(a, b, c, d):
    return a and b and c or d


def and_or_or(a, b, c, d):
    return a and b or c or d


def and_or_and(a, b, c, d):
    return a and b or c and d


def not_and_or(a, b, c):
    value = not a and b or c
    return value


def call_and_or(n):
    return n, abs(n) != 1 and 's' or ''


def all_positive(xs):
    for x in xs:
        assert x > 0, x
    return True


def pairs_ok(xs):
    for a in xs:
        for b in xs:
            assert a != b or a is b
            assert (a if a else 1) != 0
    return len(xs)


def raises_assertion(f, *args):
    result = None
    try:
        f(*args)
    except AssertionError as e:
        result = e.args
    return result










class Flaky(list):
    def __init__(self, items, failures):
        super().__init__(items)
        self.failures = failures
    def pop(self):
        if not self and self.failures == 0:
            raise KeyError
        if self.failures:
            self.failures -= 1
            raise IndexError
        return super().pop()

assert drain(Flaky([None, 1, 2], 2), lambda v: v * 10) == [20, 10]
assert drain(Flaky([None], 0), str) == []
assert ints(['1', 'x', '3']) == [1, 3] and ints([]) == []
assert ints_else(['1', 'x', '3']) == [1, 3]
assert pop_all(Flaky([1, 2, 3], 2)) == 3 and pop_all([]) == 0
assert skip_named([1, 0, 'a', 5]) == [10, 'ZeroDivisionError', 2]
assert read_all(Flaky([0, 2, 1], 1), []) == [1, 2] and read_all(Flaky([], 2), []) == []
assert first_int(['a', '7', '8']) == 7 and first_int(['a']) is None
VALUES = [0, 1, '', 'x', None, [], [2]]
for a in VALUES:
    for b in VALUES:
        for c in VALUES:
            assert and_or(a, b, c) == (b if a and b else c)
            assert or_and(a, b, c) == (a or b if not a and not b else c)
            assert not_and_or(a, b, c) == (b if not a and b else c)
            for d in 0, 'd':
                assert and_and_or(a, b, c, d) == (c if a and b and c else d)
                assert and_or_or(a, b, c, d) == (b if a and b else c if c else d)
                assert and_or_and(a, b, c, d) == (b if a and b else d if c else c)
assert call_and_or(1) == (1, '') and call_and_or(-3) == (-3, 's')
assert all_positive([1, 2]) and all_positive([])
assert raises_assertion(all_positive, [1, -2, 3]) == (-2,)
assert pairs_ok([1, 2]) == 2 and raises_assertion(pairs_ok, [1, 2]) is None
