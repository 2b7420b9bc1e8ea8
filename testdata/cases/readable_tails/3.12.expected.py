log = []

def emit_all(ops, flags):
    out = []
    for op, av in ops:
        if op == 'lit':
            if flags & 1:
                out.append(av.lower())
            elif flags & 2:
                out.append(av.upper())
            else:
                out.append(av)
        elif op == 'in':
            out.append('[')
            for a in av:
                out.append(a)
            out.append(']')
        elif op == 'any':
            if flags & 4:
                out.append('.*')
            else:
                out.append('.')
        else:
            out.append('?')
    return out

assert emit_all([('lit', 'Ab'), ('in', 'xy'), ('any', None), ('zz', 0)], 0) == ['Ab', '[', 'x', 'y', ']', '.', '?']
assert emit_all([('lit', 'Ab'), ('any', None)], 1) == ['ab', '.']
assert emit_all([('lit', 'Ab'), ('any', None)], 6) == ['AB', '.*']

def encode_items(items):
    out = []
    for i, value in enumerate(items):
        try:
            if isinstance(value, str):
                out.append('s' + value)
            elif value is None:
                out.append('null')
            elif isinstance(value, int):
                out.append(str(value))
            else:
                out.append(repr(value))
        except TypeError:
            out.append('?')
    return out

assert encode_items(['a', None, 3, 1.5]) == ['sa', 'null', '3', '1.5']

def command(state, ch):
    y, x = state
    if ch == 'p':
        if y < 3 or x < 3:
            log.append('insert')
    elif ch == 'a':
        log.append(('move', y, 0))
    elif ch in ('b', 'h'):
        if x > 0:
            log.append(('move', y, x - 1))
        elif y == 0:
            pass
        else:
            log.append(('move', y - 1, 9))
    elif ch == 'g':
        return 0
    elif ch == 'j':
        if y == 3:
            return 0
        if y < 3:
            log.append(('move', y + 1, 0))
    elif ch == 'k' and y > 0:
        log.append(('move', y - 1, x))
    return 1

assert [command((0, 0), ch) for ch in 'pabhgjkz'] == [1, 1, 1, 1, 0, 1, 1, 1]
assert command((3, 1), 'j') == 0 and command((2, 2), 'k') == 1
del log[:]

def linkage_of(text):
    bits, linkage = ('', '')
    if '32-bit' in text:
        bits = '32bit'
    elif '64-bit' in text:
        bits = '64bit'
    if 'ELF' in text:
        linkage = 'ELF'
    elif 'PE' in text:
        if 'Windows' in text:
            linkage = 'WindowsPE'
        else:
            linkage = 'PE'
    elif 'COFF' in text:
        linkage = 'COFF'
    else:
        pass
    return bits, linkage

assert linkage_of('64-bit ELF') == ('64bit', 'ELF')
assert linkage_of('32-bit PE Windows') == ('32bit', 'WindowsPE')
assert linkage_of('PE') == ('', 'PE') and linkage_of('COFF') == ('', 'COFF') and linkage_of('x') == ('', '')

def drain(stack, out):
    while stack and stack[-1] is not None:
        out.append(stack.pop())

res = []
drain([None, 1, 2], res)
assert res == [2, 1]

def note(flag):
    if flag:
        log.append('flag')
    else:
        log.append('plain')

note(True)
note(False)
assert log == ['flag', 'plain']

class Sem:
    def __init__(self, value):
        self.value = value
    def wake(self):
        self.value -= 1
        return self.value % 2


def wake_all(sem):
    try:
        sem.value += 1
    finally:
        while sem.value > 0:
            if not sem.wake():
                break
    return True

s = Sem(4)
assert wake_all(s) and s.value == 4

def retry(queue, out):
    while queue:
        try:
            out.append(queue.pop())
        finally:
            out.append('fin')
        continue

res = []
retry([1, 2], res)
assert res == [2, 'fin', 1, 'fin']

def visible(names, include_hidden):
    for x in names:
        if include_hidden or not x.startswith('.'):
            yield x
            log.append(x)

log.clear()
assert list(visible(['a', '.b', 'c'], False)) == ['a', 'c'] and log == ['a', 'c']
assert list(visible(['.b'], True)) == ['.b']

def copy_all(entries, skip, out):
    for e in entries:
        try:
            if e < 0:
                if e == -1 and skip:
                    continue
                out.append(-e)
            else:
                out.append(e)
        except TypeError:
            out.append('bad')
    return out

assert copy_all([1, -1, -2, 'x'], True, []) == [1, 2, 'bad']
assert copy_all([-1], False, []) == [1]
