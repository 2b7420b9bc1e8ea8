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
    # depyf: could not decompile continue_in_clause_in_with: with block without __enter__ at 182
    #   240           0 RESUME                   0
    #   
    #   241           2 BUILD_LIST               0
    #                 4 STORE_FAST               1 (out)
    #   
    #   242           6 LOAD_FAST                0 (items)
    #                 8 GET_ITER
    #           >>   10 FOR_ITER               171 (to 354)
    #                12 STORE_FAST               2 (x)
    #   
    #   243          14 LOAD_FAST                2 (x)
    #                16 POP_JUMP_FORWARD_IF_FALSE   167 (to 352)
    #   
    #   244          18 LOAD_GLOBAL              1 (NULL + Ctx)
    #                30 PRECALL                  0
    #                34 CALL                     0
    #                44 BEFORE_WITH
    #                46 POP_TOP
    #   
    #   245          48 NOP
    #   
    #   246          50 PUSH_NULL
    #                52 LOAD_FAST                2 (x)
    #                54 PRECALL                  0
    #                58 CALL                     0
    #                68 STORE_FAST               3 (v)
    #                70 JUMP_FORWARD            55 (to 182)
    #           >>   72 PUSH_EXC_INFO
    #   
    #   247          74 LOAD_GLOBAL              2 (KeyError)
    #                86 LOAD_GLOBAL              4 (EOFError)
    #                98 BUILD_TUPLE              2
    #               100 CHECK_EXC_MATCH
    #               102 POP_JUMP_FORWARD_IF_FALSE    35 (to 174)
    #               104 POP_TOP
    #   
    #   248         106 LOAD_FAST                1 (out)
    #               108 LOAD_METHOD              3 (append)
    #               130 LOAD_CONST               1 ('skip')
    #               132 PRECALL                  1
    #               136 CALL                     1
    #               146 POP_TOP
    #   
    #   249         148 POP_EXCEPT
    #   
    #   244         150 LOAD_CONST               0 (None)
    #               152 LOAD_CONST               0 (None)
    #               154 LOAD_CONST               0 (None)
    #               156 PRECALL                  2
    #               160 CALL                     2
    #               170 POP_TOP
    #               172 JUMP_BACKWARD           82 (to 10)
    #   
    #   247     >>  174 RERAISE                  0
    #           >>  176 COPY                     3
    #               178 POP_EXCEPT
    #               180 RERAISE                  1
    #   
    #   250     >>  182 LOAD_FAST                3 (v)
    #               184 POP_JUMP_FORWARD_IF_NOT_NONE    15 (to 216)
    #   
    #   251         186 LOAD_GLOBAL              9 (NULL + RuntimeError)
    #               198 LOAD_CONST               2 ('none')
    #               200 PRECALL                  1
    #               204 CALL                     1
    #               214 RAISE_VARARGS            1
    #   
    #   252     >>  216 NOP
    #   
    #   253         218 LOAD_FAST                1 (out)
    #               220 LOAD_METHOD              3 (append)
    #               242 LOAD_FAST                3 (v)
    #               244 LOAD_CONST               3 (0)
    #               246 BINARY_SUBSCR
    #               256 PRECALL                  1
    #               260 CALL                     1
    #               270 POP_TOP
    #               272 JUMP_FORWARD            16 (to 306)
    #           >>  274 PUSH_EXC_INFO
    #   
    #   254         276 LOAD_GLOBAL             10 (IndexError)
    #               288 CHECK_EXC_MATCH
    #               290 POP_JUMP_FORWARD_IF_FALSE     3 (to 298)
    #               292 POP_TOP
    #   
    #   255         294 POP_EXCEPT
    #               296 JUMP_FORWARD             4 (to 306)
    #   
    #   254     >>  298 RERAISE                  0
    #           >>  300 COPY                     3
    #               302 POP_EXCEPT
    #               304 RERAISE                  1
    #   
    #   244     >>  306 LOAD_CONST               0 (None)
    #               308 LOAD_CONST               0 (None)
    #               310 LOAD_CONST               0 (None)
    #               312 PRECALL                  2
    #               316 CALL                     2
    #               326 POP_TOP
    #               328 JUMP_FORWARD            11 (to 352)
    #           >>  330 PUSH_EXC_INFO
    #               332 WITH_EXCEPT_START
    #               334 POP_JUMP_FORWARD_IF_TRUE     4 (to 344)
    #               336 RERAISE                  2
    #           >>  338 COPY                     3
    #               340 POP_EXCEPT
    #               342 RERAISE                  1
    #           >>  344 POP_TOP
    #               346 POP_EXCEPT
    #               348 POP_TOP
    #               350 POP_TOP
    #           >>  352 JUMP_BACKWARD          172 (to 10)
    #   
    #   256     >>  354 LOAD_FAST                1 (out)
    #               356 RETURN_VALUE
    #   ExceptionTable:
    #     46 to 46 -> 330 [2] lasti
    #     50 to 68 -> 72 [2]
    #     70 to 70 -> 330 [2] lasti
    #     72 to 146 -> 176 [3] lasti
    #     148 to 148 -> 330 [2] lasti
    #     174 to 174 -> 176 [3] lasti
    #     176 to 214 -> 330 [2] lasti
    #     218 to 270 -> 274 [2]
    #     272 to 272 -> 330 [2] lasti
    #     274 to 292 -> 300 [3] lasti
    #     294 to 296 -> 330 [2] lasti
    #     298 to 298 -> 300 [3] lasti
    #     300 to 304 -> 330 [2] lasti
    #     330 to 336 -> 338 [4] lasti
    #     344 to 344 -> 338 [4] lasti
    raise RuntimeError('depyf: could not decompile continue_in_clause_in_with: with block without __enter__ at 182')

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
