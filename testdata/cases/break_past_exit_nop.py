# A break inside a nested if that jumps past the loop exit's NOP (another break's line) to the code after
# the loop, 3.14 (2026-12-04, eleventh session): Branches took it for a jump past the end of the
# enclosing branch and fell back (compression._common._streams.DecompressReader.read).


class Source:
    def __init__(self, blocks, eof_after):
        self.blocks = list(blocks)
        self.eof_after = eof_after
        self.calls = 0

    def eof(self):
        self.calls += 1
        return self.calls > self.eof_after

    def next_block(self):
        return self.blocks.pop(0) if self.blocks else b''


def read(src):
    data = None
    while True:
        if src.eof():
            rawblock = src.next_block()
            if not rawblock:
                break
            try:
                data = rawblock.decode()
            except UnicodeDecodeError:
                break
        else:
            data = ''
        if data:
            break
    if not data:
        src.calls = -1
        return None
    src.calls += len(data)
    return data


assert read(Source([b'ab'], 1)) == 'ab'
assert read(Source([], 0)) is None
assert read(Source([b'\xff'], 0)) is None
