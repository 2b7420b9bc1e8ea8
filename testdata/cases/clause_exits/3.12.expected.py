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
    # depyf: could not decompile finally_with_try_after_return: code copied after an except clause's POP_EXCEPT at 158
    #   105           0 RESUME                   0
    #   
    #   106           2 LOAD_CONST               0 (None)
    #                 4 STORE_FAST               3 (trace)
    #   
    #   107           6 NOP
    #   
    #   108           8 LOAD_GLOBAL              0 (log)
    #                18 LOAD_ATTR                3 (NULL|self + append)
    #                38 LOAD_CONST               1 ('start')
    #                40 CALL                     1
    #                48 POP_TOP
    #   
    #   109          50 NOP
    #   
    #   110          52 PUSH_NULL
    #                54 LOAD_FAST                1 (g)
    #                56 CALL                     0
    #                64 STORE_FAST               4 (proc)
    #   
    #   113          66 LOAD_GLOBAL             11 (NULL + Manager)
    #                76 CALL                     0
    #                84 BEFORE_WITH
    #                86 POP_TOP
    #   
    #   114          88 PUSH_NULL
    #                90 LOAD_FAST                2 (h)
    #                92 LOAD_FAST                4 (proc)
    #                94 CALL                     1
    #               102 STORE_FAST               3 (trace)
    #   
    #   113         104 LOAD_CONST               0 (None)
    #               106 LOAD_CONST               0 (None)
    #               108 LOAD_CONST               0 (None)
    #               110 CALL                     2
    #               118 POP_TOP
    #   
    #   116     >>  120 NOP
    #   
    #   117         122 LOAD_FAST                0 (temp)
    #               124 LOAD_ATTR                7 (NULL|self + close)
    #               144 CALL                     0
    #               152 POP_TOP
    #   
    #   120         154 LOAD_FAST                3 (trace)
    #               156 RETURN_VALUE
    #           >>  158 PUSH_EXC_INFO
    #   
    #   111         160 LOAD_GLOBAL              4 (OSError)
    #               170 CHECK_EXC_MATCH
    #               172 POP_JUMP_IF_FALSE       56 (to 286)
    #               174 POP_TOP
    #   
    #   112         176 POP_EXCEPT
    #   
    #   116         178 NOP
    #   
    #   117         180 LOAD_FAST                0 (temp)
    #               182 LOAD_ATTR                7 (NULL|self + close)
    #               202 CALL                     0
    #               210 POP_TOP
    #               212 RETURN_CONST             0 (None)
    #           >>  214 PUSH_EXC_INFO
    #   
    #   118         216 LOAD_GLOBAL              8 (FileNotFoundError)
    #               226 CHECK_EXC_MATCH
    #               228 POP_JUMP_IF_FALSE       24 (to 278)
    #               230 POP_TOP
    #   
    #   119         232 LOAD_GLOBAL              0 (log)
    #               242 LOAD_ATTR                3 (NULL|self + append)
    #               262 LOAD_CONST               2 ('gone')
    #               264 CALL                     1
    #               272 POP_TOP
    #               274 POP_EXCEPT
    #               276 RETURN_CONST             0 (None)
    #   
    #   118     >>  278 RERAISE                  0
    #           >>  280 COPY                     3
    #               282 POP_EXCEPT
    #               284 RERAISE                  1
    #   
    #   111     >>  286 RERAISE                  0
    #           >>  288 COPY                     3
    #               290 POP_EXCEPT
    #               292 RERAISE                  1
    #   
    #   113     >>  294 PUSH_EXC_INFO
    #               296 WITH_EXCEPT_START
    #               298 POP_JUMP_IF_TRUE         1 (to 302)
    #               300 RERAISE                  2
    #           >>  302 POP_TOP
    #               304 POP_EXCEPT
    #               306 POP_TOP
    #               308 POP_TOP
    #               310 JUMP_BACKWARD           96 (to 120)
    #           >>  312 COPY                     3
    #               314 POP_EXCEPT
    #               316 RERAISE                  1
    #           >>  318 PUSH_EXC_INFO
    #   
    #   118         320 LOAD_GLOBAL              8 (FileNotFoundError)
    #               330 CHECK_EXC_MATCH
    #               332 POP_JUMP_IF_FALSE       25 (to 384)
    #               334 POP_TOP
    #   
    #   119         336 LOAD_GLOBAL              0 (log)
    #               346 LOAD_ATTR                3 (NULL|self + append)
    #               366 LOAD_CONST               2 ('gone')
    #               368 CALL                     1
    #               376 POP_TOP
    #               378 POP_EXCEPT
    #   
    #   120         380 LOAD_FAST                3 (trace)
    #               382 RETURN_VALUE
    #   
    #   118     >>  384 RERAISE                  0
    #           >>  386 COPY                     3
    #               388 POP_EXCEPT
    #               390 RERAISE                  1
    #           >>  392 PUSH_EXC_INFO
    #   
    #   116         394 NOP
    #   
    #   117         396 LOAD_FAST                0 (temp)
    #               398 LOAD_ATTR                7 (NULL|self + close)
    #               418 CALL                     0
    #               426 POP_TOP
    #               428 RERAISE                  0
    #           >>  430 PUSH_EXC_INFO
    #   
    #   118         432 LOAD_GLOBAL              8 (FileNotFoundError)
    #               442 CHECK_EXC_MATCH
    #               444 POP_JUMP_IF_FALSE       24 (to 494)
    #               446 POP_TOP
    #   
    #   119         448 LOAD_GLOBAL              0 (log)
    #               458 LOAD_ATTR                3 (NULL|self + append)
    #               478 LOAD_CONST               2 ('gone')
    #               480 CALL                     1
    #               488 POP_TOP
    #               490 POP_EXCEPT
    #               492 RERAISE                  0
    #   
    #   118     >>  494 RERAISE                  0
    #           >>  496 COPY                     3
    #               498 POP_EXCEPT
    #               500 RERAISE                  1
    #           >>  502 COPY                     3
    #               504 POP_EXCEPT
    #               506 RERAISE                  1
    #   ExceptionTable:
    #     8 to 48 -> 392 [0]
    #     52 to 64 -> 158 [0]
    #     66 to 84 -> 392 [0]
    #     86 to 102 -> 294 [1] lasti
    #     104 to 118 -> 392 [0]
    #     122 to 152 -> 318 [0]
    #     158 to 174 -> 288 [1] lasti
    #     176 to 176 -> 392 [0]
    #     180 to 210 -> 214 [0]
    #     214 to 272 -> 280 [1] lasti
    #     278 to 278 -> 280 [1] lasti
    #     286 to 286 -> 288 [1] lasti
    #     288 to 292 -> 392 [0]
    #     294 to 302 -> 312 [3] lasti
    #     304 to 316 -> 392 [0]
    #     318 to 376 -> 386 [1] lasti
    #     384 to 384 -> 386 [1] lasti
    #     392 to 392 -> 502 [1] lasti
    #     396 to 426 -> 430 [2]
    #     428 to 428 -> 502 [1] lasti
    #     430 to 488 -> 496 [3] lasti
    #     490 to 492 -> 502 [1] lasti
    #     494 to 494 -> 496 [3] lasti
    #     496 to 500 -> 502 [1] lasti
    raise RuntimeError("depyf: could not decompile finally_with_try_after_return: code copied after an except clause's POP_EXCEPT at 158")

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
    # depyf: could not decompile nested_finally_return: no copy of the finally body after the try body at 156
    #   212           0 RESUME                   0
    #   
    #   213           2 LOAD_GLOBAL              0 (log)
    #                12 LOAD_ATTR                3 (NULL|self + append)
    #                32 LOAD_CONST               1 ('release')
    #                34 CALL                     1
    #                42 POP_TOP
    #   
    #   214          44 NOP
    #   
    #   215          46 LOAD_GLOBAL              0 (log)
    #                56 LOAD_ATTR                3 (NULL|self + append)
    #                76 LOAD_CONST               2 ('append')
    #                78 LOAD_FAST                0 (fut)
    #                80 BUILD_TUPLE              2
    #                82 CALL                     1
    #                90 POP_TOP
    #   
    #   216          92 NOP
    #   
    #   217          94 PUSH_NULL
    #                96 LOAD_FAST                0 (fut)
    #                98 CALL                     0
    #               106 POP_TOP
    #   
    #   218         108 NOP
    #   
    #   220         110 LOAD_GLOBAL              0 (log)
    #               120 LOAD_ATTR                3 (NULL|self + append)
    #               140 LOAD_CONST               3 ('remove')
    #               142 LOAD_FAST                0 (fut)
    #               144 BUILD_TUPLE              2
    #               146 CALL                     1
    #               154 POP_TOP
    #   
    #   222         156 LOAD_CONST               4 (False)
    #               158 STORE_FAST               2 (cancelled)
    #   
    #   223         160 NOP
    #   
    #   224     >>  162 NOP
    #   
    #   225         164 PUSH_NULL
    #               166 LOAD_FAST                1 (acquire)
    #               168 CALL                     0
    #               176 POP_TOP
    #   
    #   226         178 NOP
    #   
    #   229         180 LOAD_FAST                2 (cancelled)
    #               182 POP_JUMP_IF_FALSE        6 (to 196)
    #   
    #   230         184 LOAD_GLOBAL              4 (KeyError)
    #               194 RAISE_VARARGS            1
    #   
    #   229     >>  196 RETURN_CONST             5 (True)
    #           >>  198 PUSH_EXC_INFO
    #   
    #   227         200 LOAD_GLOBAL              4 (KeyError)
    #               210 CHECK_EXC_MATCH
    #               212 POP_JUMP_IF_FALSE        5 (to 224)
    #               214 POP_TOP
    #   
    #   228         216 LOAD_CONST               5 (True)
    #               218 STORE_FAST               2 (cancelled)
    #               220 POP_EXCEPT
    #               222 JUMP_FORWARD             4 (to 232)
    #   
    #   227     >>  224 RERAISE                  0
    #           >>  226 COPY                     3
    #               228 POP_EXCEPT
    #               230 RERAISE                  1
    #   
    #   223     >>  232 JUMP_BACKWARD           36 (to 162)
    #           >>  234 PUSH_EXC_INFO
    #   
    #   220         236 LOAD_GLOBAL              0 (log)
    #               246 LOAD_ATTR                3 (NULL|self + append)
    #               266 LOAD_CONST               3 ('remove')
    #               268 LOAD_FAST                0 (fut)
    #               270 BUILD_TUPLE              2
    #               272 CALL                     1
    #               280 POP_TOP
    #               282 RERAISE                  0
    #           >>  284 COPY                     3
    #               286 POP_EXCEPT
    #               288 RERAISE                  1
    #           >>  290 PUSH_EXC_INFO
    #   
    #   222         292 LOAD_CONST               4 (False)
    #               294 STORE_FAST               2 (cancelled)
    #   
    #   223         296 NOP
    #   
    #   224     >>  298 NOP
    #   
    #   225         300 PUSH_NULL
    #               302 LOAD_FAST                1 (acquire)
    #               304 CALL                     0
    #               312 POP_TOP
    #   
    #   226         314 JUMP_FORWARD            18 (to 352)
    #           >>  316 PUSH_EXC_INFO
    #   
    #   227         318 LOAD_GLOBAL              4 (KeyError)
    #               328 CHECK_EXC_MATCH
    #               330 POP_JUMP_IF_FALSE        5 (to 342)
    #               332 POP_TOP
    #   
    #   228         334 LOAD_CONST               5 (True)
    #               336 STORE_FAST               2 (cancelled)
    #               338 POP_EXCEPT
    #               340 JUMP_FORWARD             4 (to 350)
    #   
    #   227     >>  342 RERAISE                  0
    #           >>  344 COPY                     3
    #               346 POP_EXCEPT
    #               348 RERAISE                  1
    #   
    #   223     >>  350 JUMP_BACKWARD           27 (to 298)
    #   
    #   229     >>  352 LOAD_FAST                2 (cancelled)
    #               354 POP_JUMP_IF_FALSE        6 (to 368)
    #   
    #   230         356 LOAD_GLOBAL              4 (KeyError)
    #               366 RAISE_VARARGS            1
    #   
    #   229     >>  368 RERAISE                  0
    #           >>  370 COPY                     3
    #               372 POP_EXCEPT
    #               374 RERAISE                  1
    #   ExceptionTable:
    #     46 to 90 -> 290 [0]
    #     94 to 106 -> 234 [0]
    #     110 to 154 -> 290 [0]
    #     164 to 176 -> 198 [0]
    #     198 to 218 -> 226 [1] lasti
    #     224 to 224 -> 226 [1] lasti
    #     234 to 282 -> 284 [1] lasti
    #     284 to 288 -> 290 [0]
    #     290 to 296 -> 370 [1] lasti
    #     300 to 312 -> 316 [2]
    #     314 to 314 -> 370 [1] lasti
    #     316 to 336 -> 344 [3] lasti
    #     338 to 340 -> 370 [1] lasti
    #     342 to 342 -> 344 [3] lasti
    #     344 to 368 -> 370 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_finally_return: no copy of the finally body after the try body at 156')

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
    else:
        if a is None:
            return 1
        return 'after'
    return 'after'


