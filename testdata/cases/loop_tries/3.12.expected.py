calls = []

def take():
    got = list(calls)
    calls.clear()
    return got


def cleanup():
    calls.append('cleanup')


def ok():
    calls.append('ok')
    return 'v'


def boom():
    calls.append('boom')
    raise KeyError('boom')


def const_returns_in_finally(g, c):
    try:
        if c:
            g()
            return 1
        g()
        return 2
    finally:
        cleanup()

assert const_returns_in_finally(ok, True) == 1 and take() == ['ok', 'cleanup']
assert const_returns_in_finally(ok, False) == 2 and take() == ['ok', 'cleanup']
try:
    const_returns_in_finally(boom, False)
except KeyError:
    pass
assert take() == ['boom', 'cleanup']

class Lock:
    def __init__(self, fail=False):
        self.fail = fail
    def __enter__(self):
        calls.append('enter')
        if self.fail:
            raise KeyError('locked')
    def __exit__(self, *info):
        calls.append('exit')
        return False


def const_return_in_with_in_try(lock, x):
    try:
        with lock:
            x.append(1)
            return True
    except KeyError:
        pass
    x.append(2)
    return 5

out = []
assert const_return_in_with_in_try(Lock(), out) is True and out == [1] and take() == ['enter', 'exit']
assert const_return_in_with_in_try(Lock(True), out) == 5 and out == [1, 2] and take() == ['enter']

def continue_through_with(items):
    out = []
    for x in items:
        with Lock():
            try:
                v = x()
            except KeyError:
                out.append('skip')
                continue
            out.append(v)
        out.append('after')
    return out

assert continue_through_with([ok, boom, ok]) == ['v', 'after', 'skip', 'v', 'after']
assert take() == ['enter', 'ok', 'exit', 'enter', 'boom', 'exit', 'enter', 'ok', 'exit']

def retry_then_return(f):
    while True:
        try:
            x = f()
        except KeyError:
            continue
        return x


def failing(n, value='v'):
    left = [n]
    def f():
        if left[0] > 0:
            left[0] -= 1
            raise KeyError(left[0])
        return value
    return f

assert retry_then_return(failing(2)) == 'v'

def retry_or_stop(f, g):
    while True:
        try:
            x = f()
        except KeyError:
            continue
        except ValueError:
            return 3
        if x:
            return x
        g()
        return 2


def value_error():
    raise ValueError

assert retry_or_stop(failing(1), cleanup) == 'v' and take() == []
assert retry_or_stop(failing(1, 0), cleanup) == 2 and take() == ['cleanup']
assert retry_or_stop(value_error, cleanup) == 3

def retry_counted(f, g):
    n = 0
    while True:
        n += 1
        try:
            x = f()
        except KeyError:
            if n > 3:
                raise
            continue
        g(x)
        return x

assert retry_counted(failing(2), calls.append) == 'v' and take() == ['v']
try:
    retry_counted(failing(9), calls.append)
    raised = False
except KeyError:
    raised = True
assert raised and take() == []

def finally_ends_branch(entries, out):
    for e in entries:
        if e:
            try:
                out.append(e)
            finally:
                if e > 2:
                    out.append('big')
        else:
            out.append('zero')
    return out

assert finally_ends_branch([1, 0, 3], []) == [1, 'zero', 3, 'big']

def finally_ends_branch_continue(entries, out):
    for e in entries:
        if e:
            try:
                out.append(e)
            finally:
                if e > 2:
                    out.append('big')
            continue
        out.append('zero')
    return out

assert finally_ends_branch_continue([1, 0, 3], []) == [1, 'zero', 3, 'big']

def finally_ends_elif(entries, fail):
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
        elif e is None:
            out.append('none')
        else:
            break
    return out


def raising(e):
    raise OSError('bad %d' % e)

assert finally_ends_elif([1, None, 2, 0, 5], raising) == [1, 'bad 1', 'none', 2]

def finally_ends_while_branch(entries):
    out = []
    while entries:
        e = entries.pop()
        if e:
            try:
                out.append(e)
            finally:
                if e > 3:
                    out.append(5)
        else:
            out.append('zero')
    return out

assert finally_ends_while_branch([4, 0, 1]) == [1, 'zero', 4, 5]

def shared_head_break(queue, reads):
    reads = iter(reads)
    while not queue:
        while True:
            try:
                queue.append(next(reads))
            except StopIteration:
                continue
            except KeyError:
                return 1
            break
    return queue

assert shared_head_break([], [7]) == [7]

def shared_head_tests(queue, reads):
    reads = iter(reads)
    while not queue:
        while True:
            try:
                queue.append(next(reads))
            except StopIteration:
                if not queue:
                    return 'drained'
                continue
            if queue[-1] > 5:
                break
            queue.pop()
            break
    return queue

assert shared_head_tests([], [1, 9]) == [9]
assert shared_head_tests([], [1, 2]) == 'drained'

def shared_head_inner_then_more(reads, more):
    n = 0
    while n < 3:
        while True:
            try:
                v = next(reads)
            except StopIteration:
                reads = iter(more)
                continue
            n += v
            break
    return n

assert shared_head_inner_then_more(iter([1]), [1, 1, 5]) == 3

def cut_try_in_branch(posix, create, names, name=None):
    names = iter(names)
    if posix:
        got = 'posix'
        m = None
    elif create:
        while True:
            temp = next(names) if name is None else name
            try:
                if temp.startswith('x'):
                    if name is not None:
                        raise FileExistsError(name)
                    continue
                m = temp.upper()
            finally:
                calls.append(temp)
            got = temp
            break
    else:
        got = name
        m = None
    calls.append(got)
    calls.append(m)
    return got, m

assert cut_try_in_branch(False, True, ['xa', 'b']) == ('b', 'B') and take() == ['xa', 'b', 'b', 'B']
assert cut_try_in_branch(False, False, [], 'n') == ('n', None) and take() == ['n', None]
assert cut_try_in_branch(True, False, []) == ('posix', None) and take() == ['posix', None]
try:
    cut_try_in_branch(False, True, [], 'xn')
    raised = False
except FileExistsError:
    raised = True
assert raised and take() == ['xn']

def key_or_value(n):
    if n < 2:
        raise KeyError(n)
    if n == 3:
        raise ValueError(n)
    return n


def retry_or_break(f, s):
    n = s
    while True:
        n += 1
        try:
            x = f(n)
        except KeyError:
            continue
        except ValueError:
            calls.append('v')
            return 'broke'
        calls.append(x)
        return x

assert retry_or_break(key_or_value, 0) == 2 and take() == [2]
assert retry_or_break(key_or_value, 2) == 'broke' and take() == ['v']

def retry_or_return(f, s):
    n = s
    while True:
        n += 1
        try:
            x = f(n)
        except KeyError:
            continue
        except ValueError:
            calls.append('v')
            return 'vv'
        calls.append(x)
        calls.append('after')
        return x

assert retry_or_return(key_or_value, 0) == 2 and take() == [2, 'after']
assert retry_or_return(key_or_value, 2) == 'vv' and take() == ['v']
