import asyncio

def keep_new(items, known):
    out = []
    for item in items:
        item = item * 2
        if item not in known:
            out.append(item)
    return out


def skip_known(items, known):
    out = []
    for item in items:
        if item in known:
            continue
        out.append(item)
    return out





class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    async def readuntil(self):
        await asyncio.sleep(0)
        if not self.chunks:
            raise EOFError('partial')
        return self.chunks.pop(0)
    async def readline(self):
        try:
            line = await self.readuntil()
        except EOFError as e:
            return str(e)
        else:
            return line


def build(name, args, fail):
    cmdline = [name] + [a.upper() for a in args]
    try:
        if fail:
            raise OSError(cmdline[0])
        return len(cmdline)
    except OSError:
        return -1


def lookup(obj):
    try:
        found = obj.primary
    except AttributeError:
        try:
            found = obj.secondary
        except AttributeError:
            pass
        else:
            return 'secondary ' + found
        found = None
    return found



class Both:
    primary = 'p'


class Second:
    secondary = 's'


def first_match(header, prefixes, boms):
    for prefix in prefixes:
        if header.startswith(prefix):
            return True
    for bom, encoding in boms:
        if header.startswith(bom):
            for start in prefixes:
                if header == bom + start:
                    return encoding
    return False

half = lambda p: p * 2 - 1 if p < 0.5 else 1 - p
assert first_match('ab', ['a'], []) is True and first_match('xb', ['b'], [('x', 'enc')]) == 'enc'
assert first_match('zz', ['a'], [('x', 'e')]) is False
assert half(0.25) == -0.5 and half(0.75) == 0.25




class Server:
    caps = None
    def capabilities(self):
        if self.fail:
            raise KeyError(1)
        return 'resp', {'VERSION': ['2', '3']}
    def __init__(self, fail):
        self.fail = fail
    def getcapabilities(self):
        if self.caps is None:
            self.version = 1
            try:
                resp, caps = self.capabilities()
            except (KeyError, ValueError):
                self.caps = {}
            else:
                self.caps = caps
                if 'VERSION' in caps:
                    self.version = max(map(int, caps['VERSION']))
                return self.caps
        return self.caps


def synthesize(table, name):
    try:
        command = table[name]
    except KeyError:
        return [None, None]
    controller = command[1]
    if controller:
        return [None, controller]
    return [None, None]

assert Server(False).getcapabilities() == {'VERSION': ['2', '3']} and Server(True).getcapabilities() == {}
assert synthesize({'a': (0, 'c')}, 'a') == [None, 'c'] and synthesize({}, 'a') == [None, None]

def drain(queue, done):
    got = []
    while True:
        try:
            item = queue.pop()
        except IndexError:
            item = None
        if item is not None:
            got.append(item)
            continue
        if done():
            return got


def skip_chars(src, pos, chars):
    try:
        while src[pos] in chars:
            pos += 1
    except IndexError:
        pass
    return pos

assert drain([1, 2], lambda: True) == [2, 1]
assert skip_chars('aab', 0, 'a') == 2 and skip_chars('aa', 0, 'a') == 2

def hostport(host, default):
    i = host.rfind(':')
    port = default
    if i > 0:
        try:
            port = int(host[i + 1:])
        except ValueError:
            if host[i + 1:] == '':
                port = default
            else:
                raise KeyError(host)
        host = host[:i]
    return host, port

assert hostport('a:8', 80) == ('a', 8) and hostport('a:', 80) == ('a', 80) and hostport('a', 80) == ('a', 80)
try:
    hostport('a:x', 80)
    raise AssertionError('no error')
except KeyError:
    pass



class Failing:
    def __init__(self, errno):
        self.errno = errno
    def open(self, mode):
        if mode == 'rb+':
            error = OSError(self.errno, 'no')
            raise error
        return mode


