import asyncio

def keep_new(items, known):
    out = []
    for item in items:
        item = item * 2
        if item not in known:
            out.append(item)
    return out


def skip_known(items, known):
    out = []
    for item in items:
        if item in known:
            continue
        out.append(item)
    return out


class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    async def readuntil(self):
        await asyncio.sleep(0)
        if not self.chunks:
            raise EOFError('partial')
        return self.chunks.pop(0)
    async def readline(self):
        try:
            line = await self.readuntil()
        except EOFError as e:
            return str(e)
        return line


def build(name, args, fail):
    cmdline = [name] + [a.upper() for a in args]
    try:
        if fail:
            raise OSError(cmdline[0])
        return len(cmdline)
    except OSError:
        return -1


def lookup(obj):
    try:
        found = obj.primary
    except AttributeError:
        try:
            found = obj.secondary
        except AttributeError:
            pass
        else:
            return 'secondary ' + found
        found = None
    return found


class Both:
    primary = 'p'


class Second:
    secondary = 's'


def first_match(header, prefixes, boms):
    for prefix in prefixes:
        if header.startswith(prefix):
            return True
    for bom, encoding in boms:
        if not header.startswith(bom):
            continue
        for start in prefixes:
            if header == bom + start:
                return encoding
    return False

half = lambda p: p * 2 - 1 if p < 0.5 else 1 - p
assert first_match('ab', ['a'], []) is True and first_match('xb', ['b'], [('x', 'enc')]) == 'enc'
assert first_match('zz', ['a'], [('x', 'e')]) is False
assert half(0.25) == -0.5 and half(0.75) == 0.25

class Server:
    caps = None
    def capabilities(self):
        if self.fail:
            raise KeyError(1)
        return 'resp', {'VERSION': ['2', '3']}
    def __init__(self, fail):
        self.fail = fail
    def getcapabilities(self):
        if self.caps is None:
            self.version = 1
            try:
                resp, caps = self.capabilities()
            except (KeyError, ValueError):
                self.caps = {}
            else:
                self.caps = caps
                if 'VERSION' in caps:
                    self.version = max(map(int, caps['VERSION']))
        return self.caps


def synthesize(table, name):
    try:
        command = table[name]
    except KeyError:
        return [None, None]
    controller = command[1]
    if controller:
        return [None, controller]
    return [None, None]

assert Server(False).getcapabilities() == {'VERSION': ['2', '3']} and Server(True).getcapabilities() == {}
assert synthesize({'a': (0, 'c')}, 'a') == [None, 'c'] and synthesize({}, 'a') == [None, None]

def drain(queue, done):
    got = []
    while True:
        try:
            item = queue.pop()
        except IndexError:
            item = None
        if item is not None:
            got.append(item)
            continue
        if done():
            return got


def skip_chars(src, pos, chars):
    try:
        while src[pos] in chars:
            pos += 1
    except IndexError:
        pass
    return pos

assert drain([1, 2], lambda: True) == [2, 1]
assert skip_chars('aab', 0, 'a') == 2 and skip_chars('aa', 0, 'a') == 2

def hostport(host, default):
    i = host.rfind(':')
    port = default
    if i > 0:
        try:
            port = int(host[i + 1:])
        except ValueError:
            if host[i + 1:] == '':
                port = default
            else:
                raise KeyError(host)
        host = host[:i]
    return host, port

assert hostport('a:8', 80) == ('a', 8) and hostport('a:', 80) == ('a', 80) and hostport('a', 80) == ('a', 80)
try:
    hostport('a:x', 80)
    raise AssertionError('no error')
except KeyError:
    pass

class Failing:
    def __init__(self, errno):
        self.errno = errno
    def open(self, mode):
        if mode == 'rb+':
            error = OSError(self.errno, 'no')
            raise error
        return mode


def open_box(box, create):
    try:
        f = box.open('rb+')
    except OSError as e:
        if e.errno == 2:
            if create:
                f = box.open('wb+')
            else:
                raise KeyError('missing')
        elif e.errno in (1, 3):
            f = box.open('rb')
        else:
            raise
    return f

assert open_box(Failing(2), True) == 'wb+' and open_box(Failing(3), False) == 'rb'
for errno, create, expected in (2, False, KeyError), (9, True, OSError):
    try:
        open_box(Failing(errno), create)
        raise AssertionError('no error')
    except expected:
        continue
assert keep_new([1, 2, 3], {4}) == [2, 6]
assert skip_known([1, 2, 3], {2}) == [1, 3]
assert asyncio.run(Reader(['a']).readline()) == 'a'
assert asyncio.run(Reader([]).readline()) == 'partial'
assert build('x', ['b'], False) == 2 and build('x', [], True) == -1
assert lookup(Both()) == 'p' and lookup(Second()) == 'secondary s' and lookup(1) is None
