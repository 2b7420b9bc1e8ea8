class Item:
    def __init__(self, name, flag, kind='address'):
        self.name = name
        self.flag = flag
        self.token_type = kind

ITEMS = [Item('a', True), Item('b', False), Item('_c', True, 'group'), Item('d', True)]

def flagged_names(namespace):
    names = {name for name, value in namespace.items() if getattr(value, 'flag', False)}
    return names


def addresses(items):
    return [x.name for x in items if x.token_type == 'address']


def joined(items):
    return ', '.join((x.name for x in items
            if x.flag and x.token_type == 'address'))


def by_name(items):
    return {x.name: x.flag for x in items if not x.name.startswith('_')}


def public_or_flagged(items):
    return [x.name for x in items if not x.name.startswith('_') or x.flag]


def second_test_below(items):
    return [x.name for x in items
            if x.flag and x.token_type == 'address']


def nested_below(rows):
    return [x for row in rows for x in row if x > 1]


def first_test_inline(rows):
    return [x for row in rows if row for x in row]


def unpacked_below(pairs):
    return [(b, c) for _, _, b, c in pairs if b != c]


def skip_or_keep(items, other):
    out = []
    for x in items:
        if not (x.flag and x.name.startswith(other)):
            continue
        out.append(x.name)
    return out


def skip_lines(items, a, b):
    out = []
    for x in items:
        if x.name == a or x.name == b or x.flag is None:
            continue
        out.append(x.name)
    return out


def make(**kw):
    return kw


def call_lines(value, names=None):
    return make(value=value, names=None if names is None else names)


def tuple_lines(msg, given, count):
    return msg % ('s' if given != 1 else '', count, 's' if count != 1 else '')


def iter_line(output, piece):
    output += [x.upper() for x in piece.split(',')]
    return output


def count_items(items):
    n = 0
    for item in items:
        n = n + 1
    return n


def emit_twice(code):
    emit = code.append
    skip = len(code)
    emit(0)
    return skip


class Ctx:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def child(self):
        return Ctx(self.value + 1)


def nested_with(a):
    with Ctx(a) as first, first.child() as second:
        return second.value

assert flagged_names({'a': ITEMS[0], 'b': ITEMS[1], 'z': 3}) == {'a'}
assert addresses(ITEMS) == ['a', 'b', 'd']
assert joined(ITEMS) == 'a, d'
assert by_name(ITEMS) == {'a': True, 'b': False, 'd': True}
assert public_or_flagged(ITEMS) == ['a', 'b', '_c', 'd']
assert second_test_below(ITEMS) == ['a', 'd']
assert nested_below([[1, 2], [3]]) == [2, 3]
assert first_test_inline([[1, 2], [], [3]]) == [1, 2, 3]
assert unpacked_below([(0, 0, 1, 2), (0, 0, 3, 3)]) == [(1, 2)]
assert skip_or_keep(ITEMS, 'a') == ['a']
assert skip_lines(ITEMS, 'a', 'd') == ['b', '_c']
assert call_lines(1) == {'value': 1, 'names': None} and call_lines(1, 2) == {'value': 1, 'names': 2}
assert tuple_lines('%s %d %s', 1, 2) == ' 2 s'
assert iter_line(['a'], 'b,c') == ['a', 'B', 'C']
assert count_items('abc') == 3
assert emit_twice([1]) == 1
assert nested_with(1) == 2
