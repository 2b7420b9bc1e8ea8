def fail_at(k):
    def g(n):
        if n >= k:
            raise KeyError(n)
        return n
    return g


def break_then_raise(g):
    n = 0
    while True:
        n += 1
        try:
            g(n)
        except KeyError:
            break
    raise ValueError(n)

for k in 1, 3:
    try:
        break_then_raise(fail_at(k))
        raised = None
    except ValueError as e:
        raised = (e.args, e.__context__)
    assert raised == ((k,), None)

def named_clause_breaks(g, log):
    n = 0
    while True:
        n += 1
        try:
            g(n)
        except KeyError as e:
            log.append(e.args[0])
            break
        log.append('next')
    return n, log

assert named_clause_breaks(fail_at(2), []) == (2, ['next', 2])

def breaks_in_branches(g, stop):
    n = 0
    while True:
        n += 1
        try:
            v = g(n)
        except KeyError:
            if n > stop:
                break
            continue
        if v == stop:
            break
    return n * 10

assert breaks_in_branches(fail_at(3), 5) == 60
assert breaks_in_branches(fail_at(9), 2) == 20
assert breaks_in_branches(fail_at(3), 0) == 30

def nested_loops_break(rows, g):
    out = []
    for row in rows:
        i = 0
        while True:
            try:
                g(row + i)
            except KeyError:
                break
            i += 1
        out.append(i)
    return out

assert nested_loops_break([0, 2], fail_at(3)) == [3, 1]

def else_branch_breaks(items, marks):
    items = iter(items)
    got = []
    while True:
        try:
            x = next(items)
        except StopIteration:
            try:
                m = marks.pop()
            except IndexError:
                break
            else:
                if m is None:
                    break
                got.append(m)
        else:
            got.append(x)
    return got

assert else_branch_breaks([1], ['b', 'a']) == [1, 'a', 'b']
assert else_branch_breaks([1], ['b', None, 'a']) == [1, 'a']

class Catalog:
    def __init__(self, table, fallback):
        self.table = table
        self.fallback = fallback


def lookup(self, key, n):
    try:
        msg = self.table[key]
    except KeyError:
        if self.fallback:
            return self.fallback(key)
        if n == 1:
            msg = key
        else:
            msg = key + 's'
    return msg

assert lookup(Catalog({'a': 'A'}, None), 'a', 2) == 'A'
assert lookup(Catalog({}, None), 'b', 1) == 'b'
assert lookup(Catalog({}, None), 'b', 2) == 'bs'
assert lookup(Catalog({}, str.upper), 'b', 2) == 'B'

def named_branch_falls(self, key, n, log):
    try:
        msg = self.table[key]
    except KeyError as e:
        if n > 1:
            log.append(e.args)
        elif n == 1:
            msg = 'one'
        else:
            raise ValueError(n)
    return msg, log

assert named_branch_falls(Catalog({}, None), 'k', 1, []) == ('one', [])
assert named_branch_falls(Catalog({'k': 'K'}, None), 'k', 1, []) == ('K', [])
try:
    named_branch_falls(Catalog({}, None), 'k', 2, [])
    raised = None
except UnboundLocalError:
    raised = 'unbound'
assert raised == 'unbound'
try:
    named_branch_falls(Catalog({}, None), 'k', 0, [])
except ValueError as e:
    raised = e.args
assert raised == (0,)

def clause_branches_raise(table, key):
    try:
        v = table[key]
    except KeyError:
        if key:
            v = key
        else:
            v = None
    raise LookupError(v)

for table, key, want in ({}, 'x', 'x'), ({}, '', None), ({'x': 1}, 'x', 1):
    try:
        clause_branches_raise(table, key)
        continue
    except LookupError as e:
        assert e.args == (want,) and e.__context__ is None

def nested_branch_falls(table, key, a, b):
    try:
        v = table[key]
    except KeyError:
        if a:
            if b:
                v = 'ab'
            else:
                v = 'a'
        else:
            v = '-'
    return v

assert [nested_branch_falls({}, 0, a, b) for a in (0, 1) for b in (0, 1)] == ['-', '-', 'a', 'ab']
assert nested_branch_falls({0: 'z'}, 0, 1, 1) == 'z'
