x = 42
width = 8
name = 'n'
f = f'x={x!r}|x={x!s:>4}|{x:{width}d}|{x!r:>{width}}|name={name!r}| x = {x!r}|x={x:>{width}.{2}f}'
assert f == "x=42|x=  42|      42|      42|name='n'| x = 42|x=   42.00"
g = f"{f'{x}'}{('a' if x else 'b')}{x!a}{x:{'<'}{width}}"
assert g == '42a4242      '
h = f'{x}'
assert h == '42'
nested = f"{x:{width}.{f'{2}'}f}"
assert nested == '   42.00'
