import typing

def with_default[T = int](x: T) -> T:
    return x

T, = with_default.__type_params__
assert T.__default__ is int
assert with_default(3) == 3

def all_kinds[A: (int, str) = int, B: float = float, *Ts = *tuple[int, str], **P = [int, str]]():
    return 1

A, B, Ts, P = all_kinds.__type_params__
assert A.__constraints__ == (int, str)
assert A.__default__ is int
assert B.__bound__ is float
assert B.__default__ is float
assert Ts.__default__ == typing.Unpack[tuple[int, str]] or Ts.__default__.__args__ == (int, str)
assert P.__default__ == [int, str]

def no_default_after[T = str, *Ts = typing.Unpack[tuple[int]]]():
    pass

assert no_default_after.__type_params__[0].__default__ is str








class Defaulted[K = str, V = list[K]](dict):
    def first[D = None](self, d: D = None) -> K | D:
        return next(iter(self), d)

K, V = Defaulted.__type_params__
assert K.__default__ is str
assert V.__default__ == list[K]
assert Defaulted({'a': 1}).first() == 'a'
assert Defaulted().first(0) == 0
type Pairs[X = int, Y = X] = list[tuple[X, Y]]
X, Y = Pairs.__type_params__
assert X.__default__ is int
assert Y.__default__ is X
type NoneDefault[Z = None] = Z
assert NoneDefault.__type_params__[0].__default__ is None
