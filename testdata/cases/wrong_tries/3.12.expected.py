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

FELL = object()

def fell_back(f, *args):
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL


def finally_then_return(g):
    try:
        g()
        return True
    finally:
        cleanup()

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
            break
        if h(n):
            break
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
            break
        if chunk == 'skip':
            continue
        got.append(chunk)
    return got

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
                break
            more = line.endswith(':')
            seen.append(prompt + line)
        except KeyboardInterrupt:
            seen.append('interrupted')
            more = 0
    return seen

assert console(['if x:', '^C', 'y', None]) == ['>>> if x:', 'interrupted', '>>> y', 'eof']
assert console([None, 'z']) == ['eof']
import sys

def seen(v):
    calls.append((v, sys.exc_info()[0]))
    return v


def clause_falls_else_raises(g):
    try:
        v = g()
    except KeyError:
        pass
    else:
        raise ValueError(v)
    return seen('after')

assert clause_falls_else_raises(boom) == 'after' and take() == ['boom', ('after', None)]
try:
    clause_falls_else_raises(ok)
except ValueError:
    pass
assert take() == ['ok']

def clause_falls_else_returns(g):
    try:
        f = g()
    except KeyError:
        pass
    else:
        return f
    return seen('after')

assert clause_falls_else_returns(boom) == 'after' and take() == ['boom', ('after', None)]
assert clause_falls_else_returns(ok) == 'v' and take() == ['ok']

def named_clause_shared_exit(g):
    try:
        g()
    except KeyError as e:
        calls.append(type(e).__name__)
    else:
        calls.append('else')
    return seen('after')

assert named_clause_shared_exit(boom) == 'after' and take() == ['boom', 'KeyError', ('after', None)]
assert named_clause_shared_exit(ok) == 'after' and take() == ['ok', 'else', ('after', None)]

def branch_copies_exit(g, n):
    try:
        t = g()
    except KeyError:
        if n == 1:
            t = 'one'
        else:
            t = 'many'
    return seen(t)

for g, n, want in (boom, 1, ['boom', ('one', None)]), (boom, 2, ['boom', ('many', None)]), (ok, 1, ['ok', ('v', None)]):
    r = fell_back(branch_copies_exit, g, n)
    got = take()
    if r is not FELL:
        assert got == want

def while_break_in_branch(items):
    got = []
    while True:
        try:
            v = items.pop()
        except IndexError:
            if got:
                break
            return None
        if not v:
            break
        got.append(v)
    return seen(len(got))

for items, want, log in ([1, 2], 2, [(2, None)]), ([], None, []), ([1, 0], 0, [(0, None)]):
    r = fell_back(while_break_in_branch, items)
    got = take()
    if r is not FELL:
        assert r == want and got == log

def reraise_in_finally(g):
    try:
        g()
    except KeyError:
        try:
            cleanup()
        finally:
            raise

assert reraise_in_finally(ok) is None and take() == ['ok']
try:
    reraise_in_finally(boom)
    raised = None
except KeyError as e:
    raised = e.args
assert raised == ('boom',) and take() == ['boom', 'cleanup']

def raise_in_finally(g):
    try:
        g()
    finally:
        raise ValueError('f')

for g, log, ctx in (ok, ['ok'], type(None)), (boom, ['boom'], KeyError):
    try:
        raise_in_finally(g)
        context = None
    except ValueError as e:
        context = type(e.__context__)
    assert take() == log and context is ctx

def retry_cleanup(waiters, full):
    while full():
        w = object()
        waiters.append(w)
        try:
            boom()
        except:
            try:
                waiters.remove(object())
            except ValueError:
                pass
            if not full():
                calls.append('wake')
            raise
    return 'done'

n = [2]

def full_twice():
    n[0] -= 1
    return n[0] > 0

try:
    retry_cleanup([], full_twice)
    raised = None
except KeyError as e:
    raised = e.args
assert raised == ('boom',) and take() == ['boom', 'wake']
assert retry_cleanup([], lambda: False) == 'done' and take() == []

def next_valid(keys, table):
    while True:
        try:
            return table[next(keys)]
        except StopIteration:
            return None
        except KeyError:
            continue

for keys, want in (['a', 'b'], 1), (['x', 'y', 'b'], 2), ([], None), (['x'], None):
    r = fell_back(next_valid, iter(keys), {'a': 1, 'b': 2})
    if r is FELL:
        continue
    assert r == want

def else_in_clause(g, h):
    try:
        g()
    except KeyError:
        try:
            h()
        except KeyError:
            r = 'inner'
        else:
            r = 'else'
    else:
        r = 'outer'
    return r

assert else_in_clause(ok, ok) == 'outer' and take() == ['ok']
assert else_in_clause(boom, ok) == 'else' and take() == ['boom', 'ok']
assert else_in_clause(boom, boom) == 'inner' and take() == ['boom', 'boom']

def classify(terms):
    out = []
    for term in terms:
        try:
            out.append(int(term))
            continue
        except ValueError:
            pass
        try:
            frac = float(term)
            if frac > 1:
                out.append('big')
                continue
            out.append(frac)
            continue
        except ValueError:
            pass
        out.append(term)
    return out

