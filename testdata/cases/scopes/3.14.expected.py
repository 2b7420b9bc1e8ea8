global cache
import inspect
cache = {}

def remember(k, v):
    cache[k] = v
    return cache


def never_yields():
    if False:
        yield


def returns_first(x):
    if x:
        return 5
    if False:
        yield


async def async_never_yields():
    if False:
        yield


def cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]


def class_reads_enclosing(x, *rest):
    y = x * 2







    class K:
        a = x
        b = y + 1
        c = rest
    return K.a, K.b, K.c


class Sup:
    def m(self):
        return lambda s: super(Sup, s).__init__ and __class__
    def n(self):
        return lambda: super()

assert inspect.isgeneratorfunction(never_yields) and list(never_yields()) == []
assert inspect.isgeneratorfunction(returns_first) and list(returns_first(1)) == []
assert inspect.isasyncgenfunction(async_never_yields)
assert remember('a', 1) == {'a': 1} and cache == {'a': 1}
assert type(cell_factory()).__name__ == 'cell' and cell_factory().cell_contents == 1
assert Sup().m()(Sup()) is Sup and callable(Sup().n())
assert class_reads_enclosing(3, 4) == (3, 7, (4,))
