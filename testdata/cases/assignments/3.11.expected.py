def swap(a, b):
    a, b = (b, a)
    return a, b


def rotate(a, b, c):
    a, b, c = (c, a, b)
    return a, b, c


def heap_swap(heap, item):
    item, heap[0] = (heap[0], item)
    return item, heap


class Box:
    pass


def attribute_swap(x):
    x.a, x.b = (x.b, x.a)
    return x.a, x.b


def fibonacci(n):
    a, b = (0, 1)
    for _ in range(n):
        a, b = (b, a + b)
    return a

calls = []

def record(v):
    calls.append(v)
    return v


def ordered():
    first, second = (record(1), record(2))
    return first, second


def nested(a, b, c):
    a, (b, c) = (c, (a, b))
    return a, b, c


def mixed_targets(d, k, v):
    k, d[k] = (v, k)
    return d, k


def reverse(seq):
    n = len(seq)
    for i in range(n // 2):
        seq[i], seq[n - i - 1] = (seq[n - i - 1], seq[i])
    return seq


def pop_all(items):
    items[:], result = ([], items[:])
    return items, result


def computed_targets(a, b):
    a.x[-b], a.y = (a.y, -a.x[b])
    return a.x, a.y


def host(netloc):
    _, _, hostinfo = netloc.rpartition('@')
    _, have_port, port = hostinfo.partition(':')
    return hostinfo, have_port, port


def finally_store(d, k):
    try:
        return d.pop(k)
    finally:
        d['last'] = k


def unpack_chain(g):
    a, b = c = g()
    return a, b, c

g1 = 1
g2 = 2
g1, g2 = (g2, g1)
assert swap(1, 2) == (2, 1)
assert rotate(1, 2, 3) == (3, 1, 2)
assert heap_swap([5], 7) == (5, [7])
box = Box()
box.a, box.b = ('a', 'b')
assert attribute_swap(box) == ('b', 'a')
assert fibonacci(10) == 55
assert ordered() == (1, 2) and calls == [1, 2]
assert nested(1, 2, 3) == (3, 1, 2)
assert mixed_targets({}, 'k', 'v') == ({'v': 'k'}, 'v')
assert (g1, g2) == (2, 1)
assert reverse([1, 2, 3, 4, 5]) == [5, 4, 3, 2, 1] and pop_all([1, 2]) == ([], [1, 2])
box.x, box.y = ([1, 2, 3], 9)
assert computed_targets(box, 1) == ([1, 2, 9], -2)
produced = []
assert unpack_chain(lambda: produced.append(1) or [1, 2]) == (1, 2, [1, 2]) and produced == [1]
assert host('u@h:80') == ('h:80', ':', '80') and host('h') == ('h', '', '')
stored = {'a': 1}
assert finally_store(stored, 'a') == 1 and stored == {'last': 'a'}
