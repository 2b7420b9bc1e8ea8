from string.templatelib import Template, Interpolation
x = 42
name = 'depyf'
width = 8

def parts(t):
    out = []
    for item in t:
        if isinstance(item, Interpolation):
            out.append((item.value, item.expression, item.conversion, item.format_spec))
        else:
            out.append(item)
    return out

t = t'a{x!r:>10}b{x}c{x:{width}}'
assert isinstance(t, Template)
assert t.strings == ('a', 'b', 'c', '')
assert parts(t) == ['a', (42, 'x', 'r', '>10'), 'b', (42, 'x', None, ''), 'c', (42, 'x', None, '8')]
empty = t''
assert empty.strings == ('',)
plain = t'plain {{braces}}'
assert plain.strings == ('plain {braces}',)
debug = t'x={x!r}'
assert debug.strings == ('x=', '')
assert debug.interpolations[0].conversion == 'r'
spaced = t' x = { x !r}'
assert spaced.strings == (' x = ', '')
assert spaced.interpolations[0].expression == ' x '
debug_spec = t'x={x:>5}'
assert debug_spec.interpolations[0].format_spec == '>5'
conv = t'{name!s}{name!a}{name!r:^{width}.{3}}'
assert [i.conversion for i in conv.interpolations] == ['s', 'a', 'r']
assert conv.interpolations[2].format_spec == '^8.3'
expr = t'{x + 1}|{x*2}|{name.upper()!r}|{ {1: 2}[1] }'
assert [i.value for i in expr.interpolations] == [43, 84, 'DEPYF', 2]
assert [i.expression for i in expr.interpolations] == ['x + 1', 'x*2', 'name.upper()', ' {1: 2}[1] ']
quotes = t"it's {name + '!'}"
assert quotes.strings == ("it's ", '')
assert quotes.interpolations[0].value == 'depyf!'
same_quotes = t"{name + 'x'}"
assert same_quotes.interpolations[0].expression == "name + 'x'"
nested = t"outer {t'inner {x}'}"
assert nested.interpolations[0].value.interpolations[0].value == 42
in_spec = t'{x:{f'{width}'}}'
assert in_spec.interpolations[0].format_spec == '8'
multi = t'''line one {x}\nline two {
    name
} end'''
assert multi.strings == ('line one ', '\nline two ', ' end')
assert multi.interpolations[1].value == 'depyf'
raw = t'\\d+{x}\\n'
assert raw.strings == ('\\d+', '\\n')
concatenated = t'{x}-{name}'
assert concatenated.strings == ('', '-', '')

def render(template):
    return ''.join((item if isinstance(item, str) else format(item.value, item.format_spec) for item in template))

assert render(t'[{x:>4}]') == '[  42]'
lam = t'{(lambda v: v + 1)(x)}'
assert lam.interpolations[0].value == 43
f = f'x={x!r}|x={x!s:>4}|{x:{width}d}|{x!r:>{width}}|name={name!r}'
assert f == "x=42|x=  42|      42|      42|name='depyf'"
