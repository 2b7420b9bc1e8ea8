log = []

def raiser(exc):
    def f(*args):
        log.append(('raise', exc.__name__) + args)
        raise exc(*args)
    return f


def quiet(*args):
    log.append(('ok',) + args)
    return args


def take():
    got = list(log)
    log.clear()
    return got


def retry_in_finally(fut, acquire):
    try:
        fut()
    finally:
        cancelled = False
        while True:
            try:
                acquire()
                break
            except KeyError:
                cancelled = True
        if cancelled:
            raise KeyError

assert retry_in_finally(quiet, quiet) is None
assert take() == [('ok',), ('ok',)]
tries = [raiser(KeyError), quiet]
try:
    retry_in_finally(quiet, lambda: tries.pop(0)())
    assert False
except KeyError:
    pass
assert take() == [('ok',), ('raise', 'KeyError'), ('ok',)]

def return_before_retry(fut, acquire):
    try:
        fut()
        return True
    finally:
        cancelled = False
        while True:
            try:
                acquire()
                break
            except KeyError:
                cancelled = True
        if cancelled:
            raise KeyError

assert return_before_retry(quiet, quiet) is True
assert take() == [('ok',), ('ok',)]
tries = [raiser(KeyError), raiser(KeyError), quiet]
try:
    return_before_retry(raiser(OSError), lambda: tries.pop(0)())
    assert False
except KeyError:
    pass
assert take() == [('raise', 'OSError'), ('raise', 'KeyError'), ('raise', 'KeyError'), ('ok',)]

def retry_in_clause(fut, acquire):
    try:
        fut()
    except OSError:
        cancelled = False
        while True:
            try:
                acquire()
                break
            except KeyError:
                cancelled = True
        if cancelled:
            raise KeyError

assert retry_in_clause(quiet, quiet) is None
assert take() == [('ok',)]
assert retry_in_clause(raiser(OSError), quiet) is None
assert take() == [('raise', 'OSError'), ('ok',)]
tries = [raiser(KeyError), quiet]
try:
    retry_in_clause(raiser(OSError), lambda: tries.pop(0)())
    assert False
except KeyError:
    pass
assert take() == [('raise', 'OSError'), ('raise', 'KeyError'), ('ok',)]

def clause_return_const(temp, g, h):
    trace = None
    try:
        try:
            proc = g()
        except OSError:
            return 5
        trace = h(proc)
    finally:
        try:
            temp()
        except FileNotFoundError:
            log.append('gone')
    return trace

assert clause_return_const(quiet, quiet, quiet) == ((),)
assert take() == [('ok',), ('ok', ()), ('ok',)]
assert clause_return_const(raiser(FileNotFoundError), raiser(OSError), quiet) == 5
assert take() == [('raise', 'OSError'), ('raise', 'FileNotFoundError'), 'gone']

def clause_return_none(temp, g, h):
    trace = None
    try:
        try:
            proc = g()
        except OSError:
            return None
        trace = h(proc)
    finally:
        try:
            temp()
        except FileNotFoundError:
            log.append('gone')
    return trace

assert clause_return_none(quiet, raiser(OSError), quiet) is None
assert take() == [('raise', 'OSError'), ('ok',)]
assert clause_return_none(raiser(FileNotFoundError), quiet, quiet) == ((),)
assert take() == [('ok',), ('ok', ()), ('raise', 'FileNotFoundError'), 'gone']

def return_value_before_cleanup(waiter, restore, remove, timeout=None):
    gotit = False
    try:
        if timeout is None:
            waiter()
            gotit = True
        else:
            gotit = waiter(timeout)
        return gotit
    finally:
        restore()
        if not gotit:
            try:
                remove()
            except ValueError:
                pass

assert return_value_before_cleanup(quiet, quiet, quiet) is True
assert take() == [('ok',), ('ok',)]
assert return_value_before_cleanup(lambda t: False, quiet, raiser(ValueError), 1) is False
assert take() == [('ok',), ('raise', 'ValueError')]

def continue_past_clause_in_finally(entries, fail):
    out = []
    for e in entries:
        try:
            out.append(e)
        finally:
            if e > 1:
                try:
                    fail(e)
                except OSError as err:
                    out.append(str(err))
    return out

assert continue_past_clause_in_finally([1, 2], quiet) == [1, 2]
assert take() == [('ok', 2)]
assert continue_past_clause_in_finally([2, 3], raiser(OSError)) == [2, '2', 3, '3']
assert take() == [('raise', 'OSError', 2), ('raise', 'OSError', 3)]

def return_after_inner_finally(fut, acquire):
    try:
        try:
            fut()
        finally:
            log.append('inner')
        return 7
    finally:
        cancelled = False
        while True:
            try:
                acquire()
                break
            except KeyError:
                cancelled = True
        if cancelled:
            raise KeyError

assert return_after_inner_finally(quiet, quiet) == 7
assert take() == [('ok',), 'inner', ('ok',)]

def return_in_inner_finally(fut, release):
    try:
        try:
            fut()
            return 'done'
        finally:
            log.append('inner')
    finally:
        try:
            release()
        except ValueError:
            log.append('unreleased')

assert return_in_inner_finally(quiet, quiet) == 'done'
assert take() == [('ok',), 'inner', ('ok',)]
assert return_in_inner_finally(quiet, raiser(ValueError)) == 'done'
assert take() == [('ok',), 'inner', ('raise', 'ValueError'), 'unreleased']