def check_withs():
    suppress = Manager(KeyError)
    for f, args, want in (with_in_elif, (1, Manager(), quiet), 1), (with_in_elif, (2, Manager(), quiet), ()), (with_in_elif, (3, Manager(), quiet), 3), (with_in_both_branches, (1, Manager(), quiet), ()), (with_in_both_branches, (2, Manager(), quiet), 'after'), (with_in_both_branches, (1, suppress, raiser(KeyError)), 'after'), (with_in_both_branches, (3, suppress, raiser(KeyError)), 'after'), (with_in_loop_branch, ([0, 0], Manager(), quiet), [0, -1, 0, -1]), (with_in_loop_branch, ([0, 1, 0], Manager(), quiet), ()), (with_in_loop_branch, ([0, 1, 0], suppress, raiser(KeyError)), [0, -1, -1, 0, -1]), (with_ending_if, (1, Manager(), quiet), ()), (with_ending_if, (0, Manager(), quiet), 'after'), (with_ending_if, (1, suppress, raiser(KeyError)), 'after'), (with_in_if_in_try, (1, Manager(), quiet), ()), (with_in_if_in_try, (None, Manager(), quiet), 1), (with_in_if_in_try, (0, Manager(), quiet), 'after'), (with_in_if_in_try, (1, suppress, raiser(KeyError)), 'after'), (with_in_if_in_try, (1, Manager(), raiser(KeyError)), 2), (with_in_while_branch, ([None, 0], Manager(), quiet), 'after'), (with_in_while_branch, ([2, None, 0], Manager(), quiet), ()), (with_in_while_branch, ([1, 0], Manager(), quiet), ()), (with_in_while_branch, ([0, 1, 0], suppress, raiser(KeyError)), 'after'), (with_returning_const, (1, Manager(), quiet), 6), (with_returning_const, (2, Manager(), quiet), 5), (with_returning_const, (None, Manager(), quiet), 1), (with_returning_const, (0, Manager(), quiet), 'after'), (with_returning_const, (1, suppress, raiser(KeyError)), 'after'):
        got = fell_back(f, *args)
        assert got is FELL or got == want, (f.__name__, args, got, want)
        take()

check_withs()
