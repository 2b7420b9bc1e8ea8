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
    # depyf: could not decompile break_in_except: code copied after an except clause's POP_EXCEPT at 60
    #   123           0 RESUME                   0
    #   
    #   124           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               2 (n)
    #   
    #   125           6 NOP
    #   
    #   126     >>    8 LOAD_FAST                2 (n)
    #                10 LOAD_CONST               2 (1)
    #                12 BINARY_OP               13 (+=)
    #                16 STORE_FAST               2 (n)
    #   
    #   127          18 NOP
    #   
    #   128          20 PUSH_NULL
    #                22 LOAD_FAST                0 (g)
    #                24 LOAD_FAST                2 (n)
    #                26 CALL                     1
    #                34 POP_TOP
    #   
    #   131          36 PUSH_NULL
    #                38 LOAD_FAST                1 (h)
    #                40 LOAD_FAST                2 (n)
    #                42 CALL                     1
    #                50 POP_JUMP_IF_FALSE        3 (to 58)
    #   
    #   132          52 NOP
    #   
    #   133          54 LOAD_FAST                2 (n)
    #                56 RETURN_VALUE
    #   
    #   125     >>   58 JUMP_BACKWARD           26 (to 8)
    #           >>   60 PUSH_EXC_INFO
    #   
    #   129          62 LOAD_GLOBAL              0 (KeyError)
    #                72 CHECK_EXC_MATCH
    #                74 POP_JUMP_IF_FALSE        4 (to 84)
    #                76 POP_TOP
    #   
    #   130          78 POP_EXCEPT
    #   
    #   133          80 LOAD_FAST                2 (n)
    #                82 RETURN_VALUE
    #   
    #   129     >>   84 RERAISE                  0
    #           >>   86 COPY                     3
    #                88 POP_EXCEPT
    #                90 RERAISE                  1
    #   ExceptionTable:
    #     20 to 34 -> 60 [0]
    #     60 to 76 -> 86 [1] lasti
    #     84 to 84 -> 86 [1] lasti
    raise RuntimeError("depyf: could not decompile break_in_except: code copied after an except clause's POP_EXCEPT at 60")


def fail_at(k):
    def g(n):
        if n >= k:
            raise KeyError(n)
    return g

assert fell_back(break_in_except, fail_at(3), lambda n: False) in (3, FELL)
assert fell_back(break_in_except, fail_at(9), lambda n: n == 2) in (2, FELL)

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
    # depyf: could not decompile read_until_eof: code copied after an except clause's POP_EXCEPT at 122
    #   206           0 RESUME                   0
    #   
    #   208           2 BUILD_LIST               0
    #                 4 STORE_FAST               1 (got)
    #   
    #   209           6 LOAD_GLOBAL              1 (NULL + iter)
    #                16 LOAD_FAST                0 (chunks)
    #                18 CALL                     1
    #                26 STORE_FAST               2 (it)
    #   
    #   210     >>   28 NOP
    #   
    #   211     >>   30 NOP
    #   
    #   212          32 LOAD_GLOBAL              3 (NULL + next)
    #                42 LOAD_FAST                2 (it)
    #                44 LOAD_CONST               0 (None)
    #                46 CALL                     2
    #                54 STORE_FAST               3 (chunk)
    #   
    #   213          56 LOAD_FAST                3 (chunk)
    #                58 POP_JUMP_IF_NOT_NONE     6 (to 72)
    #   
    #   214          60 LOAD_GLOBAL              4 (EOFError)
    #                70 RAISE_VARARGS            1
    #   
    #   213     >>   72 NOP
    #   
    #   217          74 LOAD_FAST                3 (chunk)
    #                76 LOAD_CONST               1 ('skip')
    #                78 COMPARE_OP              40 (==)
    #                82 POP_JUMP_IF_FALSE        1 (to 86)
    #   
    #   218          84 JUMP_BACKWARD           29 (to 28)
    #   
    #   219     >>   86 LOAD_FAST                1 (got)
    #                88 LOAD_ATTR                7 (NULL|self + append)
    #               108 LOAD_FAST                3 (chunk)
    #               110 CALL                     1
    #               118 POP_TOP
    #   
    #   210         120 JUMP_BACKWARD           46 (to 30)
    #           >>  122 PUSH_EXC_INFO
    #   
    #   215         124 LOAD_GLOBAL              4 (EOFError)
    #               134 CHECK_EXC_MATCH
    #               136 POP_JUMP_IF_FALSE        4 (to 146)
    #               138 POP_TOP
    #   
    #   216         140 POP_EXCEPT
    #   
    #   220         142 LOAD_FAST                1 (got)
    #               144 RETURN_VALUE
    #   
    #   215     >>  146 RERAISE                  0
    #           >>  148 COPY                     3
    #               150 POP_EXCEPT
    #               152 RERAISE                  1
    #   ExceptionTable:
    #     32 to 70 -> 122 [0]
    #     122 to 138 -> 148 [1] lasti
    #     146 to 146 -> 148 [1] lasti
    raise RuntimeError("depyf: could not decompile read_until_eof: code copied after an except clause's POP_EXCEPT at 122")

