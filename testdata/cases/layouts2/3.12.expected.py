def index_of(seq, value, start=0, stop=None):
    i = start
    if stop is None:
        stop = len(seq)
    while i < stop:
        try:
            v = seq[i]
        except IndexError:
            break
        if v is value or v == value:
            return i
        i += 1
    raise ValueError


def total_until_missing(xs):
    i = 0
    total = 0
    while i < 10:
        try:
            v = xs[i]
        except IndexError:
            break
        total += v
        i += 1
    return total


def strip_flag(args, flag):
    # depyf: could not decompile strip_flag: code copied after an except clause's POP_EXCEPT at 58
    #    35           0 RESUME                   0
    #   
    #    36           2 NOP
    #   
    #    37     >>    4 NOP
    #   
    #    38           6 LOAD_FAST                0 (args)
    #                 8 LOAD_ATTR                1 (NULL|self + index)
    #                28 LOAD_FAST                1 (flag)
    #                30 CALL                     1
    #                38 STORE_FAST               2 (k)
    #   
    #    41          40 LOAD_FAST                0 (args)
    #                42 LOAD_FAST                2 (k)
    #                44 LOAD_FAST                2 (k)
    #                46 LOAD_CONST               1 (2)
    #                48 BINARY_OP                0 (+)
    #                52 BUILD_SLICE              2
    #                54 DELETE_SUBSCR
    #   
    #    36          56 JUMP_BACKWARD           27 (to 4)
    #           >>   58 PUSH_EXC_INFO
    #   
    #    39          60 LOAD_GLOBAL              2 (ValueError)
    #                70 CHECK_EXC_MATCH
    #                72 POP_JUMP_IF_FALSE        4 (to 82)
    #                74 POP_TOP
    #   
    #    40          76 POP_EXCEPT
    #   
    #    42          78 LOAD_FAST                0 (args)
    #                80 RETURN_VALUE
    #   
    #    39     >>   82 RERAISE                  0
    #           >>   84 COPY                     3
    #                86 POP_EXCEPT
    #                88 RERAISE                  1
    #   ExceptionTable:
    #     6 to 38 -> 58 [0]
    #     58 to 74 -> 84 [1] lasti
    #     82 to 82 -> 84 [1] lasti
    raise RuntimeError("depyf: could not decompile strip_flag: code copied after an except clause's POP_EXCEPT at 58")


def strip_in_branch(args, strip, other):
    if strip:
        args = list(args)
        while True:
            try:
                k = args.index('-arch')
                del args[k:k + 2]
            except ValueError:
                break
    elif other:
        args.append('x')
    if other:
        args = args + ['y']
    return args


def read_reply(lines):
    # depyf: could not decompile read_reply: code copied after an except clause's POP_EXCEPT at 140
    #    61           0 RESUME                   0
    #   
    #    62           2 BUILD_LIST               0
    #                 4 STORE_FAST               1 (resp)
    #   
    #    63           6 NOP
    #   
    #    64     >>    8 LOAD_FAST                0 (lines)
    #                10 LOAD_ATTR                1 (NULL|self + pop)
    #                30 LOAD_CONST               1 (0)
    #                32 CALL                     1
    #                40 STORE_FAST               2 (line)
    #   
    #    65          42 LOAD_FAST                1 (resp)
    #                44 LOAD_ATTR                3 (NULL|self + append)
    #                64 LOAD_FAST                2 (line)
    #                66 LOAD_CONST               2 (4)
    #                68 LOAD_CONST               0 (None)
    #                70 BINARY_SLICE
    #                72 CALL                     1
    #                80 POP_TOP
    #   
    #    66          82 NOP
    #   
    #    67          84 LOAD_GLOBAL              5 (NULL + int)
    #                94 LOAD_FAST                2 (line)
    #                96 LOAD_CONST               0 (None)
    #                98 LOAD_CONST               3 (3)
    #               100 BINARY_SLICE
    #               102 CALL                     1
    #               110 STORE_FAST               3 (code)
    #   
    #    71         112 LOAD_FAST                2 (line)
    #               114 LOAD_CONST               3 (3)
    #               116 LOAD_CONST               2 (4)
    #               118 BINARY_SLICE
    #               120 LOAD_CONST               5 ('-')
    #               122 COMPARE_OP              55 (!=)
    #               126 POP_JUMP_IF_FALSE        5 (to 138)
    #   
    #    72         128 NOP
    #   
    #    73         130 LOAD_FAST                3 (code)
    #               132 LOAD_FAST                1 (resp)
    #               134 BUILD_TUPLE              2
    #               136 RETURN_VALUE
    #   
    #    63     >>  138 JUMP_BACKWARD           66 (to 8)
    #           >>  140 PUSH_EXC_INFO
    #   
    #    68         142 LOAD_GLOBAL              6 (ValueError)
    #               152 CHECK_EXC_MATCH
    #               154 POP_JUMP_IF_FALSE        8 (to 172)
    #               156 POP_TOP
    #   
    #    69         158 LOAD_CONST               4 (-1)
    #               160 STORE_FAST               3 (code)
    #   
    #    70         162 POP_EXCEPT
    #   
    #    73         164 LOAD_FAST                3 (code)
    #               166 LOAD_FAST                1 (resp)
    #               168 BUILD_TUPLE              2
    #               170 RETURN_VALUE
    #   
    #    68     >>  172 RERAISE                  0
    #           >>  174 COPY                     3
    #               176 POP_EXCEPT
    #               178 RERAISE                  1
    #   ExceptionTable:
    #     84 to 110 -> 140 [0]
    #     140 to 160 -> 174 [1] lasti
    #     172 to 172 -> 174 [1] lasti
    raise RuntimeError("depyf: could not decompile read_reply: code copied after an except clause's POP_EXCEPT at 140")


