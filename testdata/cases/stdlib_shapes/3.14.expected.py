def lookup_else_continue(names, getter, mro):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError:
            for base in mro:
                if key in base:
                    value = base[key]
                    break
            else:
                continue
        results.append((key, value))
    return results


def getter(key):
    if key.startswith('x'):
        raise KeyError(key)
    return key.upper()

assert lookup_else_continue(['a', 'xb', 'xc'], getter, [{'q': 1}, {'xb': 2}]) == [('a', 'A'), ('xb', 2)]
assert lookup_else_continue([], getter, []) == []

def lookup_no_else(names, getter, mro):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError:
            value = None
            for base in mro:
                if key in base:
                    value = base[key]
                    break
        results.append((key, value))
    return results

assert lookup_no_else(['a', 'xb', 'xc'], getter, [{'xb': 2}, {'xb': 3}]) == [('a', 'A'), ('xb', 2), ('xc', None)]

def lookup_else_value(names, getter, mro):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError as e:
            for base in mro:
                if key in base:
                    value = base[key]
                    break
            else:
                value = e.args[0] * 2
        results.append((key, value))
    return results

assert lookup_else_value(['a', 'xb', 'xc'], getter, [{'xb': 2}]) == [('a', 'A'), ('xb', 2), ('xc', 'xcxc')]

def get_importer(cache, hooks, item):
    try:
        importer = cache[item]
    except KeyError:
        for hook in hooks:
            try:
                importer = hook(item)
                cache.setdefault(item, importer)
                break
            except ImportError:
                continue
        else:
            importer = None
    return importer


def refuse(item):
    raise ImportError(item)

assert get_importer({'a': 1}, [], 'a') == 1
assert get_importer({}, [refuse, str.upper], 'a') == 'A'
assert get_importer({}, [refuse], 'a') is None
cache = {}
assert get_importer(cache, [len], 'abc') == 3 and cache == {'abc': 3}
























class Members:
    def __init__(self, mapping, members):
        self.map = mapping
        self.members = members
        self.unhashable = []


def add_alias(cls, self, value):
    try:
        if value in cls.map:
            if cls.map[value] is not self:
                raise ValueError(value)
            return
    except TypeError:
        for m in cls.members:
            if m == value:
                if m is not self:
                    raise ValueError(value)
                return
    try:
        cls.map.setdefault(value, self)
    except TypeError:
        cls.unhashable.append(value)

member = [1]
c = Members({}, [member])
add_alias(c, 's', 1)
assert c.map == {1: 's'}
add_alias(c, 's', 1)
add_alias(c, member, [1])
assert c.unhashable == []
add_alias(c, 'x', [2])
assert c.unhashable == [[2]]
try:
    add_alias(c, 'y', [1])
    raised = None
except ValueError as e:
    raised = e.args
assert raised == ([1],)

def decode(data):
    if data == b'bad':
        raise UnicodeDecodeError('ascii', data, 0, 1, 'bad')
    return data.decode('ascii')


def encode_text(data, cte, limit, kind):
    if cte is None:
        if len(data) <= limit:
            try:
                return '7bit', decode(data)
            except UnicodeDecodeError:
                pass
            if kind == '8bit':
                return '8bit', data
        cte = 'base64'
    return cte, len(data)

assert encode_text(b'ab', None, 5, '8bit') == ('7bit', 'ab')
assert encode_text(b'bad', None, 5, '8bit') == ('8bit', b'bad')
assert encode_text(b'bad', None, 5, '7bit') == ('base64', 3)
assert encode_text(b'bad', None, 1, '8bit') == ('base64', 3)
assert encode_text(b'bad', 'qp', 5, '8bit') == ('qp', 3)

def first_decoded(items, kind):
    for x in items:
        try:
            return decode(x)
        except UnicodeDecodeError:
            pass
        if kind == '8bit':
            return x

assert first_decoded([b'bad', b'ok'], '7bit') == 'ok'
assert first_decoded([b'bad', b'ok'], '8bit') == b'bad'
assert first_decoded([b'bad'], '7bit') is None

def decoded_or_count(data, n, c):
    if c:
        try:
            return decode(data)
        except UnicodeDecodeError:
            pass
        n = n + 1
    return n

