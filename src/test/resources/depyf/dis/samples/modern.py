# Constructs of 3.10 and later: match, walrus, parenthesized context managers.
def matcher(command, data):
    if (n := len(data)) > 3:
        print(n)
    match command:
        case ["go", direction] if direction in "nsew":
            return direction
        case {"action": action, **rest}:
            return action, rest
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case [1, 2, *others] as whole:
            return others, whole
        case str() | bytes():
            return "text"
        case None | True:
            return None
        case _:
            return 0
