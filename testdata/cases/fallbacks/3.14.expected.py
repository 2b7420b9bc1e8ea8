def drain(items, f):
    out = []
    while True:
        try:
            item = items.pop()
        except IndexError:
            continue
        if item is None:
            return out
        out.append(f(item))


def ints(xs):
    out = []
    for x in xs:
        try:
            y = int(x)
        except ValueError:
            continue
        out.append(y)
    return out


def ints_else(xs):
    out = []
    for x in xs:
        try:
            y = int(x)
        except ValueError:
            pass
        else:
            out.append(y)
    return out


def pop_all(xs):
    n = 0
    while xs:
        try:
            xs.pop()
            n += 1
        except IndexError:
            pass
    return n


def skip_named(xs):
    out = []
    for x in xs:
        try:
            y = 10 // x
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
            continue
        except TypeError:
            continue
        out.append(y)
    return out


def read_all(source, out):
    while True:
        try:
            data = source.pop()
            if not data:
                break
            out.append(data)
        except IndexError:
            pass
        except KeyError:
            break
    return out


def first_int(xs):
    data = None
    for x in xs:
        try:
            data = int(x)
            break
        except ValueError:
            pass
    return data


def and_or(a, b, c):
    return a and b or c


def or_and(a, b, c):
    return (a or b) and c


def and_and_or(a, b, c, d):
    return a and b and c or d


def and_or_or(a, b, c, d):
    return a and b or c or d


def and_or_and(a, b, c, d):
    return a and b or c and d


def not_and_or(a, b, c):
    value = not a and b or c
    return value


def call_and_or(n):
    return n, abs(n) != 1 and 's' or ''


def all_positive(xs):
    for x in xs:
        assert x > 0, x
    return True


def pairs_ok(xs):
    for a in xs:
        for b in xs:
            assert a != b or a is b
            assert (a if a else 1) != 0
    return len(xs)


def raises_assertion(f, *args):
    result = None
    try:
        f(*args)
    except AssertionError as e:
        result = e.args
    return result


def lookup_code(encoding, table):
    try:
        code = 'cp%s' % table['acp']
        if encoding == code:
            return table[code]
    except KeyError:
        pass