assert decoded_or_count(b'ok', 0, True) == 'ok'
assert decoded_or_count(b'bad', 0, True) == 1
assert decoded_or_count(b'bad', 0, False) == 0

def decoded_or_flag(data, flag, c):
    if c:
        try:
            return decode(data)
        except UnicodeDecodeError:
            pass
        if flag:
            return 5
    return flag

assert decoded_or_flag(b'ok', 1, True) == 'ok'
assert decoded_or_flag(b'bad', 1, True) == 5
assert decoded_or_flag(b'bad', 0, True) == 0
assert decoded_or_flag(b'bad', 2, False) == 2

def fails(exc):
    def f(*args):
        raise exc('no')
    return f


def retry_inner(f, g, c):
    try:
        f()
    except OSError:
        try:
            x = g()
            if c:
                return x
        except KeyError:
            pass
        c = 5
    return c

assert retry_inner(list, fails(OSError), 1) == 1
assert retry_inner(fails(OSError), lambda: 'g', 1) == 'g'
assert retry_inner(fails(OSError), lambda: 'g', 0) == 5
assert retry_inner(fails(OSError), fails(KeyError), 1) == 5

def resolve(path, f, g):
    tail = ''
    while path:
        try:
            return f(path) + tail
        except OSError as ex:
            try:
                new_path = g(path)
                if new_path != path:
                    return new_path + tail + str(ex)
            except OSError:
                pass
            path, tail = (path[:-1], path[-1:] + tail)
            continue
    return tail

assert resolve('ab', lambda p: p.upper(), None) == 'AB'
assert resolve('ab', fails(OSError), lambda p: p) == 'ab'
assert resolve('ab', fails(OSError), lambda p: 'x') == 'xno'
assert resolve('ab', fails(OSError), fails(OSError)) == 'ab'

def poll(get, retries, done):
    while True:
        try:
            obj, op = get()
        except KeyError as exc:
            if retries is not None and done():
                raise
            retries = exc
            continue
        else:
            break
    if op is not None:
        assert obj is None, repr(obj)
        return op
    return obj


def answers(*values):
    it = iter(values)
    def get():
        v = next(it)
        if v is None:
            raise KeyError('empty')
        return v
    return get

assert poll(answers(None, None, (1, None)), 0, lambda: False) == 1
assert poll(answers((None, 'op')), 0, lambda: False) == 'op'
try:
    poll(answers(None, None), 0, lambda: True)
    raised = None
except KeyError as e:
    raised = e.args
assert raised == ('empty',)
try:
    poll(answers((2, 'op')), 0, lambda: True)
    raised = None
except AssertionError as e:
    raised = e.args
assert raised == ('2',)

def read_archive(importers, path, name):
    while True:
        parent = path[:-1]
        if parent == path:
            return None
        path = parent
        get_data = importers.get(path)
        if get_data is not None:
            try:
                data = get_data(name)
            except (ImportError, OSError):
                continue
            try:
                return data.decode()
            except (UnicodeDecodeError, SyntaxError):
                return None


def archive_reader(data):
    def get_data(name):
        if data is None:
            raise OSError(name)
        return data
    return get_data

assert read_archive({}, 'abc', 'n') is None
assert read_archive({'ab': archive_reader(None), 'a': archive_reader(b'ok')}, 'abc', 'n') == 'ok'
assert read_archive({'ab': archive_reader(b'\xff')}, 'abc', 'n') is None











































class Opened:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, *exc):
        self.log.append('exit')
        return False
    def read(self):
        return self.name.upper()


def open_or_none(name):
    if name == 'bad':
        raise OSError(name)
    return Opened(name)


def read_named(name, opener):
    try:
        proc = opener(name)
    except OSError:
        data = b''
    else:
        with proc:
            data = proc.read()
    return data

assert read_named('abc', open_or_none) == 'ABC'
assert read_named('bad', open_or_none) == b''

def lookup_in_branch(names, getter, mro, deep):
    results = []
    for key in names:
        try:
            value = getter(key)
        except KeyError:
            if deep:
                for base in mro:
                    if base is None:
                        value = 'none'
                        break
                    elif key in base:
                        value = base[key]
                        break
                else:
                    value = 'missing'
            else:
                value = 'shallow'
        results.append(value)
    return results

