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

assert in_range(1, 2, 3) == 'inside' and in_range(1, 3, 3) is True and in_range(3, 1, 2) is False
assert chained_value(1, 2, 3, 4) is True and chained_value(1, 3, 2, 4) is False
assert negated(1, 2, [2]) == 'no' and negated(None, None, [None]) == 'yes'
assert mixed(1, 2, 2, 3) is True and mixed(0, 2, 2, 3) == 0 and mixed(1, 2, 3, 3) is False
