# Source spellings the compiler sees through in some places and not in others.


def fstring_format(cls, name):
    # an f-string without fields is not a constant to the AST optimiser: the % stays a BINARY_OP
    return f'%s.%s{{%r}}' % (cls.__module__, cls.__qualname__, name)


def plain_format(a, b):
    # a plain literal with only %s/%r units becomes an f-string
    return '%s-%r' % (a, b)


def only_nonlocal():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0].cell_contents


assert fstring_format(int, 'x') == "builtins.int{'x'}"
assert plain_format(1, 'b') == "1-'b'"
assert only_nonlocal() == 1


class Renamed(Exception):
    # the source's own __module__ (the compiler's `__module__ = __name__` comes first)
    __module__ = 're'


assert Renamed.__module__ == 're'