def drain_in_branch(chunks, post, limit):
    if post:
        data = []
        for c in chunks:
            try:
                data.append(int(c))
            except ValueError:
                break
            if len(data) >= limit:
                break
        else:
            return data
        return data
    data = None
    return data


def nested_drain(groups):
    out = []
    for g in groups:
        if g:
            g = list(g)
            while True:
                try:
                    out.append(g.pop())
                except IndexError:
                    break
        else:
            out.append('-')
    return out


def guarded_drain(cm, items):
    with cm:
        while True:
            try:
                items.pop()
            except IndexError:
                break
    return items


def first_flag(indices, argv):
    root = None
    for k in indices:
        if argv[k] == '-isysroot':
            root = argv[k + 1]
            break
        root = argv[k][9:]
        break
    else:
        return root
    return root


class Reader:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def read(self):
        self.calls += 1
        self.n -= 1
        return self.n > 0


def drain_if(size, reader):
    if size < 0:
        while reader.read():
            pass
    return reader.calls


def strip_zeros(n, d):
    while d > 0 and n % 10 == 0:
        n //= 10
        d -= 1
    return n, d


def skip_until(items, stop=None):
    i = 0
    while i < len(items) and (stop is None or items[i] != stop):
        i += 1
    return i


def pop_none(xs):
    key = None
    while key is None:
        key = xs.pop()
    return key


def overlap(prefix):
    table = [0] * len(prefix)
    for i in range(1, len(prefix)):
        idx = table[i - 1]
        while prefix[i] != prefix[idx]:
            if idx == 0:
                table[i] = 0
                break
            idx = table[idx - 1]
        else:
            table[i] = idx + 1
            continue
    return table


def trim_rows(rows, ncols):
    out = []
    for row in rows:
        texts = []
        for col in range(ncols):
            if col >= len(row):
                x = ''
            else:
                x = row[col]
            texts.append(x)
        while texts and not texts[-1]:
            del texts[-1]
        out.append(texts)
    return out

assert index_of([4, 5, 6], 6) == 2 and index_of([4, 5, 6], 5, 0, 3) == 1
for bad in ([4, 5], 9), ([4, 5, 6], 6, 0, 2):
    try:
        index_of(*bad)
    except ValueError:
        continue
    raise AssertionError(bad)
assert total_until_missing([1, 2, 3]) == 6 and total_until_missing(list(range(20))) == 45
assert strip_flag(['a', '-x', '1', 'b', '-x', '2'], '-x') == ['a', 'b'] and strip_flag([], '-x') == []
assert strip_in_branch(['-arch', 'i', 'z'], True, False) == ['z']
assert strip_in_branch(['-arch', 'i', 'z'], True, True) == ['z', 'y']
assert strip_in_branch(['z'], False, True) == ['z', 'x', 'y'] and strip_in_branch(['z'], False, False) == ['z']
assert read_reply(['250-a', '250 b', '999 c']) == (250, ['a', 'b'])
assert read_reply(['25x-a', '250 b']) == (-1, ['a'])
assert drain_in_branch(['1', '2', 'x', '4'], True, 9) == [1, 2] and drain_in_branch(['1', '2', '3'], True, 2) == [1, 2]
assert drain_in_branch(['1'], False, 9) is None
assert nested_drain([[1, 2], [], [3]]) == [2, 1, '-', 3]
import contextlib
assert guarded_drain(contextlib.nullcontext(), [1, 2]) == []
assert first_flag([1, 2], ['a', '-isysroot', 'x', 'y']) == 'x' and first_flag([2, 0], ['-isysroot=a', 'b', '-isysrootZZ']) == 'ZZ'
assert first_flag([], []) is None
assert drain_if(-1, Reader(4)) == 4 and drain_if(1, Reader(4)) == 0
assert strip_zeros(12000, 2) == (120, 0) and strip_zeros(7, 3) == (7, 3)
assert skip_until([1, 2, 3], 3) == 2 and skip_until([1, 2]) == 2
assert pop_none([5, None, None]) == 5
assert overlap('abab') == [0, 0, 1, 2] and overlap('aaa') == [0, 1, 2] and overlap('abc') == [0, 0, 0]
assert trim_rows([['a', ''], ['', 'b']], 3) == [['a'], ['', 'b']]
