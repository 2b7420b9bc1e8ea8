global cache

def class_tree(classes, known):
    children = {}
    roots = []
    for c in classes:
        if c[1]:
            for parent in c[1]:
                children.setdefault(parent, []).append(c[0])
                if known:
                    if parent in known:
                        break
        elif c not in roots:
            roots.append(c)
    return children, roots


def pick_parser(formats, header, fmt):
    if fmt is None:
        for name, detect in formats:
            if detect(header):
                parser = name
                break
        else:
            raise ValueError('unknown')
        return 'parsed by ' + parser
    parser = fmt
    return 'parsed by ' + parser


def pick_screen(kind, screens, canvas):
    if kind == 'screen':
        screen = canvas
        return screen
    if kind == 'canvas':
        for s in screens:
            if s == canvas:
                screen = s
                break
        else:
            screen = 'new ' + canvas
            screens.append(screen)
        return screen
    raise TypeError(kind)


def common_prefix(items, out):
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
                continue
            if item[0] != prefix:
                break
        else:
            for item in items:
                del item[0]
            out.append(prefix)
            continue
        break
    result = []
    for p in out:
        result.append(p)
    return result


def split_name(name, limit):
    components = name.split('/')
    for i in range(1, len(components)):
        prefix = '/'.join(components[:i])
        rest = '/'.join(components[i:])
        if len(prefix) <= limit:
            if len(rest) <= limit:
                break
    else:
        raise ValueError('name is too long')
    return prefix, rest

cache = None

def read_first(candidates):
    global cache
    if cache is None:
        errors = []
        for candidate in candidates:
            try:
                cache = int(candidate)
                break
            except ValueError as e:
                errors.append(str(e))
        else:
            raise OSError(len(errors), 'no candidate')
    return cache


def squeeze(pat):
    # depyf: could not decompile squeeze: a test leaves the loop at 150
    #   106           0 RESUME                   0
    #   
    #   108           2 BUILD_LIST               0
    #                 4 STORE_FAST               1 (out)
    #   
    #   109           6 LOAD_CONST               1 (0)
    #                 8 LOAD_GLOBAL              1 (NULL + len)
    #                18 LOAD_FAST                0 (pat)
    #                20 CALL                     1
    #                28 STORE_FAST               3 (n)
    #                30 STORE_FAST               2 (i)
    #   
    #   110          32 LOAD_FAST                2 (i)
    #                34 LOAD_FAST                3 (n)
    #                36 COMPARE_OP               2 (<)
    #                40 POP_JUMP_IF_FALSE      111 (to 264)
    #   
    #   111     >>   42 LOAD_FAST                0 (pat)
    #                44 LOAD_FAST                2 (i)
    #                46 BINARY_SUBSCR
    #                50 STORE_FAST               4 (c)
    #   
    #   112          52 LOAD_FAST                2 (i)
    #                54 LOAD_CONST               2 (1)
    #                56 BINARY_OP                0 (+)
    #                60 STORE_FAST               2 (i)
    #   
    #   113          62 LOAD_FAST                4 (c)
    #                64 LOAD_CONST               3 ('*')
    #                66 COMPARE_OP              40 (==)
    #                70 POP_JUMP_IF_FALSE       50 (to 172)
    #   
    #   114          72 LOAD_FAST                1 (out)
    #                74 LOAD_ATTR                3 (NULL|self + append)
    #                94 LOAD_CONST               4 ('.*')
    #                96 CALL                     1
    #               104 POP_TOP
    #   
    #   115         106 LOAD_FAST                2 (i)
    #               108 LOAD_FAST                3 (n)
    #               110 COMPARE_OP               2 (<)
    #               114 POP_JUMP_IF_FALSE       68 (to 252)
    #               116 LOAD_FAST                0 (pat)
    #               118 LOAD_FAST                2 (i)
    #               120 BINARY_SUBSCR
    #               124 LOAD_CONST               3 ('*')
    #               126 COMPARE_OP              40 (==)
    #               130 POP_JUMP_IF_FALSE       60 (to 252)
    #   
    #   116     >>  132 LOAD_FAST                2 (i)
    #               134 LOAD_CONST               2 (1)
    #               136 BINARY_OP               13 (+=)
    #               140 STORE_FAST               2 (i)
    #   
    #   115         142 LOAD_FAST                2 (i)
    #               144 LOAD_FAST                3 (n)
    #               146 COMPARE_OP               2 (<)
    #               150 POP_JUMP_IF_FALSE       50 (to 252)
    #               152 LOAD_FAST                0 (pat)
    #               154 LOAD_FAST                2 (i)
    #               156 BINARY_SUBSCR
    #               160 LOAD_CONST               3 ('*')
    #               162 COMPARE_OP              40 (==)
    #               166 POP_JUMP_IF_FALSE        1 (to 170)
    #               168 JUMP_BACKWARD           19 (to 132)
    #           >>  170 JUMP_FORWARD            40 (to 252)
    #   
    #   117     >>  172 LOAD_FAST                4 (c)
    #               174 LOAD_CONST               5 ('?')
    #               176 COMPARE_OP              40 (==)
    #               180 POP_JUMP_IF_FALSE       18 (to 218)
    #   
    #   118         182 LOAD_FAST                1 (out)
    #               184 LOAD_ATTR                3 (NULL|self + append)
    #               204 LOAD_CONST               6 ('.')
    #               206 CALL                     1
    #               214 POP_TOP
    #               216 JUMP_FORWARD            17 (to 252)
    #   
    #   120     >>  218 LOAD_FAST                1 (out)
    #               220 LOAD_ATTR                3 (NULL|self + append)
    #               240 LOAD_FAST                4 (c)
    #               242 CALL                     1
    #               250 POP_TOP
    #   
    #   110     >>  252 LOAD_FAST                2 (i)
    #               254 LOAD_FAST                3 (n)
    #               256 COMPARE_OP               2 (<)
    #               260 POP_JUMP_IF_FALSE        1 (to 264)
    #               262 JUMP_BACKWARD          111 (to 42)
    #   
    #   121     >>  264 LOAD_CONST               7 ('')
    #               266 LOAD_ATTR                5 (NULL|self + join)
    #               286 LOAD_FAST                1 (out)
    #               288 CALL                     1
    #               296 RETURN_VALUE
    raise RuntimeError('depyf: could not decompile squeeze: a test leaves the loop at 150')