def return_after_nested_finally(fut, release):
    try:
        try:
            fut()
        finally:
            log.append('inner')
    finally:
        try:
            release()
        except ValueError:
            log.append('unreleased')
    return 'after'

assert return_after_nested_finally(quiet, quiet) == 'after'
assert take() == [('ok',), 'inner', ('ok',)]

async def ready(*args):
    log.append(('ok',) + args)
    return args


async def failing(exc):
    log.append(('raise', exc.__name__))
    raise exc


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError('suspended')


async def async_retry_in_finally(fut, acquire):
    try:
        await fut()
    finally:
        cancelled = False
        while True:
            try:
                await acquire()
                break
            except KeyError:
                cancelled = True
        if cancelled:
            raise KeyError

assert run(async_retry_in_finally(ready, ready)) is None
assert take() == [('ok',), ('ok',)]

async def async_nested_return(fut, acquire):
    try:
        try:
            await fut()
            return True
        finally:
            log.append('removed')
    finally:
        cancelled = False
        while True:
            try:
                await acquire()
                break
            except KeyError:
                cancelled = True
        if cancelled:
            raise KeyError

assert run(async_nested_return(ready, ready)) is True
assert take() == [('ok',), 'removed', ('ok',)]
tries = [lambda: failing(KeyError), ready]
try:
    run(async_nested_return(ready, lambda: tries.pop(0)()))
    assert False
except KeyError:
    pass
assert take() == [('ok',), 'removed', ('raise', 'KeyError'), ('ok',)]

def break_ends_finally(fut, values):
    try:
        fut()
    finally:
        while values:
            if not values.pop():
                log.append('stop')
                break
    return values

assert break_ends_finally(quiet, [1, 0, 1]) == [1]
assert take() == [('ok',), 'stop']
assert break_ends_finally(quiet, [1]) == []
assert take() == [('ok',)]

def continue_then_break_in_finally(fut, values):
    try:
        fut()
    finally:
        while values:
            if values.pop():
                continue
            log.append('stop')
            break
    return values

assert continue_then_break_in_finally(quiet, [1, 0, 1]) == [1]
assert take() == [('ok',), 'stop']
assert continue_then_break_in_finally(quiet, [1]) == []
assert take() == [('ok',)]

def positive_break_in_finally(fut, values):
    try:
        fut()
    finally:
        while values:
            if values.pop():
                log.append('stop')
                break
    return values

assert positive_break_in_finally(quiet, [0, 1, 0]) == [0]
assert take() == [('ok',), 'stop']
assert positive_break_in_finally(quiet, [0]) == []
assert take() == [('ok',)]

def and_break_in_finally(fut, values, limit):
    try:
        fut()
    finally:
        while values:
            if not (values.pop() and len(values) > limit):
                log.append('stop')
                break
    return values

assert and_break_in_finally(quiet, [0, 1, 1, 1], 1) == [0]
assert take() == [('ok',), 'stop']
assert and_break_in_finally(quiet, [1, 0, 1], 0) == [1]
assert take() == [('ok',), 'stop']
assert and_break_in_finally(quiet, [], 0) == []
assert take() == [('ok',)]

def or_break_in_finally(fut, values, limit):
    try:
        fut()
    finally:
        while values:
            if not values.pop() or len(values) < limit:
                log.append('stop')
                break
            log.append('more')
    return values

assert or_break_in_finally(quiet, [1, 1, 1], 2) == [1]
assert take() == [('ok',), 'more', 'stop']
assert or_break_in_finally(quiet, [1, 0, 1], 0) == [1]
assert take() == [('ok',), 'more', 'stop']
assert or_break_in_finally(quiet, [1], 0) == []
assert take() == [('ok',), 'more']

def nested_if_break_in_finally(fut, values, flag):
    try:
        fut()
    finally:
        while values:
            v = values.pop()
            if flag:
                if not v:
                    log.append('stop')
                    break
    return values

assert nested_if_break_in_finally(quiet, [1, 0, 1], True) == [1]
assert take() == [('ok',), 'stop']
assert nested_if_break_in_finally(quiet, [1, 0, 1], False) == []
assert take() == [('ok',)]

def break_ends_try_body(values):
    try:
        while values:
            if not values.pop():
                log.append('stop')
                break
    except IndexError:
        log.append('empty')
    log.append(len(values))
    log.append('end')
    return values

assert break_ends_try_body([1, 0, 1]) == [1]
assert take() == ['stop', 1, 'end']
assert break_ends_try_body([1]) == []
assert take() == [0, 'end']






















































class Guard:
    def __enter__(self):
        log.append('enter')
    def __exit__(self, *exc):
        log.append('exit')


def break_ends_with_body(cm, values):
    with cm:
        while values:
            if not values.pop():
                log.append('stop')
                break
    log.append(len(values))
    log.append('end')
    return values

assert break_ends_with_body(Guard(), [1, 0, 1]) == [1]
assert take() == ['enter', 'stop', 'exit', 1, 'end']
assert break_ends_with_body(Guard(), [1]) == []
assert take() == ['enter', 'exit', 0, 'end']

def continue_in_try_body(values):
    try:
        while values:
            if values.pop():
                continue
            log.append('stop')
            break
    except IndexError:
        log.append('empty')
    log.append(len(values))
    log.append('end')
    return values

assert continue_in_try_body([1, 0, 1]) == [1]
assert take() == ['stop', 1, 'end']
assert continue_in_try_body([1]) == []
assert take() == [0, 'end']
