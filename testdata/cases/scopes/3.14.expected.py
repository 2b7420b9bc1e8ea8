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

assert inspect.isgeneratorfunction(never_yields) and list(never_yields()) == []
assert inspect.isgeneratorfunction(returns_first) and list(returns_first(1)) == []
assert inspect.isasyncgenfunction(async_never_yields)
assert remember('a', 1) == {'a': 1} and cache == {'a': 1}