def walk_parts(parts, links):
    # depyf: could not decompile walk_parts: unstructured backward jump at 206
    #   124           0 RESUME                   0
    #   
    #   126           2 LOAD_CONST               1 ('')
    #                 4 STORE_FAST               2 (path)
    #   
    #   127           6 LOAD_GLOBAL              1 (NULL + list)
    #                16 LOAD_GLOBAL              3 (NULL + reversed)
    #                26 LOAD_FAST                0 (parts)
    #                28 CALL                     1
    #                36 CALL                     1
    #                44 STORE_FAST               3 (rest)
    #   
    #   128     >>   46 LOAD_FAST                3 (rest)
    #                48 POP_JUMP_IF_FALSE       57 (to 164)
    #   
    #   129     >>   50 LOAD_FAST                3 (rest)
    #                52 LOAD_ATTR                5 (NULL|self + pop)
    #                72 CALL                     0
    #                80 STORE_FAST               4 (name)
    #   
    #   130          82 LOAD_FAST                2 (path)
    #                84 LOAD_CONST               2 ('/')
    #                86 BINARY_OP                0 (+)
    #                90 LOAD_FAST                4 (name)
    #                92 BINARY_OP                0 (+)
    #                96 STORE_FAST               5 (newpath)
    #   
    #   131          98 NOP
    #   
    #   132         100 LOAD_FAST                1 (links)
    #               102 LOAD_FAST                5 (newpath)
    #               104 BINARY_SUBSCR
    #               108 STORE_FAST               6 (target)
    #   
    #   136         110 LOAD_FAST                3 (rest)
    #               112 LOAD_ATTR                7 (NULL|self + extend)
    #               132 LOAD_GLOBAL              3 (NULL + reversed)
    #               142 LOAD_FAST                6 (target)
    #               144 CALL                     1
    #               152 CALL                     1
    #               160 POP_TOP
    #   
    #   137         162 JUMP_BACKWARD           59 (to 46)
    #   
    #   139     >>  164 LOAD_FAST                2 (path)
    #               166 RETURN_VALUE
    #           >>  168 PUSH_EXC_INFO
    #   
    #   133         170 LOAD_GLOBAL              8 (KeyError)
    #               180 CHECK_EXC_MATCH
    #               182 POP_JUMP_IF_FALSE        3 (to 190)
    #               184 POP_TOP
    #   
    #   134         186 POP_EXCEPT
    #               188 JUMP_FORWARD             4 (to 198)
    #   
    #   133     >>  190 RERAISE                  0
    #           >>  192 COPY                     3
    #               194 POP_EXCEPT
    #               196 RERAISE                  1
    #   
    #   138     >>  198 LOAD_FAST                5 (newpath)
    #               200 STORE_FAST               2 (path)
    #   
    #   128         202 LOAD_FAST                3 (rest)
    #               204 POP_JUMP_IF_FALSE        1 (to 208)
    #               206 JUMP_BACKWARD           79 (to 50)
    #           >>  208 JUMP_BACKWARD           23 (to 164)
    #   ExceptionTable:
    #     100 to 108 -> 168 [0]
    #     168 to 184 -> 192 [1] lasti
    #     190 to 190 -> 192 [1] lasti
    raise RuntimeError('depyf: could not decompile walk_parts: unstructured backward jump at 206')


