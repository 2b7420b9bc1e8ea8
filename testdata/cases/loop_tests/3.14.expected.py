calls = []





class Reader:
    def __init__(self, size, chunks):
        self.size = size
        self.chunks = list(chunks)
    def read(self):
        calls.append('read')
        if self.chunks:
            return self.chunks.pop(0)
        return b''


def drain(r):
    if r.size < 0:
        while r.read():
            pass
    return r.size


def either(g, h, y):
    while g(y) or h(y):
        y += 1
    return y


def both_then_loop(a, b, items):
    if a and b:
        while items and items[-1] > 0:
            items.pop()
    return items


def counted(n, log):
    def more():
        log.append(n)
        return len(log) < n
    while more() and len(log) < 10:
        pass
    return len(log)


def tokens(source, raw, log):
    if source is not None:
        while raw == source:
            log.append(raw)
            raw = log.pop(0) if len(log) > 3 else source + 1
    return raw


def last_pass(items):
    out = []
    last = False
    while not last:
        out.append(items.pop(0))
        last = not items
    return out


class Frame:
    def __init__(self, back=None):
        self.back = back
        self.trace = True


def untrace(frame, bottom, log):
    if log is not None:
        log.append('start')
        while frame and frame is not bottom:
            del frame.trace
            log.append('untraced')
            frame = frame.back

untrace_log = []
chain = Frame(Frame(Frame()))
untrace(chain, None, untrace_log)
assert untrace_log == ['start'] + ['untraced'] * 3 and not hasattr(chain.back.back, 'trace')
stop = Frame()
chain = Frame(Frame(stop))
untrace_log = []
untrace(chain, stop, untrace_log)
assert untrace_log == ['start', 'untraced', 'untraced'] and stop.trace
assert tokens(None, 1, []) == 1 and tokens(1, 1, []) == 2 and tokens(1, 2, []) == 2
assert last_pass([1, 2, 3]) == [1, 2, 3]
assert drain(Reader(-1, [b'a', b'b'])) == -1 and calls == ['read'] * 3
calls.clear()
assert drain(Reader(1, [b'a'])) == 1 and calls == []
seen = []
assert either(lambda y: seen.append(('g', y)) or y < 2, lambda y: seen.append(('h', y)) or y < 3, 0) == 3
assert seen == [('g', 0), ('g', 1), ('g', 2), ('h', 2), ('g', 3), ('h', 3)]
assert both_then_loop(1, 1, [0, 2, 3]) == [0] and both_then_loop(1, 0, [1]) == [1]
assert counted(4, []) == 4

def retry_pop(stack, calls):
    node = None
    while stack:
        try:
            node = calls[-1]()
        except StopIteration:
            calls.pop()
            stack.pop()
            continue
        else:
            return node
    return node


def find_each(groups, calls):
    found = []
    for g in groups:
        while calls:
            try:
                found.append(calls[-1]())
                break
            except StopIteration:
                calls.pop()
                continue
        else:
            break
    return found


def count_marks(lines, log):
    total = 0
    for line in lines:
        i = 0
        while i < len(line):
            c = line[i]
            if c != '=':
                i += 1
                continue
            log.append(i)
            i += 2
        total += i
    return total


def count_runs(lines, log):
    for line in lines:
        i = 0
        while i < len(line):
            if line[i] == '=':
                i += 2
            else:
                i += 1
            if i == len(line):
                log.append(line)


def _raiser():
    raise StopIteration

assert retry_pop([1, 2], [lambda: 5, _raiser]) == 5 and retry_pop([1], [_raiser]) is None
assert find_each([1, 2, 3], [lambda: 7, _raiser]) == [7, 7, 7] and find_each([1, 2], [_raiser]) == []
marks = []
assert count_marks(['a=b', '==', ''], marks) == 5 and marks == [1, 0]
runs = []
count_runs(['a=b', 'ab', '=x='], runs)
assert runs == ['a=b', 'ab']

def parse_ints(args, out):
    for a in args:
        if a:
            try:
                out.append(int(a))
                continue
            except ValueError:
                pass
            out.append(a)
        else:
            out.append(0)
    return out


def first_int(args, out):
    for a in args:
        try:
            out.append(int(a))
            break
        except ValueError:
            pass
        if a == 'x':
            out.append(1)
        else:
            out.append(2)
    return out


def common_suffix(a, b, post):
    while a[:post or None] and b[:post or None] and a[post - 1] == b[post - 1]:
        post -= 1
    return post


def skip_ident(line, chars):
    i, n = (0, len(line))
    while i < n and line[i] in chars:
        i = i + 1
    return i


def drain_all(groups, pending, log):
    for g in groups:
        while True:
            log.append(g)
            while pending:
                try:
                    pending.pop()()
                    break
                except ValueError:
                    log.append('skip')
                    continue
            else:
                break
    return log


def _bad():
    raise ValueError

assert parse_ints(['1', 'a', ''], []) == [1, 'a', 0]
assert first_int(['y', 'x', '3', '4'], []) == [2, 1, 3]
assert common_suffix('abcxy', 'zzxy', 0) == -2 and common_suffix('ab', 'cd', 0) == 0
assert skip_ident('abc def', 'abcdef') == 3 and skip_ident('', 'a') == 0
assert drain_all([1, 2], [lambda: 0, _bad, lambda: 1], []) == [1, 1, 'skip', 1, 2]

def reserve(names, taken, log):
    if names:
        while True:
            name = names.pop(0)
            try:
                log.append(taken[name])
            except KeyError:
                continue
            log.append(name)
            return log
    log.append('none')
    return log

assert reserve(['a', 'b', 'c'], {'b': 2, 'c': 3}, []) == [2, 'b'] and reserve([], {}, []) == ['none']
