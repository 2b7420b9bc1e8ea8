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


def consume(tests, log):
    while True:
        if tests.pop(0):
            if tests.pop(0) and tests.pop(0):
                if not tests.pop(0):
                    log.append(1)
                else:
                    break
            else:
                raise KeyError(2)
        else:
            log.append(4)
            break
    log.append(3)
    return log


def consume_elif(tests, log):
    while True:
        if tests.pop(0):
            if tests.pop(0) and tests.pop(0):
                log.append(1)
            elif tests.pop(0):
                log.append(2)
                break
            else:
                raise KeyError(3)
        else:
            break
    log.append(5)
    return log

assert read(Source([b'ab'], 1)) == 'ab'
assert read(Source([], 0)) is None
assert read(Source([b'\xff'], 0)) is None
assert consume([1, 1, 1, 0, 1, 1, 1, 1], []) == [1, 3] and consume([0], []) == [4, 3]
try:
    consume([1, 0], [])
except KeyError:
    pass
assert consume_elif([1, 1, 1, 1, 0, 1], []) == [1, 2, 5] and consume_elif([0], []) == [5]
try:
    consume_elif([1, 0, 0], [])
except KeyError:
    pass
