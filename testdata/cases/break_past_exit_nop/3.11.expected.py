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
    else:
        src.calls += len(data)
        return data

assert read(Source([b'ab'], 1)) == 'ab'
assert read(Source([], 0)) is None
assert read(Source([b'\xff'], 0)) is None
