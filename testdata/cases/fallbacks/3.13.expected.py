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
