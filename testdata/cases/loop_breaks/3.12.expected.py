global cache

def class_tree(classes, known):
    children = {}
    roots = []
    for c in classes:
        if c[1]:
            for parent in c[1]:
                children.setdefault(parent, []).append(c[0])
                if known:
                    if parent in known:
                        break
        elif c not in roots:
            roots.append(c)
    return children, roots


def pick_parser(formats, header, fmt):
    if fmt is None:
        for name, detect in formats:
            if detect(header):
                parser = name
                break
        else:
            raise ValueError('unknown')
    else:
        parser = fmt
    return 'parsed by ' + parser


def pick_screen(kind, screens, canvas):
    if kind == 'screen':
        screen = canvas
        return screen
    if kind == 'canvas':
        for s in screens:
            if s == canvas:
                screen = s
                break
        else:
            screen = 'new ' + canvas
            screens.append(screen)
        return screen
    raise TypeError(kind)


def common_prefix(items, out):
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            for item in items:
                del item[0]
            out.append(prefix)
            continue
        break
    result = []
    for p in out:
        result.append(p)
    return result


def split_name(name, limit):
    components = name.split('/')
    for i in range(1, len(components)):
        prefix = '/'.join(components[:i])
        rest = '/'.join(components[i:])
        if len(prefix) <= limit:
            if len(rest) <= limit:
                break
    else:
        raise ValueError('name is too long')
    return prefix, rest

cache = None

def read_first(candidates):
    global cache
    if cache is None:
        errors = []
        for candidate in candidates:
            try:
                cache = int(candidate)
                break
            except ValueError as e:
                errors.append(str(e))
        else:
            raise OSError(len(errors), 'no candidate')
    return cache


def squeeze(pat):
    out = []
    i, n = (0, len(pat))
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            out.append('.*')
            while i < n and pat[i] == '*':
                i += 1
        elif c == '?':
            out.append('.')
        else:
            out.append(c)
    return ''.join(out)


def walk_parts(parts, links):
    path = ''
    rest = list(reversed(parts))
    while rest:
        name = rest.pop()
        newpath = path + '/' + name
        try:
            target = links[newpath]
        except KeyError:
            pass
        else:
            rest.extend(reversed(target))
            continue
        path = newpath
    return path


def toc(lines):
    starts, stops = ([], [])
    pos = 0
    while True:
        line = lines[pos] if pos < len(lines) else ''
        pos += 1
        if line.startswith('{'):
            starts.append(pos)
            while True:
                line = lines[pos] if pos < len(lines) else ''
                pos += 1
                if line == '}':
                    stops.append(pos - 1)
                    break
                if not line:
                    stops.append(pos)
                    break
        elif not line:
            return starts, stops


def dedent(indents, pos, indent):
    repeat = 1
    ls = pos
    while ls > 0:
        ls, pi = (ls - 1, indents[ls - 1])
        if pi is not None and pi < indent:
            repeat = indent - pi
            return repeat
    return repeat


def put_wait(q, block, timeout, limit):
    waits = 0
    if limit > 0:
        if not block:
            if len(q) >= limit:
                raise OverflowError
        elif timeout is None:
            while len(q) >= limit:
                q.pop()
                waits += 1
        else:
            if timeout < 0:
                raise ValueError
            while len(q) >= limit:
                q.pop(0)
    q.append('x')
    return waits, q


def drain_queue(queue, out, recursive):
    if not recursive:
        queue = list(queue)
        while queue:
            x = queue.pop()
            out.append(x)
            if x > 1:
                queue.append(x - 1)


def comm(ready, stdin, out, limit):
    for key in ready:
        if key is stdin:
            try:
                n = len(key)
            except TypeError:
                out.append('bad')
                continue
            if n >= limit:
                out.append('full')
        elif key in out:
            out.append('seen')
    return out

assert class_tree([('a', ()), ('b', ('a',)), ('c', ('a', 'b'))], None) == ({'a': ['b', 'c'], 'b': ['c']}, [('a', ())])
assert class_tree([('a', ()), ('a', ()), ('c', ('x', 'b'))], ['x']) == ({'x': ['c']}, [('a', ())])
formats = [('xml', lambda h: h.startswith('<')), ('bin', lambda h: h.startswith('b'))]
assert pick_parser(formats, 'bplist', None) == 'parsed by bin'
assert pick_parser(formats, '<?xml', None) == 'parsed by xml'
assert pick_parser(formats, '', 'raw') == 'parsed by raw'
try:
    pick_parser(formats, '?', None)
    assert False
except ValueError:
    pass
screens = ['s1']
assert pick_screen('canvas', screens, 's1') == 's1' and screens == ['s1']
assert pick_screen('canvas', screens, 'c2') == 'new c2' and screens == ['s1', 'new c2']
assert pick_screen('screen', screens, 'x') == 'x'
assert common_prefix([[1, 2, 3], [1, 2, 4]], []) == [1, 2]
assert common_prefix([[1], [2]], []) == []
assert common_prefix([[], [1]], []) == []
assert split_name('a/bb/ccc', 4) == ('a/bb', 'ccc')
try:
    split_name('aaaaa/bbbbb', 3)
    assert False
except ValueError:
    pass
assert read_first(['x', '7', '8']) == 7
assert read_first(['9']) == 7
cache = None
try:
    read_first(['x'])
    assert False
except OSError:
    pass
assert squeeze('a**b?c*') == 'a.*b.c.*'
assert walk_parts(['a', 'b'], {}) == '/a/b'
assert walk_parts(['a', 'l'], {'/a/l': ['c']}) == '/a/c'
assert toc(['{', 'x', '}', 'y', '{', 'z']) == ([1, 5], [2, 7])
assert dedent([0, 4, None, 8], 4, 8) == 4
assert dedent([None, None], 2, 4) == 1
assert dedent([8, 8], 2, 4) == 1
assert put_wait([1, 2, 3], True, None, 2) == (2, [1, 'x'])
assert put_wait([1, 2, 3], True, 5, 2) == (0, [3, 'x'])
assert put_wait([1], False, None, 2) == (0, [1, 'x'])
out = []
drain_queue([3], out, False)
assert out == [3, 2, 1]
drain_queue([3], out, True)
assert out == [3, 2, 1]
assert comm(['ab', 'abc', 5, 'x'], 'ab', ['x'], 3) == ['x', 'seen']
assert comm(['ab', 'ab', 5], 'ab', [], 2) == ['full', 'full']
assert comm([1, 1], 1, [], 2) == ['bad', 'bad']
assert comm(['a', 'a'], 'a', ['a'], 3) == ['a']

def prune(parts, out):
    head, tail = parts.pop() if parts else (None, None)
    while head and tail:
        out.append(head + tail)
        head, tail = parts.pop() if parts else (None, None)

res = []
prune([('a', ''), ('b', 'c'), ('d', 'e')], res)
assert res == ['de', 'bc']