assert fell_back(read_until_eof, ['a', 'skip', 'b', None, 'c']) in (['a', 'b'], FELL)
assert fell_back(read_until_eof, ['a']) in (['a'], FELL)

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
    # depyf: could not decompile console: code copied after an except clause's POP_EXCEPT at 192
    #   403           0 RESUME                   0
    #   
    #   404           2 LOAD_CONST               1 (0)
    #                 4 STORE_FAST               1 (more)
    #   
    #   405           6 BUILD_LIST               0
    #                 8 STORE_FAST               2 (seen)
    #   
    #   406          10 LOAD_GLOBAL              1 (NULL + iter)
    #                20 LOAD_FAST                0 (lines)
    #                22 CALL                     1
    #                30 STORE_FAST               3 (it)
    #   
    #   407          32 NOP
    #   
    #   408     >>   34 NOP
    #   
    #   409          36 LOAD_FAST                1 (more)
    #                38 POP_JUMP_IF_FALSE        3 (to 46)
    #   
    #   410          40 LOAD_CONST               2 ('... ')
    #                42 STORE_FAST               4 (prompt)
    #                44 JUMP_FORWARD             2 (to 50)
    #   
    #   412     >>   46 LOAD_CONST               3 ('>>> ')
    #                48 STORE_FAST               4 (prompt)
    #   
    #   413     >>   50 NOP
    #   
    #   414          52 LOAD_GLOBAL              3 (NULL + next)
    #                62 LOAD_FAST                3 (it)
    #                64 CALL                     1
    #                72 STORE_FAST               5 (line)
    #   
    #   415          74 LOAD_FAST                5 (line)
    #                76 POP_JUMP_IF_NOT_NONE     6 (to 90)
    #   
    #   416          78 LOAD_GLOBAL              4 (EOFError)
    #                88 RAISE_VARARGS            1
    #   
    #   417     >>   90 LOAD_FAST                5 (line)
    #                92 LOAD_CONST               4 ('^C')
    #                94 COMPARE_OP              40 (==)
    #                98 POP_JUMP_IF_FALSE        6 (to 112)
    #   
    #   418         100 LOAD_GLOBAL              6 (KeyboardInterrupt)
    #               110 RAISE_VARARGS            1
    #   
    #   417     >>  112 NOP
    #   
    #   423         114 LOAD_FAST                5 (line)
    #               116 LOAD_ATTR                9 (NULL|self + endswith)
    #               136 LOAD_CONST               5 (':')
    #               138 CALL                     1
    #               146 STORE_FAST               1 (more)
    #   
    #   424         148 LOAD_FAST                2 (seen)
    #               150 LOAD_ATTR               11 (NULL|self + append)
    #               170 LOAD_FAST                4 (prompt)
    #               172 LOAD_FAST                5 (line)
    #               174 BINARY_OP                0 (+)
    #               178 CALL                     1
    #               186 POP_TOP
    #               188 NOP
    #   
    #   407     >>  190 JUMP_BACKWARD           79 (to 34)
    #           >>  192 PUSH_EXC_INFO
    #   
    #   419         194 LOAD_GLOBAL              4 (EOFError)
    #               204 CHECK_EXC_MATCH
    #               206 POP_JUMP_IF_FALSE       21 (to 250)
    #               208 POP_TOP
    #   
    #   420         210 LOAD_FAST                2 (seen)
    #               212 LOAD_ATTR               11 (NULL|self + append)
    #               232 LOAD_CONST               6 ('eof')
    #               234 CALL                     1
    #               242 POP_TOP
    #   
    #   421         244 POP_EXCEPT
    #   
    #   428         246 LOAD_FAST                2 (seen)
    #               248 RETURN_VALUE
    #   
    #   419     >>  250 RERAISE                  0
    #           >>  252 COPY                     3
    #               254 POP_EXCEPT
    #               256 RERAISE                  1
    #           >>  258 PUSH_EXC_INFO
    #   
    #   425         260 LOAD_GLOBAL              6 (KeyboardInterrupt)
    #               270 CHECK_EXC_MATCH
    #               272 POP_JUMP_IF_FALSE       22 (to 318)
    #               274 POP_TOP
    #   
    #   426         276 LOAD_FAST                2 (seen)
    #               278 LOAD_ATTR               11 (NULL|self + append)
    #               298 LOAD_CONST               7 ('interrupted')
    #               300 CALL                     1
    #               308 POP_TOP
    #   
    #   427         310 LOAD_CONST               1 (0)
    #               312 STORE_FAST               1 (more)
    #               314 POP_EXCEPT
    #               316 JUMP_BACKWARD           64 (to 190)
    #   
    #   425     >>  318 RERAISE                  0
    #           >>  320 COPY                     3
    #               322 POP_EXCEPT
    #               324 RERAISE                  1
    #   ExceptionTable:
    #     36 to 48 -> 258 [0]
    #     52 to 110 -> 192 [0]
    #     114 to 186 -> 258 [0]
    #     192 to 242 -> 252 [1] lasti
    #     244 to 244 -> 258 [0]
    #     250 to 250 -> 252 [1] lasti
    #     252 to 256 -> 258 [0]
    #     258 to 312 -> 320 [1] lasti
    #     318 to 318 -> 320 [1] lasti
    raise RuntimeError("depyf: could not decompile console: code copied after an except clause's POP_EXCEPT at 192")

