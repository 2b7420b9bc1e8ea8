# 3.12 and later: type parameters and type aliases.
type Pair[T] = tuple[T, T]


def first[T: int, *Ts, **P](pair: Pair[T]) -> T:
    return pair[0]


class Box[T]:
    def get(self) -> T:
        return super().get()
