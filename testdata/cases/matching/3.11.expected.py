class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y


def literal(v):
    match v:
        case 1:
            return 'one'
        case -2:
            return 'neg'
        case 1 + 2j:
            return 'complex'
        case None:
            return 'none'
        case True:
            return 'true'
    return 'other'


def sequence(v):
    match v:
        case [a, *rest, b]:
            return a, rest, b
        case [a, b]:
            return a + b
        case [1, [2, c]]:
            return c
        case [*_]:
            return 'any'


def mapping(v):
    match v:
        case {'k': 1, 'j': x, **rest}:
            return x, rest
        case {'z': _}:
            return 'z'
        case {}:
            return 'empty'


def classes(v):
    match v:
        case Point(1, y=2):
            return 'p'
        case Point(x=0, y=yy) as p:
            return yy, p
        case int(n) | float(n):
            return n
        case str():
            return 's'


def looped(items):
    out = []
    for it in items:
        match it:
            case 0:
                pass
            case 99:
                break
            case [x, y] | [x, y, _]:
                out.append(x)
            case _:
                pass
    return out

assert literal(1) == 'one' and literal(-2) == 'neg' and literal((1+2j)) == 'complex'
assert literal(None) == 'none' and literal(True) == 'one' and literal(7) == 'other'
assert sequence([1, 2, 3, 4]) == (1, [2, 3], 4) and sequence((1, 2)) == (1, [], 2)
assert mapping({'k': 1, 'j': 5, 'q': 6}) == (5, {'q': 6}) and mapping({'z': 0}) == 'z' and mapping({}) == 'empty'
assert classes(Point(1, 2)) == 'p' and classes(Point(0, 3))[0] == 3 and classes(4) == 4 and classes('a') == 's'
assert looped([0, [1, 2], (3, 4, 5), 7, 99, [8, 9]]) == [1, 3]
