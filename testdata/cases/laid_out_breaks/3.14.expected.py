import os





class Reader:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        chunk, self.data = (self.data[:n], self.data[n:])
        return chunk


def read_line(reader, size):
    res = bytearray()
    while size < 0 or len(res) < size:
        b = reader.read(1)
        if not b:
            break
        res += b
        if res.endswith(b'\n'):
            break
    return bytes(res)

assert read_line(Reader(b'ab\ncd'), -1) == b'ab\n' and read_line(Reader(b'abcd'), 2) == b'ab'
assert read_line(Reader(b'ab'), 5) == b'ab'

def dedent(ls, indent, prev, start):
    repeat = 1
    if start > 0 and indent > 0:
        while ls > 0:
            ls, pi = prev(ls - 1)
            if pi is not None:
                if pi < indent:
                    repeat = indent - pi
                    return repeat
    return repeat

assert dedent(3, 4, lambda n: (n, None if n else 1), 1) == 3
assert dedent(3, 4, lambda n: (n, 9), 1) == 1 and dedent(3, 4, None, 0) == 1

def skip_spaces(text, j):
    while True:
        c = text[j:j + 1]
        if not c:
            return -1
        if c.isspace():
            j = j + 1
        else:
            break
    return j

assert skip_spaces('  x', 0) == 2 and skip_spaces('   ', 0) == -1

def count_up(items, n):
    while True:
        n += 1
        if n < 5 and items[n]:
            items[n] -= 1
        else:
            break
    return n

assert count_up([1, 1, 0, 1, 1, 1], 0) == 2 and count_up([1] * 9, 0) == 5

def settle(items, n):
    while True:
        n += 1
        if items[n] == 1:
            items[n] = 0
        elif items[n] == 2:
            items[n] = 1
        else:
            break
    return n

assert settle([0, 1, 2, 3], 0) == 3

def drain(items, keep):
    out = []
    while items:
        out.append(items.pop())
        if not keep(out[-1]):
            break
    return out

assert drain([1, 2, 3], lambda x: x > 1) == [3, 2, 1] and drain([], None) == []

def first_file(paths, stat):
    prefix = []
    while True:
        try:
            st = stat(paths[0])
        except (OSError, ValueError):
            prefix.append(paths.pop(0))
        else:
            if st != 5:
                raise ValueError(paths[0])
            else:
                break
    if paths[0] not in prefix:
        prefix.append(paths[0])
    return prefix


def fake_stat(p):
    if p == 'x':
        raise OSError(p)
    return len(p)

assert first_file(['x', 'abcde'], fake_stat) == ['x', 'abcde']
try:
    first_file(['ab'], fake_stat)
except ValueError as e:
    assert e.args == ('ab',)





















class Info:
    def __init__(self, path):
        self._path = str(path)
    if hasattr(os, 'getcwd'):
        def cwd(self):
            return [c for c in os.getcwd()][:1]

assert Info(1)._path == '1' and len(Info(1).cwd()) == 1