assert fell_back(console, ['if x:', '^C', 'y', None]) in (['>>> if x:', 'interrupted', '>>> y', 'eof'], FELL)
assert fell_back(console, [None, 'z']) in (['eof'], FELL)
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
    else:
        return got
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
    # depyf: could not decompile nested_else_in_clause: code copied after POP_EXCEPT in a branch of an except clause at 186
    #   742           0 RESUME                   0
    #   
    #   743           2 LOAD_GLOBAL              1 (NULL + iter)
    #                12 LOAD_FAST                0 (args)
    #                14 CALL                     1
    #                22 STORE_FAST               0 (args)
    #   
    #   744          24 LOAD_GLOBAL              1 (NULL + iter)
    #                34 LOAD_FAST                1 (params)
    #                36 CALL                     1
    #                44 STORE_FAST               1 (params)
    #   
    #   745          46 BUILD_LIST               0
    #                48 STORE_FAST               2 (bound)
    #   
    #   746          50 NOP
    #   
    #   747     >>   52 NOP
    #   
    #   748          54 LOAD_GLOBAL              3 (NULL + next)
    #                64 LOAD_FAST                0 (args)
    #                66 CALL                     1
    #                74 STORE_FAST               3 (a)
    #   
    #   759          76 LOAD_FAST                2 (bound)
    #                78 LOAD_ATTR                5 (NULL|self + append)
    #                98 LOAD_GLOBAL              3 (NULL + next)
    #               108 LOAD_FAST                1 (params)
    #               110 CALL                     1
    #               118 LOAD_FAST                3 (a)
    #               120 BUILD_TUPLE              2
    #               122 CALL                     1
    #               130 POP_TOP
    #   
    #   746     >>  132 JUMP_BACKWARD           41 (to 52)
    #           >>  134 PUSH_EXC_INFO
    #   
    #   749         136 LOAD_GLOBAL              6 (StopIteration)
    #               146 CHECK_EXC_MATCH
    #               148 POP_JUMP_IF_FALSE       60 (to 270)
    #               150 POP_TOP
    #   
    #   750         152 NOP
    #   
    #   751         154 LOAD_GLOBAL              3 (NULL + next)
    #               164 LOAD_FAST                1 (params)
    #               166 CALL                     1
    #               174 STORE_FAST               4 (p)
    #   
    #   755         176 LOAD_FAST                4 (p)
    #               178 LOAD_CONST               1 ('*')
    #               180 COMPARE_OP              40 (==)
    #               184 POP_JUMP_IF_FALSE        3 (to 192)
    #   
    #   756         186 POP_EXCEPT
    #   
    #   760         188 LOAD_FAST                2 (bound)
    #               190 RETURN_VALUE
    #   
    #   757     >>  192 LOAD_FAST                2 (bound)
    #               194 LOAD_ATTR                5 (NULL|self + append)
    #               214 LOAD_FAST                4 (p)
    #               216 LOAD_CONST               0 (None)
    #               218 BUILD_TUPLE              2
    #               220 CALL                     1
    #               228 POP_TOP
    #               230 JUMP_FORWARD            17 (to 266)
    #           >>  232 PUSH_EXC_INFO
    #   
    #   752         234 LOAD_GLOBAL              6 (StopIteration)
    #               244 CHECK_EXC_MATCH
    #               246 POP_JUMP_IF_FALSE        5 (to 258)
    #               248 POP_TOP
    #   
    #   753         250 POP_EXCEPT
    #               252 POP_EXCEPT
    #   
    #   760         254 LOAD_FAST                2 (bound)
    #               256 RETURN_VALUE
    #   
    #   752     >>  258 RERAISE                  0
    #           >>  260 COPY                     3
    #               262 POP_EXCEPT
    #               264 RERAISE                  1
    #   
    #   757     >>  266 POP_EXCEPT
    #               268 JUMP_BACKWARD           69 (to 132)
    #   
    #   749     >>  270 RERAISE                  0
    #           >>  272 COPY                     3
    #               274 POP_EXCEPT
    #               276 RERAISE                  1
    #   ExceptionTable:
    #     54 to 74 -> 134 [0]
    #     134 to 150 -> 272 [1] lasti
    #     154 to 174 -> 232 [1]
    #     176 to 184 -> 272 [1] lasti
    #     192 to 230 -> 272 [1] lasti
    #     232 to 248 -> 260 [2] lasti
    #     250 to 250 -> 272 [1] lasti
    #     258 to 258 -> 260 [2] lasti
    #     260 to 264 -> 272 [1] lasti
    #     270 to 270 -> 272 [1] lasti
    raise RuntimeError('depyf: could not decompile nested_else_in_clause: code copied after POP_EXCEPT in a branch of an except clause at 186')

