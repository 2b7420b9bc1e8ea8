# min-version: 3.12
import typing


def first[T](items: list[T]) -> T:
    return items[0]


assert first([3, 4]) == 3
(T,) = first.__type_params__
assert T.__name__ == 'T'


def many[T: int, *Ts, **P](x: T, *args: *Ts) -> T:
    return x


T, Ts, P = many.__type_params__
assert T.__bound__ is int
assert isinstance(Ts, typing.TypeVarTuple)
assert isinstance(P, typing.ParamSpec)


def pick[S: (int, str)](a=1, *, b=2) -> S:
    return a + b


assert pick() == 3
assert pick(b=5) == 6
assert pick.__type_params__[0].__constraints__ == (int, str)
assert pick.__defaults__ == (1,)


def keyed[K](key: K, default=None, *rest, flag=False, **named) -> tuple[K, bool]:
    return (key, flag)


assert keyed('k', flag=True) == ('k', True)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(mcs, name, bases, ns)


class Base:
    base_value = 10


class Box[T](Base, metaclass=Meta):
    """A box."""

    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def map[U](self, f: typing.Callable[[T], U]) -> 'Box[U]':
        return Box(f(self.item))


b = Box(2).map(lambda v: v * 3)
assert b.get() == 6
assert b.made_by == 'Meta'
assert b.base_value == 10
assert Box.__doc__ == 'A box.'
assert Box.__type_params__[0].__name__ == 'T'
assert Box.__mro__[1] is Base


class Plain[T]:
    pass


assert typing.Generic in Plain.__mro__
assert len(Plain.__type_params__) == 1


class Pair[A, B: str](Base if True else dict):
    def swap(self, a: A, b: B) -> tuple[B, A]:
        return (b, a)


assert Pair().swap(1, 'x') == ('x', 1)

type IntList = list[int]
type Mapping[K] = dict[str, K]
type Nested[T: (int, float), *Ts] = tuple[T, *Ts]
type Lazy = 'Forward'

assert IntList.__value__ == list[int]
assert Mapping.__type_params__[0].__name__ == 'K'
assert Mapping.__value__ == dict[str, Mapping.__type_params__[0]]
assert Nested.__type_params__[0].__constraints__ == (int, float)
assert Lazy.__value__ == 'Forward'


def register(f):
    f.registered = True
    return f


@register
def tagged[T](x: T) -> T:
    return x


assert tagged.registered
assert tagged.__type_params__[0].__name__ == 'T'


@register
class Tagged[T]:
    value = 1


assert Tagged.registered


def outer[T](x: T):
    def inner[U](y: U) -> tuple[T, U]:
        return (x, y)

    class Local[V]:
        def get(self, v: V) -> T:
            return x

    type Local2[W] = list[W]
    return (inner(2), Local().get(0), Local2.__name__)


assert outer(1) == ((1, 2), 1, 'Local2')


def captured[T]():
    return T


assert captured().__name__ == 'T'


class Holder:
    type Inner = int

    def method[T](self, x: T) -> T:
        return x

    @staticmethod
    def static[T](x: T) -> list[T]:
        return [x]


assert Holder.Inner.__value__ is int
assert Holder().method(5) == 5
assert Holder.static(1) == [1]


async def fetch[T](x: T) -> T:
    return x


assert fetch.__type_params__[0].__name__ == 'T'


def with_lambda[T](f=lambda: 0) -> T:
    return f()


assert with_lambda() == 0
