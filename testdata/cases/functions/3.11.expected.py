global counter
import functools

def outer(a, b=2, *args, c, d=4, **kw):
    'Docstring of outer.'
    total = a + b + c + d + sum(args) + len(kw)
    def inner(x):
        nonlocal total
        total += x
        return total
    inner(1)
    return total


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k) * 2
    return wrapper


@deco
def doubled(x):
    return x + 1


def gen(n):
    for i in range(n):
        yield i * i
    yield from range(2)

square = lambda x: x * x
counter = 0

def bump():
    global counter
    counter += 1

assert outer(1, c=3) == 11
assert doubled(1) == 4
assert list(gen(3)) == [0, 1, 4, 0, 1]
assert square(3) == 9
bump()
assert counter == 1
