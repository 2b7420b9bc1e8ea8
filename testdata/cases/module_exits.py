# The end of a module or class body is a `return None` that the compiler copies into each branch ending
# the body (3.11+): a branch that jumps there skips the statements after it, which are its else (a
# module or class body cannot say return).
import sys

order = sys.byteorder
seen = []


class Endian:
    if order == 'little':
        kind = 'le'
        for k in range(2):
            seen.append(k)
    elif order == 'big':
        kind = 'be'
        for k in range(2):
            seen.append(k)
    else:
        raise RuntimeError('byte order')


assert Endian.kind in ('le', 'be'), Endian.kind
assert seen == [0, 1], seen


class Width:
    if sys.maxsize > 2 ** 32:
        bits = 64
    else:
        bits = 32


assert Width.bits in (32, 64), Width.bits

if order == 'little':
    seen.append('little')
    assert seen == [0, 1, 'little'], seen
elif order == 'big':
    seen.append('big')
    assert seen == [0, 1, 'big'], seen
else:
    raise RuntimeError('byte order')
