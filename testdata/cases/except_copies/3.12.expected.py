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


def nested_in_named_clause(first, second, items):
    found = []
    try:
        for x in items:
            found.append(first(x))
    except (KeyError, IndexError):
        pass
    except ValueError as e:
        try:
            found.append(second(str(e)))
        except (KeyError, IndexError):
            pass
    return [found, len(found), items[:1]]

assert nested_in_named_clause(quiet, quiet, [1, 2]) == [[(1,), (2,)], 2, [1]]
assert nested_in_named_clause(raiser(KeyError), quiet, [1]) == [[], 0, [1]]
assert nested_in_named_clause(raiser(ValueError), quiet, [1]) == [[('1',)], 1, [1]]
assert nested_in_named_clause(raiser(ValueError), raiser(IndexError), [1]) == [[], 0, [1]]
take()

def nested_in_clause_unnamed(first, second):
    out = []
    try:
        first()
    except KeyError:
        out.append('k')
    except ValueError:
        try:
            second()
        except IndexError:
            out.append('i')
    return [out, len(out), first]

assert nested_in_clause_unnamed(quiet, quiet)[:2] == [[], 0]
assert nested_in_clause_unnamed(raiser(KeyError), quiet)[:2] == [['k'], 1]
assert nested_in_clause_unnamed(raiser(ValueError), quiet)[:2] == [[], 0]
assert nested_in_clause_unnamed(raiser(ValueError), raiser(IndexError))[:2] == [['i'], 1]
take()

def else_in_try_body(link, rename, remove, name):
    try:
        try:
            link(name)
        except (AttributeError, PermissionError):
            rename(name)
        else:
            remove(name)
    except OSError as e:
        remove(name)
        if e.args == ('clash',):
            raise KeyError(name)
        raise
    return name

assert else_in_try_body(quiet, quiet, quiet, 'n') == 'n' and take() == [('ok', 'n'), ('ok', 'n')]
assert else_in_try_body(raiser(PermissionError), quiet, quiet, 'n') == 'n'
assert take() == [('raise', 'PermissionError', 'n'), ('ok', 'n')]
try:
    else_in_try_body(raiser(OSError), quiet, quiet, 'clash')
except KeyError:
    pass
assert take() == [('raise', 'OSError', 'clash'), ('ok', 'clash')]

def code_after_inner_try(a, b, c):
    try:
        try:
            a()
        except KeyError:
            b()
        c()
    except OSError:
        return None
    else:
        return a

assert code_after_inner_try(quiet, quiet, quiet) is quiet and take() == [('ok',), ('ok',)]
assert code_after_inner_try(raiser(KeyError), quiet, quiet) is not None
assert take() == [('raise', 'KeyError'), ('ok',), ('ok',)]
assert code_after_inner_try(raiser(OSError), quiet, quiet) is None
take()

def return_after_nested(payload, decode, enc, dec):
    if not decode:
        if isinstance(payload, str) and payload:
            try:
                b = enc(payload)
                try:
                    payload = dec(b)
                except LookupError:
                    payload = b
            except UnicodeError:
                pass
        return payload

assert return_after_nested('x', False, quiet, quiet) == (('x',),)
assert return_after_nested('x', False, quiet, raiser(LookupError)) == ('x',)
assert return_after_nested('x', False, raiser(UnicodeError), quiet) == 'x'
assert return_after_nested('', False, quiet, quiet) == '' and return_after_nested('x', True, quiet, quiet) is None
take()

def restart_loop(runs, interact):
    out = []
    while True:
        try:
            runs.pop(0)()
        except LookupError:
            out.append('restart')
        except BaseException as e:
            out.append(type(e).__name__)
            try:
                interact(e)
            except KeyError:
                out.append('again')
                continue
            except IndexError:
                out.append('stop')
                runs.clear()
        if not runs:
            break
        out.append('next')
    return [out, len(out)]

assert restart_loop([quiet], quiet) == [[], 0]
assert restart_loop([raiser(LookupError), quiet], quiet) == [['restart', 'next'], 2]
assert restart_loop([raiser(ValueError), quiet], raiser(KeyError)) == [['ValueError', 'again'], 2]
assert restart_loop([raiser(ValueError), quiet], raiser(IndexError)) == [['ValueError', 'stop'], 2]
assert restart_loop([raiser(ValueError), quiet], quiet) == [['ValueError', 'next'], 2]
take()

def bind_like(args, params):
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
                bound.append((p, None))
        else:
            bound.append((next(params), a))
    return [bound, len(bound)]

assert bind_like([1, 2], ['a', 'b']) == [[('a', 1), ('b', 2)], 2]
assert bind_like([1], ['a', 'b']) == [[('a', 1), ('b', None)], 2]

class Ctx:
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, *exc):
        log.append('exit')
        return False


def const_return_in_clause(tell, limit):
    if limit > 0:
        try:
            pos = tell()
        except ValueError:
            return False
        if not pos:
            return False
        if pos >= limit:
            return True
    return False

assert const_return_in_clause(lambda: 5, 3) is True
assert const_return_in_clause(raiser(ValueError), 3) is False
assert const_return_in_clause(lambda: 0, 3) is False and const_return_in_clause(lambda: 1, 0) is False
take()

def continue_in_clause_in_with(items):
    out = []
    for x in items:
        if x:
            with Ctx():
                try:
                    v = x()
                except (KeyError, EOFError):
                    out.append('skip')
                    continue
                if v is None:
                    raise RuntimeError('none')
                try:
                    out.append(v[0])
                except IndexError:
                    pass
    return out

FELL = object()

def fell_back(f, *args):
    try:
        return f(*args)
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return FELL

got = fell_back(continue_in_clause_in_with, [lambda: 'a', raiser(EOFError), None, lambda: ''])
assert got is FELL or got == ['a', 'skip']
take()
