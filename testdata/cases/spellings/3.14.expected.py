def fstring_format(cls, name):
    return f'%s.%s{{%r}}' % (cls.__module__, cls.__qualname__, name)


def plain_format(a, b):
    return f'{a!s}-{b!r}'


def only_nonlocal():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0].cell_contents

assert fstring_format(int, 'x') == "builtins.int{'x'}"
assert plain_format(1, 'b') == "1-'b'"
assert only_nonlocal() == 1









class Renamed(Exception):
    __module__ = 're'

assert Renamed.__module__ == 're'
