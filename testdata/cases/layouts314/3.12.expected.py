class Box:
    def __init__(self, closed):
        if closed != 'missing':
            self.closed = closed
        self.log = []
    def close(self):
        self.log.append('close')


def close_unless_closed(box):
    try:
        closed = box.closed
    except AttributeError:
        return 'no attribute'
    else:
        if closed:
            return 'closed'
        box.close()
        return box.log


def close_in_else(box):
    try:
        closed = box.closed
    except AttributeError:
        return 'no attribute'
    else:
        if closed:
            return 'closed'
        box.close()
        return box.log


def member(item, data):
    try:
        key = hash(item)
    except TypeError:
        return False
    else:
        return key in data


def read_all(names, table):
    found = []
    for name in names:
        try:
            value = table[name]
        except KeyError:
            continue
        except TypeError:
            return None
        if isinstance(value, str):
            value = value.strip()
        found.append(value)
    return found


def first_int(texts):
    for text in texts:
        try:
            number = int(text)
        except ValueError:
            continue
        if number > 0:
            return number


def separator(which):
    if which is None:
        return None
    try:
        from os import sep
    except ImportError:
        return None
    try:
        result = {'a': sep}[which]
    except KeyError:
        result = None
    if result is not None:
        return result
    return 'missing'


def read_text(opener):
    try:
        f = opener()
    except OSError:
        return None
    with f:
        return f.read()


def hash_of(box):
    ans = box.closed
    return -2 if ans == -1 else ans


def known(val):
    return '' if val == 'unknown' else val


def flag(val):
    return 1 if val else 0


def head(out, n, nodata):
    if out:
        return out[:n]
    return nodata


def plain_if(val, d):
    if val:
        return 1
    return d


def above(items, k):
    return [x for x in items
            if x > k]


def stripped(items):
    return [x.strip() for x in items]


def not_in(items, other):
    return list((value for value in items
            if value not in other))


def flat(rows, k):
    return {x for row in rows for x in row
            if x != k}


def drain_into(src, out):
    while (buf := src.pop()):
        out.append(buf)


def count_pops(src, out):
    while src.pop():
        out.append(1)


def until_none(src, out):
    while (buf := src.pop()) is not None:
        out.append(buf)


def pop_or_default(table, key, default=None):
    try:
        value = table[key]
    except KeyError:
        if default is None:
            raise
        return default
    del table[key]
    return value


def quoted(name, address):
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            return f'{name.upper()!s} <{address!s}>'
        quotes = ''
        if ' ' in name:
            quotes = '"'
        return f'{quotes!s}{name!s}{quotes!s} <{address!s}>'
    return address


def lookup_path(table, path):
    for part in path:
        try:
            if len(part) == 1:
                v = table[part]
            elif len(part) == 2:
                v = table[part[0]]
            else:
                raise ValueError(part)
        except KeyError:
            raise LookupError(part) from None
        if v is not None:
            return v


def positional(params, arguments):
    out = []
    for name, kind in params:
        if kind == 'kw':
            break
        try:
            arg = arguments[name]
        except KeyError:
            break
        if kind == 'var':
            out.extend(arg)
        else:
            out.append(arg)
    return out

assert close_unless_closed(Box(True)) == 'closed'
assert close_unless_closed(Box(False)) == ['close']
assert close_unless_closed(Box('missing')) == 'no attribute'
assert close_in_else(Box(True)) == 'closed' and close_in_else(Box(0)) == ['close']
assert close_in_else(Box('missing')) == 'no attribute'
assert member(3, {3: 1}) is True and member(4, {3: 1}) is False and member([], {}) is False
assert read_all(['a', 'b', 'c'], {'a': ' x ', 'c': 5}) == ['x', 5]
assert read_all(['a', [], 'c'], {'a': 1, 'c': 2}) is None
assert first_int(['x', '-2', '7', '9']) == 7 and first_int(['y']) is None
assert hash_of(Box(-1)) == -2 and hash_of(Box(5)) == 5
assert known('unknown') == '' and known('x') == 'x' and flag(3) == 1 and flag(0) == 0
assert head([1, 2, 3], 2, None) == [1, 2] and head([], 2, 'none') == 'none'
assert plain_if(1, 7) == 1 and plain_if(0, 7) == 7
assert separator(None) is None and separator('a') == __import__('os').sep and separator('b') == 'missing'
assert read_text(lambda: __import__('io').StringIO('text')) == 'text'
assert read_text(lambda: open('/nonexistent/depyf')) is None
assert above([1, 5, 3], 2) == [5, 3] and stripped([' a', 'b ']) == ['a', 'b']
assert not_in([1, 2, 3], {2}) == [1, 3] and flat([[1, 2], [2, 3]], 2) == {1, 3}
drained = []
drain_into([0, 1, 2, 3], drained)
assert drained == [3, 2, 1]
counted = []
count_pops([0, 5, 6, 7], counted)
assert counted == [1, 1, 1]
popped = []
until_none([None, 0, 4], popped)
assert popped == [4, 0]
popped_table = {'a': 1}
assert pop_or_default(popped_table, 'a') == 1 and popped_table == {}
assert pop_or_default(popped_table, 'a', 5) == 5
assert quoted('a b', 'x@y') == '"a b" <x@y>' and quoted('ab', 'x') == 'ab <x>' and quoted('', 'x') == 'x'
assert quoted('é', 'x') == 'É <x>'
assert lookup_path({'a': None, 'b': 2}, ['a', 'b']) == 2 and lookup_path({'c': 3}, ['cd']) == 3
assert positional([('a', ''), ('b', 'var'), ('c', ''), ('d', 'kw'), ('e', '')], {'a': 1, 'b': [2, 3], 'c': 4, 'e': 5}) == [1, 2, 3, 4]
assert positional([('a', ''), ('z', '')], {'a': 1}) == [1]

def raise_ternary(ok, msg=None):
    if not ok:
        raise ValueError('default message' if msg is None else msg)
    return ok


def raised_message(ok, msg=None):
    try:
        raise_ternary(ok, msg)
    except ValueError as e:
        return str(e)

assert raised_message(False) == 'default message' and raised_message(False, 'm') == 'm'
assert raised_message(True) is None

def split_value(attr):
    attr, delim, value = attr.partition('=')
    return attr, value if delim else None

assert split_value('a=b') == ('a', 'b') and split_value('ab') == ('ab', None)

class SetState:
    def __setstate__(self, state):
        object.__setattr__(self, 'kind', state['kind'] if 'kind' in state else 'unknown')

restored = SetState()
restored.__setstate__({})
assert restored.kind == 'unknown'
