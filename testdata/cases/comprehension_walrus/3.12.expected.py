global w

def walrus_target(xs):
    found = [y for x in xs if (y := (x * 2)) > 4]
    return found, y


def walrus_element(xs, c):
    return sum(((d := (x - c)) * d for x in xs)), d


def walrus_ifexp(xs):
    return [y for x in xs if ((y := (x * 2)) > 4 if x % 2 else (y := x) > 2)]

data = [1, 2, 3, 4, 5]
last = [(w := x) for x in data if x > 2]
assert walrus_target([1, 2, 3, 4]) == ([6, 8], 8)
assert walrus_element([1, 2, 3], 1) == (5, 2)
assert last == [3, 4, 5] and w == 5
assert walrus_ifexp([1, 2, 3, 4]) == [6, 4]
