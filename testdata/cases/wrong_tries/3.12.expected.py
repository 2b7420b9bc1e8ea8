calls = []

def ok():
    calls.append('ok')
    return 'v'


def boom():
    calls.append('boom')
    raise KeyError('boom')


def cleanup():
    calls.append('cleanup')


def take():
    got = list(calls)
    calls.clear()
    return got


def finally_then_return(g):
    try:
        g()
    finally:
        cleanup()
    return True

assert finally_then_return(ok) is True and take() == ['ok', 'cleanup']
try:
    finally_then_return(boom)
except KeyError:
    pass
assert take() == ['boom', 'cleanup']

def finally_with_if(g):
    t = None
    try:
        t = g()
    finally:
        if t:
            cleanup()
    return t

assert finally_with_if(ok) == 'v' and take() == ['ok', 'cleanup']
assert finally_with_if(lambda: 0) == 0 and take() == []
try:
    finally_with_if(boom)
except KeyError:
    pass
assert take() == ['boom']

class Holder:
    u = 5


def nested_finally(self, ps):
    try:
        save = self.u
        try:
            for p in ps:
                p.a = 1
        finally:
            for p in ps:
                p.a = 0
        ok()
    finally:
        self.u = save

h, p1 = (Holder(), Holder())
nested_finally(h, [p1])
assert p1.a == 0 and take() == ['ok'] and h.u == 5
h.u = 7
nested_finally(h, [])
assert h.u == 7 and take() == ['ok']

def finally_counted(items):
    n = 0
    try:
        for x in items:
            n += x
    finally:
        if n > 2:
            calls.append(n)
    return n

assert finally_counted([1, 2]) == 3 and take() == [3]
assert finally_counted([1]) == 1 and take() == []

def break_in_except(g, h):
    n = 0
    while True:
        n += 1
        try:
            g(n)
        except KeyError:
            return n
        if h(n):
            return n


def fail_at(k):
    def g(n):
        if n >= k:
            raise KeyError(n)
    return g

assert break_in_except(fail_at(3), lambda n: False) == 3
assert break_in_except(fail_at(9), lambda n: n == 2) == 2

def break_in_named_except(g):
    n = 0
    while n < 10:
        n += 1
        try:
            g(n)
        except KeyError as e:
            calls.append(e.args[0])
            break
        calls.append('next')
    return n

assert break_in_named_except(fail_at(2)) == 2 and take() == ['next', 2]
assert break_in_named_except(fail_at(20)) == 10 and take() == ['next'] * 10

def break_or_pass(g, stop):
    n = 0
    while n < 5:
        n += 1
        try:
            g(n)
        except KeyError:
            break
        except ValueError:
            pass
        if n == stop:
            return n
    return n


def raise_for(n):
    if n == 2:
        raise ValueError(n)
    if n == 4:
        raise KeyError(n)

assert break_or_pass(raise_for, 9) == 4
assert break_or_pass(raise_for, 3) == 3
assert break_or_pass(raise_for, 2) == 2

def break_in_for_except(items):
    out = []
    for x in items:
        try:
            v = 10 // x
        except ZeroDivisionError:
            break
        out.append(v)
    return out

assert break_in_for_except([1, 2, 0, 5]) == [10, 5]
assert break_in_for_except([5]) == [2]

def read_until_eof(chunks):
    got = []
    it = iter(chunks)
    while True:
        try:
            chunk = next(it, None)
            if chunk is None:
                raise EOFError
        except EOFError:
            return got
        if chunk == 'skip':
            continue
        got.append(chunk)

assert read_until_eof(['a', 'skip', 'b', None, 'c']) == ['a', 'b']
assert read_until_eof(['a']) == ['a']

def find(seq, value, n):
    i = 0
    while i < n:
        try:
            v = seq[i]
        except IndexError:
            break
        if v == value:
            return i
        i += 1
    raise ValueError(value)

assert find([1, 2], 2, 5) == 1

def context_of(args):
    try:
        find(*args)
    except ValueError as e:
        return e.__context__
    return 'no error'

assert context_of(([1, 2], 7, 5)) is None
assert context_of(([1, 2], 7, 1)) is None

class Conn:
    def __init__(self, lost):
        self.lost = lost


def early_return(self, g):
    data = None
    try:
        if self.lost:
            return 'lost'
        data = g()
    except OSError as exc:
        calls.append(str(exc))
    finally:
        if data:
            calls.append(data)
    return 'read'

assert early_return(Conn(True), ok) == 'lost' and take() == []
assert early_return(Conn(False), ok) == 'read' and take() == ['ok', 'v']

def oserror():
    raise OSError('gone')

assert early_return(Conn(False), oserror) == 'read' and take() == ['gone']

def early_return_loop(items):
    total = 0
    for x in items:
        try:
            if x is None:
                return -1
            total += x
        except TypeError:
            total = 0
        finally:
            if total > 5:
                calls.append(total)
    return total

assert early_return_loop([1, 2]) == 3 and take() == []
assert early_return_loop([4, 3, None]) == -1 and take() == [7, 7]
assert early_return_loop([4, 'a', 9]) == 9 and take() == [9]

class Suppress:
    def __init__(self, exc=None):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, *info):
        return True
    async def __aenter__(self):
        return self
    async def __aexit__(self, *info):
        return True


def with_returns(cm, g):
    with cm:
        return g()
    return 'suppressed'

assert with_returns(Suppress(), ok) == 'v' and take() == ['ok']
assert with_returns(Suppress(), boom) == 'suppressed' and take() == ['boom']

def with_returns_more(cm, g, n):
    with cm as c:
        return g()
    if n > 1:
        return 'many'
    calls.append(n)
    return 'one'

assert with_returns_more(Suppress(), boom, 2) == 'many' and take() == ['boom']
assert with_returns_more(Suppress(), boom, 1) == 'one' and take() == ['boom', 1]

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('suspended')


class Sock:
    def __init__(self, fail):
        self.fail = fail
    def recv(self):
        if self.fail:
            raise BlockingIOError
        return 'data'


class Ready:
    def __await__(self):
        return iter(())


async def async_try_returns(s):
    try:
        return s.recv()
    except (BlockingIOError, InterruptedError):
        pass
    await Ready()
    return 'waited'

assert run(async_try_returns(Sock(False))) == 'data'
assert run(async_try_returns(Sock(True))) == 'waited'

async def async_with_returns(cm, g):
    async with cm:
        return g()
    return 'suppressed'

assert run(async_with_returns(Suppress(), ok)) == 'v' and take() == ['ok']
assert run(async_with_returns(Suppress(), boom)) == 'suppressed' and take() == ['boom']

def console(lines):
    more = 0
    seen = []
    it = iter(lines)
    while True:
        try:
            if more:
                prompt = '... '
            else:
                prompt = '>>> '
            try:
                line = next(it)
                if line is None:
                    raise EOFError
                if line == '^C':
                    raise KeyboardInterrupt
            except EOFError:
                seen.append('eof')
                return seen
            more = line.endswith(':')
            seen.append(prompt + line)
        except KeyboardInterrupt:
            seen.append('interrupted')
            more = 0

assert console(['if x:', '^C', 'y', None]) == ['>>> if x:', 'interrupted', '>>> y', 'eof']
assert console([None, 'z']) == ['eof']
