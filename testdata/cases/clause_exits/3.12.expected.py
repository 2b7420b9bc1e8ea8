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


class Closer:
    def __init__(self, fail=None):
        self.fail = fail
    def close(self):
        log.append('close')
        if self.fail is not None:
            raise self.fail()


class Manager:
    'A context manager that suppresses the exceptions in `suppress`.'
    def __init__(self, suppress=()):
        self.suppress = suppress
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, typ, value, tb):
        log.append(('exit', typ.__name__ if typ else None))
        return typ is not None and issubclass(typ, self.suppress)


def finally_after_named_clauses(f, g):
    try:
        g()
    except KeyError as msg:
        log.append(('key', str(msg)))
        return 'key'
    except IndexError as msg:
        return 'index'
    finally:
        f.close()
    if f:
        log.append('clean')
    return 'done'

assert finally_after_named_clauses(Closer(), quiet) == 'done'
assert take() == [('ok',), 'close', 'clean']
assert finally_after_named_clauses(Closer(), raiser(KeyError)) == 'key'
assert take() == [('raise', 'KeyError'), ('key', ''), 'close']
assert finally_after_named_clauses(Closer(), raiser(IndexError)) == 'index'
assert take() == [('raise', 'IndexError'), 'close']
try:
    finally_after_named_clauses(Closer(), raiser(ValueError))
    assert False
except ValueError:
    pass
assert take() == [('raise', 'ValueError'), 'close']

def finally_after_empty_named_clause(f, g):
    try:
        g()
    except KeyError as msg:
        return 'key'
    finally:
        f.close()
    log.append('after')
    return 'done'

assert finally_after_empty_named_clause(Closer(), quiet) == 'done'
assert take() == [('ok',), 'close', 'after']
assert finally_after_empty_named_clause(Closer(), raiser(KeyError)) == 'key'
assert take() == [('raise', 'KeyError'), 'close']

def finally_with_try_after_return(temp, g, h):
    trace = None
    try:
        log.append('start')
        try:
            proc = g()
        except OSError:
            return None
        with Manager():
            trace = h(proc)
    finally:
        try:
            temp.close()
        except FileNotFoundError:
            log.append('gone')
    return trace

assert finally_with_try_after_return(Closer(), quiet, quiet) == ((),)
assert take() == ['start', ('ok',), 'enter', ('ok', ()), ('exit', None), 'close']
assert finally_with_try_after_return(Closer(FileNotFoundError), raiser(OSError), quiet) is None
assert take() == ['start', ('raise', 'OSError'), 'close', 'gone']
try:
    finally_with_try_after_return(Closer(), quiet, raiser(KeyError))
    assert False
except KeyError:
    pass
assert take() == ['start', ('ok',), 'enter', ('raise', 'KeyError', ()), ('exit', 'KeyError'), 'close']

def break_in_inner_clause(it, onerror, items):
    while True:
        try:
            try:
                entry = next(it)
            except StopIteration:
                break
        except OSError as error:
            if onerror is not None:
                onerror(error)
            return None
        items.append(entry)
    return items

assert break_in_inner_clause(iter([1, 2]), quiet, []) == [1, 2]

def failing_iter(values, exc):
    yield from values
    raise exc('stop')

assert break_in_inner_clause(failing_iter([1], OSError), quiet, []) is None
assert [x[0] for x in take()] == ['ok']
assert break_in_inner_clause(failing_iter([1], OSError), None, []) is None

