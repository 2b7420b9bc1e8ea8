class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y


def literal(v):
    match v:
        case 1:
            return 'one'
        case -2:
            return 'neg'
        case 1 + 2j:
            return 'complex'
        case None:
            return 'none'
        case True:
            return 'true'
    return 'other'


def sequence(v):
    match v:
        case [a, *rest, b]:
            return a, rest, b
        case [a, b]:
            return a + b
        case [1, [2, c]]:
            return c
        case [*_]:
            return 'any'


def mapping(v):
    match v:
        case {'k': 1, 'j': x, **rest}:
            return x, rest
        case {'z': _}:
            return 'z'
        case {}:
            return 'empty'


def classes(v):
    match v:
        case Point(1, y=2):
            return 'p'
        case Point(x=0, y=yy) as p:
            return yy, p
        case int(n) | float(n):
            return n
        case str():
            return 's'


def looped(items):
    out = []
    for it in items:
        match it:
            case 0:
                pass
            case 99:
                break
            case [x, y] | [x, y, _]:
                out.append(x)
            case _:
                pass
    return out

assert literal(1) == 'one' and literal(-2) == 'neg' and literal((1+2j)) == 'complex'
assert literal(None) == 'none' and literal(True) == 'one' and literal(7) == 'other'
assert sequence([1, 2, 3, 4]) == (1, [2, 3], 4) and sequence((1, 2)) == (1, [], 2)
assert mapping({'k': 1, 'j': 5, 'q': 6}) == (5, {'q': 6}) and mapping({'z': 0}) == 'z' and mapping({}) == 'empty'
assert classes(Point(1, 2)) == 'p' and classes(Point(0, 3))[0] == 3 and classes(4) == 4 and classes('a') == 's'
assert looped([0, [1, 2], (3, 4, 5), 7, 99, [8, 9]]) == [1, 3]

class Kinds:
    FUNC = 1
    TYPE = 2
    STR = 3
    NUM = 4
    OP = 5


class Node:
    def __init__(self, name, type, children=()):
        self.name = name
        self.type = type
        self.children = children


def loop_tail(nodes):
    d = {}
    for st in nodes:
        if st.name:
            match st.type:
                case Kinds.FUNC:
                    if st.name == 'skip':
                        continue
                    d[st.name] = 1
                    continue
                case Kinds.TYPE:
                    for c in st.children:
                        if c.name == st.name and c.type == Kinds.FUNC:
                            d[c.name] = 2
                            break
                    continue
    return d


def loop_or_values(tokens):
    level = 0
    for t in tokens:
        match t.type:
            case Kinds.STR | Kinds.NUM:
                yield 'lit', t.name
            case Kinds.OP:
                if t.name in '([':
                    level += 1
                elif t.name in ')]':
                    level -= 1
                yield 'op', level
            case Kinds.FUNC:
                if level:
                    yield 'nested', t.name
    yield 'end', level


def or_values_return(fmt):
    match fmt:
        case Kinds.FUNC | Kinds.TYPE:
            return 'callable'
        case Kinds.STR:
            return 'text'
        case _:
            raise ValueError(fmt)


def mapping_guard(payload, out):
    match payload:
        case {'commands': commands} if all((isinstance(c, str) for c in commands)):
            out.append(set(commands))
            return
        case {'message': str(msg), 'type': str(kind)}:
            if kind == 'error':
                out.append('*** ' + msg)
                return
            out.append(msg)
            return
        case {'help': str(arg)}:
            out.append(arg.upper())
            return
        case _:
            raise RuntimeError(f'bad payload {payload}')


def mapping_pass(msg):
    match msg:
        case {'reply': str()}:
            pass
        case {'signal': 'EOF'}:
            pass
        case {'done': [int(), int()]} if len(msg) == 1:
            pass
        case _:
            raise AssertionError(msg)
    return True


def last_guarded(v):
    match v:
        case None:
            r = 'none'
        case str(s):
            r = s
        case other if not hasattr(other, '__next__'):
            r = list(other)
        case _:
            raise TypeError(v)
    return r