assert lookup_in_branch(['a', 'xb', 'xc'], getter, [{'xb': 2}], True) == ['A', 2, 'missing']
assert lookup_in_branch(['xa', 'xc'], getter, [{}, None, {'xc': 1}], True) == ['none', 'none']
assert lookup_in_branch(['a', 'xb'], getter, [{'xb': 2}], False) == ['A', 'shallow']

def lookup_plain(names, mro, deep):
    results = []
    for key in names:
        if deep:
            for base in mro:
                if base is None:
                    value = 'none'
                    break
                if key in base:
                    value = base[key]
                    break
            else:
                value = 'missing'
        else:
            value = 'shallow'
        results.append(value)
    return results

assert lookup_plain(['b', 'c'], [{'b': 2}], True) == [2, 'missing']
assert lookup_plain(['b'], [None], True) == ['none']
assert lookup_plain(['b'], [{}], False) == ['shallow']

def first_loaded(loaders, name):
    while True:
        loader = loaders.pop()
        if loader is not None:
            try:
                data = loader(name)
            except OSError:
                pass
            else:
                return data

assert first_loaded([str.upper, None], 'n') == 'N'
assert first_loaded([str.upper, archive_reader(None)], 'n') == 'N'

def load_else_break(loaders, name):
    while True:
        loader = loaders.pop()
        if loader is not None:
            try:
                data = loader(name)
            except OSError:
                pass
            else:
                return data

assert load_else_break([str.upper, None, archive_reader(None)], 'n') == 'N'

def load_checked(loaders, name, check):
    while True:
        loader = loaders.pop()
        if loader is not None:
            try:
                data = loader(name)
            except OSError:
                continue
            if check(data):
                return data
            raise ValueError(data)

assert load_checked([str.upper, None], 'n', str.isupper) == 'N'

def pick_in_branch(names, mro, deep):
    if deep:
        for base in mro:
            if base in names:
                value = base
                break
            if base is None:
                value = 0
                break
        else:
            value = None
    else:
        value = 2
    return value

assert pick_in_branch('ab', 'xb', True) == 'b'
assert pick_in_branch(['a'], [None], True) == 0
assert pick_in_branch('ab', 'x', True) is None
assert pick_in_branch('ab', 'x', False) == 2

def skip_marked(items, f):
    while True:
        x = items.pop()
        if x and f(x):
            continue
        try:
            return f(x)
        except OSError:
            pass

assert skip_marked([0, 'a'], str) == '0'

def skip_then_elif(items, f):
    while True:
        x = items.pop()
        if x:
            if f(x):
                return x
            return None

assert skip_then_elif(['b', 0], str.isupper) is None
assert skip_then_elif(['B'], str.isupper) == 'B'

def load_checked_chain(loaders, name, check):
    while True:
        loader = loaders.pop()
        try:
            data = loader(name)
        except OSError:
            continue
        if check(data):
            return data
        if data:
            return data.lower()
        raise ValueError(data)

assert load_checked_chain([str.upper], 'n', str.islower) == 'n'

def load_checked_break(loaders, name, check):
    while True:
        loader = loaders.pop()
        try:
            data = loader(name)
        except OSError:
            continue
        if check(data):
            return data
        else:
            break
    return name

assert load_checked_break([str.upper], 'n', str.islower) == 'n'

def load_checked_break_raise(loaders, name, check):
    while True:
        loader = loaders.pop()
        try:
            data = loader(name)
        except OSError:
            continue
        if check(data):
            raise ValueError(data)
        else:
            break
    return name

assert load_checked_break_raise([str.upper], 'n', str.islower) == 'n'

def load_checked_break_none(loaders, name, check):
    while True:
        loader = loaders.pop()
        try:
            data = loader(name)
        except OSError:
            continue
        if check(data):
            return data
        return None

assert load_checked_break_none([str.upper], 'n', str.islower) is None

def load_checked_else_break(loaders, name, check):
    found = []
    while True:
        loader = loaders.pop()
        try:
            data = loader(name)
        except OSError:
            continue
        if check(data):
            found.append(data)
        else:
            break
    return found

assert load_checked_else_break([str.upper, str.lower, str.lower], 'n', str.islower) == ['n', 'n']
