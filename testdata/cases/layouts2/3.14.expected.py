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
    while True:
        try:
            k = args.index(flag)
        except ValueError:
            break
        del args[k:k + 2]
    return args


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
    resp = []
    while True:
        line = lines.pop(0)
        resp.append(line[4:])
        try:
            code = int(line[:3])
        except ValueError:
            code = -1
            break
        if line[3:4] != '-':
            break
    return code, resp


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
