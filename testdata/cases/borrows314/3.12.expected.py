class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n


def seek(pos, whence=0):
    try:
        pos_index = pos.__index__
    except AttributeError:
        raise TypeError(f'{pos!r} is not an integer')
    pos = pos_index()
    if whence == 0:
        return pos
    return pos + whence

assert seek(Index(3)) == 3 and seek(Index(3), 2) == 5
try:
    seek('x')
except TypeError as e:
    assert 'not an integer' in str(e)

def is_small_link(path, stats):
    try:
        s1 = stats[path]
    except (KeyError, ValueError):
        return False
    else:
        if s1 < 0:
            return False
        path = path.upper()
        if isinstance(path, bytes):
            parent = path + b'..'
        else:
            parent = path + '..'
        return s1 < 10 and parent

assert is_small_link('a', {'a': 3}) == 'A..' and is_small_link('a', {}) is False
assert is_small_link('a', {'a': -1}) is False and is_small_link('a', {'a': 30}) is False

def collect(stack, follow):
    out = []
    path = stack.pop()
    try:
        entries = list(path)
    except TypeError:
        pass
    else:
        for entry in entries:
            is_dir = False
            try:
                if entry.isupper():
                    is_dir = True
            except AttributeError:
                pass
            if not is_dir and follow:
                continue
            out.append(entry)
    return out

assert collect(['aBc'], True) == ['B'] and collect(['ab'], False) == ['a', 'b'] and collect([3], True) == []

class Imap:
    def __init__(self, debug):
        self.debug = debug
        self.capture = False
        self.log = []
    def mesg(self, text):
        self.log.append(text)


def enter(imap, duration):
    assert not imap.capture
    if imap.debug >= 4:
        imap.mesg(f'idle start duration={duration}')
    imap.capture = True
    return imap.log

assert enter(Imap(5), 3) == ['idle start duration=3'] and enter(Imap(1), 3) == []

def typed_only(a, b):
    # depyf: Any is local, bound only in unreachable code
    Any: object
    total = a + b
    total = total * a
    return total

assert typed_only(2, 3) == 10

def pick_mover(term):
    if term.cub and term.cuf:
        mover = 'cub'
        return mover
    raise RuntimeError('insufficient terminal')


class Term:
    hpa = cub = cuf = True

assert pick_mover(Term()) == 'cub'

class Response:
    def __init__(self, chunks, fail):
        self.chunks, self.fail, self.log = (chunks, fail, [])
    def is_file(self):
        return not self.chunks
    def write(self, data):
        if data == self.fail:
            raise ValueError(data)
        self.log.append(data)
    def close(self):
        self.log.append('closed')


def finish(resp):
    try:
        if not resp.is_file():
            for data in resp.chunks:
                resp.write(data)
    except:
        resp.log.append('aborted')
        raise
    resp.close()
    return resp.log

assert finish(Response(['a', 'b'], None)) == ['a', 'b', 'closed'] and finish(Response([], None)) == ['closed']
try:
    finish(Response(['a', 'x'], 'x'))
except ValueError as e:
    assert e.args == ('x',)
