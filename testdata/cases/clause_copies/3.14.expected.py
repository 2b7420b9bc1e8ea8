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












class Console:
    def __init__(self, inputs, local_exit):
        self.inputs = list(inputs)
        self.local_exit = local_exit
        self.out = []
    def raw_input(self):
        v = self.inputs.pop(0)
        if isinstance(v, type) and issubclass(v, BaseException):
            raise v()
        return v


def clause_branch_breaks(con):
    while True:
        try:
            con.out.append(con.raw_input())
        except SystemExit as e:
            if con.local_exit:
                break
            else:
                raise e
    con.out.append('bye')
    con.out.append(len(con.out))
    return con.out

assert clause_branch_breaks(Console(['a', SystemExit, 'b'], True)) == ['a', 'bye', 2]
try:
    clause_branch_breaks(Console(['a', SystemExit], False))
    raised = None
except SystemExit:
    raised = 'exit'
assert raised == 'exit'

def finally_if_elif(g, msg, log):
    try:
        g()
    finally:
        if msg is None:
            log.append('default')
        elif msg != '':
            log.append(msg)
    return log

assert finally_if_elif(lambda: None, None, []) == ['default']
assert finally_if_elif(lambda: None, 'm', []) == ['m']
assert finally_if_elif(lambda: None, '', []) == []
for msg, want in (None, ['default']), ('m', ['m']), ('', []):
    log = []
    try:
        finally_if_elif(lambda: 1 / 0, msg, log)
    except ZeroDivisionError:
        pass
    assert log == want

def loop_in_try_finally(con, msg, restore):
    more = 0
    try:
        while True:
            try:
                if more:
                    prompt = '... '
                else:
                    prompt = '>>> '
                try:
                    line = con.raw_input()
                except EOFError:
                    con.out.append('eof')
                    break
                else:
                    more = line.endswith(':')
                    con.out.append(prompt + line)
            except KeyboardInterrupt:
                con.out.append('interrupted')
                more = 0
            except SystemExit as e:
                if con.local_exit:
                    break
                else:
                    raise e
    finally:
        if restore is not None:
            con.out.append(restore)
        if msg is None:
            con.out.append('exiting')
        elif msg != '':
            con.out.append(msg)

c = Console(['if x:', KeyboardInterrupt, 'y', EOFError], True)
loop_in_try_finally(c, None, 'r')
assert c.out == ['>>> if x:', 'interrupted', '>>> y', 'eof', 'r', 'exiting']
c = Console(['a:', 'b', SystemExit], True)
loop_in_try_finally(c, '', None)
assert c.out == ['>>> a:', '... b']
c = Console([SystemExit], False)
try:
    loop_in_try_finally(c, 'm', None)
except SystemExit:
    c.out.append('raised')
assert c.out == ['m', 'raised']

















class Fs:
    def __init__(self):
        self.fail = None
        self.log = []
    def link(self, a, b):
        self.log.append('link')
        if self.fail:
            raise self.fail(a)
    def rename(self, a, b):
        self.log.append('rename')
        if self.fail is OSError:
            raise OSError(a)
    def remove(self, a):
        self.log.append('remove')





class Tmp:
    def __init__(self, name):
        self.name = name

fs = Fs()

def move_file(tmp, dest):
    try:
        uniq = dest.split('.')[0]
    except BaseException:
        fs.log.append('never')
        raise
    if dest.endswith('.x'):
        uniq = uniq + '!'
    try:
        try:
            fs.link(tmp.name, dest)
        except (AttributeError, PermissionError):
            fs.rename(tmp.name, dest)
        else:
            fs.remove(tmp.name)
    except OSError as e:
        fs.remove(tmp.name)
        if e.args[0] == 'clash':
            raise KeyError(dest)
        raise
    return uniq

for fail, want in (None, ['link', 'remove']), (PermissionError, ['link', 'rename']):
    fs.fail, fs.log = (fail, [])
    assert move_file(Tmp('t'), 'd.x') == 'd!' and fs.log == want
fs.fail, fs.log = (OSError, [])
try:
    move_file(Tmp('clash'), 'd.y')
    raised = None
except KeyError as e:
    raised = e.args
assert raised == ('d.y',) and fs.log == ['link', 'remove']
