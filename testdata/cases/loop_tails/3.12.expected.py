class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.pos = 0
    def read(self):
        while True:
            if self.pos >= len(self.chunks):
                return b''
            buf = self.chunks[self.pos]
            self.pos += 1
            data = buf.strip()
            if data != b'':
                break
            if buf == b'':
                raise EOFError('stream ended before the marker')
        self.pos += 100
        return data

r = Reader([b' ', b' x '])
assert r.read() == b'x' and r.pos == 102
r = Reader([b' ', b''])
try:
    r.read()
except EOFError:
    pass
else:
    raise AssertionError('no EOFError')
assert Reader([]).read() == b''

def prefix(data, flags):
    while True:
        if not data:
            return None
        op, av = data[0]
        if op != 'sub':
            return op, flags
        flags, data = av
        if flags & 1 and flags & 2:
            return None

assert prefix([('sub', (0, [('lit', 1)]))], 0) == ('lit', 0)
assert prefix([('sub', (3, [('lit', 1)]))], 0) is None
assert prefix([], 0) is None

def flags(chars, table):
    add = 0
    it = iter(chars)
    char = next(it)
    while True:
        add |= table[char]
        char = next(it, None)
        if char is None:
            raise ValueError('missing -, : or )')
        if char in ')-:':
            break
        if char not in table:
            msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
            raise ValueError(msg, len(char))
    if char == ')':
        add += 100
    return add, char

assert flags('ab)', {'a': 1, 'b': 2}) == (103, ')') and flags('a:', {'a': 1}) == (1, ':')
for bad, why in ('ax)', 'unknown flag'), ('a!)', 'missing -, : or )'), ('ab', 'missing -, : or )'):
    try:
        flags(bad, {'a': 1, 'b': 2})
    except ValueError as e:
        assert e.args[0] == why, e
    else:
        raise AssertionError(bad)

def drain(pending, registry):
    done = []
    try:
        while True:
            if not pending:
                break
            f = pending.pop()
            done.append(f)
            assert f not in registry
    finally:
        done.append('end')
    return done

assert drain([1, 2], ()) == [2, 1, 'end']
try:
    drain([1, 2], (2,))
except AssertionError:
    pass
else:
    raise AssertionError('no AssertionError')

def find(stack, wanted, kinds, cache):
    result = None
    while stack:
        node = stack.pop()
        if node in kinds:
            for attr in kinds[node]:
                if attr > 0:
                    if attr % 2:
                        cache[attr] = node
                        if attr == wanted:
                            result = node
                        elif cache:
                            continue
                        else:
                            break
                elif attr < -5:
                    cache[attr] = node
                    if attr == wanted:
                        result = node
                    elif cache:
                        continue
                    else:
                        break
        elif node < 0:
            for attr in range(3):
                if attr == wanted:
                    result = attr
        if result is not None:
            return result
    return result

assert find([1, 2], 5, {2: [1, 5]}, {}) == 2
assert find([1, 2], 5, {2: [-1, 5], 1: [5]}, {}) == 2
assert find([1, 2], -7, {2: [-1, 5], 1: [-7]}, {}) == 1
assert find([-1], 2, {}, {}) == 2
assert find([3], 2, {}, {}) is None

class Chunks:
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.decoded = ''
    def read_chunk(self):
        if not self.chunks:
            return False
        self.decoded = self.chunks.pop(0)
        return True
    def readline(self, line):
        while True:
            if '\n' in line:
                break
            while self.read_chunk():
                if self.decoded:
                    break
            if self.decoded:
                line += self.decoded
                self.decoded = ''
            else:
                return line
        return line[:line.index('\n')]
    def skip_empty(self):
        while self.read_chunk():
            if self.decoded:
                return self.decoded
        return self.decoded

c = Chunks(['', 'ab', '', 'c\nd'])
assert c.readline('') == 'abc'
assert Chunks(['x', '']).readline('') == 'x'
assert Chunks(['', '', 'y', 'z']).skip_empty() == 'y'
assert Chunks(['', '']).skip_empty() == ''

def fill(read, size):
    out = []
    while (s := read(size)):
        while len(s) < size and (more := read(size - len(s))):
            s += more
        out.append(s)
    return out


def locate(spans, pos, size):
    i = 0
    got = []
    while size > 0:
        while True:
            start, stop = spans[i]
            if start <= pos < stop:
                break
            i += 1
            if i == len(spans):
                i = 0
        n = min(size, stop - pos)
        got.append((i, n))
        size -= n
        pos += n
    return got


def reader(chunks):
    it = iter(chunks)
    return lambda n: next(it, '')

assert fill(reader(['ab', 'c', 'de', 'f']), 3) == ['abc', 'def']
assert fill(reader(['ab']), 3) == ['ab']
assert locate([(0, 2), (2, 5)], 1, 3) == [(0, 1), (1, 2)]
