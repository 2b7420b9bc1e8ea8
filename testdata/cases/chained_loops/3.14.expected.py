log = []

def feed(*values):
    'nx() returning the values in turn.'
    values = list(values)
    def nx():
        return values.pop(0)
    return nx


def t(n):
    log.append(n)


def while_chain(nx):
    while 0 < nx() < 5:
        t(28)


def while_chain_else(nx):
    while 0 < nx() < 5:
        t(28)
    t(29)
    t(30)


def while_chain_break_else(nx, c):
    while 0 < nx() < 5:
        if c:
            break
        t(28)
    else:
        t(29)
    t(30)


def while_chain_continue_return(nx, c):
    while 0 < nx() < 5:
        if c:
            continue
        t(28)
    return 4


def while_and_chain(nx, c):
    while c and 0 < nx() < 5:
        t(28)
    t(1)


def while_not_chain(nx):
    while not 0 < nx() < 5:
        t(28)
    t(1)


def while_long_chain(nx):
    while 0 < nx() < 5 < nx():
        t(28)
    t(1)


def while_chain_and(nx, c):
    while 0 < nx() < 5 and c():
        t(28)
    t(1)


def while_chain_or(nx, c):
    while True:
        while 0 < nx() < 5 or c():
            t(28)
        else:
            t(1)
            return


def for_while_chain(nx, rounds):
    for i in rounds:
        while 0 < nx() < 5:
            t(i)


def if_chain(nx):
    if 0 < nx() < 5:
        t(1)
    t(2)


def comprehension_chain(values):
    return [i for i in values if 0 < i < 5]


def run(f, *args):
    del log[:]
    r = f(*args)
    return r, list(log)

assert run(while_chain, feed(1, 2, 9)) == (None, [28, 28])
assert run(while_chain, feed(0)) == (None, [])
assert run(while_chain, feed(3, 7)) == (None, [28])
assert run(while_chain_else, feed(1, 0)) == (None, [28, 29, 30])
assert run(while_chain_else, feed(6)) == (None, [29, 30])
assert run(while_chain_break_else, feed(1), True) == (None, [30])
assert run(while_chain_break_else, feed(1, 9), False) == (None, [28, 29, 30])
assert run(while_chain_break_else, feed(-1), False) == (None, [29, 30])
assert run(while_chain_continue_return, feed(1, 2, 0), True) == (4, [])
assert run(while_chain_continue_return, feed(1, 2, 7), False) == (4, [28, 28])
assert run(while_and_chain, feed(1, 2, 5), True) == (None, [28, 28, 1])
assert run(while_and_chain, feed(1), False) == (None, [1])
assert run(while_not_chain, feed(0, 9, 3)) == (None, [28, 28, 1])
assert run(while_not_chain, feed(2)) == (None, [1])
assert run(while_long_chain, feed(1, 6, 2, 9, 3, 4)) == (None, [28, 28, 1])
assert run(while_long_chain, feed(7)) == (None, [1])
assert run(while_chain_and, feed(1, 2, 3), feed(True, True, False)) == (None, [28, 28, 1])
assert run(while_chain_and, feed(0), feed()) == (None, [1])
assert run(while_chain_or, feed(1, 0, 9), feed(True, False)) == (None, [28, 28, 1])
assert run(for_while_chain, feed(1, 0, 2, 3, 9), 'ab') == (None, ['a', 'b', 'b'])
assert run(if_chain, feed(3)) == (None, [1, 2])
assert run(if_chain, feed(5)) == (None, [2])
assert comprehension_chain([0, 1, 4, 5, 3]) == [1, 4, 3]
