import os
from os import path as p, sep
import os.path as osp
import xml.dom.minidom as md
import email.mime.text
a, b, c = (1, 2, 3)
x = a if b > c else c
y = a and b or c
z = not a
first, *rest = [1, 2, 3]
d = {'k': 1, **{'j': 2}}
s = 'itsquote"d\n\t'
n = -0.0
big = 12345678901234567890
f = 1.5e-07
cx = (1+2j)
t = (1, (2, 3), 'x')
m = [a, *rest]
a += 5
d['k'] -= 1
sl = (m[1:2], m[::2], m[:-1])
if (w := len(m)) > 2:
    w += 1
del a
assert x == 3 and y == 2 and z is False
assert rest == [2, 3] and w == 4
assert d == {'k': 0, 'j': 2}
assert sl == ([2], [1, 3], [1, 2])
assert osp is os.path and md.__name__ == 'xml.dom.minidom' and email.mime.text.__name__ == 'email.mime.text'
