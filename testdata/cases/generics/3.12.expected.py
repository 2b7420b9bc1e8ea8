import typing

def first[T](items: list[T]) -> T:
    return items[0]

assert first([3, 4]) == 3
T, = first.__type_params__
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
    return key, flag

assert keyed('k', flag=True) == ('k', True)

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(mcs, name, bases, ns)


class Base:
    base_value = 10


class Box[T](Base, metaclass=Meta):
    'A box.'
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

class Pair[A, B: str](Base):
    def swap(self, a: A, b: B) -> tuple[B, A]:
        return b, a

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
        return x, y
    class Local[V]:
        def get(self, v: V) -> T:
            return x
    type Local2[W] = list[W]
    return inner(2), Local().get(0), Local2.__name__

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

def factory(n):
    class Local[T]:
        size = n
        def get(self) -> T:
            return n
    type Alias[U] = dict[U, type(n)]
    return Local, Alias

Local, LocalAlias = factory(4)
assert Local().get() == 4
assert Local.size == 4
assert LocalAlias.__value__ == dict[LocalAlias.__type_params__[0], int]
type Comp = [i for i in range(3)]
type Lam = lambda: 1
type Cond[T] = int if T else str
assert Comp.__value__ == [0, 1, 2]
assert Lam.__value__() == 1
assert Cond.__value__ is int

class Outer[T]:
    class Inner[U]:
        def both[V](self, t: T, u: U, v: V) -> T | U | V:
            return t, u, v
    def plain[W](self, w: W) -> W:
        return w

assert Outer.Inner().both(1, 2, 3) == (1, 2, 3)
assert Outer().plain(7) == 7

async def agen[T](x: T):
    yield x


def deco2(*a):
    def wrap(f):
        f.marks = getattr(f, 'marks', ()) + a
        return f
    return wrap


@deco2(1)
@deco2(2)
class Two[T, *Ts](Base):
    pass

assert Two.marks == (2, 1)

def full[T](a: T, /, b: T = 1, *c: T, d: T, e: T = 2, **f: T) -> T:
    return a, b, c, d, e, f

assert full(0, d=3) == (0, 1, (), 3, 2, {})
