def starts(s, prefix):
    try:
        if s.startswith(prefix):
            return None
        return 'differs'
    except AttributeError:
        return 'no string'


def checked(m, key, me):
    try:
        if key in m:
            if m[key] is not me:
                raise ValueError(key)
            return 'bound'
    except TypeError:
        return 'unhashable'
    m[key] = me
    return 'added'


def first_ok(items):
    out = []
    for x in items:
        try:
            if x < 0:
                continue
        except TypeError:
            out.append('?')
            continue
        out.append(x)
    return out


def until_big(items):
    seen = 0
    for x in items:
        try:
            seen += x
            if seen > 10:
                break
        except TypeError:
            pass
    return seen


def else_after(v):
    try:
        if v:
            return 'early'
    except ValueError:
        pass
    else:
        v = 'else'
    return v


def unreachable(x):
    for g in x:
        if g:
            return g
    assert False, 'none of {}'.format(x)


def never():
    assert False


def resolve(paths, table):
    out = []
    for p in paths:
        try:
            out.append(table[p])
        except KeyError:
            try:
                alias = table[p.lower()]
                if alias != p:
                    out.append(alias)
                    continue
            except KeyError:
                pass
            if p:
                if not p.isupper():
                    out.append('?' + p)
                    continue
                continue
    return out


def compare(x, y):
    if x == y:
        return 0
    if x > y:
        return 1
    return -1


def pick(x, a, b):
    if x == a:
        return 'same'
    if x == b:
        return 'first'
    return a or b


def encoding(b):
    if len(b) >= 2:
        if not b[0]:
            if b[1]:
                return 'be16'
            return 'be32'
        if not b[1]:
            if b[0]:
                return 'le16'
            return 'le32'
    return 'utf-8'


def close_all(fds, fail):
    closed = []
    try:
        fail()
    except ValueError:
        for fd in fds:
            try:
                if fd > 0 and fd % 2:
                    closed.append(fd)
                else:
                    closed.append(-fd)
            except TypeError:
                pass
        raise
    else:
        return closed


def expand(s, table):
    while True:
        k = s.find('$')
        if k >= 0:
            s = s[:k] + table.get(s[k + 1], '') + s[k + 2:]
        else:
            break
    return s


def skip_until(line, col, stop):
    while True:
        ch = line[col]
        if ch in '#':
            col += 2
        elif not stop(ch):
            col += 1
        else:
            break
    return line, col

assert starts('abc', 'a') is None and starts('abc', 'b') == 'differs' and starts(1, 'a') == 'no string'
assert checked({}, 1, 'me') == 'added' and checked({1: 'me'}, 1, 'me') == 'bound'
assert checked({}, [], 'me') == 'unhashable'
try:
    checked({1: 'other'}, 1, 'me')
    raise AssertionError('not raised')
except ValueError:
    pass
assert first_ok([1, -1, 'a', 2]) == [1, '?', 2]
assert until_big([5, 'x', 6, 7]) == 11 and until_big([1, 2]) == 3
assert else_after(1) == 'early' and else_after(0) == 'else'
assert unreachable([0, 3]) == 3
try:
    unreachable([0])
    raise RuntimeError('not raised')
except AssertionError as e:
    assert str(e) == 'none of [0]'
try:
    never()
    raise RuntimeError('not raised')
except AssertionError:
    pass
assert resolve(['a', 'B', 'c', 'D'], {'a': 1, 'b': 'bee', 'd': 'D'}) == [1, 'bee', '?c']
assert compare(1, 1) == 0 and compare(2, 1) == 1 and compare(1, 2) == -1
assert pick(1, 1, 2) == 'same' and pick(2, 1, 2) == 'first' and pick(3, 0, 2) == 2
assert encoding([0, 1]) == 'be16' and encoding([0, 0]) == 'be32' and encoding([1, 0]) == 'le16' and encoding([1, 1]) == 'utf-8'

def _fail():
    raise ValueError

try:
    close_all([1, 2, 'x', 3], _fail)
    raise RuntimeError('not raised')
except ValueError:
    pass
assert close_all([1], lambda: None) == []
assert expand('a$xb$y', {'x': 'X'}) == 'aXb' and expand('plain', {}) == 'plain'
assert skip_until('ab#cd', 0, lambda c: c == 'd') == ('ab#cd', 4)