assert classify(['1', '0.5', 'x', '2.5', '7']) == [1, 0.5, 'x', 'big', 7]

def first_int(items):
    got = None
    for item in items:
        try:
            got = int(item)
            break
        except ValueError:
            got = 'bad'
        calls.append(item)
    return got

assert first_int(['x', '3', '4']) == 3 and take() == ['x']
assert first_int(['x', 'y']) == 'bad' and take() == ['x', 'y']

def first_try(items):
    got = None
    for item in items:
        try:
            got = int(item)
        except ValueError:
            got = 'bad'
        break
    return got

assert first_try(['x', '3']) == 'bad' and first_try(['3', 'x']) == 3 and first_try([]) is None

def serve(cmds, state):
    seen = []
    try:
        while state['serving']:
            cmd = next(cmds)
            if cmd == 'q':
                break
            if cmd == 'b':
                seen.append('b')
            else:
                seen.append('?')
    except (KeyboardInterrupt, StopIteration):
        seen.append('eof')
    finally:
        if state['serving']:
            seen.append('stop')
    return seen

assert serve(iter(['b', 'x', 'q', 'b']), {'serving': True}) == ['b', '?', 'stop']
assert serve(iter(['b']), {'serving': True}) == ['b', 'eof', 'stop']
assert serve(iter([]), {'serving': False}) == []

def nested_else_in_clause(args, params):
    args = iter(args)
    params = iter(params)
    bound = []
    while True:
        try:
            a = next(args)
        except StopIteration:
            try:
                p = next(params)
            except StopIteration:
                break
            else:
                if p == '*':
                    break
                bound.append((p, None))
        else:
            bound.append((next(params), a))
    return bound

assert nested_else_in_clause([1], ['a', 'b', '*', 'c']) == [('a', 1), ('b', None)]

def else_returns_in_finally(get):
    try:
        handler = get()
    except AttributeError:
        pass
    else:
        return handler()
    finally:
        cleanup()

assert else_returns_in_finally(lambda: ok) == 'v' and take() == ['ok', 'cleanup']

def no_attr():
    raise AttributeError('x')

assert else_returns_in_finally(no_attr) is None and take() == ['cleanup']

def continue_in_try_finally(codes):
    codes = iter(codes)
    while True:
        c = next(codes)
        try:
            if c == 1:
                if c is None:
                    raise ValueError(c)
                continue
            m = c * 2
        finally:
            cleanup()
        n = c
        return m, n

assert continue_in_try_finally([1, 1, 3]) == (6, 3) and take() == ['cleanup'] * 3

def clause_ends_finally(entries, fail):
    out = []
    for e in entries:
        if e:
            closed = e > 1
            try:
                out.append(e)
            finally:
                if not closed:
                    try:
                        fail(e)
                    except OSError as err:
                        out.append(str(err))
        else:
            out.append('zero')
    return out


def raising(e):
    raise OSError('bad %d' % e)

assert clause_ends_finally([1, 0, 2], raising) == [1, 'bad 1', 'zero', 2]

def break_in_clause(chunks):
    results = []
    chunks = iter(chunks)
    while True:
        try:
            res = next(chunks)
        except StopIteration:
            if results:
                break
            raise
        results.append(res)
        if res == 'end':
            break
    return results

assert break_in_clause(['a', 'end', 'b']) == ['a', 'end']
assert break_in_clause(['a', 'b']) == ['a', 'b']

def shared_head(queue, reads):
    reads = iter(reads)
    while not queue:
        while True:
            try:
                queue.append(next(reads))
            except StopIteration:
                if queue:
                    return 'drained'
                continue
            break
    return queue

got = fell_back(shared_head, [], [1])
assert got in (FELL, [1])

def return_in_inner_clause(fail, link):
    done = False
    try:
        if fail:
            try:
                calls.append('lock')
                raise OSError('x')
            except OSError as e:
                if fail == 2:
                    return
                raise
        try:
            link()
            done = True
        except AttributeError:
            done = True
    except:
        calls.append('undo %s' % done)
        raise

assert return_in_inner_clause(2, ok) is None and take() == ['lock']
assert return_in_inner_clause(0, ok) is None and take() == ['ok']
try:
    return_in_inner_clause(1, ok)
except OSError:
    assert take() == ['lock', 'undo False']

def nop_in_inner_clause(setup, fail_attr):
    failed = False
    try:
        try:
            setup()
        except KeyError as e:
            failed = True
            try:
                if fail_attr:
                    raise TypeError('t')
            except TypeError:
                pass
            calls.append(str(e))
        if failed:
            cleanup()
    finally:
        calls.append('restore')

nop_in_inner_clause(boom, True)
assert take() == ['boom', "'boom'", 'cleanup', 'restore']
nop_in_inner_clause(ok, False)
assert take() == ['ok', 'restore']

def empty_finally(names, fail):
    out = []
    for name in names:
        try:
            fail(name)
        except Exception as e:
            out.append(str(e))
        finally:
            pass
    return out


def raise_key(name):
    raise KeyError(name)

assert empty_finally(['a', 'b'], raise_key) == ["'a'", "'b'"]
