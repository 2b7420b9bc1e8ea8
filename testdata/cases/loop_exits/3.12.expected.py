def sift(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = pos - 1 >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem
    return heap


def countdown(x):
    while x:
        if x > 5:
            x -= 1
            continue
        return x
    return x


def first_small(items):
    for x in items:
        if x > 3:
            continue
        break
    else:
        return None
    return x


def checked_while(items):
    while items:
        x = items.pop()
        assert x, 'zero'
    return 'done'


def checked_for(items):
    for x in items:
        assert 0 < x < 5, x
    return len(items)


def checked_forever(items):
    while True:
        x = items.pop()
        assert x, x


class Frame:
    def __init__(self, ok, back=None):
        self.ok = ok
        self.back = back


def depth(frame, n):
    try:
        f = frame()
    except AttributeError:
        pass
    else:
        while f:
            if not f.ok:
                return n
            f = f.back
            n += 1
    return n


def raises(f, *args):
    try:
        f(*args)
    except AssertionError as e:
        return e.args

assert checked_while([1, 2]) == 'done' and raises(checked_while, [1, 0, 2]) == ('zero',)
assert checked_for([1, 2]) == 2 and raises(checked_for, [1, 7]) == (7,)
assert raises(checked_forever, [0, 1, 2]) == (0,) and raises(checked_forever, [None, 3]) == (None,)
assert depth(lambda: Frame(True, Frame(True, Frame(False))), 0) == 2 and depth(lambda: None, 5) == 5
assert depth(lambda: Frame(True, Frame(True)), 1) == 3
assert sift([1, 5, 9, 0], 0, 3) == [0, 1, 9, 5]
assert sift([0, 5, 9, 7], 0, 3) == [0, 5, 9, 7]
assert countdown(9) == 5 and countdown(3) == 3 and countdown(0) == 0
assert first_small([7, 8, 2, 9]) == 2 and first_small([7]) is None

def pull(chunks, size, log):
    while True:
        buf = next(chunks)
        got = buf[:size]
        if got != '':
            break
        if buf == '':
            raise EOFError('ended')
    log.append(got)
    log.append(len(got))
    return got


def pull_or(chunks, size):
    try:
        return pull(chunks, size, [])
    except EOFError:
        return 'eof'
    except RuntimeError as e:
        if 'depyf: could not decompile' not in str(e):
            raise
        return 'fell'

assert pull_or(iter(['abc']), 2) in ('ab', 'fell') and pull_or(iter(['abc', '']), 0) in ('eof', 'fell')

def fill_if(out, items):
    if items:
        for k, v in items:
            out[k] = v


def fill_until(out, items, stop):
    if items:
        for k, v in items:
            if k == stop:
                break
            out[k] = v

assert fill_if({}, [(1, 2), (3, 4)]) == None
d = {}
fill_if(d, [(1, 2), (3, 4)])
assert d == {1: 2, 3: 4}
fill_if(d, [])
d2 = {}
fill_until(d2, [(1, 2), (3, 4), (5, 6)], 5)
assert d2 == {1: 2, 3: 4}