def toc(lines):
    starts, stops = ([], [])
    pos = 0
    while True:
        line = lines[pos] if pos < len(lines) else ''
        pos += 1
        if line.startswith('{'):
            starts.append(pos)
            while True:
                line = lines[pos] if pos < len(lines) else ''
                pos += 1
                if line == '}':
                    stops.append(pos - 1)
                    break
                if not line:
                    stops.append(pos)
                    break
        elif not line:
            return starts, stops


def dedent(indents, pos, indent):
    repeat = 1
    ls = pos
    while ls > 0:
        ls, pi = (ls - 1, indents[ls - 1])
        if pi is not None and pi < indent:
            repeat = indent - pi
            return repeat
    return repeat


def put_wait(q, block, timeout, limit):
    waits = 0
    if limit > 0:
        if not block:
            if len(q) >= limit:
                raise OverflowError
        elif timeout is None:
            while len(q) >= limit:
                q.pop()
                waits += 1
        else:
            if timeout < 0:
                raise ValueError
            while len(q) >= limit:
                q.pop(0)
    q.append('x')
    return waits, q


def drain_queue(queue, out, recursive):
    if not recursive:
        queue = list(queue)
        while queue:
            x = queue.pop()
            out.append(x)
            if x > 1:
                queue.append(x - 1)


def comm(ready, stdin, out, limit):
    for key in ready:
        if key is stdin:
            try:
                n = len(key)
            except TypeError:
                out.append('bad')
                continue
            if not n >= limit:
                continue
            out.append('full')
            continue
        if key in out:
            out.append('seen')
    return out

assert class_tree([('a', ()), ('b', ('a',)), ('c', ('a', 'b'))], None) == ({'a': ['b', 'c'], 'b': ['c']}, [('a', ())])
assert class_tree([('a', ()), ('a', ()), ('c', ('x', 'b'))], ['x']) == ({'x': ['c']}, [('a', ())])
formats = [('xml', lambda h: h.startswith('<')), ('bin', lambda h: h.startswith('b'))]
assert pick_parser(formats, 'bplist', None) == 'parsed by bin'
assert pick_parser(formats, '<?xml', None) == 'parsed by xml'
assert pick_parser(formats, '', 'raw') == 'parsed by raw'
try:
    pick_parser(formats, '?', None)
    assert False
except ValueError:
    pass
screens = ['s1']
assert pick_screen('canvas', screens, 's1') == 's1' and screens == ['s1']
assert pick_screen('canvas', screens, 'c2') == 'new c2' and screens == ['s1', 'new c2']
assert pick_screen('screen', screens, 'x') == 'x'
assert common_prefix([[1, 2, 3], [1, 2, 4]], []) == [1, 2]
assert common_prefix([[1], [2]], []) == []
assert common_prefix([[], [1]], []) == []
assert split_name('a/bb/ccc', 4) == ('a/bb', 'ccc')
try:
    split_name('aaaaa/bbbbb', 3)
    assert False
except ValueError:
    pass
assert read_first(['x', '7', '8']) == 7
assert read_first(['9']) == 7
cache = None
try:
    read_first(['x'])
    assert False
except OSError:
    pass
assert squeeze('a**b?c*') == 'a.*b.c.*'
assert walk_parts(['a', 'b'], {}) == '/a/b'
assert walk_parts(['a', 'l'], {'/a/l': ['c']}) == '/a/c'
assert toc(['{', 'x', '}', 'y', '{', 'z']) == ([1, 5], [2, 7])
assert dedent([0, 4, None, 8], 4, 8) == 4
assert dedent([None, None], 2, 4) == 1
assert dedent([8, 8], 2, 4) == 1
assert put_wait([1, 2, 3], True, None, 2) == (2, [1, 'x'])
assert put_wait([1, 2, 3], True, 5, 2) == (0, [3, 'x'])
assert put_wait([1], False, None, 2) == (0, [1, 'x'])
out = []
drain_queue([3], out, False)
assert out == [3, 2, 1]
drain_queue([3], out, True)
assert out == [3, 2, 1]
assert comm(['ab', 'abc', 5, 'x'], 'ab', ['x'], 3) == ['x', 'seen']
assert comm(['ab', 'ab', 5], 'ab', [], 2) == ['full', 'full']
assert comm([1, 1], 1, [], 2) == ['bad', 'bad']
assert comm(['a', 'a'], 'a', ['a'], 3) == ['a']

def prune(parts, out):
    head, tail = parts.pop() if parts else (None, None)
    if head:
        if tail:
            while True:
                out.append(head + tail)
                head, tail = parts.pop() if parts else (None, None)
                if head:
                    if tail:
                        continue
                    return None
                else:
                    break

res = []
prune([('a', ''), ('b', 'c'), ('d', 'e')], res)
assert res == ['de', 'bc']