def open_box(box, create):
    # depyf: could not decompile open_box: code copied after POP_EXCEPT in a branch of an except clause at 240
    #    188            RESUME                   0
    #   
    #    189            NOP
    #   
    #    190    L1:     LOAD_FAST_BORROW         0 (box)
    #                   LOAD_ATTR                1 (open + NULL|self)
    #                   LOAD_CONST               0 ('rb+')
    #                   CALL                     1
    #                   STORE_FAST               2 (f)
    #   
    #    201    L2:     LOAD_FAST_BORROW         2 (f)
    #                   RETURN_VALUE
    #   
    #     --    L3:     PUSH_EXC_INFO
    #   
    #    191            LOAD_GLOBAL              2 (OSError)
    #                   CHECK_EXC_MATCH
    #                   POP_JUMP_IF_FALSE      107 (to L13)
    #                   NOT_TAKEN
    #                   STORE_FAST               3 (e)
    #   
    #    192    L4:     LOAD_FAST                3 (e)
    #                   LOAD_ATTR                4 (errno)
    #                   LOAD_SMALL_INT           2
    #                   COMPARE_OP              88 (bool(==))
    #                   POP_JUMP_IF_FALSE       38 (to L8)
    #                   NOT_TAKEN
    #   
    #    193            LOAD_FAST                1 (create)
    #                   TO_BOOL
    #                   POP_JUMP_IF_FALSE       19 (to L7)
    #           L5:     NOT_TAKEN
    #   
    #    194    L6:     LOAD_FAST                0 (box)
    #                   LOAD_ATTR                1 (open + NULL|self)
    #                   LOAD_CONST               1 ('wb+')
    #                   CALL                     1
    #                   STORE_FAST               2 (f)
    #                   JUMP_FORWARD            52 (to L11)
    #   
    #    196    L7:     LOAD_GLOBAL              7 (KeyError + NULL)
    #                   LOAD_CONST               2 ('missing')
    #                   CALL                     1
    #                   RAISE_VARARGS            1
    #   
    #    197    L8:     LOAD_FAST                3 (e)
    #                   LOAD_ATTR                4 (errno)
    #                   LOAD_CONST               5 ((1, 3))
    #                   CONTAINS_OP              0 (in)
    #                   POP_JUMP_IF_FALSE       24 (to L10)
    #                   NOT_TAKEN
    #   
    #    198            LOAD_FAST                0 (box)
    #                   LOAD_ATTR                1 (open + NULL|self)
    #                   LOAD_CONST               3 ('rb')
    #                   CALL                     1
    #                   STORE_FAST               2 (f)
    #           L9:     POP_EXCEPT
    #                   LOAD_CONST               4 (None)
    #                   STORE_FAST               3 (e)
    #                   DELETE_FAST              3 (e)
    #   
    #    201            LOAD_FAST                2 (f)
    #                   RETURN_VALUE
    #   
    #    200   L10:     RAISE_VARARGS            0
    #   
    #    194   L11:     POP_EXCEPT
    #                   LOAD_CONST               4 (None)
    #                   STORE_FAST               3 (e)
    #                   DELETE_FAST              3 (e)
    #   
    #    201            LOAD_FAST                2 (f)
    #                   RETURN_VALUE
    #   
    #     --   L12:     LOAD_CONST               4 (None)
    #                   STORE_FAST               3 (e)
    #                   DELETE_FAST              3 (e)
    #                   RERAISE                  1
    #   
    #    191   L13:     RERAISE                  0
    #   
    #     --   L14:     COPY                     3
    #                   POP_EXCEPT
    #                   RERAISE                  1
    #   ExceptionTable:
    #     L1 to L2 -> L3 [0]
    #     L3 to L4 -> L14 [1] lasti
    #     L4 to L5 -> L12 [1] lasti
    #     L6 to L9 -> L12 [1] lasti
    #     L10 to L11 -> L12 [1] lasti
    #     L12 to L14 -> L14 [1] lasti
    raise RuntimeError('depyf: could not decompile open_box: code copied after POP_EXCEPT in a branch of an except clause at 240')

assert open_box(Failing(2), True) == 'wb+' and open_box(Failing(3), False) == 'rb'
for errno, create, expected in (2, False, KeyError), (9, True, OSError):
    try:
        open_box(Failing(errno), create)
        raise AssertionError('no error')
    except expected:
        pass
assert keep_new([1, 2, 3], {4}) == [2, 6]
assert skip_known([1, 2, 3], {2}) == [1, 3]
assert asyncio.run(Reader(['a']).readline()) == 'a'
assert asyncio.run(Reader([]).readline()) == 'partial'
assert build('x', ['b'], False) == 2 and build('x', [], True) == -1
assert lookup(Both()) == 'p' and lookup(Second()) == 'secondary s' and lookup(1) is None