got = fell_back(nested_else_in_clause, [1], ['a', 'b', '*', 'c'])
assert got in (FELL, [('a', 1), ('b', None)])

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
    # depyf: could not decompile break_in_clause: code copied after POP_EXCEPT in a branch of an except clause at 128
    #   845           0 RESUME                   0
    #   
    #   846           2 BUILD_LIST               0
    #                 4 STORE_FAST               1 (results)
    #   
    #   847           6 LOAD_GLOBAL              1 (NULL + iter)
    #                16 LOAD_FAST                0 (chunks)
    #                18 CALL                     1
    #                26 STORE_FAST               0 (chunks)
    #   
    #   848          28 NOP
    #   
    #   849     >>   30 NOP
    #   
    #   850          32 LOAD_GLOBAL              3 (NULL + next)
    #                42 LOAD_FAST                0 (chunks)
    #                44 CALL                     1
    #                52 STORE_FAST               2 (res)
    #   
    #   856          54 LOAD_FAST                1 (results)
    #                56 LOAD_ATTR                7 (NULL|self + append)
    #                76 LOAD_FAST                2 (res)
    #                78 CALL                     1
    #                86 POP_TOP
    #   
    #   857          88 LOAD_FAST                2 (res)
    #                90 LOAD_CONST               1 ('end')
    #                92 COMPARE_OP              40 (==)
    #                96 POP_JUMP_IF_FALSE        3 (to 104)
    #   
    #   858          98 NOP
    #   
    #   859         100 LOAD_FAST                1 (results)
    #               102 RETURN_VALUE
    #   
    #   848     >>  104 JUMP_BACKWARD           38 (to 30)
    #           >>  106 PUSH_EXC_INFO
    #   
    #   851         108 LOAD_GLOBAL              4 (StopIteration)
    #               118 CHECK_EXC_MATCH
    #               120 POP_JUMP_IF_FALSE        7 (to 136)
    #               122 POP_TOP
    #   
    #   852         124 LOAD_FAST                1 (results)
    #               126 POP_JUMP_IF_FALSE        3 (to 134)
    #   
    #   853         128 POP_EXCEPT
    #   
    #   859         130 LOAD_FAST                1 (results)
    #               132 RETURN_VALUE
    #   
    #   855     >>  134 RAISE_VARARGS            0
    #   
    #   851     >>  136 RERAISE                  0
    #           >>  138 COPY                     3
    #               140 POP_EXCEPT
    #               142 RERAISE                  1
    #   ExceptionTable:
    #     32 to 52 -> 106 [0]
    #     106 to 126 -> 138 [1] lasti
    #     134 to 136 -> 138 [1] lasti
    raise RuntimeError('depyf: could not decompile break_in_clause: code copied after POP_EXCEPT in a branch of an except clause at 128')

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
                    return None
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