def loop_exits(items):
    out = []
    for it in items:
        match it:
            case 'stop':
                break
            case 'skip':
                pass
            case 'ret':
                return out, 'returned'
            case 'bad':
                raise ValueError(it)
            case int(n) if n > 100:
                out.append(-n)
            case None:
                out.append('none')
    for it in items:
        match it:
            case str():
                out.append('s')
    for it in items:
        match it:
            case [a, b]:
                out.append(a + b)
    return out, 'done'

assert loop_tail([Node('a', Kinds.FUNC), Node('skip', Kinds.FUNC), Node('', Kinds.FUNC), Node('t', Kinds.TYPE, (Node('x', Kinds.FUNC), Node('t', Kinds.TYPE), Node('t', Kinds.FUNC))), Node('u', Kinds.TYPE, (Node('x', Kinds.FUNC),)), Node('z', Kinds.OP)]) == {'a': 1, 't': 2}
assert list(loop_or_values([Node('s', Kinds.STR), Node('(', Kinds.OP), Node('f', Kinds.FUNC), Node('1', Kinds.NUM), Node(')', Kinds.OP), Node('g', Kinds.FUNC), Node('x', Kinds.TYPE)])) == [('lit', 's'), ('op', 1), ('nested', 'f'), ('lit', '1'), ('op', 0), ('end', 0)]
assert or_values_return(1) == 'callable' and or_values_return(2) == 'callable' and or_values_return(3) == 'text'
try:
    or_values_return(9)
    raise AssertionError('no raise')
except ValueError:
    pass
_out = []
mapping_guard({'commands': ['a', 'b']}, _out)
mapping_guard({'message': 'm', 'type': 'error'}, _out)
mapping_guard({'message': 'n', 'type': 'info'}, _out)
mapping_guard({'help': 'h'}, _out)
assert _out == [{'a', 'b'}, '*** m', 'n', 'H']
for _bad in {'commands': [1]}, {'message': 1, 'type': 'x'}, 5:
    try:
        mapping_guard(_bad, _out)
        raise AssertionError('no raise')
    except RuntimeError:
        continue
assert mapping_pass({'reply': 'x'}) and mapping_pass({'signal': 'EOF'}) and mapping_pass({'done': [1, 2]})
for _bad in {'reply': 1}, {'signal': 'INT'}, {'done': [1, 2], 'x': 0}, {'done': [1]}:
    try:
        mapping_pass(_bad)
        raise AssertionError('no raise')
    except AssertionError as e:
        assert e.args[0] is _bad
        continue
assert last_guarded(None) == 'none' and last_guarded('ab') == 'ab' and last_guarded((1, 2)) == [1, 2]
try:
    last_guarded(iter([1]))
    raise AssertionError('no raise')
except TypeError:
    pass
assert loop_exits([1, 'skip', None, 200, 'x', [1, 2], 'stop', 7]) == (['none', -200, 's', 's', 's', 3], 'done')
assert loop_exits(['ret', 1]) == ([], 'returned')
try:
    loop_exits([None, 'bad'])
    raise AssertionError('no raise')
except ValueError:
    pass

def body_ifs(name, win):
    match name:
        case 'a':
            return 1
        case 'w':
            if win:
                return 3
        case 'p':
            if win:
                return 4
    return name

assert body_ifs('a', 0) == 1 and body_ifs('w', 1) == 3 and body_ifs('w', 0) == 'w' and body_ifs('p', 1) == 4
assert body_ifs('p', 0) == 'p' and body_ifs('z', 1) == 'z'

def split_pattern(payload):
    match payload:
        case {'reply': str(reply)}:
            return reply
        case {
                'complete': {
                'text': str(text),
                'line': str(line),
                'begin': int(begin),
                'end': int(end)}}:
            return text, line, begin, end
        case [a, b, c]:
            return a, b, c

assert split_pattern({'reply': 'r'}) == 'r' and split_pattern([1, 2, 3]) == (1, 2, 3)
assert split_pattern({'complete': {'text': 't', 'line': 'l', 'begin': 1, 'end': 2}}) == ('t', 'l', 1, 2)
assert split_pattern({'complete': {'text': 't', 'line': 'l', 'begin': 1}}) is None
