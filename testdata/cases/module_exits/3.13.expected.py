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
    if sys.maxsize > 4294967296:
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
