# Constructs every version from 3.7 on compiles: the sample for the committed dis cases.
import os.path as osp
from collections import OrderedDict as OD, namedtuple
from . import sibling
from .. import cousin as c2
from os import *

GLOBAL_COUNT = 0
CONSTANTS = (1, -2, 3.5, -0.0, float("inf"), 1e100, 2 ** 70, 1j, 2 - 3j, b"\x00bytes'\"", "str\n\t'\"\u00e9\U0001f600", None, True, ..., frozenset({1, 2}))


def defaults(a, b=1, *args, c, d=2, **kwargs) -> "ret":
    global GLOBAL_COUNT
    GLOBAL_COUNT += 1
    x = a if b else c
    y = [i * 2 for i in args if i % 2]
    z = {k: v for k, v in kwargs.items()}
    w = {i for i in range(3)}
    g = (i for i in y)
    del x
    return y, z, w, g, a < b < c, not a, -a, ~b, a @ b, a // b, a ** b, a is b, a is not b, a in b, a not in b


def closures():
    counter = 0

    def inc(step=1):
        nonlocal counter
        counter += step
        return counter

    return inc, lambda q, *, r=3: q + r + counter


class Base(object, metaclass=type):
    """Docstring."""
    attr: int = 3

    def __init__(self, value):
        super().__init__()
        self.value = value

    @property
    def doubled(self):
        return self.value * 2

    @staticmethod
    def static(*a, **k):
        return Base(*a, **k)


def flow(items, limit):
    total = 0
    for i, item in enumerate(items):
        if item is None:
            continue
        elif item > limit and not total or item < -limit:
            break
        total += item
    else:
        total = -1
    while total > 100:
        total //= 2
        if total == 7:
            break
    try:
        result = 1 / total
    except ZeroDivisionError as e:
        result = e
    except (TypeError, ValueError):
        raise RuntimeError("bad") from None
    else:
        result = str(result)
    finally:
        total = 0
    with open(items) as f, open(limit) as g:
        data = f.read() + g.read()
    assert total, "message"
    a, *rest = items
    items[1:2] = rest[::2]
    obj = Base(1)
    obj.attr += 1
    return f"{result!r:>{limit}} {data!s} {total:.2f}"


async def coroutine(session, urls):
    async with session as s:
        async for u in urls:
            await s.get(u)
    return [await x async for x in urls]


def generator(n):
    yield n
    received = yield
    yield from range(received)


def long_function_with_many_jumps(x):
    # Enough code that jump arguments need EXTENDED_ARG.
    if x:
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13)
    return x
