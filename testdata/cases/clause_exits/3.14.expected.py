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
        return x
    if a == 2:
        with m:
            return r()
    else:
        x = 3
        return x
    return x


def with_in_both_branches(a, m, r):
    if a == 1:
        with m:
            return r()
    else:
        if a == 2:
            x = 2
            return 'after'
        with m:
            return r()
        return 'after'
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
    # depyf: could not decompile with_in_if_in_try: a with suppressing leaves the region at 20
    #    339            RESUME                   0
    #   
    #    340            NOP
    #   
    #    341    L1:     LOAD_FAST_BORROW         0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       29 (to L7)
    #           L2:     NOT_TAKEN
    #   
    #    342    L3:     LOAD_FAST_BORROW         1 (m)
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L4:     POP_TOP
    #   
    #    343            LOAD_FAST_BORROW         2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #   
    #    342    L5:     SWAP                     3
    #                   SWAP                     2
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   LOAD_CONST               0 (None)
    #                   CALL                     3
    #                   POP_TOP
    #           L6:     RETURN_VALUE
    #   
    #    344    L7:     LOAD_FAST_BORROW         0 (a)
    #                   POP_JUMP_IF_NOT_NONE     3 (to L9)
    #                   NOT_TAKEN
    #   
    #    345    L8:     LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    348    L9:     LOAD_CONST               1 ('after')
    #                   RETURN_VALUE
    #   
    #    342   L10:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L11)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #          L11:     POP_TOP
    #          L12:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #                   JUMP_BACKWARD_NO_INTERRUPT 18 (to L9)
    #   
    #     --   L13:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #          L14:     PUSH_EXC_INFO
    #   
    #    346            LOAD_GLOBAL              0 (KeyError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE        5 (to L16)
    #                   NOT_TAKEN
    #                   POP_TOP
    #   
    #    347   L15:     POP_EXCEPT
    #                   LOAD_SMALL_INT           2
    #                   RETURN_VALUE
    #   
    #    346   L16:     RERAISE                  0
    #   
    #     --   L17:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L14 [0]
    #     L3 to L4 -> L14 [0]
    #     L4 to L5 -> L10 [2] lasti
    #     L5 to L6 -> L14 [0]
    #     L7 to L8 -> L14 [0]
    #     L10 to L12 -> L13 [4] lasti
    #     L12 to L14 -> L14 [0]
    #     L14 to L15 -> L17 [1] lasti
    #     L16 to L17 -> L17 [1] lasti
    raise RuntimeError('depyf: could not decompile with_in_if_in_try: a with suppressing leaves the region at 20')


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
    # depyf: could not decompile with_returning_const: a with's suppressing path and its normal exit go on apart at 92
    #    363            RESUME                   0
    #   
    #    364            LOAD_FAST_BORROW         0 (a)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       48 (to L5)
    #                   NOT_TAKEN
    #   
    #    365            LOAD_FAST                1 (m)
    #                   COPY                     1
    #                   LOAD_SPECIAL             1 (__exit__)
    #                   SWAP                     2
    #                   SWAP                     3
    #                   LOAD_SPECIAL             0 (__enter__)
    #                   CALL                     0
    #           L1:     POP_TOP
    #   
    #    366            LOAD_FAST_BORROW         2 (r)
    #                   PUSH_NULL
    #                   CALL                     0
    #                   POP_TOP
    #   
    #    367            LOAD_FAST_BORROW         0 (a)
    #                   LOAD_SMALL_INT           1
    #                   COMPARE_OP             148 (bool(>))
    #                   POP_JUMP_IF_FALSE       12 (to L3)
    #                   NOT_TAKEN
    #   
    #    368            NOP
    #   
    #    365    L2:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           5
    #                   RETURN_VALUE
    #   
    #    369    L3:     NOP
    #   
    #    365    L4:     LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   LOAD_CONST               1 (None)
    #                   CALL                     3
    #                   POP_TOP
    #                   LOAD_SMALL_INT           6
    #                   RETURN_VALUE
    #   
    #    370    L5:     LOAD_FAST_BORROW         0 (a)
    #                   POP_JUMP_IF_NOT_NONE     3 (to L6)
    #                   NOT_TAKEN
    #   
    #    371            LOAD_SMALL_INT           1
    #                   RETURN_VALUE
    #   
    #    372    L6:     LOAD_CONST               2 ('after')
    #                   RETURN_VALUE
    #   
    #    365    L7:     PUSH_EXC_INFO
    #                   WITH_EXCEPT_START
    #                   TO_BOOL
    #                   POP_JUMP_IF_TRUE         2 (to L8)
    #                   NOT_TAKEN
    #                   RERAISE                  2
    #           L8:     POP_TOP
    #           L9:     POP_EXCEPT
    #                   POP_TOP
    #                   POP_TOP
    #                   POP_TOP
    #   
    #    372            LOAD_CONST               2 ('after')
    #                   RETURN_VALUE
    #   
    #     --   L10:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L7 [2] lasti
    #     L3 to L4 -> L7 [2] lasti
    #     L7 to L9 -> L10 [4] lasti
    raise RuntimeError("depyf: could not decompile with_returning_const: a with's suppressing path and its normal exit go on apart at 92")


def check_withs():
    suppress = Manager(KeyError)
    for f, args, want in (with_in_elif, (1, Manager(), quiet), 1), (with_in_elif, (2, Manager(), quiet), ()), (with_in_elif, (3, Manager(), quiet), 3), (with_in_both_branches, (1, Manager(), quiet), ()), (with_in_both_branches, (2, Manager(), quiet), 'after'), (with_in_both_branches, (1, suppress, raiser(KeyError)), 'after'), (with_in_both_branches, (3, suppress, raiser(KeyError)), 'after'), (with_in_loop_branch, ([0, 0], Manager(), quiet), [0, -1, 0, -1]), (with_in_loop_branch, ([0, 1, 0], Manager(), quiet), ()), (with_in_loop_branch, ([0, 1, 0], suppress, raiser(KeyError)), [0, -1, -1, 0, -1]), (with_ending_if, (1, Manager(), quiet), ()), (with_ending_if, (0, Manager(), quiet), 'after'), (with_ending_if, (1, suppress, raiser(KeyError)), 'after'), (with_in_if_in_try, (1, Manager(), quiet), ()), (with_in_if_in_try, (None, Manager(), quiet), 1), (with_in_if_in_try, (0, Manager(), quiet), 'after'), (with_in_if_in_try, (1, suppress, raiser(KeyError)), 'after'), (with_in_if_in_try, (1, Manager(), raiser(KeyError)), 2), (with_in_while_branch, ([None, 0], Manager(), quiet), 'after'), (with_in_while_branch, ([2, None, 0], Manager(), quiet), ()), (with_in_while_branch, ([1, 0], Manager(), quiet), ()), (with_in_while_branch, ([0, 1, 0], suppress, raiser(KeyError)), 'after'), (with_returning_const, (1, Manager(), quiet), 6), (with_returning_const, (2, Manager(), quiet), 5), (with_returning_const, (None, Manager(), quiet), 1), (with_returning_const, (0, Manager(), quiet), 'after'), (with_returning_const, (1, suppress, raiser(KeyError)), 'after'):
        got = fell_back(f, *args)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        take()

check_withs()
