# What the compiler removes but the function's kind or the module's stores still show.
import inspect

cache = {}


def remember(k, v):
    global cache            # no STORE_GLOBAL here; the module's store of cache becomes STORE_GLOBAL
    cache[k] = v
    return cache


def never_yields():
    while False:
        yield None


def returns_first(x):
    if x:
        return 5
    return
    yield 1


async def async_never_yields():
    return
    yield 1



# a nonlocal declaration never used: the free variable still makes the outer local a cell (was dropped)
def cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]


# a class body reading its function's locals: LOAD_CLASSDEREF up to 3.11 (was unsupported: the class fell
# back and the function lost its cells), LOAD_FROM_DICT_OR_DEREF from 3.12
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
        return lambda: super()      # __class__ free in the lambda, never loaded


assert inspect.isgeneratorfunction(never_yields) and list(never_yields()) == []
assert inspect.isgeneratorfunction(returns_first) and list(returns_first(1)) == []
assert inspect.isasyncgenfunction(async_never_yields)
assert remember('a', 1) == {'a': 1} and cache == {'a': 1}
assert type(cell_factory()).__name__ == 'cell' and cell_factory().cell_contents == 1
assert Sup().m()(Sup()) is Sup and callable(Sup().n())
assert class_reads_enclosing(3, 4) == (3, 7, (4,))