def copy_tuple(x, memo):
    y = [a * 2 for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def parse_or(text, default):
    try:
        if text.startswith('0x'):
            return int(text, 16)
        if text:
            return int(text)
    except ValueError:
        return default


def reload_like(name, modules, reloading):
    reloading[name] = True
    try:
        return modules[name]
    finally:
        try:
            del reloading[name]
        except KeyError:
            pass


def expand(items, seen):
    out = []
    for name, value in items:
        if value is not None:
            try:
                n = int(value)
            except ValueError:
                out.append('bad ' + name)
                continue
            else:
                out.append([k for k in range(n) if k not in seen])
        out.append(name)
    return out


def gamma_like(draws, e):
    while True:
        p = draws.pop()
        if not 0.0 < p < 3.0:
            continue
        u1 = draws.pop()
        if p > 1.0:
            if u1 <= 0.5:
                return p, u1
        elif u1 <= e:
            break
    return p, u1


def until_big(draws, a):
    while True:
        u = draws.pop()
        if u > 3:
            if u > a:
                return u


def read_header(lines, closed):
    try:
        while True:
            if not lines:
                raise ValueError('none')
            hdr = lines.pop()
            if not hdr.startswith('begin'):
                continue
            break
        if not lines:
            raise ValueError('truncated')
    finally:
        for name in 'in', 'out':
            closed.append(name)
    return hdr


def nested_finally(log, fail):
    try:
        log.append('body')
        if fail:
            raise KeyError(fail)
    finally:
        try:
            log.append('inner')
        finally:
            log.append('cleanup')
    return 5


def close_like(state, log):
    if state == 0:
        return
    try:
        if state == 1:
            log.append('read')
        elif state == 2:
            log.append('write')
    finally:
        try:
            if log:
                log.append('close')
        finally:
            log.append('done')


def close_both(conn, log):
    try:
        f = conn.get('file')
        if f is not None:
            log.append(f)
    finally:
        sock = conn.get('sock')
        if sock is not None:
            log.append(sock)



















class Flaky(list):
    def __init__(self, items, failures):
        super().__init__(items)
        self.failures = failures
    def pop(self):
        if not self and self.failures == 0:
            raise KeyError
        if self.failures:
            self.failures -= 1
            raise IndexError
        return super().pop()

assert drain(Flaky([None, 1, 2], 2), lambda v: v * 10) == [20, 10]
assert drain(Flaky([None], 0), str) == []
assert ints(['1', 'x', '3']) == [1, 3] and ints([]) == []
assert ints_else(['1', 'x', '3']) == [1, 3]
assert pop_all(Flaky([1, 2, 3], 2)) == 3 and pop_all([]) == 0
assert skip_named([1, 0, 'a', 5]) == [10, 'ZeroDivisionError', 2]
assert read_all(Flaky([0, 2, 1], 1), []) == [1, 2] and read_all(Flaky([], 2), []) == []
assert first_int(['a', '7', '8']) == 7 and first_int(['a']) is None
VALUES = [0, 1, '', 'x', None, [], [2]]
for a in VALUES:
    for b in VALUES:
        for c in VALUES:
            assert and_or(a, b, c) == (b if a and b else c)
            assert or_and(a, b, c) == (a or b if not (a or b) else c)
            assert not_and_or(a, b, c) == (b if not a and b else c)
            for d in 0, 'd':
                assert and_and_or(a, b, c, d) == (c if a and b and c else d)
                assert and_or_or(a, b, c, d) == (b if a and b else c if c else d)
                assert and_or_and(a, b, c, d) == (b if a and b else d if c else c)
assert call_and_or(1) == (1, '') and call_and_or(-3) == (-3, 's')
assert all_positive([1, 2]) and all_positive([])
assert raises_assertion(all_positive, [1, -2, 3]) == (-2,)
assert pairs_ok([1, 2]) == 2 and raises_assertion(pairs_ok, [1, 2]) is None
assert lookup_code('cp1', {'acp': 1, 'cp1': 'one'}) == 'one'
assert lookup_code('cp2', {'acp': 1}) is None and lookup_code('cp1', {'acp': 1}) is None
assert lookup_code('cp1', {}) is None
marker = (1, 2)
assert copy_tuple(marker, {id(marker): 'memo'}) == 'memo'
assert copy_tuple((1, 2), {}) == (2, 4) and copy_tuple((), {}) == ()
assert parse_or('0x10', 0) == 16 and parse_or('12', 0) == 12 and parse_or('', 0) is None
assert parse_or('zz', -1) == -1 and parse_or('0xzz', -2) == -2
pending = {}
assert reload_like('m', {'m': 3}, pending) == 3 and pending == {}
try:
    reload_like('m', {}, pending)
except KeyError:
    pending['raised'] = True
assert pending == {'raised': True}





class Forgetful(dict):
    def __getitem__(self, key):
        pending.clear()
        return 5

assert reload_like('m', Forgetful(), pending) == 5 and pending == {}
assert expand([('a', '3'), ('b', None), ('c', 'x')], {1}) == [[0, 2], 'a', 'b', 'bad c']
assert gamma_like([0.4, 2.0, 0.9, 2.0, 5.0], 0.5) == (2.0, 0.4)
assert gamma_like([0.4, 0.5, 0.9, 0.5], 0.6) == (0.5, 0.4)
assert gamma_like([0.1, 0.5, 0.7, 0.5, 0.0], 0.6) == (0.5, 0.1)
assert until_big([9, 4, 1, 5], 4) == 5 and until_big([9, 2], 4) == 9
closed = []
assert read_header(['x', 'begin 1', 'y'], closed) == 'begin 1' and closed == ['in', 'out']
for lines in ['begin'], [], ['zz']:
    closed = []
    try:
        read_header(lines, closed)
    except ValueError:
        closed.append('raised')
    assert closed == ['in', 'out', 'raised']
log = []
assert nested_finally(log, None) == 5 and log == ['body', 'inner', 'cleanup']
log = []
try:
    nested_finally(log, 'x')
except KeyError:
    log.append('raised')
assert log == ['body', 'inner', 'cleanup', 'raised']
for state, expected in (0, []), (1, ['read', 'close', 'done']), (2, ['write', 'close', 'done']), (3, ['done']):
    log = []
    assert close_like(state, log) is None and log == expected
for conn, expected in ({}, []), ({'file': 1}, [1]), ({'sock': 2}, [2]), ({'file': 1, 'sock': 2}, [1, 2]):
    log = []
    assert close_both(conn, log) is None and log == expected
