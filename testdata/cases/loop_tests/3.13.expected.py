calls = []





class Reader:
    def __init__(self, size, chunks):
        self.size = size
        self.chunks = list(chunks)
    def read(self):
        calls.append('read')
        return self.chunks.pop(0) if self.chunks else b''


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
        if frame:
            if frame is not bottom:
                while True:
                    del frame.trace
                    log.append('untraced')
                    frame = frame.back
                    if not frame:
                        return None
                    if not frame is not bottom:
                        break

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