def break_in_inner_clause_in_with(it, onerror, items):
    with Manager():
        while True:
            try:
                try:
                    entry = next(it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return None
            items.append(entry)
    log.append('after')
    return items

assert break_in_inner_clause_in_with(iter([1, 2]), quiet, []) == [1, 2]
assert take() == ['enter', ('exit', None), 'after']
assert break_in_inner_clause_in_with(failing_iter([3], OSError), quiet, []) is None
assert [x if isinstance(x, str) else x[:1] for x in take()] == ['enter', ('ok',), ('exit',)]

def return_in_clause_in_loop_in_finally(it, onerror, items):
    try:
        while True:
            try:
                entry = next(it)
            except (OSError, StopIteration) as error:
                if onerror is not None:
                    onerror(error)
                return items
            items.append(entry)
    finally:
        log.append('finally')

assert return_in_clause_in_loop_in_finally(iter([1, 2]), None, []) == [1, 2]
assert take() == ['finally']
assert return_in_clause_in_loop_in_finally(failing_iter([4], OSError), quiet, []) == [4]
assert [x if isinstance(x, str) else x[:1] for x in take()] == [('ok',), 'finally']

def nested_finally_return(fut, acquire):
    log.append('release')
    try:
        log.append(('append', fut))
        try:
            fut()
            return True
        finally:
            log.append(('remove', fut))
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

assert nested_finally_return(quiet, quiet) is True
assert take() == ['release', ('append', quiet), ('ok',), ('remove', quiet), ('ok',)]
tries = [raiser(KeyError), quiet]
try:
    nested_finally_return(quiet, lambda: tries.pop(0)())
    assert False
except KeyError:
    pass
assert take() == ['release', ('append', quiet), ('ok',), ('remove', quiet), ('raise', 'KeyError'), ('ok',)]

def with_return_before_elif(url, content_type, manager, read):
    if url.startswith('/'):
        url = url[1:]
    if content_type == 'text/css':
        with manager:
            return read(url)
    elif content_type == 'text/html':
        return 'html:' + url
    raise TypeError(f'unknown content type {content_type!r} for url {url!s}')

assert with_return_before_elif('/a', 'text/css', Manager(), quiet) == ('a',)
assert take() == ['enter', ('ok', 'a'), ('exit', None)]
assert with_return_before_elif('b', 'text/html', Manager(), quiet) == 'html:b'
try:
    with_return_before_elif('/c', 'text/css', Manager(KeyError), raiser(KeyError))
    assert False
except TypeError as e:
    assert str(e) == "unknown content type 'text/css' for url c"
assert take() == ['enter', ('raise', 'KeyError', 'c'), ('exit', 'KeyError')]
try:
    with_return_before_elif('/c', 'text/css', Manager(), raiser(KeyError))
    assert False
except KeyError:
    pass
take()
try:
    with_return_before_elif('d', 'text/plain', Manager(), quiet)
    assert False
except TypeError:
    pass
assert take() == []
FELL = object()

def fell_back(f, *args):
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL


def with_in_elif(a, m, r):
    if a == 1:
        x = 1
    elif a == 2:
        with m:
            return r()
    else:
        x = 3
    return x


def with_in_both_branches(a, m, r):
    if a == 1:
        with m:
            return r()
    elif a == 2:
        x = 2
    else:
        with m:
            return r()
    return 'after'


def with_in_loop_branch(items, m, r):
    out = []
    for a in items:
        if a:
            with m:
                return r()
        else:
            out.append(a)
        out.append(-1)
    return out


def with_ending_if(a, m, r):
    if a:
        with m:
            return r()
    return 'after'


def with_in_if_in_try(a, m, r):
    try:
        if a:
            with m:
                return r()
        elif a is None:
            return 1
        return 'after'
    except KeyError:
        return 2


def with_in_while_branch(items, m, r):
    while items:
        a = items.pop()
        if a:
            with m:
                return r()
        elif a is None:
            continue
        log.append(a)
    return 'after'


def with_returning_const(a, m, r):
    if a:
        with m:
            r()
            if a > 1:
                return 5
            return 6
    elif a is None:
        return 1
    return 'after'


def check_withs():
    suppress = Manager(KeyError)
    for f, args, want in (with_in_elif, (1, Manager(), quiet), 1), (with_in_elif, (2, Manager(), quiet), ()), (with_in_elif, (3, Manager(), quiet), 3), (with_in_both_branches, (1, Manager(), quiet), ()), (with_in_both_branches, (2, Manager(), quiet), 'after'), (with_in_both_branches, (1, suppress, raiser(KeyError)), 'after'), (with_in_both_branches, (3, suppress, raiser(KeyError)), 'after'), (with_in_loop_branch, ([0, 0], Manager(), quiet), [0, -1, 0, -1]), (with_in_loop_branch, ([0, 1, 0], Manager(), quiet), ()), (with_in_loop_branch, ([0, 1, 0], suppress, raiser(KeyError)), [0, -1, -1, 0, -1]), (with_ending_if, (1, Manager(), quiet), ()), (with_ending_if, (0, Manager(), quiet), 'after'), (with_ending_if, (1, suppress, raiser(KeyError)), 'after'), (with_in_if_in_try, (1, Manager(), quiet), ()), (with_in_if_in_try, (None, Manager(), quiet), 1), (with_in_if_in_try, (0, Manager(), quiet), 'after'), (with_in_if_in_try, (1, suppress, raiser(KeyError)), 'after'), (with_in_if_in_try, (1, Manager(), raiser(KeyError)), 2), (with_in_while_branch, ([None, 0], Manager(), quiet), 'after'), (with_in_while_branch, ([2, None, 0], Manager(), quiet), ()), (with_in_while_branch, ([1, 0], Manager(), quiet), ()), (with_in_while_branch, ([0, 1, 0], suppress, raiser(KeyError)), 'after'), (with_returning_const, (1, Manager(), quiet), 6), (with_returning_const, (2, Manager(), quiet), 5), (with_returning_const, (None, Manager(), quiet), 1), (with_returning_const, (0, Manager(), quiet), 'after'), (with_returning_const, (1, suppress, raiser(KeyError)), 'after'):
        got = fell_back(f, *args)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        take()

check_withs()
